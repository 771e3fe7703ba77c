// Users as administrators manage them, and the audit trail, on the real binary, on SQLite and on
// PostgreSQL.
#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
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

std::string ParameterOf(const HttpReply& reply) {
  auto errors = reply.json()["errors"];
  return errors.is_array() && !errors.empty() ? errors[0].value("parameter", "") : "";
}

// Every item of a list from `path` (which has a query already) on, starting at `cursor` and
// following next_cursor; `pages` counts the requests.
std::vector<nlohmann::json> AllPages(const Server& server, const std::string& path, int* pages,
                                     std::string cursor = "") {
  std::vector<nlohmann::json> items;
  for (*pages = 0; *pages < 100;) {
    const std::string next = cursor.empty() ? path : path + "&cursor=" + cursor;
    const auto reply = server.Get(next);
    EXPECT_EQ(reply.status, 200) << next << ": " << reply.body;
    if (reply.status != 200) break;
    auto page = reply.json();
    ++*pages;
    for (auto& item : page["items"]) items.push_back(item);
    if (page["next_cursor"].is_null()) break;
    cursor = page["next_cursor"].get<std::string>();
  }
  return items;
}

class UsersApi : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    admin_ = server_->SignInAs("admin");
    admin_id_ = server_->Get("/api/v1/me").json()["user"]["id"];
  }

  HttpReply Create(const nlohmann::json& body, std::vector<std::string> headers = {}) const {
    return server_->SendJson("POST", "/api/v1/users", body, std::move(headers));
  }
  // Creates a user (failing the test if that fails): its id.
  int64_t CreateOk(const nlohmann::json& body) const {
    const auto reply = Create(body);
    EXPECT_EQ(reply.status, 201) << reply.body;
    return reply.json()["user"].value("id", int64_t{0});
  }
  HttpReply Patch(int64_t id, const std::string& body, const std::string& version,
                  std::vector<std::string> headers = {}) const {
    headers.push_back("Content-Type: application/merge-patch+json");
    if (!version.empty()) headers.push_back("If-Match: \"" + version + "\"");
    return server_->Request("PATCH", "/api/v1/users/" + std::to_string(id), body, headers);
  }
  int64_t Total(const std::string& path) const { return server_->Get(path).json()["total"]; }

  Credentials admin_;
  int64_t admin_id_ = 0;
};

TEST_P(UsersApi, ANewUserSignsInWithTheOneTimePasswordAndMustChangeIt) {
  const auto created = Create({{"email", "N.Ivanova@Example.org"},
                               {"display_name", "Nadezhda Ivanova"},
                               {"lang", "en"},
                               {"role", "attache"},
                               {"countries", {"vn", "TH", "VN"}}});
  ASSERT_EQ(created.status, 201) << created.body;
  auto user = created.json()["user"];
  const int64_t id = user["id"];
  EXPECT_EQ(user["email"], "N.Ivanova@Example.org");
  EXPECT_EQ(user["display_name"], "Nadezhda Ivanova");
  EXPECT_EQ(user["lang"], "en");
  EXPECT_EQ(user["role"], "attache");
  EXPECT_EQ(user["countries"], nlohmann::json({"TH", "VN"}));
  EXPECT_EQ(user["company_id"], nullptr);
  EXPECT_EQ(user["region"], nullptr);
  EXPECT_EQ(user["active"], true);
  EXPECT_EQ(user["must_change_password"], true);
  EXPECT_EQ(user["last_login_at"], nullptr);
  EXPECT_EQ(user["version"], 1);
  const std::string location = "/api/v1/users/" + std::to_string(id);
  EXPECT_EQ(created.header("location"), location);
  EXPECT_EQ(created.header("etag"), "\"1\"");
  const std::string otp = created.json()["one_time_password"];
  EXPECT_TRUE(std::regex_match(otp, std::regex("[a-z2-9]{5}(-[a-z2-9]{5}){3}"))) << otp;

  const auto read = server_->Get(location);
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.header("etag"), "\"1\"");
  EXPECT_EQ(read.json(), user);

  server_->SignIn("n.ivanova@example.org", otp);
  auto me = server_->Get("/api/v1/me").json();
  EXPECT_EQ(me["user"]["id"], id);
  EXPECT_EQ(me["user"]["must_change_password"], true);
  const auto permissions = me["permissions"].get<std::vector<std::string>>();
  EXPECT_NE(std::find(permissions.begin(), permissions.end(), "attache.update"), permissions.end());
  const auto blocked = server_->Get("/api/v1/attaches?country=VN");
  EXPECT_EQ(blocked.status, 403);
  EXPECT_EQ(blocked.json()["type"], "/problems/password-change-required");
  ASSERT_EQ(server_
                ->SendJson("PUT", "/api/v1/me/password",
                           {{"current_password", otp}, {"new_password", "Hanoi and Bangkok 2026"}})
                .status,
            204);
  EXPECT_EQ(server_->Get("/api/v1/attaches?country=VN").status, 200);

  server_->Use(admin_);
  const auto after = server_->Get(location);
  EXPECT_EQ(after.json()["must_change_password"], false);
  EXPECT_TRUE(after.json()["last_login_at"].is_string());
  EXPECT_EQ(after.json()["version"], 2);
  EXPECT_EQ(after.header("etag"), "\"2\"");
}

