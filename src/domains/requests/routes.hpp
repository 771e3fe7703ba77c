// The HTTP routes of support requests (docs/openapi.yaml: requests). Handlers only parse, call
// the Service and serialise, adding what the caller may do with each request.
#pragma once

#include "domains/access/routes.hpp"
#include "domains/requests/service.hpp"
#include "platform/http/input.hpp"

namespace attache::requests {

void AddRoutes(access::Routes& routes, Service& service);

// Attachments arrive as the raw body of `POST /api/v1/requests/{id}/attachments`: the server's
// larger body allowance for them (http::BodyLimit).
inline constexpr std::string_view kAttachmentPathPrefix = "/api/v1/requests/";
inline constexpr std::string_view kAttachmentPathSuffix = "/attachments";

// The list's filters, sorting and paging (`assignee=me` needs the caller).
Query ReadQuery(http::QueryReader& query, const access::Principal& principal);
// The report's period, countries, type and grouping.
ReportQuery ReadReportQuery(http::QueryReader& query);

}  // namespace attache::requests
