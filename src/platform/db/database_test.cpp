#include "platform/db/database.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <thread>
#include <vector>

#include "support/temp_database.hpp"

namespace attache::db {
namespace {

using testing::BackendTest;

class DatabaseTest : public BackendTest {
 protected:
  DatabaseTest() : BackendTest(testing::Open::kEmpty) {}
  void SetUp() override {
    BackendTest::SetUp();
    if (!db_) return;
    auto created = db_->Write([](Connection& conn) {
      return conn.ExecuteScript(
          "CREATE TABLE items (id BIGINT PRIMARY KEY, name TEXT UNIQUE, score DOUBLE PRECISION, "
          "note TEXT)");
    });
    ASSERT_TRUE(created) << created.error().internal;
  }

  int64_t Count() {
    auto count =
        db_->Read([](Connection& conn) { return conn.QueryInt("SELECT COUNT(*) FROM items", {}); });
    EXPECT_TRUE(count);
    return count.value_or(-1);
  }
};

TEST_P(DatabaseTest, BindsAndReadsEveryType) {
  const int64_t big = std::numeric_limits<int64_t>::max();
  const std::string name = "Вьетнам 'quoted' \"double\" ; --";
  auto inserted = db_->Write([&](Connection& conn) {
    return conn.Execute("INSERT INTO items (id, name, score, note) VALUES ($1, $2, $3, $4)",
                        {big, name, 2.5, nullptr});
  });
  ASSERT_TRUE(inserted) << inserted.error().internal;
  EXPECT_EQ(*inserted, 1);

  int rows = 0;
  auto read = db_->Read([&](Connection& conn) {
    return conn.Query("SELECT id, name, score, note FROM items WHERE id = $1", {big},
                      [&](const Row& row) {
                        ++rows;
                        EXPECT_EQ(row.Int(0), big);
                        EXPECT_EQ(row.Text(1), name);
                        EXPECT_DOUBLE_EQ(row.Real(2), 2.5);
                        EXPECT_TRUE(row.IsNull(3));
                        EXPECT_FALSE(row.OptString(3).has_value());
                        EXPECT_EQ(row.OptString(1), name);
                      });
  });
  ASSERT_TRUE(read) << read.error().internal;
  EXPECT_EQ(rows, 1);
}

TEST_P(DatabaseTest, ParametersBindByNumberWhateverTheirOrder) {
  auto inserted = db_->Write([](Connection& conn) {
    return conn.Execute("INSERT INTO items (name, id, note) VALUES ($2, $1, $2)",
                        {int64_t{7}, std::string_view("seven")});
  });
  ASSERT_TRUE(inserted) << inserted.error().internal;
  auto note = db_->Read([](Connection& conn) -> Result<std::string> {
    std::string value;
    auto status = conn.Query("SELECT note FROM items WHERE id = $1 AND name = $2",
                             {int64_t{7}, std::string_view("seven")},
                             [&](const Row& row) { value = row.String(0); });
    if (!status) return tl::unexpected(status.error());
    return value;
  });
  ASSERT_TRUE(note);
  EXPECT_EQ(*note, "seven");
}

TEST_P(DatabaseTest, FailedWriteRollsBackEverything) {
  auto failed = db_->Write([](Connection& conn) -> Status {
    auto first = conn.Execute("INSERT INTO items (id, name) VALUES ($1, $2)", {int64_t{1}, "a"});
    if (!first) return tl::unexpected(first.error());
    return Fail(ErrorCode::kValidation, {"no", "нет"});
  });
  ASSERT_FALSE(failed);
  EXPECT_EQ(failed.error().code, ErrorCode::kValidation);
  EXPECT_EQ(Count(), 0);
}

TEST_P(DatabaseTest, UniqueViolationIsAConflictAndChangesNothing) {
  ASSERT_TRUE(db_->Write([](Connection& conn) {
    return conn.Execute("INSERT INTO items (id, name) VALUES ($1, $2)", {int64_t{1}, "same"});
  }));
  auto duplicate = db_->Write([](Connection& conn) -> Status {
    auto other =
        conn.Execute("INSERT INTO items (id, name) VALUES ($1, $2)", {int64_t{2}, "other"});
    if (!other) return tl::unexpected(other.error());
    auto again = conn.Execute("INSERT INTO items (id, name) VALUES ($1, $2)", {int64_t{3}, "same"});
    if (!again) return tl::unexpected(again.error());
    return {};
  });
  ASSERT_FALSE(duplicate);
  EXPECT_EQ(duplicate.error().code, ErrorCode::kConflict);
  EXPECT_EQ(Count(), 1);
}

TEST_P(DatabaseTest, SyntaxErrorIsInternalWithDetailsForTheLogOnly) {
  auto broken = db_->Read([](Connection& conn) { return conn.QueryInt("SELEC 1", {}); });
  ASSERT_FALSE(broken);
  EXPECT_EQ(broken.error().code, ErrorCode::kInternal);
  EXPECT_FALSE(broken.error().internal.empty());
  EXPECT_EQ(broken.error().detail.en.find("SELEC"), std::string::npos);
  // The session survives and serves the next statement.
  auto fine = db_->Read([](Connection& conn) { return conn.QueryInt("SELECT 41 + 1", {}); });
  ASSERT_TRUE(fine);
  EXPECT_EQ(*fine, 42);
}

TEST_P(DatabaseTest, QueryIntWithoutRowsIsNotFound) {
  auto none = db_->Read([](Connection& conn) {
    return conn.QueryInt("SELECT id FROM items WHERE id = $1", {int64_t{99}});
  });
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().code, ErrorCode::kNotFound);
}

TEST_P(DatabaseTest, WrongParameterCountIsRefused) {
  auto refused = db_->Read([](Connection& conn) {
    return conn.QueryInt("SELECT COUNT(*) FROM items WHERE id = $1", {int64_t{1}, int64_t{2}});
  });
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kInternal);
}