TEST_P(UsersApi, AnEmailIsTakenWhateverItsCase) {
  ASSERT_EQ(Create({{"email", "dup@example.org"}, {"role", "viewer"}}).status, 201);
  const int64_t users = Total("/api/v1/users");
  const DbSnapshot before = TakeSnapshot(database());
  for (const std::string email :
       {"DUP@Example.ORG", "dup@example.org", " dup@example.org ", "Admin@Attache.Demo"}) {
    const auto reply = Create({{"email", email}, {"role", "analyst"}});
    EXPECT_EQ(reply.status, 409) << email << ": " << reply.body;
    EXPECT_EQ(reply.json()["type"], "/problems/conflict") << email;
    EXPECT_EQ(Pointers(reply), std::set<std::string>{"/email"}) << email;
    EXPECT_EQ(TakeSnapshot(database()), before) << email;
  }
  EXPECT_EQ(Total("/api/v1/users"), users);
}

TEST_P(UsersApi, InvalidUsersAreRefusedNamingEachField) {
  struct Case {
    nlohmann::json body;
    std::set<std::string> pointers;
  };
  const std::vector<Case> cases = {
      {{{"email", "a1@example.org"}, {"role", "attache"}}, {"/countries"}},
      {{{"email", "a2@example.org"}, {"role", "attache"}, {"countries", {"ZZ"}}}, {"/countries/0"}},
      {{{"email", "a3@example.org"}, {"role", "attache"}, {"countries", {"VN", "Vietnam"}}},
       {"/countries/1"}},
      {{{"email", "c1@example.org"}, {"role", "company"}}, {"/company_id"}},
      {{{"email", "c2@example.org"}, {"role", "company"}, {"company_id", 0}}, {"/company_id"}},
      {{{"email", "r1@example.org"}, {"role", "region"}}, {"/region"}},
      {{{"email", "r2@example.org"}, {"role", "region"}, {"region", "Tatarstan"}}, {"/region"}},
      {{{"email", "r3@example.org"}, {"role", "region"}, {"region", "ru-ta"}}, {"/region"}},
      {{{"email", "r4@example.org"}, {"role", "region"}, {"region", "RU-TATA"}}, {"/region"}},
      {{{"email", "v1@example.org"}, {"role", "viewer"}, {"countries", {"VN"}}}, {"/countries"}},
      {{{"email", "v2@example.org"}, {"role", "viewer"}, {"region", "RU-TA"}}, {"/region"}},
      {{{"email", "v3@example.org"}, {"role", "viewer"}, {"company_id", 1}}, {"/company_id"}},
      {{{"email", "not-an-email"}, {"role", "viewer"}}, {"/email"}},
      {{{"email", "v4@example.org"}, {"role", "superuser"}}, {"/role"}},
      {{{"email", "v5@example.org"}, {"role", "viewer"}, {"lang", "de"}}, {"/lang"}},
      {{{"email", "v6@example.org"}, {"role", "viewer"}, {"password", "chosen-by-admin-1"}},
       {"/password"}},
      {{{"email", "v7@example.org"}, {"role", "viewer"}, {"active", false}}, {"/active"}},
      {nlohmann::json::object(), {"/email", "/role"}},
  };
  const int64_t users = Total("/api/v1/users");
  const DbSnapshot before = TakeSnapshot(database());
  for (const Case& c : cases) {
    const auto reply = Create(c.body);
    EXPECT_EQ(reply.status, 422) << c.body << ": " << reply.body;
    EXPECT_EQ(reply.json()["type"], "/problems/validation") << c.body;
    EXPECT_EQ(Pointers(reply), c.pointers) << c.body << ": " << reply.body;
    EXPECT_EQ(TakeSnapshot(database()), before) << c.body;
  }
  EXPECT_EQ(Total("/api/v1/users"), users);
}

