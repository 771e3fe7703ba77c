#include "harness.hpp"

#include <curl/curl.h>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <thread>

namespace attache::testing {
namespace {

size_t AppendBody(char* data, size_t size, size_t count, void* target) {
  static_cast<std::string*>(target)->append(data, size * count);
  return size * count;
}

size_t AppendHeader(char* data, size_t size, size_t count, void* target) {
  std::string line(data, size * count);
  const auto colon = line.find(':');
  if (colon != std::string::npos) {
    std::string name = line.substr(0, colon);
    for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string value = line.substr(colon + 1);
    value.erase(0, value.find_first_not_of(' '));
    while (!value.empty() && (value.back() == '\r' || value.back() == '\n')) value.pop_back();
    (*static_cast<std::map<std::string, std::string>*>(target))[name] = value;
  }
  return size * count;
}

}  // namespace

std::unique_ptr<Process> Process::Spawn(const std::vector<std::string>& args,
                                        const std::optional<std::string>& input) {
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) throw std::runtime_error("pipe failed");
  int input_fds[2] = {-1, -1};
  if (input && pipe(input_fds) != 0) throw std::runtime_error("pipe failed");
  std::vector<std::string> argv_storage = {ATTACHE_BINARY};
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& arg : argv_storage) argv.push_back(arg.data());
  argv.push_back(nullptr);
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
  if (pid == 0) {
    // Only async-signal-safe calls until exec. The server dies with the test, even if the test
    // crashes, so no server outlives its run.
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (getppid() != parent) _exit(127);
    dup2(pipe_fds[1], 1);
    dup2(pipe_fds[1], 2);
    close(pipe_fds[0]);
    close(pipe_fds[1]);
    if (input_fds[0] >= 0) {
      dup2(input_fds[0], 0);
      close(input_fds[0]);
      close(input_fds[1]);
    }
    execv(ATTACHE_BINARY, argv.data());
    _exit(127);
  }
  close(pipe_fds[1]);
  if (input) {
    // Written while this end of the pipe is still open, so an early exit cannot raise SIGPIPE;
    // a short input fits the pipe's buffer.
    for (size_t done = 0; done < input->size();) {
      const ssize_t n = write(input_fds[1], input->data() + done, input->size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      done += static_cast<size_t>(n);
    }
    close(input_fds[1]);
    close(input_fds[0]);
  }
  auto process = std::unique_ptr<Process>(new Process());
  process->pid_ = pid;
  process->out_fd_ = pipe_fds[0];
  fcntl(process->out_fd_, F_SETFL, O_NONBLOCK);
  return process;
}

Process::~Process() {
  if (pid_ > 0 && exit_code_ < 0) Stop(SIGKILL, std::chrono::seconds(10));
  if (out_fd_ >= 0) close(out_fd_);
}

void Process::Drain(std::chrono::milliseconds wait) {
  pollfd fd{out_fd_, POLLIN, 0};
  if (poll(&fd, 1, static_cast<int>(wait.count())) <= 0) return;
  char buffer[4096];
  for (;;) {
    const ssize_t n = read(out_fd_, buffer, sizeof(buffer));
    if (n <= 0) return;
    output_.append(buffer, static_cast<size_t>(n));
  }
}

std::string Process::WaitForLine(const std::string& needle, std::chrono::seconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    const auto at = output_.find(needle);
    if (at != std::string::npos) {
      const auto start = output_.rfind('\n', at);
      const auto end = output_.find('\n', at);
      if (end != std::string::npos) {
        return output_.substr(start == std::string::npos ? 0 : start + 1,
                              end - (start == std::string::npos ? 0 : start + 1));
      }
    }
    int status = 0;
    if (exit_code_ < 0 && waitpid(pid_, &status, WNOHANG) == pid_) {
      exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      Drain(std::chrono::milliseconds(0));
      return output_.find(needle) != std::string::npos ? needle : "";
    }
    Drain(std::chrono::milliseconds(50));
  }
  return "";
}

