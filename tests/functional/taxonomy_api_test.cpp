// The taxonomy API on the real binary, on SQLite and on PostgreSQL.
#include <gtest/gtest.h>

#include <set>

#include "harness.hpp"

namespace attache::testing {
namespace {

// What a rejected write must leave as it was: the harness's snapshot, and the classes with the
// sum of their versions.
struct TaxonomyState {
  DbSnapshot snapshot;
  int64_t classes = 0;
  int64_t versions = 0;
  bool operator==(const TaxonomyState&) const = default;
};

std::ostream& operator<<(std::ostream& out, const TaxonomyState& state) {
  return out << state.snapshot << ", classes " << state.classes << ", versions " << state.versions;
}

class TaxonomyApi : public ApiTest {
 protected:
  TaxonomyState State() {
    TaxonomyState state{TakeSnapshot(database())};
    auto db = OpenDatabase(database(), false);
    if (!db) return state;
    auto read = db->Read([&](db::Connection& conn) -> Status {
      auto classes = conn.QueryInt("SELECT COUNT(*) FROM taxonomy_classes", {});
      if (!classes) return tl::unexpected(classes.error());
      auto versions = conn.QueryInt("SELECT SUM(version) FROM taxonomy_classes", {});
      if (!versions) return tl::unexpected(versions.error());
      state.classes = *classes;
      state.versions = *versions;
      return {};
    });
    EXPECT_TRUE(read) << read.error().internal;
    return state;
  }

  // Tags a new organisation with the class, as the organisations domain would.
  void UseClass(const std::string& id) {
    auto db = OpenDatabase(database(), false);
    ASSERT_NE(db, nullptr);
    auto done = db->Write([&](db::Connection& conn) -> Status {
      auto organisation = conn.QueryInt(R"(
INSERT INTO organisations (kind, country, search_text, sort_en, sort_ru, created_at, updated_at)
VALUES ('domestic_company', 'RU', '', '', '', 't', 't') RETURNING id)",
                                        {});
      if (!organisation) return tl::unexpected(organisation.error());
      auto tagged =
          conn.Execute("INSERT INTO organisation_classes VALUES ($1, $2)", {*organisation, id});
      if (!tagged) return tl::unexpected(tagged.error());
      return {};
    });
    ASSERT_TRUE(done) << done.error().internal;
  }

  HttpReply Create(const nlohmann::json& body) const {
    return server_->SendJson("POST", "/api/v1/taxonomy/classes", body);
  }
  HttpReply Patch(const std::string& id, const nlohmann::json& body, const std::string& version) {
    return server_->SendJson("PATCH", "/api/v1/taxonomy/classes/" + id, body,
                             {"If-Match: \"" + version + "\""});
  }

  static nlohmann::json NewClass() {
    return {{"id", "dat.fraud_analytics"},
            {"group_id", "dat"},
            {"label_en", "Fraud analytics"},
            {"label_ru", "Антифрод-аналитика"},
            {"synonyms_en", {"anti-fraud", " fraud detection "}},
            {"synonyms_ru", {"антифрод"}}};
  }

