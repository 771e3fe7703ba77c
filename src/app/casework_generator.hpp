// `attache demo casework`: synthetic support requests, export deals and activities for benchmarks
// and demonstrations — the same for the same seed — over the companies of the catalogue and the
// countries of presence, over the last two years, most of the older ones closed; and daily
// exchange rates for the deals' currencies when the table has none. Written in one transaction.
#pragma once

#include <cstdint>

#include "app/commands.hpp"
#include "core/error.hpp"
#include "core/time.hpp"
#include "platform/db/database.hpp"

namespace attache::app {

struct CaseworkOptions {
  int64_t requests = 300000;
  int64_t deals = 200000;
  int64_t activities = 1000000;
  uint64_t seed = 1;
};

// kConflict when the database has no domestic companies to file for.
Result<int64_t> GenerateCasework(db::Database& database, const CaseworkOptions& options,
                                 const Clock& clock);

// The deals part, inside GenerateCasework's transaction.
Status GenerateDeals(db::Connection& conn, const CaseworkOptions& options, TimePoint now);
// The activities part, after the deals (it links activities to them and to the requests).
Status GenerateActivities(db::Connection& conn, const CaseworkOptions& options, TimePoint now);

int GenerateCaseworkCommand(const Settings& settings, const CaseworkOptions& options);

}  // namespace attache::app
