// The policy table and the permission names. The expectations are written out by hand, so a
// change to the table has to be made twice: here and there.
#include "domains/access/policy.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace attache::access {
namespace {

using Names = std::vector<std::string>;

constexpr Role kAllRoles[] = {Role::kAdmin,  Role::kAnalyst, Role::kAttache,  Role::kCompany,
                              Role::kRegion, Role::kViewer,  Role::kAnonymous};

constexpr Permission kCountryRead{Resource::kCountry, Action::kRead};
constexpr Permission kCountryUpdate{Resource::kCountry, Action::kUpdate};
constexpr Permission kAttacheRead{Resource::kAttache, Action::kRead};
constexpr Permission kAttacheCreate{Resource::kAttache, Action::kCreate};
constexpr Permission kAttacheUpdate{Resource::kAttache, Action::kUpdate};
constexpr Permission kUserRead{Resource::kUser, Action::kRead};
constexpr Permission kUserCreate{Resource::kUser, Action::kCreate};
constexpr Permission kUserUpdate{Resource::kUser, Action::kUpdate};
constexpr Permission kTokenRead{Resource::kToken, Action::kRead};
constexpr Permission kTokenCreate{Resource::kToken, Action::kCreate};
constexpr Permission kTokenDelete{Resource::kToken, Action::kDelete};
constexpr Permission kAuditRead{Resource::kAudit, Action::kRead};
constexpr Permission kProfileRead{Resource::kProfile, Action::kRead};
constexpr Permission kProfileUpdate{Resource::kProfile, Action::kUpdate};
constexpr Permission kSessionCreate{Resource::kSession, Action::kCreate};
constexpr Permission kSessionDelete{Resource::kSession, Action::kDelete};

// Every permission of every resource and action, listed in the table or not.
std::vector<Permission> EveryPermission() {
  std::vector<Permission> all;
  for (const auto& [resource_name, resource] : kResourceNames) {
    for (const auto& [action_name, action] : kActionNames) all.push_back({resource, action});
  }
  return all;
}

Principal As(Role role, std::vector<std::string> countries = {}) {
  Principal principal;
  principal.role = role;
  if (role != Role::kAnonymous) principal.user_id = 7;
  principal.countries = std::move(countries);
  return principal;
}

Principal WithToken(Role role, std::vector<Permission> permissions) {
  Principal principal = As(role);
  principal.method = AuthMethod::kToken;
  principal.token_permissions = std::move(permissions);
  return principal;
}

TEST(Policy, EveryPermissionHasOneRule) {
  const auto table = PolicyTable();
  ASSERT_EQ(table.size(), 53u);
  for (size_t i = 0; i < table.size(); ++i) {
    for (size_t j = i + 1; j < table.size(); ++j) {
      EXPECT_FALSE(table[i].permission == table[j].permission)
          << ToString(table[i].permission) << " is listed twice";
    }
  }
}

TEST(Policy, ViewerAndAnonymousHoldNoWritePermission) {
  // Beyond signing in, what they may change is their own: profile, tokens, sessions.
  for (const Role role : {Role::kViewer, Role::kAnonymous}) {
    for (const Permission permission : EveryPermission()) {
      if (permission.action == Action::kRead || permission == kSessionCreate) continue;
      const Scope scope = ScopeOf(role, permission);
      EXPECT_TRUE(scope == Scope::kNone || scope == Scope::kSelf)
          << ToString(role) << " holds " << ToString(permission) << " in " << ToString(scope);
    }
  }
  for (const Permission write :
       {kCountryUpdate, kAttacheCreate, kAttacheUpdate, kUserCreate, kUserUpdate}) {
    EXPECT_EQ(ScopeOf(Role::kViewer, write), Scope::kNone) << ToString(write);
    EXPECT_EQ(ScopeOf(Role::kAnonymous, write), Scope::kNone) << ToString(write);
  }
}

TEST(Policy, AnonymousHoldsOnlySignInTaxonomyAndShowcase) {
  const Permission taxonomy{Resource::kTaxonomy, Action::kRead};
  const Permission showcase{Resource::kShowcase, Action::kRead};
  for (const Permission permission : EveryPermission()) {
    const bool open =
        permission == kSessionCreate || permission == taxonomy || permission == showcase;
    EXPECT_EQ(ScopeOf(Role::kAnonymous, permission), open ? Scope::kAll : Scope::kNone)
        << ToString(permission);
  }
  EXPECT_EQ(Permissions(Role::kAnonymous),
            (std::vector<Permission>{kSessionCreate, taxonomy, showcase}));
  EXPECT_EQ(PermissionNames(Principal{}),
            (Names{"session.create", "taxonomy.read", "showcase.read"}));
}

TEST(Policy, CompanyUsersKeepTheirOwnCatalogueRecords) {
  for (const Resource resource :
       {Resource::kOrganisation, Resource::kSolution, Resource::kContact}) {
    EXPECT_EQ(ScopeOf(Role::kCompany, {resource, Action::kRead}), Scope::kOwnCompany);
    EXPECT_EQ(ScopeOf(Role::kCompany, {resource, Action::kUpdate}), Scope::kOwnCompany);
  }
  Principal company = As(Role::kCompany);
  company.company_id = 1;
  const Permission update{Resource::kSolution, Action::kUpdate};
  EXPECT_TRUE(Allows(company, update, {.company_id = 1}));
  EXPECT_FALSE(Allows(company, update, {.company_id = 2}));
  EXPECT_EQ(ScopeOf(Role::kCompany, {Resource::kOrganisation, Action::kCreate}), Scope::kNone);
  EXPECT_EQ(ScopeOf(Role::kAttache, {Resource::kOrganisation, Action::kCreate}),
            Scope::kOwnCountries);
  EXPECT_EQ(ScopeOf(Role::kRegion, {Resource::kSolution, Action::kRead}), Scope::kNone);
}

TEST(Policy, OnlyAdminHoldsUserPermissions) {
  for (const Permission permission : {kUserRead, kUserCreate, kUserUpdate}) {
    EXPECT_EQ(ScopeOf(Role::kAdmin, permission), Scope::kAll) << ToString(permission);
    for (const Role role : kAllRoles) {
      if (role == Role::kAdmin) continue;
      EXPECT_EQ(ScopeOf(role, permission), Scope::kNone)
          << ToString(role) << " " << ToString(permission);
    }
  }
}

TEST(Policy, OnlyAdminAndAnalystReadTheAuditTrail) {
  EXPECT_EQ(ScopeOf(Role::kAdmin, kAuditRead), Scope::kAll);
  EXPECT_EQ(ScopeOf(Role::kAnalyst, kAuditRead), Scope::kAll);
  for (const Role role :
       {Role::kAttache, Role::kCompany, Role::kRegion, Role::kViewer, Role::kAnonymous}) {
    EXPECT_EQ(ScopeOf(role, kAuditRead), Scope::kNone) << ToString(role);
  }
}

TEST(Policy, ScopesOfTheWorkingRoles) {
  EXPECT_EQ(ScopeOf(Role::kAdmin, kCountryUpdate), Scope::kAll);
  EXPECT_EQ(ScopeOf(Role::kAnalyst, kCountryUpdate), Scope::kAll);
  EXPECT_EQ(ScopeOf(Role::kAttache, kCountryUpdate), Scope::kNone);
  EXPECT_EQ(ScopeOf(Role::kAnalyst, kAttacheCreate), Scope::kAll);
  EXPECT_EQ(ScopeOf(Role::kAttache, kAttacheCreate), Scope::kNone);
  EXPECT_EQ(ScopeOf(Role::kAttache, kAttacheUpdate), Scope::kOwnCountries);
  EXPECT_EQ(ScopeOf(Role::kCompany, kAttacheUpdate), Scope::kNone);
  EXPECT_EQ(ScopeOf(Role::kRegion, kAttacheUpdate), Scope::kNone);
  EXPECT_EQ(ScopeOf(Role::kCompany, kCountryRead), Scope::kAll);
  EXPECT_EQ(ScopeOf(Role::kRegion, kAttacheRead), Scope::kAll);
  // Tokens: administrators see and revoke everyone's but create only their own.
  EXPECT_EQ(ScopeOf(Role::kAdmin, kTokenRead), Scope::kAll);
  EXPECT_EQ(ScopeOf(Role::kAdmin, kTokenDelete), Scope::kAll);
  EXPECT_EQ(ScopeOf(Role::kAdmin, kTokenCreate), Scope::kSelf);
  EXPECT_EQ(ScopeOf(Role::kViewer, kTokenRead), Scope::kSelf);
  EXPECT_EQ(ScopeOf(Role::kViewer, kTokenDelete), Scope::kSelf);
  EXPECT_EQ(ScopeOf(Role::kViewer, kProfileUpdate), Scope::kSelf);
  EXPECT_EQ(ScopeOf(Role::kCompany, kSessionDelete), Scope::kSelf);
  EXPECT_EQ(ScopeOf(Role::kAnonymous, kSessionDelete), Scope::kNone);
  EXPECT_EQ(ScopeOf(Role::kAnonymous, kProfileRead), Scope::kNone);
  // Not in the table: nobody holds it.
  const Permission unlisted{Resource::kAudit, Action::kDelete};
  for (const Role role : kAllRoles) EXPECT_EQ(ScopeOf(role, unlisted), Scope::kNone);
}

TEST(Policy, AttacheUpdatesOnlyItsOwnCountries) {
  const Principal attache = As(Role::kAttache, {"VN"});
  EXPECT_TRUE(Covers(attache, Scope::kOwnCountries, Subject{.country = "VN"}));
  EXPECT_FALSE(Covers(attache, Scope::kOwnCountries, Subject{.country = "TR"}));
  EXPECT_FALSE(Covers(attache, Scope::kOwnCountries, Subject{}));
  EXPECT_TRUE(Allows(attache, kAttacheUpdate, {.country = "VN"}));
  EXPECT_FALSE(Allows(attache, kAttacheUpdate, {.country = "TR"}));
  EXPECT_FALSE(Allows(attache, kAttacheUpdate, {}));
  EXPECT_FALSE(Allows(attache, kAttacheCreate, {.country = "VN"}));

  const Principal two = As(Role::kAttache, {"KZ", "VN"});
  EXPECT_TRUE(Allows(two, kAttacheUpdate, {.country = "KZ"}));
  EXPECT_TRUE(Allows(two, kAttacheUpdate, {.country = "VN"}));
  EXPECT_FALSE(Allows(two, kAttacheUpdate, {.country = "UZ"}));
  EXPECT_FALSE(Allows(As(Role::kAttache), kAttacheUpdate, {.country = "VN"}));
  // An administrator's kAll reaches records without any attribute.
  EXPECT_TRUE(Allows(As(Role::kAdmin), kAttacheUpdate, {}));
}

TEST(Policy, SelfCoversOnlyTheCallersRecords) {
  const Principal caller = As(Role::kViewer);  // user 7
  EXPECT_TRUE(Covers(caller, Scope::kSelf, {.owner = 7}));
  EXPECT_FALSE(Covers(caller, Scope::kSelf, {.owner = 8}));
  EXPECT_FALSE(Covers(caller, Scope::kSelf, {}));
  EXPECT_FALSE(Covers(Principal{}, Scope::kSelf, {.owner = 7}));
  EXPECT_TRUE(Allows(caller, kTokenDelete, {.owner = 7}));
  EXPECT_FALSE(Allows(caller, kTokenDelete, {.owner = 8}));
  EXPECT_TRUE(Allows(As(Role::kAdmin), kTokenDelete, {.owner = 8}));
  EXPECT_FALSE(Allows(As(Role::kAdmin), kTokenCreate, {.owner = 8}));
}

TEST(Policy, OwnCompanyAndOwnRegionMatchTheCallersAttributes) {
  Principal company = As(Role::kCompany);
  company.company_id = 42;
  EXPECT_TRUE(Covers(company, Scope::kOwnCompany, {.company_id = 42}));
  EXPECT_FALSE(Covers(company, Scope::kOwnCompany, {.company_id = 43}));
  EXPECT_FALSE(Covers(company, Scope::kOwnCompany, {}));
  EXPECT_FALSE(Covers(As(Role::kCompany), Scope::kOwnCompany, {.company_id = 42}));

  Principal region = As(Role::kRegion);
  region.region = "RU-TA";
  EXPECT_TRUE(Covers(region, Scope::kOwnRegion, {.region = "RU-TA"}));
  EXPECT_FALSE(Covers(region, Scope::kOwnRegion, {.region = "RU-BA"}));
  EXPECT_FALSE(Covers(region, Scope::kOwnRegion, {}));
  EXPECT_FALSE(Covers(As(Role::kRegion), Scope::kOwnRegion, {.region = "RU-TA"}));
  // A region is not a company, and neither reaches by country.
  EXPECT_FALSE(Covers(region, Scope::kOwnCompany, {.company_id = 42, .region = "RU-TA"}));
  EXPECT_FALSE(Covers(company, Scope::kOwnCountries, {.country = "VN", .company_id = 42}));
}

TEST(Policy, NoneCoversNothingAndAllCoversEverything) {
  const Principal admin = As(Role::kAdmin);
  EXPECT_FALSE(Covers(admin, Scope::kNone, {.country = "VN", .owner = 7}));
  EXPECT_TRUE(Covers(admin, Scope::kAll, {}));
  EXPECT_TRUE(Covers(Principal{}, Scope::kAll, {}));
}

TEST(Policy, TokenPermissionsNarrowTheRole) {
  const Principal admin = WithToken(Role::kAdmin, {kCountryRead});
  EXPECT_EQ(ScopeOf(admin, kCountryRead), Scope::kAll);
  EXPECT_EQ(ScopeOf(admin, kCountryUpdate), Scope::kNone);
  EXPECT_EQ(ScopeOf(admin, kUserRead), Scope::kNone);
  EXPECT_FALSE(Allows(admin, kCountryUpdate, {}));
  EXPECT_EQ(PermissionNames(admin), Names{"country.read"});

  // An empty list grants nothing; a missing one leaves the role as it is.
  EXPECT_EQ(ScopeOf(WithToken(Role::kAdmin, {}), kCountryRead), Scope::kNone);
  EXPECT_EQ(ScopeOf(As(Role::kAdmin), kCountryUpdate), Scope::kAll);
}

TEST(Policy, TokenPermissionsNeverWidenTheRole) {
  const Principal viewer = WithToken(Role::kViewer, {kAttacheUpdate, kUserCreate, kCountryRead});
  EXPECT_EQ(ScopeOf(viewer, kAttacheUpdate), Scope::kNone);
  EXPECT_EQ(ScopeOf(viewer, kUserCreate), Scope::kNone);
  EXPECT_EQ(ScopeOf(viewer, kCountryRead), Scope::kAll);
  EXPECT_EQ(PermissionNames(viewer), Names{"country.read"});

  // A token keeps the role's scope: an attaché's token stays within its countries.
  Principal attache = WithToken(Role::kAttache, {kAttacheUpdate});
  attache.countries = {"VN"};
  EXPECT_EQ(ScopeOf(attache, kAttacheUpdate), Scope::kOwnCountries);
  EXPECT_TRUE(Allows(attache, kAttacheUpdate, {.country = "VN"}));
  EXPECT_FALSE(Allows(attache, kAttacheUpdate, {.country = "TR"}));
}

TEST(Policy, PermissionNamesInTableOrder) {
  EXPECT_EQ(
      PermissionNames(As(Role::kAdmin)),
      (Names{
          "country.read",        "country.update",      "attache.read",        "attache.create",
          "attache.update",      "user.read",           "user.create",         "user.update",
          "token.read",          "token.create",        "token.delete",        "audit.read",
          "profile.read",        "profile.update",      "session.create",      "session.delete",
          "taxonomy.read",       "taxonomy.create",     "taxonomy.update",     "organisation.read",
          "organisation.create", "organisation.update", "organisation.delete", "contact.read",
          "contact.create",      "contact.update",      "contact.delete",      "solution.read",
          "solution.create",     "solution.update",     "solution.delete",     "showcase.read",
          "import.create",       "request.read",        "request.create",      "request.update",
          "request_type.read",   "request_type.create", "request_type.update", "fx.read",
          "fx.create",           "deal.read",           "deal.create",         "deal.update",
          "deal_stage.read",     "deal_stage.update",   "export_win.create",   "relocation.read",
          "relocation.create",   "relocation.update",   "activity.read",       "activity.create",
          "activity.update"}));
  EXPECT_EQ(
      PermissionNames(As(Role::kAttache, {"VN"})),
      (Names{"country.read",        "attache.read",        "attache.update",    "token.read",
             "token.create",        "token.delete",        "profile.read",      "profile.update",
             "session.create",      "session.delete",      "taxonomy.read",     "organisation.read",
             "organisation.create", "organisation.update", "contact.read",      "contact.create",
             "contact.update",      "solution.read",       "showcase.read",     "request.read",
             "request.create",      "request.update",      "request_type.read", "fx.read",
             "deal.read",           "deal.create",         "deal.update",       "deal_stage.read",
             "relocation.read",     "relocation.create",   "relocation.update", "activity.read",
             "activity.create",     "activity.update"}));
  const Names viewer{"country.read",   "attache.read",  "token.read",        "token.create",
                     "token.delete",   "profile.read",  "profile.update",    "session.create",
                     "session.delete", "taxonomy.read", "organisation.read", "contact.read",
                     "solution.read",  "showcase.read", "request.read",      "request_type.read",
                     "fx.read",        "deal.read",     "deal_stage.read",   "relocation.read",
                     "activity.read"};
  EXPECT_EQ(PermissionNames(As(Role::kViewer)), viewer);
  const Names region{"country.read",   "attache.read",   "token.read",     "token.create",
                     "token.delete",   "profile.read",   "profile.update", "session.create",
                     "session.delete", "taxonomy.read",  "showcase.read",  "request_type.read",
                     "fx.read",        "deal_stage.read"};
  EXPECT_EQ(PermissionNames(As(Role::kRegion)), region);
}

TEST(Policy, PermissionsOfARoleMatchItsNames) {
  for (const Role role : kAllRoles) {
    Names names;
    for (const Permission permission : Permissions(role)) names.push_back(ToString(permission));
    EXPECT_EQ(names, PermissionNames(As(role))) << ToString(role);
  }
}

TEST(Policy, PermissionTextRoundTripsForEveryRule) {
  for (const Rule& rule : PolicyTable()) {
    const std::string text = ToString(rule.permission);
    const auto parsed = ParsePermission(text);
    ASSERT_TRUE(parsed.has_value()) << text;
    EXPECT_EQ(*parsed, rule.permission) << text;
  }
  EXPECT_EQ(ToString(kAttacheUpdate), "attache.update");
  EXPECT_EQ(ParsePermission("audit.read"), kAuditRead);
  EXPECT_EQ(ParsePermission("session.delete"), kSessionDelete);
}

TEST(Policy, ParsePermissionRejectsJunk) {
  for (const char* junk : {"", ".", "attache", "attache.", ".read", "user.fly", "fly.read",
                           "Attache.update", "attache.UPDATE", "attache.update ", " attache.update",
                           "attache..update", "attache.update.read", "attache:update"}) {
    EXPECT_EQ(ParsePermission(junk), std::nullopt) << '"' << junk << '"';
  }
}

TEST(Policy, RoleNames) {
  EXPECT_EQ(ToString(Role::kAdmin), "admin");
  EXPECT_EQ(ToString(Role::kAttache), "attache");
  EXPECT_EQ(ToString(Role::kAnonymous), "anonymous");
  for (const Role role : kAllRoles) {
    if (role == Role::kAnonymous) continue;
    EXPECT_EQ(ParseRole(ToString(role)), role) << ToString(role);
  }
  EXPECT_EQ(ParseRole("anonymous"), std::nullopt);
  EXPECT_EQ(ParseRole("Admin"), std::nullopt);
  EXPECT_EQ(ParseRole(""), std::nullopt);
  EXPECT_EQ(ParseRole("root"), std::nullopt);
}

TEST(Policy, ScopeNames) {
  EXPECT_EQ(ToString(Scope::kNone), "none");
  EXPECT_EQ(ToString(Scope::kAll), "all");
  EXPECT_EQ(ToString(Scope::kOwnCountries), "own_countries");
  EXPECT_EQ(ToString(Scope::kOwnCompany), "own_company");
  EXPECT_EQ(ToString(Scope::kOwnRegion), "own_region");
  EXPECT_EQ(ToString(Scope::kSelf), "self");
}

TEST(Policy, OnlyViewersAndAnonymousCallersAreDeniedPersonalData) {
  EXPECT_TRUE(SeesPersonalData(As(Role::kAdmin)));
  EXPECT_TRUE(SeesPersonalData(As(Role::kAnalyst)));
  EXPECT_TRUE(SeesPersonalData(As(Role::kAttache, {"VN"})));
  EXPECT_TRUE(SeesPersonalData(As(Role::kCompany)));
  EXPECT_TRUE(SeesPersonalData(As(Role::kRegion)));
  EXPECT_FALSE(SeesPersonalData(As(Role::kViewer)));
  EXPECT_FALSE(SeesPersonalData(Principal{}));
}

}  // namespace
}  // namespace attache::access
