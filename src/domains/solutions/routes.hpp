// The HTTP routes of the solutions domain (docs/openapi.yaml: solutions, showcase). Handlers only
// parse, call the Service and serialise.
#pragma once

#include "domains/access/routes.hpp"
#include "domains/solutions/service.hpp"
#include "platform/http/input.hpp"
#include "platform/http/rate_limiter.hpp"

namespace attache::solutions {

void AddRoutes(access::Routes& routes, Service& service);
// The public showcase: published solutions for anyone, each client within `limiter`'s budget.
void AddShowcaseRoutes(access::Routes& routes, Service& service, http::RateLimiter& limiter);

// The filters both lists share (q, kind, class, maturity, country, readiness, sort, paging).
Query ReadQuery(http::QueryReader& query);
// The staff list's filters: those and the owner's accreditation, published, the owner.
Query ReadListQuery(http::QueryReader& query);

}  // namespace attache::solutions
