// Who may do what: roles, the resources and actions routes declare, the scopes a role holds them
// in, and the principal (the caller) every guarded handler receives. Plain values, no I/O.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/lang.hpp"

namespace attache::access {

enum class Role { kAdmin, kAnalyst, kAttache, kCompany, kRegion, kViewer, kAnonymous };
inline constexpr size_t kRoleCount = 7;
inline constexpr std::pair<std::string_view, Role> kRoleNames[] = {
    {"admin", Role::kAdmin},     {"analyst", Role::kAnalyst}, {"attache", Role::kAttache},
    {"company", Role::kCompany}, {"region", Role::kRegion},   {"viewer", Role::kViewer}};
std::string_view ToString(Role role);                  // "anonymous" for kAnonymous
std::optional<Role> ParseRole(std::string_view name);  // the assignable roles only

enum class Resource {
  kCountry,
  kAttache,
  kUser,
  kToken,
  kAudit,
  kProfile,
  kSession,
  kTaxonomy,
  kOrganisation,
  kContact,
  kSolution,
  kShowcase,
  kImport,
  kRequest,
  kRequestType,
  kFx,
  kDeal,
  kDealStage,
  kExportWin,
  kRelocation,
  kActivity,
};
inline constexpr std::pair<std::string_view, Resource> kResourceNames[] = {
    {"country", Resource::kCountry},
    {"attache", Resource::kAttache},
    {"user", Resource::kUser},
    {"token", Resource::kToken},
    {"audit", Resource::kAudit},
    {"profile", Resource::kProfile},
    {"session", Resource::kSession},
    {"taxonomy", Resource::kTaxonomy},
    {"organisation", Resource::kOrganisation},
    {"contact", Resource::kContact},
    {"solution", Resource::kSolution},
    {"showcase", Resource::kShowcase},
    {"import", Resource::kImport},
    {"request", Resource::kRequest},
    {"request_type", Resource::kRequestType},
    {"fx", Resource::kFx},
    {"deal", Resource::kDeal},
    {"deal_stage", Resource::kDealStage},
    {"export_win", Resource::kExportWin},
    {"relocation", Resource::kRelocation},
    {"activity", Resource::kActivity},
};
std::string_view ToString(Resource resource);

enum class Action { kRead, kCreate, kUpdate, kDelete };
inline constexpr std::pair<std::string_view, Action> kActionNames[] = {{"read", Action::kRead},
                                                                       {"create", Action::kCreate},
                                                                       {"update", Action::kUpdate},
                                                                       {"delete", Action::kDelete}};
std::string_view ToString(Action action);

// Which records of a resource a role may act on.
enum class Scope {
  kNone,          // none: the route is refused
  kAll,           // every record
  kOwnCountries,  // records of the caller's countries (attachés)
  kOwnCompany,    // records of the caller's organisation (company users)
  kOwnRegion,     // records of the caller's region (regional users)
  kSelf,          // records that belong to the caller (profile, tokens)
};
std::string_view ToString(Scope scope);

struct Permission {
  Resource resource;
  Action action;
  friend bool operator==(const Permission&, const Permission&) = default;
};
// "attache.update".
std::string ToString(Permission permission);
std::optional<Permission> ParsePermission(std::string_view text);

enum class AuthMethod { kNone, kSession, kToken };

// The caller of a request, as authenticated.
struct Principal {
  Role role = Role::kAnonymous;
  std::optional<int64_t> user_id;
  std::string email;
  std::string display_name;
  Lang lang = Lang::kRu;
  std::vector<std::string> countries;  // ISO 3166-1 alpha-2, sorted
  std::optional<int64_t> company_id;
  std::optional<std::string> region;
  bool must_change_password = false;

  AuthMethod method = AuthMethod::kNone;
  int64_t credential_id = 0;  // the session's or the token's id
  std::string expires_at;     // of the session (absolute) or token
  std::string csrf_token;     // sessions only
  // An API token's permissions; they narrow the role's, never widen them.
  std::optional<std::vector<Permission>> token_permissions;
  // Credentials came with the request but are not valid (expired, revoked, unknown): the
  // caller is anonymous, and a route that needs more answers 401 with this reason.
  std::optional<Text> rejected;

  bool signed_in() const { return user_id.has_value(); }
};

// The attributes of one record that scopes are decided on; unset ones match no scope but kAll.
struct Subject {
  std::optional<std::string_view> country = std::nullopt;
  std::optional<int64_t> company_id = std::nullopt;
  std::optional<std::string_view> region = std::nullopt;
  std::optional<int64_t> owner = std::nullopt;  // the user a record belongs to
};

}  // namespace attache::access
