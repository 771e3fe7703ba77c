#include "platform/http/server.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <csignal>
#include <cstdio>
#include <mutex>
#include <random>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/log.hpp"
#include "platform/http/problem.hpp"

namespace attache::http {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

bool SaneRequestId(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (const char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

std::string NewRequestId() {
  thread_local std::mt19937_64 random{std::random_device{}()};
  return fmt::format("{:016x}", random());
}

}  // namespace

class Session;

struct Server::Impl {
  Impl(ServerOptions opts, Handler h, ImmediateHandler i, AccessLog log)
      : options(std::move(opts)),
        handler(std::move(h)),
        immediate(std::move(i)),
        access_log(std::move(log)),
        ioc(options.io_threads),
        control(asio::make_strand(ioc)),
        acceptor(control),
        signals(ioc),
        drain_timer(control),
        accept_backoff(control),
        workers(static_cast<size_t>(options.workers)) {}
  Impl(const Impl&) = delete;
  Impl& operator=(const Impl&) = delete;
  // Sessions still queued in the io_context die with it, after the members below `ioc`.
  ~Impl() { tearing_down = true; }

  void Accept();
  void ResumeAccept();
  void BeginStop();
  void SessionStarted(const std::shared_ptr<Session>& session);
  void SessionEnded(Session* session);

  ServerOptions options;
  Handler handler;
  ImmediateHandler immediate;
  AccessLog access_log;
  std::atomic<size_t> queued{0};
  std::atomic<size_t> larger_bodies{0};  // requests reading a body beyond the usual limit
  std::atomic<bool> stopping{false};
  std::atomic<bool> tearing_down{false};
  std::atomic<size_t> open_sessions{0};
  std::atomic<bool> accept_paused{false};  // at max_connections; resumed when one closes
  int accept_failures = 0;                 // in a row; on the control strand
  // Declared before `ioc` so that they outlive the sessions the io_context destroys.
  std::mutex sessions_mutex;
  std::unordered_map<Session*, std::weak_ptr<Session>> sessions;
  asio::io_context ioc;
  // Accepting, pausing and stopping happen on this strand only.
  asio::strand<asio::io_context::executor_type> control;
  tcp::acceptor acceptor;
  asio::signal_set signals;
  asio::steady_timer drain_timer;
  asio::steady_timer accept_backoff;
  asio::thread_pool workers;
};

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket socket, Server::Impl& server) : stream_(std::move(socket)), server_(server) {
    beast::error_code ec;
    stream_.socket().set_option(tcp::no_delay(true), ec);
    const auto remote = stream_.socket().remote_endpoint(ec);
    if (!ec) client_ = remote.address().to_string();
  }
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;
  ~Session() {
    ReleaseLargerBody();
    server_.SessionEnded(this);
  }

