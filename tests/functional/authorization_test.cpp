// The authorization matrix, generated from the server's own policy (GET /api/v1/policy): every
// role (and anonymous) x every API route x a record inside and a record outside the role's scope,
// on SQLite and PostgreSQL. A route the role does not hold answers 401 (anonymous) or 403; a
// record outside the scope answers 403 or 404; everything else gets past authorization (any other
// status: 2xx, or 4xx for the deliberately minimal bodies).
#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <set>

#include "core/time.hpp"
#include "functional/harness.hpp"

namespace attache::testing {
namespace {

class Authorization : public ApiTest {};

const char* const kRoles[] = {"admin", "analyst", "attache", "company", "region", "viewer"};

bool Denied(long status) { return status == 401 || status == 403 || status == 404; }

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

// Everything a role needs in the matrix: its credentials and its own records.
struct Actor {
  Credentials credentials;
  int64_t user_id = 0;
  int64_t token_id = 0;
};

class Matrix {
 public:
  explicit Matrix(Server& server) : server_(server) {}

  void Prepare() {
    for (const char* role : kRoles) {
      Actor& actor = actors_[role];
      actor.credentials = server_.SignInAs(role);
      actor.user_id = server_.Get("/api/v1/me").json()["user"]["id"];
      const std::string expires =
          ToDate(std::chrono::system_clock::now() + std::chrono::days(30)).ToString();
      const auto token = server_.SendJson("POST", "/api/v1/tokens",
                                          {{"name", std::string("matrix ") + role},
                                           {"permissions", {"profile.read"}},
                                           {"expires_on", expires}});
      ASSERT_EQ(token.status, 201) << role << ": " << token.body;
      actor.token_id = token.json()["token"]["id"];
    }
    server_.Use(actors_["admin"].credentials);
    const auto victim = server_.SendJson("POST", "/api/v1/users",
                                         {{"email", "victim@example.org"}, {"role", "viewer"}});
    ASSERT_EQ(victim.status, 201) << victim.body;
    victim_ = victim.json()["user"]["id"];
    for (const char* country : {"VN", "TR"}) {
      const auto list = server_.Get(std::string("/api/v1/attaches?country=") + country).json();
      ASSERT_EQ(list["total"], 1) << country;
      attaches_[country] = list["items"][0]["id"];
    }
    ASSERT_NO_FATAL_FAILURE(PrepareContacts());
    // Requests: one for the company user's organisation in the attaché's Vietnam, one of a
    // Turkish organisation in Turkey, nobody's own.
    requests_["own"] = NewRequest(organisations_["company"], "VN");
    requests_["other"] = NewRequest(organisations_["TR"], "TR");
    for (const char* key : {"own", "other"}) {
      const auto attached = server_.Request(
          "POST",
          "/api/v1/requests/" + std::to_string(requests_[key]) + "/attachments?name=matrix.txt",
          "Matrix");
      EXPECT_EQ(attached.status, 201) << attached.body;
      attachments_[key] = attached.json().value("id", int64_t{0});
    }
    // Deals: the company user's organisation's in Vietnam, another company's in Turkey; both
    // signed, with a milestone each.
    deals_["own"] = NewDeal(organisations_["company"], solutions_["company"], "VN");
    deals_["other"] = NewDeal(2, solutions_["other"], "TR");
    // Relocation cases: a company from the attaché's Vietnam, one from Turkey.
    for (const auto& [key, country] : {std::pair{"own", "VN"}, std::pair{"other", "TR"}}) {
      const auto created = server_.SendJson("POST", "/api/v1/relocations",
                                            {{"organisation_id", organisations_[country]},
                                             {"kind", "rnd_centre"},
                                             {"title", "Matrix"}});
      EXPECT_EQ(created.status, 201) << created.body;
      relocations_[key] = created.json().value("id", int64_t{0});
    }
    // Activities and tasks: one in Vietnam, one in Turkey.
    for (const auto& [key, country] : {std::pair{"own", "VN"}, std::pair{"other", "TR"}}) {
      const auto created =
          server_.SendJson("POST", "/api/v1/activities",
                           {{"kind", "call"},
                            {"occurred_on", ToDate(std::chrono::system_clock::now()).ToString()},
                            {"subject", "Matrix"},
                            {"countries", {country}}});
      EXPECT_EQ(created.status, 201) << created.body;
      activities_[key] = created.json().value("id", int64_t{0});
      const auto task =
          server_.SendJson("POST", "/api/v1/tasks",
                           {{"title", "Matrix"},
                            {"due_on", ToDate(std::chrono::system_clock::now()).ToString()},
                            {"assignee_id", actors_["analyst"].user_id},
                            {"activity_id", activities_[key]}});
      EXPECT_EQ(task.status, 201) << task.body;
      tasks_[key] = task.json().value("id", int64_t{0});
    }
  }

