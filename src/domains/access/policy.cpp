#include "domains/access/policy.hpp"

#include <algorithm>

namespace attache::access {
namespace {

constexpr Scope N = Scope::kNone;
constexpr Scope A = Scope::kAll;
constexpr Scope C = Scope::kOwnCountries;
constexpr Scope S = Scope::kSelf;
constexpr Scope O = Scope::kOwnCompany;

constexpr Permission P(Resource resource, Action action) { return {resource, action}; }

using R = Resource;
using Ac = Action;

// clang-format off
constexpr Rule kPolicy[] = {
  //                                          admin analyst attache company region viewer anonymous
  {P(R::kCountry, Ac::kRead),                  {A,    A,      A,      A,      A,     A,     N}},
  {P(R::kCountry, Ac::kUpdate),                {A,    A,      N,      N,      N,     N,     N}},
  {P(R::kAttache, Ac::kRead),                  {A,    A,      A,      A,      A,     A,     N}},
  {P(R::kAttache, Ac::kCreate),                {A,    A,      N,      N,      N,     N,     N}},
  {P(R::kAttache, Ac::kUpdate),                {A,    A,      C,      N,      N,     N,     N}},
  {P(R::kUser, Ac::kRead),                     {A,    N,      N,      N,      N,     N,     N}},
  {P(R::kUser, Ac::kCreate),                   {A,    N,      N,      N,      N,     N,     N}},
  {P(R::kUser, Ac::kUpdate),                   {A,    N,      N,      N,      N,     N,     N}},
  {P(R::kToken, Ac::kRead),                    {A,    S,      S,      S,      S,     S,     N}},
  {P(R::kToken, Ac::kCreate),                  {S,    S,      S,      S,      S,     S,     N}},
  {P(R::kToken, Ac::kDelete),                  {A,    S,      S,      S,      S,     S,     N}},
  {P(R::kAudit, Ac::kRead),                    {A,    A,      N,      N,      N,     N,     N}},
  {P(R::kProfile, Ac::kRead),                  {S,    S,      S,      S,      S,     S,     N}},
  {P(R::kProfile, Ac::kUpdate),                {S,    S,      S,      S,      S,     S,     N}},
  {P(R::kSession, Ac::kCreate),                {A,    A,      A,      A,      A,     A,     A}},
  {P(R::kSession, Ac::kDelete),                {S,    S,      S,      S,      S,     S,     N}},
  {P(R::kTaxonomy, Ac::kRead),                 {A,    A,      A,      A,      A,     A,     A}},
  {P(R::kTaxonomy, Ac::kCreate),               {A,    N,      N,      N,      N,     N,     N}},
  {P(R::kTaxonomy, Ac::kUpdate),               {A,    N,      N,      N,      N,     N,     N}},
  // Attachés keep the organisations of their countries (foreign partners, government bodies);
  // company users their own organisation. Merging is organisation.delete: the duplicate ends.
  {P(R::kOrganisation, Ac::kRead),             {A,    A,      A,      O,      N,     A,     N}},
  {P(R::kOrganisation, Ac::kCreate),           {A,    A,      C,      N,      N,     N,     N}},
  {P(R::kOrganisation, Ac::kUpdate),           {A,    A,      C,      O,      N,     N,     N}},
  {P(R::kOrganisation, Ac::kDelete),           {A,    A,      N,      N,      N,     N,     N}},
  // Contacts are scoped by their organisation; viewers see them without personal fields.
  // contact.delete erases a person's data on request.
  {P(R::kContact, Ac::kRead),                  {A,    A,      A,      O,      N,     A,     N}},
  {P(R::kContact, Ac::kCreate),                {A,    A,      C,      O,      N,     N,     N}},
  {P(R::kContact, Ac::kUpdate),                {A,    A,      C,      O,      N,     N,     N}},
  {P(R::kContact, Ac::kDelete),                {A,    A,      N,      N,      N,     N,     N}},
  {P(R::kSolution, Ac::kRead),                 {A,    A,      A,      O,      N,     A,     N}},
  {P(R::kSolution, Ac::kCreate),               {A,    A,      N,      O,      N,     N,     N}},
  {P(R::kSolution, Ac::kUpdate),               {A,    A,      N,      O,      N,     N,     N}},
  {P(R::kSolution, Ac::kDelete),               {A,    A,      N,      O,      N,     N,     N}},
  // The public showcase of published solutions.
  {P(R::kShowcase, Ac::kRead),                 {A,    A,      A,      A,      A,     A,     A}},
  // Imports write many records at once, bypassing per-record scopes: HQ only.
  {P(R::kImport, Ac::kCreate),                 {A,    A,      N,      N,      N,     N,     N}},
  // Support requests: attachés handle their countries', company users file and follow their own
  // (and may only withdraw them: see requests/rules.hpp); viewers read.
  {P(R::kRequest, Ac::kRead),                  {A,    A,      C,      O,      N,     A,     N}},
  {P(R::kRequest, Ac::kCreate),                {A,    A,      C,      O,      N,     N,     N}},
  {P(R::kRequest, Ac::kUpdate),                {A,    A,      C,      O,      N,     N,     N}},
  // The service catalogue: everyone signed in reads it, administrators extend it.
  {P(R::kRequestType, Ac::kRead),              {A,    A,      A,      A,      A,     A,     N}},
  {P(R::kRequestType, Ac::kCreate),            {A,    N,      N,      N,      N,     N,     N}},
  {P(R::kRequestType, Ac::kUpdate),            {A,    N,      N,      N,      N,     N,     N}},
  // Exchange rates: everyone signed in converts; HQ loads the table.
  {P(R::kFx, Ac::kRead),                       {A,    A,      A,      A,      A,     A,     N}},
  {P(R::kFx, Ac::kCreate),                     {A,    A,      N,      N,      N,     N,     N}},
  // Export deals: attachés keep their countries' pipeline, HQ all of it; a company reads its own
  // deals and confirms their wins (export_win), which only it can say.
  {P(R::kDeal, Ac::kRead),                     {A,    A,      C,      O,      N,     A,     N}},
  {P(R::kDeal, Ac::kCreate),                   {A,    A,      C,      N,      N,     N,     N}},
  {P(R::kDeal, Ac::kUpdate),                   {A,    A,      C,      N,      N,     N,     N}},
  {P(R::kDealStage, Ac::kRead),                {A,    A,      A,      A,      A,     A,     N}},
  {P(R::kDealStage, Ac::kUpdate),              {A,    N,      N,      N,      N,     N,     N}},
  {P(R::kExportWin, Ac::kCreate),              {A,    N,      N,      O,      N,     N,     N}},
  // Relocation cases: foreign companies courted to move in, followed by the attaché of the
  // country they come from.
  {P(R::kRelocation, Ac::kRead),               {A,    A,      C,      N,      N,     A,     N}},
  {P(R::kRelocation, Ac::kCreate),             {A,    A,      C,      N,      N,     N,     N}},
  {P(R::kRelocation, Ac::kUpdate),             {A,    A,      C,      N,      N,     N,     N}},
  // Activities (meetings, calls, visits) and their follow-up tasks: staff of the countries they
  // concern.
  {P(R::kActivity, Ac::kRead),                 {A,    A,      C,      N,      N,     A,     N}},
  {P(R::kActivity, Ac::kCreate),               {A,    A,      C,      N,      N,     N,     N}},
  {P(R::kActivity, Ac::kUpdate),               {A,    A,      C,      N,      N,     N,     N}},
};
// clang-format on

bool Contains(const std::vector<std::string>& sorted, std::string_view value) {
  return std::binary_search(sorted.begin(), sorted.end(), value);
}

}  // namespace

std::span<const Rule> PolicyTable() { return kPolicy; }

Scope ScopeOf(Role role, Permission permission) {
  for (const Rule& rule : kPolicy) {
    if (rule.permission == permission) return rule.scopes[static_cast<size_t>(role)];
  }
  return Scope::kNone;
}

Scope ScopeOf(const Principal& principal, Permission permission) {
  const Scope scope = ScopeOf(principal.role, permission);
  if (scope == Scope::kNone || !principal.token_permissions) return scope;
  const auto& granted = *principal.token_permissions;
  return std::find(granted.begin(), granted.end(), permission) != granted.end() ? scope
                                                                                : Scope::kNone;
}

bool Covers(const Principal& principal, Scope scope, const Subject& subject) {
  switch (scope) {
    case Scope::kNone:
      return false;
    case Scope::kAll:
      return true;
    case Scope::kOwnCountries:
      return subject.country && Contains(principal.countries, *subject.country);
    case Scope::kOwnCompany:
      return subject.company_id && principal.company_id &&
             *subject.company_id == *principal.company_id;
    case Scope::kOwnRegion:
      return subject.region && principal.region && *subject.region == *principal.region;
    case Scope::kSelf:
      return subject.owner && principal.user_id && *subject.owner == *principal.user_id;
  }
  return false;
}

bool Allows(const Principal& principal, Permission permission, const Subject& subject) {
  return Covers(principal, ScopeOf(principal, permission), subject);
}

std::vector<Permission> Permissions(Role role) {
  std::vector<Permission> held;
  for (const Rule& rule : kPolicy) {
    if (rule.scopes[static_cast<size_t>(role)] != Scope::kNone) held.push_back(rule.permission);
  }
  return held;
}

std::vector<std::string> PermissionNames(const Principal& principal) {
  std::vector<std::string> names;
  for (const Rule& rule : kPolicy) {
    if (ScopeOf(principal, rule.permission) != Scope::kNone) {
      names.push_back(ToString(rule.permission));
    }
  }
  return names;
}

bool SeesPersonalData(const Principal& principal) {
  return principal.role != Role::kViewer && principal.role != Role::kAnonymous;
}

}  // namespace attache::access
