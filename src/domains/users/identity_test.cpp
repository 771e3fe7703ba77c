// Identity on both databases: signing in and its throttling, sessions by cookie and their idle
// and absolute ends, signing out, password changes, disabled users and API bearer tokens.
// The clock is the test's; so is the generation that tells Identity to forget what it remembers.
#include "domains/users/identity.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "domains/countries/service.hpp"
#include "domains/users/credentials.hpp"
#include "domains/users/service.hpp"
#include "support/temp_database.hpp"

namespace attache::users {
namespace {

using access::AuthMethod;
using access::Permission;
using access::Principal;
using access::Role;
using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::seconds;
using testing::BackendTest;

const TimePoint kStart =
    std::chrono::sys_days{std::chrono::year{2026} / 3 / 2} + std::chrono::hours(9);
constexpr std::string_view kPassword = "tea-kettle-2026";
constexpr std::string_view kEnded = "Your session has ended; sign in again.";
constexpr std::string_view kBadToken = "The API token is not valid: unknown, expired or revoked.";
constexpr std::string_view kBadLogin = "Wrong e-mail or password.";
constexpr Permission kCountryRead{access::Resource::kCountry, access::Action::kRead};
constexpr Permission kAuditRead{access::Resource::kAudit, access::Action::kRead};

class IdentityTest : public BackendTest {
 protected:
  IdentityTest() : BackendTest(testing::Open::kMigrated) {}

  void SetUp() override {
    BackendTest::SetUp();
    if (!db_) return;
    ASSERT_TRUE(InitCrypto());
    service_ = std::make_unique<Service>(*db_, clock_);
    identity_ = std::make_unique<Identity>(*db_, clock_, generation_function_);
  }

  User Create(const std::string& email, Role role, std::vector<std::string> countries = {}) {
    UserFields fields;
    fields.email = email;
    fields.display_name = "Test " + email;
    fields.role = role;
    fields.countries = std::move(countries);
    auto created = service_->CreateUser(fields, std::string(kPassword), admin_actor_);
    EXPECT_TRUE(created) << (created ? "" : created.error().detail.en + created.error().internal);
    ++generation_;
    return created ? created->user : User{};
  }

  Result<SignedIn> Login(const std::string& email, std::string_view password,
                         const std::string& address = "192.0.2.10") {
    return identity_->Login(email, password, "unit-test", Actor{std::nullopt, "req", address});
  }

  // What a session of the user would carry.
  Result<Principal> PrincipalOf(int64_t user_id) {
    auto user = service_->GetUser(user_id);
    if (!user) return tl::unexpected(user.error());
    return PrincipalFor(*user);
  }

  SignedIn MustLogin(const std::string& email, std::string_view password = kPassword) {
    auto signed_in = Login(email, password);
    EXPECT_TRUE(signed_in) << (signed_in
                                   ? ""
                                   : signed_in.error().detail.en + signed_in.error().internal);
    return signed_in ? std::move(*signed_in) : SignedIn{};
  }

  static http::Request WithCookie(const std::string& cookie) {
    http::Request request;
    request.path = request.target = "/api/v1/me";
    request.headers.Add("Cookie", cookie);
    return request;
  }
  static http::Request WithAuthorization(const std::string& authorization) {
    http::Request request;
    request.path = request.target = "/api/v1/me";
    request.headers.Add("Authorization", authorization);
    return request;
  }

  // The principal of a request carrying this session secret; fails the test on a database error.
  Principal BySession(const std::string& secret) {
    return Authenticated(WithCookie(std::string(kSessionCookie) + "=" + secret));
  }
  Principal ByToken(const std::string& secret) {
    return Authenticated(WithAuthorization("Bearer " + secret));
  }
  Principal Authenticated(const http::Request& request, Identity* identity = nullptr) {
    auto principal = (identity ? identity : identity_.get())->Authenticate(request);
    EXPECT_TRUE(principal) << (principal ? "" : principal.error().internal);
    return principal ? std::move(*principal) : Principal{};
  }

  int64_t Count(const std::string& sql) {
    auto count = db_->Read([&](db::Connection& conn) { return conn.QueryInt(sql, {}); });
    EXPECT_TRUE(count) << sql;
    return count.value_or(-1);
  }

