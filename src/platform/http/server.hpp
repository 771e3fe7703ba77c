// The HTTP/1.1 server. Boost.Beast lives only in server.cpp: everything else sees Request,
// Response and Handler. I/O runs asynchronously on `io_threads`; a request is read whole (within
// the header and body limits and the read timeout) before a handler runs on one of `workers`, and
// the response is written asynchronously again, so a slow client never holds a worker. What can be
// answered from memory (ImmediateHandler) is answered on the I/O thread, sparing two thread hops.
// When more than `max_queued` requests wait for a worker, new ones get 503 at once.
//
// Run() serves until Stop() or SIGINT/SIGTERM; then it stops accepting, closes idle keep-alive
// connections, lets in-flight requests finish (up to `drain_timeout`) and returns.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "platform/http/router.hpp"

namespace attache::http {

// A larger body allowance for requests whose path starts with `path_prefix` and ends with
// `path_suffix` (file uploads).
struct BodyLimit {
  std::string path_prefix;
  size_t bytes = 0;
  std::string path_suffix;

  // `target` is the request line's target: the query string does not count.
  bool Matches(std::string_view target) const {
    const std::string_view path = target.substr(0, target.find('?'));
    return path.starts_with(path_prefix) && path.ends_with(path_suffix);
  }
};

struct ServerOptions {
  std::string host = "127.0.0.1";
  uint16_t port = 8080;  // 0: any free port (see Server::port())
  int io_threads = 2;
  int workers = 4;
  size_t max_queued = 2048;
  size_t max_connections = 10000;  // further clients wait in the kernel's backlog
  size_t header_limit = 16 * 1024;
  size_t body_limit = 1024 * 1024;
  // Only for requests that bring credentials (a cookie or an Authorization header; the handler
  // checks them), and at most this many at once: beyond, 503.
  std::vector<BodyLimit> larger_bodies;
  size_t max_larger_bodies = 4;
  std::chrono::seconds read_timeout{15};  // to receive a whole request once its first byte arrived
  std::chrono::seconds idle_timeout{60};  // between requests on a keep-alive connection
  std::chrono::seconds write_timeout{30};
  std::chrono::seconds drain_timeout{10};
  bool handle_signals = true;
};

// Answers a request from memory without blocking (cache hits, static files, liveness), or
// returns nullopt to send it to a worker. Runs on an I/O thread: it must never wait on I/O.
using ImmediateHandler = std::function<std::optional<Response>(Request&)>;

// Called after each response is written (or the connection dropped), from an I/O thread.
using AccessLog =
    std::function<void(const Request&, const Response&, std::chrono::microseconds elapsed)>;

class Server {
 public:
  // Binds and listens; kUnavailable with a one-line reason if that fails (address in use...).
  static Result<std::unique_ptr<Server>> Listen(ServerOptions options, Handler handler,
                                                ImmediateHandler immediate, AccessLog access_log);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  uint16_t port() const;
  void Run();
  void Stop();

  struct Impl;

 private:
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace attache::http
