// Signing in and out, and finding out who sends a request: session cookies and API bearer
// tokens, looked up by the hash of their secret in the database (so any instance serves any
// session) and remembered for a short while in memory. A remembered caller is dropped as soon as
// any instance writes anything (the change feed's generation moves: revocations, role changes),
// or after a few seconds, whichever comes first. Sign-ins are throttled per account and per
// address, with the state in the database. Thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "core/strings.hpp"
#include "core/time.hpp"
#include "domains/access/routes.hpp"
#include "domains/users/model.hpp"
#include "platform/db/database.hpp"

namespace attache::users {

inline constexpr std::string_view kSessionCookie = "attache_session";

struct SignedIn {
  std::string secret;  // the cookie's value
  access::Principal principal;
  User user;
};

class Identity : public access::Authenticator {
 public:
  Identity(db::Database& database, Clock clock, std::function<uint64_t()> generation,
           SessionOptions sessions = {}, ThrottleOptions throttle = {});

  Result<access::Principal> Authenticate(const http::Request& request) override;
  std::optional<access::Principal> AuthenticateFromMemory(const http::Request& request) override;

  // kUnauthenticated for a wrong e-mail or password or a disabled account (the same message for
  // all three), kTooManyRequests (with retry_after_seconds) when throttled.
  Result<SignedIn> Login(std::string_view email, std::string_view password,
                         std::string_view user_agent, const Actor& actor);
  // Ends the caller's session (for a token: nothing to end).
  Status Logout(const access::Principal& principal, const Actor& actor);
  // Checks the current password, sets the new one, and ends the user's other sessions.
  Status ChangePassword(const access::Principal& principal, std::string_view current,
                        std::string_view next, const Actor& actor);

  const SessionOptions& session_options() const { return sessions_; }

 private:
  struct Credentials {
    access::AuthMethod method = access::AuthMethod::kNone;
    std::string secret;
  };
  struct Remembered {
    access::Principal principal;
    uint64_t generation = 0;
    std::chrono::steady_clock::time_point fresh_until;
    TimePoint ends_at;  // the earlier of the idle and the absolute deadline
  };

  static Credentials CredentialsOf(const http::Request& request);
  Result<access::Principal> LoadSession(const std::string& secret, const std::string& hash);
  Result<access::Principal> LoadToken(const std::string& hash);
  // kTooManyRequests when the account or the address failed too often; otherwise counts this
  // attempt as a failure until it succeeds (success clears the account's failures).
  Status Admit(std::string_view email_key, std::string_view address, TimePoint now);
  Status RecordFailure(std::string_view email, std::optional<int64_t> user_id,
                       std::string_view reason, const Actor& actor);
  std::chrono::milliseconds touch_interval() const;
  void Remember(const std::string& hash, const access::Principal& principal, uint64_t generation,
                TimePoint ends_at);

  db::Database& database_;
  Clock clock_;
  std::function<uint64_t()> generation_;
  const SessionOptions sessions_;
  const ThrottleOptions throttle_;

  mutable std::shared_mutex mutex_;
  std::unordered_map<std::string, Remembered, StringHash, std::equal_to<>> remembered_;
};

// The principal of a user row (without credentials).
access::Principal PrincipalFor(const User& user);

}  // namespace attache::users
