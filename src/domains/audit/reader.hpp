// Reading the audit trail back (it is only ever appended to, see store.hpp).
#pragma once

#include "core/error.hpp"
#include "domains/audit/model.hpp"
#include "platform/db/connection.hpp"

namespace attache::audit {

Result<Slice> SelectEntries(db::Connection& conn, const Query& query);

}  // namespace attache::audit
