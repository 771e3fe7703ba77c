#include "platform/http/rate_limiter.hpp"

#include <gtest/gtest.h>

namespace attache::http {
namespace {

using std::chrono::seconds;

TEST(RateLimiter, AllowsTheBurstThenRefusesWithTheWait) {
  RateLimiter limiter(60, 3);  // one a second, three at once
  const auto start = RateLimiter::Clock::now();
  EXPECT_EQ(limiter.Take("10.0.0.1", start), 0);
  EXPECT_EQ(limiter.Take("10.0.0.1", start), 0);
  EXPECT_EQ(limiter.Take("10.0.0.1", start), 0);
  EXPECT_EQ(limiter.Take("10.0.0.1", start), 1);
  EXPECT_EQ(limiter.Take("10.0.0.2", start), 0) << "each client has its own budget";
  EXPECT_EQ(limiter.Take("10.0.0.1", start + seconds(1)), 0) << "refilled one token";
  EXPECT_EQ(limiter.Take("10.0.0.1", start + seconds(1)), 1);
}

TEST(RateLimiter, RefillsNoMoreThanTheBurst) {
  RateLimiter limiter(60, 2);
  const auto start = RateLimiter::Clock::now();
  EXPECT_EQ(limiter.Take("a", start), 0);
  const auto later = start + seconds(3600);
  EXPECT_EQ(limiter.Take("a", later), 0);
  EXPECT_EQ(limiter.Take("a", later), 0);
  EXPECT_GT(limiter.Take("a", later), 0);
}

TEST(RateLimiter, WaitGrowsWithTheRate) {
  RateLimiter limiter(6, 1);  // one every ten seconds
  const auto start = RateLimiter::Clock::now();
  EXPECT_EQ(limiter.Take("a", start), 0);
  EXPECT_EQ(limiter.Take("a", start), 10);
}

}  // namespace
}  // namespace attache::http
