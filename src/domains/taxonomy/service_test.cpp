#include "domains/taxonomy/service.hpp"

#include <gtest/gtest.h>

#include <algorithm>

#include "domains/taxonomy/store.hpp"
#include "support/temp_database.hpp"

namespace attache::taxonomy {
namespace {

const TimePoint kNow =
    std::chrono::sys_days{std::chrono::year{2026} / 11 / 21} + std::chrono::hours(9);

class TaxonomyService : public testing::BackendTest {
 protected:
  TaxonomyService() : BackendTest(testing::Open::kMigrated) {}
  void SetUp() override {
    BackendTest::SetUp();
    if (!db_) return;
    service_ = std::make_unique<Service>(*db_, [] { return kNow; });
    auto synced = service_->SyncReference(actor_);
    ASSERT_TRUE(synced) << synced.error().internal;
  }

  int64_t Count(const std::string& sql) {
    auto count = db_->Read([&](db::Connection& conn) { return conn.QueryInt(sql, {}); });
    EXPECT_TRUE(count) << count.error().internal;
    return count.value_or(-1);
  }

  // Tags an organisation (and, with `solution`, a solution of it as its main class) with `id`.
  void Use(const std::string& id, bool solution) {
    auto done = db_->Write([&](db::Connection& conn) -> Status {
      const char* const kCountry = R"(
INSERT INTO countries (iso2, iso3, iso_numeric, name_en, name_ru, official_name_en,
                       official_name_ru, search_text, sort_en, sort_ru, created_at, updated_at)
SELECT 'VN', 'VNM', '704', 'Vietnam', 'Вьетнам', '', '', '', '', '', 't', 't'
WHERE NOT EXISTS (SELECT 1 FROM countries WHERE iso2 = 'VN'))";
      if (auto country = conn.Execute(kCountry, {}); !country) {
        return tl::unexpected(country.error());
      }
      auto organisation = conn.QueryInt(R"(
INSERT INTO organisations (kind, country, search_text, sort_en, sort_ru, created_at, updated_at)
VALUES ('domestic_company', 'VN', '', '', '', 't', 't') RETURNING id)",
                                        {});
      if (!organisation) return tl::unexpected(organisation.error());
      auto tagged = solution ? conn.Execute(R"(
INSERT INTO solutions (organisation_id, kind, main_class, maturity, search_text, sort_en, sort_ru,
                       created_at, updated_at)
VALUES ($1, 'software', $2, 'stable', '', '', '', 't', 't'))",
                                            {*organisation, id})
                             : conn.Execute("INSERT INTO organisation_classes VALUES ($1, $2)",
                                            {*organisation, id});
      if (!tagged) return tl::unexpected(tagged.error());
      return {};
    });
    ASSERT_TRUE(done) << done.error().internal;
  }

  ClassFields NewClass() {
    return {"dat.fraud_analytics", "dat",          "Fraud analytics",
            "Антифрод-аналитика",  {"anti-fraud"}, {"антифрод"}};
  }

  std::unique_ptr<Service> service_;
  Actor actor_ = Actor::System("test");
};

TEST_P(TaxonomyService, ListsTheLiveTaxonomyInFileOrderWithAreasExpanded) {
  auto taxonomy = service_->Get(false);
  ASSERT_TRUE(taxonomy) << taxonomy.error().internal;
  ASSERT_EQ(taxonomy->groups.size(), 15U);
  ASSERT_EQ(taxonomy->classes.size(), 143U);
  EXPECT_EQ(taxonomy->groups[0].id, "idt");
  EXPECT_EQ(taxonomy->classes[0].fields.id, "idt.digital_id");
  EXPECT_EQ(taxonomy->classes.back().fields.id, "web.media_streaming");
  EXPECT_FALSE(taxonomy->classes[0].used.has_value());
  const CooperationArea& egov = taxonomy->areas.at(0);
  EXPECT_EQ(egov.id, "coop.egov");
  EXPECT_EQ(egov.related.size(), 10U + 8U + 1U) << "every svc and idt class, and one int class";
  EXPECT_EQ(egov.related.back(), "int.info_mediator");
  const auto training =
      std::find_if(taxonomy->areas.begin(), taxonomy->areas.end(),
                   [](const CooperationArea& a) { return a.id == "coop.training"; });
  ASSERT_NE(training, taxonomy->areas.end());
  EXPECT_TRUE(training->related.empty());
}

