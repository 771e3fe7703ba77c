// Guarded routes: why a principal is refused (Refusal), what a cached answer is keyed by
// (ViewKey), and Routes::Add over a real router and response cache with a fixed authenticator.
#include "domains/access/routes.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace attache::access {
namespace {

constexpr Permission kCountryRead{Resource::kCountry, Action::kRead};
constexpr Permission kCountryUpdate{Resource::kCountry, Action::kUpdate};
constexpr Permission kAttacheUpdate{Resource::kAttache, Action::kUpdate};
constexpr Permission kUserRead{Resource::kUser, Action::kRead};
constexpr Permission kProfileRead{Resource::kProfile, Action::kRead};
constexpr Permission kProfileUpdate{Resource::kProfile, Action::kUpdate};
constexpr Permission kSessionCreate{Resource::kSession, Action::kCreate};
constexpr Permission kSessionDelete{Resource::kSession, Action::kDelete};

constexpr std::string_view kCsrf = "Zm9vYmFyLWNzcmYtdG9rZW4tb2YtdGhlLXNlc3Npb24";

http::Request MakeRequest(http::Method method, const std::string& target,
                          std::optional<std::string> csrf = std::nullopt) {
  http::Request request;
  request.method = method;
  request.target = target;
  const auto question = target.find('?');
  request.path = target.substr(0, question);
  if (question != std::string::npos) request.query = target.substr(question + 1);
  if (csrf) request.headers.Add("X-CSRF-Token", std::move(*csrf));
  return request;
}

Principal SignedIn(Role role, int64_t user_id = 1) {
  Principal principal;
  principal.role = role;
  principal.user_id = user_id;
  principal.email = "user" + std::to_string(user_id) + "@example.org";
  return principal;
}

Principal Session(Role role) {
  Principal principal = SignedIn(role);
  principal.method = AuthMethod::kSession;
  principal.credential_id = 11;
  principal.csrf_token = std::string(kCsrf);
  return principal;
}

Principal Token(Role role, std::vector<Permission> permissions) {
  Principal principal = SignedIn(role);
  principal.method = AuthMethod::kToken;
  principal.credential_id = 12;
  principal.token_permissions = std::move(permissions);
  return principal;
}

std::optional<ErrorCode> CodeOf(const std::optional<Error>& refusal) {
  if (!refusal) return std::nullopt;
  return refusal->code;
}

TEST(Refusal, AnonymousCallerMustSignIn) {
  const auto refusal = Refusal(MakeRequest(http::Method::kGet, "/"), Principal{}, kCountryRead);
  ASSERT_TRUE(refusal.has_value());
  EXPECT_EQ(refusal->code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(refusal->detail.en, "Sign in first.");
  EXPECT_EQ(refusal->detail.ru, "Сначала войдите в систему.");
}

TEST(Refusal, AnonymousCallerWithRejectedCredentialsLearnsWhy) {
  Principal rejected;
  rejected.rejected = Text{"Your session has ended; sign in again.", "Сеанс завершён."};
  const auto refusal = Refusal(MakeRequest(http::Method::kPost, "/"), rejected, kCountryUpdate);
  ASSERT_TRUE(refusal.has_value());
  EXPECT_EQ(refusal->code, ErrorCode::kUnauthenticated);
  EXPECT_EQ(refusal->detail.en, "Your session has ended; sign in again.");
  EXPECT_EQ(refusal->detail.ru, "Сеанс завершён.");
}

TEST(Refusal, AnonymousCallerMaySignIn) {
  EXPECT_EQ(Refusal(MakeRequest(http::Method::kPost, "/"), Principal{}, kSessionCreate),
            std::nullopt);
  Principal rejected;
  rejected.rejected = Text{"gone", "нет"};
  EXPECT_EQ(Refusal(MakeRequest(http::Method::kPost, "/"), rejected, kSessionCreate), std::nullopt);
}

TEST(Refusal, SignedInCallerWithoutThePermissionIsForbidden) {
  const http::Request get = MakeRequest(http::Method::kGet, "/");
  const auto refusal = Refusal(get, SignedIn(Role::kViewer), kUserRead);
  ASSERT_TRUE(refusal.has_value());
  EXPECT_EQ(refusal->code, ErrorCode::kForbidden);
  EXPECT_EQ(refusal->detail.en, "Your role does not allow this.");
  EXPECT_EQ(CodeOf(Refusal(get, SignedIn(Role::kAnalyst), kUserRead)), ErrorCode::kForbidden);
  EXPECT_EQ(CodeOf(Refusal(get, SignedIn(Role::kAttache), kCountryUpdate)), ErrorCode::kForbidden);
  EXPECT_EQ(Refusal(get, SignedIn(Role::kAdmin), kUserRead), std::nullopt);
  EXPECT_EQ(Refusal(get, SignedIn(Role::kViewer), kCountryRead), std::nullopt);
}

TEST(Refusal, TokenWithoutThePermissionIsForbiddenAndSaysWhich) {
  const Principal token = Token(Role::kAdmin, {kCountryRead});
  const http::Request post = MakeRequest(http::Method::kPost, "/");
  const auto refusal = Refusal(post, token, kCountryUpdate);
  ASSERT_TRUE(refusal.has_value());
  EXPECT_EQ(refusal->code, ErrorCode::kForbidden);
  EXPECT_EQ(refusal->detail.en, "This API token does not carry the permission country.update.");
  EXPECT_EQ(Refusal(MakeRequest(http::Method::kGet, "/"), token, kCountryRead), std::nullopt);
  // A permission the role lacks anyway is refused for the role, whatever the token lists.
  const auto viewer = Refusal(post, Token(Role::kViewer, {kAttacheUpdate}), kAttacheUpdate);
  ASSERT_TRUE(viewer.has_value());
  EXPECT_EQ(viewer->code, ErrorCode::kForbidden);
  EXPECT_EQ(viewer->detail.en, "Your role does not allow this.");
}

TEST(Refusal, CookieSessionWritesNeedTheCsrfToken) {
  const Principal session = Session(Role::kAdmin);
  for (const http::Method method :
       {http::Method::kPost, http::Method::kPut, http::Method::kPatch, http::Method::kDelete}) {
    const auto missing = Refusal(MakeRequest(method, "/"), session, kCountryUpdate);
    ASSERT_TRUE(missing.has_value()) << http::ToString(method);
    EXPECT_EQ(missing->code, ErrorCode::kForbidden);
    EXPECT_EQ(missing->detail.en,
              "The X-CSRF-Token header is missing or does not match the session.");
    EXPECT_EQ(CodeOf(Refusal(MakeRequest(method, "/", "wrong"), session, kCountryUpdate)),
              ErrorCode::kForbidden)
        << http::ToString(method);
    EXPECT_EQ(Refusal(MakeRequest(method, "/", std::string(kCsrf)), session, kCountryUpdate),
              std::nullopt)
        << http::ToString(method);
  }
  // Close is not enough: a prefix, a longer value, another case, an empty header.
  const std::string csrf(kCsrf);
  for (const std::string& near : {csrf.substr(0, csrf.size() - 1), csrf + "A",
                                  std::string("zm9vYmFy") + csrf.substr(8), std::string()}) {
    EXPECT_EQ(CodeOf(Refusal(MakeRequest(http::Method::kPost, "/", near), session, kCountryUpdate)),
              ErrorCode::kForbidden)
        << near;
  }
}

TEST(Refusal, SafeMethodsNeedNoCsrfToken) {
  const Principal session = Session(Role::kViewer);
  for (const http::Method method :
       {http::Method::kGet, http::Method::kHead, http::Method::kOptions}) {
    EXPECT_EQ(Refusal(MakeRequest(method, "/"), session, kCountryRead), std::nullopt)
        << http::ToString(method);
  }
}

TEST(Refusal, SessionWithoutACsrfTokenMatchesNoHeader) {
  Principal session = Session(Role::kAdmin);
  session.csrf_token.clear();
  EXPECT_EQ(CodeOf(Refusal(MakeRequest(http::Method::kPost, "/", ""), session, kCountryUpdate)),
            ErrorCode::kForbidden);
}

TEST(Refusal, TokenCallersNeedNoCsrfToken) {
  const Principal token = Token(Role::kAdmin, {kCountryUpdate});
  EXPECT_EQ(Refusal(MakeRequest(http::Method::kPost, "/"), token, kCountryUpdate), std::nullopt);
  EXPECT_EQ(Refusal(MakeRequest(http::Method::kDelete, "/"), token, kCountryUpdate), std::nullopt);
}

TEST(Refusal, SigningInNeedsNoCsrfToken) {
  EXPECT_EQ(Refusal(MakeRequest(http::Method::kPost, "/"), Session(Role::kViewer), kSessionCreate),
            std::nullopt);
  // Signing out is a write of the session like any other.
  EXPECT_EQ(CodeOf(Refusal(MakeRequest(http::Method::kPost, "/"), Session(Role::kViewer),
                           kSessionDelete)),
            ErrorCode::kForbidden);
}

TEST(Refusal, ForcedPasswordChangeAllowsOnlyProfileAndSession) {
  Principal session = Session(Role::kAdmin);
  session.must_change_password = true;
  const http::Request get = MakeRequest(http::Method::kGet, "/");
  const http::Request post = MakeRequest(http::Method::kPost, "/", std::string(kCsrf));
  const auto refusal = Refusal(get, session, kCountryRead);
  ASSERT_TRUE(refusal.has_value());
  EXPECT_EQ(refusal->code, ErrorCode::kPasswordChangeRequired);
  EXPECT_EQ(refusal->detail.en, "Change the one-time password first.");
  EXPECT_EQ(CodeOf(Refusal(post, session, kCountryUpdate)), ErrorCode::kPasswordChangeRequired);
  EXPECT_EQ(CodeOf(Refusal(get, session, kUserRead)), ErrorCode::kPasswordChangeRequired);

  EXPECT_EQ(Refusal(get, session, kProfileRead), std::nullopt);
  EXPECT_EQ(Refusal(post, session, kProfileUpdate), std::nullopt);
  EXPECT_EQ(Refusal(post, session, kSessionCreate), std::nullopt);
  EXPECT_EQ(Refusal(post, session, kSessionDelete), std::nullopt);
}

TEST(Routes, ViewKeySeparatesWhatCallersMaySee) {
  Principal admin = SignedIn(Role::kAdmin, 1);
  Principal other_admin = SignedIn(Role::kAdmin, 2);
  other_admin.display_name = "Second";
  other_admin.method = AuthMethod::kToken;
  EXPECT_EQ(ViewKey(admin), ViewKey(other_admin));

  EXPECT_NE(ViewKey(admin), ViewKey(SignedIn(Role::kAnalyst)));
  EXPECT_NE(ViewKey(SignedIn(Role::kViewer)), ViewKey(Principal{}));

  Principal vietnam = SignedIn(Role::kAttache, 3);
  vietnam.countries = {"VN"};
  Principal turkey = SignedIn(Role::kAttache, 4);
  turkey.countries = {"TR"};
  Principal both = SignedIn(Role::kAttache, 5);
  both.countries = {"TR", "VN"};
  Principal also_vietnam = SignedIn(Role::kAttache, 6);
  also_vietnam.countries = {"VN"};
  EXPECT_NE(ViewKey(vietnam), ViewKey(turkey));
  EXPECT_NE(ViewKey(vietnam), ViewKey(both));
  EXPECT_EQ(ViewKey(vietnam), ViewKey(also_vietnam));

  Principal company_one = SignedIn(Role::kCompany);
  company_one.company_id = 1;
  Principal company_two = SignedIn(Role::kCompany);
  company_two.company_id = 2;
  EXPECT_NE(ViewKey(company_one), ViewKey(company_two));

  Principal tatarstan = SignedIn(Role::kRegion);
  tatarstan.region = "RU-TA";
  Principal bashkortostan = SignedIn(Role::kRegion);
  bashkortostan.region = "RU-BA";
  EXPECT_NE(ViewKey(tatarstan), ViewKey(bashkortostan));
}

// Says whoever it is told to, and counts how often it is asked.
class FixedAuthenticator : public Authenticator {
 public:
  Result<Principal> Authenticate(const http::Request&) override {
    ++asked;
    if (failure) return tl::unexpected(*failure);
    return principal;
  }
  std::optional<Principal> AuthenticateFromMemory(const http::Request&) override {
    if (!remembered) return std::nullopt;
    return principal;
  }

  Principal principal;
  bool remembered = true;
  std::optional<Error> failure;
  int asked = 0;
};

class RoutesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    routes_.Add({http::Method::kGet, "/api/v1/users", kUserRead},
                [this](http::Request&, const Principal& principal) {
                  ++user_calls_;
                  seen_ = principal;
                  return http::JsonResponse(200, R"({"users":[]})");
                });
    routes_.Add({http::Method::kPatch, "/api/v1/countries/{iso2}", kCountryUpdate},
                [this](http::Request& request, const Principal&) {
                  ++update_calls_;
                  return http::JsonResponse(
                      200, "{\"iso2\":\"" + std::string(request.PathParam("iso2")) + "\"}");
                });
    routes_.Add({http::Method::kGet, "/api/v1/countries", kCountryRead, true},
                [this](http::Request&, const Principal& principal) {
                  ++list_calls_;
                  return http::JsonResponse(200, "{\"view\":\"" + ViewKey(principal) +
                                                     "\",\"call\":" + std::to_string(list_calls_) +
                                                     "}");
                });
  }

