#include "domains/relocation/store.hpp"

#include "domains/relocation/queries.hpp"
#include "platform/db/sql_builder.hpp"
#include "text/normalize.hpp"

namespace attache::relocation {
namespace {

static_assert(db::SortsCovered(kSorts, kOrder),
              "every sort field of the API needs its column in kOrder");

Case ReadCase(const db::Row& row) {
  Case read;
  Fields& fields = read.fields;
  read.id = row.Int(0);
  fields.organisation_id = row.Int(1);
  fields.from_country = row.String(2);
  fields.kind = EnumValue(kKindNames, row.Text(3)).value_or(Kind::kHeadquarters);
  fields.title = row.String(4);
  fields.notes = row.String(5);
  fields.region = row.OptString(6).value_or("");
  if (!row.IsNull(7)) fields.jobs = row.Int(7);
  if (!row.IsNull(8) && !row.IsNull(9)) fields.investment = fx::Money{row.Int(8), row.String(9)};
  if (!row.IsNull(10)) {
    fields.owner_id = row.Int(10);
    read.owner = UserRef{row.Int(10), row.String(11)};
  }
  read.stage = EnumValue(kStageNames, row.Text(12)).value_or(Stage::kProspect);
  read.stage_changed_at = row.String(13);
  read.close_reason = row.String(14);
  read.closed_at = row.OptString(15);
  read.version = row.Int(16);
  read.created_at = row.String(17);
  read.updated_at = row.String(18);
  read.organisation = {fields.organisation_id, row.String(19), row.String(20), row.String(21)};
  return read;
}

void AddFilters(db::SqlBuilder& sql, const Query& query) {
  if (query.text) sql.Where(kTextFilter, "%" + text::EscapeLike(text::Fold(*query.text)) + "%");
  sql.WhereIn(kCountryColumn, query.countries);
  if (query.only_countries) sql.WhereWithin(kCountryColumn, *query.only_countries);
  if (!query.stages.empty()) {
    std::vector<std::string_view> names;
    for (const Stage stage : query.stages) names.push_back(ToString(stage));
    sql.WhereIn(kStageColumn, names);
  }
  if (!query.kinds.empty()) {
    std::vector<std::string_view> names;
    for (const Kind kind : query.kinds) names.push_back(ToString(kind));
    sql.WhereIn(kKindColumn, names);
  }
  if (query.open_only) sql.Append(kOpenFilter);
  if (query.owner_id) sql.Where(kOwnerFilter, *query.owner_id);
  if (query.organisation_id) sql.Where(kOrganisationFilter, *query.organisation_id);
  if (query.only_organisation_id) sql.Where(kOrganisationFilter, *query.only_organisation_id);
}

// The parameters of the fields shared by the insert and the update, from the country on.
struct FieldParams {
  explicit FieldParams(const Fields& fields) {
    if (!fields.region.empty()) region = fields.region;
    if (fields.investment) {
      minor = fields.investment->minor;
      currency = fields.investment->currency;
    }
  }
  std::optional<std::string> region;
  std::optional<int64_t> minor;
  std::optional<std::string> currency;
};

}  // namespace

Result<Page<Case>> SelectCases(db::Connection& conn, const Query& query) {
  db::SqlBuilder count(kCount);
  AddFilters(count, query);
  db::SqlBuilder select(kSelect);
  AddFilters(select, query);
  select.OrderBy(query.sort, kOrder, kTiebreak);
  select.Page(query.limit, query.offset);
  return db::ReadPage<Case>(conn, count, select, query.offset, ReadCase);
}

Result<std::optional<Case>> SelectCase(db::Connection& conn, int64_t id) {
  std::optional<Case> found;
  const std::string sql = std::string(kSelect) + std::string(kById);
  auto status = conn.Query(sql, {id}, [&](const db::Row& row) { found = ReadCase(row); });
  if (!status) return tl::unexpected(status.error());
  return found;
}

Result<int64_t> InsertCase(db::Connection& conn, const Fields& fields, std::string_view search,
                           TimePoint at, const Actor& actor) {
  const std::string now = FormatTimestamp(at);
  const FieldParams p(fields);
  return conn.QueryInt(
      kInsert,
      {fields.organisation_id, std::string_view(fields.from_country), ToString(fields.kind),
       std::string_view(fields.title), std::string_view(fields.notes), db::Nullable(p.region),
       db::Nullable(fields.jobs), db::Nullable(p.minor), db::Nullable(p.currency),
       db::Nullable(fields.owner_id), std::string_view(now), search, db::Nullable(actor.user_id)});
}

Result<bool> UpdateCase(db::Connection& conn, int64_t id, int64_t version, const Fields& fields,
                        std::string_view search, TimePoint at) {
  const std::string now = FormatTimestamp(at);
  const FieldParams p(fields);
  auto changed = conn.Execute(
      kUpdate,
      {std::string_view(fields.from_country), ToString(fields.kind), std::string_view(fields.title),
       std::string_view(fields.notes), db::Nullable(p.region), db::Nullable(fields.jobs),
       db::Nullable(p.minor), db::Nullable(p.currency), db::Nullable(fields.owner_id), search,
       std::string_view(now), id, version});
  if (!changed) return tl::unexpected(changed.error());
  return *changed == 1;
}

Result<bool> MoveCase(db::Connection& conn, const Case& current, Stage to, std::string_view reason,
                      TimePoint at) {
  const std::string now = FormatTimestamp(at);
  auto changed = conn.Execute(kMove, {ToString(to), int64_t{IsFinal(to) ? 0 : 1}, reason,
                                      std::string_view(now), current.id, current.version});
  if (!changed) return tl::unexpected(changed.error());
  return *changed == 1;
}

}  // namespace attache::relocation
