#include "platform/db/change_feed.hpp"

#include "core/log.hpp"

namespace attache::db {
namespace {

constexpr std::string_view kOutboxHead = "SELECT last FROM outbox_seq WHERE id = 1";

}  // namespace

ChangeFeed::ChangeFeed(Database& database, std::chrono::milliseconds interval)
    : database_(database), interval_(interval) {
  Poll();
  thread_ = std::thread([this] {
    std::unique_lock lock(mutex_);
    while (!wake_.wait_for(lock, interval_, [this] { return stop_; })) {
      lock.unlock();
      Poll();
      lock.lock();
    }
  });
}

ChangeFeed::~ChangeFeed() {
  {
    const std::lock_guard lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void ChangeFeed::Poll() {
  auto lease = database_.Acquire();
  if (!lease) return;  // readiness reports an unreachable database; the feed just waits
  auto head = (*lease)->QueryInt(kOutboxHead, {});
  if (!head) {
    log::Warn("change_feed_poll_failed", {{"error", head.error().internal}});
    return;
  }
  outbox_head_.store(static_cast<uint64_t>(*head), std::memory_order_release);
}

}  // namespace attache::db
