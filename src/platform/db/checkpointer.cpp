#include "platform/db/checkpointer.hpp"

#include <spdlog/spdlog.h>

namespace attache::db {

Checkpointer::Checkpointer(std::unique_ptr<Connection> session, std::chrono::milliseconds interval)
    : session_(std::move(session)), interval_(interval), thread_([this] { Run(); }) {}

Checkpointer::~Checkpointer() {
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  woken_.notify_one();
  thread_.join();
}

void Checkpointer::Committed() {
  const std::lock_guard lock(mutex_);
  ++committed_;
}

uint64_t Checkpointer::runs() const {
  const std::lock_guard lock(mutex_);
  return runs_;
}

void Checkpointer::Run() {
  std::unique_lock lock(mutex_);
  for (;;) {
    woken_.wait_for(lock, interval_, [this] { return stopping_; });
    const bool stopping = stopping_;
    if (committed_ != checkpointed_) {
      checkpointed_ = committed_;
      lock.unlock();
      Checkpoint();
      lock.lock();
      ++runs_;
    }
    if (stopping) return;
  }
}

void Checkpointer::Checkpoint() {
  // PASSIVE copies what no reader still needs and waits for no one: writers go on meanwhile, and
  // the log restarts from its beginning once a checkpoint has copied all of it.
  if (auto done = session_->ExecuteScript("PRAGMA wal_checkpoint(PASSIVE)"); !done) {
    spdlog::warn("checkpoint of the write-ahead log failed: {}", done.error().internal);
  }
}

}  // namespace attache::db
