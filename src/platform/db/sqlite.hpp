// SQLite sessions: WAL, foreign keys on, a busy timeout, synchronous=FULL (a commit is on disk
// before it is acknowledged), statements prepared once per session, no automatic checkpoints
// (whoever opens one runs a db::Checkpointer).
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "platform/db/connection.hpp"

namespace attache::db {

Result<std::unique_ptr<Connection>> OpenSqlite(const std::string& path,
                                               std::chrono::milliseconds busy_timeout);

}  // namespace attache::db
