// /api/v1/session, /me, /users and /tokens.
#pragma once

#include "domains/access/routes.hpp"
#include "domains/users/identity.hpp"
#include "domains/users/service.hpp"
#include "platform/http/input.hpp"

namespace attache::users {

void AddRoutes(access::Routes& routes, Service& service, Identity& identity);

// The users list's filters, sorting and paging (q, role, status), for the list and its export.
UserQuery ReadUserQuery(http::QueryReader& query);

// The tokens list's filters (user, status) and paging; callers who may not read every token get
// only their own.
TokenQuery ReadTokenQuery(http::QueryReader& query, const access::Principal& caller);

}  // namespace attache::users
