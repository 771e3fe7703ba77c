// The server's limits, in process with short timeouts: what a slow or greedy client can and
// cannot do.
#include "platform/http/server.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <thread>

#include "support/raw_socket.hpp"

namespace attache::http {
namespace {

using namespace std::chrono_literals;
using testing::RawConnection;

// A server running on its own thread until the fixture ends.
class RunningServer {
 public:
  RunningServer(ServerOptions options, Handler handler) {
    options.host = "127.0.0.1";
    options.port = 0;
    options.handle_signals = false;
    auto listening = Server::Listen(std::move(options), std::move(handler), nullptr, nullptr);
    EXPECT_TRUE(listening) << (listening ? "" : listening.error().detail.en);
    server_ = std::move(*listening);
    thread_ = std::thread([this] { server_->Run(); });
  }
  ~RunningServer() { Stop(); }
  RunningServer(const RunningServer&) = delete;
  RunningServer& operator=(const RunningServer&) = delete;

  int port() const { return server_->port(); }
  // Stops and waits for Run() to return; how long that took.
  std::chrono::milliseconds Stop() {
    const auto start = std::chrono::steady_clock::now();
    if (thread_.joinable()) {
      server_->Stop();
      thread_.join();
    }
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() -
                                                                 start);
  }

 private:
  std::unique_ptr<Server> server_;
  std::thread thread_;
};

Response Ok(Request&) { return JsonResponse(200, R"({"ok":true})"); }

std::string Status(const std::string& response) { return response.substr(0, 12); }

TEST(Server, IdleKeepAliveConnectionsCloseAfterTheIdleTimeout) {
  ServerOptions options;
  options.idle_timeout = 1s;
  RunningServer server(options, Ok);
  RawConnection connection(server.port());
  connection.Send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(Status(connection.ReadResponse(5s)), "HTTP/1.1 200");
  const auto start = std::chrono::steady_clock::now();
  EXPECT_TRUE(connection.ClosedWithin(4s));
  EXPECT_GE(std::chrono::steady_clock::now() - start, 800ms);
}

TEST(Server, AStartedRequestMustArriveWithinTheReadTimeout) {
  ServerOptions options;
  options.idle_timeout = 30s;
  options.read_timeout = 1s;
  RunningServer server(options, Ok);
  RawConnection connection(server.port());
  // One byte of header now and then: the idle timeout must not apply any more.
  const auto start = std::chrono::steady_clock::now();
  connection.Send("GET / HTTP/1.1\r\n");
  bool closed = false;
  for (int i = 0; i < 8 && !closed; ++i) {
    connection.Send("X");
    closed = connection.ClosedWithin(400ms);
  }
  EXPECT_TRUE(closed);
  EXPECT_LT(std::chrono::steady_clock::now() - start, 3s);
}

TEST(Server, WhenWorkersAreSwampedNewRequestsGet503AtOnce) {
  ServerOptions options;
  options.workers = 1;
  options.max_queued = 1;
  std::atomic<int> running{0};
  RunningServer server(options, [&running](Request&) {
    ++running;
    std::this_thread::sleep_for(600ms);
    return JsonResponse(200, "{}");
  });
  std::vector<std::unique_ptr<RawConnection>> clients;
  for (int i = 0; i < 4; ++i) {
    clients.push_back(std::make_unique<RawConnection>(server.port()));
    clients.back()->Send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    std::this_thread::sleep_for(50ms);
  }
  int ok = 0, unavailable = 0;
  for (auto& client : clients) {
    const std::string response = client->ReadResponse(5s);
    if (Status(response) == "HTTP/1.1 200") ++ok;
    if (Status(response) == "HTTP/1.1 503") {
      ++unavailable;
      EXPECT_NE(response.find("Retry-After: 1"), std::string::npos);
      EXPECT_NE(response.find("X-Content-Type-Options: nosniff"), std::string::npos);
    }
  }
  EXPECT_EQ(ok + unavailable, 4);
  EXPECT_GE(unavailable, 2) << "one runs, one waits, the rest are refused";
}

TEST(Server, ConnectionsBeyondTheCapWaitUntilOneCloses) {
  ServerOptions options;
  options.max_connections = 2;
  RunningServer server(options, Ok);
  auto first = std::make_unique<RawConnection>(server.port());
  RawConnection second(server.port());
  first->Send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(Status(first->ReadResponse(5s)), "HTTP/1.1 200");
  second.Send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(Status(second.ReadResponse(5s)), "HTTP/1.1 200");
  RawConnection third(server.port());  // the kernel accepts it into the backlog
  third.Send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(third.ReadResponse(500ms), "") << "not served while two are open";
  first.reset();
  EXPECT_EQ(Status(third.ReadResponse(5s)), "HTTP/1.1 200");
}

TEST(Server, StopWaitsForInFlightWorkButNotBeyondTheDrainTimeout) {
  ServerOptions options;
  options.drain_timeout = 1s;
  std::atomic<bool> started{false};
  RunningServer server(options, [&started](Request&) {
    started = true;
    std::this_thread::sleep_for(4s);
    return JsonResponse(200, "{}");
  });
  RawConnection connection(server.port());
  connection.Send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  while (!started) std::this_thread::sleep_for(10ms);
  const auto took = server.Stop();
  EXPECT_GE(took, 900ms);
  EXPECT_LT(took, 4500ms) << "Run() returns once the drain timeout passed and the worker is done";
}

TEST(Server, StopEndsRunAlsoWhenItListensForSignals) {
  ServerOptions options;
  options.host = "127.0.0.1";
  options.port = 0;
  options.handle_signals = true;
  auto server = Server::Listen(options, Ok, nullptr, nullptr);
  ASSERT_TRUE(server);
  std::atomic<bool> returned{false};
  std::thread runner([&] {
    (*server)->Run();
    returned = true;
  });
  std::this_thread::sleep_for(100ms);
  (*server)->Stop();
  for (int i = 0; i < 100 && !returned; ++i) std::this_thread::sleep_for(50ms);
  EXPECT_TRUE(returned) << "Run() still waits on the signal set";
  if (!returned) raise(SIGTERM);  // lets Run() return so the test can end
  runner.join();
}

TEST(Server, ServerMadeAnswersCarryTheSafetyHeaders) {
  ServerOptions options;
  options.header_limit = 1024;
  RunningServer server(options, Ok);
  RawConnection connection(server.port());
  connection.Send("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(4000, 'a') + "\r\n\r\n");
  const std::string response = connection.ReadResponse(5s);
  EXPECT_EQ(Status(response), "HTTP/1.1 431");
  EXPECT_NE(response.find("X-Content-Type-Options: nosniff"), std::string::npos);
  EXPECT_NE(response.find("Cache-Control: no-store"), std::string::npos);
  EXPECT_NE(response.find("/problems/headers-too-large"), std::string::npos);
}

TEST(Server, AFileBodyIsSentWholeAndTheFileIsGoneAfterwards) {
  const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("attache-server-test-" + std::to_string(getpid()));
  std::string content;
  for (int i = 0; content.size() < 3'000'000; ++i) content += std::to_string(i) + ";";
  {
    std::ofstream out(file, std::ios::binary);
    out << content;
  }
  RunningServer server({}, [&](Request&) {
    Response response;
    response.headers.Set("Content-Type", "text/csv");
    response.body_file = file.string();
    return response;
  });
  RawConnection connection(server.port());
  connection.Send("GET /export HTTP/1.1\r\nHost: x\r\n\r\n");
  const std::string response = connection.ReadResponse(10s);
  EXPECT_EQ(Status(response), "HTTP/1.1 200");
  const auto body_at = response.find("\r\n\r\n");
  ASSERT_NE(body_at, std::string::npos);
  EXPECT_EQ(response.find("Content-Length: " + std::to_string(content.size())) < body_at, true);
  EXPECT_TRUE(response.compare(body_at + 4, std::string::npos, content) == 0);
  EXPECT_FALSE(std::filesystem::exists(file));
}

TEST(Server, PathsWithALargerAllowanceTakeLargerBodies) {
  ServerOptions options;
  options.body_limit = 1000;
  options.larger_bodies = {{"/upload/", 100'000, ""}};
  RunningServer server(options, Ok);
  const std::string body(50'000, 'x');
  const auto post = [&](const std::string& path, const std::string& credentials) {
    RawConnection connection(server.port());
    connection.Send("POST " + path + " HTTP/1.1\r\nHost: x\r\n" + credentials +
                    "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body);
    return Status(connection.ReadResponse(5s));
  };
  const std::string cookie = "Cookie: session=abc\r\n";
  EXPECT_EQ(post("/upload/file", cookie), "HTTP/1.1 200");
  EXPECT_EQ(post("/upload/file", "Authorization: Bearer t\r\n"), "HTTP/1.1 200");
  EXPECT_EQ(post("/upload/file", ""), "HTTP/1.1 413") << "anonymous uploads keep the usual limit";
  EXPECT_EQ(post("/elsewhere", cookie), "HTTP/1.1 413");
}

TEST(Server, ALargerAllowanceMayNameTheEndOfThePathToo) {
  const BodyLimit attachments{"/api/v1/requests/", 10, "/attachments"};
  EXPECT_TRUE(attachments.Matches("/api/v1/requests/12/attachments"));
  EXPECT_TRUE(attachments.Matches("/api/v1/requests/12/attachments?name=a.pdf"));
  EXPECT_FALSE(attachments.Matches("/api/v1/requests/12/comments"));
  EXPECT_FALSE(attachments.Matches("/api/v1/requests/12?x=/attachments"));
  EXPECT_FALSE(attachments.Matches("/api/v1/solutions/12/attachments"));
  const BodyLimit imports{"/api/v1/imports/", 10, ""};
  EXPECT_TRUE(imports.Matches("/api/v1/imports/contacts?dry_run=true"));
}

}  // namespace
}  // namespace attache::http
