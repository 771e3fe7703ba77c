#include "domains/countries/service.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "domains/countries/reference_data.hpp"
#include "support/temp_database.hpp"

namespace attache::countries {
namespace {

using testing::BackendTest;

const TimePoint kNow =
    std::chrono::sys_days{std::chrono::year{2026} / 11 / 21} + std::chrono::hours(9);

class ServiceTest : public BackendTest {
 protected:
  ServiceTest() : BackendTest(testing::Open::kMigrated) {}
  void SetUp() override {
    BackendTest::SetUp();
    if (!db_) return;
    service_ = std::make_unique<Service>(*db_, [] { return kNow; });
    auto synced = service_->SyncReference(actor_);
    ASSERT_TRUE(synced) << synced.error().internal;
  }

  int64_t Count(const std::string& sql) {
    auto count = db_->Read([&](db::Connection& conn) { return conn.QueryInt(sql, {}); });
    EXPECT_TRUE(count);
    return count.value_or(-1);
  }

  static access::Principal As(access::Role role, std::vector<std::string> countries = {}) {
    access::Principal principal;
    principal.role = role;
    principal.user_id = 1;
    principal.countries = std::move(countries);
    return principal;
  }

  std::unique_ptr<Service> service_;
  Actor actor_ = Actor::System("test");
  access::Principal admin_ = As(access::Role::kAdmin);
};

TEST_P(ServiceTest, SyncWritesEveryReferenceCountryOnceAndIsIdempotent) {
  EXPECT_EQ(Count("SELECT COUNT(*) FROM countries"),
            static_cast<int64_t>(ReferenceCountries().size()));
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'reference_sync'"),
            static_cast<int64_t>(ReferenceCountries().size()));
  auto again = service_->SyncReference(actor_);
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, 0U);
}

TEST_P(ServiceTest, NewspaperNamesAndRegions) {
  auto vn = service_->GetCountry("VN");
  ASSERT_TRUE(vn);
  EXPECT_EQ(vn->name_ru, "Вьетнам");
  EXPECT_EQ(vn->official_name_en, "Socialist Republic of Viet Nam");
  EXPECT_EQ(vn->region.name_en, "Southeast Asia");
  EXPECT_EQ(vn->continent.code, "142");
  EXPECT_EQ(service_->GetCountry("AE")->name_ru, "ОАЭ");
  EXPECT_EQ(service_->GetCountry("US")->name_ru, "США");
  EXPECT_EQ(service_->GetCountry("ZA")->name_ru, "ЮАР");
  EXPECT_EQ(service_->GetCountry("TR")->name_ru, "Турция");
  EXPECT_EQ(service_->GetCountry("XX").error().code, ErrorCode::kNotFound);
}

TEST_P(ServiceTest, PresenceChangeIsVersionedAndAudited) {
  auto before = service_->GetCountry("ID");
  ASSERT_TRUE(before);
  const Presence presence{PresenceStatus::kActive, Date{2025, 10, 1}, "Jakarta"};
  auto stale = service_->SetPresence("ID", before->version + 1, presence, admin_, actor_);
  ASSERT_FALSE(stale);
  EXPECT_EQ(stale.error().code, ErrorCode::kConflict);
  const int64_t audited = Count("SELECT COUNT(*) FROM audit_log");

  auto after = service_->SetPresence("ID", before->version, presence, admin_, actor_);
  ASSERT_TRUE(after) << after.error().internal;
  EXPECT_EQ(after->version, before->version + 1);
  EXPECT_EQ(after->presence.since, (Date{2025, 10, 1}));
  EXPECT_EQ(after->updated_at, "2026-11-21T09:00:00.000Z");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log"), audited + 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM outbox WHERE entity = 'country' AND entity_id = 'ID'"), 2);
  auto diff = db_->Read([](db::Connection& conn) -> Result<std::string> {
    std::string text;
    auto status =
        conn.Query("SELECT diff FROM audit_log WHERE entity_id = 'ID' AND action = 'update'", {},
                   [&](const db::Row& row) { text = row.String(0); });
    if (!status) return tl::unexpected(status.error());
    return text;
  });
  ASSERT_TRUE(diff);
  const auto json = nlohmann::json::parse(*diff);
  EXPECT_EQ(json["presence"]["from"]["status"], "none");
  EXPECT_EQ(json["presence"]["to"]["status"], "active");
}

TEST_P(ServiceTest, InvalidPresenceIsRejectedBeforeAnyWrite) {
  const int64_t audited = Count("SELECT COUNT(*) FROM audit_log");
  auto rejected =
      service_->SetPresence("VN", 1, {PresenceStatus::kActive, Date{2030, 1, 1}, ""}, admin_, actor_);
  ASSERT_FALSE(rejected);
  EXPECT_EQ(rejected.error().code, ErrorCode::kValidation);
  EXPECT_EQ(rejected.error().fields.at(0).pointer, "/since");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log"), audited);
}

