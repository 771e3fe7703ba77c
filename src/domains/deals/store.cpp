#include "domains/deals/store.hpp"

#include "domains/deals/queries.hpp"
#include "text/normalize.hpp"

namespace attache::deals {
namespace {

static_assert(db::SortsCovered(kSorts, kOrder),
              "every sort field of the API needs its column in kOrder");

std::optional<fx::Money> ReadMoney(const db::Row& row, int minor_column) {
  if (row.IsNull(minor_column) || row.IsNull(minor_column + 1)) return std::nullopt;
  return fx::Money{row.Int(minor_column), row.String(minor_column + 1)};
}

std::optional<Date> ReadDate(const db::Row& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return ParseDate(row.Text(column));
}

std::optional<std::string> DateText(const std::optional<Date>& date) {
  if (!date) return std::nullopt;
  return date->ToString();
}

Deal ReadDeal(const db::Row& row) {
  Deal deal;
  Fields& fields = deal.fields;
  deal.id = row.Int(0);
  fields.organisation_id = row.Int(1);
  fields.country = row.String(2);
  if (!row.IsNull(3)) fields.counterparty_id = row.Int(3);
  fields.category = EnumValue(kCategoryNames, row.Text(4)).value_or(Category::kSoftware);
  fields.title = row.String(5);
  fields.description = row.String(6);
  fields.value = ReadMoney(row, 7);
  fields.expected_close_date = ReadDate(row, 9);
  deal.owner = row.OptUser(10);
  if (deal.owner) fields.owner_id = deal.owner->id;
  deal.stage = EnumValue(kStageNames, row.Text(12)).value_or(Stage::kLead);
  deal.probability = static_cast<int>(row.Int(13));
  deal.stage_changed_at = row.String(14);
  fields.contract_number = row.String(15);
  fields.contract_date = ReadDate(row, 16);
  deal.close_reason = row.String(17);
  deal.lost_to = row.String(18);
  deal.closed_at = row.OptString(19);
  if (!row.IsNull(20)) {
    Win win;
    win.confirmed_at = row.String(20);
    win.confirmed_by = row.OptUser(21);
    win.value = ReadMoney(row, 23).value_or(fx::Money{});
    win.helped = !row.IsNull(25) && row.Int(25) != 0;
    win.how = row.String(26);
    deal.win = std::move(win);
  }
  deal.version = row.Int(27);
  deal.created_at = row.String(28);
  deal.updated_at = row.String(29);
  deal.organisation = {fields.organisation_id, row.String(30), row.String(31), row.String(32)};
  if (fields.counterparty_id) {
    deal.counterparty =
        OrganisationRef{*fields.counterparty_id, row.String(33), row.String(34), row.String(35)};
  }
  return deal;
}

Milestone ReadMilestone(const db::Row& row) {
  Milestone milestone;
  milestone.id = row.Int(0);
  milestone.deal_id = row.Int(1);
  milestone.fields.kind =
      EnumValue(kMilestoneKindNames, row.Text(2)).value_or(MilestoneKind::kDelivery);
  milestone.fields.title = row.String(3);
  milestone.fields.due_on = ReadDate(row, 4);
  milestone.fields.done_on = ReadDate(row, 5);
  milestone.fields.amount = ReadMoney(row, 6);
  milestone.version = row.Int(8);
  milestone.created_at = row.String(9);
  milestone.updated_at = row.String(10);
  return milestone;
}

// Fills in the solutions and requests of `deals`.
Status ReadLinks(db::Connection& conn, std::vector<Deal>& deals) {
  if (deals.empty()) return {};
  std::vector<int64_t> ids;
  std::map<int64_t, Deal*> by_id;
  for (Deal& deal : deals) {
    ids.push_back(deal.id);
    by_id[deal.id] = &deal;
  }
  db::SqlBuilder solutions(kSelectSolutionLinks);
  solutions.WhereIn(kDealColumn, ids);
  solutions.Append(kLinkOrder);
  auto read = conn.Query(solutions.sql(), solutions.params(), [&](const db::Row& row) {
    Deal& deal = *by_id[row.Int(0)];
    deal.solutions.push_back({row.Int(1), row.String(2), row.String(3)});
    deal.fields.solution_ids.push_back(row.Int(1));
  });
  if (!read) return read;
  db::SqlBuilder requests(kSelectRequestLinks);
  requests.WhereIn(kDealColumn, ids);
  requests.Append(kLinkOrder);
  return conn.Query(requests.sql(), requests.params(), [&](const db::Row& row) {
    Deal& deal = *by_id[row.Int(0)];
    deal.requests.push_back({row.Int(1), row.String(2), row.String(3)});
    deal.fields.request_ids.push_back(row.Int(1));
  });
}

Status WriteLinks(db::Connection& conn, int64_t id, const Fields& fields) {
  for (const auto& [remove, insert, ids] :
       {std::tuple{kDeleteSolutionLinks, kInsertSolutionLink, &fields.solution_ids},
        std::tuple{kDeleteRequestLinks, kInsertRequestLink, &fields.request_ids}}) {
    if (auto removed = conn.Execute(remove, {id}); !removed) return tl::unexpected(removed.error());
    for (const int64_t linked : *ids) {
      if (auto added = conn.Execute(insert, {id, linked}); !added) {
        return tl::unexpected(added.error());
      }
    }
  }
  return {};
}

Result<std::map<int64_t, int64_t>> SelectOwners(db::Connection& conn, std::string_view base,
                                                std::span<const int64_t> ids) {
  std::map<int64_t, int64_t> owners;
  if (ids.empty()) return owners;
  db::SqlBuilder sql(base);
  sql.WhereIn(kIdColumn, ids);
  auto status = conn.Query(sql.sql(), sql.params(),
                           [&](const db::Row& row) { owners[row.Int(0)] = row.Int(1); });
  if (!status) return tl::unexpected(status.error());
  return owners;
}

Result<bool> Changed(Result<int64_t> rows) {
  if (!rows) return tl::unexpected(rows.error());
  return *rows == 1;
}

}  // namespace

void AddFilters(db::SqlBuilder& sql, const Query& query) {
  if (query.text) sql.Where(kTextFilter, "%" + text::EscapeLike(text::Fold(*query.text)) + "%");
  sql.WhereIn(kCountryColumn, query.countries);
  if (query.only_countries) sql.WhereWithin(kCountryColumn, *query.only_countries);
  if (!query.stages.empty()) {
    std::vector<std::string_view> names;
    for (const Stage stage : query.stages) names.push_back(ToString(stage));
    sql.WhereIn(kStageColumn, names);
  }
  if (query.open_only) sql.Append(kOpenFilter);
  if (!query.categories.empty()) {
    std::vector<std::string_view> names;
    for (const Category category : query.categories) names.push_back(ToString(category));
    sql.WhereIn(kCategoryColumn, names);
  }
  if (query.owner_id) sql.Where(kOwnerFilter, *query.owner_id);
  if (query.organisation_id) sql.Where(kOrganisationFilter, *query.organisation_id);
  if (query.only_organisation_id) sql.Where(kOrganisationFilter, *query.only_organisation_id);
  if (query.confirmed) {
    sql.Append(kWonFilter);
    sql.Append(*query.confirmed ? kConfirmedFilter : kUnconfirmedFilter);
  }
}

Result<std::vector<StageInfo>> SelectStages(db::Connection& conn) {
  std::vector<StageInfo> stages;
  auto status = conn.Query(kSelectStages, {}, [&](const db::Row& row) {
    const auto stage = EnumValue(kStageNames, row.Text(0));
    if (!stage) return;
    stages.push_back(
        {*stage, row.String(1), row.String(2), static_cast<int>(row.Int(3)), row.Int(4)});
  });
  if (!status) return tl::unexpected(status.error());
  return stages;
}

Result<bool> UpdateStage(db::Connection& conn, Stage stage, int64_t version, int probability,
                         TimePoint at) {
  const std::string now = FormatTimestamp(at);
  return Changed(conn.Execute(
      kUpdateStage, {int64_t{probability}, std::string_view(now), ToString(stage), version}));
}

Result<Page<Deal>> SelectDeals(db::Connection& conn, const Query& query) {
  db::SqlBuilder count(kCount);
  AddFilters(count, query);
  db::SqlBuilder select(kSelect);
  AddFilters(select, query);
  select.OrderBy(query.sort, kOrder, kTiebreak);
  select.Page(query.limit, query.offset);
  auto page = db::ReadPage<Deal>(conn, count, select, query.offset, ReadDeal);
  if (!page) return page;
  if (auto linked = ReadLinks(conn, page->items); !linked) return tl::unexpected(linked.error());
  return page;
}

Result<std::optional<Deal>> SelectDeal(db::Connection& conn, int64_t id) {
  std::vector<Deal> deals;
  const std::string sql = std::string(kSelect) + std::string(kById);
  auto status = conn.Query(sql, {id}, [&](const db::Row& row) { deals.push_back(ReadDeal(row)); });
  if (!status) return tl::unexpected(status.error());
  if (deals.empty()) return std::optional<Deal>();
  if (auto linked = ReadLinks(conn, deals); !linked) return tl::unexpected(linked.error());
  return std::optional<Deal>(std::move(deals.front()));
}

Result<std::vector<Deal>> SelectRecent(db::Connection& conn, const Query& query, Stage stage,
                                       int limit) {
  db::SqlBuilder select(kSelect);
  AddFilters(select, query);
  select.Where(kStageFilter, std::string(ToString(stage)));
  select.Append(kRecentFirst);
  select.Page(limit, 0);
  std::vector<Deal> deals;
  auto status = conn.Query(select.sql(), select.params(),
                           [&](const db::Row& row) { deals.push_back(ReadDeal(row)); });
  if (!status) return tl::unexpected(status.error());
  if (auto linked = ReadLinks(conn, deals); !linked) return tl::unexpected(linked.error());
  return deals;
}

Result<int64_t> InsertDeal(db::Connection& conn, const Fields& fields, std::string_view search,
                           TimePoint at, const Actor& actor) {
  const std::string now = FormatTimestamp(at);
  const auto close = DateText(fields.expected_close_date);
  const auto contract = DateText(fields.contract_date);
  std::optional<int64_t> minor;
  std::optional<std::string> currency;
  if (fields.value) {
    minor = fields.value->minor;
    currency = fields.value->currency;
  }
  auto id =
      conn.QueryInt(kInsert, {fields.organisation_id, std::string_view(fields.country),
                              db::Nullable(fields.counterparty_id), ToString(fields.category),
                              std::string_view(fields.title), std::string_view(fields.description),
                              db::Nullable(minor), db::Nullable(currency), db::Nullable(close),
                              db::Nullable(fields.owner_id), ToString(Stage::kLead),
                              std::string_view(now), std::string_view(fields.contract_number),
                              db::Nullable(contract), search, db::Nullable(actor.user_id)});
  if (!id) return id;
  if (auto linked = WriteLinks(conn, *id, fields); !linked) return tl::unexpected(linked.error());
  if (auto recorded = conn.Execute(kInsertStageChange,
                                   {*id, nullptr, ToString(Stage::kLead), std::string_view(""),
                                    std::string_view(now), db::Nullable(actor.user_id)});
      !recorded) {
    return tl::unexpected(recorded.error());
  }
  return id;
}

Result<bool> UpdateDeal(db::Connection& conn, int64_t id, int64_t version, const Fields& fields,
                        std::string_view search, TimePoint at) {
  const std::string now = FormatTimestamp(at);
  const auto close = DateText(fields.expected_close_date);
  const auto contract = DateText(fields.contract_date);
  std::optional<int64_t> minor;
  std::optional<std::string> currency;
  if (fields.value) {
    minor = fields.value->minor;
    currency = fields.value->currency;
  }
  auto changed = Changed(conn.Execute(
      kUpdate,
      {std::string_view(fields.country), db::Nullable(fields.counterparty_id),
       ToString(fields.category), std::string_view(fields.title),
       std::string_view(fields.description), db::Nullable(minor), db::Nullable(currency),
       db::Nullable(close), db::Nullable(fields.owner_id), std::string_view(fields.contract_number),
       db::Nullable(contract), search, std::string_view(now), id, version}));
  if (!changed || !*changed) return changed;
  if (auto linked = WriteLinks(conn, id, fields); !linked) return tl::unexpected(linked.error());
  return true;
}

Result<bool> MoveDeal(db::Connection& conn, const Deal& deal, const Move& move, TimePoint at,
                      const Actor& actor) {
  const std::string now = FormatTimestamp(at);
  auto moved = Changed(conn.Execute(
      kMove, {ToString(move.to), int64_t{IsFinal(move.to) ? 0 : 1}, std::string_view(move.reason),
              std::string_view(move.lost_to), std::string_view(now), deal.id, deal.version}));
  if (!moved || !*moved) return moved;
  if (auto recorded =
          conn.Execute(kInsertStageChange, {deal.id, ToString(deal.stage), ToString(move.to),
                                            std::string_view(move.reason), std::string_view(now),
                                            db::Nullable(actor.user_id)});
      !recorded) {
    return tl::unexpected(recorded.error());
  }
  return true;
}

Result<bool> ConfirmWin(db::Connection& conn, int64_t id, int64_t version, const Win& win,
                        TimePoint at, const Actor& actor) {
  const std::string now = FormatTimestamp(at);
  return Changed(conn.Execute(kConfirmWin,
                              {std::string_view(now), db::Nullable(actor.user_id), win.value.minor,
                               std::string_view(win.value.currency), int64_t{win.helped ? 1 : 0},
                               std::string_view(win.how), id, version}));
}

Status TouchDeal(db::Connection& conn, int64_t id, TimePoint at) {
  const std::string now = FormatTimestamp(at);
  auto touched = conn.Execute(kTouch, {std::string_view(now), id});
  if (!touched) return tl::unexpected(touched.error());
  return {};
}

Result<std::vector<StageChange>> SelectStageChanges(db::Connection& conn, int64_t id) {
  std::vector<StageChange> changes;
  auto status = conn.Query(kSelectStageChanges, {id}, [&](const db::Row& row) {
    StageChange change;
    if (!row.IsNull(0)) change.from = EnumValue(kStageNames, row.Text(0));
    change.to = EnumValue(kStageNames, row.Text(1)).value_or(Stage::kLead);
    change.reason = row.String(2);
    change.by = row.OptUser(3);
    change.at = row.String(5);
    changes.push_back(std::move(change));
  });
  if (!status) return tl::unexpected(status.error());
  return changes;
}

Result<std::map<int64_t, int64_t>> SelectSolutionOwners(db::Connection& conn,
                                                        std::span<const int64_t> ids) {
  return SelectOwners(conn, kSolutionOwners, ids);
}

Result<std::map<int64_t, int64_t>> SelectRequestOwners(db::Connection& conn,
                                                       std::span<const int64_t> ids) {
  return SelectOwners(conn, kRequestOwners, ids);
}

Result<std::vector<Milestone>> SelectMilestones(db::Connection& conn, int64_t deal_id) {
  std::vector<Milestone> milestones;
  const std::string sql = std::string(kSelectMilestones) + std::string(kMilestoneOrder);
  auto status = conn.Query(sql, {deal_id},
                           [&](const db::Row& row) { milestones.push_back(ReadMilestone(row)); });
  if (!status) return tl::unexpected(status.error());
  return milestones;
}

Result<std::optional<Milestone>> SelectMilestone(db::Connection& conn, int64_t deal_id,
                                                 int64_t id) {
  std::optional<Milestone> milestone;
  const std::string sql = std::string(kSelectMilestones) + std::string(kMilestoneById);
  auto status =
      conn.Query(sql, {deal_id, id}, [&](const db::Row& row) { milestone = ReadMilestone(row); });
  if (!status) return tl::unexpected(status.error());
  return milestone;
}

namespace {

// The parameters of a milestone's fields: kind, title, due, done, amount, currency.
struct MilestoneParams {
  explicit MilestoneParams(const MilestoneFields& fields)
      : due(DateText(fields.due_on)), done(DateText(fields.done_on)) {
    if (fields.amount) {
      minor = fields.amount->minor;
      currency = fields.amount->currency;
    }
  }
  std::optional<std::string> due;
  std::optional<std::string> done;
  std::optional<int64_t> minor;
  std::optional<std::string> currency;
};

}  // namespace

Result<int64_t> InsertMilestone(db::Connection& conn, int64_t deal_id,
                                const MilestoneFields& fields, TimePoint at, const Actor& actor) {
  const std::string now = FormatTimestamp(at);
  const MilestoneParams p(fields);
  return conn.QueryInt(
      kInsertMilestone,
      {deal_id, ToString(fields.kind), std::string_view(fields.title), db::Nullable(p.due),
       db::Nullable(p.done), db::Nullable(p.minor), db::Nullable(p.currency), std::string_view(now),
       db::Nullable(actor.user_id)});
}

Result<bool> UpdateMilestone(db::Connection& conn, int64_t deal_id, int64_t id, int64_t version,
                             const MilestoneFields& fields, TimePoint at) {
  const std::string now = FormatTimestamp(at);
  const MilestoneParams p(fields);
  return Changed(conn.Execute(
      kUpdateMilestone, {ToString(fields.kind), std::string_view(fields.title), db::Nullable(p.due),
                         db::Nullable(p.done), db::Nullable(p.minor), db::Nullable(p.currency),
                         std::string_view(now), id, deal_id, version}));
}

Result<bool> ArchiveMilestone(db::Connection& conn, int64_t deal_id, int64_t id, int64_t version,
                              TimePoint at) {
  const std::string now = FormatTimestamp(at);
  return Changed(conn.Execute(kArchiveMilestone, {std::string_view(now), id, deal_id, version}));
}

}  // namespace attache::deals
