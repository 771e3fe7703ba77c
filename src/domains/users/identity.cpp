#include "domains/users/identity.hpp"

#include <algorithm>
#include <mutex>
#include <nlohmann/json.hpp>

#include "core/strings.hpp"
#include "domains/audit/store.hpp"
#include "domains/users/credentials.hpp"
#include "domains/users/queries.hpp"
#include "domains/users/rules.hpp"
#include "domains/users/store.hpp"

namespace attache::users {
namespace {

constexpr size_t kMaxRemembered = 10000;

const Text kSessionEnded{"Your session has ended; sign in again.",
                         "Сеанс завершён; войдите снова."};
const Text kBadToken{"The API token is not valid: unknown, expired or revoked.",
                     "API-токен недействителен: неизвестен, истёк или отозван."};
const Text kBadLogin{"Wrong e-mail or password.", "Неверный адрес электронной почты или пароль."};

access::Principal Rejected(const Text& why) {
  access::Principal anonymous;
  anonymous.rejected = why;
  return anonymous;
}

Error TooMany(std::chrono::seconds wait) {
  const auto seconds = std::max<int64_t>(1, wait.count());
  const auto minutes = (seconds + 59) / 60;
  Error error{ErrorCode::kTooManyRequests,
              {"Too many failed sign-ins. Try again in " + std::to_string(minutes) + " min.",
               "Слишком много неудачных попыток входа. Повторите через " +
                   std::to_string(minutes) + " мин."},
              {},
              {}};
  error.retry_after_seconds = static_cast<int>(seconds);
  return error;
}

// A credential's row (found by `select`) and the user it belongs to, read together.
template <class Row>
struct WithUser {
  std::optional<Row> credential;
  std::optional<User> user;
};

template <class Row, class Select>
Result<WithUser<Row>> ReadWithUser(db::Database& database, Select select) {
  return database.Read([&](db::Connection& conn) -> Result<WithUser<Row>> {
    WithUser<Row> out;
    auto credential = select(conn);
    if (!credential) return tl::unexpected(credential.error());
    out.credential = std::move(*credential);
    if (!out.credential) return out;
    auto user = SelectUser(conn, out.credential->user_id);
    if (!user) return tl::unexpected(user.error());
    out.user = std::move(*user);
    return out;
  });
}

// One bookkeeping statement (last seen, failure counts) in its own transaction.
Status Bookkeep(db::Database& database, std::string_view sql,
                std::initializer_list<db::Param> params) {
  return database.WriteBookkeeping([&](db::Connection& conn) -> Status {
    auto done = conn.Execute(sql, params);
    if (!done) return tl::unexpected(done.error());
    return {};
  });
}

}  // namespace

access::Principal PrincipalFor(const User& user) {
  access::Principal principal;
  principal.role = user.fields.role;
  principal.user_id = user.id;
  principal.email = user.fields.email;
  principal.display_name = user.fields.display_name;
  principal.lang = user.fields.lang;
  principal.countries = user.fields.countries;
  std::sort(principal.countries.begin(), principal.countries.end());
  principal.company_id = user.fields.company_id;
  principal.region = user.fields.region;
  principal.must_change_password = user.must_change_password;
  return principal;
}

Identity::Identity(db::Database& database, Clock clock, std::function<uint64_t()> generation,
                   SessionOptions sessions, ThrottleOptions throttle)
    : database_(database),
      clock_(std::move(clock)),
      generation_(std::move(generation)),
      sessions_(sessions),
      throttle_(throttle) {}

std::chrono::milliseconds Identity::touch_interval() const {
  return std::min<std::chrono::milliseconds>(std::chrono::milliseconds(sessions_.idle) / 4,
                                             std::chrono::seconds(60));
}

Identity::Credentials Identity::CredentialsOf(const http::Request& request) {
  if (auto authorization = request.headers.Get("Authorization")) {
    const std::string_view value = Trim(*authorization);
    if (value.size() > 7 && EqualsIgnoreCase(value.substr(0, 7), "bearer ")) {
      return {access::AuthMethod::kToken, std::string(Trim(value.substr(7)))};
    }
    return {access::AuthMethod::kToken, ""};  // another scheme: a bad token
  }
  if (auto cookie = http::CookieValue(request, kSessionCookie); cookie && !cookie->empty()) {
    return {access::AuthMethod::kSession, std::string(*cookie)};
  }
  return {};
}

std::optional<access::Principal> Identity::AuthenticateFromMemory(const http::Request& request) {
  const Credentials credentials = CredentialsOf(request);
  if (credentials.method == access::AuthMethod::kNone) return access::Principal{};
  if (credentials.secret.empty()) return std::nullopt;
  const std::string hash = HashSecret(credentials.secret);
  const uint64_t generation = generation_();
  const auto now = std::chrono::steady_clock::now();
  const TimePoint wall = clock_();
  const std::shared_lock lock(mutex_);
  const auto found = remembered_.find(hash);
  if (found == remembered_.end()) return std::nullopt;
  const Remembered& entry = found->second;
  if (entry.generation != generation || now >= entry.fresh_until || wall >= entry.ends_at) {
    return std::nullopt;
  }
  return entry.principal;
}

Result<access::Principal> Identity::Authenticate(const http::Request& request) {
  if (auto known = AuthenticateFromMemory(request)) return std::move(*known);
  const Credentials credentials = CredentialsOf(request);
  if (credentials.method == access::AuthMethod::kNone) return access::Principal{};
  if (credentials.secret.empty()) return Rejected(kBadToken);
  const std::string hash = HashSecret(credentials.secret);
  return credentials.method == access::AuthMethod::kSession ? LoadSession(credentials.secret, hash)
                                                            : LoadToken(hash);
}

Result<access::Principal> Identity::LoadSession(const std::string& secret,
                                                const std::string& hash) {
  // Read first: a write that lands meanwhile leaves what is remembered stale, never served.
  const uint64_t generation = generation_();
  const TimePoint now = clock_();
  auto loaded = ReadWithUser<SessionRow>(
      database_, [&](db::Connection& conn) { return SelectSession(conn, hash); });
  if (!loaded) return tl::unexpected(loaded.error());
  if (!loaded->credential || !loaded->user || loaded->credential->ended_at ||
      !loaded->user->active) {
    return Rejected(kSessionEnded);
  }
  const SessionRow& session = *loaded->credential;
  const auto last_seen = ParseTimestamp(session.last_seen_at);
  const auto expires = ParseTimestamp(session.expires_at);
  if (!last_seen || !expires || now >= *expires || now >= *last_seen + sessions_.idle) {
    return Rejected(kSessionEnded);
  }
  if (now - *last_seen >= touch_interval()) {
    const std::string at = FormatTimestamp(now);
    if (auto touched = Bookkeep(database_, kTouchSession, {session.id, std::string_view(at)});
        !touched) {
      return tl::unexpected(touched.error());
    }
  }
  access::Principal principal = PrincipalFor(*loaded->user);
  principal.method = access::AuthMethod::kSession;
  principal.credential_id = session.id;
  principal.expires_at = session.expires_at;
  principal.csrf_token = CsrfToken(secret);
  Remember(hash, principal, generation, std::min(*expires, now + sessions_.idle));
  return principal;
}

Result<access::Principal> Identity::LoadToken(const std::string& hash) {
  const uint64_t generation = generation_();
  const TimePoint now = clock_();
  auto loaded = ReadWithUser<TokenRow>(
      database_, [&](db::Connection& conn) { return SelectTokenByHash(conn, hash); });
  if (!loaded) return tl::unexpected(loaded.error());
  if (!loaded->credential || !loaded->user || loaded->credential->revoked_at ||
      !loaded->user->active) {
    return Rejected(kBadToken);
  }
  const TokenRow& token = *loaded->credential;
  const auto expires = ParseTimestamp(token.expires_at);
  if (!expires || now >= *expires) return Rejected(kBadToken);
  const std::string at = FormatTimestamp(now);
  if (auto touched = Bookkeep(database_, kTouchToken, {token.id, std::string_view(at)});
      !touched) {
    return tl::unexpected(touched.error());
  }
  access::Principal principal = PrincipalFor(*loaded->user);
  principal.method = access::AuthMethod::kToken;
  principal.credential_id = token.id;
  principal.expires_at = token.expires_at;
  principal.token_permissions = token.permissions;
  // A token cannot answer a forced password change; its user must sign in for that.
  Remember(hash, principal, generation, *expires);
  return principal;
}

void Identity::Remember(const std::string& hash, const access::Principal& principal,
                        uint64_t generation, TimePoint ends_at) {
  const auto fresh_until = std::chrono::steady_clock::now() + touch_interval();
  const std::unique_lock lock(mutex_);
  if (remembered_.size() >= kMaxRemembered) remembered_.clear();
  remembered_[hash] = Remembered{principal, generation, fresh_until, ends_at};
}

Status Identity::Admit(std::string_view email_key, std::string_view address, TimePoint now) {
  const std::string since = FormatTimestamp(now - throttle_.window);
  const std::string at = FormatTimestamp(now);
  // Checking and counting in one transaction: attempts sent at once cannot all pass the check
  // before any of them is counted. The attempt counts as a failure until it succeeds.
  return database_.WriteBookkeeping([&](db::Connection& conn) -> Status {
    // Serialises admissions across instances for the few milliseconds of this transaction
    // (SQLite's write lock already does).
    if (auto locked = db::LockAcrossInstances(conn); !locked) return locked;
    std::chrono::seconds longest{0};
    const auto check = [&](std::string_view count_sql, std::string_view nth_sql,
                           std::string_view key, int limit) -> Status {
      auto count = conn.QueryInt(count_sql, {key, std::string_view(since)});
      if (!count) return tl::unexpected(count.error());
      if (*count < limit) return {};
      std::optional<TimePoint> oldest;
      auto read = conn.Query(nth_sql, {key, std::string_view(since), int64_t{limit - 1}},
                             [&](const db::Row& row) { oldest = ParseTimestamp(row.Text(0)); });
      if (!read) return tl::unexpected(read.error());
      if (oldest) {
        longest = std::max(longest, std::chrono::ceil<std::chrono::seconds>(
                                        *oldest + throttle_.window - now));
      }
      return {};
    };
    if (auto ok = check(kCountAccountFailures, kNthAccountFailure, email_key,
                        throttle_.per_account);
        !ok) {
      return ok;
    }
    if (auto ok = check(kCountAddressFailures, kNthAddressFailure, address, throttle_.per_address);
        !ok) {
      return ok;
    }
    if (longest.count() > 0) return tl::unexpected(TooMany(longest));
    auto counted = conn.Execute(kInsertFailure, {std::string_view(at), email_key, address});
    if (!counted) return tl::unexpected(counted.error());
    return {};
  });
}

Status Identity::RecordFailure(std::string_view email, std::optional<int64_t> user_id,
                               std::string_view reason, const Actor& actor) {
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Status {
    Actor who = actor;
    who.user_id = user_id;
    return audit::Record(conn, who, now,
                         {"user", user_id ? std::to_string(*user_id) : "", "login_failed",
                          {{"email", email}, {"reason", reason}}});
  });
}