int Process::Stop(int signal, std::chrono::seconds timeout) {
  if (exit_code_ >= 0) return exit_code_;
  if (signal != 0) kill(pid_, signal);
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      exit_code_ = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
      Drain(std::chrono::milliseconds(0));
      return exit_code_;
    }
    Drain(std::chrono::milliseconds(20));
  }
  return -1;
}

std::pair<int, std::string> RunCommand(const std::vector<std::string>& args,
                                       std::chrono::seconds timeout) {
  auto process = Process::Spawn(args);
  const int code = process->Wait(timeout);
  return {code, process->output()};
}

std::pair<int, std::string> RunCommandWithInput(const std::vector<std::string>& args,
                                                const std::string& input,
                                                std::chrono::seconds timeout) {
  auto process = Process::Spawn(args, input);
  const int code = process->Wait(timeout);
  return {code, process->output()};
}

nlohmann::json HttpReply::json() const { return nlohmann::json::parse(body, nullptr, false); }

std::string HttpReply::header(const std::string& name) const {
  const auto found = headers.find(name);
  return found == headers.end() ? "" : found->second;
}

std::unique_ptr<Server> Server::Start(const TempDatabase& database, bool demo,
                                      std::vector<std::string> extra) {
  std::vector<std::string> args = {
      "serve",    "--db",       database.url(), "--data", database.dir().string(),
      "--listen", "127.0.0.1:0"};
  if (std::find(extra.begin(), extra.end(), "--web-root") == extra.end()) {
    args.insert(args.end(), {"--web-root", (database.dir() / "no-web").string()});
  }
  if (demo) args.emplace_back("--demo");
  args.insert(args.end(), extra.begin(), extra.end());
  auto server = std::unique_ptr<Server>(new Server());
  server->process_ = Process::Spawn(args);
  const std::string line =
      server->process_->WaitForLine("listening on http://127.0.0.1:", std::chrono::seconds(60));
  if (line.empty()) {
    ADD_FAILURE() << "the server did not start:\n" << server->process_->output();
    return nullptr;
  }
  const auto at = line.find("127.0.0.1:") + std::strlen("127.0.0.1:");
  server->port_ = std::stoi(line.substr(at));
  return server;
}

Server::~Server() {
  if (process_) {
    const int code = process_->Stop(SIGTERM, std::chrono::seconds(20));
    EXPECT_EQ(code, 0) << "the server did not stop cleanly:\n" << process_->output();
  }
}

HttpReply Server::Request(const std::string& method, const std::string& path,
                          const std::string& body, const std::vector<std::string>& headers) const {
  // The server logs a line per request: read them, or a long test fills the pipe and the server
  // blocks writing its log.
  process_->Drain(std::chrono::milliseconds(0));
  HttpReply reply;
  CURL* curl = curl_easy_init();
  const std::string url = "http://127.0.0.1:" + std::to_string(port_) + path;
  curl_slist* list = nullptr;
  bool authorizes = false;
  for (const auto& header : headers) {
    list = curl_slist_append(list, header.c_str());
    authorizes = authorizes || header.starts_with("Cookie:") || header.starts_with("Authorization:");
  }
  if (!authorizes && !credentials_.cookie.empty()) {
    list = curl_slist_append(list, ("Cookie: attache_session=" + credentials_.cookie).c_str());
    if (method != "GET" && method != "HEAD") {
      list = curl_slist_append(list, ("X-CSRF-Token: " + credentials_.csrf).c_str());
    }
  }
  if (!authorizes && !credentials_.bearer.empty()) {
    list = curl_slist_append(list, ("Authorization: Bearer " + credentials_.bearer).c_str());
  }
  list = curl_slist_append(list, "Expect:");
  curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
  curl_easy_setopt(curl, CURLOPT_CUSTOMREQUEST, method.c_str());
  if (method == "HEAD") curl_easy_setopt(curl, CURLOPT_NOBODY, 1L);
  if (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH") {
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, body.data());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
  }
  curl_easy_setopt(curl, CURLOPT_HTTPHEADER, list);
  curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, AppendBody);
  curl_easy_setopt(curl, CURLOPT_WRITEDATA, &reply.body);
  curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, AppendHeader);
  curl_easy_setopt(curl, CURLOPT_HEADERDATA, &reply.headers);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, 30L);
  curl_easy_setopt(curl, CURLOPT_NOPROXY, "*");
  const CURLcode rc = curl_easy_perform(curl);
  if (rc == CURLE_OK) {
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply.status);
  } else {
    ADD_FAILURE() << method << " " << path << ": " << curl_easy_strerror(rc);
  }
  curl_slist_free_all(list);
  curl_easy_cleanup(curl);
  return reply;
}

