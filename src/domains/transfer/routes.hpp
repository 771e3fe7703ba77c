// The HTTP routes of imports and exports (docs/openapi.yaml: transfer): uploads to
// /api/v1/imports/{kind}, their templates, and the export of every list (the catalogue's,
// countries, attachés, users, API tokens, the taxonomy, the audit trail, requests and deals) in
// its current filtered view, and of the casework reports as they are grouped on screen.
#pragma once

#include <filesystem>

#include "core/time.hpp"
#include "domains/access/routes.hpp"
#include "domains/contacts/service.hpp"
#include "domains/countries/service.hpp"
#include "domains/deals/service.hpp"
#include "domains/organisations/service.hpp"
#include "domains/requests/service.hpp"
#include "domains/solutions/service.hpp"
#include "domains/taxonomy/service.hpp"
#include "domains/users/service.hpp"
#include "platform/db/database.hpp"

namespace attache::transfer {

struct Services {
  db::Database& database;
  organisations::Service& organisations;
  solutions::Service& solutions;
  contacts::Service& contacts;
  countries::Service& countries;
  taxonomy::Service& taxonomy;
  users::Service& users;
  requests::Service& requests;
  deals::Service& deals;
  Clock clock;
  std::filesystem::path temp_dir;  // where exports are spooled
};

// The largest upload an import takes.
inline constexpr size_t kMaxUploadBytes = 64 * 1024 * 1024;
inline constexpr std::string_view kImportPathPrefix = "/api/v1/imports/";

void AddRoutes(access::Routes& routes, Services& services);

}  // namespace attache::transfer
