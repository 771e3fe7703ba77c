// The export deals of `attache demo casework`: deals opened over the last two years, the older
// ones mostly closed (completed, lost, abandoned) or being carried out, the recent ones spread
// over the pipeline; values in the currencies exporters sign in; half of the wins confirmed.
#include <fmt/format.h>

#include <chrono>
#include <cmath>
#include <iostream>
#include <map>
#include <random>

#include "app/casework_generator.hpp"
#include "text/currency.hpp"
#include "text/normalize.hpp"

namespace attache::app {
namespace {

constexpr std::string_view kCompanies =
    "SELECT id, name_ru, name_en FROM organisations "
    "WHERE kind = 'domestic_company' AND archived_at IS NULL ORDER BY id";
constexpr std::string_view kBuyers =
    "SELECT id FROM organisations WHERE kind IN ('foreign_company', 'government_body') "
    "AND country <> 'RU' AND archived_at IS NULL ORDER BY id";
constexpr std::string_view kFirstSolutions =
    "SELECT organisation_id, MIN(id) FROM solutions WHERE archived_at IS NULL "
    "GROUP BY organisation_id";
constexpr std::string_view kPresence =
    "SELECT iso2 FROM countries WHERE presence_status IN ('active', 'planned') ORDER BY iso2";
constexpr std::string_view kStaff =
    "SELECT u.id, COALESCE(uc.country, '') FROM users u "
    "LEFT JOIN user_countries uc ON uc.user_id = u.id "
    "WHERE u.role IN ('attache', 'analyst') AND u.disabled_at IS NULL ORDER BY u.id";
constexpr std::string_view kRateCount = "SELECT COUNT(*) FROM fx_rates";
constexpr std::string_view kInsertRate = R"~(
INSERT INTO fx_rates (currency, on_date, rub_micro, nominal, source, created_at, updated_at)
VALUES ($1, $2, $3, $4, 'demo', $5, $5))~";
constexpr std::string_view kInsertDeal = R"~(
INSERT INTO deals (organisation_id, country, counterparty_id, category, title, value_minor,
                   currency, expected_close_date, owner_id, stage, is_open, stage_changed_at,
                   contract_number, contract_date, close_reason, lost_to, closed_at,
                   win_confirmed_at, win_value_minor, win_currency, win_helped, win_how,
                   search_text, created_at, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19,
        $20, $21, $22, $23, $24, $12)
RETURNING id)~";
constexpr std::string_view kInsertSolution =
    "INSERT INTO deal_solutions (deal_id, solution_id) VALUES ($1, $2)";
constexpr std::string_view kInsertChange = R"~(
INSERT INTO deal_stage_changes (deal_id, from_stage, to_stage, reason, created_at)
VALUES ($1, NULL, $2, '', $3))~";

constexpr std::string_view kTitles[] = {
    "Electronic government platform",
    "Endpoint protection for ministries",
    "Core banking modernisation",
    "Smart city video analytics",
    "Telecom billing replacement",
    "Training centre for engineers",
    "Radio relay network",
    "Tax administration system",
    "Data centre security operations",
    "Geoinformation system for land registry",
};
constexpr std::string_view kCategories[] = {"software", "it_service", "hardware_software",
                                            "radio_electronics"};

// A currency of the deals, how often, and what a unit cost in roubles (per nominal units).
struct Currency {
  std::string_view code;
  double share;
  double roubles;
  int64_t nominal;
};
constexpr Currency kCurrencies[] = {{"USD", 0.5, 90.0, 1},      {"EUR", 0.15, 100.0, 1},
                                    {"RUB", 0.15, 1.0, 1},      {"CNY", 0.1, 12.5, 1},
                                    {"VND", 0.05, 36.0, 10000}, {"AED", 0.05, 24.5, 1}};

