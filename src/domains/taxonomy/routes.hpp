// The HTTP routes of the taxonomy (docs/openapi.yaml: taxonomy). Handlers only parse, call the
// Service and serialise.
#pragma once

#include "domains/access/routes.hpp"
#include "domains/taxonomy/service.hpp"

namespace attache::taxonomy {

void AddRoutes(access::Routes& routes, Service& service);

}  // namespace attache::taxonomy