TEST_P(DatabaseTest, ConcurrentWritersAllCommit) {
  constexpr int kThreads = 8;
  constexpr int kEach = 25;
  std::vector<std::thread> threads;
  std::atomic<int> failures{0};
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        const int64_t id = t * 1000 + i;
        const std::string name = std::to_string(id);
        auto done = db_->Write([&](Connection& conn) {
          return conn.Execute("INSERT INTO items (id, name) VALUES ($1, $2)", {id, name});
        });
        if (!done) ++failures;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(failures, 0);
  EXPECT_EQ(Count(), kThreads * kEach);
  // On SQLite, writers that queue share a commit: at least one, at most one per write.
  EXPECT_GE(db_->commits(), 1U);
  EXPECT_LE(db_->commits(), static_cast<uint64_t>(kThreads * kEach) + 1);
}

TEST_P(DatabaseTest, PoolWaitsThenGivesUp) {
  Options options;
  options.pool_size = 1;
  options.acquire_timeout = std::chrono::milliseconds(100);
  auto small = Database::Open(database().url(), options);
  ASSERT_TRUE(small);
  auto held = (*small)->Acquire();
  ASSERT_TRUE(held);
  auto starved = (*small)->Acquire();
  ASSERT_FALSE(starved);
  EXPECT_EQ(starved.error().code, ErrorCode::kUnavailable);
}

INSTANTIATE_TEST_SUITE_P(Backends, DatabaseTest, testing::kBackends, testing::BackendName);

TEST(DatabaseUrl, ParsesBothSchemesAndRejectsOthers) {
  auto sqlite = ParseUrl("sqlite:///var/lib/attache/a.db");
  ASSERT_TRUE(sqlite);
  EXPECT_EQ(sqlite->dialect, Dialect::kSqlite);
  EXPECT_EQ(sqlite->target, "/var/lib/attache/a.db");
  auto pg = ParseUrl("postgresql://app@db:5432/attache");
  ASSERT_TRUE(pg);
  EXPECT_EQ(pg->dialect, Dialect::kPostgres);
  EXPECT_FALSE(ParseUrl("mysql://x/y"));
  EXPECT_FALSE(ParseUrl("sqlite://"));
}

TEST(DatabaseOpen, UnreachablePostgresFailsWithOneClearLine) {
  auto opened = Database::Open("postgresql://nobody:secret@127.0.0.1:1/none?connect_timeout=2");
  ASSERT_FALSE(opened);
  EXPECT_EQ(opened.error().code, ErrorCode::kUnavailable);
  const std::string& line = opened.error().detail.en;
  EXPECT_NE(line.find("cannot connect to PostgreSQL at postgresql://nobody:***@127.0.0.1:1"),
            std::string::npos)
      << line;
  EXPECT_EQ(line.find("secret"), std::string::npos);
  EXPECT_EQ(line.find('\n'), std::string::npos);
}

}  // namespace
}  // namespace attache::db
