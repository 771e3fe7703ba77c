#include "domains/access/model.hpp"

namespace attache::access {
namespace {

template <class E, size_t N>
std::string_view NameOf(const std::pair<std::string_view, E> (&names)[N], E value) {
  for (const auto& [name, known] : names) {
    if (known == value) return name;
  }
  return "unknown";
}

}  // namespace

std::string_view ToString(Role role) {
  return role == Role::kAnonymous ? "anonymous" : NameOf(kRoleNames, role);
}

std::optional<Role> ParseRole(std::string_view name) {
  for (const auto& [known, role] : kRoleNames) {
    if (known == name) return role;
  }
  return std::nullopt;
}

std::string_view ToString(Resource resource) { return NameOf(kResourceNames, resource); }
std::string_view ToString(Action action) { return NameOf(kActionNames, action); }

std::string_view ToString(Scope scope) {
  switch (scope) {
    case Scope::kNone:
      return "none";
    case Scope::kAll:
      return "all";
    case Scope::kOwnCountries:
      return "own_countries";
    case Scope::kOwnCompany:
      return "own_company";
    case Scope::kOwnRegion:
      return "own_region";
    case Scope::kSelf:
      return "self";
  }
  return "none";
}

std::string ToString(Permission permission) {
  return std::string(ToString(permission.resource)) + "." +
         std::string(ToString(permission.action));
}

std::optional<Permission> ParsePermission(std::string_view text) {
  const auto dot = text.find('.');
  if (dot == std::string_view::npos) return std::nullopt;
  const std::string_view resource = text.substr(0, dot);
  const std::string_view action = text.substr(dot + 1);
  for (const auto& [resource_name, r] : kResourceNames) {
    if (resource_name != resource) continue;
    for (const auto& [action_name, a] : kActionNames) {
      if (action_name == action) return Permission{r, a};
    }
  }
  return std::nullopt;
}

}  // namespace attache::access