HttpReply Server::SendJson(const std::string& method, const std::string& path,
                           const nlohmann::json& body, std::vector<std::string> headers) const {
  headers.emplace_back("Content-Type: application/json");
  return Request(method, path, body.dump(), headers);
}

std::pair<std::string, std::string> DemoUser(const std::string& role) {
  for (const auto& [email, password] : kDemoPassword) {
    if (std::string(email).starts_with(role)) return {email, password};
  }
  ADD_FAILURE() << "no demo user of role " << role;
  return {};
}

std::string SessionCookieOf(const HttpReply& reply) {
  const std::string cookie = reply.header("set-cookie");
  const auto start = cookie.find("attache_session=");
  const auto end = cookie.find(';');
  if (start == std::string::npos || end == std::string::npos || end < start) return "";
  return cookie.substr(start + 16, end - start - 16);
}

std::string UtcDate(int days) {
  const std::chrono::year_month_day date{
      std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now()) +
      std::chrono::days(days)};
  char text[16];
  std::snprintf(text, sizeof(text), "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return text;
}

Credentials Server::SignIn(const std::string& email, const std::string& password,
                           const std::vector<std::string>& headers) {
  credentials_ = {};
  const HttpReply reply =
      SendJson("POST", "/api/v1/session", {{"email", email}, {"password", password}}, headers);
  EXPECT_EQ(reply.status, 200) << email << ": " << reply.body;
  if (reply.status == 200) {
    credentials_.cookie = SessionCookieOf(reply);
    credentials_.csrf = reply.json().value("csrf_token", "");
  }
  return credentials_;
}

Credentials Server::SignInAs(const std::string& role) {
  const auto [email, password] = DemoUser(role);
  return SignIn(email, password);
}

std::ostream& operator<<(std::ostream& out, const DbSnapshot& s) {
  return out << "{audit " << s.audit << ", outbox " << s.outbox << ", attaches " << s.attaches
             << ", versions " << s.versions << "}";
}

DbSnapshot TakeSnapshot(const TempDatabase& database) {
  DbSnapshot snapshot;
  auto db = OpenDatabase(database, false);
  if (!db) return snapshot;
  auto read = db->Read([&](db::Connection& conn) -> Status {
    for (auto [sql, target] :
         {std::pair{"SELECT COUNT(*) FROM audit_log", &snapshot.audit},
          std::pair{"SELECT COUNT(*) FROM outbox", &snapshot.outbox},
          std::pair{"SELECT COUNT(*) FROM attaches", &snapshot.attaches},
          std::pair{"SELECT SUM(version) FROM countries", &snapshot.versions}}) {
      auto value = conn.QueryInt(sql, {});
      if (!value) return tl::unexpected(value.error());
      *target = *value;
    }
    return {};
  });
  EXPECT_TRUE(read) << (read ? "" : read.error().internal);
  return snapshot;
}

void ApiTest::SetUp() {
  BackendTest::SetUp();
  if (IsSkipped() || HasFailure()) return;
  server_ = Server::Start(database());
  ASSERT_NE(server_, nullptr);
  server_->SignInAs("analyst");
}

}  // namespace attache::testing
