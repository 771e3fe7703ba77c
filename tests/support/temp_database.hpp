// Test databases: a fresh empty one per test, on SQLite (a file in a temporary directory) or on
// PostgreSQL (a new database in the cluster named by ATTACHE_TEST_PG_URL, which
// tests/with_postgres.sh provides). Dropped on destruction.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>

#include "platform/db/database.hpp"

namespace attache::testing {

// A temporary directory, removed with everything in it on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

class TempDatabase {
 public:
  // nullptr when PostgreSQL is asked for and not configured.
  static std::unique_ptr<TempDatabase> Create(db::Dialect dialect);
  ~TempDatabase();
  TempDatabase(const TempDatabase&) = delete;
  TempDatabase& operator=(const TempDatabase&) = delete;

  const std::string& url() const { return url_; }
  db::Dialect dialect() const { return dialect_; }
  const std::filesystem::path& dir() const { return dir_.path(); }

 private:
  TempDatabase(db::Dialect dialect) : dialect_(dialect) {}
  db::Dialect dialect_;
  TempDir dir_;
  std::string url_;
  std::string pg_name_;
};

// Opens `database` (and applies the project's migrations when `migrate`); fails the test if it
// cannot.
std::unique_ptr<db::Database> OpenDatabase(const TempDatabase& database, bool migrate);

// What BackendTest::SetUp opens as `db_`: nothing, the bare database, or one with the project's
// migrations applied.
enum class Open { kNothing, kEmpty, kMigrated };

// A test run once per backend: `TEST_P(MySuite, Case)` with
// `INSTANTIATE_TEST_SUITE_P(Backends, MySuite, kBackends, BackendName)`. Without a PostgreSQL
// cluster the PostgreSQL case is skipped, or fails when ATTACHE_REQUIRE_PG=1 (as `make test` sets).
// A fixture that wants `db_` passes what to open and, in its own SetUp, returns when `db_` is null.
class BackendTest : public ::testing::TestWithParam<db::Dialect> {
 protected:
  explicit BackendTest(Open open = Open::kNothing) : open_(open) {}
  void SetUp() override;
  TempDatabase& database() { return *database_; }

  std::unique_ptr<db::Database> db_;

 private:
  Open open_;
  std::unique_ptr<TempDatabase> database_;
};

inline const auto kBackends = ::testing::Values(db::Dialect::kSqlite, db::Dialect::kPostgres);
std::string BackendName(const ::testing::TestParamInfo<db::Dialect>& info);

}  // namespace attache::testing
