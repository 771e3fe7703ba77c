// The command line and start-up failures: one clear line, a non-zero exit, nothing half done.
#include <arpa/inet.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "harness.hpp"
#include "platform/db/database.hpp"

namespace attache::testing {
namespace {

int CountLines(const std::string& text) {
  return static_cast<int>(std::count(text.begin(), text.end(), '\n'));
}

TEST(Startup, PortInUseFailsWithOneLine) {
  const int blocker = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  ASSERT_EQ(bind(blocker, reinterpret_cast<sockaddr*>(&address), sizeof(address)), 0);
  ASSERT_EQ(listen(blocker, 1), 0);
  socklen_t length = sizeof(address);
  getsockname(blocker, reinterpret_cast<sockaddr*>(&address), &length);
  const int port = ntohs(address.sin_port);
  TempDir dir;
  const auto [code, output] = RunCommand(
      {"serve", "--data", dir.path().string(), "--listen", "127.0.0.1:" + std::to_string(port)});
  close(blocker);
  EXPECT_EQ(code, 1);
  EXPECT_NE(output.find("attache: cannot listen on 127.0.0.1:" + std::to_string(port) +
                        ": Address already in use"),
            std::string::npos)
      << output;
}

TEST(Startup, UnreachablePostgresFailsWithOneLine) {
  TempDir dir;
  const auto [code, output] = RunCommand(
      {"serve", "--data", dir.path().string(), "--db", "postgresql://attache@127.0.0.1:1/attache"});
  EXPECT_EQ(code, 1);
  EXPECT_EQ(
      output.rfind(
          "attache: cannot connect to PostgreSQL at postgresql://attache@127.0.0.1:1/attache", 0),
      0U)
      << output;
  EXPECT_EQ(CountLines(output), 1) << output;
}

TEST(Startup, UnwritableDataDirectoryFailsWithOneLine) {
  const auto [code, output] = RunCommand({"serve", "--data", "/dev/null/attache"});
  EXPECT_EQ(code, 1);
  EXPECT_EQ(output.rfind("attache: data directory /dev/null/attache is not writable", 0), 0U)
      << output;
  EXPECT_EQ(CountLines(output), 1) << output;
}

TEST(Startup, ADataDirectoryThatRefusesFilesFailsWithOneLine) {
  const auto [code, output] = RunCommand({"migrate", "--data", "/proc/self"});
  EXPECT_EQ(code, 1);
  EXPECT_EQ(output.rfind("attache: data directory /proc/self is not writable", 0), 0U) << output;
  EXPECT_EQ(CountLines(output), 1) << output;
}

TEST(Startup, DatabaseUrlsThatCannotWorkAreRefusedWithoutEchoingSecrets) {
  TempDir dir;
  const auto [memory, memory_output] =
      RunCommand({"migrate", "--data", dir.path().string(), "--db", "sqlite::memory:"});
  EXPECT_EQ(memory, 1);
  EXPECT_NE(memory_output.find("the SQLite database must be a file"), std::string::npos)
      << memory_output;
  const auto [unknown, unknown_output] =
      RunCommand({"migrate", "--data", dir.path().string(), "--db", "mysql://app:hunter2@db/x"});
  EXPECT_EQ(unknown, 1);
  EXPECT_EQ(unknown_output.find("hunter2"), std::string::npos) << unknown_output;
  const auto [query, query_output] =
      RunCommand({"migrate", "--data", dir.path().string(), "--db",
                  "postgresql://app@127.0.0.1:1/x?password=hunter2"});
  EXPECT_EQ(query, 1);
  EXPECT_EQ(query_output.find("hunter2"), std::string::npos) << query_output;
  EXPECT_NE(query_output.find("password=***"), std::string::npos) << query_output;
}

TEST(Startup, BadListenAddressIsRefused) {
  TempDir dir;
  const auto [code, output] =
      RunCommand({"serve", "--data", dir.path().string(), "--listen", "8080"});
  EXPECT_EQ(code, 1);
  EXPECT_NE(output.find("--listen must be HOST:PORT"), std::string::npos) << output;
}

TEST(Startup, SchemaNewerThanTheBinaryIsRefused) {
  auto database = TempDatabase::Create(db::Dialect::kSqlite);
  const auto [migrated, log] = RunCommand({"migrate", "--db", database->url()});
  ASSERT_EQ(migrated, 0) << log;
  {
    auto db = db::Database::Open(database->url());
    ASSERT_TRUE(db);
    ASSERT_TRUE((*db)->Write([](db::Connection& conn) {
      return conn.Execute(
          "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 'x')",
          {});
    }));
  }
  const auto [code, output] =
      RunCommand({"serve", "--db", database->url(), "--data", database->dir().string()});
  EXPECT_EQ(code, 1);
  EXPECT_NE(output.find("attache: database schema version 999 is newer than this binary supports"),
            std::string::npos)
      << output;
}

TEST(Commands, MigrateIsIdempotent) {
  auto database = TempDatabase::Create(db::Dialect::kSqlite);
  const auto [first, first_output] = RunCommand({"migrate", "--db", database->url()});
  EXPECT_EQ(first, 0) << first_output;
  // Every numbered file of migrations/ is applied once.
  size_t migrations = 0;
  for (const auto& entry : std::filesystem::directory_iterator(
           std::filesystem::path(ATTACHE_SOURCE_DIR) / "migrations")) {
    if (entry.path().extension() == ".sql") ++migrations;
  }
  ASSERT_GE(migrations, 10u);
  EXPECT_NE(first_output.find("applied " + std::to_string(migrations) + " migration(s)"),
            std::string::npos)
      << first_output;
  const auto [second, second_output] = RunCommand({"migrate", "--db", database->url()});
  EXPECT_EQ(second, 0);
  EXPECT_NE(second_output.find("applied 0 migration(s)"), std::string::npos) << second_output;
}

TEST(Commands, DemoLoadsOnceAndOnlyIntoAnEmptyDatabase) {
  auto database = TempDatabase::Create(db::Dialect::kSqlite);
  const std::vector<std::string> load = {"demo",          "load",   "--db",
                                         database->url(), "--data", database->dir().string()};
  const auto [first, first_output] = RunCommand(load);
  EXPECT_EQ(first, 0) << first_output;
  EXPECT_NE(first_output.find("demo data loaded"), std::string::npos);
  const auto [second, second_output] = RunCommand(load);
  EXPECT_EQ(second, 0);
  EXPECT_NE(second_output.find("already loaded"), std::string::npos) << second_output;
}

TEST(Commands, VersionAndUsage) {
  const auto [code, output] = RunCommand({"version"});
  EXPECT_EQ(code, 0);
  EXPECT_EQ(output.rfind("attache 0.", 0), 0U) << output;
  EXPECT_EQ(RunCommand({"frobnicate"}).first, 2);
  EXPECT_EQ(RunCommand({}).first, 2);
}

}  // namespace
}  // namespace attache::testing