TEST_P(TaxonomyService, CreatesACustomClassWithItsAuditEntry) {
  const int64_t audited = Count("SELECT COUNT(*) FROM audit_log");
  auto created = service_->CreateClass(NewClass(), actor_);
  ASSERT_TRUE(created) << created.error().internal;
  EXPECT_EQ(created->origin, Origin::kCustom);
  EXPECT_EQ(created->version, 1);
  EXPECT_EQ(created->fields.synonyms_ru, (std::vector<std::string>{"антифрод"}));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE entity = 'taxonomy_class' AND "
                  "entity_id = 'dat.fraud_analytics' AND action = 'create'"),
            1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log"), audited + 1);
  auto taxonomy = service_->Get(false);
  ASSERT_TRUE(taxonomy);
  EXPECT_EQ(taxonomy->classes.size(), 144U);
  // After the reference classes of its group, before the next group.
  const auto at = std::find_if(taxonomy->classes.begin(), taxonomy->classes.end(),
                               [](const Class& c) { return c.fields.id == "dat.fraud_analytics"; });
  ASSERT_NE(at, taxonomy->classes.end());
  EXPECT_EQ((at - 1)->fields.id, "dat.open_data");
  EXPECT_EQ((at + 1)->fields.group_id, "com");
}

TEST_P(TaxonomyService, RefusesTakenIdsUnknownGroupsAndBadFieldsWithoutWriting) {
  ASSERT_TRUE(service_->CreateClass(NewClass(), actor_));
  const int64_t audited = Count("SELECT COUNT(*) FROM audit_log");
  ClassFields reference = NewClass();
  reference.id = "dat.bi";
  ClassFields no_group = NewClass();
  no_group.group_id = "zzz";
  no_group.id = "zzz.thing";
  ClassFields bad = NewClass();
  bad.label_ru.clear();
  for (const auto& [fields, pointer] : {std::pair{NewClass(), "/id"},
                                        {reference, "/id"},
                                        {no_group, "/group_id"},
                                        {bad, "/label_ru"}}) {
    auto refused = service_->CreateClass(fields, actor_);
    ASSERT_FALSE(refused) << fields.id;
    EXPECT_EQ(refused.error().code, ErrorCode::kValidation) << fields.id;
    ASSERT_EQ(refused.error().fields.size(), 1U) << fields.id;
    EXPECT_EQ(refused.error().fields[0].pointer, pointer) << fields.id;
  }
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log"), audited);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM taxonomy_classes"), 144);
}

TEST_P(TaxonomyService, PatchesLabelsOfAnyClassAgainstItsVersion) {
  ClassPatch patch;
  patch.label_ru = "BI-системы, отчётность и дашборды";
  patch.synonyms_en = std::vector<std::string>{"BI", "dashboards"};
  auto stale = service_->PatchClass("dat.bi", 2, patch, actor_);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  EXPECT_EQ(service_->PatchClass("dat.nothing", 1, patch, actor_).error().code,
            ErrorCode::kNotFound);

  auto patched = service_->PatchClass("dat.bi", 1, patch, actor_);
  ASSERT_TRUE(patched) << patched.error().internal;
  EXPECT_EQ(patched->version, 2);
  EXPECT_EQ(patched->fields.label_ru, "BI-системы, отчётность и дашборды");
  EXPECT_EQ(patched->fields.label_en, "BI, reporting & dashboards");
  EXPECT_EQ(patched->fields.synonyms_en, (std::vector<std::string>{"BI", "dashboards"}));
  const int64_t audited = Count("SELECT COUNT(*) FROM audit_log");
  auto same = service_->PatchClass("dat.bi", 2, patch, actor_);
  ASSERT_TRUE(same);
  EXPECT_EQ(same->version, 2) << "a patch that changes nothing writes nothing";
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log"), audited);

  ClassPatch empty_label;
  empty_label.label_en = "";
  EXPECT_EQ(service_->PatchClass("dat.bi", 2, empty_label, actor_).error().fields.at(0).pointer,
            "/label_en");
}

