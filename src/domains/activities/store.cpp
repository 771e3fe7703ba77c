#include "domains/activities/store.hpp"

#include <algorithm>
#include <map>

#include "domains/activities/queries.hpp"
#include "domains/activities/rules.hpp"
#include "platform/db/sql_builder.hpp"
#include "text/normalize.hpp"

namespace attache::activities {
namespace {

std::optional<int64_t> OptInt(const db::Row& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return row.Int(column);
}

Activity ReadActivity(const db::Row& row) {
  Activity activity;
  Fields& fields = activity.fields;
  activity.id = row.Int(0);
  fields.kind = EnumValue(kKindNames, row.Text(1)).value_or(Kind::kMeeting);
  fields.occurred_on = ParseDate(row.Text(2)).value_or(Date{});
  fields.subject = row.String(3);
  fields.notes = row.String(4);
  fields.deal_id = OptInt(row, 5);
  fields.request_id = OptInt(row, 6);
  fields.relocation_id = OptInt(row, 7);
  activity.created_by = row.OptUser(8);
  activity.version = row.Int(10);
  activity.created_at = row.String(11);
  activity.updated_at = row.String(12);
  activity.open_tasks = row.Int(13);
  return activity;
}

// Fills in the countries and participants of `activities`.
Status ReadLinks(db::Connection& conn, std::vector<Activity>& activities) {
  if (activities.empty()) return {};
  std::vector<int64_t> ids;
  std::map<int64_t, Activity*> by_id;
  for (Activity& activity : activities) {
    ids.push_back(activity.id);
    by_id[activity.id] = &activity;
  }
  db::SqlBuilder countries(kSelectCountries);
  countries.WhereIn(kActivityColumn, ids);
  countries.Append(kCountryOrder);
  auto read = conn.Query(countries.sql(), countries.params(), [&](const db::Row& row) {
    by_id[row.Int(0)]->fields.countries.push_back(row.String(1));
  });
  if (!read) return read;
  db::SqlBuilder participants(kSelectParticipants);
  participants.WhereIn(kParticipantActivityColumn, ids);
  participants.Append(kParticipantOrder);
  return conn.Query(participants.sql(), participants.params(), [&](const db::Row& row) {
    Participant participant;
    participant.kind =
        EnumValue(kParticipantKindNames, row.Text(1)).value_or(ParticipantKind::kUser);
    participant.id = row.Int(2);
    if (participant.kind == ParticipantKind::kUser) {
      participant.name_ru = participant.name_en = row.String(3);
    } else {
      const int column = participant.kind == ParticipantKind::kContact ? 4 : 6;
      participant.name_ru = row.String(column);
      participant.name_en = row.String(column + 1);
    }
    by_id[row.Int(0)]->fields.participants.push_back(std::move(participant));
  });
}

void AddFilters(db::SqlBuilder& sql, const Query& query) {
  if (query.text) sql.Where(kTextFilter, "%" + text::EscapeLike(text::Fold(*query.text)) + "%");
  // A country's timeline reads its index of (country, date).
  const auto in_countries = [&](const std::vector<std::string>& codes, bool scope) {
    sql.Append(kCountryFilterOpen);
    if (scope) {
      sql.WhereWithin(kCountryColumn, codes);  // an attaché without countries sees nothing
    } else {
      sql.WhereIn(kCountryColumn, codes);
    }
    sql.Append(kCountryFilterClose);
  };
  if (!query.countries.empty()) in_countries(query.countries, false);
  if (query.only_countries) in_countries(*query.only_countries, true);
  if (!query.kinds.empty()) {
    std::vector<std::string_view> names;
    for (const Kind kind : query.kinds) names.push_back(ToString(kind));
    sql.WhereIn(kKindColumn, names);
  }
  if (query.deal_id) sql.Where(kDealFilter, *query.deal_id);
  if (query.request_id) sql.Where(kRequestFilter, *query.request_id);
  if (query.relocation_id) sql.Where(kRelocationFilter, *query.relocation_id);
  if (query.organisation_id) sql.Where(kOrganisationFilter, *query.organisation_id);
  if (query.user_id) sql.Where(kUserFilter, *query.user_id);
  if (query.contact_id) sql.Where(kContactFilter, *query.contact_id);
  if (query.from) sql.Where(kFromFilter, query.from->ToString());
  if (query.to) sql.Where(kToFilter, query.to->ToString());
  if (query.only_organisation_id) sql.Append(kNothing);
}

Status WriteLinks(db::Connection& conn, int64_t id, const Fields& fields) {
  const std::string day = fields.occurred_on.ToString();
  for (const std::string_view remove : {kDeleteCountries, kDeleteParticipants}) {
    if (auto removed = conn.Execute(remove, {id}); !removed) return tl::unexpected(removed.error());
  }
  for (const std::string& country : fields.countries) {
    auto added =
        conn.Execute(kInsertCountry, {id, std::string_view(country), std::string_view(day)});
    if (!added) return tl::unexpected(added.error());
  }
  for (const Participant& participant : fields.participants) {
    auto added = conn.Execute(kInsertParticipant, {id, ToString(participant.kind), participant.id});
    if (!added) return tl::unexpected(added.error());
  }
  return {};
}

Result<std::optional<std::string>> CountryOf(db::Connection& conn, std::string_view sql,
                                             int64_t id) {
  std::optional<std::string> country;
  auto status = conn.Query(sql, {id}, [&](const db::Row& row) { country = row.String(0); });
  if (!status) return tl::unexpected(status.error());
  return country;
}

Task ReadTask(const db::Row& row) {
  Task task;
  task.id = row.Int(0);
  task.fields.activity_id = OptInt(row, 1);
  task.activity_subject = row.OptString(2);
  task.fields.title = row.String(3);
  task.fields.due_on = ParseDate(row.Text(4)).value_or(Date{});
  task.fields.assignee_id = row.Int(5);
  task.assignee = {row.Int(5), row.String(6)};
  task.fields.country = row.OptString(7);
  task.done_at = row.OptString(8);
  task.fields.done = task.done_at.has_value();
  task.created_by = row.OptUser(9);
  task.version = row.Int(11);
  task.created_at = row.String(12);
  task.updated_at = row.String(13);
  return task;
}

void AddTaskFilters(db::SqlBuilder& sql, const TaskQuery& query) {
  if (query.assignee_id) sql.Where(kTaskAssignee, *query.assignee_id);
  if (query.activity_id) sql.Where(kTaskActivity, *query.activity_id);
  if (query.done) sql.Append(*query.done ? kTaskDone : kTaskOpen);
  if (!query.countries.empty()) sql.WhereIn("t.country", query.countries);
  if (query.due_from) sql.Where(kTaskDueFrom, query.due_from->ToString());
  if (query.due_to) sql.Where(kTaskDueTo, query.due_to->ToString());
  if (query.scope_user_id) sql.Where(kTaskScope, *query.scope_user_id);
}

// Notices from `sql` with its parameters; the due column is text (a date or a timestamp).
Status ReadNotices(db::Connection& conn, const std::string& sql, std::span<const db::Param> params,
                   std::string_view kind, std::vector<Notice>& into) {
  return conn.Query(sql, params, [&](const db::Row& row) {
    into.push_back({std::string(kind), row.Int(0), row.String(1), row.String(2), row.OptString(3)});
  });
}

// The one country a timeline shows when nothing but that country and dates filters it (an
// attaché's desk, the country page); none otherwise. Any other filter, present or future, leaves
// the timeline to the general query.
std::optional<std::string> OnlyCountry(const Query& query) {
  Query others = query;
  others.countries.clear();
  others.only_countries.reset();
  others.from.reset();
  others.to.reset();
  others.limit = Query{}.limit;
  others.offset = Query{}.offset;
  if (others != Query{}) return std::nullopt;
  if (query.countries.size() == 1) {
    const std::string& code = query.countries.front();
    if (!query.only_countries ||
        std::ranges::find(*query.only_countries, code) != query.only_countries->end()) {
      return code;
    }
    return std::nullopt;
  }
  if (query.countries.empty() && query.only_countries && query.only_countries->size() == 1) {
    return query.only_countries->front();
  }
  return std::nullopt;
}

}  // namespace

Result<Page<Activity>> SelectActivities(db::Connection& conn, const Query& query) {
  const auto country = OnlyCountry(query);
  db::SqlBuilder count(country ? kCountInCountry : kCount);
  db::SqlBuilder select(kSelect);
  if (country) {
    select.Append(kCountryFilterOpen);
    for (db::SqlBuilder* sql : {&count, &select}) {
      sql->Where(kInCountry, *country);
      if (query.from) sql->Where(kFromInCountry, query.from->ToString());
      if (query.to) sql->Where(kToInCountry, query.to->ToString());
    }
    // The page is cut in the index; the outer query only puts its rows in the same order.
    select.Append(kOrderInCountry);
    select.Page(query.limit, query.offset);
    select.Append(kCountryFilterClose);
    select.Append(kOrder);
  } else {
    AddFilters(count, query);
    AddFilters(select, query);
    select.Append(kOrder);
    select.Page(query.limit, query.offset);
  }
  auto page = db::ReadPage<Activity>(conn, count, select, query.offset, ReadActivity);
  if (!page) return page;
  if (auto linked = ReadLinks(conn, page->items); !linked) return tl::unexpected(linked.error());
  return page;
}

Result<std::optional<Activity>> SelectActivity(db::Connection& conn, int64_t id) {
  std::vector<Activity> found;
  const std::string sql = std::string(kSelect) + std::string(kById);
  auto status =
      conn.Query(sql, {id}, [&](const db::Row& row) { found.push_back(ReadActivity(row)); });
  if (!status) return tl::unexpected(status.error());
  if (found.empty()) return std::optional<Activity>();
  if (auto linked = ReadLinks(conn, found); !linked) return tl::unexpected(linked.error());
  return std::optional<Activity>(std::move(found.front()));
}

Result<int64_t> InsertActivity(db::Connection& conn, const Fields& fields, std::string_view search,
                               TimePoint at, const Actor& actor) {
  const std::string now = FormatTimestamp(at);
  const std::string day = fields.occurred_on.ToString();
  auto id = conn.QueryInt(
      kInsert, {ToString(fields.kind), std::string_view(day), std::string_view(fields.subject),
                std::string_view(fields.notes), db::Nullable(fields.deal_id),
                db::Nullable(fields.request_id), db::Nullable(fields.relocation_id), search,
                std::string_view(now), db::Nullable(actor.user_id)});
  if (!id) return id;
  if (auto linked = WriteLinks(conn, *id, fields); !linked) return tl::unexpected(linked.error());
  return id;
}

Result<bool> UpdateActivity(db::Connection& conn, int64_t id, int64_t version, const Fields& fields,
                            std::string_view search, TimePoint at) {
  const std::string now = FormatTimestamp(at);
  const std::string day = fields.occurred_on.ToString();
  auto changed = conn.Execute(
      kUpdate, {ToString(fields.kind), std::string_view(day), std::string_view(fields.subject),
                std::string_view(fields.notes), db::Nullable(fields.deal_id),
                db::Nullable(fields.request_id), db::Nullable(fields.relocation_id), search,
                std::string_view(now), id, version});
  if (!changed) return tl::unexpected(changed.error());
  if (*changed != 1) return false;
  if (auto linked = WriteLinks(conn, id, fields); !linked) return tl::unexpected(linked.error());
  return true;
}

Result<bool> ParticipantExists(db::Connection& conn, const Participant& participant) {
  const std::string_view sql = participant.kind == ParticipantKind::kUser ? kUserExists
                               : participant.kind == ParticipantKind::kContact
                                   ? kContactExists
                                   : kOrganisationExists;
  auto count = conn.QueryInt(sql, {participant.id});
  if (!count) return tl::unexpected(count.error());
  return *count > 0;
}

Result<std::optional<std::string>> DealCountry(db::Connection& conn, int64_t id) {
  return CountryOf(conn, kDealCountry, id);
}

Result<std::optional<std::string>> RequestCountry(db::Connection& conn, int64_t id) {
  return CountryOf(conn, kRequestCountry, id);
}

Result<std::optional<std::string>> RelocationCountry(db::Connection& conn, int64_t id) {
  return CountryOf(conn, kRelocationCountry, id);
}

Result<Page<Task>> SelectTasks(db::Connection& conn, const TaskQuery& query) {
  db::SqlBuilder count(kCountTasks);
  AddTaskFilters(count, query);
  db::SqlBuilder select(kSelectTasks);
  AddTaskFilters(select, query);
  select.Append(kTaskOrder);
  select.Page(query.limit, query.offset);
  return db::ReadPage<Task>(conn, count, select, query.offset, ReadTask);
}

Result<std::optional<Task>> SelectTask(db::Connection& conn, int64_t id) {
  db::SqlBuilder select(kSelectTasks);
  select.Where(kTaskById, id);
  std::optional<Task> task;
  auto status =
      conn.Query(select.sql(), select.params(), [&](const db::Row& row) { task = ReadTask(row); });
  if (!status) return tl::unexpected(status.error());
  return task;
}

Result<int64_t> InsertTask(db::Connection& conn, const TaskFields& fields, TimePoint at,
                           const Actor& actor) {
  const std::string now = FormatTimestamp(at);
  const std::string due = fields.due_on.ToString();
  std::optional<std::string> done;
  if (fields.done) done = now;
  return conn.QueryInt(
      kInsertTask,
      {db::Nullable(fields.activity_id), std::string_view(fields.title), std::string_view(due),
       fields.assignee_id, db::Nullable(fields.country), db::Nullable(done),
       int64_t{fields.done ? 0 : 1}, std::string_view(now), db::Nullable(actor.user_id)});
}

Result<bool> UpdateTask(db::Connection& conn, int64_t id, int64_t version, const TaskFields& fields,
                        TimePoint at) {
  const std::string now = FormatTimestamp(at);
  const std::string due = fields.due_on.ToString();
  auto changed =
      conn.Execute(kUpdateTask, {std::string_view(fields.title), std::string_view(due),
                                 fields.assignee_id, db::Nullable(fields.country),
                                 int64_t{fields.done ? 1 : 0}, std::string_view(now), id, version});
  if (!changed) return tl::unexpected(changed.error());
  return *changed == 1;
}

Result<Notifications> SelectNotifications(db::Connection& conn, int64_t user_id,
                                          std::optional<int64_t> company_id, Date today,
                                          Date soon_day, std::string_view now,
                                          std::string_view soon_at) {
  Notifications notices;
  const std::string day = today.ToString();
  const std::string soon = soon_day.ToString();
  const int64_t limit = kMaxNotices;
  const auto join = [](std::string_view a, std::string_view b) {
    return std::string(a) + std::string(b);
  };
  // Tasks: all open, overdue, due soon.
  const db::Param all_tasks[] = {user_id, limit};
  const db::Param late_tasks[] = {user_id, std::string_view(day), limit};
  const db::Param soon_tasks[] = {user_id, std::string_view(day), std::string_view(soon), limit};
  // Requests: the assignee's, or a company's waiting on it.
  const std::string_view requests = company_id ? kWaitingRequests : kAssignedRequests;
  const int64_t owner = company_id.value_or(user_id);
  const db::Param all_requests[] = {owner, limit};
  const db::Param late_requests[] = {owner, now, limit};
  const db::Param soon_requests[] = {owner, now, soon_at, limit};
  for (const auto& [sql, params, kind, into] :
       {std::tuple{join(kOpenTasks, kTaskAll), std::span<const db::Param>(all_tasks), "task",
                   &notices.assigned},
        std::tuple{join(kOpenTasks, kTaskDueBefore), std::span<const db::Param>(late_tasks), "task",
                   &notices.overdue},
        std::tuple{join(kOpenTasks, kTaskDueBetween), std::span<const db::Param>(soon_tasks),
                   "task", &notices.due_soon},
        std::tuple{join(requests, kRequestAll), std::span<const db::Param>(all_requests), "request",
                   &notices.assigned},
        std::tuple{join(requests, kRequestDueBefore), std::span<const db::Param>(late_requests),
                   "request", &notices.overdue},
        std::tuple{join(requests, kRequestDueBetween), std::span<const db::Param>(soon_requests),
                   "request", &notices.due_soon}}) {
    if (auto read = ReadNotices(conn, sql, params, kind, *into); !read) {
      return tl::unexpected(read.error());
    }
  }
  return notices;
}

}  // namespace attache::activities