  http::Response Send(http::Method method, const std::string& target,
                      std::optional<std::string> csrf = std::nullopt) {
    http::Request request = MakeRequest(method, target, std::move(csrf));
    return router_.Dispatch(request);
  }
  std::optional<http::Response> SendQuickly(const std::string& target) {
    http::Request request = MakeRequest(http::Method::kGet, target);
    return router_.DispatchQuickly(request);
  }

  http::Router router_;
  FixedAuthenticator authenticator_;
  std::atomic<uint64_t> generation_{1};
  http::ResponseCache cache_{[this] { return generation_.load(); }};
  Routes routes_{router_, authenticator_, cache_};
  int user_calls_ = 0;
  int update_calls_ = 0;
  int list_calls_ = 0;
  Principal seen_;
};

TEST_F(RoutesTest, KeepsTheDeclaredRoutes) {
  ASSERT_EQ(routes_.specs().size(), 3u);
  EXPECT_EQ(routes_.specs()[0].pattern, "/api/v1/users");
  EXPECT_EQ(routes_.specs()[0].permission, kUserRead);
  EXPECT_FALSE(routes_.specs()[0].cached);
  EXPECT_EQ(routes_.specs()[1].method, http::Method::kPatch);
  EXPECT_TRUE(routes_.specs()[2].cached);
}