  // Contacts are scoped by their organisation: one of the company user's organisation (id 1),
  // one in the attaché's Vietnam, and one in Turkey, nobody's own.
  void PrepareContacts() {
    const auto first = server_.Get("/api/v1/organisations/1");
    const int64_t company = first.status == 200 ? 1 : NewOrganisation("Matrix One", "VN");
    ASSERT_EQ(company, 1);
    const bool company_in_vietnam = first.status != 200 || first.json()["country"] == "VN";
    const int64_t vietnam = company_in_vietnam ? company : NewOrganisation("Matrix VN", "VN");
    contacts_["company"] = NewContact(company);
    contacts_["VN"] = NewContact(vietnam);
    const int64_t turkey = NewOrganisation("Matrix TR", "TR");
    contacts_["TR"] = NewContact(turkey);
    organisations_ = {{"company", company}, {"VN", vietnam}, {"TR", turkey}};
    // Solutions: one of the company user's organisation (published, for the showcase too) and
    // one of another domestic company.
    for (const auto& [key, owner] : {std::pair{"company", 1}, std::pair{"other", 2}}) {
      const auto list =
          server_.Get("/api/v1/solutions?organisation=" + std::to_string(owner)).json();
      ASSERT_GE(list["total"], 1) << key;
      solutions_[key] = list["items"][0]["id"];
    }
  }

  int64_t NewOrganisation(const std::string& name, const std::string& country) {
    const auto created =
        server_.SendJson("POST", "/api/v1/organisations?allow_duplicate=true",
                         {{"kind", "foreign_company"}, {"name_en", name}, {"country", country}});
    EXPECT_EQ(created.status, 201) << created.body;
    return created.json().value("id", int64_t{0});
  }

  int64_t NewRequest(int64_t organisation, const std::string& country) {
    const auto created = server_.SendJson("POST", "/api/v1/requests",
                                          {{"organisation_id", organisation},
                                           {"country", country},
                                           {"type", "consulting"},
                                           {"subject", "Matrix"}});
    EXPECT_EQ(created.status, 201) << created.body;
    return created.json().value("id", int64_t{0});
  }

  int64_t NewDeal(int64_t organisation, int64_t solution, const std::string& country) {
    const auto created = server_.SendJson(
        "POST", "/api/v1/deals",
        {{"organisation_id", organisation},
         {"country", country},
         {"category", "software"},
         {"title", "Matrix"},
         {"counterparty_id", organisations_["TR"]},
         {"value", {{"minor", 100}, {"currency", "RUB"}}},
         {"expected_close_date", ToDate(std::chrono::system_clock::now()).ToString()},
         {"contract_number", "M-1"},
         {"owner_id", actors_["analyst"].user_id},
         {"contract_date", "2026-01-15"},
         {"solution_ids", {solution}}});
    EXPECT_EQ(created.status, 201) << created.body;
    const int64_t id = created.json().value("id", int64_t{0});
    const std::string path = "/api/v1/deals/" + std::to_string(id);
    const auto signed_ =
        server_.SendJson("POST", path + "/transition", {{"to", "signed"}}, {"If-Match: \"1\""});
    EXPECT_EQ(signed_.status, 200) << signed_.body;
    const auto milestone = server_.SendJson("POST", path + "/milestones",
                                            {{"kind", "delivery"}, {"due_on", "2027-01-15"}});
    EXPECT_EQ(milestone.status, 201) << milestone.body;
    milestones_[id] = milestone.json().value("id", int64_t{0});
    return id;
  }

