#include "domains/countries/queries.hpp"
#include "domains/countries/store.hpp"
#include "platform/db/sql_builder.hpp"
#include "text/normalize.hpp"

namespace attache::countries {
namespace {

static_assert(db::SortsCovered(kAttacheSorts, kAttacheOrder),
              "every sort field of the API needs its column in kAttacheOrder");

std::optional<Date> OptDate(const db::Row& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return ParseDate(row.Text(column));
}

Attache ReadAttache(const db::Row& row) {
  Attache attache;
  attache.id = row.Int(0);
  attache.fields.country = row.String(1);
  attache.fields.name_ru = row.String(2);
  attache.fields.name_en = row.String(3);
  attache.fields.status = ParseAttacheStatus(row.Text(4)).value_or(AttacheStatus::kPlanned);
  attache.fields.start_date = OptDate(row, 5);
  attache.fields.end_date = OptDate(row, 6);
  attache.fields.email = row.OptString(7);
  attache.version = row.Int(8);
  attache.created_at = row.String(9);
  attache.updated_at = row.String(10);
  return attache;
}

void AddFilters(db::SqlBuilder& sql, const AttacheQuery& query) {
  if (query.country) sql.Where(kAttacheCountryFilter, *query.country);
  std::vector<std::string_view> statuses;
  for (const AttacheStatus status : query.status) statuses.push_back(ToString(status));
  sql.WhereIn(kAttacheStatusColumn, statuses);
  if (query.text) {
    sql.Where(query.text_matches_email ? kAttacheTextOrEmailFilter : kAttacheTextFilter,
              "%" + text::EscapeLike(text::Fold(*query.text)) + "%");
  }
}

// Derived columns: what search matches, and the keys names sort by (each language falls back to
// the other name when its own is empty).
struct Derived {
  std::string search_text;
  std::string sort_en;
  std::string sort_ru;
  std::optional<std::string> start_date;
  std::optional<std::string> end_date;
};

Derived Derive(const AttacheFields& fields) {
  const std::string& en = fields.name_en.empty() ? fields.name_ru : fields.name_en;
  const std::string& ru = fields.name_ru.empty() ? fields.name_en : fields.name_ru;
  Derived derived;
  // Names only: the e-mail is personal data, matched separately for those who may see it.
  derived.search_text = text::Fold(fields.name_ru + " " + fields.name_en);
  derived.sort_en = text::SortKey(en, Lang::kEn);
  derived.sort_ru = text::SortKey(ru, Lang::kRu);
  if (fields.start_date) derived.start_date = fields.start_date->ToString();
  if (fields.end_date) derived.end_date = fields.end_date->ToString();
  return derived;
}

}  // namespace

Result<Page<Attache>> SelectAttaches(db::Connection& conn, const AttacheQuery& query) {
  db::SqlBuilder count(kAttacheCount);
  AddFilters(count, query);
  db::SqlBuilder select(kAttacheSelect);
  AddFilters(select, query);
  select.OrderBy(query.sort, kAttacheOrder, kAttacheTiebreak);
  select.Page(query.limit, query.offset);
  return db::ReadPage<Attache>(conn, count, select, query.offset, ReadAttache);
}

Result<std::optional<Attache>> SelectAttache(db::Connection& conn, int64_t id) {
  std::optional<Attache> attache;
  const std::string sql = std::string(kAttacheSelect) + std::string(kAttacheById);
  auto status = conn.Query(sql, {id}, [&](const db::Row& row) { attache = ReadAttache(row); });
  if (!status) return tl::unexpected(status.error());
  return attache;
}

Result<int64_t> InsertAttache(db::Connection& conn, const AttacheFields& fields, TimePoint at,
                              const Actor& actor) {
  const Derived derived = Derive(fields);
  const std::string now = FormatTimestamp(at);
  return conn.QueryInt(
      kInsertAttache,
      {fields.country, fields.name_ru, fields.name_en, ToString(fields.status),
       db::Nullable(derived.start_date), db::Nullable(derived.end_date), db::Nullable(fields.email),
       derived.search_text, derived.sort_en, derived.sort_ru, now, db::Nullable(actor.user_id)});
}

Result<bool> UpdateAttache(db::Connection& conn, int64_t id, int64_t version,
                           const AttacheFields& fields, TimePoint at) {
  const Derived derived = Derive(fields);
  const std::string now = FormatTimestamp(at);
  auto changed = conn.Execute(
      kUpdateAttache,
      {fields.country, fields.name_ru, fields.name_en, ToString(fields.status),
       db::Nullable(derived.start_date), db::Nullable(derived.end_date), db::Nullable(fields.email),
       derived.search_text, derived.sort_en, derived.sort_ru, now, id, version});
  if (!changed) return tl::unexpected(changed.error());
  return *changed == 1;
}

}  // namespace attache::countries
