// Writers to one SQLite file take turns in the order they arrive. SQLite admits one writer at a
// time and makes the others poll with growing sleeps (its busy handler), so under contention a
// write can wait a hundred milliseconds for a lock that was free after one. Within a process this
// queue hands the turn straight to the next writer instead: a write waits for the writes queued
// before it and no longer. (Other processes, such as the command line, still meet SQLite's busy
// timeout.)
#pragma once

#include <chrono>
#include <condition_variable>
#include <list>
#include <mutex>
#include <utility>

namespace attache::db {

class WriteQueue {
 public:
  // A turn to write; the next writer's turn begins when it is passed or destroyed.
  class Turn {
   public:
    explicit Turn(WriteQueue* queue) : queue_(queue) {}
    Turn(Turn&& other) noexcept : queue_(std::exchange(other.queue_, nullptr)) {}
    Turn& operator=(Turn&&) = delete;
    Turn(const Turn&) = delete;
    Turn& operator=(const Turn&) = delete;
    ~Turn() { Pass(); }
    // Ends the turn now: the next writer's begins.
    void Pass() {
      if (queue_ != nullptr) std::exchange(queue_, nullptr)->Pass();
    }
    // Ends the turn only if another writer waits for it; false (the turn kept) otherwise.
    bool PassIfWaiting() {
      if (queue_ == nullptr || !queue_->HandOver()) return false;
      queue_ = nullptr;
      return true;
    }

   private:
    WriteQueue* queue_ = nullptr;
  };

  // Waits for this caller's turn until `deadline`; false if it did not come by then (the caller
  // leaves the queue).
  bool Wait(std::chrono::steady_clock::time_point deadline);

  // How many writers wait for their turn (the one writing not counted).
  size_t waiting() const;

 private:
  struct Waiter {
    std::condition_variable woken;
    bool granted = false;
  };
  void Pass();
  bool HandOver();
  void Grant();  // to the first in line; under `mutex_`

  mutable std::mutex mutex_;
  bool busy_ = false;
  std::list<Waiter*> queue_;
};

}  // namespace attache::db