TEST_F(RoutesTest, RefusedCallerNeverReachesTheHandler) {
  const http::Response anonymous = Send(http::Method::kGet, "/api/v1/users");
  EXPECT_EQ(anonymous.status, 401);
  EXPECT_EQ(anonymous.headers.Get("Content-Type"), "application/problem+json");

  authenticator_.principal = SignedIn(Role::kViewer);
  EXPECT_EQ(Send(http::Method::kGet, "/api/v1/users").status, 403);

  authenticator_.principal = Session(Role::kAdmin);
  EXPECT_EQ(Send(http::Method::kPatch, "/api/v1/countries/VN").status, 403);  // no CSRF token
  EXPECT_EQ(Send(http::Method::kPatch, "/api/v1/countries/VN", "wrong").status, 403);

  authenticator_.principal.must_change_password = true;
  EXPECT_EQ(Send(http::Method::kGet, "/api/v1/users").status, 403);

  EXPECT_EQ(user_calls_, 0);
  EXPECT_EQ(update_calls_, 0);
  EXPECT_EQ(authenticator_.asked, 5);
}

TEST_F(RoutesTest, AuthenticatorFailureIsAnsweredWithoutTheHandler) {
  authenticator_.failure = Error{ErrorCode::kUnavailable, {"down", "нет"}, {}, {}};
  EXPECT_EQ(Send(http::Method::kGet, "/api/v1/users").status, 503);
  EXPECT_EQ(Send(http::Method::kGet, "/api/v1/countries").status, 503);
  EXPECT_EQ(user_calls_, 0);
  EXPECT_EQ(list_calls_, 0);
}

