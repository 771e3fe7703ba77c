// What functional tests drive: the real `attache` binary started on a free loopback port with a
// temporary database, and a plain HTTP client (libcurl) to talk to it.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "support/temp_database.hpp"

namespace attache::testing {

// Runs `attache` with arguments; captures stdout and stderr. Standard input is the test's own,
// or `input` (then closed) when given.
class Process {
 public:
  static std::unique_ptr<Process> Spawn(const std::vector<std::string>& args,
                                        const std::optional<std::string>& input = std::nullopt);
  ~Process();  // kills the process if it still runs
  Process(const Process&) = delete;
  Process& operator=(const Process&) = delete;

  // Reads output until a line contains `needle` or the time is up; the line, or "" on timeout/exit.
  std::string WaitForLine(const std::string& needle, std::chrono::seconds timeout);
  // Sends a signal and waits for the exit; the exit code, or 128+signal, or -1 on timeout.
  int Stop(int signal, std::chrono::seconds timeout);
  int Wait(std::chrono::seconds timeout) { return Stop(0, timeout); }
  const std::string& output() const { return output_; }
  pid_t pid() const { return pid_; }
  // Reads what the process wrote so far (waiting up to `wait` for the first bytes), so that a
  // chatty process never blocks on a full pipe.
  void Drain(std::chrono::milliseconds wait);

 private:
  Process() = default;
  pid_t pid_ = -1;
  int out_fd_ = -1;
  std::string output_;
  int exit_code_ = -1;
};

// Runs `attache ARGS...` to completion: {exit code, stdout+stderr}.
std::pair<int, std::string> RunCommand(const std::vector<std::string>& args,
                                       std::chrono::seconds timeout = std::chrono::seconds(60));
// The same with `input` on its standard input.
std::pair<int, std::string> RunCommandWithInput(
    const std::vector<std::string>& args, const std::string& input,
    std::chrono::seconds timeout = std::chrono::seconds(60));

struct HttpReply {
  long status = 0;
  std::string body;
  std::map<std::string, std::string> headers;  // lower-case names

  nlohmann::json json() const;
  std::string header(const std::string& name) const;
};

// How requests authenticate: a session cookie with its CSRF token, or a bearer token, or
// nothing (anonymous).
struct Credentials {
  std::string cookie;  // the attache_session value
  std::string csrf;
  std::string bearer;
};

// The value of the session cookie a reply sets, or "" when it sets none.
std::string SessionCookieOf(const HttpReply& reply);

// The UTC date `days` days from today, as YYYY-MM-DD.
std::string UtcDate(int days);

// Demo users (data/demo/users.json).
inline constexpr const char* kDemoPassword[][2] = {
    {"admin@attache.demo", "admin-demo-2026"},     {"analyst@attache.demo", "analyst-demo-2026"},
    {"attache.vn@attache.demo", "attache-demo-2026"}, {"company@attache.demo", "company-demo-2026"},
    {"region@attache.demo", "region-demo-2026"},   {"viewer@attache.demo", "viewer-demo-2026"}};
// The demo user of a role ("admin", "attache", ...): {email, password}.
std::pair<std::string, std::string> DemoUser(const std::string& role);

// A running server on a temporary database.
class Server {
 public:
  // `--demo` unless `demo` is false; the server listens on 127.0.0.1 on a free port.
  static std::unique_ptr<Server> Start(const TempDatabase& database, bool demo = true,
                                       std::vector<std::string> extra = {});
  ~Server();

  HttpReply Request(const std::string& method, const std::string& path,
                    const std::string& body = "",
                    const std::vector<std::string>& headers = {}) const;
  HttpReply Get(const std::string& path, const std::vector<std::string>& headers = {}) const {
    return Request("GET", path, "", headers);
  }
  HttpReply SendJson(const std::string& method, const std::string& path, const nlohmann::json& body,
                     std::vector<std::string> headers = {}) const;

  // Signs in (failing the test if that fails) and sends these credentials from now on; `headers`
  // go with the sign-in request.
  Credentials SignIn(const std::string& email, const std::string& password,
                     const std::vector<std::string>& headers = {});
  Credentials SignInAs(const std::string& role);
  void Use(Credentials credentials) { credentials_ = std::move(credentials); }
  const Credentials& credentials() const { return credentials_; }

  int port() const { return port_; }
  Process& process() { return *process_; }

 private:
  Server() = default;
  std::unique_ptr<Process> process_;
  int port_ = 0;
  Credentials credentials_;
};

// What a rejected request must leave untouched: counts of the audit trail, the outbox and the
// attachés, and the sum of the countries' versions.
struct DbSnapshot {
  int64_t audit = 0;
  int64_t outbox = 0;
  int64_t attaches = 0;
  int64_t versions = 0;
  bool operator==(const DbSnapshot&) const = default;
};
std::ostream& operator<<(std::ostream& out, const DbSnapshot& snapshot);
DbSnapshot TakeSnapshot(const TempDatabase& database);

// A functional test on one backend with a demo-loaded server, signed in as the demo analyst:
// `TEST_P(MyApi, Case)` and
// `INSTANTIATE_TEST_SUITE_P(Backends, MyApi, kBackends, BackendName)` for `class MyApi : public
// ApiTest {}`.
class ApiTest : public BackendTest {
 protected:
  void SetUp() override;
  std::unique_ptr<Server> server_;
};

}  // namespace attache::testing
