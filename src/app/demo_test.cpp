#include "app/demo.hpp"

#include <gtest/gtest.h>

#include "domains/countries/service.hpp"
#include "domains/taxonomy/service.hpp"
#include "support/temp_database.hpp"

namespace attache::app {
namespace {

using testing::BackendTest;

class DemoTest : public BackendTest {
 protected:
  DemoTest() : BackendTest(testing::Open::kMigrated) {}
  void SetUp() override {
    BackendTest::SetUp();
    if (!db_) return;
    service_ = std::make_unique<countries::Service>(*db_, SystemClock());
    ASSERT_TRUE(service_->SyncReference(Actor::System("test")));
    ASSERT_TRUE(taxonomy::Service(*db_, SystemClock()).SyncReference(Actor::System("test")));
  }

  std::unique_ptr<countries::Service> service_;
};

TEST_P(DemoTest, LoadsTheCountriesOfPresenceOnce) {
  auto loaded = LoadDemo(*db_, SystemClock());
  ASSERT_TRUE(loaded) << loaded.error().internal;
  EXPECT_EQ(*loaded, DemoOutcome::kLoaded);
  auto page = service_->ListCountries({});
  ASSERT_TRUE(page);
  EXPECT_EQ(page->facets.active, 18);
  EXPECT_EQ(page->facets.planned, 1);
  EXPECT_EQ(service_->GetCountry("TM")->presence.status, countries::PresenceStatus::kPlanned);
  EXPECT_EQ(service_->GetCountry("ID")->presence.status, countries::PresenceStatus::kActive);
  EXPECT_EQ(service_->GetCountry("CN")->attache_count, 1);
  auto users = db_->Read([](db::Connection& conn) {
    return conn.QueryInt("SELECT COUNT(*) FROM users WHERE must_change_password = 0", {});
  });
  EXPECT_EQ(users.value_or(-1), 6);
  auto catalogue = db_->Read([](db::Connection& conn) {
    return conn.QueryInt(
        "SELECT (SELECT COUNT(*) FROM organisations) * 1000 + (SELECT COUNT(*) FROM solutions)",
        {});
  });
  EXPECT_EQ(catalogue.value_or(-1), 24009) << "24 organisations, 9 solutions";

  auto again = LoadDemo(*db_, SystemClock());
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, DemoOutcome::kAlreadyLoaded);
  EXPECT_EQ(service_->ListAttaches({})->total, 19);
}

TEST_P(DemoTest, StaysOutOfADatabaseWithUserData) {
  auto country = service_->GetCountry("BR");
  access::Principal admin;
  admin.role = access::Role::kAdmin;
  ASSERT_TRUE(service_->SetPresence("BR", country->version,
                                    {countries::PresenceStatus::kPlanned, std::nullopt, "talks"},
                                    admin, Actor::System("test")));
  auto outcome = LoadDemo(*db_, SystemClock());
  ASSERT_TRUE(outcome);
  EXPECT_EQ(*outcome, DemoOutcome::kNotEmpty);
  EXPECT_EQ(service_->ListCountries({})->facets.active, 0);
  EXPECT_EQ(service_->ListAttaches({})->total, 0);
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoTest, testing::kBackends, testing::BackendName);

}  // namespace
}  // namespace attache::app
