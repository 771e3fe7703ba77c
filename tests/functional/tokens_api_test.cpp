// API tokens on the real binary, on SQLite and on PostgreSQL: what they may do, how they end, and
// who sees and revokes them.
#include <gtest/gtest.h>

#include <set>

#include "harness.hpp"

namespace attache::testing {
namespace {

std::set<std::string> Pointers(const HttpReply& reply) {
  std::set<std::string> pointers;
  nlohmann::json errors = reply.json()["errors"];
  for (const auto& error : errors) pointers.insert(error.value("pointer", ""));
  return pointers;
}

std::string Bearer(const std::string& secret) { return "Authorization: Bearer " + secret; }

// Signed in as the demo analyst (ApiTest).
class TokensApi : public ApiTest {
 protected:
  HttpReply Create(const nlohmann::json& body) const {
    return server_->SendJson("POST", "/api/v1/tokens", body);
  }
  // Creates a token valid for a month: {id, secret}.
  std::pair<int64_t, std::string> CreateOk(const std::string& name,
                                           const std::vector<std::string>& permissions) const {
    const auto reply =
        Create({{"name", name}, {"permissions", permissions}, {"expires_on", UtcDate(30)}});
    EXPECT_EQ(reply.status, 201) << reply.body;
    auto body = reply.json();
    return {body["token"].value("id", int64_t{0}), body.value("secret", "")};
  }
  // A read of a country with nothing but the token.
  long ReadWith(const std::string& secret) const {
    return server_->Get("/api/v1/countries/VN", {Bearer(secret)}).status;
  }
  int64_t Total(const std::string& path) const { return server_->Get(path).json()["total"]; }
};

TEST_P(TokensApi, ATokenDoesWhatItWasGivenAndNothingMore) {
  const std::vector<std::string> granted = {"country.read", "attache.read", "attache.create",
                                            "profile.read"};
  const auto created =
      Create({{"name", "Nightly export"}, {"permissions", granted}, {"expires_on", UtcDate(30)}});
  ASSERT_EQ(created.status, 201) << created.body;
  auto token = created.json()["token"];
  const std::string secret = created.json()["secret"];
  EXPECT_TRUE(secret.starts_with("att_")) << secret;
  EXPECT_GE(secret.size(), 40U);
  EXPECT_EQ(token["prefix"], secret.substr(0, 12));
  EXPECT_EQ(token["name"], "Nightly export");
  EXPECT_EQ(token["user_email"], "analyst@attache.demo");
  EXPECT_EQ(token["status"], "active");
  EXPECT_EQ(token["expires_at"], UtcDate(31) + "T00:00:00.000Z");
  EXPECT_EQ(token["last_used_at"], nullptr);
  EXPECT_EQ(token["revoked_at"], nullptr);
  const auto permissions = token["permissions"].get<std::set<std::string>>();
  EXPECT_EQ(permissions, std::set<std::string>(granted.begin(), granted.end()));
  EXPECT_EQ(created.header("location"), "/api/v1/tokens/" + token["id"].dump());

  // What it was given works, writes included, with no CSRF token.
  EXPECT_EQ(ReadWith(secret), 200);
  const auto me = server_->Get("/api/v1/me", {Bearer(secret)});
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_EQ(me.json()["auth"], "token");
  EXPECT_EQ(me.json()["csrf_token"], nullptr);
  EXPECT_EQ(me.json()["user"]["email"], "analyst@attache.demo");
  EXPECT_EQ(me.json()["permissions"].get<std::set<std::string>>(), permissions);
  const auto written = server_->SendJson(
      "POST", "/api/v1/attaches",
      {{"country", "VN"}, {"name_en", "Via token"}, {"status", "planned"}}, {Bearer(secret)});
  EXPECT_EQ(written.status, 201) << written.body;

  // What the analyst holds but did not give it is refused, and so is what no analyst holds.
  const std::string json = "Content-Type: application/json";
  struct Case {
    std::string method;
    std::string path;
    std::string body;
  };
  const DbSnapshot before = TakeSnapshot(database());
  for (const Case& c : std::vector<Case>{
           {"GET", "/api/v1/audit", ""},
           {"PUT", "/api/v1/countries/VN/presence", R"({"status":"active"})"},
           {"PATCH", "/api/v1/attaches/" + written.json()["id"].dump(), R"({"name_en":"Changed"})"},
           {"PATCH", "/api/v1/me", R"({"display_name":"Changed"})"},
           {"POST", "/api/v1/tokens",
            R"({"name":"child","permissions":["country.read"],"expires_on":")" + UtcDate(3) +
                "\"}"},
           {"GET", "/api/v1/users", ""}}) {
    const auto reply =
        server_->Request(c.method, c.path, c.body, {Bearer(secret), json, "If-Match: \"1\""});
    EXPECT_EQ(reply.status, 403) << c.method << " " << c.path << ": " << reply.body;
    EXPECT_EQ(reply.json()["type"], "/problems/forbidden") << c.path;
    EXPECT_EQ(TakeSnapshot(database()), before) << c.path;
  }
  // The analyst's own session may do the same.
  EXPECT_EQ(server_->Get("/api/v1/audit?limit=1").status, 200);