  // The diffs of the audit rows with this action, oldest first.
  std::vector<nlohmann::json> AuditDiffs(const std::string& action) {
    std::vector<nlohmann::json> diffs;
    auto read = db_->Read([&](db::Connection& conn) -> Status {
      return conn.Query(
          "SELECT diff FROM audit_log WHERE action = $1 ORDER BY id", {std::string_view(action)},
          [&](const db::Row& row) { diffs.push_back(nlohmann::json::parse(row.Text(0))); });
    });
    EXPECT_TRUE(read);
    return diffs;
  }

  TimePoint now_ = kStart;
  uint64_t generation_ = 1;
  Clock clock_ = [this] { return now_; };
  std::function<uint64_t()> generation_function_ = [this] { return generation_; };
  Actor admin_actor_{std::nullopt, "setup", "local"};
  std::unique_ptr<Service> service_;
  std::unique_ptr<Identity> identity_;
};

TEST_P(IdentityTest, LoginReturnsThePrincipalOfTheUser) {
  countries::Service countries(*db_, clock_);
  ASSERT_TRUE(countries.SyncReference(admin_actor_));
  const User user = Create("nguyen@example.org", Role::kAttache, {"VN", "KZ"});

  const SignedIn signed_in = MustLogin("Nguyen@Example.org");
  const Principal& principal = signed_in.principal;
  EXPECT_EQ(principal.role, Role::kAttache);
  EXPECT_EQ(principal.user_id, user.id);
  EXPECT_EQ(principal.email, "nguyen@example.org");
  EXPECT_EQ(principal.display_name, "Test nguyen@example.org");
  EXPECT_EQ(principal.countries, (std::vector<std::string>{"KZ", "VN"}));
  EXPECT_EQ(principal.method, AuthMethod::kSession);
  EXPECT_GT(principal.credential_id, 0);
  EXPECT_EQ(principal.expires_at, FormatTimestamp(kStart + hours(12)));
  EXPECT_EQ(principal.csrf_token, CsrfToken(signed_in.secret));
  EXPECT_FALSE(principal.must_change_password);
  EXPECT_FALSE(principal.token_permissions.has_value());
  EXPECT_EQ(signed_in.secret.size(), 43u);
  EXPECT_EQ(signed_in.user.last_login_at, FormatTimestamp(kStart));

  EXPECT_EQ(Count("SELECT COUNT(*) FROM sessions WHERE ended_at IS NULL"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM sessions WHERE token_hash = '" +
                  HashSecret(signed_in.secret) + "'"),
            1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'login' AND user_id = " +
                  std::to_string(user.id)),
            1);
}

TEST_P(IdentityTest, AnyUserAgentIsStoredAsText) {
  Create("agent@example.org", Role::kViewer);
  const std::string cut_mid_letter = std::string(499, 'a') + "ж";
  for (const std::string& agent : {cut_mid_letter, std::string("agent \xff\xfe"),
                                   std::string("tab\tand\x01" "control")}) {
    auto signed_in = identity_->Login("agent@example.org", kPassword, agent,
                                      Actor{std::nullopt, "req", "192.0.2.9"});
    ASSERT_TRUE(signed_in) << signed_in.error().internal;
  }
  EXPECT_EQ(Count("SELECT COUNT(*) FROM sessions WHERE user_agent = '" + std::string(499, 'a') +
                  "'"),
            1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM sessions WHERE user_agent = 'agent '"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM sessions WHERE user_agent = 'tabandcontrol'"), 1);
}

TEST_P(IdentityTest, WrongPasswordIsUnauthenticatedAndAudited) {
  const User user = Create("ivanov@example.org", Role::kViewer);
  auto wrong = Login("ivanov@example.org", "tea-kettle-2025");
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(wrong.error().detail.en, kBadLogin);

  auto unknown = Login("nobody@example.org", kPassword);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(unknown.error().detail.en, kBadLogin);

  EXPECT_EQ(Count("SELECT COUNT(*) FROM sessions"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM login_failures"), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'login_failed' AND "
                  "entity = 'user' AND entity_id = '" +
                  std::to_string(user.id) + "' AND user_id = " + std::to_string(user.id) +
                  " AND client_addr = '192.0.2.10'"),
            1);
  const auto diffs = AuditDiffs("login_failed");
  ASSERT_EQ(diffs.size(), 2u);
  EXPECT_EQ(diffs[0]["reason"], "wrong_password");
  EXPECT_EQ(diffs[0]["email"], "ivanov@example.org");
  EXPECT_EQ(diffs[1]["reason"], "unknown_email");
  EXPECT_EQ(diffs[1]["email"], "nobody@example.org");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'login_failed' AND "
                  "entity_id = '' AND user_id IS NULL"),
            1);
}

