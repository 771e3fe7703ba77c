// Relocation cases on the real binary, on SQLite and on PostgreSQL: a foreign company courted
// from prospect to relocated past the stage gates, scoping by the country it comes from, and bad
// input.
#include <gtest/gtest.h>

#include <set>

#include "harness.hpp"

namespace attache::testing {
namespace {

std::string IfMatch(int64_t version) { return "If-Match: \"" + std::to_string(version) + "\""; }

std::set<std::string> Pointers(const HttpReply& reply) {
  std::set<std::string> pointers;
  for (const auto& error : reply.json().value("errors", nlohmann::json::array())) {
    pointers.insert(error.value("pointer", ""));
  }
  return pointers;
}

constexpr int64_t kVietnamTelecom = 23;  // foreign, in VN

class RelocationApi : public ApiTest {
 protected:
  HttpReply Open(const nlohmann::json& body) const {
    return server_->SendJson("POST", "/api/v1/relocations", body);
  }
  nlohmann::json OpenOk(const nlohmann::json& body) const {
    const auto reply = Open(body);
    EXPECT_EQ(reply.status, 201) << reply.body;
    return reply.json();
  }
  HttpReply Move(const nlohmann::json& current, const std::string& to,
                 const std::string& reason = "") const {
    return server_->SendJson("POST", Path(current) + "/transition",
                             {{"to", to}, {"reason", reason}},
                             {IfMatch(current["version"].get<int64_t>())});
  }
  HttpReply Patch(const nlohmann::json& current, const nlohmann::json& patch) const {
    return server_->SendJson("PATCH", Path(current), patch,
                             {IfMatch(current["version"].get<int64_t>())});
  }
  static std::string Path(const nlohmann::json& current) {
    return "/api/v1/relocations/" + current["id"].dump();
  }
  int64_t Turkish() const {
    const auto created = server_->SendJson(
        "POST", "/api/v1/organisations?allow_duplicate=true",
        {{"kind", "foreign_company"}, {"name_en", "Istanbul Soft"}, {"country", "TR"}});
    EXPECT_EQ(created.status, 201) << created.body;
    return created.json().value("id", int64_t{0});
  }
};

TEST_P(RelocationApi, AForeignCompanyIsCourtedFromProspectToRelocated) {
  server_->SignInAs("attache");
  const int64_t attache = server_->Get("/api/v1/me").json()["user"]["id"];
  nlohmann::json current = OpenOk({{"organisation_id", kVietnamTelecom},
                                   {"kind", "rnd_centre"},
                                   {"title", "  R&D centre for 5G software "}});
  EXPECT_EQ(current["from_country"], "VN");  // the company's country
  EXPECT_EQ(current["title"], "R&D centre for 5G software");
  EXPECT_EQ(current["stage"], "prospect");
  EXPECT_EQ(current["owner"]["id"], attache);
  EXPECT_EQ(current["organisation"]["name_en"], "Vietnam Telecom International");
  EXPECT_EQ(current["allowed_transitions"], nlohmann::json({"engaged", "lost"}));

  auto moved = Move(current, "engaged");
  ASSERT_EQ(moved.status, 200) << moved.body;
  current = moved.json();
  EXPECT_EQ(Pointers(Move(current, "application")), std::set<std::string>{"/region"});
  EXPECT_EQ(Pointers(Move(current, "relocated")), std::set<std::string>{"/to"});
  auto patched = Patch(current, {{"region", "ru-ta"}, {"jobs", 150}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.json()["region"], "RU-TA");
  current = Move(patched.json(), "application").json();
  EXPECT_EQ(current["stage"], "application");
  // The region stays while the case is at application.
  EXPECT_EQ(Pointers(Patch(current, {{"region", nullptr}})), std::set<std::string>{"/region"});
  EXPECT_EQ(Pointers(Move(current, "relocated")), std::set<std::string>{"/investment"});
  current = Patch(current, {{"investment", {{"minor", 250'000'000}, {"currency", "usd"}}}}).json();
  EXPECT_EQ(current["investment"]["currency"], "USD");
  // A stale version changes nothing.
  nlohmann::json stale = current;
  stale["version"] = current["version"].get<int64_t>() - 1;
  EXPECT_EQ(Move(stale, "relocated").status, 409);
  moved = Move(current, "relocated");
  ASSERT_EQ(moved.status, 200) << moved.body;
  current = moved.json();
  EXPECT_FALSE(current["closed_at"].is_null());
  EXPECT_EQ(current["editable"], false);
  EXPECT_EQ(Patch(current, {{"jobs", 1}}).status, 409);
  EXPECT_EQ(server_->Get("/api/v1/relocations?stage=relocated").json()["total"], 1);
  EXPECT_EQ(server_->Get("/api/v1/relocations?stage=open").json()["total"], 0);
  const auto audit =
      server_->Get("/api/v1/audit?entity=relocation_case&id=" + current["id"].dump());
  EXPECT_EQ(audit.status, 403);  // attachés do not read the audit trail
  // ... but they read the case's moves between stages, oldest first.
  const auto history = server_->Get(Path(current) + "/history");
  ASSERT_EQ(history.status, 200) << history.body;
  std::vector<std::string> path;
  const nlohmann::json moves = history.json()["items"];
  for (const auto& change : moves) {
    path.push_back(
        (change["from"].is_null() ? std::string("-") : change["from"].get<std::string>()) + ">" +
        change["to"].get<std::string>());
    EXPECT_EQ(change["by"]["id"], attache);
  }
  EXPECT_EQ(path, (std::vector<std::string>{"->prospect", "prospect>engaged", "engaged>application",
                                            "application>relocated"}));
}

TEST_P(RelocationApi, AttachesFollowCompaniesFromTheirCountries) {
  const auto vietnam = OpenOk({{"organisation_id", kVietnamTelecom},
                               {"kind", "joint_venture"},
                               {"title", "Joint venture in Novosibirsk"}});
  const int64_t istanbul = Turkish();
  const auto turkey =
      OpenOk({{"organisation_id", istanbul}, {"kind", "headquarters"}, {"title", "Moving HQ"}});
  EXPECT_EQ(turkey["from_country"], "TR");
  EXPECT_EQ(server_->Get("/api/v1/relocations?q=novosibirsk").json()["total"], 1);
  EXPECT_EQ(server_->Get("/api/v1/relocations?q=istanbul").json()["total"], 1);

  server_->SignInAs("attache");
  const auto listed = server_->Get("/api/v1/relocations").json();
  ASSERT_EQ(listed["total"], 1);
  EXPECT_EQ(listed["items"][0]["id"], vietnam["id"]);
  EXPECT_EQ(server_->Get(Path(turkey)).status, 404);
  EXPECT_EQ(server_->Get(Path(turkey) + "/history").status, 404);
  EXPECT_EQ(Move(turkey, "lost", "gone").status, 404);
  EXPECT_EQ(server_->Get("/api/v1/relocations/999999/history").status, 404);
  EXPECT_EQ(Open({{"organisation_id", istanbul}, {"kind", "production"}, {"title", "x"}}).status,
            403);

  server_->SignInAs("company");
  EXPECT_EQ(server_->Get("/api/v1/relocations").status, 403);
  server_->SignInAs("viewer");
  EXPECT_EQ(server_->Get("/api/v1/relocations").json()["total"], 2);
  EXPECT_EQ(Move(vietnam, "lost", "x").status, 403);
}

TEST_P(RelocationApi, BadInputGetsClearErrorsAndChangesNothing) {
  const auto before = TakeSnapshot(database());
  const auto domestic = Open({{"organisation_id", 1},
                              {"kind", "headquarters"},
                              {"title", "Not foreign"},
                              {"region", "Tatarstan"},
                              {"owner_id", 999}});
  EXPECT_EQ(Pointers(domestic), std::set<std::string>{"/region"});
  const auto wrong = Open({{"organisation_id", 1},
                           {"from_country", "QQ"},
                           {"kind", "headquarters"},
                           {"title", "Not foreign"},
                           {"owner_id", 999}});
  EXPECT_EQ(Pointers(wrong),
            (std::set<std::string>{"/organisation_id", "/from_country", "/owner_id"}));
  const auto shapeless = Open({{"organisation_id", "x"},
                               {"kind", "factory"},
                               {"jobs", -3},
                               {"investment", {{"minor", 1}}},
                               {"colour", "red"}});
  EXPECT_EQ(Pointers(shapeless),
            (std::set<std::string>{"/organisation_id", "/kind", "/title", "/jobs",
                                   "/investment/currency", "/colour"}));
  EXPECT_EQ(server_->Get("/api/v1/relocations?stage=moved").status, 400);
  EXPECT_EQ(server_->Get("/api/v1/relocations?kind=factory").status, 400);
  EXPECT_EQ(TakeSnapshot(database()).audit, before.audit);
  const auto current = OpenOk({{"organisation_id", kVietnamTelecom},
                               {"kind", "licensing"},
                               {"title", "Licence for a billing system"}});
  EXPECT_EQ(Pointers(Move(current, "lost")), std::set<std::string>{"/reason"});
  EXPECT_EQ(server_->SendJson("POST", Path(current) + "/transition", {{"to", "engaged"}}).status,
            428);
  EXPECT_EQ(server_->Get("/api/v1/relocations/999999").status, 404);
}

INSTANTIATE_TEST_SUITE_P(Backends, RelocationApi, kBackends, BackendName);

}  // namespace
}  // namespace attache::testing
