#include "domains/access/routes.hpp"

#include <sodium.h>

#include "domains/access/policy.hpp"
#include "platform/http/problem.hpp"

namespace attache::access {
namespace {

bool Unsafe(http::Method method) {
  return method != http::Method::kGet && method != http::Method::kHead &&
         method != http::Method::kOptions;
}

bool SameSecret(std::string_view a, std::string_view b) {
  return a.size() == b.size() && !a.empty() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

Error Refuse(ErrorCode code, Text detail) { return Error{code, std::move(detail), {}, {}}; }

// 429 when the client address has spent its budget on the route.
std::optional<http::Response> OverBudget(http::RateLimiter* budget, const http::Request& request) {
  if (!budget) return std::nullopt;
  const int wait = budget->Take(request.client_address);
  if (wait == 0) return std::nullopt;
  Error error = Refuse(ErrorCode::kTooManyRequests,
                       {"Too many requests from your address; try again shortly.",
                        "Слишком много запросов с вашего адреса; повторите чуть позже."});
  error.retry_after_seconds = wait;
  return http::ProblemResponse(error, request);
}

}  // namespace

std::optional<Error> Refusal(const http::Request& request, const Principal& principal,
                             Permission permission) {
  const Scope scope = ScopeOf(principal, permission);
  if (!principal.signed_in()) {
    if (scope != Scope::kNone) return std::nullopt;
    if (principal.rejected) return Refuse(ErrorCode::kUnauthenticated, *principal.rejected);
    return Refuse(ErrorCode::kUnauthenticated, {"Sign in first.", "Сначала войдите в систему."});
  }
  // Signing in again is how a session is replaced; it needs nothing of the old one.
  const bool signing_in = permission == Permission{Resource::kSession, Action::kCreate};
  if (principal.method == AuthMethod::kSession && Unsafe(request.method) && !signing_in) {
    const auto sent = request.headers.Get("X-CSRF-Token");
    if (!sent || !SameSecret(*sent, principal.csrf_token)) {
      return Refuse(ErrorCode::kForbidden,
                    {"The X-CSRF-Token header is missing or does not match the session.",
                     "Заголовок X-CSRF-Token отсутствует или не соответствует сеансу."});
    }
  }
  if (principal.must_change_password && permission.resource != Resource::kProfile &&
      permission.resource != Resource::kSession) {
    return Refuse(ErrorCode::kPasswordChangeRequired,
                  {"Change the one-time password first.", "Сначала смените одноразовый пароль."});
  }
  if (scope == Scope::kNone) {
    if (principal.token_permissions && ScopeOf(principal.role, permission) != Scope::kNone) {
      return Refuse(ErrorCode::kForbidden,
                    {"This API token does not carry the permission " + ToString(permission) + ".",
                     "У этого API-токена нет права " + ToString(permission) + "."});
    }
    return Refuse(ErrorCode::kForbidden,
                  {"Your role does not allow this.", "Ваша роль этого не позволяет."});
  }
  return std::nullopt;
}

Actor ActorOf(const http::Request& request, const Principal& principal) {
  return Actor{principal.user_id, request.request_id, request.client_address};
}

std::string ViewKey(const Principal& principal) {
  std::string key(ToString(principal.role));
  for (const std::string& country : principal.countries) key += "," + country;
  if (principal.company_id) key += ",c" + std::to_string(*principal.company_id);
  if (principal.region) key += ",r" + *principal.region;
  return key;
}

std::string VariantKey(const RouteSpec& spec, const Principal& principal,
                       std::chrono::system_clock::time_point now) {
  std::string key = ViewKey(principal);
  if (spec.per_user) key += ",u" + std::to_string(principal.user_id.value_or(0));
  if (spec.fresh_seconds > 0) {
    const auto seconds =
        std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    key += ",t" + std::to_string(seconds / spec.fresh_seconds);
  }
  return key;
}

void Routes::Add(RouteSpec spec, GuardedHandler handler) {
  const Permission permission = spec.permission;
  const bool cached = spec.cached;
  http::RateLimiter* const budget = spec.budget;
  const RouteSpec keying = spec;
  const auto variant = [keying](const Principal& principal) {
    return VariantKey(keying, principal, std::chrono::system_clock::now());
  };
  auto guarded = [this, permission, cached, budget, handler, variant](http::Request& request) {
    auto principal = authenticator_.Authenticate(request);
    if (!principal) return http::ProblemResponse(principal.error(), request);
    if (auto refused = Refusal(request, *principal, permission)) {
      return http::ProblemResponse(*refused, request);
    }
    if (auto refused = OverBudget(budget, request)) return std::move(*refused);
    if (!cached) return handler(request, *principal);
    return cache_.Serve(request, variant(*principal), [&] { return handler(request, *principal); });
  };
  http::QuickHandler quick;
  if (cached) {
    quick = [this, permission, budget,
             variant](http::Request& request) -> std::optional<http::Response> {
      auto principal = authenticator_.AuthenticateFromMemory(request);
      if (!principal) return std::nullopt;
      if (auto refused = Refusal(request, *principal, permission)) {
        return http::ProblemResponse(*refused, request);
      }
      auto hit = cache_.Lookup(request, variant(*principal));
      // A miss goes on to the guarded handler, which spends the budget itself.
      if (!hit) return std::nullopt;
      if (auto refused = OverBudget(budget, request)) return std::move(*refused);
      return hit;
    };
  }
  router_.Add(spec.method, spec.pattern, std::move(guarded), std::move(quick));
  specs_.push_back(std::move(spec));
}

}  // namespace attache::access
