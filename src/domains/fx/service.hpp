// The use cases of exchange rates: the table (list, import from CSV or XLSX), and converting an
// amount of a day to roubles and dollars. Thread-safe.
#pragma once

#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "core/page.hpp"
#include "domains/fx/model.hpp"
#include "platform/db/database.hpp"
#include "platform/tabular/table.hpp"

namespace attache::fx {

// A problem with one row of an imported table.
struct RowProblem {
  int64_t row = 0;
  std::string column;
  Text message;
};

struct ImportReport {
  int64_t rows = 0;
  int64_t created = 0;
  int64_t updated = 0;
  std::vector<RowProblem> problems;  // when any, nothing was written
  bool written = false;
};

// Reads a rates table: columns date (YYYY-MM-DD or DD.MM.YYYY), currency, rate (roubles, `.` or
// `,` decimals) and optionally nominal (units the rate is for, 1 by default); headers in English
// or Russian (дата, валюта, курс, номинал), any order. Problems name the row and column.
std::vector<Rate> ReadRates(const tabular::Table& table, std::string_view source, Date today,
                            std::vector<RowProblem>& problems);

class Service {
 public:
  Service(db::Database& database, Clock clock) : database_(database), clock_(std::move(clock)) {}

  Result<Page<Rate>> List(const RateQuery& query);
  // All or nothing: one bad row and nothing is written (the report says which). A rate of a day
  // already in the table replaces it.
  Result<ImportReport> Import(const tabular::Table& table, std::string_view source,
                              const Actor& actor);
  // `amount` on `date` in roubles and dollars, at the latest rates on or before it (at most
  // kMaxRateAgeDays old); kValidation naming the missing rate otherwise, or an unknown currency.
  Result<Conversion> Convert(const Money& amount, Date date);

 private:
  db::Database& database_;
  Clock clock_;
};

}  // namespace attache::fx
