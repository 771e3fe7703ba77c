// PostgreSQL sessions over libpq: statements prepared once per session with inferred parameter
// types, values sent and read as text.
#pragma once

#include <memory>
#include <string>

#include "platform/db/connection.hpp"

namespace attache::db {

// `url` is a libpq URI (postgresql://user@host:port/db); a 5 s connect timeout is added when the
// URI sets none.
Result<std::unique_ptr<Connection>> OpenPostgres(const std::string& url);

// The URI without its password, for messages and logs.
std::string RedactPostgresUrl(std::string_view url);

}  // namespace attache::db