TEST_P(ServiceTest, ListsFilterSortAndCount) {
  for (const char* iso2 : {"VN", "TH", "KZ"}) {
    auto country = service_->GetCountry(iso2);
    ASSERT_TRUE(service_->SetPresence(iso2, country->version,
                                      {PresenceStatus::kActive, std::nullopt, ""}, admin_, actor_));
  }
  CountryQuery query;
  query.presence = {PresenceStatus::kActive};
  query.sort = "name_ru";
  auto page = service_->ListCountries(query);
  ASSERT_TRUE(page);
  ASSERT_EQ(page->page.total, 3);
  EXPECT_EQ(page->page.items[0].name_ru, "Вьетнам");
  EXPECT_EQ(page->page.items[2].name_ru, "Таиланд");
  EXPECT_EQ(page->facets.active, 3);
  EXPECT_EQ(page->facets.none, static_cast<int64_t>(ReferenceCountries().size()) - 3);

  query.region = "143";  // Central Asia
  page = service_->ListCountries(query);
  ASSERT_TRUE(page);
  ASSERT_EQ(page->page.total, 1);
  EXPECT_EQ(page->page.items[0].iso2, "KZ");

  CountryQuery by_name;
  by_name.text = "КАЗАХ";
  page = service_->ListCountries(by_name);
  ASSERT_TRUE(page);
  ASSERT_EQ(page->page.total, 1);
  EXPECT_EQ(page->page.items[0].iso2, "KZ");
}

TEST_P(ServiceTest, EnglishNamesSortAlphabeticallyNotByBytes) {
  CountryQuery query;
  query.text = "land";  // Åland Islands, Finland, Iceland, Ireland, Netherlands, Poland, ...
  query.limit = 500;
  auto page = service_->ListCountries(query);
  ASSERT_TRUE(page);
  ASSERT_GE(page->page.items.size(), 3U);
  EXPECT_EQ(page->page.items[0].iso2, "AX") << page->page.items[0].name_en;
}

TEST_P(ServiceTest, AttacheLifecycleKeepsCountsAndHistory) {
  AttacheFields fields;
  fields.country = "VN";
  fields.name_en = "Anna Smirnova";
  fields.status = AttacheStatus::kPlanned;
  auto created = service_->CreateAttache(fields, admin_, actor_);
  ASSERT_TRUE(created) << created.error().internal;
  EXPECT_EQ(service_->GetCountry("VN")->attache_count, 1);

  AttachePatch to_post;
  to_post.status = AttacheStatus::kActive;
  to_post.start_date = Date{2026, 1, 15};
  auto active = service_->PatchAttache(created->id, created->version, to_post, admin_, actor_);
  ASSERT_TRUE(active) << active.error().internal;
  EXPECT_EQ(active->fields.status, AttacheStatus::kActive);
  EXPECT_EQ(active->fields.name_en, "Anna Smirnova");

  AttachePatch end;
  end.status = AttacheStatus::kEnded;
  end.end_date = Date{2026, 11, 1};
  auto ended = service_->PatchAttache(created->id, active->version, end, admin_, actor_);
  ASSERT_TRUE(ended);
  EXPECT_EQ(service_->GetCountry("VN")->attache_count, 0);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE entity = 'attache'"), 3);

  AttachePatch move;
  move.country = "ZZ";
  auto moved = service_->PatchAttache(created->id, ended->version, move, admin_, actor_);
  ASSERT_FALSE(moved);
  EXPECT_EQ(moved.error().code, ErrorCode::kValidation);
  EXPECT_EQ(moved.error().fields.at(0).pointer, "/country");
}

TEST_P(ServiceTest, AnAttacheChangesOnlyTheAttachesOfItsOwnCountries) {
  AttacheFields vietnam;
  vietnam.country = "VN";
  vietnam.name_en = "Digital attaché in Vietnam";
  vietnam.status = AttacheStatus::kActive;
  AttacheFields turkey = vietnam;
  turkey.country = "TR";
  turkey.name_en = "Digital attaché in Turkey";
  auto vn = service_->CreateAttache(vietnam, admin_, actor_);
  auto tr = service_->CreateAttache(turkey, admin_, actor_);
  ASSERT_TRUE(vn && tr);

  const access::Principal attache = As(access::Role::kAttache, {"VN"});
  AttachePatch email;
  email.email = std::optional<std::string>("vn@example.org");
  EXPECT_TRUE(service_->PatchAttache(vn->id, vn->version, email, attache, actor_));
  auto other = service_->PatchAttache(tr->id, tr->version, email, attache, actor_);
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().code, ErrorCode::kForbidden);

  AttachePatch move;
  move.country = "TR";
  auto moved = service_->PatchAttache(vn->id, vn->version + 1, move, attache, actor_);
  ASSERT_FALSE(moved);
  EXPECT_EQ(moved.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(service_->GetAttache(vn->id)->fields.country, "VN");

  auto created = service_->CreateAttache(vietnam, attache, actor_);
  ASSERT_FALSE(created);
  EXPECT_EQ(created.error().code, ErrorCode::kForbidden);
  auto presence = service_->SetPresence("VN", service_->GetCountry("VN")->version,
                                        {PresenceStatus::kActive, std::nullopt, ""}, attache, actor_);
  ASSERT_FALSE(presence);
  EXPECT_EQ(presence.error().code, ErrorCode::kForbidden);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM attaches"), 2);
}

INSTANTIATE_TEST_SUITE_P(Backends, ServiceTest, testing::kBackends, testing::BackendName);

}  // namespace
}  // namespace attache::countries
