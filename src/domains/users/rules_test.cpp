// CheckUser: the e-mail, and a scope that fits the role, with the JSON pointer of each problem.
#include "domains/users/rules.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace attache::users {
namespace {

using access::Role;
using Lines = std::vector<std::string>;

UserFields Fields(Role role) {
  UserFields fields;
  fields.email = "ivanov@example.org";
  fields.display_name = "Иван Иванов";
  fields.role = role;
  return fields;
}

// "pointer: English message" of each problem, in order.
Lines Check(const UserFields& fields) {
  Lines lines;
  for (const FieldError& error : CheckUser(fields)) {
    EXPECT_TRUE(error.parameter.empty());
    EXPECT_FALSE(error.message.ru.empty()) << error.pointer;
    lines.push_back(error.pointer + ": " + error.message.en);
  }
  return lines;
}

const std::string kNeedsCountry = "/countries: An attaché needs at least one country.";
const std::string kNoCountries = "/countries: Only attachés have countries.";
const std::string kNeedsCompany = "/company_id: A company user needs a company.";
const std::string kNoCompany = "/company_id: Only company users have a company.";
const std::string kNeedsRegion = "/region: A regional user needs a region.";
const std::string kNoRegion = "/region: Only regional users have a region.";
const std::string kBadRegion =
    "/region: Must be an ISO 3166-2 code of a Russian region, such as RU-TA.";
const std::string kBadEmail = "/email: Must be an e-mail address, such as name@example.org.";

TEST(UserRules, RolesWithoutScopeNeedNone) {
  for (const Role role : {Role::kAdmin, Role::kAnalyst, Role::kViewer}) {
    EXPECT_EQ(Check(Fields(role)), Lines{}) << ToString(role);
  }
}

TEST(UserRules, RolesWithoutScopeRefuseEveryScope) {
  for (const Role role : {Role::kAdmin, Role::kAnalyst, Role::kViewer}) {
    UserFields fields = Fields(role);
    fields.countries = {"VN"};
    fields.company_id = 3;
    fields.region = "RU-TA";
    EXPECT_EQ(Check(fields), (Lines{kNoCountries, kNoCompany, kNoRegion})) << ToString(role);
  }
}

TEST(UserRules, AttacheNeedsCountries) {
  EXPECT_EQ(Check(Fields(Role::kAttache)), Lines{kNeedsCountry});
  UserFields fields = Fields(Role::kAttache);
  fields.countries = {"VN", "KZ"};
  EXPECT_EQ(Check(fields), Lines{});
  fields.company_id = 3;
  fields.region = "RU-TA";
  EXPECT_EQ(Check(fields), (Lines{kNoCompany, kNoRegion}));
}

TEST(UserRules, CountriesAreUpperCaseAlpha2Codes) {
  UserFields fields = Fields(Role::kAttache);
  fields.countries = {"VN", "vn", "VNM", "", "V1", "TR"};
  const std::string bad = ": Must be an ISO 3166-1 alpha-2 code, such as VN.";
  EXPECT_EQ(Check(fields), (Lines{"/countries/1" + bad, "/countries/2" + bad, "/countries/3" + bad,
                                  "/countries/4" + bad}));
}

TEST(UserRules, CompanyUserNeedsAPositiveCompany) {
  EXPECT_EQ(Check(Fields(Role::kCompany)), Lines{kNeedsCompany});
  UserFields fields = Fields(Role::kCompany);
  fields.company_id = 1;
  EXPECT_EQ(Check(fields), Lines{});
  fields.company_id = 0;
  EXPECT_EQ(Check(fields), Lines{"/company_id: Must be a positive id."});
  fields.company_id = -5;
  EXPECT_EQ(Check(fields), Lines{"/company_id: Must be a positive id."});
  fields.company_id = 1;
  fields.countries = {"VN"};
  fields.region = "RU-TA";
  EXPECT_EQ(Check(fields), (Lines{kNoCountries, kNoRegion}));
}

TEST(UserRules, RegionalUserNeedsARussianRegionCode) {
  EXPECT_EQ(Check(Fields(Role::kRegion)), Lines{kNeedsRegion});
  UserFields fields = Fields(Role::kRegion);
  for (const char* good : {"RU-TA", "RU-MOW", "RU-SPE"}) {
    fields.region = good;
    EXPECT_EQ(Check(fields), Lines{}) << good;
  }
  for (const char* bad : {"", "RU-", "RU-T", "RU-MOWS", "ru-ta", "RU-ta", "RU-T1", "KZ-AST", "RUTA",
                          "RU_TA", " RU-TA"}) {
    fields.region = bad;
    EXPECT_EQ(Check(fields), Lines{kBadRegion}) << '"' << bad << '"';
  }
  fields.region = "RU-TA";
  fields.countries = {"VN"};
  fields.company_id = 3;
  EXPECT_EQ(Check(fields), (Lines{kNoCountries, kNoCompany}));
}

TEST(UserRules, RegionOfAnotherRoleIsBothMisplacedAndChecked) {
  UserFields fields = Fields(Role::kViewer);
  fields.region = "Tatarstan";
  EXPECT_EQ(Check(fields), (Lines{kNoRegion, kBadRegion}));
}

TEST(UserRules, EmailMustBePlausible) {
  for (const char* bad : {"", "ivanov", "ivanov@", "@example.org", "ivanov@example",
                          "ivanov@@example.org", "iva nov@example.org", "ivanov@example..org",
                          "ivanov@.example.org", "ivanov@example.org."}) {
    UserFields fields = Fields(Role::kViewer);
    fields.email = bad;
    EXPECT_EQ(Check(fields), Lines{kBadEmail}) << '"' << bad << '"';
  }
  UserFields fields = Fields(Role::kViewer);
  fields.email = std::string(243, 'a') + "@example.org";  // 255 characters
  EXPECT_EQ(Check(fields), Lines{kBadEmail});
  fields.email = std::string(242, 'a') + "@example.org";  // 254
  EXPECT_EQ(Check(fields), Lines{});
}

TEST(UserRules, EveryProblemIsReportedAtOnce) {
  UserFields fields = Fields(Role::kAttache);
  fields.email = "not an e-mail";
  fields.company_id = 0;
  fields.region = "RU-TA";
  EXPECT_EQ(Check(fields), (Lines{kBadEmail, kNeedsCountry, kNoCompany,
                                  "/company_id: Must be a positive id.", kNoRegion}));
}

TEST(UserRules, CheckPasswordPutsProblemsAtThePointer) {
  const auto errors = CheckPassword("short", "ivanov@example.org", "/new_password");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].pointer, "/new_password");
  EXPECT_EQ(errors[0].message.en, "Must be at least 12 characters long.");
  EXPECT_TRUE(CheckPassword("tea-kettle-2026", "ivanov@example.org", "/password").empty());
}

TEST(UserRules, MissingRecordsAreNotFound) {
  const Error user = NoSuchUser("17");
  EXPECT_EQ(user.code, ErrorCode::kNotFound);
  EXPECT_EQ(user.detail.en, "No user has the id 17.");
  const Error token = NoSuchToken("18");
  EXPECT_EQ(token.code, ErrorCode::kNotFound);
  EXPECT_EQ(token.detail.en, "No API token has the id 18.");
}

}  // namespace
}  // namespace attache::users