// Daily rates over the period, unless the table already has some.
Status GenerateRates(db::Connection& conn, TimePoint now, std::mt19937_64& random) {
  auto count = conn.QueryInt(kRateCount, {});
  if (!count) return tl::unexpected(count.error());
  if (*count > 0) return {};
  const std::string stamp = FormatTimestamp(now);
  for (const Currency& currency : kCurrencies) {
    if (currency.code == "RUB") continue;
    for (int day = 800; day >= 0; --day) {
      const std::string date = ToDate(now - std::chrono::days(day)).ToString();
      const double drift = std::uniform_real_distribution<>(0.95, 1.05)(random);
      const auto micro = static_cast<int64_t>(currency.roubles * drift * 1e6);
      auto inserted = conn.Execute(kInsertRate, {currency.code, std::string_view(date), micro,
                                                 currency.nominal, std::string_view(stamp)});
      if (!inserted) return tl::unexpected(inserted.error());
    }
  }
  return {};
}

struct Company {
  int64_t id = 0;
  std::string name_ru;
  std::string name_en;
};

}  // namespace

Status GenerateDeals(db::Connection& conn, const CaseworkOptions& options, TimePoint now) {
  std::mt19937_64 random(options.seed + 7);
  if (auto rates = GenerateRates(conn, now, random); !rates) return rates;
  if (options.deals == 0) return {};
  std::vector<Company> companies;
  std::vector<int64_t> buyers;
  std::map<int64_t, int64_t> solutions;
  std::vector<std::string> countries;
  std::map<std::string, std::vector<int64_t>> owners;  // by country; "" for HQ analysts
  auto read = conn.Query(kCompanies, {}, [&](const db::Row& row) {
    companies.push_back({row.Int(0), row.String(1), row.String(2)});
  });
  if (read)
    read = conn.Query(kBuyers, {}, [&](const db::Row& row) { buyers.push_back(row.Int(0)); });
  if (read) {
    read = conn.Query(kFirstSolutions, {},
                      [&](const db::Row& row) { solutions[row.Int(0)] = row.Int(1); });
  }
  if (read) {
    read =
        conn.Query(kPresence, {}, [&](const db::Row& row) { countries.push_back(row.String(0)); });
  }
  if (read) {
    read = conn.Query(kStaff, {},
                      [&](const db::Row& row) { owners[row.String(1)].push_back(row.Int(0)); });
  }
  if (!read) return tl::unexpected(read.error());
  if (companies.empty()) return {};
  if (countries.empty()) countries.push_back("VN");

  const auto pick = [&](size_t size) {
    return std::uniform_int_distribution<size_t>(0, size - 1)(random);
  };
  const auto uniform = [&] { return std::uniform_real_distribution<>(0, 1)(random); };
  constexpr int64_t kDay = 24 * 3600;
  for (int64_t i = 1; i <= options.deals; ++i) {
    const Company& company = companies[pick(companies.size())];
    const std::string& country = countries[pick(countries.size())];
    const int64_t age = std::uniform_int_distribution<int64_t>(0, 730 * kDay)(random);
    const TimePoint created = now - std::chrono::seconds(age);
    // Older deals have mostly ended or are being carried out; recent ones fill the pipeline.
    const double roll = uniform();
    std::string_view stage;
    if (age > 180 * kDay) {
      stage = roll < 0.3    ? "completed"
              : roll < 0.4  ? "in_implementation"
              : roll < 0.45 ? "signed"
              : roll < 0.8  ? "lost"
                            : "abandoned";
    } else {
      stage = roll < 0.25   ? "lead"
              : roll < 0.45 ? "qualified"
              : roll < 0.65 ? "proposal"
              : roll < 0.8  ? "negotiation"
              : roll < 0.88 ? "signed"
              : roll < 0.92 ? "in_implementation"
              : roll < 0.97 ? "lost"
                            : "abandoned";
    }
    const bool early = stage == "lead" || stage == "qualified";
    const bool won = stage == "signed" || stage == "in_implementation" || stage == "completed";
    const bool open = stage != "completed" && stage != "lost" && stage != "abandoned";
    std::optional<int64_t> minor;
    std::optional<std::string> currency;
    if (!early || uniform() < 0.5) {
      double share = uniform();
      const Currency* chosen = &kCurrencies[0];
      for (const Currency& c : kCurrencies) {
        chosen = &c;
        if ((share -= c.share) < 0) break;
      }
      const int digits = text::CurrencyDigits(chosen->code).value_or(2);
      int64_t scale = 1;
      for (int d = 0; d < digits; ++d) scale *= 10;
      // 20 thousand to 5 million dollars' worth.
      const double dollars =
          std::exp(std::uniform_real_distribution<>(std::log(2e4), std::log(5e6))(random));
      const double units =
          dollars * 90.0 / (chosen->roubles / static_cast<double>(chosen->nominal));
      minor = static_cast<int64_t>(units) * scale;
      currency = std::string(chosen->code);
    }
    const TimePoint changed =
        std::min(now, created + std::chrono::days(static_cast<int64_t>(pick(120)) + 1));
    std::optional<std::string> contract_date;
    std::string contract_number;
    if (won) {
      contract_date = ToDate(changed).ToString();
      contract_number = fmt::format("{}-{}/{}", country, ToDate(changed).year, i);
    }
    std::optional<std::string> closed_at;
    if (!open) closed_at = FormatTimestamp(changed);
    std::string reason;
    std::string lost_to;
    if (stage == "lost") {
      reason = "Price";
      lost_to = "A local integrator";
    } else if (stage == "abandoned") {
      reason = "The buyer's budget was cut";
    }
    std::optional<std::string> confirmed_at;
    std::optional<int64_t> win_minor;
    std::optional<std::string> win_currency;
    std::optional<int64_t> helped;
    std::string how;
    if (won && uniform() < 0.5) {
      confirmed_at = FormatTimestamp(std::min(now, changed + std::chrono::days(14)));
      win_minor = minor;
      win_currency = currency;
      helped = uniform() < 0.7 ? 1 : 0;
      if (*helped == 1) how = "Introduced to the buyer at a business mission";
    }
    std::optional<int64_t> owner;
    const auto staff = owners.find(country);
    if (staff != owners.end() && !staff->second.empty()) {
      owner = staff->second[pick(staff->second.size())];
    } else if (auto hq = owners.find(""); hq != owners.end() && !hq->second.empty()) {
      owner = hq->second[pick(hq->second.size())];
    }
    std::optional<int64_t> buyer;
    if (!buyers.empty() && (!early || uniform() < 0.5)) buyer = buyers[pick(buyers.size())];
    const std::string title =
        fmt::format("{} ({}, {})", kTitles[pick(std::size(kTitles))], country, i);
    const std::string search = text::Fold(title + " " + company.name_ru + " " + company.name_en);
    const std::string created_text = FormatTimestamp(created);
    const std::string changed_text = FormatTimestamp(changed);
    const std::string close = ToDate(created + std::chrono::days(90)).ToString();
    auto id = conn.QueryInt(kInsertDeal, {company.id,
                                          std::string_view(country),
                                          db::Nullable(buyer),
                                          kCategories[pick(std::size(kCategories))],
                                          std::string_view(title),
                                          db::Nullable(minor),
                                          db::Nullable(currency),
                                          std::string_view(close),
                                          db::Nullable(owner),
                                          stage,
                                          int64_t{open ? 1 : 0},
                                          std::string_view(changed_text),
                                          std::string_view(contract_number),
                                          db::Nullable(contract_date),
                                          std::string_view(reason),
                                          std::string_view(lost_to),
                                          db::Nullable(closed_at),
                                          db::Nullable(confirmed_at),
                                          db::Nullable(win_minor),
                                          db::Nullable(win_currency),
                                          db::Nullable(helped),
                                          std::string_view(how),
                                          std::string_view(search),
                                          std::string_view(created_text)});
    if (!id) return tl::unexpected(id.error());
    if (auto solution = solutions.find(company.id); solution != solutions.end()) {
      if (auto linked = conn.Execute(kInsertSolution, {*id, solution->second}); !linked) {
        return tl::unexpected(linked.error());
      }
    }
    if (auto recorded = conn.Execute(kInsertChange, {*id, stage, std::string_view(changed_text)});
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    if (i % 50000 == 0) std::cout << fmt::format("attache: deals {}/{}\n", i, options.deals);
  }
  return {};
}

}  // namespace attache::app
