// The HTTP routes of relocation cases (docs/openapi.yaml: relocation). Handlers only parse, call
// the Service and serialise, adding what the caller may do with each case.
#pragma once

#include "domains/access/routes.hpp"
#include "domains/relocation/service.hpp"

namespace attache::relocation {

void AddRoutes(access::Routes& routes, Service& service);

}  // namespace attache::relocation