TEST_P(UsersApi, ListsFilterSortAndPage) {
  CreateOk({{"email", "alpha.attache@example.org"},
            {"display_name", "Alpha Tester"},
            {"role", "attache"},
            {"countries", {"VN"}}});
  CreateOk({{"email", "beta.analyst@example.org"},
            {"display_name", "Beta Tester"},
            {"role", "analyst"}});
  const int64_t gamma = CreateOk({{"email", "gamma.viewer@example.org"},
                                  {"display_name", "Gamma Person"},
                                  {"role", "viewer"}});
  ASSERT_EQ(Patch(gamma, R"({"active":false})", "1").status, 200);

  const auto emails = [&](const std::string& path) {
    std::vector<std::string> out;
    const auto reply = server_->Get(path);
    EXPECT_EQ(reply.status, 200) << path << ": " << reply.body;
    nlohmann::json users = reply.json()["items"];
    for (auto& user : users) out.push_back(user["email"]);
    return out;
  };
  // Six demo users, the first administrator and these three.
  const auto all = emails("/api/v1/users");
  ASSERT_EQ(all.size(), 10U);
  EXPECT_TRUE(std::is_sorted(all.begin(), all.end()));
  auto descending = all;
  std::reverse(descending.begin(), descending.end());
  EXPECT_EQ(emails("/api/v1/users?sort=-email"), descending);
  EXPECT_EQ(emails("/api/v1/users?sort=-created_at")[0], "gamma.viewer@example.org");
  std::vector<std::string> roles;
  nlohmann::json by_role = server_->Get("/api/v1/users?sort=role").json()["items"];
  for (auto& user : by_role) {
    roles.push_back(user["role"]);
  }
  EXPECT_TRUE(std::is_sorted(roles.begin(), roles.end()));

  using Emails = std::vector<std::string>;
  EXPECT_EQ(emails("/api/v1/users?q=tester"),
            (Emails{"alpha.attache@example.org", "beta.analyst@example.org"}));
  EXPECT_EQ(emails("/api/v1/users?q=EXAMPLE.ORG").size(), 3U);
  EXPECT_EQ(emails("/api/v1/users?role=attache"),
            (Emails{"alpha.attache@example.org", "attache.vn@attache.demo"}));
  EXPECT_EQ(Total("/api/v1/users?role=attache,analyst"), 4);
  EXPECT_EQ(emails("/api/v1/users?status=disabled"), (Emails{"gamma.viewer@example.org"}));
  EXPECT_EQ(Total("/api/v1/users?status=active"), 9);
  EXPECT_EQ(Total("/api/v1/users?status=active,disabled"), 10);
  EXPECT_EQ(emails("/api/v1/users?q=example.org&role=viewer,attache&status=active"),
            (Emails{"alpha.attache@example.org"}));

  int pages = 0;
  const auto paged = AllPages(*server_, "/api/v1/users?limit=3", &pages);
  EXPECT_EQ(pages, 4);
  Emails walked;
  for (auto& user : paged) walked.push_back(user["email"]);
  EXPECT_EQ(walked, all);
  EXPECT_EQ(server_->Get("/api/v1/users?limit=3").json()["total"], 10);

  for (const auto& [query, parameter] :
       std::vector<std::pair<std::string, std::string>>{{"role=superuser", "role"},
                                                        {"status=gone", "status"},
                                                        {"sort=password_hash", "sort"},
                                                        {"limit=501", "limit"},
                                                        {"cursor=not-a-cursor", "cursor"},
                                                        {"password=x", "password"}}) {
    const auto reply = server_->Get("/api/v1/users?" + query);
    EXPECT_EQ(reply.status, 400) << query;
    EXPECT_EQ(reply.json()["type"], "/problems/bad-request") << query;
    EXPECT_EQ(ParameterOf(reply), parameter) << query << ": " << reply.body;
  }
}

