// Numbered schema migrations (see migrations/README.md): parsed from embedded files, applied in
// order, each in its own transaction together with its row in `schema_migrations`. Safe to run
// from several instances at once (PostgreSQL advisory lock; SQLite's write lock).
#pragma once

#include <functional>
#include <span>
#include <string>
#include <vector>

#include "core/embedded.hpp"
#include "platform/db/database.hpp"

namespace attache::db {

struct Migration {
  int version = 0;
  std::string name;
  std::string_view sql;
};

// Files must be named NNNN_name.sql with versions 1, 2, 3... and no gaps.
Result<std::vector<Migration>> ParseMigrations(std::span<const EmbeddedFile> files);

// The SQL of a migration with the dialect's tokens replaced.
std::string RenderMigration(std::string_view sql, Dialect dialect);

// The highest applied version; 0 on an empty database.
Result<int> SchemaVersion(Database& database);

// Applies what is missing and returns the number applied. Refuses (kUnavailable) a database whose
// schema is newer than the newest migration known to this binary.
Result<int> Migrate(Database& database, std::span<const Migration> migrations);

// A table the application derives from others with its own code (migration 0007): `rebuild`
// empties it and fills it again from its source; `version` changes whenever the code that derives
// it does.
struct DerivedTable {
  std::string_view name;
  int version = 0;
  std::function<Status(Connection&)> rebuild;
};

// Rebuilds each table whose version in `derived_tables` differs from its own, in one transaction
// with its new version, and returns how many it rebuilt. Run after Migrate; safe from several
// instances at once like it.
Result<int> BuildDerivedTables(Database& database, std::span<const DerivedTable> tables);

// Refreshes the statistics SQLite's query planner chooses indexes by (ANALYZE, sampling at most
// 1,000 rows of each index, so a large catalogue takes a fraction of a second): without them it
// walks the index of 80,000 published solutions to find the 1,000 of one class. PostgreSQL's
// autovacuum keeps its own; there this does nothing. Run at start, after migrating.
Status UpdatePlannerStatistics(Database& database);

}  // namespace attache::db
