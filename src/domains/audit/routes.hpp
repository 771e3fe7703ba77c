// GET /api/v1/audit: the trail, newest first, for the roles the policy lets read it.
#pragma once

#include "domains/access/routes.hpp"
#include "platform/db/database.hpp"

namespace attache::audit {

void AddRoutes(access::Routes& routes, db::Database& database);

}  // namespace attache::audit