TEST_P(IdentityTest, FiveFailuresLockTheAccountForFifteenMinutes) {
  Create("ivanov@example.org", Role::kViewer);
  for (int i = 0; i < 5; ++i) {
    auto wrong = Login("ivanov@example.org", "tea-kettle-2025");
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, ErrorCode::kUnauthenticated) << i;
    now_ += seconds(1);
  }
  // Five seconds after the first failure: it expires in 895 s; the right password waits too.
  auto locked = Login("IVANOV@example.org", kPassword);
  ASSERT_FALSE(locked);
  EXPECT_EQ(locked.error().code, ErrorCode::kTooManyRequests);
  EXPECT_EQ(locked.error().retry_after_seconds, 895);
  EXPECT_EQ(locked.error().detail.en, "Too many failed sign-ins. Try again in 15 min.");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM sessions"), 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM login_failures"), 5);  // a refusal is not a failure

  // Another account from the same address is not affected.
  Create("petrova@example.org", Role::kViewer);
  MustLogin("petrova@example.org");

  now_ += minutes(15);
  const SignedIn signed_in = MustLogin("ivanov@example.org");
  EXPECT_EQ(signed_in.principal.email, "ivanov@example.org");
}

TEST_P(IdentityTest, SuccessfulLoginClearsTheAccountsFailures) {
  Create("ivanov@example.org", Role::kViewer);
  for (int i = 0; i < 4; ++i) ASSERT_FALSE(Login("ivanov@example.org", "tea-kettle-2025"));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM login_failures"), 4);
  MustLogin("ivanov@example.org");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM login_failures"), 0);
  // Four more would make eight within the window, were the first four still counted.
  for (int i = 0; i < 4; ++i) ASSERT_FALSE(Login("ivanov@example.org", "tea-kettle-2025"));
  MustLogin("ivanov@example.org");
}

TEST_P(IdentityTest, TwentyFailuresFromOneAddressThrottleItForEveryEmail) {
  for (int account = 0; account < 5; ++account) {
    const std::string email = "guess" + std::to_string(account) + "@example.org";
    for (int i = 0; i < 4; ++i) {
      auto wrong = Login(email, kPassword, "198.51.100.7");
      ASSERT_FALSE(wrong);
      EXPECT_EQ(wrong.error().code, ErrorCode::kUnauthenticated) << email;
    }
  }
  auto sixth = Login("guess5@example.org", kPassword, "198.51.100.7");
  ASSERT_FALSE(sixth);
  EXPECT_EQ(sixth.error().code, ErrorCode::kTooManyRequests);
  EXPECT_EQ(sixth.error().retry_after_seconds, 900);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM login_failures"), 20);

  // The same e-mail from elsewhere is only a wrong guess.
  auto elsewhere = Login("guess5@example.org", kPassword, "198.51.100.8");
  ASSERT_FALSE(elsewhere);
  EXPECT_EQ(elsewhere.error().code, ErrorCode::kUnauthenticated);
}

