// The demo dataset (data/demo, compiled in): real public facts about the service, loaded into a
// database that holds no user data yet, all in one transaction, through the same validation
// rules and audit trail as any other write.
#pragma once

#include "core/error.hpp"
#include "core/time.hpp"
#include "platform/db/database.hpp"

namespace attache::app {

enum class DemoOutcome { kLoaded, kAlreadyLoaded, kNotEmpty };

Result<DemoOutcome> LoadDemo(db::Database& database, const Clock& clock);

}  // namespace attache::app
