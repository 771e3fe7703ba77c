// Tells when the data may have changed, whichever instance wrote it: this instance's commits count
// at once, other instances' within one polling interval (every write takes the next number of
// the shared, commit-ordered outbox sequence; see migrations/0001_foundation.sql). Caches compare
// generation() to know when to drop what they hold. Thread-safe.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

#include "platform/db/database.hpp"

namespace attache::db {

class ChangeFeed {
 public:
  ChangeFeed(Database& database, std::chrono::milliseconds interval);
  ~ChangeFeed();
  ChangeFeed(const ChangeFeed&) = delete;
  ChangeFeed& operator=(const ChangeFeed&) = delete;

  // Moves forward whenever any instance commits a write.
  uint64_t generation() const {
    return database_.commits() + outbox_head_.load(std::memory_order_acquire);
  }
  // Reads the outbox sequence now (also what the background thread does every interval).
  void Poll();

 private:
  Database& database_;
  const std::chrono::milliseconds interval_;
  std::atomic<uint64_t> outbox_head_{0};
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stop_ = false;
  std::thread thread_;
};

}  // namespace attache::db
