#include "platform/db/write_queue.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace attache::db {
namespace {

using std::chrono::milliseconds;
using std::chrono::steady_clock;

steady_clock::time_point In(milliseconds wait) { return steady_clock::now() + wait; }

// Waits until `count` writers queue behind the one writing.
void UntilWaiting(const WriteQueue& queue, size_t count) {
  while (queue.waiting() < count) std::this_thread::yield();
}

TEST(WriteQueue, AFreeQueueGivesTheTurnAtOnce) {
  WriteQueue queue;
  ASSERT_TRUE(queue.Wait(In(milliseconds(0))));
  { WriteQueue::Turn turn(&queue); }
  EXPECT_TRUE(queue.Wait(In(milliseconds(0))));
  WriteQueue::Turn second(&queue);
}

TEST(WriteQueue, WritersTakeTheirTurnsInTheOrderTheyCame) {
  WriteQueue queue;
  ASSERT_TRUE(queue.Wait(In(milliseconds(5000))));
  std::optional<WriteQueue::Turn> first(std::in_place, &queue);
  std::mutex order_mutex;
  std::vector<int> order;
  std::vector<std::thread> writers;
  constexpr int kWriters = 6;
  for (int i = 0; i < kWriters; ++i) {
    writers.emplace_back([&, i] {
      ASSERT_TRUE(queue.Wait(In(milliseconds(10000))));
      WriteQueue::Turn turn(&queue);
      const std::lock_guard lock(order_mutex);
      order.push_back(i);
    });
    UntilWaiting(queue, static_cast<size_t>(i) + 1);  // each queues behind the one before
  }
  first.reset();
  for (auto& writer : writers) writer.join();
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4, 5}));
  EXPECT_EQ(queue.waiting(), 0u);
}

TEST(WriteQueue, AWriterWhoseDeadlinePassesLeavesTheQueueAndTheOthersGoOn) {
  WriteQueue queue;
  ASSERT_TRUE(queue.Wait(In(milliseconds(0))));
  std::optional<WriteQueue::Turn> holder(std::in_place, &queue);
  EXPECT_FALSE(queue.Wait(In(milliseconds(20))));
  EXPECT_EQ(queue.waiting(), 0u);
  std::atomic<bool> wrote = false;
  std::thread next([&] {
    ASSERT_TRUE(queue.Wait(In(milliseconds(10000))));
    WriteQueue::Turn turn(&queue);
    wrote = true;
  });
  UntilWaiting(queue, 1);
  EXPECT_FALSE(wrote);
  holder.reset();
  next.join();
  EXPECT_TRUE(wrote);
}

}  // namespace
}  // namespace attache::db