TEST_F(RoutesTest, AllowedCallerReachesTheHandlerWithItsPrincipal) {
  authenticator_.principal = SignedIn(Role::kAdmin, 42);
  const http::Response users = Send(http::Method::kGet, "/api/v1/users");
  EXPECT_EQ(users.status, 200);
  EXPECT_EQ(users.body, R"({"users":[]})");
  EXPECT_EQ(user_calls_, 1);
  EXPECT_EQ(seen_.user_id, 42);
  EXPECT_EQ(seen_.email, "user42@example.org");

  authenticator_.principal = Session(Role::kAnalyst);
  const http::Response updated =
      Send(http::Method::kPatch, "/api/v1/countries/VN", std::string(kCsrf));
  EXPECT_EQ(updated.status, 200);
  EXPECT_EQ(updated.body, R"({"iso2":"VN"})");
  EXPECT_EQ(update_calls_, 1);
}

TEST_F(RoutesTest, CachedRouteAnswersTheSecondRequestFromTheCache) {
  authenticator_.principal = SignedIn(Role::kAdmin);
  const http::Response first = Send(http::Method::kGet, "/api/v1/countries");
  ASSERT_EQ(first.status, 200);
  EXPECT_EQ(first.body, R"({"view":"admin","call":1})");
  EXPECT_TRUE(first.headers.Get("ETag").has_value());

  const http::Response second = Send(http::Method::kGet, "/api/v1/countries");
  EXPECT_EQ(second.status, 200);
  EXPECT_EQ(second.body, first.body);
  EXPECT_EQ(list_calls_, 1);

  generation_ = 2;  // a write somewhere
  EXPECT_EQ(Send(http::Method::kGet, "/api/v1/countries").body, R"({"view":"admin","call":2})");
  EXPECT_EQ(list_calls_, 2);
}

