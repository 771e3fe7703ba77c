#include "domains/requests/store.hpp"

#include <algorithm>
#include <chrono>

#include "domains/requests/queries.hpp"
#include "platform/db/sql_builder.hpp"
#include "text/normalize.hpp"

namespace attache::requests {
namespace {

static_assert(db::SortsCovered(kSorts, kOrder),
              "every sort field of the API needs its column in kOrder");

RequestType ReadType(const db::Row& row) {
  RequestType type;
  type.code = row.String(0);
  type.parent = row.OptString(1);
  type.name_ru = row.String(2);
  type.name_en = row.String(3);
  if (!row.IsNull(4)) type.sla_days = static_cast<int>(row.Int(4));
  type.effective_sla_days = static_cast<int>(row.Int(5));
  type.position = static_cast<int>(row.Int(6));
  type.archived = row.Int(7) != 0;
  type.version = row.Int(8);
  return type;
}

SupportRequest ReadRequest(const db::Row& row) {
  SupportRequest request;
  Fields& fields = request.fields;
  request.id = row.Int(0);
  fields.organisation_id = row.Int(1);
  fields.country = row.String(2);
  fields.type = row.String(3);
  request.parent_type = row.String(4);
  fields.subject = row.String(5);
  fields.description = row.String(6);
  if (!row.IsNull(7)) fields.desired_date = ParseDate(row.Text(7));
  request.status = EnumValue(kStatusNames, row.Text(8)).value_or(RequestStatus::kNew);
  request.reason = row.String(9);
  request.assignee = row.OptUser(10);
  if (request.assignee) fields.assignee_id = request.assignee->id;
  request.filed_by = row.OptUser(12);
  request.due_at = row.String(14);
  request.status_changed_at = row.String(15);
  request.closed_at = row.OptString(16);
  request.comment_count = row.Int(17);
  request.version = row.Int(18);
  request.created_at = row.String(19);
  request.updated_at = row.String(20);
  request.organisation = {fields.organisation_id, row.String(21), row.String(22), row.String(23)};
  request.type_name_ru = row.String(24);
  request.type_name_en = row.String(25);
  return request;
}

void AddFilters(db::SqlBuilder& sql, const Query& query) {
  if (query.number) sql.Where(kNumberFilter, *query.number);
  if (query.text) search::WhereWords(sql, kWords, *query.text);
  sql.WhereIn(kCountryColumn, query.countries);
  if (query.only_countries) sql.WhereWithin(kCountryColumn, *query.only_countries);
  if (!query.statuses.empty()) {
    std::vector<std::string_view> names;
    for (const RequestStatus status : query.statuses) names.push_back(ToString(status));
    sql.WhereIn(kStatusColumn, names);
  }
  if (query.open_only) sql.Append(kOpenFilter);
  if (query.type) {
    const bool group = std::find(std::begin(kTypeCodes), std::end(kTypeCodes), *query.type) !=
                       std::end(kTypeCodes);
    sql.Where(group ? kGroupFilter : kTypeFilter, *query.type);
  }
  if (query.assignee_id) sql.Where(kAssigneeFilter, *query.assignee_id);
  if (query.unassigned) sql.Append(kUnassignedFilter);
  if (query.organisation_id) sql.Where(kOrganisationFilter, *query.organisation_id);
  if (query.only_organisation_id) sql.Where(kOrganisationFilter, *query.only_organisation_id);
  if (query.overdue) sql.Where(kOverdueFilter, query.now);
}

std::string SearchText(const Fields& fields) { return text::Fold(fields.subject); }

}  // namespace

Result<std::vector<RequestType>> SelectTypes(db::Connection& conn, bool with_archived) {
  std::string sql(kSelectTypes);
  if (!with_archived) sql += kLiveTypes;
  sql += kTypeOrder;
  std::vector<RequestType> types;
  auto status = conn.Query(sql, {}, [&](const db::Row& row) { types.push_back(ReadType(row)); });
  if (!status) return tl::unexpected(status.error());
  return types;
}

Result<std::optional<RequestType>> SelectType(db::Connection& conn, std::string_view code) {
  std::optional<RequestType> type;
  const std::string sql = std::string(kSelectTypes) + std::string(kTypeByCode);
  auto status = conn.Query(sql, {code}, [&](const db::Row& row) { type = ReadType(row); });
  if (!status) return tl::unexpected(status.error());
  return type;
}

Status InsertType(db::Connection& conn, const TypeFields& fields, TimePoint at,
                  const Actor& actor) {
  const std::string now = FormatTimestamp(at);
  auto inserted =
      conn.Execute(kInsertType, {std::string_view(fields.code), std::string_view(fields.parent),
                                 std::string_view(fields.name_ru), std::string_view(fields.name_en),
                                 db::Nullable(fields.sla_days), std::string_view(now),
                                 db::Nullable(actor.user_id)});
  if (!inserted) return tl::unexpected(inserted.error());
  return {};
}

Result<bool> UpdateType(db::Connection& conn, std::string_view code, int64_t version,
                        const TypeFields& fields, TimePoint at) {
  const std::string now = FormatTimestamp(at);
  auto changed =
      conn.Execute(kUpdateType, {std::string_view(fields.name_ru), std::string_view(fields.name_en),
                                 db::Nullable(fields.sla_days), int64_t{fields.archived ? 1 : 0},
                                 std::string_view(now), code, version});
  if (!changed) return tl::unexpected(changed.error());
  return *changed == 1;
}

Result<Page<SupportRequest>> SelectRequests(db::Connection& conn, const Query& query) {
  db::SqlBuilder count(kCount);
  AddFilters(count, query);
  db::SqlBuilder select(kSelect);
  AddFilters(select, query);
  select.OrderBy(query.sort, kOrder, kTiebreak);
  select.Page(query.limit, query.offset);
  return db::ReadPage<SupportRequest>(conn, count, select, query.offset, ReadRequest);
}

Result<std::optional<SupportRequest>> SelectRequest(db::Connection& conn, int64_t id) {
  std::optional<SupportRequest> request;
  const std::string sql = std::string(kSelect) + std::string(kById);
  auto status = conn.Query(sql, {id}, [&](const db::Row& row) { request = ReadRequest(row); });
  if (!status) return tl::unexpected(status.error());
  return request;
}

namespace {

// Writes the words of the requests `sql` reads (id, its search text, its company's).
Status WriteWords(db::Connection& conn, std::string_view sql,
                  std::initializer_list<db::Param> params, bool replace) {
  std::vector<std::pair<int64_t, std::string>> texts;
  auto read = conn.Query(sql, params, [&](const db::Row& row) {
    texts.emplace_back(row.Int(0), row.String(1) + " " + row.String(2));
  });
  if (!read) return tl::unexpected(read.error());
  for (const auto& [id, folded] : texts) {
    auto written = replace ? search::ReplaceWords(conn, kWords, id, folded)
                           : search::AddWords(conn, kWords, id, folded);
    if (!written) return written;
  }
  return {};
}

}  // namespace

Status IndexWords(db::Connection& conn, int64_t id) {
  return WriteWords(conn, kSelectWordText, {id}, true);
}

Status RebuildTerms(db::Connection& conn) {
  if (auto done = conn.Execute(kDeleteAllTerms, {}); !done) return tl::unexpected(done.error());
  return WriteWords(conn, kSelectWordTexts, {}, false);
}

Result<int64_t> InsertRequest(db::Connection& conn, const Fields& fields,
                              std::string_view parent_type, TimePoint due_at, TimePoint at,
                              const Actor& actor) {
  const std::string now = FormatTimestamp(at);
  const std::string due = FormatTimestamp(due_at);
  const std::string search = SearchText(fields);
  std::optional<std::string> desired;
  if (fields.desired_date) desired = fields.desired_date->ToString();
  auto id = conn.QueryInt(
      kInsert,
      {fields.organisation_id, std::string_view(fields.country), std::string_view(fields.type),
       parent_type, std::string_view(fields.subject), std::string_view(fields.description),
       db::Nullable(desired), db::Nullable(fields.assignee_id), db::Nullable(actor.user_id),
       std::string_view(due), std::string_view(now), std::string_view(search)});
  if (!id) return id;
  if (auto indexed = IndexWords(conn, *id); !indexed) return tl::unexpected(indexed.error());
  return id;
}

Result<bool> UpdateRequest(db::Connection& conn, int64_t id, int64_t version, const Fields& fields,
                           std::string_view parent_type, TimePoint at) {
  const std::string now = FormatTimestamp(at);
  const std::string search = SearchText(fields);
  std::optional<std::string> desired;
  if (fields.desired_date) desired = fields.desired_date->ToString();
  auto changed = conn.Execute(
      kUpdate, {std::string_view(fields.country), std::string_view(fields.type), parent_type,
                std::string_view(fields.subject), std::string_view(fields.description),
                db::Nullable(desired), db::Nullable(fields.assignee_id), std::string_view(search),
                std::string_view(now), id, version});
  if (!changed) return tl::unexpected(changed.error());
  if (*changed != 1) return false;
  if (auto indexed = IndexWords(conn, id); !indexed) return tl::unexpected(indexed.error());
  return true;
}

Result<bool> MoveRequest(db::Connection& conn, const SupportRequest& request, RequestStatus to,
                         std::string_view reason, TimePoint at) {
  const std::string now = FormatTimestamp(at);
  std::optional<int64_t> took;
  if (to == RequestStatus::kResolved) {
    if (const auto filed = ParseTimestamp(request.created_at)) {
      took = std::chrono::duration_cast<std::chrono::seconds>(at - *filed).count();
    }
  }
  auto changed =
      conn.Execute(kMove, {ToString(to), int64_t{IsFinal(to) ? 0 : 1}, reason,
                           std::string_view(now), request.id, request.version, db::Nullable(took)});
  if (!changed) return tl::unexpected(changed.error());
  return *changed == 1;
}

Result<bool> CountryExists(db::Connection& conn, std::string_view iso2) {
  auto count = conn.QueryInt(kCountryExists, {iso2});
  if (!count) return tl::unexpected(count.error());
  return *count > 0;
}

Result<std::vector<Candidate>> SelectCandidates(db::Connection& conn, std::string_view country) {
  std::vector<Candidate> candidates;
  auto status = conn.Query(kSelectCandidates, {country}, [&](const db::Row& row) {
    candidates.push_back(Candidate{row.Int(0), row.String(1), row.String(2), row.Int(3)});
  });
  if (!status) return tl::unexpected(status.error());
  return candidates;
}

Result<std::vector<Comment>> SelectComments(db::Connection& conn, int64_t request_id,
                                            bool with_internal) {
  std::string sql(kSelectComments);
  if (!with_internal) sql += kPublicComments;
  sql += kCommentOrder;
  std::vector<Comment> comments;
  auto status = conn.Query(sql, {request_id}, [&](const db::Row& row) {
    Comment comment;
    comment.id = row.Int(0);
    comment.request_id = row.Int(1);
    comment.body = row.String(2);
    comment.internal = row.Int(3) != 0;
    comment.author = row.OptUser(4);
    comment.created_at = row.String(6);
    comments.push_back(std::move(comment));
  });
  if (!status) return tl::unexpected(status.error());
  return comments;
}

Result<Comment> InsertComment(db::Connection& conn, int64_t request_id, std::string_view body,
                              bool internal, TimePoint at, const Actor& actor) {
  const std::string now = FormatTimestamp(at);
  auto id = conn.QueryInt(kInsertComment, {request_id, body, int64_t{internal ? 1 : 0},
                                           std::string_view(now), db::Nullable(actor.user_id)});
  if (!id) return tl::unexpected(id.error());
  if (auto counted = conn.Execute(kCountComment, {request_id}); !counted) {
    return tl::unexpected(counted.error());
  }
  std::optional<Comment> comment;
  const std::string sql = std::string(kSelectComments) + std::string(kCommentById);
  auto status = conn.Query(sql, {request_id, *id}, [&](const db::Row& row) {
    comment = Comment{row.Int(0),      row.Int(1),     row.String(2),
                      row.Int(3) != 0, row.OptUser(4), row.String(6)};
  });
  if (!status) return tl::unexpected(status.error());
  if (!comment) return FailInternal(ErrorCode::kInternal, "inserted comment not found");
  return *comment;
}

}  // namespace attache::requests