TEST_P(UsersApi, UpdatesNeedTheVersionTheyChange) {
  const int64_t id = CreateOk({{"email", "patch.me@example.org"}, {"role", "viewer"}});
  const std::string path = "/api/v1/users/" + std::to_string(id);
  const auto renamed = Patch(id, R"({"display_name":"Renamed","lang":"en"})", "1");
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(renamed.json()["display_name"], "Renamed");
  EXPECT_EQ(renamed.json()["lang"], "en");
  EXPECT_EQ(renamed.json()["version"], 2);
  EXPECT_EQ(renamed.header("etag"), "\"2\"");

  struct Case {
    std::string name;
    int64_t id;
    std::string body;
    std::string version;
    long status;
    std::string type;
  };
  const std::vector<Case> cases = {
      {"stale", id, R"({"display_name":"Lost"})", "1", 409, "/problems/conflict"},
      {"no If-Match", id, R"({"display_name":"Lost"})", "", 428, "/problems/precondition-required"},
      {"attaché without countries", id, R"({"role":"attache"})", "2", 422, "/problems/validation"},
      {"e-mail is not changeable", id, R"({"email":"new@example.org"})", "2", 422,
       "/problems/validation"},
      {"unknown country", id, R"({"role":"attache","countries":["QQ"]})", "2", 422,
       "/problems/validation"},
      {"no such user", 999999, R"({"display_name":"Lost"})", "1", 404, "/problems/not-found"},
  };
  const DbSnapshot before = TakeSnapshot(database());
  for (const Case& c : cases) {
    const auto reply = Patch(c.id, c.body, c.version);
    EXPECT_EQ(reply.status, c.status) << c.name << ": " << reply.body;
    EXPECT_EQ(reply.json()["type"], c.type) << c.name;
    EXPECT_EQ(TakeSnapshot(database()), before) << c.name;
  }
  auto kept = server_->Get(path).json();
  EXPECT_EQ(kept["version"], 2);
  EXPECT_EQ(kept["display_name"], "Renamed");
  EXPECT_EQ(kept["role"], "viewer");

  // A new role takes its own scope and drops the old one's.
  const auto attache = Patch(id, R"({"role":"attache","countries":["vn"]})", "2");
  ASSERT_EQ(attache.status, 200) << attache.body;
  EXPECT_EQ(attache.json()["countries"], nlohmann::json::array({"VN"}));
  const auto region = Patch(id, R"({"role":"region","region":"RU-TA"})", "3");
  ASSERT_EQ(region.status, 200) << region.body;
  EXPECT_EQ(region.json()["countries"], nlohmann::json::array());
  EXPECT_EQ(region.json()["region"], "RU-TA");
  EXPECT_EQ(region.json()["version"], 4);
}

TEST_P(UsersApi, AnAdministratorCannotLockItselfOut) {
  const std::string etag =
      server_->Get("/api/v1/users/" + std::to_string(admin_id_)).header("etag");
  const std::string version = etag.substr(1, etag.size() - 2);
  const DbSnapshot before = TakeSnapshot(database());
  for (const auto& [body, pointers] : std::vector<std::pair<std::string, std::set<std::string>>>{
           {R"({"active":false})", {"/active"}},
           {R"({"role":"analyst"})", {"/role"}},
           {R"({"role":"viewer","active":false})", {"/active", "/role"}}}) {
    const auto reply = Patch(admin_id_, body, version);
    EXPECT_EQ(reply.status, 422) << body << ": " << reply.body;
    EXPECT_EQ(Pointers(reply), pointers) << body;
    EXPECT_EQ(TakeSnapshot(database()), before) << body;
  }
  auto me = server_->Get("/api/v1/me").json();
  EXPECT_EQ(me["user"]["role"], "admin");
  EXPECT_EQ(me["user"]["active"], true);
  // Its own name it may change.
  EXPECT_EQ(Patch(admin_id_, R"({"display_name":"Chief"})", version).status, 200);
}

