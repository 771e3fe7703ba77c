// GET /api/v1/audit: the trail, newest first, for the roles the policy lets read it.
#pragma once

#include <nlohmann/json.hpp>

#include "domains/access/routes.hpp"
#include "domains/audit/model.hpp"
#include "platform/db/database.hpp"
#include "platform/http/input.hpp"

namespace attache::audit {

void AddRoutes(access::Routes& routes, db::Database& database);

// The trail's filters and cursor (entity, id, user, action, from, to, limit, offset).
Query ReadQuery(http::QueryReader& query);

// Whether the caller may read users, and so the diffs of users and tokens (e-mails, roles, the
// e-mail a failed sign-in tried).
bool SeesAccounts(const access::Principal& principal);

// An entry as the API shows it; the diffs of accounts are empty without `with_accounts`.
nlohmann::json ToJson(const Entry& entry, bool with_accounts);

}  // namespace attache::audit
