// /api/v1/session, /me, /users and /tokens.
#pragma once

#include "domains/access/routes.hpp"
#include "domains/users/identity.hpp"
#include "domains/users/service.hpp"

namespace attache::users {

void AddRoutes(access::Routes& routes, Service& service, Identity& identity);

}  // namespace attache::users