TEST_P(TaxonomyService, ReferenceClassesAreNeverArchived) {
  ClassPatch archive;
  archive.archived = true;
  auto refused = service_->PatchClass("dat.bi", 1, archive, actor_);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::kValidation);
  EXPECT_EQ(refused.error().fields.at(0).pointer, "/archived");
  EXPECT_EQ(service_->GetClass("dat.bi")->version, 1);
}

TEST_P(TaxonomyService, AnUnusedCustomClassIsArchivedAndRestored) {
  ASSERT_TRUE(service_->CreateClass(NewClass(), actor_));
  ClassPatch archive;
  archive.archived = true;
  auto archived = service_->PatchClass("dat.fraud_analytics", 1, archive, actor_);
  ASSERT_TRUE(archived) << archived.error().internal;
  EXPECT_EQ(archived->archived_at, "2026-11-21T09:00:00.000Z");
  EXPECT_EQ(service_->Get(false)->classes.size(), 143U);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'archive'"), 1);
  const std::vector<std::string> ids = {"dat.fraud_analytics", "dat.bi"};
  auto unknown = db_->Read([&](db::Connection& conn) { return UnknownClasses(conn, ids); });
  EXPECT_EQ(*unknown, std::vector<std::string>{"dat.fraud_analytics"});

  ClassPatch restore;
  restore.archived = false;
  auto restored = service_->PatchClass("dat.fraud_analytics", 2, restore, actor_);
  ASSERT_TRUE(restored);
  EXPECT_FALSE(restored->archived_at.has_value());
  EXPECT_EQ(service_->Get(false)->classes.size(), 144U);
}

TEST_P(TaxonomyService, AUsedClassIsNotArchivedAndAdministratorsSeeItsUses) {
  ASSERT_TRUE(service_->CreateClass(NewClass(), actor_));
  ClassFields other = NewClass();
  other.id = "dat.other";
  ASSERT_TRUE(service_->CreateClass(other, actor_));
  ASSERT_NO_FATAL_FAILURE(Use("dat.fraud_analytics", false));
  ASSERT_NO_FATAL_FAILURE(Use("dat.other", true));
  ASSERT_NO_FATAL_FAILURE(Use("dat.other", false));
  ClassPatch archive;
  archive.archived = true;
  for (const char* id : {"dat.fraud_analytics", "dat.other"}) {
    auto refused = service_->PatchClass(id, 1, archive, actor_);
    ASSERT_FALSE(refused) << id;
    EXPECT_EQ(refused.error().code, ErrorCode::kValidation);
    EXPECT_EQ(refused.error().fields.at(0).pointer, "/archived");
  }
  EXPECT_NE(service_->PatchClass("dat.other", 1, archive, actor_)
                .error()
                .fields.at(0)
                .message.en.find("(2 solutions and organisations)"),
            std::string::npos);
  auto taxonomy = service_->Get(true);
  ASSERT_TRUE(taxonomy);
  for (const Class& c : taxonomy->classes) {
    const int64_t expected = c.fields.id == "dat.other" ? 2 : c.fields.id == "dat.fraud_analytics";
    EXPECT_EQ(c.used, expected) << c.fields.id;
  }
}

TEST_P(TaxonomyService, UnknownClassesAndLabelsForOtherDomains) {
  const std::vector<std::string> ids = {"dat.bi", "dat.nope", "web.maps", "dat.nope", "x"};
  auto unknown = db_->Read([&](db::Connection& conn) { return UnknownClasses(conn, ids); });
  ASSERT_TRUE(unknown);
  EXPECT_EQ(*unknown, (std::vector<std::string>{"dat.nope", "x"}));
  auto none = db_->Read([](db::Connection& conn) { return UnknownClasses(conn, {}); });
  EXPECT_TRUE(none && none->empty());
  auto labels = db_->Read([](db::Connection& conn) { return ClassLabels(conn); });
  ASSERT_TRUE(labels);
  EXPECT_EQ(labels->size(), 143U);
  EXPECT_EQ(labels->at("web.maps").label_ru, "Онлайн-карты и навигационные сервисы");
  EXPECT_EQ(labels->at("web.maps").group_id, "web");
  EXPECT_FALSE(labels->at("web.maps").archived);
}

INSTANTIATE_TEST_SUITE_P(Backends, TaxonomyService, testing::kBackends, testing::BackendName);

}  // namespace
}  // namespace attache::taxonomy
