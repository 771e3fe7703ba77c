// The HTTP routes of the contacts domain (docs/openapi.yaml: contacts). Handlers only parse,
// call the Service and serialise — as the caller may see it (personal fields for those
// access::SeesPersonalData allows).
#pragma once

#include "domains/access/routes.hpp"
#include "domains/contacts/service.hpp"
#include "platform/http/input.hpp"

namespace attache::contacts {

void AddRoutes(access::Routes& routes, Service& service);

// The list's filters, sorting and paging; the language filter only for who sees personal data.
Query ReadQuery(http::QueryReader& query, const access::Principal& principal);

}  // namespace attache::contacts