  void Start() {
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->ReadHeader(); });
  }

  // From Server::Stop: idle connections close now, busy ones after their response.
  void Shutdown() {
    asio::dispatch(stream_.get_executor(), [self = shared_from_this()] {
      self->close_after_ = true;
      if (!self->busy_) self->Close();
    });
  }

 private:
  // Waits up to idle_timeout for the first byte of the next request; from then on the whole
  // request must arrive within read_timeout.
  void ReleaseLargerBody() {
    if (std::exchange(holds_larger_body_, false)) server_.larger_bodies.fetch_sub(1);
  }

  void ReadHeader() {
    ReleaseLargerBody();
    if (server_.stopping) return Close();
    busy_ = false;
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_.options.header_limit));
    // Beast checks a Content-Length against the limit as soon as the header is parsed, before
    // OnHeader could pick the path's own limit: allow the largest here, narrow it in OnHeader.
    size_t largest = server_.options.body_limit;
    for (const BodyLimit& larger : server_.options.larger_bodies) {
      largest = std::max(largest, larger.bytes);
    }
    parser_->body_limit(largest);
    body_limit_ = largest;
    if (buffer_.size() > 0) return ReadRestOfHeader();  // pipelined: it has begun already
    stream_.expires_after(server_.options.idle_timeout);
    stream_.async_read_some(buffer_.prepare(4096),
                            [self = shared_from_this()](beast::error_code ec, size_t n) {
                              if (ec) return self->OnReadError(ec);
                              self->buffer_.commit(n);
                              self->ReadRestOfHeader();
                            });
  }

  void ReadRestOfHeader() {
    busy_ = true;
    started_ = Clock::now();
    stream_.expires_after(server_.options.read_timeout);
    bhttp::async_read_header(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, size_t) { self->OnHeader(ec); });
  }

  void OnHeader(beast::error_code ec) {
    if (ec) return OnReadError(ec);
    const auto& header = parser_->get();
    body_limit_ = server_.options.body_limit;
    size_t allowance = body_limit_;
    for (const BodyLimit& larger : server_.options.larger_bodies) {
      if (larger.Matches(header.target())) allowance = larger.bytes;
    }
    const auto length = parser_->content_length();
    const bool needs_more = !length || *length > body_limit_;
    const bool credentials = header.find(bhttp::field::authorization) != header.end() ||
                             header.find(bhttp::field::cookie) != header.end();
    if (allowance > body_limit_ && needs_more && credentials) {
      // Large uploads hold their whole body in memory until the handler runs: a few at a time.
      if (server_.larger_bodies.fetch_add(1) >= server_.options.max_larger_bodies) {
        server_.larger_bodies.fetch_sub(1);
        return Reject(ErrorCode::kUnavailable,
                      {"Too many uploads at once; try again shortly.",
                       "Слишком много одновременных загрузок; повторите чуть позже."});
      }
      holds_larger_body_ = true;
      body_limit_ = allowance;
    }
    if (length && *length > body_limit_) return OnReadError(bhttp::error::body_limit);
    parser_->body_limit(body_limit_);  // a chunked body is counted as it comes
    if (beast::iequals(header[bhttp::field::expect], "100-continue")) {
      auto response =
          std::make_shared<bhttp::response<bhttp::empty_body>>(bhttp::status::continue_, 11);
      bhttp::async_write(stream_, *response,
                         [self = shared_from_this(), response](beast::error_code write_ec, size_t) {
                           if (write_ec) return self->Close();
                           self->ReadBody();
                         });
      return;
    }
    ReadBody();
  }

  void ReadBody() {
    bhttp::async_read(stream_, buffer_, *parser_,
                      [self = shared_from_this()](beast::error_code ec, size_t) {
                        if (ec) return self->OnReadError(ec);
                        self->Dispatch();
                      });
  }

  void OnReadError(beast::error_code ec) {
    if (ec == bhttp::error::body_limit) {
      return Reject(ErrorCode::kPayloadTooLarge,
                    {fmt::format("The request body is larger than {} bytes.", body_limit_),
                     fmt::format("Тело запроса больше {} байт.", body_limit_)});
    }
    if (ec == bhttp::error::header_limit) {
      return Reject(
          ErrorCode::kHeadersTooLarge,
          {fmt::format("The request headers are larger than {} bytes.",
                       server_.options.header_limit),
           fmt::format("Заголовки запроса больше {} байт.", server_.options.header_limit)});
    }
    // The peer went away or went silent: nobody to answer.
    const bool gone = ec == bhttp::error::end_of_stream || ec == bhttp::error::partial_message ||
                      ec == beast::error::timeout || ec == asio::error::operation_aborted ||
                      ec == asio::error::connection_reset || ec == asio::error::eof ||
                      ec == asio::error::broken_pipe;
    if (gone) return Close();
    Reject(ErrorCode::kBadRequest, {"Malformed HTTP request.", "Некорректный HTTP-запрос."});
  }

  // Answers an error the server found itself, then closes the connection.
  void Reject(ErrorCode code, Text detail) {
    request_ = Request{};
    request_.request_id = NewRequestId();
    request_.client_address = client_;
    if (parser_ && parser_->is_header_done()) FillRequestLine(parser_->get());
    close_after_ = true;
    Response response = ProblemResponse(Error{code, std::move(detail), {}, {}}, request_.lang,
                                        request_.request_id, request_.path);
    response.headers.Set("Cache-Control", "no-store");
    Write(std::move(response));
  }

  void FillRequestLine(const bhttp::request<bhttp::string_body>& message) {
    request_.method = ParseMethod(message.method_string());
    request_.target = std::string(message.target());
    const auto question = request_.target.find('?');
    request_.path = request_.target.substr(0, question);
    if (question != std::string::npos) request_.query = request_.target.substr(question + 1);
    for (const auto& field : message) {
      request_.headers.Add(std::string(field.name_string()), std::string(field.value()));
    }
    if (auto lang = request_.headers.Get("Accept-Language")) request_.lang = PreferredLang(*lang);
    if (auto id = request_.headers.Get("X-Request-Id"); id && SaneRequestId(*id)) {
      request_.request_id = std::string(*id);
    }
  }

  void Dispatch() {
    request_ = Request{};
    request_.request_id = NewRequestId();
    request_.client_address = client_;
    auto message = parser_->release();
    FillRequestLine(message);
    request_.body = std::move(message.body());
    keep_alive_ = message.keep_alive();
    if (auto decoded = PercentDecode(request_.path, false)) {
      request_.path = std::move(*decoded);
    } else {
      close_after_ = true;
      return Write(ProblemResponse(
          Error{ErrorCode::kBadRequest, {"Malformed path.", "Некорректный путь."}, {}, {}},
          request_));
    }
    if (server_.immediate) {
      if (auto answer = Invoke([this] { return server_.immediate(request_); })) {
        return Write(std::move(*answer));
      }
    }
    if (server_.queued.fetch_add(1) >= server_.options.max_queued) {
      server_.queued.fetch_sub(1);
      Response busy = ProblemResponse(Error{ErrorCode::kUnavailable,
                                            {"The server is overloaded; try again shortly.",
                                             "Сервер перегружен; повторите попытку чуть позже."},
                                            {},
                                            {}},
                                      request_);
      busy.headers.Set("Retry-After", "1");
      busy.headers.Set("Cache-Control", "no-store");
      return Write(std::move(busy));
    }
    asio::post(server_.workers, [self = shared_from_this()] {
      self->server_.queued.fetch_sub(1);
      Response response =
          *self->Invoke([&] { return std::optional(self->server_.handler(self->request_)); });
      asio::post(self->stream_.get_executor(), [self, response = std::move(response)]() mutable {
        self->Write(std::move(response));
      });
    });
  }

  // Runs a handler; an exception becomes a logged 500.
  template <class F>
  std::optional<Response> Invoke(F&& handler) {
    try {
      return handler();
    } catch (const std::exception& e) {
      log::Error("handler_exception", {{"request_id", request_.request_id}, {"what", e.what()}});
    } catch (...) {
      log::Error("handler_exception", {{"request_id", request_.request_id}});
    }
    return ProblemResponse(
        Error{ErrorCode::kInternal,
              {"The server could not complete the request.", "Сервер не смог выполнить запрос."},
              {},
              {}},
        request_);
  }

  void Write(Response response) {
    response_ = std::move(response);
    response_.headers.Set("X-Request-Id", request_.request_id);
    response_.headers.Set("X-Content-Type-Options", "nosniff");  // every response, whoever made it
    const bool keep = keep_alive_ && !close_after_ && !server_.stopping;
    stream_.expires_after(server_.options.write_timeout);
    if (!response_.body_file.empty()) return WriteFile(keep);
    if (request_.method == Method::kHead) {
      auto message = std::make_shared<bhttp::response<bhttp::empty_body>>();
      Fill(*message, keep);
      message->content_length(response_.body.size());
      return Send(message, keep);
    }
    auto message = std::make_shared<bhttp::response<bhttp::string_body>>();
    Fill(*message, keep);
    message->body() = std::move(response_.body);
    message->prepare_payload();
    Send(message, keep);
  }

  // Streams response_.body_file from disk in Beast's chunks. The file is unlinked as soon as it
  // is open: the open descriptor keeps it readable, and nothing is left behind whatever happens.
  void WriteFile(bool keep) {
    const std::string path = std::exchange(response_.body_file, {});
    beast::error_code ec;
    bhttp::file_body::value_type file;
    file.open(path.c_str(), beast::file_mode::scan, ec);
    std::remove(path.c_str());
    if (ec) {
      log::Error("response_file", {{"request_id", request_.request_id}, {"what", ec.message()}});
      close_after_ = true;
      return Write(ProblemResponse(
          Error{ErrorCode::kInternal,
                {"The server could not complete the request.", "Сервер не смог выполнить запрос."},
                {},
                {}},
          request_));
    }
    const auto size = file.size();
    if (request_.method == Method::kHead) {
      auto message = std::make_shared<bhttp::response<bhttp::empty_body>>();
      Fill(*message, keep);
      message->content_length(size);
      return Send(message, keep);
    }
    auto message = std::make_shared<bhttp::response<bhttp::file_body>>();
    Fill(*message, keep);
    message->body() = std::move(file);
    message->content_length(size);
    // The write timeout covers the whole body: allow a slow link about 1 MB/s beyond it.
    stream_.expires_after(server_.options.write_timeout + std::chrono::seconds(size >> 20));
    Send(message, keep);
  }

  template <class Message>
  void Fill(Message& message, bool keep) {
    message.version(11);
    message.result(static_cast<unsigned>(response_.status));
    for (const auto& [name, value] : response_.headers.fields()) message.set(name, value);
    message.keep_alive(keep);
  }

  template <class Message>
  void Send(const std::shared_ptr<Message>& message, bool keep) {
    bhttp::async_write(stream_, *message,
                       [self = shared_from_this(), message, keep](beast::error_code ec, size_t) {
                         self->OnWritten(ec, keep);
                       });
  }

  void OnWritten(beast::error_code ec, bool keep) {
    if (server_.access_log) {
      server_.access_log(
          request_, response_,
          std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started_));
    }
    if (ec) return Close();
    if (!keep) return LingeringClose();
    ReadHeader();
  }

  // Stops sending and reads whatever the client still sends for a moment before closing, so a
  // client that is still uploading sees the error response instead of a connection reset.
  void LingeringClose() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(std::chrono::seconds(2));
    Drain();
  }

  void Drain() {
    stream_.async_read_some(asio::buffer(drain_buffer_),
                            [self = shared_from_this()](beast::error_code ec, size_t) {
                              if (ec) return self->Close();
                              self->Drain();
                            });
  }

  void Close() {
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ignored);
    stream_.close();
  }

  beast::tcp_stream stream_;
  Server::Impl& server_;
  std::string client_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  Request request_;
  Response response_;
  std::array<char, 4096> drain_buffer_{};
  Clock::time_point started_;
  size_t body_limit_ = 0;
  bool holds_larger_body_ = false;  // counted in Server::Impl::larger_bodies
  bool busy_ = false;
  bool keep_alive_ = true;
  bool close_after_ = false;
};