TEST_P(IdentityTest, SessionCookieAuthenticates) {
  const User user = Create("ivanov@example.org", Role::kAnalyst);
  const SignedIn signed_in = MustLogin("ivanov@example.org");
  EXPECT_EQ(identity_->AuthenticateFromMemory(
                WithCookie(std::string(kSessionCookie) + "=" + signed_in.secret)),
            std::nullopt);

  const Principal principal =
      Authenticated(WithCookie("theme=dark; attache_session=" + signed_in.secret + "; lang=ru"));
  EXPECT_EQ(principal.user_id, user.id);
  EXPECT_EQ(principal.role, Role::kAnalyst);
  EXPECT_EQ(principal.method, AuthMethod::kSession);
  EXPECT_EQ(principal.credential_id, signed_in.principal.credential_id);
  EXPECT_EQ(principal.csrf_token, CsrfToken(signed_in.secret));
  EXPECT_EQ(principal.expires_at, signed_in.principal.expires_at);
  EXPECT_FALSE(principal.rejected.has_value());

  const auto remembered = identity_->AuthenticateFromMemory(
      WithCookie(std::string(kSessionCookie) + "=" + signed_in.secret));
  ASSERT_TRUE(remembered.has_value());
  EXPECT_EQ(remembered->user_id, user.id);
  EXPECT_EQ(remembered->csrf_token, principal.csrf_token);
}

TEST_P(IdentityTest, UnknownOrMissingCredentialsGiveAnAnonymousCaller) {
  const Principal unknown = BySession(NewSecret());
  EXPECT_FALSE(unknown.signed_in());
  ASSERT_TRUE(unknown.rejected.has_value());
  EXPECT_EQ(unknown.rejected->en, kEnded);

  http::Request bare;
  bare.path = bare.target = "/api/v1/me";
  const Principal nobody = Authenticated(bare);
  EXPECT_FALSE(nobody.signed_in());
  EXPECT_FALSE(nobody.rejected.has_value());
  EXPECT_EQ(nobody.method, AuthMethod::kNone);

  // An empty cookie is no cookie; another Authorization scheme is a bad token.
  EXPECT_FALSE(Authenticated(WithCookie("attache_session=")).rejected.has_value());
  const Principal basic = Authenticated(WithAuthorization("Basic aXZhbm92OnNlY3JldA=="));
  ASSERT_TRUE(basic.rejected.has_value());
  EXPECT_EQ(basic.rejected->en, kBadToken);
  const Principal token = ByToken("att_" + NewSecret());
  ASSERT_TRUE(token.rejected.has_value());
  EXPECT_EQ(token.rejected->en, kBadToken);
}

TEST_P(IdentityTest, IdleSessionEnds) {
  Create("ivanov@example.org", Role::kViewer);
  const SignedIn signed_in = MustLogin("ivanov@example.org");
  ASSERT_TRUE(BySession(signed_in.secret).signed_in());

  // Activity keeps it alive past an hour from the sign-in... (each step moves the generation,
  // so that the session row is read, and touched, every time rather than remembered)
  for (int i = 0; i < 3; ++i) {
    now_ += minutes(50);
    ++generation_;
    ASSERT_TRUE(BySession(signed_in.secret).signed_in()) << FormatTimestamp(now_);
  }

  // ...and an hour without any ends it, from memory or not.
  now_ += hours(1);
  EXPECT_FALSE(BySession(signed_in.secret).signed_in());
  ++generation_;
  const Principal idle = BySession(signed_in.secret);
  EXPECT_FALSE(idle.signed_in());
  ASSERT_TRUE(idle.rejected.has_value());
  EXPECT_EQ(idle.rejected->en, kEnded);
}

TEST_P(IdentityTest, SessionEndsAtItsLifetimeWhateverTheActivity) {
  Identity identity(*db_, clock_, generation_function_, {hours(1), hours(2)});
  Create("ivanov@example.org", Role::kViewer);
  auto signed_in = identity.Login("ivanov@example.org", kPassword, "unit-test",
                                  Actor{std::nullopt, "req", "192.0.2.10"});
  ASSERT_TRUE(signed_in);
  EXPECT_EQ(signed_in->principal.expires_at, FormatTimestamp(kStart + hours(2)));
  const http::Request request = WithCookie(std::string(kSessionCookie) + "=" + signed_in->secret);
  for (const auto step : {minutes(40), minutes(40), minutes(39)}) {
    now_ += step;
    ++generation_;
    ASSERT_TRUE(Authenticated(request, &identity).signed_in()) << FormatTimestamp(now_);
  }
  now_ += minutes(1);  // two hours after the sign-in, one minute after the last request
  ++generation_;
  const Principal ended = Authenticated(request, &identity);
  EXPECT_FALSE(ended.signed_in());
  ASSERT_TRUE(ended.rejected.has_value());
  EXPECT_EQ(ended.rejected->en, kEnded);
}

