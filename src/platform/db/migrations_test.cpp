#include "platform/db/migrations.hpp"

#include <gtest/gtest.h>

#include "app/embedded_data.hpp"
#include "support/temp_database.hpp"

namespace attache::db {
namespace {

using testing::BackendTest;

constexpr EmbeddedFile kGood[] = {
    {"0001_first.sql", "CREATE TABLE first (id {{id}}, name TEXT NOT NULL);"},
    {"0002_second.sql", "CREATE TABLE second (id {{id}}); INSERT INTO second (id) VALUES (5);"},
};

// The second migration creates a table, then fails: neither may remain.
constexpr EmbeddedFile kBroken[] = {
    {"0001_first.sql", "CREATE TABLE first (id {{id}}, name TEXT NOT NULL);"},
    {"0002_broken.sql", "CREATE TABLE half (id BIGINT); CREATE TABLE oops (;"},
};

class MigrationsTest : public BackendTest {
 protected:
  MigrationsTest() : BackendTest(testing::Open::kEmpty) {}

  bool TableExists(const std::string& name) {
    const std::string sql =
        db_->dialect() == Dialect::kSqlite
            ? "SELECT COUNT(*) FROM sqlite_master WHERE name = $1"
            : "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = $1";
    auto count = db_->Read([&](Connection& conn) { return conn.QueryInt(sql, {name}); });
    EXPECT_TRUE(count);
    return count.value_or(0) > 0;
  }
};

TEST_P(MigrationsTest, AppliesInOrderOnceAndRecordsTheVersion) {
  auto migrations = ParseMigrations(kGood);
  ASSERT_TRUE(migrations);
  auto first = Migrate(*db_, *migrations);
  ASSERT_TRUE(first) << first.error().internal;
  EXPECT_EQ(*first, 2);
  EXPECT_EQ(SchemaVersion(*db_).value_or(-1), 2);
  EXPECT_TRUE(TableExists("first"));
  auto again = Migrate(*db_, *migrations);
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, 0);
}

TEST_P(MigrationsTest, AFailedMigrationLeavesNothingHalfApplied) {
  auto migrations = ParseMigrations(kBroken);
  ASSERT_TRUE(migrations);
  auto result = Migrate(*db_, *migrations);
  ASSERT_FALSE(result);
  EXPECT_NE(result.error().internal.find("0002_broken"), std::string::npos)
      << result.error().internal;
  EXPECT_EQ(SchemaVersion(*db_).value_or(-1), 1);
  EXPECT_TRUE(TableExists("first"));
  EXPECT_FALSE(TableExists("half"));
}

TEST_P(MigrationsTest, RefusesASchemaNewerThanTheBinary) {
  auto migrations = ParseMigrations(kGood);
  ASSERT_TRUE(migrations);
  ASSERT_TRUE(Migrate(*db_, *migrations));
  std::vector<Migration> older(migrations->begin(), migrations->begin() + 1);
  auto refused = Migrate(*db_, older);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kUnavailable);
  EXPECT_NE(refused.error().detail.en.find(
                "database schema version 2 is newer than this binary supports (1)"),
            std::string::npos)
      << refused.error().detail.en;
}

TEST_P(MigrationsTest, TheProjectsOwnMigrationsApply) {
  auto migrations = ParseMigrations(embedded::Migrations());
  ASSERT_TRUE(migrations) << migrations.error().internal;
  auto applied = Migrate(*db_, *migrations);
  ASSERT_TRUE(applied) << applied.error().internal;
  EXPECT_EQ(*applied, static_cast<int>(migrations->size()));
  for (const char* table : {"audit_log", "outbox", "settings", "countries", "attaches"}) {
    EXPECT_TRUE(TableExists(table)) << table;
  }
}

TEST_P(MigrationsTest, PlannerStatisticsAreGatheredOnSqlite) {
  auto migrations = ParseMigrations(kGood);
  ASSERT_TRUE(migrations);
  ASSERT_TRUE(Migrate(*db_, *migrations));
  auto filled = db_->Write([](Connection& conn) -> Status {
    if (auto index = conn.Execute("CREATE INDEX first_name ON first (name)", {}); !index) {
      return tl::unexpected(index.error());
    }
    for (int i = 0; i < 50; ++i) {
      auto row = conn.Execute("INSERT INTO first (name) VALUES ($1)", {std::to_string(i % 5)});
      if (!row) return tl::unexpected(row.error());
    }
    return {};
  });
  ASSERT_TRUE(filled) << filled.error().internal;
  auto updated = UpdatePlannerStatistics(*db_);
  ASSERT_TRUE(updated) << updated.error().internal;
  if (db_->dialect() != Dialect::kSqlite) return;  // autovacuum's business
  auto stats = db_->Read([](Connection& conn) {
    return conn.QueryInt("SELECT COUNT(*) FROM sqlite_stat1 WHERE idx = 'first_name'", {});
  });
  ASSERT_TRUE(stats) << stats.error().internal;
  EXPECT_EQ(*stats, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, MigrationsTest, testing::kBackends, testing::BackendName);

TEST(ParseMigrations, SortsByVersionAndRejectsGapsAndBadNames) {
  constexpr EmbeddedFile kShuffled[] = {
      {"0002_b.sql", "b"}, {"0001_a.sql", "a"}, {"README.md", "x"}};
  auto sorted = ParseMigrations(kShuffled);
  ASSERT_TRUE(sorted);
  ASSERT_EQ(sorted->size(), 2U);
  EXPECT_EQ((*sorted)[0].name, "a");
  EXPECT_EQ((*sorted)[1].version, 2);

  constexpr EmbeddedFile kGap[] = {{"0001_a.sql", "a"}, {"0003_c.sql", "c"}};
  EXPECT_FALSE(ParseMigrations(kGap));
  constexpr EmbeddedFile kBadName[] = {{"1_a.sql", "a"}};
  EXPECT_FALSE(ParseMigrations(kBadName));
}

TEST(RenderMigration, ReplacesTheIdTokenPerDialect) {
  EXPECT_EQ(RenderMigration("CREATE TABLE t (id {{id}}, x TEXT)", Dialect::kSqlite),
            "CREATE TABLE t (id INTEGER PRIMARY KEY, x TEXT)");
  EXPECT_EQ(RenderMigration("CREATE TABLE t (id {{id}})", Dialect::kPostgres),
            "CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY)");
}

TEST(RenderMigration, ReplacesTheByteCollationPerDialect) {
  EXPECT_EQ(RenderMigration("term TEXT COLLATE {{bytes}} NOT NULL", Dialect::kSqlite),
            "term TEXT COLLATE BINARY NOT NULL");
  EXPECT_EQ(RenderMigration("term TEXT COLLATE {{bytes}} NOT NULL", Dialect::kPostgres),
            "term TEXT COLLATE \"C\" NOT NULL");
}

}  // namespace
}  // namespace attache::db