  int64_t NewContact(int64_t organisation) {
    const auto created = server_.SendJson(
        "POST", "/api/v1/contacts", {{"organisation_id", organisation}, {"name_en", "Matrix"}});
    EXPECT_EQ(created.status, 201) << created.body;
    return created.json().value("id", int64_t{0});
  }

  // The concrete path for `pattern`, reaching the caller's own record or another one.
  std::string PathFor(const std::string& pattern, const std::string& permission,
                      const std::string& role, bool own) {
    std::string path = Replace(Replace(pattern, "{iso2}", own ? "VN" : "TR"), "{kind}", "contacts");
    // Catalogue entries and stages belong to no one.
    path = Replace(path, "{code}",
                   pattern.starts_with("/api/v1/deal-stages") ? "proposal" : "dispute");
    if (path.find("{id}") == std::string::npos) return path;
    std::string id;
    if (permission.starts_with("taxonomy.")) {
      return Replace(path, "{id}", "dat.bi");  // classes belong to no one: every role alike
    }
    if (permission.starts_with("attache.")) {
      id = std::to_string(attaches_[own ? "VN" : "TR"]);
    } else if (permission.starts_with("organisation.")) {
      id = std::to_string(organisations_[own ? (role == "company" ? "company" : "VN") : "TR"]);
    } else if (permission.starts_with("solution.")) {
      id = std::to_string(solutions_[own ? "company" : "other"]);
    } else if (permission.starts_with("showcase.")) {
      id = std::to_string(solutions_["company"]);  // published: anyone may see it
    } else if (permission.starts_with("request.")) {
      id = std::to_string(requests_[own ? "own" : "other"]);
      path = Replace(path, "{attachment_id}", std::to_string(attachments_[own ? "own" : "other"]));
    } else if (permission.starts_with("deal.") || permission.starts_with("export_win.")) {
      const int64_t deal = deals_[own ? "own" : "other"];
      id = std::to_string(deal);
      path = Replace(path, "{milestone_id}", std::to_string(milestones_[deal]));
    } else if (permission.starts_with("activity.")) {
      id = std::to_string(
          (pattern.starts_with("/api/v1/tasks/") ? tasks_ : activities_)[own ? "own" : "other"]);
    } else if (permission.starts_with("relocation.")) {
      id = std::to_string(relocations_[own ? "own" : "other"]);
    } else if (permission.starts_with("contact.")) {
      id = std::to_string(contacts_[own ? (role == "company" ? "company" : "VN") : "TR"]);
    } else if (permission.starts_with("token.")) {
      const std::string owner = own ? role : (role == "admin" ? "analyst" : "admin");
      const auto found = actors_.find(owner);
      id = std::to_string(found == actors_.end() ? 0 : found->second.token_id);
    } else if (pattern.ends_with("/password")) {
      id = std::to_string(victim_);  // resetting one's own would lock the caller out
    } else {
      const auto found = actors_.find(role);
      id = std::to_string(own && found != actors_.end() ? found->second.user_id : victim_);
    }
    return Replace(path, "{id}", id);
  }

  // The current version of the record at `path` (as the admin sees it), for If-Match.
  std::string VersionOf(const std::string& path) {
    const Credentials caller = server_.credentials();
    server_.Use(actors_["admin"].credentials);
    const std::string read = Replace(Replace(path, "/presence", ""), "/transition", "");
    const auto reply = server_.Get(read);
    server_.Use(caller);
    return reply.status == 200 ? "\"" + reply.json()["version"].dump() + "\"" : "\"1\"";
  }

