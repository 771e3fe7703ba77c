// The HTTP routes of the organisations domain (docs/openapi.yaml: organisations). Handlers only
// parse, call the Service and serialise.
#pragma once

#include "domains/access/routes.hpp"
#include "domains/organisations/service.hpp"

namespace attache::organisations {

void AddRoutes(access::Routes& routes, Service& service);

}  // namespace attache::organisations
