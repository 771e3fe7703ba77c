// The organisations API on the real binary, on SQLite and on PostgreSQL.
#include <gtest/gtest.h>

#include <set>

#include "harness.hpp"

namespace attache::testing {
namespace {

constexpr const char* kJson = "Content-Type: application/json";
constexpr const char* kMergePatch = "Content-Type: application/merge-patch+json";

std::string IfMatch(const nlohmann::json& version) { return "If-Match: \"" + version.dump() + "\""; }

std::set<std::string> Pointers(const HttpReply& reply) {
  std::set<std::string> pointers;
  const nlohmann::json problem = reply.json();
  for (const auto& error : problem["errors"]) pointers.insert(error["pointer"].get<std::string>());
  return pointers;
}

class OrganisationsApi : public ApiTest {
 protected:
  HttpReply Create(const nlohmann::json& body, const std::string& query = "") const {
    return server_->SendJson("POST", "/api/v1/organisations" + query, body);
  }
  std::string PathOf(const HttpReply& created) const {
    return "/api/v1/organisations/" + created.json()["id"].dump();
  }
};

TEST_P(OrganisationsApi, DemoCatalogueIsThere) {
  const auto all = server_->Get("/api/v1/organisations?limit=100").json();
  EXPECT_EQ(all["total"], 24);
  const auto kaspersky = server_->Get("/api/v1/organisations/1").json();
  EXPECT_EQ(kaspersky["name_en"], "Kaspersky Lab");
  EXPECT_EQ(kaspersky["solution_count"], 1);
  const auto in_vietnam =
      server_->Get("/api/v1/organisations?market=VN&market_status=exporting").json();
  std::set<std::string> names;
  for (const auto& item : in_vietnam["items"]) names.insert(item["name_en"].get<std::string>());
  EXPECT_EQ(names, (std::set<std::string>{"MTUCI", "Rostelecom"}));
  const auto hubs = server_->Get("/api/v1/organisations?kind=it_hub").json();
  ASSERT_EQ(hubs["total"], 1);
  EXPECT_EQ(hubs["items"][0]["hub_services"].size(), 4U);
  const auto security = server_->Get("/api/v1/organisations?sector=isc.dlp").json();
  ASSERT_EQ(security["total"], 1);
  EXPECT_EQ(security["items"][0]["name_en"], "InfoWatch");
  const auto by_russian_name =
      server_->Get("/api/v1/organisations?q=%D0%BA%D0%B0%D1%81%D0%BF%D0%B5%D1%80").json();  // касп
  ASSERT_EQ(by_russian_name["total"], 1);
}

TEST_P(OrganisationsApi, CreatesReadsAndKeepsMarketHistory) {
  const auto created = Create({{"kind", "domestic_company"},
                               {"name_ru", "Позитив Текнолоджиз"},
                               {"name_en", "Positive Technologies"},
                               {"country", "ru"},
                               {"inn", "7718668887"},
                               {"website", "ptsecurity.com"},
                               {"hq_region", "RU-MOW"},
                               {"size_band", "large"},
                               {"accredited", true},
                               {"accreditation_number", "123"},
                               {"accreditation_date", "2022-03-01"},
                               {"sectors", {"isc.siem_soc", "isc.appsec", "isc.siem_soc"}},
                               {"markets", {{{"country", "VN"}, {"status", "interested"}},
                                            {{"country", "AE"}, {"status", "exporting"}}}}});
  ASSERT_EQ(created.status, 201) << created.body;
  const auto body = created.json();
  EXPECT_EQ(body["country"], "RU");
  EXPECT_EQ(body["website"], "https://ptsecurity.com");
  EXPECT_EQ(body["sectors"], nlohmann::json({"isc.appsec", "isc.siem_soc"}));
  EXPECT_EQ(body["markets"][0]["country"], "AE");  // sorted by country
  EXPECT_EQ(created.header("etag"), "\"1\"");
  const std::string path = PathOf(created);
  EXPECT_EQ(created.header("location"), path);

  const auto patched = server_->Request(
      "PATCH", path,
      R"({"markets":[{"country":"VN","status":"exporting","note":"First contract"}],"size_band":null})",
      {kMergePatch, "If-Match: \"1\""});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.json()["size_band"], nullptr);
  EXPECT_EQ(patched.json()["name_en"], "Positive Technologies");
  EXPECT_EQ(patched.json()["markets"].size(), 1U);

