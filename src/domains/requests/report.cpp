#include "domains/requests/report.hpp"

#include <map>
#include <tuple>

#include "platform/db/sql_builder.hpp"

namespace attache::requests {
namespace {

// The columns a dimension groups by; fixed text, never input.
std::string_view KeyOf(Dimension dimension) {
  switch (dimension) {
    case Dimension::kCountry:
      return "r.country";
    case Dimension::kType:
      return "r.parent_type";
    case Dimension::kAssignee:
      return "r.assignee_id";
  }
  return "";
}

// `r.country AS k0, r.parent_type AS k1, ` for the group, and `k0, k1` to group the outer query.
std::string KeyColumns(const std::vector<Dimension>& group) {
  std::string sql;
  for (size_t i = 0; i < group.size(); ++i) {
    sql += std::string(KeyOf(group[i])) + " AS k" + std::to_string(i) + ", ";
  }
  return sql;
}

std::string Keys(const std::vector<Dimension>& group, std::string_view prefix) {
  std::string sql;
  for (size_t i = 0; i < group.size(); ++i) {
    if (!sql.empty()) sql += ", ";
    sql += std::string(prefix) + std::string(KeyOf(group[i]));
  }
  return sql;
}

std::string Aliases(const std::vector<Dimension>& group) {
  std::string sql;
  for (size_t i = 0; i < group.size(); ++i) {
    if (!sql.empty()) sql += ", ";
    sql += "k" + std::to_string(i);
  }
  return sql;
}

constexpr std::string_view kCounts = R"~(
COUNT(*),
COALESCE(SUM(r.is_open), 0),
COALESCE(SUM(CASE WHEN r.is_open = 1 AND r.due_at < ${} THEN 1 ELSE 0 END), 0),
COALESCE(SUM(CASE WHEN r.status = 'resolved' THEN 1 ELSE 0 END), 0),
COALESCE(SUM(CASE WHEN r.status = 'declined' THEN 1 ELSE 0 END), 0),
COALESCE(SUM(CASE WHEN r.status = 'cancelled' THEN 1 ELSE 0 END), 0),
COALESCE(SUM(CASE WHEN r.status = 'resolved' AND r.closed_at <= r.due_at THEN 1 ELSE 0 END), 0),
MAX(a.display_name)
FROM support_requests r LEFT JOIN users a ON a.id = r.assignee_id
WHERE r.archived_at IS NULL)~";

void AddFilters(db::SqlBuilder& sql, const ReportQuery& query) {
  if (query.from) sql.Where(" AND r.created_at >= ${}", query.from->ToString());
  if (query.to) {
    // Filed on the last day too: before the next day begins.
    const Date next = ToDate(StartOf(*query.to) + std::chrono::days(1));
    sql.Where(" AND r.created_at < ${}", next.ToString());
  }
  sql.WhereIn("r.country", query.countries);
  if (query.only_countries) sql.WhereWithin("r.country", *query.only_countries);
  if (query.only_organisation_id) {
    sql.Where(" AND r.organisation_id = ${}", *query.only_organisation_id);
  }
  if (query.type) sql.Where(" AND (r.type = ${} OR r.parent_type = ${})", *query.type);
}

// The key of a row: one text per dimension ("" for an unassigned request's assignee).
using Key = std::vector<std::string>;

Key ReadKey(const db::Row& row, size_t dimensions) {
  Key key;
  for (size_t i = 0; i < dimensions; ++i)
    key.push_back(row.IsNull(static_cast<int>(i)) ? "" : row.String(static_cast<int>(i)));
  return key;
}

}  // namespace

Result<Report> SelectReport(db::Connection& conn, const ReportQuery& query) {
  const std::vector<Dimension>& group = query.group;
  const size_t dims = group.size();

  db::SqlBuilder counts("SELECT " + KeyColumns(group));
  counts.Where(kCounts, query.now);
  AddFilters(counts, query);
  if (dims > 0) counts.Append(" GROUP BY " + Keys(group, "") + " ORDER BY " + Keys(group, ""));

  Report report;
  std::map<Key, size_t> at;
  auto status = conn.Query(counts.sql(), counts.params(), [&](const db::Row& row) {
    ReportRow out;
    const Key key = ReadKey(row, dims);
    for (size_t i = 0; i < dims; ++i) {
      switch (group[i]) {
        case Dimension::kCountry:
          out.country = key[i];
          break;
        case Dimension::kType:
          out.type = key[i];
          break;
        case Dimension::kAssignee:
          out.by_assignee = true;
          if (!key[i].empty())
            out.assignee =
                UserRef{row.Int(static_cast<int>(i)), row.String(static_cast<int>(dims) + 7)};
          break;
      }
    }
    const int c = static_cast<int>(dims);
    out.filed = row.Int(c);
    out.open = row.Int(c + 1);
    out.overdue = row.Int(c + 2);
    out.resolved = row.Int(c + 3);
    out.declined = row.Int(c + 4);
    out.cancelled = row.Int(c + 5);
    out.resolved_on_time = row.Int(c + 6);
    if (dims == 0) {
      report.total = out;
    } else {
      at.emplace(key, report.rows.size());
      report.rows.push_back(std::move(out));
    }
  });
  if (!status) return tl::unexpected(status.error());

  // Medians: rank the resolved requests of each group by the time they took and average the
  // middle one or two.
  const std::string partition = dims > 0 ? "PARTITION BY " + Keys(group, "") + " " : "";
  db::SqlBuilder medians("SELECT " + (dims > 0 ? Aliases(group) + ", " : std::string()) +
                         "AVG(m.s) FROM (SELECT " + KeyColumns(group) +
                         "r.resolution_seconds AS s, ROW_NUMBER() OVER (" + partition +
                         "ORDER BY r.resolution_seconds) AS n, COUNT(*) OVER (" + partition +
                         ") AS c FROM support_requests r WHERE r.archived_at IS NULL"
                         " AND r.status = 'resolved' AND r.resolution_seconds IS NOT NULL");
  AddFilters(medians, query);
  medians.Append(") m WHERE m.n IN ((m.c + 1) / 2, (m.c + 2) / 2)");
  if (dims > 0) medians.Append(" GROUP BY " + Aliases(group));
  status = conn.Query(medians.sql(), medians.params(), [&](const db::Row& row) {
    if (row.IsNull(static_cast<int>(dims))) return;
    const double median = row.Real(static_cast<int>(dims));
    if (dims == 0) {
      report.total.median_resolution_seconds = median;
    } else if (auto found = at.find(ReadKey(row, dims)); found != at.end()) {
      report.rows[found->second].median_resolution_seconds = median;
    }
  });
  if (!status) return tl::unexpected(status.error());
  if (dims > 0) {
    // The total of a grouped report is the report without groups.
    ReportQuery whole = query;
    whole.group.clear();
    auto total = SelectReport(conn, whole);
    if (!total) return tl::unexpected(total.error());
    report.total = std::move(total->total);
  }
  return report;
}

}  // namespace attache::requests
