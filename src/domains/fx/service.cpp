#include "domains/fx/service.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/strings.hpp"
#include "domains/audit/store.hpp"
#include "domains/fx/converter.hpp"
#include "domains/fx/queries.hpp"
#include "domains/fx/rules.hpp"
#include "platform/db/sql_builder.hpp"
#include "text/currency.hpp"
#include "text/normalize.hpp"

namespace attache::fx {
namespace {

std::optional<Date> ParseDay(std::string_view text) {
  text = Trim(text);
  if (auto iso = ParseDate(text)) return iso;
  // 15.03.2024
  if (text.size() == 10 && text[2] == '.' && text[5] == '.') {
    const std::string iso = std::string(text.substr(6, 4)) + "-" + std::string(text.substr(3, 2)) +
                            "-" + std::string(text.substr(0, 2));
    return ParseDate(iso);
  }
  return std::nullopt;
}

enum class Field { kDate, kCurrency, kRate, kNominal };

std::optional<Field> FieldOf(std::string_view header) {
  const std::string name = text::Fold(Trim(header));
  if (name == "date" || name == "дата") return Field::kDate;
  if (name == "currency" || name == "валюта" || name == "code" || name == "код") {
    return Field::kCurrency;
  }
  if (name == "rate" || name == "курс") return Field::kRate;
  if (name == "nominal" || name == "units" || name == "номинал") return Field::kNominal;
  return std::nullopt;
}

}  // namespace

std::vector<Rate> ReadRates(const tabular::Table& table, std::string_view source, Date today,
                            std::vector<RowProblem>& problems) {
  std::optional<size_t> columns[4];
  for (size_t i = 0; i < table.header.size(); ++i) {
    if (auto field = FieldOf(table.header[i])) columns[static_cast<int>(*field)] = i;
  }
  const char* names[] = {"date", "currency", "rate"};
  for (int i = 0; i < 3; ++i) {
    if (!columns[i]) {
      problems.push_back({1,
                          names[i],
                          {fmt::format("The table has no {} column.", names[i]),
                           fmt::format("В таблице нет столбца {}.", names[i])}});
    }
  }
  std::vector<Rate> rates;
  if (!problems.empty()) return rates;
  for (const tabular::Row& row : table.rows) {
    Rate rate;
    rate.source = std::string(source);
    const auto day = ParseDay(row.Cell(*columns[0]));
    if (!day) {
      problems.push_back(
          {row.number,
           "date",
           {"A date: 2024-03-15 or 15.03.2024.", "Дата: 2024-03-15 или 15.03.2024."}});
    }
    rate.date = day.value_or(today);
    rate.currency = AsciiUpper(Trim(row.Cell(*columns[1])));
    rate.rub_micro = ParseScaled(Trim(row.Cell(*columns[2])), 6).value_or(0);
    if (columns[3] && !Trim(row.Cell(*columns[3])).empty()) {
      rate.nominal = ParseScaled(Trim(row.Cell(*columns[3])), 0).value_or(0);
    }
    for (const FieldError& error : CheckRate(rate, today)) {
      problems.push_back({row.number, error.pointer.substr(1), error.message});
    }
    rates.push_back(std::move(rate));
  }
  return rates;
}

Result<Page<Rate>> Service::List(const RateQuery& query) {
  const auto filter = [&](db::SqlBuilder& sql) {
    if (query.currency) sql.Where(kCurrencyFilter, *query.currency);
    if (query.from) sql.Where(kFromFilter, query.from->ToString());
    if (query.to) sql.Where(kToFilter, query.to->ToString());
  };
  db::SqlBuilder count(kCount);
  filter(count);
  db::SqlBuilder select(kSelect);
  filter(select);
  select.Append(kOrder);
  select.Page(query.limit, query.offset);
  return database_.Read([&](db::Connection& conn) {
    return db::ReadPage<Rate>(conn, count, select, query.offset, ReadRate);
  });
}

Result<ImportReport> Service::Import(const tabular::Table& table, std::string_view source,
                                     const Actor& actor) {
  const TimePoint now = clock_();
  ImportReport report;
  report.rows = static_cast<int64_t>(table.rows.size());
  const std::vector<Rate> rates = ReadRates(table, source, ToDate(now), report.problems);
  if (!report.problems.empty() || rates.empty()) return report;
  const std::string stamp = FormatTimestamp(now);
  auto written = database_.Write([&](db::Connection& conn) -> Status {
    for (const Rate& rate : rates) {
      const std::string day = rate.date.ToString();
      auto exists =
          conn.QueryInt(kExists, {std::string_view(rate.currency), std::string_view(day)});
      if (!exists) return tl::unexpected(exists.error());
      ++(*exists > 0 ? report.updated : report.created);
      auto stored =
          conn.Execute(kUpsert, {std::string_view(rate.currency), std::string_view(day),
                                 rate.rub_micro, rate.nominal, std::string_view(rate.source),
                                 std::string_view(stamp), db::Nullable(actor.user_id)});
      if (!stored) return tl::unexpected(stored.error());
    }
    return audit::Record(
        conn, actor, now,
        {"fx_rates",
         std::string(source),
         "import",
         {{"rows", report.rows}, {"created", report.created}, {"updated", report.updated}}});
  });
  if (!written) return tl::unexpected(written.error());
  report.written = true;
  return report;
}

Result<Conversion> Service::Convert(const Money& amount, Date date) {
  return database_.Read(
      [&](db::Connection& conn) { return Converter(conn).Convert(amount, date); });
}

}  // namespace attache::fx