  HttpReply Send(const std::string& role, const std::string& method, const std::string& pattern,
                 const std::string& path, bool own) {
    server_.Use(role == "anonymous" ? Credentials{} : actors_[role].credentials);
    std::vector<std::string> headers;
    nlohmann::json body = nlohmann::json::object();
    if (method == "PATCH" || method == "PUT" || pattern.ends_with("/transition") ||
        pattern.ends_with("/win")) {
      headers.push_back("If-Match: " + VersionOf(path));
    }
    // A stale version: archiving would take the contact from the roles after this one, and the
    // matrix only asks who gets past authorization (a caller in scope then gets 409).
    if (method == "DELETE" &&
        (pattern.starts_with("/api/v1/contacts/") ||
         pattern.starts_with("/api/v1/organisations/") ||
         pattern.starts_with("/api/v1/solutions/") || pattern.starts_with("/api/v1/requests/") ||
         pattern.starts_with("/api/v1/deals/"))) {
      headers.emplace_back("If-Match: \"999999\"");
    }
    if (pattern == "/api/v1/attaches" && method == "POST") {
      body = {{"country", own ? "VN" : "TR"}, {"name_en", "Matrix"}, {"status", "planned"}};
    } else if (pattern.ends_with("/presence")) {
      body = {{"status", "active"}};
    } else if (pattern.starts_with("/api/v1/relocations/") && pattern.ends_with("/transition")) {
      body = {{"to", "lost"}, {"reason", "Matrix"}};
    } else if (pattern.starts_with("/api/v1/deals/") && pattern.ends_with("/transition")) {
      body = {{"to", "abandoned"}, {"reason", "Matrix"}};
    } else if (pattern.ends_with("/transition")) {
      body = {{"to", "triaged"}};
    } else if (pattern.ends_with("/win")) {
      body = {{"value", {{"minor", 100}, {"currency", "RUB"}}}, {"helped", false}};
    } else if (pattern.ends_with("/milestones") && method == "POST") {
      body = {{"kind", "delivery"}, {"due_on", "2027-02-01"}};
    } else if (pattern.ends_with("/comments") && method == "POST") {
      body = {{"body", "Matrix"}};
    }
    HttpReply reply = method == "GET" || method == "DELETE"
                          ? server_.Request(method, path, "", headers)
                          : server_.SendJson(method, path, body, headers);
    // Signing out ends the caller's session: sign in again for the next routes.
    if (method == "DELETE" && pattern == "/api/v1/session" && role != "anonymous") {
      actors_[role].credentials = server_.SignInAs(role);
    }
    return reply;
  }

  const std::map<std::string, Actor>& actors() const { return actors_; }

