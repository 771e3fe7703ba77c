// The HTTP routes of export deals (docs/openapi.yaml: deals). Handlers only parse, call the
// Service and serialise, adding what the caller may do with each deal.
#pragma once

#include "domains/access/routes.hpp"
#include "domains/deals/service.hpp"
#include "platform/http/input.hpp"

namespace attache::deals {

void AddRoutes(access::Routes& routes, Service& service);

// The list's filters, sorting and paging (`owner=me` needs the caller).
Query ReadQuery(http::QueryReader& query, const access::Principal& principal);
// The reports' filters and grouping; the pipeline converts at `today`'s rates unless `on` says.
PipelineQuery ReadPipelineQuery(http::QueryReader& query, const access::Principal& principal,
                                Date today);
WinsQuery ReadWinsQuery(http::QueryReader& query, const access::Principal& principal);

}  // namespace attache::deals
