// The HTTP routes of the contacts domain (docs/openapi.yaml: contacts). Handlers only parse,
// call the Service and serialise — as the caller may see it (personal fields for those
// access::SeesPersonalData allows).
#pragma once

#include "domains/access/routes.hpp"
#include "domains/contacts/service.hpp"

namespace attache::contacts {

void AddRoutes(access::Routes& routes, Service& service);

}  // namespace attache::contacts
