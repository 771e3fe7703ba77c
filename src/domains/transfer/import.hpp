// Imports of organisations, solutions and contacts from CSV and XLSX tables (columns.hpp).
//
// Every row goes through the same validation and writing as a record made in the UI
// (FieldsFromJson, then CreateIn or ReplaceIn with their audit entries), inside one transaction
// and a savepoint per row, so a bad row undoes only itself. Nothing is kept unless every row is
// valid, or `skip_invalid` says to keep the valid ones; a dry run keeps nothing either way.
//
// Rows find their record by natural keys, so importing a file twice changes nothing the second
// time: the id column when there is one, else the INN (organisations), the registry number or the
// owner and name (solutions), the owner and e-mail (contacts). A found record gets the file's
// columns, empty cells included; the columns the file lacks keep their values.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "core/time.hpp"
#include "domains/transfer/columns.hpp"
#include "platform/db/database.hpp"
#include "platform/tabular/encoding.hpp"
#include "platform/tabular/table.hpp"

namespace attache::transfer {

struct ImportOptions {
  bool dry_run = false;
  bool skip_invalid = false;
};

// Where a problem is: the file's row (1 is the header), and the column as the file names it
// (empty when the whole row is concerned).
struct Problem {
  int64_t row = 0;
  std::string column;
  Text message;
};

struct Report {
  Kind kind = Kind::kOrganisations;
  ImportOptions options;
  int64_t rows = 0;
  int64_t created = 0;
  int64_t updated = 0;
  int64_t unchanged = 0;
  int64_t invalid = 0;   // rows with at least one problem
  bool written = false;  // the changes were kept
  // The first kMaxReported of each; the counts say how many there were in all.
  std::vector<Problem> problems;
  int64_t problem_count = 0;
  std::vector<Problem> warnings;  // possible duplicates, a key repeated in the file
  int64_t warning_count = 0;
};

inline constexpr size_t kMaxReported = 1000;

// The table of an uploaded file: XLSX when it is a zip, else CSV in `encoding`. Errors
// (kBadRequest) say what is wrong with the file and where.
Result<tabular::Table> ReadUpload(std::string_view bytes, tabular::Encoding encoding);

// Errors only when the import could not run (the database is unavailable); whatever is wrong
// with the file is in the report.
Result<Report> Import(db::Database& database, Kind kind, const tabular::Table& table,
                      const ImportOptions& options, const Actor& actor, TimePoint now);

}  // namespace attache::transfer
