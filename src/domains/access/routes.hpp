// Guarded routes: every API route declares the permission it needs, and this registrar
// authenticates the caller, refuses what the policy table does not allow (default deny), checks
// the CSRF token of cookie sessions and the forced password change, and only then calls the
// handler with the principal. Public routes with a budget refuse a client address that spent it
// (429). Cached list routes are answered per principal view, from memory when both the session
// and the answer are known. The declared routes are kept for
// `attache policy` and the authorization tests.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "domains/access/model.hpp"
#include "platform/http/rate_limiter.hpp"
#include "platform/http/response_cache.hpp"
#include "platform/http/router.hpp"

namespace attache::access {

// Finds out who sends a request. Thread-safe.
class Authenticator {
 public:
  virtual ~Authenticator() = default;
  // The caller: anonymous without credentials, or with rejected ones (Principal::rejected).
  // Fails only when the database cannot be asked.
  virtual Result<Principal> Authenticate(const http::Request& request) = 0;
  // The same from memory only; nullopt when the database would have to be asked.
  virtual std::optional<Principal> AuthenticateFromMemory(const http::Request& request) = 0;
};

using GuardedHandler = std::function<http::Response(http::Request&, const Principal&)>;

struct RouteSpec {
  http::Method method;
  std::string pattern;
  Permission permission;
  bool cached = false;  // a read-mostly list kept by the response cache
  // The per-address budget of a public route: every request, answered from the cache or not,
  // spends one token.
  http::RateLimiter* budget = nullptr;
  // Of a cached route: the answer depends on who asks, not only on the role and scope
  // (`assignee=me`).
  bool per_user = false;
  // Of a cached route: the answer depends on the clock too (overdue flags), so a kept answer
  // serves at most this many seconds; 0 for answers that change only with the data.
  int fresh_seconds = 0;
};

// Why a principal may not use a route, if it may not: 401, 403 or 403 password change.
std::optional<Error> Refusal(const http::Request& request, const Principal& principal,
                             Permission permission);

// Who makes the request, for the audit trail.
Actor ActorOf(const http::Request& request, const Principal& principal);

// What a cached answer may depend on: the role and the scope of the caller.
std::string ViewKey(const Principal& principal);
// The cache variant of a route's answer: the view, the user when `spec.per_user`, and the
// period of `spec.fresh_seconds` that `now` falls in.
std::string VariantKey(const RouteSpec& spec, const Principal& principal,
                       std::chrono::system_clock::time_point now);

class Routes {
 public:
  Routes(http::Router& router, Authenticator& authenticator, http::ResponseCache& cache)
      : router_(router), authenticator_(authenticator), cache_(cache) {}

  void Add(RouteSpec spec, GuardedHandler handler);
  const std::vector<RouteSpec>& specs() const { return specs_; }

 private:
  http::Router& router_;
  Authenticator& authenticator_;
  http::ResponseCache& cache_;
  std::vector<RouteSpec> specs_;
};

}  // namespace attache::access