TEST_F(RoutesTest, QuickDispatchAnswersFromMemoryForARememberedCaller) {
  authenticator_.principal = SignedIn(Role::kAdmin);
  EXPECT_EQ(SendQuickly("/api/v1/countries"), std::nullopt);  // nothing cached yet
  const http::Response first = Send(http::Method::kGet, "/api/v1/countries");
  const int asked = authenticator_.asked;

  const auto quick = SendQuickly("/api/v1/countries");
  ASSERT_TRUE(quick.has_value());
  EXPECT_EQ(quick->status, 200);
  EXPECT_EQ(quick->body, first.body);
  EXPECT_EQ(list_calls_, 1);
  EXPECT_EQ(authenticator_.asked, asked);  // memory only

  authenticator_.remembered = false;
  EXPECT_EQ(SendQuickly("/api/v1/countries"), std::nullopt);

  // Routes that are not cached have no quick answer.
  authenticator_.remembered = true;
  EXPECT_EQ(SendQuickly("/api/v1/users"), std::nullopt);
}

TEST_F(RoutesTest, QuickDispatchRefusesWhatTheCallerMayNotSee) {
  authenticator_.principal = SignedIn(Role::kAdmin);
  Send(http::Method::kGet, "/api/v1/countries");
  authenticator_.principal = Principal{};
  const auto quick = SendQuickly("/api/v1/countries");
  ASSERT_TRUE(quick.has_value());
  EXPECT_EQ(quick->status, 401);
  EXPECT_EQ(list_calls_, 1);
}

TEST_F(RoutesTest, DifferentViewsGetDifferentCachedAnswers) {
  authenticator_.principal = SignedIn(Role::kAdmin);
  const http::Response admin = Send(http::Method::kGet, "/api/v1/countries");

  Principal vietnam = SignedIn(Role::kAttache, 2);
  vietnam.countries = {"VN"};
  authenticator_.principal = vietnam;
  EXPECT_EQ(SendQuickly("/api/v1/countries"), std::nullopt);  // not the admin's answer
  const http::Response attache = Send(http::Method::kGet, "/api/v1/countries");
  EXPECT_EQ(attache.body, R"({"view":"attache,VN","call":2})");
  EXPECT_EQ(list_calls_, 2);

  Principal turkey = SignedIn(Role::kAttache, 3);
  turkey.countries = {"TR"};
  authenticator_.principal = turkey;
  EXPECT_EQ(Send(http::Method::kGet, "/api/v1/countries").body,
            R"({"view":"attache,TR","call":3})");

  // Each view keeps its own answer.
  authenticator_.principal = SignedIn(Role::kAdmin, 9);
  EXPECT_EQ(Send(http::Method::kGet, "/api/v1/countries").body, admin.body);
  authenticator_.principal = vietnam;
  const auto quick = SendQuickly("/api/v1/countries");
  ASSERT_TRUE(quick.has_value());
  EXPECT_EQ(quick->body, attache.body);
  EXPECT_EQ(list_calls_, 3);
}

TEST(VariantKey, DependsOnTheUserAndTheClockOnlyWhenTheRouteSaysSo) {
  Principal one;
  one.role = Role::kAttache;
  one.user_id = 7;
  one.countries = {"VN"};
  Principal other = one;
  other.user_id = 8;
  const auto at = std::chrono::system_clock::time_point(std::chrono::seconds(6000));
  const auto later = at + std::chrono::seconds(59);
  const auto next = at + std::chrono::seconds(60);

  RouteSpec plain{http::Method::kGet, "/x", {Resource::kRequest, Action::kRead}, true};
  EXPECT_EQ(VariantKey(plain, one, at), VariantKey(plain, other, next));

  RouteSpec mine = plain;
  mine.per_user = true;
  EXPECT_NE(VariantKey(mine, one, at), VariantKey(mine, other, at));

  RouteSpec timely = plain;
  timely.fresh_seconds = 60;
  EXPECT_EQ(VariantKey(timely, one, at), VariantKey(timely, other, later));
  EXPECT_NE(VariantKey(timely, one, at), VariantKey(timely, one, next));
}

}  // namespace
}  // namespace attache::access
