// `attache demo casework`: synthetic support requests for benchmarks and demonstrations — the
// same for the same seed — over the companies of the catalogue and the countries of presence,
// filed over the last two years, most of the older ones closed. Written in one transaction.
#pragma once

#include <cstdint>

#include "app/commands.hpp"
#include "core/error.hpp"
#include "core/time.hpp"
#include "platform/db/database.hpp"

namespace attache::app {

struct CaseworkOptions {
  int64_t requests = 300000;
  uint64_t seed = 1;
};

// kConflict when the database has no domestic companies to file for.
Result<int64_t> GenerateCasework(db::Database& database, const CaseworkOptions& options,
                                 const Clock& clock);

int GenerateCaseworkCommand(const Settings& settings, const CaseworkOptions& options);

}  // namespace attache::app
