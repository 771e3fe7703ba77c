// The HTTP routes of the countries domain (docs/openapi.yaml: countries, world-regions, attaches).
// Handlers only parse, call the Service and serialise.
#pragma once

#include "domains/access/routes.hpp"
#include "domains/countries/service.hpp"

namespace attache::countries {

void AddRoutes(access::Routes& routes, Service& service);

}  // namespace attache::countries
