// The solutions API and the public showcase on the real binary, on SQLite and on PostgreSQL.
#include <gtest/gtest.h>

#include <set>

#include "harness.hpp"

namespace attache::testing {
namespace {

constexpr const char* kMergePatch = "Content-Type: application/merge-patch+json";

std::set<std::string> Pointers(const HttpReply& reply) {
  std::set<std::string> pointers;
  const nlohmann::json problem = reply.json();
  for (const auto& error : problem["errors"]) pointers.insert(error["pointer"].get<std::string>());
  return pointers;
}

std::set<std::string> EnglishNames(const nlohmann::json& page) {
  std::set<std::string> names;
  for (const auto& item : page["items"]) names.insert(item["name_en"].get<std::string>());
  return names;
}

class SolutionsApi : public ApiTest {
 protected:
  HttpReply Create(const nlohmann::json& body) const {
    return server_->SendJson("POST", "/api/v1/solutions", body);
  }
  static nlohmann::json Valid() {
    return {{"organisation_id", 1},
            {"name_ru", "Защита АСУ ТП"},
            {"name_en", "Industrial control protection"},
            {"kind", "software"},
            {"main_class", "isc.ics_security"},
            {"classes", {"isc.threat_detection", "isc.ics_security", "ind.scada"}},
            {"maturity", "stable"},
            {"interface_languages", {"ru", "EN", "vi"}},
            {"references", {{{"country", "vn"}, {"customer", "A power plant"}, {"year", 2021}}}},
            {"certifications", {"FSTEC"}},
            {"registry_number", "4321"},
            {"licence_model", "subscription"},
            {"export_readiness", 3},
            {"published", true}};
  }
};

TEST_P(SolutionsApi, CreatesFiltersAndPatches) {
  const auto created = Create(Valid());
  ASSERT_EQ(created.status, 201) << created.body;
  const auto body = created.json();
  EXPECT_EQ(body["classes"], nlohmann::json({"ind.scada", "isc.threat_detection"}))
      << "the main class is not repeated among the others";
  EXPECT_EQ(body["interface_languages"], nlohmann::json({"ru", "en", "vi"}));
  EXPECT_EQ(body["references"][0]["country"], "VN");
  EXPECT_EQ(body["organisation"]["name_en"], "Kaspersky Lab");
  const std::string path = "/api/v1/solutions/" + body["id"].dump();

  EXPECT_EQ(EnglishNames(server_->Get("/api/v1/solutions?class=ind.scada").json()),
            (std::set<std::string>{"Industrial control protection"}));
  EXPECT_EQ(EnglishNames(server_->Get("/api/v1/solutions?country=VN").json()),
            (std::set<std::string>{"Industrial control protection", "Intelligent network",
                                   "Telecom specialist training"}));
  EXPECT_EQ(server_->Get("/api/v1/solutions?readiness=3&kind=software").json()["total"], 1);
  EXPECT_EQ(server_->Get("/api/v1/solutions?organisation=1").json()["total"], 2);
  EXPECT_EQ(server_->Get("/api/v1/solutions?q=4321").json()["total"], 1) << "registry number";
  EXPECT_EQ(server_->Get("/api/v1/solutions?readiness=7").status, 400);

  const auto patched = server_->Request("PATCH", path, R"({"maturity":"obsolete","classes":[]})",
                                        {kMergePatch, "If-Match: \"1\""});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.json()["classes"], nlohmann::json::array());
  EXPECT_EQ(server_->Get("/api/v1/solutions?class=ind.scada").json()["total"], 0);
  EXPECT_EQ(server_->Get("/api/v1/solutions?class=isc.ics_security").json()["total"], 1)
      << "the main class is still found";
}

TEST_P(SolutionsApi, ValidationNamesEveryField) {
  nlohmann::json bad = Valid();
  bad["main_class"] = "no.such";
  bad["interface_languages"] = {"rus"};
  bad["references"] = {{{"country", "ZZ"}, {"year", 1800}}};
  bad["registry_number"] = "12a";
  bad["export_readiness"] = 3;
  bad["name_en"] = "";
  bad["name_ru"] = "";
  const auto shape = Create(bad);
  ASSERT_EQ(shape.status, 422) << shape.body;
  EXPECT_EQ(Pointers(shape),
            (std::set<std::string>{"/interface_languages/0", "/references/0/year"}));
  bad["interface_languages"] = {"ru", "ru"};
  bad["references"] = {{{"country", "RU"}, {"year", 2030}}};
  const auto rules = Create(bad);
  ASSERT_EQ(rules.status, 422) << rules.body;
  EXPECT_EQ(Pointers(rules),
            (std::set<std::string>{"/name_ru", "/name_en", "/interface_languages/1",
                                   "/references/0/year", "/registry_number", "/export_readiness"}));
  nlohmann::json unknown = Valid();
  unknown["main_class"] = "no.such";
  unknown["references"] = {{{"country", "ZZ"}}};
  const auto missing = Create(unknown);
  ASSERT_EQ(missing.status, 422) << missing.body;
  EXPECT_EQ(Pointers(missing), (std::set<std::string>{"/main_class", "/references/0/country"}));
  nlohmann::json foreign_owner = Valid();
  foreign_owner["organisation_id"] = 23;  // Vietnam Telecom International
  EXPECT_EQ(Pointers(Create(foreign_owner)), (std::set<std::string>{"/organisation_id"}));

  ASSERT_EQ(Create(Valid()).status, 201);
  nlohmann::json same_entry = Valid();
  same_entry["name_en"] = "Another";
  const auto taken = Create(same_entry);
  EXPECT_EQ(taken.status, 409);
  EXPECT_EQ(Pointers(taken), (std::set<std::string>{"/registry_number"}));
}

TEST_P(SolutionsApi, TextFindsWordsThatBeginWithEachWordOfTheQuery) {
  const auto created = Create(Valid());
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string path = "/api/v1/solutions/" + created.json()["id"].dump();
  const auto found = [&](const std::string& q) {
    return EnglishNames(server_->Get("/api/v1/solutions?limit=100&q=" + q).json())
        .contains("Industrial control protection");
  };
  EXPECT_TRUE(found("indust"));
  EXPECT_TRUE(found("CONTROL%20prot")) << "every word, in any case";
  EXPECT_TRUE(found("prot%2C%20control")) << "in any order, punctuation aside";
  EXPECT_TRUE(found("%D0%B7%D0%B0%D1%89")) << "защ, the Russian name";
  EXPECT_TRUE(found("%D0%B0%D1%81%D1%83")) << "асу, a later Russian word";
  EXPECT_FALSE(found("dustrial")) << "not the middle of a word";
  EXPECT_FALSE(found("control%20nothing")) << "every word must be found";
  EXPECT_FALSE(found("c")) << "a single character is a whole word";
  EXPECT_EQ(server_->Get("/api/v1/solutions?q=-%25").json()["total"], 0)
      << "punctuation alone is no word of any record";

  const auto renamed = server_->Request("PATCH", path, R"({"name_en":"Plant guard"})",
                                        {kMergePatch, "If-Match: \"1\""});
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(server_->Get("/api/v1/solutions?q=indust").json()["total"], 0);
  EXPECT_EQ(EnglishNames(server_->Get("/api/v1/solutions?q=guard").json()),
            (std::set<std::string>{"Plant guard"}));

  // A database whose word index is missing or older than the binary gets it rebuilt on start.
  server_.reset();
  {
    auto db = db::Database::Open(database().url());
    ASSERT_TRUE(db);
    ASSERT_TRUE((*db)->Write([](db::Connection& conn) -> Status {
      for (const char* sql : {"DELETE FROM solution_terms", "DELETE FROM derived_tables"}) {
        if (auto done = conn.Execute(sql, {}); !done) return tl::unexpected(done.error());
      }
      return {};
    }));
  }
  server_ = Server::Start(database());
  server_->SignInAs("analyst");
  EXPECT_EQ(EnglishNames(server_->Get("/api/v1/solutions?q=guard").json()),
            (std::set<std::string>{"Plant guard"}));
  EXPECT_EQ(server_->Get("/api/v1/solutions?q=kasper").json()["total"], 0)
      << "the owner's name is not the solution's";
}

TEST_P(SolutionsApi, OrganisationsCountTheirLiveSolutions) {
  const auto count = [&](int id) {
    return server_->Get("/api/v1/organisations/" + std::to_string(id)).json()["solution_count"];
  };
  const nlohmann::json before = count(1);
  const auto created = Create(Valid());
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string path = "/api/v1/solutions/" + created.json()["id"].dump();
  EXPECT_EQ(count(1), before.get<int>() + 1);
  const auto top = server_->Get("/api/v1/organisations?sort=-solutions&limit=5").json();
  ASSERT_EQ(top["items"].size(), 5u);
  EXPECT_GE(top["items"][0]["solution_count"], count(1));
  for (size_t i = 1; i < top["items"].size(); ++i) {
    EXPECT_GE(top["items"][i - 1]["solution_count"], top["items"][i]["solution_count"]);
  }

  const nlohmann::json other = count(2);
  const auto moved =
      server_->Request("PATCH", path, R"({"organisation_id":2})", {kMergePatch, "If-Match: \"1\""});
  ASSERT_EQ(moved.status, 200) << moved.body;
  EXPECT_EQ(count(1), before);
  EXPECT_EQ(count(2), other.get<int>() + 1);
  const auto archived = server_->Request("DELETE", path, "", {"If-Match: \"2\""});
  ASSERT_EQ(archived.status, 204) << archived.body;
  EXPECT_EQ(count(2), other);
}

TEST_P(SolutionsApi, CompanyUsersWorkOnTheirOwnSolutionsOnly) {
  server_->SignInAs("company");  // Kaspersky Lab
  EXPECT_EQ(server_->Get("/api/v1/solutions").json()["total"], 1);
  EXPECT_EQ(Create(Valid()).status, 201);
  nlohmann::json elsewhere = Valid();
  elsewhere["organisation_id"] = 2;
  elsewhere["registry_number"] = nullptr;
  EXPECT_EQ(Create(elsewhere).status, 403);
  EXPECT_EQ(server_->Get("/api/v1/solutions/2").status, 404) << "Rostelecom's solution";
}

TEST_P(SolutionsApi, ShowcaseIsPublicAndShowsOnlyPublishedFacts) {
  server_->Use({});  // anonymous
  const auto page = server_->Get("/api/v1/showcase/solutions?limit=100");
  EXPECT_EQ(page.header("cache-control"), "public, max-age=60") << "browsers may keep it";
  EXPECT_FALSE(page.header("etag").empty()) << "and revalidate it";
  ASSERT_EQ(page.status, 200) << page.body;
  const auto body = page.json();
  EXPECT_EQ(body["total"], 6);
  for (const auto& item : body["items"]) {
    EXPECT_FALSE(item.contains("published"));
    EXPECT_FALSE(item.contains("version"));
    EXPECT_TRUE(item["organisation"].contains("website"));
  }
  EXPECT_EQ(EnglishNames(server_->Get("/api/v1/showcase/solutions?class=isc.dlp").json()),
            (std::set<std::string>{"Data leak prevention"}));
  EXPECT_EQ(server_->Get("/api/v1/showcase/solutions?kind=radio_electronics").json()["total"], 0)
      << "the one radio-electronics solution is not published";
  const auto unpublished = server_->Get("/api/v1/showcase/solutions/7");  // mobile OS
  EXPECT_EQ(unpublished.status, 404);
  EXPECT_EQ(server_->Get("/api/v1/showcase/solutions/1").status, 200);
  EXPECT_EQ(server_->Get("/api/v1/solutions").status, 401) << "the catalogue itself is not public";
}

TEST_P(SolutionsApi, ShowcaseIsRateLimited) {
  server_->Use({});
  int refused = 0;
  std::string retry_after;
  for (int i = 0; i < 200 && refused == 0; ++i) {
    const auto reply = server_->Get("/api/v1/showcase/solutions?limit=1");
    if (reply.status == 429) {
      ++refused;
      retry_after = reply.header("retry-after");
    } else {
      ASSERT_EQ(reply.status, 200);
    }
  }
  EXPECT_EQ(refused, 1);
  EXPECT_FALSE(retry_after.empty());
}

INSTANTIATE_TEST_SUITE_P(Backends, SolutionsApi, kBackends, BackendName);

}  // namespace
}  // namespace attache::testing
