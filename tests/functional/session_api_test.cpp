// Signing in and out on the real binary, on SQLite and on PostgreSQL: the session cookie, CSRF,
// idle and absolute expiry, what ends sessions, forced password changes and sign-in throttling.
#include <gtest/gtest.h>

#include <atomic>
#include <regex>
#include <set>
#include <thread>

#include "harness.hpp"

namespace attache::testing {
namespace {

using std::chrono::milliseconds;
using std::chrono::steady_clock;

std::string CookieHeader(const std::string& session) {
  return "Cookie: attache_session=" + session;
}

std::set<std::string> Pointers(const HttpReply& reply) {
  std::set<std::string> pointers;
  nlohmann::json errors = reply.json()["errors"];
  for (const auto& error : errors) pointers.insert(error.value("pointer", ""));
  return pointers;
}

bool IsOneTimePassword(const std::string& text) {
  static const std::regex kShape("[a-z2-9]{5}(-[a-z2-9]{5}){3}");
  return std::regex_match(text, kShape);
}

class SessionApi : public BackendTest {
 protected:
  // Starts this test's server with the demo data.
  void Start(std::vector<std::string> extra = {}) {
    server_ = Server::Start(database(), true, std::move(extra));
  }

  // A sign-in attempt without any session.
  HttpReply Attempt(const std::string& email, const std::string& password,
                    std::vector<std::string> headers = {}) {
    server_->Use({});
    return server_->SendJson("POST", "/api/v1/session", {{"email", email}, {"password", password}},
                             std::move(headers));
  }

  HttpReply Me(const std::string& session) const {
    return server_->Get("/api/v1/me", {CookieHeader(session)});
  }