  // Later the token is known by its prefix only.
  const auto list = server_->Get("/api/v1/tokens");
  ASSERT_EQ(list.status, 200);
  ASSERT_EQ(list.json()["total"], 1);
  auto listed = list.json()["items"][0];
  EXPECT_EQ(listed["prefix"], secret.substr(0, 12));
  EXPECT_FALSE(listed.contains("secret"));
  EXPECT_TRUE(listed["last_used_at"].is_string());
  EXPECT_EQ(list.body.find(secret.substr(12)), std::string::npos);

  for (const std::string& forged : std::vector<std::string>{
           "Authorization: Bearer att_forged", "Authorization: Bearer " + secret.substr(1),
           "Authorization: Basic YW5hbHlzdDphbmFseXN0", "Authorization: Bearer"}) {
    const auto reply = server_->Get("/api/v1/countries/VN", {forged});
    EXPECT_EQ(reply.status, 401) << forged;
    EXPECT_EQ(reply.json()["type"], "/problems/unauthenticated") << forged;
  }
}

TEST_P(TokensApi, PermissionsTheUserLacksAndBadDatesAreRefused) {
  struct Case {
    nlohmann::json body;
    std::set<std::string> pointers;
  };
  const auto token = [](nlohmann::json permissions, const std::string& expires_on) {
    return nlohmann::json{
        {"name", "t"}, {"permissions", std::move(permissions)}, {"expires_on", expires_on}};
  };
  const std::string month = UtcDate(30);
  nlohmann::json nameless = token({"country.read"}, month);
  nameless.erase("name");
  nlohmann::json without_permissions = token({"country.read"}, month);
  without_permissions.erase("permissions");
  nlohmann::json with_owner = token({"country.read"}, month);
  with_owner["user_id"] = 1;
  const std::vector<Case> cases = {
      {token({"user.read"}, month), {"/permissions/0"}},
      {token({"country.read", "user.create"}, month), {"/permissions/1"}},
      {token({"country.read", "no.such"}, month), {"/permissions"}},
      {token(nlohmann::json::array(), month), {"/permissions"}},
      {without_permissions, {"/permissions"}},
      {token({"country.read"}, UtcDate(-1)), {"/expires_on"}},
      {token({"country.read"}, UtcDate(400)), {"/expires_on"}},
      {token({"country.read"}, "2027-02-30"), {"/expires_on"}},
      {token({"country.read"}, "next week"), {"/expires_on"}},
      {nameless, {"/name"}},
      {with_owner, {"/user_id"}},
  };
  const DbSnapshot before = TakeSnapshot(database());
  for (const Case& c : cases) {
    const auto reply = Create(c.body);
    EXPECT_EQ(reply.status, 422) << c.body << ": " << reply.body;
    EXPECT_EQ(reply.json()["type"], "/problems/validation") << c.body;
    EXPECT_EQ(Pointers(reply), c.pointers) << c.body << ": " << reply.body;
    EXPECT_EQ(TakeSnapshot(database()), before) << c.body;
  }
  EXPECT_EQ(Total("/api/v1/tokens"), 0);

  // A token whose last day is today works today; a year ahead is allowed.
  const auto today = Create(token({"country.read"}, UtcDate(0)));
  ASSERT_EQ(today.status, 201) << today.body;
  EXPECT_EQ(today.json()["token"]["expires_at"], UtcDate(1) + "T00:00:00.000Z");
  EXPECT_EQ(ReadWith(today.json()["secret"].get<std::string>()), 200);
  EXPECT_EQ(Create(token({"country.read"}, UtcDate(365))).status, 201);
}

TEST_P(TokensApi, ARevokedTokenIsRefusedAtOnce) {
  const auto [id, secret] = CreateOk("revoked", {"country.read"});
  ASSERT_EQ(ReadWith(secret), 200);
  const std::string path = "/api/v1/tokens/" + std::to_string(id);
  ASSERT_EQ(server_->Request("DELETE", path).status, 204);
  const auto refused = server_->Get("/api/v1/countries/VN", {Bearer(secret)});
  EXPECT_EQ(refused.status, 401);
  EXPECT_EQ(refused.json()["type"], "/problems/unauthenticated");

  const DbSnapshot before = TakeSnapshot(database());
  EXPECT_EQ(server_->Request("DELETE", path).status, 204);  // it already was
  EXPECT_EQ(TakeSnapshot(database()), before);
  const auto missing = server_->Request("DELETE", "/api/v1/tokens/999999");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.json()["type"], "/problems/not-found");

