// The HTTP routes of activities, tasks and notifications (docs/openapi.yaml: activities). Handlers
// only parse, call the Service and serialise.
#pragma once

#include "domains/access/routes.hpp"
#include "domains/activities/service.hpp"

namespace attache::activities {

void AddRoutes(access::Routes& routes, Service& service);

}  // namespace attache::activities