void Server::Impl::Accept() {
  if (stopping) return;
  if (open_sessions >= options.max_connections) {
    accept_paused = true;  // SessionEnded resumes
    return;
  }
  acceptor.async_accept(asio::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
    if (ec == asio::error::operation_aborted || !acceptor.is_open()) return;
    if (ec) {
      // Out of descriptors or memory: wait instead of spinning, and say so once per episode.
      if (accept_failures++ == 0) log::Warn("accept_failed", {{"error", ec.message()}});
      accept_backoff.expires_after(std::chrono::milliseconds(100));
      accept_backoff.async_wait([this](beast::error_code wait_ec) {
        if (!wait_ec) Accept();
      });
      return;
    }
    accept_failures = 0;
    auto session = std::make_shared<Session>(std::move(socket), *this);
    SessionStarted(session);
    session->Start();
    Accept();
  });
}

void Server::Impl::ResumeAccept() {
  asio::post(control, [this] {
    if (accept_paused.exchange(false)) Accept();
  });
}

void Server::Impl::SessionStarted(const std::shared_ptr<Session>& session) {
  ++open_sessions;
  const std::lock_guard lock(sessions_mutex);
  sessions.emplace(session.get(), session);
  if (stopping) session->Shutdown();
}

void Server::Impl::SessionEnded(Session* session) {
  bool last = false;
  {
    const std::lock_guard lock(sessions_mutex);
    sessions.erase(session);
    last = sessions.empty();
  }
  --open_sessions;
  if (tearing_down) return;
  if (last && stopping) asio::post(control, [this] { drain_timer.cancel(); });
  if (accept_paused && !stopping) ResumeAccept();
}