  // Every class in the list, by id.
  std::map<std::string, nlohmann::json> Classes() {
    const auto reply = server_->Get("/api/v1/taxonomy");
    EXPECT_EQ(reply.status, 200) << reply.body;
    std::map<std::string, nlohmann::json> classes;
    const auto body = reply.json();
    for (const auto& group : body["groups"]) {
      for (const auto& item : group["classes"]) classes[item["id"]] = item;
    }
    return classes;
  }
};

std::set<std::string> Pointers(const HttpReply& reply) {
  std::set<std::string> pointers;
  const auto problem = reply.json();
  for (const auto& error : problem["errors"]) pointers.insert(error["pointer"]);
  return pointers;
}

TEST_P(TaxonomyApi, ListsFifteenGroupsOf143ClassesWithLabelsAndSynonyms) {
  const auto reply = server_->Get("/api/v1/taxonomy");
  ASSERT_EQ(reply.status, 200) << reply.body;
  const auto body = reply.json();
  ASSERT_EQ(body["groups"].size(), 15U);
  size_t classes = 0;
  for (const auto& group : body["groups"]) {
    EXPECT_FALSE(group["label_en"].get<std::string>().empty());
    EXPECT_FALSE(group["label_ru"].get<std::string>().empty());
    for (const auto& item : group["classes"]) {
      ++classes;
      EXPECT_EQ(item["group_id"], group["id"]);
      EXPECT_FALSE(item["synonyms_ru"].empty()) << item["id"];
      EXPECT_EQ(item["origin"], "reference");
      EXPECT_FALSE(item.contains("used")) << "usage counts are for administrators";
    }
  }
  EXPECT_EQ(classes, 143U);
  const auto& first = body["groups"][0];
  EXPECT_EQ(first["id"], "idt");
  EXPECT_EQ(first["label_ru"], "Идентификация, доверие и базовые реестры");
  EXPECT_EQ(first["classes"][0]["id"], "idt.digital_id");
  EXPECT_EQ(first["classes"][0]["label_en"], "Digital identity & authentication");
  EXPECT_EQ(first["classes"][0]["synonyms_en"][1], "eID");
  EXPECT_EQ(first["classes"][0]["anchors"][0], "GS:Identity");

  ASSERT_EQ(body["cooperation_areas"].size(), 34U);
  const auto& satcom = body["cooperation_areas"][16];
  EXPECT_EQ(satcom["id"], "coop.satcom");
  EXPECT_EQ(satcom["label_ru"], "Спутниковая связь");
  EXPECT_EQ(satcom["related"], nlohmann::json({"tel.satcom"}));
  const auto& payments = body["cooperation_areas"][21];
  EXPECT_EQ(payments["id"], "coop.payments");
  EXPECT_EQ(payments["related"].size(), 9U) << "pay.* is every class of the payments group";

  const auto again = server_->Get("/api/v1/taxonomy", {"If-None-Match: " + reply.header("etag")});
  EXPECT_EQ(again.status, 304);
}

TEST_P(TaxonomyApi, AnonymousCallersReadItAndAdministratorsSeeUses) {
  server_->Use(Credentials{});
  const auto anonymous = server_->Get("/api/v1/taxonomy");
  ASSERT_EQ(anonymous.status, 200) << anonymous.body;
  EXPECT_EQ(anonymous.json()["groups"].size(), 15U);
  EXPECT_EQ(server_->Get("/api/v1/taxonomy/classes/geo.gis").json()["label_ru"],
            "ГИС и инфраструктура пространственных данных");

  server_->SignInAs("admin");
  ASSERT_EQ(Create(NewClass()).status, 201);
  nlohmann::json other = NewClass();
  other["id"] = "dat.other";
  ASSERT_EQ(Create(other).status, 201);
  // Classes of its own, as the demo data may tag reference classes.
  ASSERT_NO_FATAL_FAILURE(UseClass("dat.fraud_analytics"));
  const auto classes = Classes();
  EXPECT_EQ(classes.at("dat.fraud_analytics")["used"], 1);
  EXPECT_EQ(classes.at("dat.other")["used"], 0);
  EXPECT_TRUE(classes.at("geo.gis")["used"].is_number_integer());
}

TEST_P(TaxonomyApi, AnAdministratorAddsAClass) {
  server_->SignInAs("admin");
  const TaxonomyState before = State();
  const auto created = Create(NewClass());
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.header("location"), "/api/v1/taxonomy/classes/dat.fraud_analytics");
  EXPECT_EQ(created.header("etag"), "\"1\"");
  const auto body = created.json();
  EXPECT_EQ(body["origin"], "custom");
  EXPECT_EQ(body["synonyms_en"], nlohmann::json({"anti-fraud", "fraud detection"}));
  EXPECT_TRUE(body["archived_at"].is_null());
  const TaxonomyState after = State();
  EXPECT_EQ(after.classes, before.classes + 1);
  EXPECT_EQ(after.snapshot.audit, before.snapshot.audit + 1);

  const auto listed = Classes();
  ASSERT_TRUE(listed.contains("dat.fraud_analytics"));
  EXPECT_EQ(listed.at("dat.fraud_analytics")["label_ru"], "Антифрод-аналитика");
  server_->Use(Credentials{});
  EXPECT_EQ(server_->Get("/api/v1/taxonomy/classes/dat.fraud_analytics").json()["label_en"],
            "Fraud analytics");
}

TEST_P(TaxonomyApi, OnlyAdministratorsChangeIt) {
  std::map<std::string, Credentials> signed_in;  // before the snapshot: signing in is audited
  for (const char* role : {"analyst", "attache", "company", "viewer"}) {
    signed_in[role] = server_->SignInAs(role);
  }
  const TaxonomyState before = State();
  for (const auto& [role, credentials] : signed_in) {
    server_->Use(credentials);
    EXPECT_EQ(Create(NewClass()).status, 403) << role;
    EXPECT_EQ(Patch("dat.bi", {{"label_en", "BI"}}, "1").status, 403) << role;
  }
  server_->Use(Credentials{});
  EXPECT_EQ(Create(NewClass()).status, 401);
  EXPECT_EQ(State(), before);
}

