#include "platform/db/group_commit.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <future>
#include <string>
#include <thread>
#include <vector>

#include "platform/db/sqlite.hpp"
#include "support/temp_database.hpp"

namespace attache::db {
namespace {

using ::testing::Each;
using ::testing::Not;

using std::chrono::milliseconds;

MATCHER(Succeeded, "succeeded") { return arg.has_value(); }

// A go-ahead given already.
std::shared_future<void> Ready() {
  std::promise<void> given;
  given.set_value();
  return given.get_future().share();
}

class GroupCommitTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string path = (dir_.path() / "group.db").string();
    auto schema = OpenSqlite(path, milliseconds(1000));
    ASSERT_TRUE(schema);
    // A deferred foreign key is checked at COMMIT: a write that breaks it fails its whole group.
    ASSERT_TRUE((*schema)->ExecuteScript(
        "CREATE TABLE parents (id INTEGER PRIMARY KEY);"
        "INSERT INTO parents (id) VALUES (1);"
        "CREATE TABLE items (id INTEGER PRIMARY KEY, parent INTEGER NOT NULL"
        " REFERENCES parents (id) DEFERRABLE INITIALLY DEFERRED)"));
    reader_ = std::move(*schema);
    auto session = OpenSqlite(path, milliseconds(1000));
    ASSERT_TRUE(session);
    session_ = std::move(*session);
  }

  // Limits whose age no test reaches: a slow machine must not close a group early.
  static GroupCommit::Limits Patient() {
    GroupCommit::Limits limits;
    limits.age = std::chrono::minutes(1);
    return limits;
  }

  void Start(GroupCommit::Limits limits = Patient()) {
    group_ = std::make_unique<GroupCommit>(std::move(session_), limits,
                                           [this](bool counted) { counted_ += counted ? 1 : 0; });
  }

  // One writer on a thread of its own: joins, inserts item `id` (under parent `parent`), then
  // waits for `go` before finishing with `keep`.
  std::future<Status> Writer(int64_t id, int64_t parent, bool keep, std::shared_future<void> go) {
    return std::async(std::launch::async, [=, this]() -> Status {
      auto member = group_->Join();
      if (!member) return tl::unexpected(member.error());
      joined_.fetch_add(1);
      auto inserted = member->connection().Execute("INSERT INTO items (id, parent) VALUES ($1, $2)",
                                                   {id, parent});
      if (!inserted) return tl::unexpected(inserted.error());
      go.wait();
      return group_->Finish(*member, keep, true);
    });
  }

  struct Write {
    int64_t id = 0;
    int64_t parent = 1;
    bool keep = true;
  };
  // The first write holds its turn while the others queue behind it in this order; then all
  // finish. Returns their outcomes in the same order.
  std::vector<Status> Queued(const std::vector<Write>& writes) {
    std::promise<void> go;
    std::vector<std::future<Status>> running;
    running.push_back(
        Writer(writes[0].id, writes[0].parent, writes[0].keep, go.get_future().share()));
    UntilJoined(1);
    for (size_t i = 1; i < writes.size(); ++i) {
      running.push_back(Writer(writes[i].id, writes[i].parent, writes[i].keep, Ready()));
      UntilWaiting(i);
    }
    EXPECT_TRUE(Items().empty()) << "nothing is visible before the commit";
    go.set_value();
    std::vector<Status> outcomes;
    for (auto& writer : running) outcomes.push_back(writer.get());
    return outcomes;
  }

  // Until `count` writers had their turn.
  void UntilJoined(int count) {
    while (joined_.load() < count) std::this_thread::sleep_for(milliseconds(1));
  }

  // Until `count` writers wait behind the one holding the turn.
  void UntilWaiting(size_t count) {
    while (group_->waiting() < count) std::this_thread::sleep_for(milliseconds(1));
  }

  std::vector<int64_t> Items() {
    std::vector<int64_t> ids;
    EXPECT_TRUE(reader_->Query("SELECT id FROM items ORDER BY id", {},
                               [&](const Row& row) { ids.push_back(row.Int(0)); }));
    return ids;
  }