TEST_P(UsersApi, OnlyAdministratorsManageUsers) {
  const std::string path = "/api/v1/users/" + std::to_string(admin_id_);
  const nlohmann::json new_user = {{"email", "sneaky@example.org"}, {"role", "admin"}};
  const auto try_all = [&](const std::string& who, long status, const std::string& type) {
    const DbSnapshot before = TakeSnapshot(database());
    for (const auto& reply : {server_->Get("/api/v1/users"), server_->Get(path), Create(new_user),
                              Patch(admin_id_, R"({"display_name":"Hijacked"})", "1"),
                              server_->Request("POST", path + "/password")}) {
      EXPECT_EQ(reply.status, status) << who << ": " << reply.body;
      EXPECT_EQ(reply.json()["type"], type) << who;
    }
    EXPECT_EQ(TakeSnapshot(database()), before) << who;
  };
  for (const std::string role : {"analyst", "attache", "company", "region", "viewer"}) {
    server_->SignInAs(role);
    try_all(role, 403, "/problems/forbidden");
  }
  server_->Use({});
  try_all("anonymous", 401, "/problems/unauthenticated");
  server_->Use({"forged-session-value", "forged", ""});
  try_all("a forged cookie", 401, "/problems/unauthenticated");
  server_->Use(admin_);
  EXPECT_EQ(server_->Get(path).json()["display_name"], "Demo administrator");
  EXPECT_EQ(Total("/api/v1/users?q=sneaky"), 0);
}

// --- the audit trail ------------------------------------------------------------------------

