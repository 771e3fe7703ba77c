// Exchange rates: what a unit of each currency cost in roubles on a day (the Bank of Russia's
// official rates, or whatever table HQ imports), so that every report can show amounts in RUB and
// USD at the rate of the relevant date while the original amount is always kept. Plain values.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/time.hpp"

namespace attache::fx {

// An amount in a currency's minor units (kopecks, cents; dong have none).
struct Money {
  int64_t minor = 0;
  std::string currency;  // ISO 4217

  friend bool operator==(const Money&, const Money&) = default;
};

// `nominal` units of `currency` cost `rub_micro` millionths of a rouble on `date` (the Bank of
// Russia quotes 10,000 dong, 100 yen, 1 dollar).
struct Rate {
  std::string currency;
  Date date;
  int64_t rub_micro = 0;
  int64_t nominal = 1;
  std::string source;

  friend bool operator==(const Rate&, const Rate&) = default;
};

// An amount with what it was worth in roubles and dollars on a date, and the rates used.
struct Conversion {
  Money original;
  Date date;
  Money rub;
  Money usd;
  std::optional<Rate> rate;      // of the original currency; none for RUB
  std::optional<Rate> usd_rate;  // of the dollar
};

struct RateQuery {
  std::optional<std::string> currency;
  std::optional<Date> from;
  std::optional<Date> to;
  int limit = 50;
  int64_t offset = 0;
};

}  // namespace attache::fx
