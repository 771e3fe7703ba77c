// HTTP behaviour of the real binary that does not depend on the database kind (SQLite here).
#include <gtest/gtest.h>
#include <signal.h>

#include <fstream>
#include <thread>

#include "harness.hpp"
#include "support/raw_socket.hpp"

namespace attache::testing {
namespace {

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = TempDatabase::Create(db::Dialect::kSqlite);
    server_ = Server::Start(*database_);
    ASSERT_NE(server_, nullptr);
    server_->SignInAs("analyst");
  }
  std::unique_ptr<TempDatabase> database_;
  std::unique_ptr<Server> server_;
};

TEST_F(ServerTest, HealthAndReadiness) {
  const auto health = server_->Get("/healthz");
  EXPECT_EQ(health.status, 200);
  EXPECT_EQ(health.json()["status"], "ok");
  const auto ready = server_->Get("/readyz");
  EXPECT_EQ(ready.status, 200);
  EXPECT_EQ(ready.json()["database"], "sqlite");
  EXPECT_GE(ready.json()["schema_version"].get<int>(), 2);
}

TEST_F(ServerTest, EveryResponseCarriesRequestIdAndSafetyHeaders) {
  const auto own = server_->Get("/api/v1/countries/VN", {"X-Request-Id: trace-42"});
  EXPECT_EQ(own.header("x-request-id"), "trace-42");
  const auto insane = server_->Get("/api/v1/countries/VN", {"X-Request-Id: <script>"});
  EXPECT_EQ(insane.header("x-request-id").size(), 16U);
  const auto missing = server_->Get("/api/v1/nothing");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.json()["request_id"], missing.header("x-request-id"));
  EXPECT_EQ(missing.header("x-content-type-options"), "nosniff");
  EXPECT_EQ(missing.header("cache-control"), "no-store");
}

TEST_F(ServerTest, WrongMethodIs405WithAllow) {
  const auto reply = server_->Request("DELETE", "/api/v1/countries/VN");
  EXPECT_EQ(reply.status, 405);
  EXPECT_EQ(reply.header("allow"), "GET, HEAD");
}

TEST_F(ServerTest, ListsRevalidateWithETags) {
  const auto first = server_->Get("/api/v1/countries?presence=active");
  ASSERT_FALSE(first.header("etag").empty());
  const auto again =
      server_->Get("/api/v1/countries?presence=active", {"If-None-Match: " + first.header("etag")});
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
}

TEST_F(ServerTest, KeepAliveServesManyRequestsOnOneConnection) {
  RawConnection connection(server_->port());
  ASSERT_TRUE(connection.connected());
  for (int i = 0; i < 3; ++i) {
    connection.Send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    const std::string response = connection.ReadResponse(std::chrono::seconds(5));
    EXPECT_EQ(response.rfind("HTTP/1.1 200", 0), 0U) << response;
  }
}

TEST_F(ServerTest, MalformedRequestsGet400AndTheServerLivesOn) {
  {
    RawConnection connection(server_->port());
    connection.Send("THIS IS NOT HTTP\r\n\r\n");
    const std::string response = connection.ReadResponse(std::chrono::seconds(5));
    EXPECT_EQ(response.rfind("HTTP/1.1 400", 0), 0U) << response;
  }
  {
    RawConnection connection(server_->port());
    connection.Send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20000, 'a') +
                    "\r\n\r\n");
    const std::string response = connection.ReadResponse(std::chrono::seconds(5));
    EXPECT_EQ(response.rfind("HTTP/1.1 431", 0), 0U) << response.substr(0, 200);
  }
  {
    RawConnection connection(server_->port());
    connection.Send("GET /api/v1/countries/%ZZ HTTP/1.1\r\nHost: x\r\n\r\n");
    const std::string response = connection.ReadResponse(std::chrono::seconds(5));
    EXPECT_EQ(response.rfind("HTTP/1.1 400", 0), 0U) << response;
  }
  EXPECT_EQ(server_->Get("/healthz").status, 200);
}

TEST_F(ServerTest, OversizeBodyIsRefusedBeforeItIsRead) {
  RawConnection connection(server_->port());
  connection.Send(
      "POST /api/v1/attaches HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Content-Length: 50000000\r\n\r\n{");
  const std::string response = connection.ReadResponse(std::chrono::seconds(5));
  EXPECT_EQ(response.rfind("HTTP/1.1 413", 0), 0U) << response;
  EXPECT_NE(response.find("/problems/payload-too-large"), std::string::npos);
}