  auto revoked = server_->Get("/api/v1/tokens?status=revoked").json();
  ASSERT_EQ(revoked["total"], 1);
  EXPECT_EQ(revoked["items"][0]["status"], "revoked");
  EXPECT_TRUE(revoked["items"][0]["revoked_at"].is_string());
  EXPECT_EQ(Total("/api/v1/tokens?status=active"), 0);
}

TEST_P(TokensApi, AnExpiredTokenIsRefused) {
  const auto [used_id, used] = CreateOk("used", {"country.read"});
  const auto [unused_id, unused] = CreateOk("unused", {"country.read"});
  ASSERT_EQ(ReadWith(used), 200);

  // Both reach their end without waiting a day.
  auto db = OpenDatabase(database(), false);
  ASSERT_NE(db, nullptr);
  const auto moved = db->Write([&](db::Connection& conn) -> Result<int64_t> {
    return conn.Execute("UPDATE api_tokens SET expires_at = $1 WHERE id IN ($2, $3)",
                        {std::string_view("2020-01-01T00:00:00.000Z"), used_id, unused_id});
  });
  ASSERT_TRUE(moved) << moved.error().internal;
  ASSERT_EQ(*moved, 2);

  const auto refused = server_->Get("/api/v1/countries/VN", {Bearer(unused)});
  EXPECT_EQ(refused.status, 401);
  EXPECT_EQ(refused.json()["type"], "/problems/unauthenticated");
  // The first server may still remember `used` for a few seconds; another instance asks the
  // database.
  auto second = Server::Start(database(), false);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->Get("/api/v1/countries/VN", {Bearer(used)}).status, 401);
  EXPECT_EQ(second->Get("/api/v1/countries/VN", {Bearer(unused)}).status, 401);

  auto expired = server_->Get("/api/v1/tokens?status=expired").json();
  ASSERT_EQ(expired["total"], 2);
  EXPECT_EQ(expired["items"][0]["status"], "expired");
  EXPECT_EQ(Total("/api/v1/tokens?status=active"), 0);
}

