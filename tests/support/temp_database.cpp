#include "support/temp_database.hpp"

#include <fmt/format.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <stdexcept>

#include "app/embedded_data.hpp"
#include "platform/db/migrations.hpp"

namespace attache::testing {
namespace {

std::string AdminUrl() {
  const char* url = std::getenv("ATTACHE_TEST_PG_URL");
  return url != nullptr ? url : "";
}

// Runs one statement on the admin database; throws with the server's message on failure.
void AdminExecute(const std::string& sql) {
  PGconn* conn = PQconnectdb(AdminUrl().c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    std::string message = PQerrorMessage(conn);
    PQfinish(conn);
    throw std::runtime_error("cannot reach the test PostgreSQL: " + message);
  }
  PGresult* result = PQexec(conn, sql.c_str());
  const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
  std::string message = PQresultErrorMessage(result);
  PQclear(result);
  PQfinish(conn);
  if (!ok) throw std::runtime_error(sql + ": " + message);
}

// The admin URL with its database name replaced by `name`.
std::string WithDatabase(const std::string& url, const std::string& name) {
  const auto query = url.find('?');
  const std::string base = url.substr(0, query);
  const auto slash = base.rfind('/');
  return base.substr(0, slash + 1) + name + (query == std::string::npos ? "" : url.substr(query));
}

}  // namespace

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "attache-test-XXXXXX").string();
  if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::unique_ptr<TempDatabase> TempDatabase::Create(db::Dialect dialect) {
  std::unique_ptr<TempDatabase> database(new TempDatabase(dialect));
  if (dialect == db::Dialect::kSqlite) {
    database->url_ = "sqlite://" + (database->dir_.path() / "test.db").string();
    return database;
  }
  if (AdminUrl().empty()) return nullptr;
  static std::atomic<int> counter{0};
  database->pg_name_ = fmt::format("attache_test_{}_{}", getpid(), counter++);
  AdminExecute("CREATE DATABASE " + database->pg_name_);
  database->url_ = WithDatabase(AdminUrl(), database->pg_name_);
  return database;
}

TempDatabase::~TempDatabase() {
  if (pg_name_.empty()) return;
  try {
    AdminExecute("DROP DATABASE IF EXISTS " + pg_name_ + " WITH (FORCE)");
  } catch (const std::exception& e) {
    ADD_FAILURE() << e.what();
  }
}

std::unique_ptr<db::Database> OpenDatabase(const TempDatabase& database, bool migrate) {
  auto opened = db::Database::Open(database.url());
  if (!opened) {
    ADD_FAILURE() << opened.error().detail.en;
    return nullptr;
  }
  if (migrate) {
    auto migrations = db::ParseMigrations(embedded::Migrations());
    auto applied =
        migrations ? db::Migrate(**opened, *migrations) : tl::unexpected(migrations.error());
    if (!applied) {
      ADD_FAILURE() << applied.error().detail.en << " " << applied.error().internal;
      return nullptr;
    }
  }
  return std::move(*opened);
}

void BackendTest::SetUp() {
  database_ = TempDatabase::Create(GetParam());
  if (database_) {
    if (open_ != Open::kNothing) {
      db_ = OpenDatabase(*database_, open_ == Open::kMigrated);
      ASSERT_NE(db_, nullptr);
    }
    return;
  }
  const char* required = std::getenv("ATTACHE_REQUIRE_PG");
  if (required != nullptr && std::string(required) == "1") {
    FAIL() << "ATTACHE_REQUIRE_PG=1 but ATTACHE_TEST_PG_URL is not set";
  }
  GTEST_SKIP() << "PostgreSQL not configured (run under tests/with_postgres.sh)";
}

std::string BackendName(const ::testing::TestParamInfo<db::Dialect>& info) {
  return info.param == db::Dialect::kSqlite ? "Sqlite" : "Postgres";
}

}  // namespace attache::testing
