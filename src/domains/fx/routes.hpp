// The HTTP routes of exchange rates (docs/openapi.yaml: fx): the table, its import, and
// conversion of an amount of a day.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "domains/access/routes.hpp"
#include "domains/fx/service.hpp"

namespace attache::fx {

// Rate tables arrive as the raw body of this path (the server's larger body allowance).
inline constexpr std::string_view kImportPath = "/api/v1/fx/rates/import";
inline constexpr size_t kMaxImportBytes = 16 * 1024 * 1024;

void AddRoutes(access::Routes& routes, Service& service);

nlohmann::json ToJson(const Rate& rate);
// Problems in `lang`.
nlohmann::json ToJson(const ImportReport& report, Lang lang);

}  // namespace attache::fx