void Server::Impl::BeginStop() {
  asio::post(control, [this] {
    if (stopping.exchange(true)) return;
    beast::error_code ignored;
    acceptor.close(ignored);
    accept_backoff.cancel();
    // Ends the pending wait (else Run() would wait on it forever when Stop() was called), and a
    // second SIGTERM or SIGINT while draining gets the default action: exit at once.
    signals.cancel(ignored);
    signals.clear(ignored);
    std::vector<std::shared_ptr<Session>> live;
    {
      const std::lock_guard lock(sessions_mutex);
      for (auto& [raw, weak] : sessions) {
        if (auto session = weak.lock()) live.push_back(std::move(session));
      }
    }
    for (auto& session : live) session->Shutdown();
    if (live.empty()) return;
    drain_timer.expires_after(options.drain_timeout);
    drain_timer.async_wait([this](beast::error_code ec) {
      if (ec == asio::error::operation_aborted) return;
      log::Warn("drain_timeout",
                {{"seconds", static_cast<int64_t>(options.drain_timeout.count())}});
      ioc.stop();
    });
  });
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Server::~Server() { impl_->workers.join(); }

Result<std::unique_ptr<Server>> Server::Listen(ServerOptions options, Handler handler,
                                               ImmediateHandler immediate, AccessLog access_log) {
  auto impl = std::make_unique<Impl>(std::move(options), std::move(handler), std::move(immediate),
                                     std::move(access_log));
  const auto& opts = impl->options;
  beast::error_code ec;
  const auto address = asio::ip::make_address(opts.host, ec);
  auto fail = [&](std::string_view what) {
    return Fail(ErrorCode::kUnavailable,
                {fmt::format("cannot listen on {}:{}: {}", opts.host, opts.port, what),
                 fmt::format("не удалось слушать {}:{}: {}", opts.host, opts.port, what)});
  };
  if (ec) return fail("not an IP address");
  const tcp::endpoint endpoint(address, opts.port);
  impl->acceptor.open(endpoint.protocol(), ec);
  if (!ec) impl->acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) impl->acceptor.bind(endpoint, ec);
  if (!ec) impl->acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) return fail(ec.message());
  if (opts.handle_signals) {
    // From here on, SIGTERM and SIGINT wait for Run() (asio queues them) instead of killing the
    // process: whoever sees the server listening may already send one.
    impl->signals.add(SIGINT, ec);
    if (!ec) impl->signals.add(SIGTERM, ec);
    if (ec) return fail(ec.message());
  }
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

uint16_t Server::port() const {
  beast::error_code ec;
  return impl_->acceptor.local_endpoint(ec).port();
}

void Server::Run() {
  Impl& impl = *impl_;
  if (impl.options.handle_signals) {
    impl.signals.async_wait([&impl](beast::error_code ec, int) {
      if (!ec) impl.BeginStop();
    });
  }
  asio::post(impl.control, [&impl] { impl.Accept(); });
  std::vector<std::thread> threads;
  for (int i = 1; i < impl.options.io_threads; ++i)
    threads.emplace_back([&impl] { impl.ioc.run(); });
  impl.ioc.run();
  for (auto& thread : threads) thread.join();
  impl.workers.join();
}

void Server::Stop() { impl_->BeginStop(); }

}  // namespace attache::http