  std::unique_ptr<Server> server_;
};

TEST_P(SessionApi, TheCookieIsHttpOnlyAndLaxAndSecureOnlyBehindTls) {
  Start({"--trust-proxy"});
  ASSERT_NE(server_, nullptr);
  const auto [email, password] = DemoUser("viewer");
  const nlohmann::json login = {{"email", email}, {"password", password}};

  const auto plain = server_->SendJson("POST", "/api/v1/session", login);
  ASSERT_EQ(plain.status, 200) << plain.body;
  const std::string cookie = plain.header("set-cookie");
  EXPECT_TRUE(cookie.starts_with("attache_session=")) << cookie;
  EXPECT_NE(cookie.find("; Path=/"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("; HttpOnly"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("; SameSite=Lax"), std::string::npos) << cookie;
  EXPECT_NE(cookie.find("; Max-Age=43200"), std::string::npos) << cookie;
  EXPECT_EQ(cookie.find("Secure"), std::string::npos) << cookie;
  EXPECT_EQ(plain.header("strict-transport-security"), "");
  auto me = plain.json();
  EXPECT_EQ(me["auth"], "session");
  EXPECT_EQ(me["user"]["email"], email);
  const std::string csrf = me["csrf_token"];
  EXPECT_GE(csrf.size(), 32U);
  EXPECT_NE(csrf, SessionCookieOf(plain));
  EXPECT_EQ(Me(SessionCookieOf(plain)).json()["csrf_token"], csrf);

  // Behind a TLS-terminating proxy the cookie is Secure and the browser is told to stay on https.
  const auto tls =
      server_->SendJson("POST", "/api/v1/session", login, {"X-Forwarded-Proto: https"});
  ASSERT_EQ(tls.status, 200) << tls.body;
  EXPECT_NE(tls.header("set-cookie").find("; Secure"), std::string::npos)
      << tls.header("set-cookie");
  EXPECT_NE(tls.header("set-cookie").find("; HttpOnly"), std::string::npos);
  EXPECT_EQ(tls.header("strict-transport-security"), "max-age=31536000; includeSubDomains");
  EXPECT_EQ(Me(SessionCookieOf(tls)).status, 200);

  // A server that is not behind a proxy believes no such header.
  auto direct = Server::Start(database(), false);
  ASSERT_NE(direct, nullptr);
  const auto spoofed =
      direct->SendJson("POST", "/api/v1/session", login, {"X-Forwarded-Proto: https"});
  ASSERT_EQ(spoofed.status, 200) << spoofed.body;
  EXPECT_EQ(spoofed.header("set-cookie").find("Secure"), std::string::npos);
  EXPECT_EQ(spoofed.header("strict-transport-security"), "");
}

TEST_P(SessionApi, SigningInGivesANewSecretAndEndsTheSessionItReplaces) {
  Start();
  ASSERT_NE(server_, nullptr);
  const auto [email, password] = DemoUser("analyst");
  const nlohmann::json login = {{"email", email}, {"password", password}};

  // A value planted in the browser beforehand is never adopted.
  const std::string planted = "planted-by-someone-else-0123456789abcdefghij";
  const auto first = server_->SendJson("POST", "/api/v1/session", login, {CookieHeader(planted)});
  ASSERT_EQ(first.status, 200) << first.body;
  const std::string a = SessionCookieOf(first);
  ASSERT_FALSE(a.empty());
  EXPECT_NE(a, planted);
  EXPECT_EQ(Me(planted).status, 401);
  EXPECT_EQ(Me(a).status, 200);

  // The same user in another browser.
  const auto elsewhere = server_->SendJson("POST", "/api/v1/session", login);
  ASSERT_EQ(elsewhere.status, 200);

  // Signing in again from the first browser replaces its session, and only that one.
  const auto second = server_->SendJson("POST", "/api/v1/session", login, {CookieHeader(a)});
  ASSERT_EQ(second.status, 200) << second.body;
  const std::string b = SessionCookieOf(second);
  EXPECT_NE(b, a);
  EXPECT_NE(second.json()["csrf_token"], first.json()["csrf_token"]);
  const auto old = Me(a);
  EXPECT_EQ(old.status, 401);
  EXPECT_EQ(old.json()["type"], "/problems/unauthenticated");
  EXPECT_EQ(Me(b).status, 200);
  EXPECT_EQ(Me(SessionCookieOf(elsewhere)).status, 200);
}

TEST_P(SessionApi, SigningOutEndsTheSession) {
  Start();
  ASSERT_NE(server_, nullptr);
  server_->SignInAs("viewer");
  ASSERT_EQ(server_->Get("/api/v1/countries?limit=1").status, 200);

  const auto out = server_->Request("DELETE", "/api/v1/session");
  ASSERT_EQ(out.status, 204) << out.body;
  const std::string cleared = out.header("set-cookie");
  EXPECT_TRUE(cleared.starts_with("attache_session=;")) << cleared;
  EXPECT_NE(cleared.find("Max-Age=0"), std::string::npos) << cleared;

  // The harness still sends the old cookie (and its CSRF token).
  const auto me = server_->Get("/api/v1/me");
  EXPECT_EQ(me.status, 401);
  EXPECT_EQ(me.json()["type"], "/problems/unauthenticated");
  EXPECT_EQ(server_->Get("/api/v1/countries?limit=1").status, 401);
  EXPECT_EQ(server_->Request("DELETE", "/api/v1/session").status, 401);
}

TEST_P(SessionApi, UnsafeMethodsNeedTheCsrfTokenOfTheirSession) {
  Start();
  ASSERT_NE(server_, nullptr);
  const Credentials other = server_->SignInAs("viewer");
  const Credentials analyst = server_->SignInAs("analyst");
  const std::string cookie = CookieHeader(analyst.cookie);
  const std::string json = "Content-Type: application/json";
  const std::string rename = R"({"display_name":"Changed"})";
  const std::string attache = R"({"country":"VN","name_en":"Forged","status":"planned"})";
  struct Case {
    std::string name;
    std::string csrf_header;
  };
  const std::vector<Case> cases = {
      {"no token", ""},
      {"a wrong token", "X-CSRF-Token: wrong"},
      {"the token of another session", "X-CSRF-Token: " + other.csrf},
      {"the session's cookie as the token", "X-CSRF-Token: " + analyst.cookie},
  };
  const DbSnapshot before = TakeSnapshot(database());
  for (const Case& c : cases) {
    std::vector<std::string> headers = {cookie, json};
    if (!c.csrf_header.empty()) headers.push_back(c.csrf_header);
    for (const auto& [method, path, body] :
         {std::tuple{"PATCH", "/api/v1/me", rename},
          std::tuple{"POST", "/api/v1/attaches", attache},
          std::tuple{"DELETE", "/api/v1/session", std::string()}}) {
      const auto reply = server_->Request(method, path, body, headers);
      EXPECT_EQ(reply.status, 403) << c.name << ", " << method << " " << path << ": " << reply.body;
      EXPECT_EQ(reply.json()["type"], "/problems/forbidden") << c.name;
    }
    EXPECT_EQ(TakeSnapshot(database()), before) << c.name;
  }
  // Reads need no token, and the session survived the refused sign-out.
  const auto me = server_->Get("/api/v1/me", {cookie});
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(me.json()["csrf_token"], analyst.csrf);
  EXPECT_EQ(me.json()["user"]["display_name"], "Demo HQ analyst");

  const auto ok = server_->Request("PATCH", "/api/v1/me", rename,
                                   {cookie, json, "X-CSRF-Token: " + analyst.csrf});
  ASSERT_EQ(ok.status, 200) << ok.body;
  EXPECT_EQ(ok.json()["user"]["display_name"], "Changed");
}

TEST_P(SessionApi, ASessionEndsAfterTheIdleTime) {
  Start({"--session-idle", "2"});
  ASSERT_NE(server_, nullptr);
  server_->SignInAs("viewer");
  // Pauses shorter than the idle time keep it, however they fall: a short one (which the server
  // may answer from memory) followed by a longer one must not add up.
  for (const int pause : {800, 1300}) {
    std::this_thread::sleep_for(milliseconds(pause));
    ASSERT_EQ(server_->Get("/api/v1/me").status, 200) << "after a pause of " << pause << " ms";
  }
  std::this_thread::sleep_for(milliseconds(2500));
  const auto idle = server_->Get("/api/v1/me");
  EXPECT_EQ(idle.status, 401);
  EXPECT_EQ(idle.json()["type"], "/problems/unauthenticated");
  EXPECT_EQ(server_->Get("/api/v1/countries?limit=1").status, 401);
}

TEST_P(SessionApi, ASessionEndsAtTheEndOfItsLifetimeWhateverItsUse) {
  Start({"--session-lifetime", "2"});
  ASSERT_NE(server_, nullptr);
  const auto [email, password] = DemoUser("viewer");
  const auto start = steady_clock::now();
  const auto login =
      server_->SendJson("POST", "/api/v1/session", {{"email", email}, {"password", password}});
  ASSERT_EQ(login.status, 200) << login.body;
  EXPECT_NE(login.header("set-cookie").find("; Max-Age=2"), std::string::npos);
  const std::string session = SessionCookieOf(login);
  while (steady_clock::now() - start < milliseconds(1200)) {
    ASSERT_EQ(Me(session).status, 200);
    std::this_thread::sleep_for(milliseconds(250));
  }
  std::this_thread::sleep_until(start + milliseconds(2500));
  const auto ended = Me(session);
  EXPECT_EQ(ended.status, 401);
  EXPECT_EQ(ended.json()["type"], "/problems/unauthenticated");
  // A new sign-in starts a new lifetime.
  server_->SignIn(email, password);
  EXPECT_EQ(server_->Get("/api/v1/me").status, 200);
}

TEST_P(SessionApi, DisablingAUserEndsItsSessionsAndApiTokens) {
  Start();
  ASSERT_NE(server_, nullptr);
  const auto [email, password] = DemoUser("viewer");
  const Credentials viewer = server_->SignInAs("viewer");
  const int64_t id = server_->Get("/api/v1/me").json()["user"]["id"];
  const auto token = server_->SendJson(
      "POST", "/api/v1/tokens",
      {{"name", "feed"}, {"permissions", {"country.read"}}, {"expires_on", UtcDate(30)}});
  ASSERT_EQ(token.status, 201) << token.body;
  const std::string bearer = "Authorization: Bearer " + token.json()["secret"].get<std::string>();
  ASSERT_EQ(server_->Get("/api/v1/countries/VN", {bearer}).status, 200);
  const auto wrong_password = Attempt(email, "not-the-password");
  ASSERT_EQ(wrong_password.status, 401);

  const Credentials admin = server_->SignInAs("admin");
  const std::string path = "/api/v1/users/" + std::to_string(id);
  const auto disabled = server_->SendJson("PATCH", path, {{"active", false}},
                                          {"If-Match: " + server_->Get(path).header("etag")});
  ASSERT_EQ(disabled.status, 200) << disabled.body;
  EXPECT_EQ(disabled.json()["active"], false);

  server_->Use(viewer);
  EXPECT_EQ(server_->Get("/api/v1/me").status, 401);
  EXPECT_EQ(server_->Get("/api/v1/countries?limit=1").status, 401);
  EXPECT_EQ(server_->Get("/api/v1/countries/VN", {bearer}).status, 401);
  // The right password is refused with the same words as a wrong one.
  const auto refused = Attempt(email, password);
  EXPECT_EQ(refused.status, 401);
  EXPECT_EQ(refused.json()["detail"], wrong_password.json()["detail"]);

  server_->Use(admin);
  auto tokens = server_->Get("/api/v1/tokens?user=" + std::to_string(id)).json();
  ASSERT_EQ(tokens["total"], 1);
  EXPECT_EQ(tokens["items"][0]["status"], "revoked");

  // Enabling the account again lets it sign in, but brings no old credential back.
  const auto enabled = server_->SendJson("PATCH", path, {{"active", true}},
                                         {"If-Match: " + server_->Get(path).header("etag")});
  ASSERT_EQ(enabled.status, 200) << enabled.body;
  EXPECT_EQ(Me(viewer.cookie).status, 401);
  EXPECT_EQ(server_->Get("/api/v1/countries/VN", {bearer}).status, 401);
  EXPECT_EQ(Attempt(email, password).status, 200);
}

TEST_P(SessionApi, APasswordResetEndsSessionsAndTheOneTimePasswordMustBeChanged) {
  Start();
  ASSERT_NE(server_, nullptr);
  const auto [email, password] = DemoUser("viewer");
  const Credentials before_reset = server_->SignInAs("viewer");
  const int64_t id = server_->Get("/api/v1/me").json()["user"]["id"];
  const auto token = server_->SendJson(
      "POST", "/api/v1/tokens",
      {{"name", "feed"}, {"permissions", {"country.read"}}, {"expires_on", UtcDate(30)}});
  ASSERT_EQ(token.status, 201) << token.body;
  const std::string bearer = "Authorization: Bearer " + token.json()["secret"].get<std::string>();
  ASSERT_EQ(server_->Get("/api/v1/countries/VN", {bearer}).status, 200);
  server_->SignInAs("admin");
  const auto reset = server_->Request("POST", "/api/v1/users/" + std::to_string(id) + "/password");
  ASSERT_EQ(reset.status, 200) << reset.body;
  const std::string otp = reset.json()["one_time_password"];
  EXPECT_TRUE(IsOneTimePassword(otp)) << otp;

  // A reset follows a lost or leaked password: every way in ends.
  EXPECT_EQ(Me(before_reset.cookie).status, 401);
  EXPECT_EQ(server_->Get("/api/v1/countries/VN", {bearer}).status, 401);
  EXPECT_EQ(Attempt(email, password).status, 401);

  const Credentials second = server_->SignIn(email, otp);
  const Credentials first = server_->SignIn(email, otp);
  EXPECT_EQ(server_->Get("/api/v1/me").json()["user"]["must_change_password"], true);
  for (const std::string path : {"/api/v1/countries", "/api/v1/attaches", "/api/v1/tokens"}) {
    const auto blocked = server_->Get(path);
    EXPECT_EQ(blocked.status, 403) << path;
    EXPECT_EQ(blocked.json()["type"], "/problems/password-change-required") << path;
  }

  const auto change = [&](const std::string& current, const std::string& next) {
    return server_->SendJson("PUT", "/api/v1/me/password",
                             {{"current_password", current}, {"new_password", next}});
  };
  const std::string chosen = "Viewer picks a long one 7";
  const auto wrong = change("not-the-current-one", chosen);
  ASSERT_EQ(wrong.status, 422) << wrong.body;
  EXPECT_EQ(wrong.json()["type"], "/problems/validation");
  EXPECT_EQ(Pointers(wrong), std::set<std::string>{"/current_password"});

  const DbSnapshot snapshot = TakeSnapshot(database());
  for (const std::string& weak :
       std::vector<std::string>{"short-pw", "password1234", "PassWord1234", "viewer@attache.demo",
                                "viewer2026!!!", "aaaaaaaaaaaaaaaa", otp}) {
    const auto refused = change(otp, weak);
    EXPECT_EQ(refused.status, 422) << weak << ": " << refused.body;
    EXPECT_EQ(Pointers(refused), std::set<std::string>{"/new_password"}) << weak;
    EXPECT_EQ(TakeSnapshot(database()), snapshot) << weak;
  }
  EXPECT_EQ(server_->Get("/api/v1/me").json()["user"]["must_change_password"], true);
  EXPECT_EQ(server_->Get("/api/v1/countries").status, 403);

  const auto changed = change(otp, chosen);
  ASSERT_EQ(changed.status, 204) << changed.body;
  EXPECT_EQ(server_->Get("/api/v1/countries?limit=1").status, 200);
  EXPECT_EQ(server_->Get("/api/v1/me").json()["user"]["must_change_password"], false);
  // Every other session of the user ended; this one goes on.
  EXPECT_EQ(Me(second.cookie).status, 401);
  EXPECT_EQ(Me(first.cookie).status, 200);
  EXPECT_EQ(Attempt(email, otp).status, 401);
  EXPECT_EQ(Attempt(email, chosen).status, 200);
}

TEST_P(SessionApi, FiveWrongPasswordsLockTheAccountWithoutSayingWhetherItExists) {
  Start();
  ASSERT_NE(server_, nullptr);
  const auto [email, password] = DemoUser("analyst");
  const std::string unknown_email = "nobody@attache.demo";
  const auto unknown = Attempt(unknown_email, "whatever-it-is");
  ASSERT_EQ(unknown.status, 401);
  EXPECT_EQ(unknown.json()["type"], "/problems/unauthenticated");
  for (int i = 0; i < 5; ++i) {
    // The e-mail in any case names the same account.
    const auto wrong =
        Attempt(i % 2 == 0 ? email : "ANALYST@Attache.Demo", "wrong-password-" + std::to_string(i));
    ASSERT_EQ(wrong.status, 401) << i;
    EXPECT_EQ(wrong.json()["type"], unknown.json()["type"]);
    EXPECT_EQ(wrong.json()["title"], unknown.json()["title"]);
    EXPECT_EQ(wrong.json()["detail"], unknown.json()["detail"]);
  }

  const DbSnapshot before = TakeSnapshot(database());
  const auto locked = Attempt(email, password);
  ASSERT_EQ(locked.status, 429) << locked.body;
  EXPECT_EQ(locked.json()["type"], "/problems/too-many-requests");
  const int retry_after = std::atoi(locked.header("retry-after").c_str());
  EXPECT_GT(retry_after, 0) << locked.header("retry-after");
  EXPECT_LE(retry_after, 15 * 60);
  EXPECT_EQ(SessionCookieOf(locked), "");
  EXPECT_EQ(TakeSnapshot(database()), before);

  // An e-mail nobody has is locked the same way and reads the same.
  for (int i = 0; i < 4; ++i) ASSERT_EQ(Attempt(unknown_email, "guess").status, 401) << i;
  const auto locked_unknown = Attempt(unknown_email, "guess");
  ASSERT_EQ(locked_unknown.status, 429);
  EXPECT_EQ(locked_unknown.json()["detail"], locked.json()["detail"]);
  EXPECT_GT(std::atoi(locked_unknown.header("retry-after").c_str()), 0);

  // Other accounts are not affected.
  const auto [viewer, viewer_password] = DemoUser("viewer");
  EXPECT_EQ(Attempt(viewer, viewer_password).status, 200);
}

TEST_P(SessionApi, TwentyFailuresFromOneAddressLockThatAddress) {
  Start({"--trust-proxy"});
  ASSERT_NE(server_, nullptr);
  const auto [email, password] = DemoUser("admin");  // who may read the failures' details
  // Four tries for each of five e-mails, so no account reaches its own limit, from four clients
  // at once. Whatever a client put before the proxy's hop does not matter.
  server_->Use({});
  std::atomic<int> refused{0};
  std::vector<std::thread> clients;
  for (int client = 0; client < 4; ++client) {
    clients.emplace_back([&, client] {
      for (int i = client * 5; i < client * 5 + 5; ++i) {
        const auto reply = server_->SendJson(
            "POST", "/api/v1/session",
            {{"email", "guess" + std::to_string(i % 5) + "@attache.demo"},
             {"password", "wrong-" + std::to_string(i)}},
            {"X-Forwarded-For: 198.51.100." + std::to_string(i) + ", 203.0.113.7"});
        refused += reply.status == 401;
      }
    });
  }
  for (auto& client : clients) client.join();
  ASSERT_EQ(refused, 20);
  const DbSnapshot before = TakeSnapshot(database());
  const auto locked = Attempt(email, password, {"X-Forwarded-For: 203.0.113.7"});
  ASSERT_EQ(locked.status, 429) << locked.body;
  EXPECT_EQ(locked.json()["type"], "/problems/too-many-requests");
  EXPECT_GT(std::atoi(locked.header("retry-after").c_str()), 0);
  EXPECT_EQ(TakeSnapshot(database()), before);

  // The same account from other addresses is welcome.
  EXPECT_EQ(Attempt(email, password).status, 200);
  const auto elsewhere = Attempt(email, password, {"X-Forwarded-For: 203.0.113.8"});
  ASSERT_EQ(elsewhere.status, 200);
  server_->Use({SessionCookieOf(elsewhere), elsewhere.json()["csrf_token"].get<std::string>(), ""});
  auto failures = server_->Get("/api/v1/audit?action=login_failed&limit=100").json();
  ASSERT_EQ(failures["total"], 20);
  for (auto& entry : failures["items"]) {
    EXPECT_EQ(entry["client_address"], "203.0.113.7");
    EXPECT_EQ(entry["diff"]["reason"], "unknown_email");
  }
  auto login = server_->Get("/api/v1/audit?action=login&limit=1").json();
  EXPECT_EQ(login["items"][0]["client_address"], "203.0.113.8");
}

TEST_P(SessionApi, ThePasswordHashNeverLeavesTheServer) {
  Start();
  ASSERT_NE(server_, nullptr);
  server_->SignInAs("admin");
  const auto created = server_->SendJson("POST", "/api/v1/users",
                                         {{"email", "hash.check@example.org"}, {"role", "viewer"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string id = created.json()["user"]["id"].dump();
  const std::string first_otp = created.json()["one_time_password"];
  const auto reset = server_->Request("POST", "/api/v1/users/" + id + "/password");
  ASSERT_EQ(reset.status, 200);
  const std::string second_otp = reset.json()["one_time_password"];
  const Credentials admin = server_->credentials();
  server_->SignIn("hash.check@example.org", second_otp);
  const std::string chosen = "A private passphrase 42";
  ASSERT_EQ(server_
                ->SendJson("PUT", "/api/v1/me/password",
                           {{"current_password", second_otp}, {"new_password", chosen}})
                .status,
            204);
  server_->Use(admin);

  std::vector<std::string> paths = {"/api/v1/me", "/api/v1/users?limit=500",
                                    "/api/v1/audit?limit=500", "/api/v1/tokens"};
  nlohmann::json users = server_->Get("/api/v1/users?limit=500").json()["items"];
  for (auto& user : users) {
    paths.push_back("/api/v1/users/" + user["id"].dump());
  }
  ASSERT_EQ(paths.size(), 4U + 8U);
  for (const std::string& path : paths) {
    const auto reply = server_->Get(path);
    ASSERT_EQ(reply.status, 200) << path;
    for (const std::string& secret :
         std::vector<std::string>{"argon2", "password_hash", first_otp, second_otp, chosen}) {
      EXPECT_EQ(reply.body.find(secret), std::string::npos) << path << " shows " << secret;
    }
  }
}

TEST_P(SessionApi, AClientCannotChooseItsAddressWithAnExtraProxyHeaderLine) {
  Start({"--trust-proxy"});
  ASSERT_NE(server_, nullptr);
  // The proxy adds its own line; the client's own line comes first and must not count.
  for (int i = 0; i < 20; ++i) {
    const auto reply = Attempt("guess" + std::to_string(i % 5) + "@attache.demo", "wrong-password",
                               {"X-Forwarded-For: 10.0.0." + std::to_string(i),
                                "X-Forwarded-For: 203.0.113.9"});
    ASSERT_EQ(reply.status, 401) << reply.body;
  }
  const auto [email, password] = DemoUser("viewer");
  EXPECT_EQ(Attempt(email, password, {"X-Forwarded-For: 10.0.0.99", "X-Forwarded-For: 203.0.113.9"})
                .status,
            429);
}

TEST_P(SessionApi, WrongPasswordsSentAtOnceAreCountedBeforeTheyAreChecked) {
  Start();
  ASSERT_NE(server_, nullptr);
  const auto [email, password] = DemoUser("company");
  server_->Use({});
  std::atomic<int> checked{0};
  std::atomic<int> throttled{0};
  std::vector<std::thread> clients;
  for (int client = 0; client < 12; ++client) {
    clients.emplace_back([&, client] {
      const auto reply = server_->SendJson(
          "POST", "/api/v1/session",
          {{"email", email}, {"password", "wrong-password-" + std::to_string(client)}});
      checked += reply.status == 401;
      throttled += reply.status == 429;
    });
  }
  for (auto& client : clients) client.join();
  EXPECT_EQ(checked, 5) << "only five passwords may be tried";
  EXPECT_EQ(throttled, 7);
}

TEST_P(SessionApi, AFailedSignInKeepsTheSessionItCameWith) {
  Start();
  ASSERT_NE(server_, nullptr);
  const Credentials viewer = server_->SignInAs("viewer");
  const auto [email, password] = DemoUser("analyst");
  const auto wrong = server_->SendJson("POST", "/api/v1/session",
                                       {{"email", email}, {"password", "not-the-password"}});
  ASSERT_EQ(wrong.status, 401);
  EXPECT_EQ(Me(viewer.cookie).status, 200) << "a wrong password does not sign the browser out";
  server_->Use(viewer);
  const auto right = server_->SendJson("POST", "/api/v1/session",
                                       {{"email", email}, {"password", password}});
  ASSERT_EQ(right.status, 200);
  EXPECT_EQ(Me(viewer.cookie).status, 401) << "a successful sign-in replaces the session";
}

INSTANTIATE_TEST_SUITE_P(Backends, SessionApi, kBackends, BackendName);

}  // namespace
}  // namespace attache::testing
