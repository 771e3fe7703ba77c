// `attache demo generate`: writes a synthetic catalogue (catalogue_generator.hpp) into a database
// that holds no catalogue data yet, or only the demo's, in one transaction.
#pragma once

#include <cstdint>
#include <functional>
#include <string_view>

#include "app/catalogue_generator.hpp"
#include "app/commands.hpp"
#include "core/error.hpp"
#include "core/time.hpp"
#include "platform/db/database.hpp"

namespace attache::app {

struct GenerateSummary {
  int64_t organisations = 0;
  int64_t domestic_companies = 0;
  int64_t solutions = 0;
  int64_t contacts = 0;
};

// Called now and then while writing: "organisations", "solutions" or "contacts", how many of them
// are written and how many there will be.
using GenerateProgress = std::function<void(std::string_view what, int64_t done, int64_t total)>;

// kConflict, writing nothing, when the database already holds organisations other than the
// demo's or a generated catalogue. Every record passes its domain's rules; a record that did not
// would be a bug of the generator (kInternal).
Result<GenerateSummary> GenerateCatalogue(db::Database& database, const GeneratorOptions& options,
                                          const Clock& clock, const GenerateProgress& progress);

int GenerateDemoCommand(const Settings& settings, const GeneratorOptions& options);

}  // namespace attache::app