 private:
  Server& server_;
  std::map<std::string, Actor> actors_;
  std::map<std::string, int64_t> attaches_;
  std::map<std::string, int64_t> contacts_;       // "company", "VN", "TR"
  std::map<std::string, int64_t> organisations_;  // the same
  std::map<std::string, int64_t> solutions_;      // "company", "other"
  std::map<std::string, int64_t> requests_;       // "own", "other"
  std::map<std::string, int64_t> attachments_;    // one of each of those requests
  std::map<std::string, int64_t> deals_;          // "own", "other"
  std::map<int64_t, int64_t> milestones_;         // one of each deal
  std::map<std::string, int64_t> relocations_;    // "own", "other"
  std::map<std::string, int64_t> activities_;     // "own", "other"
  std::map<std::string, int64_t> tasks_;          // one of each activity
  int64_t victim_ = 0;
};

TEST_P(Authorization, EveryRoleOnEveryRouteInAndOutOfScope) {
  server_->SignInAs("admin");
  const auto policy = server_->Get("/api/v1/policy").json();
  ASSERT_TRUE(policy["routes"].is_array());
  ASSERT_GE(policy["routes"].size(), 20U);
  Matrix matrix(*server_);
  ASSERT_NO_FATAL_FAILURE(matrix.Prepare());

  std::vector<std::string> roles(std::begin(kRoles), std::end(kRoles));
  roles.emplace_back("anonymous");
  std::set<std::string> scopes_seen;
  int checked = 0;
  for (const auto& route : policy["routes"]) {
    const std::string method = route["method"];
    const std::string pattern = route["path"];
    const std::string permission = route["permission"];
    for (const std::string& role : roles) {
      ASSERT_TRUE(route["scopes"].contains(role)) << pattern << " has no rule for " << role;
      const std::string scope = route["scopes"][role];
      scopes_seen.insert(scope);
      const bool scoped = pattern.find('{') != std::string::npos ||
                          (pattern == "/api/v1/attaches" && method == "POST");
      for (const bool own : scoped ? std::vector<bool>{true, false} : std::vector<bool>{true}) {
        const std::string path = matrix.PathFor(pattern, permission, role, own);
        const HttpReply reply = matrix.Send(role, method, pattern, path, own);
        const std::string what = role + " " + method + " " + path + " (" + permission + ", " +
                                 scope + (own ? ", own" : ", other") +
                                 "): " + std::to_string(reply.status) + " " + reply.body;
        ++checked;
        if (scope == "none") {
          EXPECT_EQ(reply.status, role == "anonymous" ? 401 : 403) << what;
        } else if (scope == "all" || own) {
          EXPECT_FALSE(Denied(reply.status)) << what;
        } else {
          EXPECT_TRUE(reply.status == 403 || reply.status == 404) << what;
        }
      }
    }
  }
  EXPECT_GT(checked, 200);
  // The matrix exercises every kind of scope the table uses today.
  for (const char* scope : {"none", "all", "own_countries", "self"}) {
    EXPECT_TRUE(scopes_seen.count(scope)) << scope;
  }
}

TEST_P(Authorization, ListsHoldOnlyWhatTheCallerMaySee) {
  Matrix matrix(*server_);
  ASSERT_NO_FATAL_FAILURE(matrix.Prepare());
  for (const auto& [role, actor] : matrix.actors()) {
    server_->Use(actor.credentials);
    const auto tokens = server_->Get("/api/v1/tokens?limit=500");
    ASSERT_EQ(tokens.status, 200) << role << tokens.body;
    std::set<int64_t> owners;
    const auto items = tokens.json()["items"];
    for (const auto& token : items) owners.insert(token["user_id"].get<int64_t>());
    if (role == "admin") {
      EXPECT_GE(owners.size(), 6U) << "an administrator sees every user's tokens";
    } else {
      EXPECT_EQ(owners, std::set<int64_t>{actor.user_id}) << role << " sees only its own tokens";
    }
    // Asking for another user's tokens finds nothing rather than someone else's.
    const auto others =
        server_->Get("/api/v1/tokens?user=" + std::to_string(matrix.actors().at("admin").user_id));
    if (role != "admin") {
      EXPECT_EQ(others.json()["total"], 0) << role;
    }
  }
}

TEST_P(Authorization, ViewersNeverReceivePersonalData) {
  const auto list = server_->Get("/api/v1/attaches?country=VN").json();
  const std::string path = "/api/v1/attaches/" + list["items"][0]["id"].dump();
  const auto patched = server_->Request("PATCH", path, R"({"email":"vn@mid.example"})",
                                        {"Content-Type: application/json", "If-Match: \"1\""});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(server_->Get(path).json()["email"], "vn@mid.example");
  server_->SignInAs("viewer");
  EXPECT_TRUE(server_->Get(path).json()["email"].is_null());
  const auto viewed = server_->Get("/api/v1/attaches?country=VN");
  EXPECT_TRUE(viewed.json()["items"][0]["email"].is_null());
  EXPECT_EQ(viewed.body.find("vn@mid.example"), std::string::npos);
  // Nor can they find it by searching for it.
  EXPECT_EQ(server_->Get("/api/v1/attaches?q=vn%40mid").json()["total"], 0);
  server_->SignInAs("company");
  EXPECT_EQ(server_->Get(path).json()["email"], "vn@mid.example");
  EXPECT_EQ(server_->Get("/api/v1/attaches?q=vn%40mid").json()["total"], 1);
}

TEST_P(Authorization, OnlyThoseWhoReadUsersReadTheirChangesInTheAuditTrail) {
  server_->SignInAs("admin");
  const auto created = server_->SendJson("POST", "/api/v1/users",
                                         {{"email", "someone@example.org"}, {"role", "viewer"}});
  ASSERT_EQ(created.status, 201);
  const std::string path = "/api/v1/audit?entity=user&id=" + created.json()["user"]["id"].dump();
  const auto seen = server_->Get(path).json();
  ASSERT_EQ(seen["total"], 1);
  EXPECT_EQ(seen["items"][0]["diff"]["email"]["to"], "someone@example.org");
  server_->SignInAs("analyst");
  const auto analyst = server_->Get(path);
  ASSERT_EQ(analyst.status, 200);
  EXPECT_EQ(analyst.json()["items"][0]["action"], "create");
  EXPECT_TRUE(analyst.json()["items"][0]["diff"].empty());
  EXPECT_EQ(analyst.body.find("someone@example.org"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, Authorization, kBackends, BackendName);

}  // namespace
}  // namespace attache::testing