TEST_P(TokensApi, UsersSeeTheirOwnTokensAndAdministratorsEveryones) {
  const int64_t analyst_id = server_->Get("/api/v1/me").json()["user"]["id"];
  const auto [analyst_token, analyst_secret] = CreateOk("analyst's", {"country.read"});
  server_->SignInAs("viewer");
  const auto [viewer_token, viewer_secret] = CreateOk("viewer's", {"country.read"});

  auto own = server_->Get("/api/v1/tokens").json();
  ASSERT_EQ(own["total"], 1);
  EXPECT_EQ(own["items"][0]["id"], viewer_token);
  EXPECT_EQ(Total("/api/v1/tokens?user=" + std::to_string(analyst_id)), 0);

  const DbSnapshot before = TakeSnapshot(database());
  const auto foreign =
      server_->Request("DELETE", "/api/v1/tokens/" + std::to_string(analyst_token));
  EXPECT_EQ(foreign.status, 404);
  EXPECT_EQ(foreign.json()["type"], "/problems/not-found");
  EXPECT_EQ(TakeSnapshot(database()), before);
  EXPECT_EQ(ReadWith(analyst_secret), 200);

  server_->SignInAs("admin");
  auto all = server_->Get("/api/v1/tokens").json();
  ASSERT_EQ(all["total"], 2);
  EXPECT_EQ(all["items"][0]["id"], viewer_token);  // newest first
  EXPECT_EQ(all["items"][1]["id"], analyst_token);
  auto of_analyst = server_->Get("/api/v1/tokens?user=" + std::to_string(analyst_id)).json();
  ASSERT_EQ(of_analyst["total"], 1);
  EXPECT_EQ(of_analyst["items"][0]["user_email"], "analyst@attache.demo");
  EXPECT_EQ(server_->Get("/api/v1/tokens?user=someone").status, 400);

  ASSERT_EQ(server_->Request("DELETE", "/api/v1/tokens/" + std::to_string(analyst_token)).status,
            204);
  EXPECT_EQ(ReadWith(analyst_secret), 401);
  EXPECT_EQ(ReadWith(viewer_secret), 200);
  const auto trail =
      server_->Get("/api/v1/audit?entity=token&id=" + std::to_string(analyst_token)).json();
  ASSERT_EQ(trail["total"], 2);
  EXPECT_EQ(trail["items"][0]["action"], "revoke");
  EXPECT_EQ(trail["items"][0]["user"]["email"], "admin@attache.demo");
  EXPECT_EQ(trail["items"][1]["action"], "create");
  EXPECT_EQ(trail["items"][1]["user"]["id"], analyst_id);
}

TEST_P(TokensApi, ATokenCannotCreateATokenThatOutlivesIt) {
  const auto parent =
      Create({{"name", "parent"}, {"permissions", {"token.create", "token.read"}},
              {"expires_on", UtcDate(10)}});
  ASSERT_EQ(parent.status, 201) << parent.body;
  const std::string secret = parent.json()["secret"];
  const auto longer = server_->Request(
      "POST", "/api/v1/tokens",
      nlohmann::json{{"name", "child"}, {"permissions", {"token.read"}}, {"expires_on", UtcDate(30)}}
          .dump(),
      {Bearer(secret), "Content-Type: application/json"});
  ASSERT_EQ(longer.status, 422) << longer.body;
  EXPECT_EQ(longer.json()["errors"][0]["pointer"], "/expires_on");
  const auto within = server_->Request(
      "POST", "/api/v1/tokens",
      nlohmann::json{{"name", "child"}, {"permissions", {"token.read"}}, {"expires_on", UtcDate(10)}}
          .dump(),
      {Bearer(secret), "Content-Type: application/json"});
  EXPECT_EQ(within.status, 201) << within.body;
}

INSTANTIATE_TEST_SUITE_P(Backends, TokensApi, kBackends, BackendName);

}  // namespace
}  // namespace attache::testing