TEST_P(UsersApi, TheAuditTrailRecordsEveryWriteWithWhoAndWhence) {
  const auto rid = [](const std::string& step) { return "X-Request-Id: audit-" + step; };
  const auto created =
      Create({{"email", "audited@example.org"}, {"display_name", "Audit Me"}, {"role", "viewer"}},
             {rid("create")});
  ASSERT_EQ(created.status, 201);
  const int64_t id = created.json()["user"]["id"];
  ASSERT_EQ(Patch(id, R"({"display_name":"Audited Person"})", "1", {rid("update")}).status, 200);
  const auto reset = server_->Request("POST", "/api/v1/users/" + std::to_string(id) + "/password",
                                      "", {rid("reset")});
  ASSERT_EQ(reset.status, 200);
  const std::string otp = reset.json()["one_time_password"];

  server_->Use({});
  // Without --trust-proxy a forwarded address is not believed.
  ASSERT_EQ(server_
                ->SendJson("POST", "/api/v1/session",
                           {{"email", "audited@example.org"}, {"password", "not-the-password"}},
                           {rid("failed"), "X-Forwarded-For: 203.0.113.9"})
                .status,
            401);
  server_->SignIn("audited@example.org", otp, {rid("login")});
  const std::string chosen = "Audited passphrase 2026";
  ASSERT_EQ(server_
                ->SendJson("PUT", "/api/v1/me/password",
                           {{"current_password", otp}, {"new_password", chosen}}, {rid("change")})
                .status,
            204);
  const auto token = server_->SendJson(
      "POST", "/api/v1/tokens",
      {{"name", "audited"}, {"permissions", {"country.read"}}, {"expires_on", UtcDate(7)}},
      {rid("token")});
  ASSERT_EQ(token.status, 201);
  const std::string token_id = token.json()["token"]["id"].dump();
  const std::string secret = token.json()["secret"];
  ASSERT_EQ(server_->Request("DELETE", "/api/v1/tokens/" + token_id, "", {rid("revoke")}).status,
            204);
  ASSERT_EQ(server_->Request("DELETE", "/api/v1/session", "", {rid("logout")}).status, 204);

  server_->Use(admin_);
  const auto trail = server_->Get("/api/v1/audit?limit=500");
  ASSERT_EQ(trail.status, 200);
  std::map<std::string, nlohmann::json> by_request;
  nlohmann::json entries = trail.json()["items"];
  for (auto& entry : entries) {
    by_request[entry["request_id"].get<std::string>()] = entry;
  }
  struct Expected {
    std::string step;
    std::string action;
    std::string entity;
    std::string entity_id;
    int64_t user;
  };
  const std::string user_id = std::to_string(id);
  for (const Expected& e :
       std::vector<Expected>{{"create", "create", "user", user_id, admin_id_},
                             {"update", "update", "user", user_id, admin_id_},
                             {"reset", "password_reset", "user", user_id, admin_id_},
                             {"failed", "login_failed", "user", user_id, id},
                             {"login", "login", "user", user_id, id},
                             {"change", "password_change", "user", user_id, id},
                             {"token", "create", "token", token_id, id},
                             {"revoke", "revoke", "token", token_id, id},
                             {"logout", "logout", "user", user_id, id}}) {
    const auto found = by_request.find("audit-" + e.step);
    ASSERT_NE(found, by_request.end()) << e.step << " is not in the trail";
    const auto& entry = found->second;
    EXPECT_EQ(entry["action"], e.action) << e.step;
    EXPECT_EQ(entry["entity"], e.entity) << e.step;
    EXPECT_EQ(entry["entity_id"], e.entity_id) << e.step;
    EXPECT_EQ(entry["user"]["id"], e.user) << e.step;
    EXPECT_EQ(entry["client_address"], "127.0.0.1") << e.step;
    EXPECT_TRUE(entry["at"].get<std::string>().starts_with(UtcDate(0))) << entry["at"];
  }
  EXPECT_EQ(by_request["audit-create"]["user"]["email"], "admin@attache.demo");
  EXPECT_EQ(by_request["audit-create"]["diff"]["email"]["to"], "audited@example.org");
  EXPECT_EQ(by_request["audit-update"]["diff"],
            nlohmann::json({{"display_name", {{"from", "Audit Me"}, {"to", "Audited Person"}}}}));
  EXPECT_EQ(by_request["audit-failed"]["diff"]["reason"], "wrong_password");
  EXPECT_EQ(by_request["audit-token"]["diff"]["prefix"], secret.substr(0, 12));
  for (const std::string& secret_text : {otp, chosen, secret, std::string("not-the-password")}) {
    EXPECT_EQ(trail.body.find(secret_text), std::string::npos) << secret_text;
  }
}

