#include "domains/audit/reader.hpp"

#include "domains/audit/queries.hpp"
#include "platform/db/sql_builder.hpp"

namespace attache::audit {
namespace {

void AddFilters(db::SqlBuilder& sql, const Query& query) {
  if (query.entity) sql.Where(kAuditEntityFilter, *query.entity);
  if (query.entity_id) sql.Where(kAuditEntityIdFilter, *query.entity_id);
  if (query.user_id) sql.Where(kAuditUserFilter, std::to_string(*query.user_id));
  std::vector<std::string_view> actions(query.actions.begin(), query.actions.end());
  sql.WhereIn(kAuditActionColumn, actions);
  // Timestamps sort as text, and a date sorts before every timestamp of its day.
  if (query.from) sql.Where(kAuditFromFilter, query.from->ToString());
  if (query.to) {
    sql.Where(kAuditBeforeFilter, ToDate(StartOf(*query.to) + std::chrono::days(1)).ToString());
  }
}

}  // namespace

Result<Slice> SelectEntries(db::Connection& conn, const Query& query) {
  Slice slice;
  db::SqlBuilder count(kAuditCount);
  AddFilters(count, query);
  auto total = conn.QueryInt(count.sql(), count.params());
  if (!total) return tl::unexpected(total.error());
  slice.total = *total;
  db::SqlBuilder select(kAuditSelect);
  AddFilters(select, query);
  if (query.below) select.Where(kAuditBelowIdFilter, std::to_string(*query.below));
  select.Append(kAuditOrder);
  select.Append(std::to_string(query.limit + 1));
  auto read = conn.Query(select.sql(), select.params(), [&](const db::Row& row) {
    Entry entry;
    entry.id = row.Int(0);
    entry.at = row.String(1);
    if (!row.IsNull(2)) entry.user_id = row.Int(2);
    entry.user_email = row.OptString(3).value_or("");
    entry.user_name = row.OptString(4).value_or("");
    entry.action = row.String(5);
    entry.entity = row.String(6);
    entry.entity_id = row.String(7);
    entry.diff = row.String(8);
    entry.request_id = row.String(9);
    entry.client_address = row.String(10);
    slice.items.push_back(std::move(entry));
  });
  if (!read) return tl::unexpected(read.error());
  if (static_cast<int>(slice.items.size()) > query.limit) {
    slice.items.pop_back();
    slice.next_below = slice.items.back().id;
  }
  return slice;
}

}  // namespace attache::audit
