#include "platform/http/rate_limiter.hpp"

#include <algorithm>
#include <cmath>

namespace attache::http {
namespace {

constexpr auto kSweepInterval = std::chrono::seconds(60);

}  // namespace

int RateLimiter::Take(std::string_view client, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  if (now - last_sweep_ > kSweepInterval) Sweep(now);
  auto found = buckets_.find(client);
  if (found == buckets_.end()) {
    found = buckets_.emplace(std::string(client), Bucket{burst_, now}).first;
  }
  Bucket& bucket = found->second;
  const double elapsed = std::chrono::duration<double>(now - bucket.updated).count();
  bucket.tokens = std::min(burst_, bucket.tokens + std::max(0.0, elapsed) * per_second_);
  bucket.updated = now;
  if (bucket.tokens >= 1.0) {
    bucket.tokens -= 1.0;
    return 0;
  }
  return std::max(1, static_cast<int>(std::ceil((1.0 - bucket.tokens) / per_second_)));
}

void RateLimiter::Sweep(Clock::time_point now) {
  last_sweep_ = now;
  std::erase_if(buckets_, [&](const auto& entry) {
    const double elapsed = std::chrono::duration<double>(now - entry.second.updated).count();
    return entry.second.tokens + elapsed * per_second_ >= burst_;
  });
}

}  // namespace attache::http