  const auto history = server_->Get(path + "/market-history").json()["items"];
  // Newest first: VN changed, AE removed (same write), then the two markets of the creation.
  ASSERT_EQ(history.size(), 4U);
  std::multiset<std::string> latest{history[0]["country"].get<std::string>(),
                                    history[1]["country"].get<std::string>()};
  EXPECT_EQ(latest, (std::multiset<std::string>{"AE", "VN"}));
  for (int i : {0, 1}) {
    const nlohmann::json expected = history[i]["country"] == "AE" ? nlohmann::json() : "exporting";
    EXPECT_EQ(history[i]["status"], expected);
  }
  const auto exporting = server_->Get("/api/v1/organisations?market=VN&market_status=exporting");
  EXPECT_EQ(exporting.json()["total"], 3);
}

TEST_P(OrganisationsApi, ValidationReportsEveryBadFieldAndWritesNothing) {
  const auto before = server_->Get("/api/v1/organisations").json()["total"];
  const auto reply = Create({{"kind", "domestic_company"},
                             {"country", "VN"},
                             {"inn", "7707083894"},
                             {"website", "not a site"},
                             {"hq_region", "Moscow"},
                             {"accreditation_number", "5"},
                             {"sectors", {"no.such_class"}},
                             {"markets", {{{"country", "VN"}, {"status", "exporting"}},
                                          {{"country", "XX"}, {"status", "maybe"}}}},
                             {"hub_services", {"offices"}},
                             {"surprise", 1}});
  ASSERT_EQ(reply.status, 422) << reply.body;
  EXPECT_EQ(Pointers(reply),
            (std::set<std::string>{"/markets/1/status", "/surprise"}))
      << "shape errors come first, alone";

  const auto rules = Create({{"kind", "domestic_company"},
                             {"country", "VN"},
                             {"inn", "7707083894"},
                             {"website", "not a site"},
                             {"hq_region", "Moscow"},
                             {"accreditation_number", "5"},
                             {"markets", {{{"country", "VN"}, {"status", "exporting"}}}},
                             {"hub_services", {"offices"}}});
  ASSERT_EQ(rules.status, 422) << rules.body;
  EXPECT_EQ(Pointers(rules),
            (std::set<std::string>{"/name_ru", "/name_en", "/country", "/inn", "/website",
                                   "/hq_region", "/accreditation_number", "/markets/0/country",
                                   "/hub_services"}));

  const auto bad_inn = Create({{"kind", "domestic_company"},
                               {"name_en", "Checksum"},
                               {"country", "RU"},
                               {"inn", "7707083894"}});
  ASSERT_EQ(bad_inn.status, 422);
  EXPECT_EQ(Pointers(bad_inn), (std::set<std::string>{"/inn"}));
  const auto unknown = Create({{"kind", "foreign_company"},
                               {"name_en", "Nowhere"},
                               {"country", "ZZ"},
                               {"sectors", {"no.such_class"}},
                               {"parent_id", 999999}});
  ASSERT_EQ(unknown.status, 422);
  EXPECT_EQ(Pointers(unknown), (std::set<std::string>{"/country", "/sectors", "/parent_id"}));
  EXPECT_EQ(server_->Get("/api/v1/organisations").json()["total"], before);
}

TEST_P(OrganisationsApi, WarnsOfDuplicatesAndRefusesATakenInn) {
  const auto similar = Create({{"kind", "domestic_company"},
                               {"name_en", "Kaspersky Laboratory"},
                               {"country", "RU"}});
  ASSERT_EQ(similar.status, 409) << similar.body;
  const auto problem = similar.json();
  EXPECT_EQ(problem["type"], "/problems/possible-duplicate");
  ASSERT_EQ(problem["candidates"].size(), 1U);
  EXPECT_EQ(problem["candidates"][0]["id"], 1);
  EXPECT_EQ(problem["candidates"][0]["reason"], "name");

  const auto check = server_->Get(
      "/api/v1/organisations/duplicates?name_ru=%D0%90%D0%9E%20%C2%AB%D0%9B%D0%B0%D0%B1%D0%BE%D1%80"
      "%D0%B0%D1%82%D0%BE%D1%80%D0%B8%D1%8F%20%D0%9A%D0%B0%D1%81%D0%BF%D0%B5%D1%80%D1%81%D0%BA%D0"
      "%BE%D0%B3%D0%BE%C2%BB");  // АО «Лаборатория Касперского»
  ASSERT_EQ(check.status, 200) << check.body;
  ASSERT_EQ(check.json()["items"].size(), 1U);

  const auto confirmed = Create(
      {{"kind", "domestic_company"}, {"name_en", "Kaspersky Laboratory"}, {"country", "RU"},
       {"inn", "7713140469"}},
      "?allow_duplicate=true");
  ASSERT_EQ(confirmed.status, 201) << confirmed.body;
  const auto taken = Create({{"kind", "domestic_company"},
                             {"name_en", "Entirely Different"},
                             {"country", "RU"},
                             {"inn", "7713140469"}},
                            "?allow_duplicate=true");
  ASSERT_EQ(taken.status, 409) << taken.body;
  EXPECT_EQ(Pointers(taken), (std::set<std::string>{"/inn"}));
}

TEST_P(OrganisationsApi, MergeMovesEverythingToTheKeptOrganisation) {
  const auto duplicate = Create({{"kind", "domestic_company"},
                                 {"name_ru", "Лаборатория Касперского"},
                                 {"country", "RU"},
                                 {"inn", "7713140469"},
                                 {"sectors", {"isc.dlp"}},
                                 {"markets", {{{"country", "CN"}, {"status", "interested"}}}}},
                                "?allow_duplicate=true");
  ASSERT_EQ(duplicate.status, 201) << duplicate.body;
  const int64_t duplicate_id = duplicate.json()["id"];
  const auto solution = server_->SendJson("POST", "/api/v1/solutions",
                                          {{"organisation_id", duplicate_id},
                                           {"name_ru", "Песочница"},
                                           {"kind", "software"},
                                           {"main_class", "isc.threat_detection"},
                                           {"maturity", "stable"}});
  ASSERT_EQ(solution.status, 201) << solution.body;

  const auto viewer_try = [&] {
    Server& server = *server_;
    const Credentials analyst = server.credentials();
    server.SignInAs("attache");
    const auto refused = server.SendJson("POST", "/api/v1/organisations/1/merge",
                                         {{"duplicate_id", duplicate_id}});
    server.Use(analyst);
    return refused.status;
  };
  EXPECT_EQ(viewer_try(), 403);

  const auto merged =
      server_->SendJson("POST", "/api/v1/organisations/1/merge", {{"duplicate_id", duplicate_id}});
  ASSERT_EQ(merged.status, 200) << merged.body;
  EXPECT_EQ(merged.json()["moved"]["solutions"], 1);
  const auto kept = server_->Get("/api/v1/organisations/1").json();
  EXPECT_EQ(kept["inn"], "7713140469") << "the kept record took the duplicate's INN";
  EXPECT_EQ(kept["solution_count"], 2);
  std::set<std::string> sectors(kept["sectors"].begin(), kept["sectors"].end());
  EXPECT_TRUE(sectors.contains("isc.dlp"));
  std::set<std::string> markets;
  for (const auto& market : kept["markets"]) markets.insert(market["country"].get<std::string>());
  EXPECT_EQ(markets, (std::set<std::string>{"CN", "VN"}));
  EXPECT_EQ(server_->Get("/api/v1/organisations/" + std::to_string(duplicate_id)).status, 404);
  const auto trail =
      server_->Get("/api/v1/audit?entity=organisation&id=" + std::to_string(duplicate_id))
          .json();
  EXPECT_EQ(trail["items"][0]["action"], "merged");
}

TEST_P(OrganisationsApi, StaleVersionsAndArchivingAreGuarded) {
  const auto created = Create({{"kind", "foreign_company"}, {"name_en", "Hanoi Soft"}, {"country", "VN"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string path = PathOf(created);
  EXPECT_EQ(server_->Request("PATCH", path, R"({"name_en":"X"})", {kMergePatch, "If-Match: \"7\""}).status,
            409);
  EXPECT_EQ(server_->Request("PATCH", path, R"({"name_en":"X"})", {kMergePatch}).status, 428);
  EXPECT_EQ(server_->Request("PATCH", path, R"({"parent_id":)" + created.json()["id"].dump() + "}",
                             {kMergePatch, IfMatch(1)})
                .status,
            422);
  EXPECT_EQ(server_->Request("DELETE", "/api/v1/organisations/1", "", {IfMatch(1)}).status, 409)
      << "Kaspersky Lab still has a solution";
  EXPECT_EQ(server_->Request("DELETE", path, "", {IfMatch(1)}).status, 204);
  EXPECT_EQ(server_->Get(path).status, 404);
}

TEST_P(OrganisationsApi, CompanyUsersSeeAndEditOnlyTheirOwnProfile) {
  server_->SignInAs("company");  // company_id 1: Kaspersky Lab
  const auto listed = server_->Get("/api/v1/organisations").json();
  ASSERT_EQ(listed["total"], 1);
  EXPECT_EQ(listed["items"][0]["id"], 1);
  EXPECT_EQ(server_->Get("/api/v1/organisations/2").status, 404);
  const auto own = server_->Request("PATCH", "/api/v1/organisations/1",
                                    R"({"description_en":"Our own words."})",
                                    {kMergePatch, IfMatch(1)});
  ASSERT_EQ(own.status, 200) << own.body;
  const auto vouched = server_->Request("PATCH", "/api/v1/organisations/1",
                                        R"({"accredited":true})", {kMergePatch, IfMatch(2)});
  ASSERT_EQ(vouched.status, 422) << vouched.body;
  EXPECT_EQ(Pointers(vouched), (std::set<std::string>{"/accredited"}));
  EXPECT_EQ(server_->Request("PATCH", "/api/v1/organisations/2", R"({"website":""})",
                             {kMergePatch, IfMatch(1)})
                .status,
            403);
  EXPECT_EQ(Create({{"kind", "domestic_company"}, {"name_en", "Mine"}, {"country", "RU"}}).status,
            403);
}

TEST_P(OrganisationsApi, AttachesKeepTheOrganisationsOfTheirCountries) {
  server_->SignInAs("attache");  // Vietnam
  EXPECT_EQ(Create({{"kind", "government_body"},
                    {"name_en", "Ministry of Information and Communications"},
                    {"country", "VN"}})
                .status,
            201);
  EXPECT_EQ(Create({{"kind", "government_body"}, {"name_en", "Ministry"}, {"country", "TH"}}).status,
            403);
}

INSTANTIATE_TEST_SUITE_P(Backends, OrganisationsApi, kBackends, BackendName);

}  // namespace
}  // namespace attache::testing
