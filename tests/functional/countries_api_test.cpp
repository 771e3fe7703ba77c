// The countries API on the real binary, on SQLite and on PostgreSQL.
#include <gtest/gtest.h>

#include <set>

#include "harness.hpp"

namespace attache::testing {
namespace {

class CountriesApi : public ApiTest {};

TEST_P(CountriesApi, ListsEveryIsoCountryWithPresenceFacets) {
  const auto reply = server_->Get("/api/v1/countries?limit=500");
  ASSERT_EQ(reply.status, 200) << reply.body;
  const auto body = reply.json();
  EXPECT_GE(body["total"].get<int>(), 249);
  EXPECT_EQ(body["items"].size(), body["total"].get<size_t>());
  EXPECT_TRUE(body["next_cursor"].is_null());
  EXPECT_EQ(body["facets"]["presence"]["active"], 18);
  EXPECT_EQ(body["facets"]["presence"]["planned"], 1);
  EXPECT_EQ(reply.header("content-type"), "application/json");
  EXPECT_FALSE(reply.header("etag").empty());
}

TEST_P(CountriesApi, FiltersByPresenceAndRegionAndFindsNamesInBothLanguages) {
  const auto active = server_->Get("/api/v1/countries?presence=active&limit=100").json();
  EXPECT_EQ(active["total"], 18);
  for (const auto& item : active["items"]) EXPECT_EQ(item["presence"]["status"], "active");

  const auto planned = server_->Get("/api/v1/countries?presence=planned").json();
  ASSERT_EQ(planned["items"].size(), 1U);
  EXPECT_EQ(planned["items"][0]["iso2"], "TM");
  EXPECT_EQ(planned["items"][0]["presence"]["since"], "2025-10-13");

  for (const std::string query : {"viet", "VIET", "%D0%B2%D1%8C%D0%B5%D1%82", "VNM"}) {
    const auto found = server_->Get("/api/v1/countries?q=" + query).json();
    ASSERT_EQ(found["total"], 1) << query;
    EXPECT_EQ(found["items"][0]["iso2"], "VN") << query;
    EXPECT_EQ(found["items"][0]["name_ru"], "Вьетнам");
  }
  // Facets ignore the presence filter but follow the others.
  const auto asia = server_->Get("/api/v1/countries?region=142&presence=active&limit=100").json();
  EXPECT_EQ(asia["facets"]["presence"]["active"], asia["total"]);
  for (const auto& item : asia["items"]) EXPECT_EQ(item["continent"]["code"], "142");
  const auto wildcard = server_->Get("/api/v1/countries?q=%25").json();
  EXPECT_EQ(wildcard["total"], 0) << "a % in the query is a character, not a wildcard";
}

TEST_P(CountriesApi, SortsAndPagesWithCursors) {
  const auto first = server_->Get("/api/v1/countries?presence=active&sort=name_ru&limit=10").json();
  ASSERT_EQ(first["items"].size(), 10U);
  EXPECT_EQ(first["items"][0]["name_ru"], "Аргентина");
  ASSERT_TRUE(first["next_cursor"].is_string());
  const auto second = server_
                          ->Get("/api/v1/countries?presence=active&sort=name_ru&limit=10&cursor=" +
                                first["next_cursor"].get<std::string>())
                          .json();
  ASSERT_EQ(second["items"].size(), 8U);
  EXPECT_TRUE(second["next_cursor"].is_null());
  EXPECT_EQ(second["items"][7]["name_ru"], "ЮАР");
  const auto reversed =
      server_->Get("/api/v1/countries?presence=active&sort=-name_en&limit=1").json();
  EXPECT_EQ(reversed["items"][0]["name_en"], "Vietnam");
}

TEST_P(CountriesApi, OneCountryCarriesItsVersionAsETag) {
  const auto reply = server_->Get("/api/v1/countries/vn");
  ASSERT_EQ(reply.status, 200);
  const auto body = reply.json();
  EXPECT_EQ(body["iso2"], "VN");
  EXPECT_EQ(body["iso_numeric"], "704");
  EXPECT_EQ(body["region"]["code"], "035");
  EXPECT_EQ(body["attache_count"], 1);
  EXPECT_EQ(reply.header("etag"), "\"" + std::to_string(body["version"].get<int>()) + "\"");
  const auto head = server_->Request("HEAD", "/api/v1/countries/VN");
  EXPECT_EQ(head.status, 200);
  EXPECT_TRUE(head.body.empty());
}

TEST_P(CountriesApi, UnknownCountryIs404Problem) {
  for (const std::string path :
       {"/api/v1/countries/XX", "/api/v1/countries/VNM", "/api/v1/countries/1"}) {
    const auto reply = server_->Get(path);
    EXPECT_EQ(reply.status, 404) << path;
    EXPECT_EQ(reply.header("content-type"), "application/problem+json");
    EXPECT_EQ(reply.json()["type"], "/problems/not-found");
  }
}

TEST_P(CountriesApi, PresenceUpdateIsSavedAuditedAndSeenByLists) {
  const auto before = TakeSnapshot(database());
  const std::string etag = server_->Get("/api/v1/countries/KG").header("etag");
  const auto reply = server_->SendJson(
      "PUT", "/api/v1/countries/KG/presence",
      {{"status", "planned"}, {"since", "2024-05-01"}, {"note", "  Talks in Bishkek  "}},
      {"If-Match: " + etag});
  ASSERT_EQ(reply.status, 200) << reply.body;
  const auto body = reply.json();
  EXPECT_EQ(body["presence"]["status"], "planned");
  EXPECT_EQ(body["presence"]["since"], "2024-05-01");
  EXPECT_EQ(body["presence"]["note"], "Talks in Bishkek");
  EXPECT_NE(reply.header("etag"), etag);
  const auto after = TakeSnapshot(database());
  EXPECT_EQ(after.audit, before.audit + 1);
  EXPECT_EQ(after.outbox, before.outbox + 1);
  // The cached list sees the change at once.
  const auto planned = server_->Get("/api/v1/countries?presence=planned").json();
  EXPECT_EQ(planned["total"], 2);
}

TEST_P(CountriesApi, RejectedPresenceUpdatesChangeNothing) {
  const std::string etag = server_->Get("/api/v1/countries/VN").header("etag");
  const std::string json = "Content-Type: application/json";
  const std::string if_match = "If-Match: " + etag;
  struct Case {
    std::string name;
    std::string body;
    std::vector<std::string> headers;
    long status;
    std::string type;
  };
  const std::vector<Case> cases = {
      {"malformed JSON", R"({"status": )", {json, if_match}, 400, "/problems/bad-request"},
      {"not an object", R"(["active"])", {json, if_match}, 400, "/problems/bad-request"},
      {"not JSON",
       "status=active",
       {"Content-Type: text/plain", if_match},
       415,
       "/problems/unsupported-media-type"},
      {"no If-Match", R"({"status":"active"})", {json}, 428, "/problems/precondition-required"},
      {"stale If-Match",
       R"({"status":"none"})",
       {json, "If-Match: \"1\""},
       409,
       "/problems/conflict"},
      {"bad If-Match",
       R"({"status":"none"})",
       {json, "If-Match: soon"},
       400,
       "/problems/bad-request"},
      {"unknown status", R"({"status":"activ"})", {json, if_match}, 422, "/problems/validation"},
      {"future date",
       R"({"status":"active","since":"2999-01-01"})",
       {json, if_match},
       422,
       "/problems/validation"},
      {"impossible date",
       R"({"status":"active","since":"2023-02-30"})",
       {json, if_match},
       422,
       "/problems/validation"},
      {"note too long",
       R"({"status":"active","note":")" + std::string(2001, 'x') + "\"}",
       {json, if_match},
       422,
       "/problems/validation"},
      {"unknown field",
       R"({"status":"active","colour":"red"})",
       {json, if_match},
       422,
       "/problems/validation"},
      {"oversize body",
       std::string(2 * 1024 * 1024, ' '),
       {json, if_match},
       413,
       "/problems/payload-too-large"},
  };
  const DbSnapshot before = TakeSnapshot(database());
  const auto country_before = server_->Get("/api/v1/countries/VN").json();
  for (const Case& c : cases) {
    const auto reply = server_->Request("PUT", "/api/v1/countries/VN/presence", c.body, c.headers);
    EXPECT_EQ(reply.status, c.status) << c.name << ": " << reply.body;
    EXPECT_EQ(reply.json()["type"], c.type) << c.name;
    EXPECT_EQ(TakeSnapshot(database()), before) << c.name;
  }
  EXPECT_EQ(server_->Get("/api/v1/countries/VN").json(), country_before);
}

TEST_P(CountriesApi, ValidationNamesEveryFieldInTheReadersLanguage) {
  const std::string etag = server_->Get("/api/v1/countries/VN").header("etag");
  const auto reply = server_->Request(
      "PUT", "/api/v1/countries/VN/presence", R"({"status":"none","since":"2020-01-01"})",
      {"Content-Type: application/json", "If-Match: " + etag, "Accept-Language: ru-RU,ru;q=0.9"});
  ASSERT_EQ(reply.status, 422);
  const auto body = reply.json();
  EXPECT_EQ(body["title"], "Ошибки в данных");
  ASSERT_EQ(body["errors"].size(), 1U);
  EXPECT_EQ(body["errors"][0]["pointer"], "/since");
  EXPECT_EQ(body["errors"][0]["message"], "Оставьте пустым, если присутствия нет.");
}

TEST_P(CountriesApi, BadListParametersAre400NamingEachParameter) {
  const auto reply =
      server_->Get("/api/v1/countries?limit=0&sort=colour&presence=activ&region=Asia&x=1");
  ASSERT_EQ(reply.status, 400);
  std::set<std::string> named;
  const auto problem = reply.json();
  for (const auto& error : problem["errors"]) named.insert(error["parameter"].get<std::string>());
  EXPECT_EQ(named, (std::set<std::string>{"limit", "sort", "presence", "region", "x"}));
  EXPECT_EQ(server_->Get("/api/v1/countries?cursor=bogus").status, 400);
}

TEST_P(CountriesApi, WorldRegionsListContinentsFirst) {
  const auto body = server_->Get("/api/v1/world-regions").json();
  ASSERT_GE(body["items"].size(), 20U);
  EXPECT_TRUE(body["items"][0]["parent"].is_null());
  bool seen_asia = false;
  for (const auto& item : body["items"]) {
    if (item["code"] == "142") {
      seen_asia = true;
      EXPECT_EQ(item["name_ru"], "Азия");
    }
  }
  EXPECT_TRUE(seen_asia);
}

INSTANTIATE_TEST_SUITE_P(Backends, CountriesApi, kBackends, BackendName);

}  // namespace
}  // namespace attache::testing
