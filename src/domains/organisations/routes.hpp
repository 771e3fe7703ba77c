// The HTTP routes of the organisations domain (docs/openapi.yaml: organisations). Handlers only
// parse, call the Service and serialise.
#pragma once

#include "domains/access/routes.hpp"
#include "domains/organisations/service.hpp"
#include "platform/http/input.hpp"

namespace attache::organisations {

void AddRoutes(access::Routes& routes, Service& service);

// The list's filters, sorting and paging (q, kind, country, market, sector, ...).
Query ReadQuery(http::QueryReader& query);

}  // namespace attache::organisations
