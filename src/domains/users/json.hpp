// JSON of users, tokens and the caller, as docs/openapi.yaml describes them.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "domains/access/model.hpp"
#include "domains/users/model.hpp"

namespace attache::users {

nlohmann::json ToJson(const User& user);
// What the audit trail records of a user: the fields an administrator sets, no secrets.
nlohmann::json ToAuditJson(const UserFields& fields, bool active);
nlohmann::json ToJson(const ApiToken& token, std::string_view now);
// `GET /api/v1/me`.
nlohmann::json MeJson(const access::Principal& principal, const User& user);

}  // namespace attache::users
