// The requests report: how many requests were filed, how many are open and overdue, how they
// ended, how many were resolved within their due date, and the median time to resolve them —
// by country, by type and by assignee (an attaché's workload), for a period of filing. Computed
// by SQL on either database, never by loading requests into memory.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "domains/requests/model.hpp"
#include "platform/db/connection.hpp"

namespace attache::requests {

enum class Dimension { kCountry, kType, kAssignee };
inline constexpr std::pair<std::string_view, Dimension> kDimensionNames[] = {
    {"country", Dimension::kCountry},
    {"type", Dimension::kType},
    {"assignee", Dimension::kAssignee},
};

struct ReportQuery {
  std::optional<Date> from;  // filed on or after
  std::optional<Date> to;    // filed on or before
  std::vector<std::string> countries;
  std::optional<std::string> type;  // a type also counts its subtypes' requests
  std::vector<Dimension> group;     // each once, in this order; none: the total only
  std::string now;                  // what "overdue" is measured against
  // The caller's scope, as in Query.
  std::optional<std::vector<std::string>> only_countries;
  std::optional<int64_t> only_organisation_id;
};

struct ReportRow {
  std::optional<std::string> country;
  std::optional<std::string> type;  // one of kTypeCodes
  std::optional<UserRef> assignee;  // unset with `by_assignee`: unassigned requests
  bool by_assignee = false;
  int64_t filed = 0;
  int64_t open = 0;
  int64_t overdue = 0;
  int64_t resolved = 0;
  int64_t declined = 0;
  int64_t cancelled = 0;
  int64_t resolved_on_time = 0;
  std::optional<double> median_resolution_seconds;

  // Resolved within the due date, of all resolved; none when nothing was resolved.
  std::optional<double> sla_compliance() const {
    if (resolved == 0) return std::nullopt;
    return static_cast<double>(resolved_on_time) / static_cast<double>(resolved);
  }
};

struct Report {
  std::vector<ReportRow> rows;  // ordered by the group's keys
  ReportRow total;
};

Result<Report> SelectReport(db::Connection& conn, const ReportQuery& query);

}  // namespace attache::requests