TEST_F(ServerTest, SigtermFinishesInFlightRequestsThenExits) {
  const std::string body = R"({"country":"VN","name_en":"In flight","status":"planned"})";
  RawConnection in_flight(server_->port());
  RawConnection idle(server_->port());
  ASSERT_TRUE(in_flight.connected() && idle.connected());
  idle.Send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  ASSERT_EQ(idle.ReadResponse(std::chrono::seconds(5)).rfind("HTTP/1.1 200", 0), 0U);
  // Half a request is in flight when the signal comes.
  in_flight.Send(
      "POST /api/v1/attaches HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Cookie: attache_session=" +
      server_->credentials().cookie + "\r\nX-CSRF-Token: " + server_->credentials().csrf +
      "\r\nContent-Length: " +
      std::to_string(body.size()) + "\r\n\r\n" + body.substr(0, 10));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  kill(server_->process().pid(), SIGTERM);
  EXPECT_TRUE(idle.ClosedWithin(std::chrono::seconds(5)))
      << "idle keep-alive connections close at once";
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_FALSE(RawConnection(server_->port()).connected()) << "no new connections after SIGTERM";
  in_flight.Send(body.substr(10));
  const std::string response = in_flight.ReadResponse(std::chrono::seconds(10));
  EXPECT_EQ(response.rfind("HTTP/1.1 201", 0), 0U) << response;
  EXPECT_NE(response.find("Connection: close"), std::string::npos);
  EXPECT_EQ(server_->process().Wait(std::chrono::seconds(15)), 0) << server_->process().output();
  EXPECT_NE(server_->process().output().find("stopped"), std::string::npos);
}

TEST(ServerSignals, SigtermTheMomentItSaysListeningIsACleanExit) {
  for (int i = 0; i < 5; ++i) {
    auto database = TempDatabase::Create(db::Dialect::kSqlite);
    auto process = Process::Spawn({"serve", "--db", database->url(), "--data",
                                   database->dir().string(), "--listen", "127.0.0.1:0",
                                   "--web-root", (database->dir() / "none").string()});
    ASSERT_NE(process->WaitForLine("listening on http://", std::chrono::seconds(30)), "");
    EXPECT_EQ(process->Stop(SIGTERM, std::chrono::seconds(20)), 0) << process->output();
  }
}

TEST_F(ServerTest, LogsOneLinePerRequest) {
  server_->Get("/api/v1/countries/VN", {"X-Request-Id: log-check-1"});
  const std::string line =
      server_->process().WaitForLine("request_id=log-check-1", std::chrono::seconds(5));
  EXPECT_NE(line.find("method=GET"), std::string::npos) << line;
  EXPECT_NE(line.find("path=/api/v1/countries/VN"), std::string::npos) << line;
  EXPECT_NE(line.find("status=200"), std::string::npos) << line;
  EXPECT_NE(line.find("ms="), std::string::npos) << line;
}

TEST(ServerJsonLog, MachinesGetJsonLines) {
  auto database = TempDatabase::Create(db::Dialect::kSqlite);
  auto server = Server::Start(*database, false, {"--log-format", "json"});
  ASSERT_NE(server, nullptr);
  server->Get("/healthz", {"X-Request-Id: json-1"});
  const std::string line = server->process().WaitForLine("json-1", std::chrono::seconds(5));
  const auto json = nlohmann::json::parse(line, nullptr, false);
  ASSERT_TRUE(json.is_object()) << line;
  EXPECT_EQ(json["event"], "request");
  EXPECT_EQ(json["status"], 200);
  EXPECT_EQ(json["path"], "/healthz");
}

TEST(ServerWebUi, ServesTheBuiltUiWithCachingRules) {
  auto database = TempDatabase::Create(db::Dialect::kSqlite);
  const auto web = database->dir() / "web";
  std::filesystem::create_directories(web / "assets");
  std::ofstream(web / "index.html") << "<!doctype html><div id=root></div>";
  std::ofstream(web / "assets" / "index-abc123.js") << "console.log(1)";
  auto server = Server::Start(*database, false, {"--web-root", web.string()});
  ASSERT_NE(server, nullptr);
  const auto index = server->Get("/");
  EXPECT_EQ(index.status, 200);
  EXPECT_EQ(index.header("content-type"), "text/html; charset=utf-8");
  EXPECT_EQ(index.header("cache-control"), "no-cache");
  const auto route = server->Get("/countries/VN");
  EXPECT_EQ(route.status, 200);
  EXPECT_EQ(route.body, index.body);
  const auto asset = server->Get("/assets/index-abc123.js");
  EXPECT_EQ(asset.header("content-type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(asset.header("cache-control"), "public, max-age=31536000, immutable");
  EXPECT_EQ(
      server->Get("/assets/index-abc123.js", {"If-None-Match: " + asset.header("etag")}).status,
      304);
  EXPECT_EQ(server->Get("/assets/missing.js").status, 404);
  EXPECT_EQ(server->Get("/api/v1/unknown").status, 404);
}

}  // namespace
}  // namespace attache::testing
