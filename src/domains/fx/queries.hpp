// The SQL of exchange rates; the same text runs on SQLite and PostgreSQL.
#pragma once

#include <string_view>

namespace attache::fx {

inline constexpr std::string_view kSelect = R"~(
SELECT currency, on_date, rub_micro, nominal, source FROM fx_rates WHERE archived_at IS NULL)~";
inline constexpr std::string_view kCount =
    "SELECT COUNT(*) FROM fx_rates WHERE archived_at IS NULL";
inline constexpr std::string_view kCurrencyFilter = " AND currency = ${}";
inline constexpr std::string_view kFromFilter = " AND on_date >= ${}";
inline constexpr std::string_view kToFilter = " AND on_date <= ${}";
inline constexpr std::string_view kOrder = " ORDER BY on_date DESC, currency";

// Every rate of $1, oldest first.
inline constexpr std::string_view kHistory = R"~(
SELECT currency, on_date, rub_micro, nominal, source FROM fx_rates
WHERE archived_at IS NULL AND currency = $1 ORDER BY on_date)~";

inline constexpr std::string_view kExists =
    "SELECT COUNT(*) FROM fx_rates WHERE currency = $1 AND on_date = $2";

inline constexpr std::string_view kUpsert = R"~(
INSERT INTO fx_rates (currency, on_date, rub_micro, nominal, source, created_at, updated_at,
                      created_by)
VALUES ($1, $2, $3, $4, $5, $6, $6, $7)
ON CONFLICT (currency, on_date) DO UPDATE
   SET rub_micro = excluded.rub_micro, nominal = excluded.nominal, source = excluded.source,
       updated_at = excluded.updated_at, archived_at = NULL,
       version = fx_rates.version + 1)~";

}  // namespace attache::fx
