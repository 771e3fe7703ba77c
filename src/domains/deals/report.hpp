// The deal reports and the board, in roubles and dollars: the open pipeline by stage and country
// (count, value, value weighted by the stage's probability) at the rates of one day, and export
// wins by year, country and category at the rates of each contract's date, confirmed by the
// company or not. SQL sums by currency and date; the conversion happens on those sums, so a
// report never loads the deals themselves. An amount whose rate is missing is left out of the
// sums and named in `missing_rates`, never converted at a wrong rate.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domains/deals/model.hpp"
#include "platform/db/connection.hpp"

namespace attache::deals {

// Kopecks and cents.
struct Amounts {
  int64_t rub = 0;
  int64_t usd = 0;
};

// Amounts of a currency that could not be converted on a date.
struct MissingRate {
  std::string currency;
  Date date;
  int64_t deals = 0;
};

enum class PipelineDimension { kStage, kCountry };
inline constexpr std::pair<std::string_view, PipelineDimension> kPipelineDimensionNames[] = {
    {"stage", PipelineDimension::kStage},
    {"country", PipelineDimension::kCountry},
};

struct PipelineQuery {
  Query filter;  // countries, category, owner and the caller's scope
  std::vector<PipelineDimension> group;
  Date on;  // the day of the rates
};

struct PipelineRow {
  std::optional<Stage> stage;
  std::optional<std::string> country;
  int64_t deals = 0;
  int64_t unvalued = 0;  // deals without a value yet
  Amounts value;
  Amounts weighted;
};

struct PipelineReport {
  Date on;
  std::vector<PipelineRow> rows;  // by stage order, then country
  PipelineRow total;
  std::vector<MissingRate> missing_rates;
};

enum class WinDimension { kYear, kCountry, kCategory };
inline constexpr std::pair<std::string_view, WinDimension> kWinDimensionNames[] = {
    {"year", WinDimension::kYear},
    {"country", WinDimension::kCountry},
    {"category", WinDimension::kCategory},
};

struct WinsQuery {
  Query filter;              // countries, category, owner and the caller's scope
  std::optional<Date> from;  // contracts signed on or after
  std::optional<Date> to;    // on or before
  std::vector<WinDimension> group;
};

struct WinFigures {
  int64_t deals = 0;
  Amounts value;
};

struct WinsRow {
  std::optional<int> year;
  std::optional<std::string> country;
  std::optional<Category> category;
  WinFigures confirmed;    // at the value the company confirmed
  WinFigures unconfirmed;  // at the deal's value, until the company confirms it
  int64_t helped = 0;      // confirmed wins where the company said the service helped
};

struct WinsReport {
  std::vector<WinsRow> rows;  // by year, country, category
  WinsRow total;
  std::vector<MissingRate> missing_rates;
};

// A column of the deal board: a stage, what is in it, and its most recently moved deals.
struct BoardColumn {
  StageInfo stage;
  int64_t deals = 0;
  Amounts value;
  std::vector<Deal> items;
};

struct Board {
  Date on;
  std::vector<BoardColumn> columns;
  std::vector<MissingRate> missing_rates;
};

Result<PipelineReport> SelectPipeline(db::Connection& conn, const PipelineQuery& query);
Result<WinsReport> SelectWins(db::Connection& conn, const WinsQuery& query);
// Every stage's column over the deals `filter` finds, with at most `per_column` deals each.
Result<Board> SelectBoard(db::Connection& conn, const Query& filter, int per_column, Date on);

}  // namespace attache::deals
