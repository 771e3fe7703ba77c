// Converting many amounts inside one transaction, as reports do: each currency's rates are read
// from the table once and then looked up in memory. Not thread-safe: one per transaction.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domains/fx/model.hpp"
#include "platform/db/connection.hpp"

namespace attache::fx {

// A rate from a row of the table's SELECT (currency, on_date, rub_micro, nominal, source).
Rate ReadRate(const db::Row& row);

class Converter {
 public:
  explicit Converter(db::Connection& conn) : conn_(conn) {}

  // `amount` on `date` in roubles and dollars, at the latest rates on or before it (at most
  // kMaxRateAgeDays old); kValidation naming the missing rate, or the unknown currency.
  Result<Conversion> Convert(const Money& amount, Date date);

  // The rate that prices an amount of `currency` on `date`, or the NoRate error.
  Result<Rate> RateFor(std::string_view currency, Date date);

 private:
  Result<const std::vector<Rate>*> RatesOf(std::string_view currency);

  db::Connection& conn_;
  std::map<std::string, std::vector<Rate>, std::less<>> rates_;  // by date, per currency
};

}  // namespace attache::fx
