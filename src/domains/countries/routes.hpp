// The HTTP routes of the countries domain (docs/openapi.yaml: countries, world-regions, attaches).
// Handlers only parse, call the Service and serialise.
#pragma once

#include "domains/countries/service.hpp"
#include "platform/http/response_cache.hpp"
#include "platform/http/router.hpp"

namespace attache::countries {

void AddRoutes(http::Router& router, Service& service, http::ResponseCache& cache);

}  // namespace attache::countries