TEST_P(IdentityTest, LogoutEndsTheSession) {
  const User user = Create("ivanov@example.org", Role::kViewer);
  const SignedIn signed_in = MustLogin("ivanov@example.org");
  const SignedIn other = MustLogin("ivanov@example.org");
  const Principal principal = BySession(signed_in.secret);
  ASSERT_TRUE(principal.signed_in());
  ASSERT_TRUE(BySession(other.secret).signed_in());

  ASSERT_TRUE(identity_->Logout(principal, Actor{user.id, "req", "192.0.2.10"}));
  // Forgotten at once, without waiting for the generation to move.
  const Principal after = BySession(signed_in.secret);
  EXPECT_FALSE(after.signed_in());
  ASSERT_TRUE(after.rejected.has_value());
  EXPECT_EQ(after.rejected->en, kEnded);
  EXPECT_TRUE(BySession(other.secret).signed_in());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM sessions WHERE ended_at IS NOT NULL"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'logout'"), 1);

  // A token principal has no session to end.
  Principal token = principal;
  token.method = AuthMethod::kToken;
  ASSERT_TRUE(identity_->Logout(token, Actor{user.id, "req", "192.0.2.10"}));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'logout'"), 1);
}

TEST_P(IdentityTest, ChangePasswordChecksTheCurrentOne) {
  const User user = Create("ivanov@example.org", Role::kViewer);
  const SignedIn signed_in = MustLogin("ivanov@example.org");
  const Actor actor{user.id, "req", "192.0.2.10"};

  auto wrong =
      identity_->ChangePassword(signed_in.principal, "tea-kettle-2025", "coffee-pot-2027", actor);
  ASSERT_FALSE(wrong);
  EXPECT_EQ(wrong.error().code, ErrorCode::kValidation);
  ASSERT_EQ(wrong.error().fields.size(), 1u);
  EXPECT_EQ(wrong.error().fields[0].pointer, "/current_password");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM login_failures"), 1);

  auto weak = identity_->ChangePassword(signed_in.principal, kPassword, "short", actor);
  ASSERT_FALSE(weak);
  EXPECT_EQ(weak.error().code, ErrorCode::kValidation);
  ASSERT_EQ(weak.error().fields.size(), 1u);
  EXPECT_EQ(weak.error().fields[0].pointer, "/new_password");

  auto same = identity_->ChangePassword(signed_in.principal, kPassword, kPassword, actor);
  ASSERT_FALSE(same);
  ASSERT_EQ(same.error().fields.size(), 1u);
  EXPECT_EQ(same.error().fields[0].pointer, "/new_password");
  EXPECT_EQ(same.error().fields[0].message.en, "Must differ from the current password.");

  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'password_change'"), 0);
  MustLogin("ivanov@example.org");  // the password is unchanged
}

