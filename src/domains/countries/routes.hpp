// The HTTP routes of the countries domain (docs/openapi.yaml: countries, world-regions, attaches).
// Handlers only parse, call the Service and serialise.
#pragma once

#include "domains/access/routes.hpp"
#include "domains/countries/service.hpp"
#include "platform/http/input.hpp"

namespace attache::countries {

void AddRoutes(access::Routes& routes, Service& service);

// The lists' filters, sorting and paging, as GET /api/v1/countries and /api/v1/attaches read
// them (their exports read the same). Attaché e-mails match `q` only for who may see them.
CountryQuery ReadCountryQuery(http::QueryReader& query);
AttacheQuery ReadAttacheQuery(http::QueryReader& query, const access::Principal& principal);

}  // namespace attache::countries
