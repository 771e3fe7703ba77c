// Per-client request budgets for public endpoints: a token bucket per client address, refilled
// at `per_minute` / 60 tokens per second up to `burst`. Kept in this instance's memory: behind N
// instances a client gets N budgets, which bounds abuse well enough for read-only public pages
// without a database write per anonymous request (docs/adr/0007). Thread-safe.
#pragma once

#include <chrono>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/strings.hpp"

namespace attache::http {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;

  RateLimiter(double per_minute, double burst) : per_second_(per_minute / 60.0), burst_(burst) {}

  // Takes one token for `client`; when there is none, the seconds until there will be one.
  // 0 means allowed.
  int Take(std::string_view client, Clock::time_point now = Clock::now());

 private:
  struct Bucket {
    double tokens = 0;
    Clock::time_point updated;
  };
  // Drops buckets that are full again, so the table holds only recent clients.
  void Sweep(Clock::time_point now);

  const double per_second_;
  const double burst_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket, StringHash, std::equal_to<>> buckets_;
  Clock::time_point last_sweep_{};
};

}  // namespace attache::http
