#include "domains/users/json.hpp"

#include "core/time.hpp"
#include "domains/access/policy.hpp"

namespace attache::users {
namespace {

template <class T>
nlohmann::json OrNull(const std::optional<T>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json();
}

nlohmann::json PermissionList(const std::vector<access::Permission>& permissions) {
  nlohmann::json names = nlohmann::json::array();
  for (const access::Permission permission : permissions) names.push_back(ToString(permission));
  return names;
}

// The last day a token works: the day before the midnight it expires at.
std::string ExpiresOn(std::string_view expires_at) {
  const auto at = ParseTimestamp(expires_at);
  if (!at) return std::string(expires_at.substr(0, 10));
  return ToDate(*at - std::chrono::milliseconds(1)).ToString();
}

}  // namespace

nlohmann::json ToAuditJson(const UserFields& fields, bool active) {
  return {{"email", fields.email},
          {"display_name", fields.display_name},
          {"lang", ToString(fields.lang)},
          {"role", access::ToString(fields.role)},
          {"countries", fields.countries},
          {"company_id", OrNull(fields.company_id)},
          {"region", OrNull(fields.region)},
          {"active", active}};
}

nlohmann::json ToJson(const User& user) {
  nlohmann::json json = ToAuditJson(user.fields, user.active);
  json["id"] = user.id;
  json["must_change_password"] = user.must_change_password;
  json["last_login_at"] = OrNull(user.last_login_at);
  json["created_at"] = user.created_at;
  json["updated_at"] = user.updated_at;
  json["version"] = user.version;
  return json;
}

nlohmann::json ToJson(const ApiToken& token, std::string_view now) {
  const std::string_view status = [&] {
    for (const auto& [name, value] : kTokenStatusNames) {
      if (value == token.StatusAt(now)) return name;
    }
    return std::string_view("active");
  }();
  return {{"id", token.id},
          {"user_id", token.user_id},
          {"user_email", token.user_email},
          {"name", token.name},
          {"prefix", token.prefix},
          {"permissions", PermissionList(token.permissions)},
          {"status", status},
          {"created_at", token.created_at},
          {"expires_at", token.expires_at},
          {"expires_on", ExpiresOn(token.expires_at)},
          {"last_used_at", OrNull(token.last_used_at)},
          {"revoked_at", OrNull(token.revoked_at)}};
}

nlohmann::json MeJson(const access::Principal& principal, const User& user) {
  const bool session = principal.method == access::AuthMethod::kSession;
  nlohmann::json scopes = nlohmann::json::object();
  for (const access::Rule& rule : access::PolicyTable()) {
    const access::Scope scope = access::ScopeOf(principal, rule.permission);
    if (scope != access::Scope::kNone) scopes[ToString(rule.permission)] = access::ToString(scope);
  }
  return {{"user", ToJson(user)},
          {"permissions", access::PermissionNames(principal)},
          {"scopes", std::move(scopes)},
          {"csrf_token", session ? nlohmann::json(principal.csrf_token) : nlohmann::json()},
          {"auth", session ? "session" : "token"},
          {"expires_at",
           principal.expires_at.empty() ? nlohmann::json() : nlohmann::json(principal.expires_at)}};
}

}  // namespace attache::users