TEST_P(IdentityTest, GuessingTheCurrentPasswordIsThrottled) {
  const User user = Create("guess@example.org", Role::kViewer);
  const SignedIn signed_in = MustLogin("guess@example.org");
  const Actor actor{user.id, "req", "192.0.2.11"};
  for (int i = 0; i < 5; ++i) {
    auto wrong = identity_->ChangePassword(signed_in.principal, "not-the-password-" +
                                           std::to_string(i), "coffee-pot-2027", actor);
    ASSERT_FALSE(wrong);
    EXPECT_EQ(wrong.error().code, ErrorCode::kValidation);
  }
  // Even the right one now waits, as signing in does.
  auto right = identity_->ChangePassword(signed_in.principal, kPassword, "coffee-pot-2027", actor);
  ASSERT_FALSE(right);
  EXPECT_EQ(right.error().code, ErrorCode::kTooManyRequests);
  EXPECT_GT(right.error().retry_after_seconds, 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'password_change'"), 0);
}

TEST_P(IdentityTest, ChangePasswordEndsTheOtherSessionsOnly) {
  const User user = Create("ivanov@example.org", Role::kViewer);
  const SignedIn current = MustLogin("ivanov@example.org");
  const SignedIn other = MustLogin("ivanov@example.org");
  ASSERT_TRUE(BySession(current.secret).signed_in());
  ASSERT_TRUE(BySession(other.secret).signed_in());

  ASSERT_TRUE(identity_->ChangePassword(current.principal, kPassword, "coffee-pot-2027",
                                        Actor{user.id, "req", "192.0.2.10"}));
  ++generation_;
  EXPECT_TRUE(BySession(current.secret).signed_in());
  const Principal ended = BySession(other.secret);
  EXPECT_FALSE(ended.signed_in());
  ASSERT_TRUE(ended.rejected.has_value());
  EXPECT_EQ(ended.rejected->en, kEnded);
  const auto diffs = AuditDiffs("password_change");
  ASSERT_EQ(diffs.size(), 1u);
  EXPECT_EQ(diffs[0]["other_sessions_ended"], 1);

  auto old_password = Login("ivanov@example.org", kPassword);
  ASSERT_FALSE(old_password);
  EXPECT_EQ(old_password.error().code, ErrorCode::kUnauthenticated);
  MustLogin("ivanov@example.org", "coffee-pot-2027");
}

TEST_P(IdentityTest, DisabledUserCannotSignInAndItsSessionsEnd) {
  const User admin = Create("admin@example.org", Role::kAdmin);
  const User user = Create("ivanov@example.org", Role::kViewer);
  const SignedIn signed_in = MustLogin("ivanov@example.org");
  ASSERT_TRUE(BySession(signed_in.secret).signed_in());

  auto by = PrincipalOf(admin.id);
  ASSERT_TRUE(by);
  UserPatch patch;
  patch.active = false;
  auto disabled =
      service_->PatchUser(user.id, user.version, patch, *by, Actor{admin.id, "req", "local"});
  ASSERT_TRUE(disabled) << disabled.error().detail.en;
  EXPECT_FALSE(disabled->active);
  ++generation_;

  const Principal ended = BySession(signed_in.secret);
  EXPECT_FALSE(ended.signed_in());
  ASSERT_TRUE(ended.rejected.has_value());
  EXPECT_EQ(ended.rejected->en, kEnded);

  auto login = Login("ivanov@example.org", kPassword);
  ASSERT_FALSE(login);
  EXPECT_EQ(login.error().code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(login.error().detail.en, kBadLogin);  // not told apart from a wrong password
  const auto diffs = AuditDiffs("login_failed");
  ASSERT_EQ(diffs.size(), 1u);
  EXPECT_EQ(diffs[0]["reason"], "disabled");
}

TEST_P(IdentityTest, DisabledUsersSessionIsRejectedEvenIfTheRowWereNotEnded) {
  // The user row alone decides: a session the disabling missed is refused too.
  const User admin = Create("admin@example.org", Role::kAdmin);
  const User user = Create("ivanov@example.org", Role::kViewer);
  const SignedIn signed_in = MustLogin("ivanov@example.org");
  auto by = PrincipalOf(admin.id);
  ASSERT_TRUE(by);
  UserPatch patch;
  patch.active = false;
  ASSERT_TRUE(service_->PatchUser(user.id, user.version, patch, *by, admin_actor_));
  auto reopened = db_->Write(
      [](db::Connection& conn) { return conn.Execute("UPDATE sessions SET ended_at = NULL", {}); });
  ASSERT_TRUE(reopened);
  ++generation_;
  EXPECT_FALSE(BySession(signed_in.secret).signed_in());
}

TEST_P(IdentityTest, BearerTokenCarriesItsPermissions) {
  const User user = Create("analyst@example.org", Role::kAnalyst);
  auto owner = PrincipalOf(user.id);
  ASSERT_TRUE(owner);
  auto created = service_->CreateToken(
      *owner, {"reports", {kCountryRead, kAuditRead}, ToDate(now_ + std::chrono::days(30))},
      Actor{user.id, "req", "192.0.2.10"});
  ASSERT_TRUE(created) << created.error().detail.en;
  ++generation_;
  EXPECT_TRUE(created->secret.starts_with("att_"));

  const Principal principal = ByToken(created->secret);
  EXPECT_EQ(principal.user_id, user.id);
  EXPECT_EQ(principal.role, Role::kAnalyst);
  EXPECT_EQ(principal.method, AuthMethod::kToken);
  EXPECT_EQ(principal.credential_id, created->token.id);
  EXPECT_TRUE(principal.csrf_token.empty());
  ASSERT_TRUE(principal.token_permissions.has_value());
  EXPECT_EQ(*principal.token_permissions, (std::vector<Permission>{kCountryRead, kAuditRead}));
  EXPECT_EQ(principal.expires_at, FormatTimestamp(StartOf(ToDate(kStart + std::chrono::days(31)))));

  // The scheme is case-insensitive and blanks around the secret do not matter.
  EXPECT_TRUE(Authenticated(WithAuthorization("bearer  " + created->secret + " ")).signed_in());
  // The Authorization header wins over a session cookie.
  http::Request both = WithAuthorization("Bearer " + created->secret);
  both.headers.Add("Cookie", "attache_session=" + NewSecret());
  EXPECT_EQ(Authenticated(both).method, AuthMethod::kToken);
}

TEST_P(IdentityTest, RevokedTokenIsRejected) {
  const User user = Create("analyst@example.org", Role::kAnalyst);
  auto owner = PrincipalOf(user.id);
  ASSERT_TRUE(owner);
  const Actor actor{user.id, "req", "192.0.2.10"};
  auto created = service_->CreateToken(
      *owner, {"reports", {kCountryRead}, ToDate(now_ + std::chrono::days(30))}, actor);
  ASSERT_TRUE(created);
  ++generation_;
  ASSERT_TRUE(ByToken(created->secret).signed_in());

  ASSERT_TRUE(service_->RevokeToken(*owner, created->token.id, actor));
  ++generation_;
  const Principal revoked = ByToken(created->secret);
  EXPECT_FALSE(revoked.signed_in());
  ASSERT_TRUE(revoked.rejected.has_value());
  EXPECT_EQ(revoked.rejected->en, kBadToken);
}

TEST_P(IdentityTest, ExpiredTokenIsRejected) {
  const User user = Create("analyst@example.org", Role::kAnalyst);
  auto owner = PrincipalOf(user.id);
  ASSERT_TRUE(owner);
  // Valid through today: until midnight, fifteen hours after kStart.
  auto created = service_->CreateToken(*owner, {"today", {kCountryRead}, ToDate(now_)},
                                       Actor{user.id, "req", "192.0.2.10"});
  ASSERT_TRUE(created);
  ++generation_;
  ASSERT_TRUE(ByToken(created->secret).signed_in());
  now_ += hours(14) + minutes(59);
  ASSERT_TRUE(ByToken(created->secret).signed_in());

  now_ += minutes(1);
  const Principal expired = ByToken(created->secret);
  EXPECT_FALSE(expired.signed_in());
  ASSERT_TRUE(expired.rejected.has_value());
  EXPECT_EQ(expired.rejected->en, kBadToken);
}

TEST_P(IdentityTest, TokensOfADisabledUserAreRejected) {
  const User admin = Create("admin@example.org", Role::kAdmin);
  const User user = Create("analyst@example.org", Role::kAnalyst);
  auto owner = PrincipalOf(user.id);
  ASSERT_TRUE(owner);
  auto created = service_->CreateToken(
      *owner, {"reports", {kCountryRead}, ToDate(now_ + std::chrono::days(30))}, admin_actor_);
  ASSERT_TRUE(created);
  ++generation_;
  ASSERT_TRUE(ByToken(created->secret).signed_in());

  auto by = PrincipalOf(admin.id);
  ASSERT_TRUE(by);
  UserPatch patch;
  patch.active = false;
  ASSERT_TRUE(service_->PatchUser(user.id, user.version, patch, *by, admin_actor_));
  ++generation_;
  const Principal rejected = ByToken(created->secret);
  EXPECT_FALSE(rejected.signed_in());
  ASSERT_TRUE(rejected.rejected.has_value());
  EXPECT_EQ(rejected.rejected->en, kBadToken);
}

INSTANTIATE_TEST_SUITE_P(Backends, IdentityTest, testing::kBackends, testing::BackendName);

}  // namespace
}  // namespace attache::users
