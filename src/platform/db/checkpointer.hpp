// Copies SQLite's write-ahead log into the database file from a thread of its own, so that no
// commit pays for it. Left to itself, SQLite checkpoints inside the commit that takes the log past
// 1,000 pages: that commit takes milliseconds instead of a fraction of one, and every writer queued
// behind it waits. Each session of a Database with a checkpointer turns the automatic one off.
// Thread-safe; stops (after a last checkpoint) when destroyed.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>

#include "platform/db/connection.hpp"

namespace attache::db {

class Checkpointer {
 public:
  // Checkpoints over `session` every `interval` while commits come in.
  Checkpointer(std::unique_ptr<Connection> session, std::chrono::milliseconds interval);
  ~Checkpointer();
  Checkpointer(const Checkpointer&) = delete;
  Checkpointer& operator=(const Checkpointer&) = delete;

  // Tells the checkpointer that a transaction committed: there is log to copy.
  void Committed();
  // How many checkpoints ran (for tests).
  uint64_t runs() const;

 private:
  void Run();
  void Checkpoint();

  const std::unique_ptr<Connection> session_;
  const std::chrono::milliseconds interval_;
  mutable std::mutex mutex_;
  std::condition_variable woken_;
  bool stopping_ = false;
  uint64_t committed_ = 0;     // commits told so far
  uint64_t checkpointed_ = 0;  // commits told when the last checkpoint began
  uint64_t runs_ = 0;
  std::thread thread_;  // last: starts once the rest is set
};

}  // namespace attache::db
