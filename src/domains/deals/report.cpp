#include "domains/deals/report.hpp"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <tuple>

#include "domains/deals/queries.hpp"
#include "domains/deals/rules.hpp"
#include "domains/deals/store.hpp"
#include "domains/fx/converter.hpp"

namespace attache::deals {
namespace {

// Converts sums, keeping what it could not convert for lack of a rate.
class Pricer {
 public:
  explicit Pricer(db::Connection& conn) : converter_(conn) {}

  // `sum` of `deals` deals on `date` in roubles and dollars; none when a rate is missing.
  Result<std::optional<Amounts>> Price(const fx::Money& sum, Date date, int64_t deals) {
    auto converted = converter_.Convert(sum, date);
    if (!converted) {
      if (converted.error().code != ErrorCode::kValidation) {
        return tl::unexpected(converted.error());
      }
      missing_[{sum.currency, date}] += deals;
      return std::optional<Amounts>();
    }
    return Amounts{converted->rub.minor, converted->usd.minor};
  }

  std::vector<MissingRate> Missing() const {
    std::vector<MissingRate> missing;
    for (const auto& [key, deals] : missing_) missing.push_back({key.first, key.second, deals});
    return missing;
  }

 private:
  fx::Converter converter_;
  std::map<std::pair<std::string, Date>, int64_t> missing_;
};

void Add(Amounts& to, const Amounts& amounts) {
  to.rub += amounts.rub;
  to.usd += amounts.usd;
}

// The rows of a statement, as text and integers, read before anything else runs on the
// connection (a converter reads rates).
struct Cells {
  std::vector<std::optional<std::string>> texts;
  std::vector<int64_t> ints;
};

Result<std::vector<Cells>> ReadAll(db::Connection& conn, const db::SqlBuilder& sql, int texts,
                                   int ints) {
  std::vector<Cells> rows;
  auto read = conn.Query(sql.sql(), sql.params(), [&](const db::Row& row) {
    Cells cells;
    for (int i = 0; i < texts; ++i) cells.texts.push_back(row.OptString(i));
    for (int i = 0; i < ints; ++i)
      cells.ints.push_back(row.IsNull(texts + i) ? 0 : row.Int(texts + i));
    rows.push_back(std::move(cells));
  });
  if (!read) return tl::unexpected(read.error());
  return rows;
}

template <class Dimension>
bool Has(const std::vector<Dimension>& group, Dimension dimension) {
  return std::find(group.begin(), group.end(), dimension) != group.end();
}

}  // namespace

Result<PipelineReport> SelectPipeline(db::Connection& conn, const PipelineQuery& query) {
  auto stages = SelectStages(conn);
  if (!stages) return tl::unexpected(stages.error());
  std::map<Stage, int> probability;
  for (const StageInfo& info : *stages) probability[info.stage] = info.probability;

  db::SqlBuilder sql(kPipeline);
  AddFilters(sql, query.filter);
  sql.Append(kPipelineGroup);
  // stage, country, currency | deals, sum
  auto cells = ReadAll(conn, sql, 3, 2);
  if (!cells) return tl::unexpected(cells.error());
  const bool by_stage = Has(query.group, PipelineDimension::kStage);
  const bool by_country = Has(query.group, PipelineDimension::kCountry);
  PipelineReport report;
  report.on = query.on;
  Pricer pricer(conn);
  std::map<std::tuple<int, std::string>, PipelineRow> rows;
  for (const Cells& row : *cells) {
    const auto stage = EnumValue(kStageNames, row.texts[0].value_or(""));
    if (!stage) continue;
    const std::string country = row.texts[1].value_or("");
    const int64_t deals = row.ints[0];
    PipelineRow& into = rows[{by_stage ? static_cast<int>(*stage) : -1, by_country ? country : ""}];
    if (by_stage) into.stage = *stage;
    if (by_country) into.country = country;
    const std::initializer_list<PipelineRow*> targets = {&into, &report.total};
    for (PipelineRow* target : targets) target->deals += deals;
    if (!row.texts[2]) {
      for (PipelineRow* target : targets) target->unvalued += deals;
      continue;
    }
    auto priced = pricer.Price({row.ints[1], *row.texts[2]}, query.on, deals);
    if (!priced) return tl::unexpected(priced.error());
    if (!*priced) continue;
    const int percent = probability[*stage];
    const Amounts weighted{Weighted((*priced)->rub, percent), Weighted((*priced)->usd, percent)};
    for (PipelineRow* target : targets) {
      Add(target->value, **priced);
      Add(target->weighted, weighted);
    }
  }
  if (!query.group.empty()) {
    for (auto& [key, row] : rows) report.rows.push_back(std::move(row));
  }
  report.missing_rates = pricer.Missing();
  return report;
}

Result<WinsReport> SelectWins(db::Connection& conn, const WinsQuery& query) {
  const bool by_year = Has(query.group, WinDimension::kYear);
  const bool by_country = Has(query.group, WinDimension::kCountry);
  const bool by_category = Has(query.group, WinDimension::kCategory);
  db::SqlBuilder sql(kWinsSelect);
  sql.Append(by_year ? kWinsYear : kWinsNone);
  sql.Append(by_country ? kWinsCountry : kWinsNone);
  sql.Append(by_category ? kWinsCategory : kWinsNone);
  sql.Append(kWins);
  AddFilters(sql, query.filter);
  if (query.from) sql.Where(kWinsFrom, query.from->ToString());
  if (query.to) sql.Where(kWinsTo, query.to->ToString());
  sql.Append(kWinsGroup);
  // year, country, category (or ''), contract date, currency | confirmed, deals, sum, helped
  auto cells = ReadAll(conn, sql, 5, 4);
  if (!cells) return tl::unexpected(cells.error());
  WinsReport report;
  Pricer pricer(conn);
  std::map<std::tuple<int, std::string, int>, WinsRow> rows;
  for (const Cells& row : *cells) {
    const int year = std::atoi(row.texts[0].value_or("0").c_str());
    const std::string country = row.texts[1].value_or("");
    const auto category = EnumValue(kCategoryNames, row.texts[2].value_or(""));
    const auto date = ParseDate(row.texts[3].value_or(""));
    if ((by_category && !category) || !date || !row.texts[4]) continue;
    const bool confirmed = row.ints[0] != 0;
    const int64_t deals = row.ints[1];
    WinsRow& into = rows[{year, country, by_category ? static_cast<int>(*category) : -1}];
    if (by_year) into.year = year;
    if (by_country) into.country = country;
    if (by_category) into.category = category;
    auto priced = pricer.Price({row.ints[2], *row.texts[4]}, *date, deals);
    if (!priced) return tl::unexpected(priced.error());
    for (WinsRow* target : {&into, &report.total}) {
      WinFigures& figures = confirmed ? target->confirmed : target->unconfirmed;
      figures.deals += deals;
      if (*priced) Add(figures.value, **priced);
      target->helped += row.ints[3];
    }
  }
  if (!query.group.empty()) {
    for (auto& [key, row] : rows) report.rows.push_back(std::move(row));
  }
  report.missing_rates = pricer.Missing();
  return report;
}

Result<Board> SelectBoard(db::Connection& conn, const Query& filter, int per_column, Date on) {
  auto stages = SelectStages(conn);
  if (!stages) return tl::unexpected(stages.error());
  Board board;
  board.on = on;
  board.columns.reserve(stages->size());
  std::map<Stage, BoardColumn*> columns;
  for (const StageInfo& info : *stages) {
    board.columns.push_back({info, 0, {}, {}});
    columns[info.stage] = &board.columns.back();
  }
  db::SqlBuilder sql(kBoardTotals);
  AddFilters(sql, filter);
  sql.Append(kBoardGroup);
  // stage, currency | deals, sum
  auto cells = ReadAll(conn, sql, 2, 2);
  if (!cells) return tl::unexpected(cells.error());
  Pricer pricer(conn);
  for (const Cells& row : *cells) {
    const auto stage = EnumValue(kStageNames, row.texts[0].value_or(""));
    if (!stage || !columns.contains(*stage)) continue;
    BoardColumn& column = *columns[*stage];
    column.deals += row.ints[0];
    if (!row.texts[1]) continue;
    auto priced = pricer.Price({row.ints[1], *row.texts[1]}, on, row.ints[0]);
    if (!priced) return tl::unexpected(priced.error());
    if (*priced) Add(column.value, **priced);
  }
  for (BoardColumn& column : board.columns) {
    if (column.deals == 0) continue;
    auto items = SelectRecent(conn, filter, column.stage.stage, per_column);
    if (!items) return tl::unexpected(items.error());
    column.items = std::move(*items);
  }
  board.missing_rates = pricer.Missing();
  return board;
}

}  // namespace attache::deals