TEST_P(UsersApi, TheAuditTrailFiltersAndPages) {
  const int64_t id = CreateOk({{"email", "filtered@example.org"}, {"role", "viewer"}});
  ASSERT_EQ(Patch(id, R"({"display_name":"One"})", "1").status, 200);
  ASSERT_EQ(Patch(id, R"({"display_name":"Two"})", "2").status, 200);
  ASSERT_EQ(server_->Request("POST", "/api/v1/users/" + std::to_string(id) + "/password").status,
            200);
  const std::string of_user = "/api/v1/audit?entity=user&id=" + std::to_string(id);

  const auto actions = [&](const std::string& path) {
    std::vector<std::string> out;
    const auto reply = server_->Get(path);
    EXPECT_EQ(reply.status, 200) << path << ": " << reply.body;
    nlohmann::json entries = reply.json()["items"];
    for (auto& entry : entries) out.push_back(entry["action"]);
    return out;
  };
  using Actions = std::vector<std::string>;
  EXPECT_EQ(actions(of_user), (Actions{"password_reset", "update", "update", "create"}));
  EXPECT_EQ(actions(of_user + "&action=update"), (Actions{"update", "update"}));
  EXPECT_EQ(actions(of_user + "&action=create,password_reset"),
            (Actions{"password_reset", "create"}));
  EXPECT_EQ(actions(of_user + "&from=" + UtcDate(0) + "&to=" + UtcDate(0)).size(), 4U);
  EXPECT_EQ(Total(of_user + "&from=" + UtcDate(1)), 0);
  EXPECT_EQ(Total(of_user + "&to=" + UtcDate(-1)), 0);
  EXPECT_EQ(Total(of_user + "&user=" + std::to_string(id)), 0);

  const auto by_admin = server_->Get("/api/v1/audit?limit=500&user=" + std::to_string(admin_id_));
  ASSERT_EQ(by_admin.status, 200);
  EXPECT_EQ(by_admin.json()["total"], 5);  // its sign-in and the four writes above
  nlohmann::json entries = by_admin.json()["items"];
  for (auto& entry : entries) EXPECT_EQ(entry["user"]["id"], admin_id_);

  // Pages follow the ids downwards, so what is written meanwhile neither repeats nor shifts them.
  auto first = server_->Get("/api/v1/audit?limit=3").json();
  ASSERT_EQ(first["items"].size(), 3U);
  CreateOk({{"email", "meanwhile@example.org"}, {"role", "viewer"}});
  const int64_t total = Total("/api/v1/audit");
  int pages = 0;
  const auto rest =
      AllPages(*server_, "/api/v1/audit?limit=7", &pages, first["next_cursor"].get<std::string>());
  std::vector<int64_t> ids;
  for (auto& entry : first["items"]) ids.push_back(entry["id"]);
  for (auto& entry : rest) ids.push_back(entry["id"]);
  EXPECT_EQ(static_cast<int64_t>(ids.size()), total - 1);  // all but the one written meanwhile
  EXPECT_TRUE(std::is_sorted(ids.rbegin(), ids.rend()));
  EXPECT_EQ(std::adjacent_find(ids.begin(), ids.end()), ids.end());

  for (const auto& [query, parameter] :
       std::vector<std::pair<std::string, std::string>>{{"from=2026-13-01", "from"},
                                                        {"from=2026-05-02&to=2026-05-01", "to"},
                                                        {"id=5", "id"},
                                                        {"user=abc", "user"},
                                                        {"limit=0", "limit"},
                                                        {"cursor=zzz", "cursor"}}) {
    const auto reply = server_->Get("/api/v1/audit?" + query);
    EXPECT_EQ(reply.status, 400) << query;
    EXPECT_EQ(ParameterOf(reply), parameter) << query << ": " << reply.body;
  }
}

TEST_P(UsersApi, NoApiChangesTheAuditTrail) {
  const DbSnapshot before = TakeSnapshot(database());
  for (const std::string method : {"PUT", "PATCH", "DELETE", "POST"}) {
    const auto reply = server_->Request(method, "/api/v1/audit", R"({"items":[]})",
                                        {"Content-Type: application/json"});
    EXPECT_EQ(reply.status, 405) << method << ": " << reply.body;
    EXPECT_EQ(reply.json()["type"], "/problems/method-not-allowed") << method;
    EXPECT_NE(reply.header("allow").find("GET"), std::string::npos) << reply.header("allow");
    EXPECT_EQ(TakeSnapshot(database()), before) << method;
  }
  const auto one = server_->Request("DELETE", "/api/v1/audit/1");
  EXPECT_TRUE(one.status == 404 || one.status == 405) << one.status;
  EXPECT_EQ(TakeSnapshot(database()), before);

  // Administrators and analysts read it; other roles may not.
  server_->SignInAs("analyst");
  EXPECT_EQ(server_->Get("/api/v1/audit?limit=1").status, 200);
  for (const std::string role : {"attache", "company", "region", "viewer"}) {
    server_->SignInAs(role);
    const auto reply = server_->Get("/api/v1/audit?limit=1");
    EXPECT_EQ(reply.status, 403) << role;
    EXPECT_EQ(reply.json()["type"], "/problems/forbidden") << role;
  }
  server_->Use({});
  EXPECT_EQ(server_->Get("/api/v1/audit").status, 401);
}

INSTANTIATE_TEST_SUITE_P(Backends, UsersApi, kBackends, BackendName);

}  // namespace
}  // namespace attache::testing
