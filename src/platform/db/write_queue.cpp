#include "platform/db/write_queue.hpp"

namespace attache::db {

bool WriteQueue::Wait(std::chrono::steady_clock::time_point deadline) {
  std::unique_lock lock(mutex_);
  if (!busy_ && queue_.empty()) {
    busy_ = true;
    return true;
  }
  Waiter waiter;
  const auto place = queue_.insert(queue_.end(), &waiter);
  while (!waiter.granted) {
    if (waiter.woken.wait_until(lock, deadline) == std::cv_status::timeout && !waiter.granted) {
      queue_.erase(place);
      return false;
    }
  }
  return true;
}

size_t WriteQueue::waiting() const {
  const std::lock_guard lock(mutex_);
  return queue_.size();
}

void WriteQueue::Pass() {
  const std::lock_guard lock(mutex_);
  if (queue_.empty()) {
    busy_ = false;
    return;
  }
  Grant();
}

bool WriteQueue::HandOver() {
  const std::lock_guard lock(mutex_);
  if (queue_.empty()) return false;
  Grant();
  return true;
}

void WriteQueue::Grant() {
  // The turn passes while still taken, so no newcomer slips in ahead of the queue.
  Waiter* next = queue_.front();
  queue_.pop_front();
  next->granted = true;
  next->woken.notify_one();
}

}  // namespace attache::db