  testing::TempDir dir_;
  std::unique_ptr<Connection> reader_;
  std::unique_ptr<Connection> session_;
  std::unique_ptr<GroupCommit> group_;
  int counted_ = 0;
  std::atomic<int> joined_{0};
};

TEST_F(GroupCommitTest, WritersThatQueueShareOneCommit) {
  Start();
  const auto outcomes = Queued({{.id = 1}, {.id = 2}, {.id = 3}});
  EXPECT_THAT(outcomes, Each(Succeeded()));
  EXPECT_EQ(Items(), (std::vector<int64_t>{1, 2, 3}));
  EXPECT_EQ(group_->groups(), 1U);
  EXPECT_EQ(counted_, 1);
}

TEST_F(GroupCommitTest, AWriterThatFailsUndoesOnlyItsOwnWork) {
  Start();
  const auto outcomes = Queued({{.id = 1}, {.id = 2, .keep = false}, {.id = 3}});
  EXPECT_THAT(outcomes, Each(Succeeded()));
  EXPECT_EQ(Items(), (std::vector<int64_t>{1, 3}));
  EXPECT_EQ(group_->groups(), 1U);
}

TEST_F(GroupCommitTest, AFailedCommitFailsEveryWriterOfTheGroupAndKeepsNothing) {
  Start();
  // No parent 99: the deferred key fails the COMMIT.
  const auto outcomes = Queued({{.id = 1}, {.id = 2, .parent = 99}});
  EXPECT_THAT(outcomes, Each(Not(Succeeded())));
  EXPECT_TRUE(Items().empty());
  EXPECT_EQ(group_->groups(), 0U);
  // The next writer starts a group of its own and commits.
  EXPECT_TRUE(Writer(4, 1, true, Ready()).get());
  EXPECT_EQ(Items(), (std::vector<int64_t>{4}));
}

TEST_F(GroupCommitTest, AFullGroupCommitsAndTheNextWriterOpensAnother) {
  GroupCommit::Limits limits = Patient();
  limits.writes = 2;
  Start(limits);
  const auto outcomes = Queued({{.id = 1}, {.id = 2}, {.id = 3}});
  EXPECT_THAT(outcomes, Each(Succeeded()));
  EXPECT_EQ(Items(), (std::vector<int64_t>{1, 2, 3}));
  EXPECT_EQ(group_->groups(), 2U);
}

TEST_F(GroupCommitTest, AGroupOlderThanItsAgeCommitsWithoutWaitingForTheQueue) {
  GroupCommit::Limits limits = Patient();
  limits.age = std::chrono::microseconds(1);
  Start(limits);
  const auto outcomes = Queued({{.id = 1}, {.id = 2}, {.id = 3}});
  EXPECT_THAT(outcomes, Each(Succeeded()));
  EXPECT_EQ(Items(), (std::vector<int64_t>{1, 2, 3}));
  EXPECT_EQ(group_->groups(), 3U);
}

TEST_F(GroupCommitTest, AWriterThatNeverFinishesLeavesNothingAndPassesItsTurn) {
  Start();
  {
    auto member = group_->Join();
    ASSERT_TRUE(member);
    ASSERT_TRUE(member->connection().Execute("INSERT INTO items (id, parent) VALUES (1, 1)", {}));
  }
  const std::shared_future<void> now = Ready();
  EXPECT_TRUE(Writer(2, 1, true, now).get());
  EXPECT_EQ(Items(), (std::vector<int64_t>{2}));
}

TEST_F(GroupCommitTest, ManyConcurrentWritersAreAllCommitted) {
  Start();
  constexpr int kThreads = 8;
  constexpr int kEach = 50;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        auto member = group_->Join();
        if (!member) {
          ++failures;
          continue;
        }
        const int64_t id = t * kEach + i + 1;
        auto inserted =
            member->connection().Execute("INSERT INTO items (id, parent) VALUES ($1, 1)", {id});
        if (!group_->Finish(*member, inserted.has_value(), true)) ++failures;
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(Items().size(), static_cast<size_t>(kThreads * kEach));
}

}  // namespace
}  // namespace attache::db
