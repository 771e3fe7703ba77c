#include "platform/db/change_feed.hpp"

#include <gtest/gtest.h>

#include <thread>

#include "domains/audit/store.hpp"
#include "support/temp_database.hpp"

namespace attache::db {
namespace {

using namespace std::chrono_literals;
using testing::BackendTest;

class ChangeFeedTest : public BackendTest {};

// A write as every service does it: the change and its audit/outbox rows in one transaction.
Status RecordChange(Database& database, const std::string& id) {
  return database.Write([&](Connection& conn) {
    return audit::Record(conn, Actor::System("test"), std::chrono::system_clock::now(),
                         {"thing", id, "update", nlohmann::json::object()});
  });
}

template <class Predicate>
bool Within(std::chrono::milliseconds limit, Predicate done) {
  const auto deadline = std::chrono::steady_clock::now() + limit;
  while (std::chrono::steady_clock::now() < deadline) {
    if (done()) return true;
    std::this_thread::sleep_for(10ms);
  }
  return done();
}

TEST_P(ChangeFeedTest, OwnWritesCountAtOnceOthersWithinAnInterval) {
  auto here = testing::OpenDatabase(database(), true);
  auto elsewhere = testing::OpenDatabase(database(), false);  // another instance
  ASSERT_TRUE(here && elsewhere);
  ChangeFeed feed(*here, 100ms);
  const uint64_t start = feed.generation();

  ASSERT_TRUE(RecordChange(*here, "1"));
  EXPECT_GT(feed.generation(), start) << "this instance's commit counts without waiting";

  const uint64_t before = feed.generation();
  ASSERT_TRUE(RecordChange(*elsewhere, "2"));
  EXPECT_TRUE(Within(2s, [&] { return feed.generation() > before; }));
}

TEST_P(ChangeFeedTest, ARolledBackWriteTakesNoNumber) {
  auto here = testing::OpenDatabase(database(), true);
  ASSERT_NE(here, nullptr);
  auto failed = here->Write([](Connection& conn) -> Status {
    auto recorded = audit::Record(conn, Actor::System("test"), std::chrono::system_clock::now(),
                                  {"thing", "x", "update", nlohmann::json::object()});
    if (!recorded) return recorded;
    return Fail(ErrorCode::kValidation, {"no", "нет"});
  });
  ASSERT_FALSE(failed);
  auto last = here->Read([](Connection& conn) {
    return conn.QueryInt("SELECT last FROM outbox_seq WHERE id = 1", {});
  });
  ASSERT_TRUE(last);
  EXPECT_EQ(*last, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, ChangeFeedTest, testing::kBackends, testing::BackendName);

}  // namespace
}  // namespace attache::db