Result<SignedIn> Identity::Login(std::string_view email, std::string_view password,
                                 std::string_view user_agent, const Actor& actor) {
  const TimePoint now = clock_();
  const std::string key = EmailKey(email);
  if (auto admitted = Admit(key, actor.client_address, now); !admitted) {
    return tl::unexpected(admitted.error());
  }
  struct Account {
    std::optional<User> user;
    std::string hash;
  };
  auto account = database_.Read([&](db::Connection& conn) -> Result<Account> {
    Account out;
    auto user = SelectUserByEmail(conn, email);
    if (!user) return tl::unexpected(user.error());
    out.user = std::move(*user);
    if (!out.user) return out;
    auto hash = SelectPasswordHash(conn, out.user->id);
    if (!hash) return tl::unexpected(hash.error());
    out.hash = std::move(*hash);
    return out;
  });
  if (!account) return tl::unexpected(account.error());
  // The slow hash runs outside any transaction, and for unknown e-mails too.
  if (!account->user) {
    VerifyAgainstDecoy(password);
    if (auto recorded = RecordFailure(email, std::nullopt, "unknown_email", actor); !recorded) {
      return tl::unexpected(recorded.error());
    }
    return Fail(ErrorCode::kUnauthenticated, kBadLogin);
  }
  User& user = *account->user;
  const bool verified = VerifyPassword(account->hash, password);
  if (!verified || !user.active) {
    if (auto recorded =
            RecordFailure(email, user.id, verified ? "disabled" : "wrong_password", actor);
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    return Fail(ErrorCode::kUnauthenticated, kBadLogin);
  }
  std::optional<std::string> rehashed;
  if (NeedsRehash(account->hash)) {
    if (auto hash = HashPassword(password)) rehashed = std::move(*hash);
  }
  SignedIn signed_in;
  signed_in.secret = NewSecret();
  const std::string token_hash = HashSecret(signed_in.secret);
  const TimePoint done = clock_();
  const std::string at = FormatTimestamp(done);
  const std::string expires = FormatTimestamp(done + sessions_.lifetime);
  const std::string purge_before = FormatTimestamp(done - std::chrono::hours(24));
  // User-Agent is ASCII by its grammar; anything else is dropped rather than stored as
  // bytes PostgreSQL would refuse as text.
  std::string agent;
  for (const char c : user_agent.substr(0, 500)) {
    if (c >= ' ' && c <= '~') agent += c;
  }
  auto session_id = database_.Write([&](db::Connection& conn) -> Result<int64_t> {
    for (const auto& [sql, params] :
         std::initializer_list<std::pair<std::string_view, std::vector<db::Param>>>{
             {kClearAccountFailures, {std::string_view(key)}},
             {kPurgeFailures, {std::string_view(purge_before)}},
             {kPurgeSessions, {std::string_view(purge_before)}},
             {kSetLastLogin, {user.id, std::string_view(at)}}}) {
      auto done_ok = conn.Execute(sql, params);
      if (!done_ok) return tl::unexpected(done_ok.error());
    }
    if (rehashed) {
      auto changed = conn.Execute(kRehashPassword, {user.id, std::string_view(*rehashed)});
      if (!changed) return tl::unexpected(changed.error());
    }
    auto id = conn.QueryInt(kInsertSession,
                            {std::string_view(token_hash), user.id, std::string_view(at),
                             std::string_view(expires), actor.client_address,
                             std::string_view(agent)});
    if (!id) return id;
    Actor who = actor;
    who.user_id = user.id;
    auto recorded = audit::Record(conn, who, done,
                                  {"user", std::to_string(user.id), "login", {{"session", *id}}});
    if (!recorded) return tl::unexpected(recorded.error());
    return id;
  });
  if (!session_id) return tl::unexpected(session_id.error());
  user.last_login_at = at;
  signed_in.principal = PrincipalFor(user);
  signed_in.principal.method = access::AuthMethod::kSession;
  signed_in.principal.credential_id = *session_id;
  signed_in.principal.expires_at = expires;
  signed_in.principal.csrf_token = CsrfToken(signed_in.secret);
  signed_in.user = std::move(user);
  return signed_in;
}

Status Identity::Logout(const access::Principal& principal, const Actor& actor) {
  if (principal.method != access::AuthMethod::kSession || !principal.user_id) return {};
  const TimePoint now = clock_();
  const std::string at = FormatTimestamp(now);
  auto ended = database_.Write([&](db::Connection& conn) -> Status {
    auto changed = conn.Execute(kEndSession, {principal.credential_id, std::string_view(at)});
    if (!changed) return tl::unexpected(changed.error());
    return audit::Record(conn, actor, now,
                         {"user", std::to_string(*principal.user_id), "logout",
                          {{"session", principal.credential_id}}});
  });
  if (!ended) return ended;
  // This instance forgets at once; the others when the change feed tells them.
  const std::unique_lock lock(mutex_);
  std::erase_if(remembered_, [&](const auto& entry) {
    return entry.second.principal.method == access::AuthMethod::kSession &&
           entry.second.principal.credential_id == principal.credential_id;
  });
  return {};
}

Status Identity::ChangePassword(const access::Principal& principal, std::string_view current,
                                std::string_view next, const Actor& actor) {
  if (!principal.user_id) return Fail(ErrorCode::kUnauthenticated, kSessionEnded);
  const int64_t user_id = *principal.user_id;
  // Guessing the current password with a stolen session is throttled like signing in.
  const std::string email_key = EmailKey(principal.email);
  if (auto admitted = Admit(email_key, actor.client_address, clock_()); !admitted) {
    return admitted;
  }
  std::vector<FieldError> errors = CheckPassword(next, principal.email, "/new_password");
  auto hash = database_.Read([&](db::Connection& conn) { return SelectPasswordHash(conn, user_id); });
  if (!hash) return tl::unexpected(hash.error());
  if (!VerifyPassword(*hash, current)) {
    if (auto recorded = RecordFailure(principal.email, user_id, "wrong_current_password", actor);
        !recorded) {
      return recorded;
    }
    errors.insert(errors.begin(), FieldError{"/current_password", "",
                                             {"The current password is wrong.",
                                              "Текущий пароль указан неверно."}});
  } else {
    if (current == next) {
      errors.push_back({"/new_password", "", {"Must differ from the current password.",
                                              "Должен отличаться от текущего."}});
    }
    if (!errors.empty()) {
      // The right current password is no failed attempt, whatever is wrong with the new one.
      if (auto cleared = Bookkeep(database_, kClearAccountFailures, {std::string_view(email_key)});
          !cleared) {
        return cleared;
      }
    }
  }
  if (!errors.empty()) return FailValidation(std::move(errors));
  auto new_hash = HashPassword(next);
  if (!new_hash) return tl::unexpected(new_hash.error());
  const TimePoint now = clock_();
  const std::string at = FormatTimestamp(now);
  return database_.Write([&](db::Connection& conn) -> Status {
    if (auto set = SetPassword(conn, user_id, *new_hash, false, at); !set) return set;
    auto cleared = conn.Execute(kClearAccountFailures, {std::string_view(email_key)});
    if (!cleared) return tl::unexpected(cleared.error());
    const int64_t keep =
        principal.method == access::AuthMethod::kSession ? principal.credential_id : 0;
    auto ended = conn.Execute(kEndOtherSessions, {user_id, std::string_view(at), keep});
    if (!ended) return tl::unexpected(ended.error());
    return audit::Record(conn, actor, now,
                         {"user", std::to_string(user_id), "password_change",
                          {{"other_sessions_ended", *ended}}});
  });
}

}  // namespace attache::users
