// Several instances on one database, as in a scaled-out deployment: they start together and see
// each other's writes.
#include <gtest/gtest.h>

#include <thread>

#include "harness.hpp"

namespace attache::testing {
namespace {

using namespace std::chrono_literals;

class Instances : public BackendTest {};

TEST_P(Instances, StartTogetherOnAnEmptyDatabase) {
  std::vector<std::unique_ptr<Process>> starting;
  for (int i = 0; i < 3; ++i) {
    starting.push_back(Process::Spawn(
        {"serve", "--db", database().url(), "--data", database().dir().string(), "--listen",
         "127.0.0.1:0", "--demo", "--web-root", (database().dir() / "none").string()}));
  }
  for (auto& process : starting) {
    EXPECT_NE(process->WaitForLine("listening on http://", 60s), "") << process->output();
  }
  for (auto& process : starting) EXPECT_EQ(process->Stop(SIGTERM, 20s), 0) << process->output();
  auto db = OpenDatabase(database(), false);
  ASSERT_NE(db, nullptr);
  auto attaches = db->Read(
      [](db::Connection& conn) { return conn.QueryInt("SELECT COUNT(*) FROM attaches", {}); });
  EXPECT_EQ(attaches.value_or(-1), 19) << "the demo was loaded exactly once";
}

TEST_P(Instances, CachedListsSeeWritesOfAnotherInstance) {
  auto first = Server::Start(database());
  auto second = Server::Start(database(), false);
  ASSERT_TRUE(first && second);
  // The session lives in the database: either instance serves it.
  second->Use(first->SignInAs("analyst"));
  const std::string list = "/api/v1/attaches?country=VN";
  const auto before = second->Get(list).json();
  ASSERT_EQ(before["total"], 1);
  const std::string path = "/api/v1/attaches/" + before["items"][0]["id"].dump();
  const auto patched = first->Request("PATCH", path, R"({"name_en":"Changed elsewhere"})",
                                      {"Content-Type: application/json", "If-Match: \"1\""});
  ASSERT_EQ(patched.status, 200) << patched.body;
  std::string seen;
  const auto deadline = std::chrono::steady_clock::now() + 3s;
  while (std::chrono::steady_clock::now() < deadline && seen != "Changed elsewhere") {
    seen = second->Get(list).json()["items"][0]["name_en"];
    std::this_thread::sleep_for(50ms);
  }
  EXPECT_EQ(seen, "Changed elsewhere");
}

TEST_P(Instances, ASignOutOnOneInstanceEndsTheSessionOnTheOther) {
  auto first = Server::Start(database());
  auto second = Server::Start(database(), false);
  ASSERT_TRUE(first && second);
  second->Use(first->SignInAs("viewer"));
  ASSERT_EQ(second->Get("/api/v1/attaches").status, 200);  // now remembered by the second
  ASSERT_EQ(first->Request("DELETE", "/api/v1/session").status, 204);
  long status = 200;
  const auto deadline = std::chrono::steady_clock::now() + 3s;
  while (std::chrono::steady_clock::now() < deadline && status == 200) {
    status = second->Get("/api/v1/attaches").status;
    std::this_thread::sleep_for(50ms);
  }
  EXPECT_EQ(status, 401);
}

INSTANTIATE_TEST_SUITE_P(Backends, Instances, kBackends, BackendName);

}  // namespace
}  // namespace attache::testing
