// The one policy table of the platform: for every resource and action, the scope each role holds
// it in. Routes declare the permission they need (access::Routes refuses the rest: default deny);
// services narrow single records with Covers() and lists with ScopeOf(). Pure and thread-safe.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "domains/access/model.hpp"

namespace attache::access {

struct Rule {
  Permission permission;
  // Indexed by Role: admin, analyst, attache, company, region, viewer, anonymous.
  std::array<Scope, kRoleCount> scopes;
};

std::span<const Rule> PolicyTable();

// The scope the role holds `permission` in, narrowed by an API token's permissions; kNone for a
// permission the table does not list.
Scope ScopeOf(const Principal& principal, Permission permission);
Scope ScopeOf(Role role, Permission permission);

// Whether `scope` reaches a record with these attributes, for this caller.
bool Covers(const Principal& principal, Scope scope, const Subject& subject);
// ScopeOf + Covers.
bool Allows(const Principal& principal, Permission permission, const Subject& subject);

// Narrows a list or report query to what `by` may read with `permission`: an attaché's countries
// (`only_countries`), a company user's company (`only_organisation_id`), or nothing.
template <class AnyQuery>
void Narrow(AnyQuery& query, const Principal& by, Permission permission) {
  switch (ScopeOf(by, permission)) {
    case Scope::kAll:
      break;
    case Scope::kOwnCountries:
      query.only_countries = by.countries;
      break;
    case Scope::kOwnCompany:
      query.only_organisation_id = by.company_id.value_or(0);
      break;
    default:
      query.only_organisation_id = 0;  // nothing
  }
}

// Every permission the caller holds in some scope, as "resource.action", in table order.
std::vector<std::string> PermissionNames(const Principal& principal);
std::vector<Permission> Permissions(Role role);

// Whether the caller may receive personal data (contacts' and officials' e-mails, phones).
bool SeesPersonalData(const Principal& principal);

}  // namespace attache::access