TEST_P(TaxonomyApi, InvalidClassesAre422NamingEachFieldAndChangeNothing) {
  server_->SignInAs("admin");
  ASSERT_EQ(Create(NewClass()).status, 201);
  const auto with = [](std::initializer_list<std::pair<const char*, nlohmann::json>> changes) {
    nlohmann::json body = NewClass();
    body["id"] = "dat.other";
    for (const auto& [key, value] : changes) {
      if (value.is_null()) {
        body.erase(key);
      } else {
        body[key] = value;
      }
    }
    return body;
  };
  struct Case {
    const char* name;
    nlohmann::json body;
    std::set<std::string> pointers;
  };
  const std::vector<Case> cases = {
      {"taken id", NewClass(), {"/id"}},
      {"reference id", with({{"id", "dat.bi"}}), {"/id"}},
      {"id of another group", with({{"id", "svc.other"}}), {"/id"}},
      {"upper-case id", with({{"id", "dat.Other"}}), {"/id"}},
      {"long id", with({{"id", "dat." + std::string(61, 'x')}}), {"/id"}},
      {"unknown group", with({{"id", "zzz.other"}, {"group_id", "zzz"}}), {"/group_id"}},
      {"no labels", with({{"label_en", nullptr}, {"label_ru", ""}}), {"/label_en", "/label_ru"}},
      {"long label", with({{"label_en", std::string(201, 'x')}}), {"/label_en"}},
      {"synonyms not a list", with({{"synonyms_en", "fraud"}}), {"/synonyms_en"}},
      {"synonym not a string", with({{"synonyms_ru", {"a", 1}}}), {"/synonyms_ru/1"}},
      {"synonym with |", with({{"synonyms_ru", {"a|b"}}}), {"/synonyms_ru/0"}},
      {"unknown field", with({{"colour", "red"}}), {"/colour"}},
  };
  const TaxonomyState before = State();
  for (const Case& c : cases) {
    const auto reply = Create(c.body);
    EXPECT_EQ(reply.status, 422) << c.name << ": " << reply.body;
    EXPECT_EQ(reply.json()["type"], "/problems/validation") << c.name;
    EXPECT_EQ(Pointers(reply), c.pointers) << c.name << ": " << reply.body;
    EXPECT_EQ(State(), before) << c.name;
  }
  const auto russian = server_->Request("POST", "/api/v1/taxonomy/classes", NewClass().dump(),
                                        {"Content-Type: application/json", "Accept-Language: ru"});
  ASSERT_EQ(russian.status, 422);
  EXPECT_EQ(russian.json()["errors"][0]["message"],
            "Код dat.fraud_analytics уже занят (коды не используются повторно, даже у классов в "
            "архиве).");
}

TEST_P(TaxonomyApi, LabelsChangeAgainstTheVersionInIfMatch) {
  server_->SignInAs("admin");
  const auto changed = Patch(
      "dat.bi",
      {{"label_en", "Business intelligence"}, {"synonyms_ru", {"BI", "бизнес-аналитика"}}}, "1");
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.header("etag"), "\"2\"");
  EXPECT_EQ(changed.json()["label_en"], "Business intelligence");
  EXPECT_EQ(changed.json()["label_ru"], "BI, отчётность и дашборды");
  EXPECT_EQ(Classes().at("dat.bi")["synonyms_ru"], nlohmann::json({"BI", "бизнес-аналитика"}));

  const TaxonomyState before = State();
  const auto stale = Patch("dat.bi", {{"label_en", "BI"}}, "1");
  EXPECT_EQ(stale.status, 409) << stale.body;
  EXPECT_EQ(stale.json()["type"], "/problems/conflict");
  const auto unversioned =
      server_->SendJson("PATCH", "/api/v1/taxonomy/classes/dat.bi", {{"label_en", "BI"}});
  EXPECT_EQ(unversioned.status, 428);
  EXPECT_EQ(Patch("dat.bi", {{"label_ru", nullptr}}, "2").status, 422);
  EXPECT_EQ(Patch("dat.bi", {{"archived", "yes"}}, "2").status, 422);
  EXPECT_EQ(Patch("dat.nothing", {{"label_en", "BI"}}, "1").status, 404);
  EXPECT_EQ(Patch("DAT.BI", {{"label_en", "BI"}}, "2").status, 404);
  EXPECT_EQ(State(), before);
}

TEST_P(TaxonomyApi, AnUnusedCustomClassIsArchivedAndLeavesTheList) {
  server_->SignInAs("admin");
  ASSERT_EQ(Create(NewClass()).status, 201);
  const auto archived = Patch("dat.fraud_analytics", {{"archived", true}}, "1");
  ASSERT_EQ(archived.status, 200) << archived.body;
  EXPECT_TRUE(archived.json()["archived_at"].is_string());
  EXPECT_FALSE(Classes().contains("dat.fraud_analytics"));
  const auto read = server_->Get("/api/v1/taxonomy/classes/dat.fraud_analytics");
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.json()["version"], 2);
  EXPECT_EQ(Create(NewClass()).status, 422) << "an archived class keeps its id";
}

TEST_P(TaxonomyApi, ReferenceAndUsedClassesAreNotArchived) {
  server_->SignInAs("admin");
  ASSERT_EQ(Create(NewClass()).status, 201);
  ASSERT_NO_FATAL_FAILURE(UseClass("dat.fraud_analytics"));
  const TaxonomyState before = State();
  for (const char* id : {"dat.bi", "dat.fraud_analytics"}) {
    const auto refused = Patch(id, {{"archived", true}}, "1");
    EXPECT_EQ(refused.status, 422) << id << ": " << refused.body;
    EXPECT_EQ(Pointers(refused), std::set<std::string>{"/archived"}) << id;
  }
  EXPECT_EQ(State(), before);
  EXPECT_TRUE(Classes().contains("dat.fraud_analytics"));
}

INSTANTIATE_TEST_SUITE_P(Backends, TaxonomyApi, kBackends, BackendName);

}  // namespace
}  // namespace attache::testing
