#include "domains/activities/service.hpp"

#include <fmt/format.h>

#include <chrono>

#include "core/field_checks.hpp"
#include "core/strings.hpp"
#include "domains/access/policy.hpp"
#include "domains/activities/json.hpp"
#include "domains/activities/store.hpp"
#include "domains/audit/store.hpp"
#include "domains/countries/store.hpp"
#include "domains/users/store.hpp"
#include "text/normalize.hpp"

namespace attache::activities {
namespace {

using access::Action;
using access::Permission;
using access::Resource;

constexpr Permission kRead{Resource::kActivity, Action::kRead};
constexpr Permission kCreate{Resource::kActivity, Action::kCreate};
constexpr Permission kUpdate{Resource::kActivity, Action::kUpdate};

// Whether `by` holds `permission` for any of `countries`.
bool AllowsAny(const access::Principal& by, Permission permission,
               const std::vector<std::string>& countries) {
  for (const std::string& country : countries) {
    if (access::Allows(by, permission, {.country = country})) return true;
  }
  return false;
}

Result<Activity> LoadReadable(db::Connection& conn, int64_t id, const access::Principal& by) {
  auto found = Found(SelectActivity(conn, id),
                     [&] { return tl::unexpected(NoSuchActivity(std::to_string(id))); });
  if (!found) return found;
  if (!AllowsAny(by, kRead, found->fields.countries)) {
    return tl::unexpected(NoSuchActivity(std::to_string(id)));
  }
  return found;
}

Status Record(db::Connection& conn, const Actor& actor, TimePoint at, std::string_view entity,
              int64_t id, std::string_view action, nlohmann::json diff) {
  return audit::Record(conn, actor, at, {entity, std::to_string(id), action, std::move(diff)});
}

// The countries exist and `by` may record for each; the participants exist; what the activity
// is about exists and concerns one of its countries. 422 on each field at fault.
Status Resolve(db::Connection& conn, const Fields& fields, const access::Principal& by,
               Permission permission) {
  std::vector<FieldError> errors;
  for (size_t i = 0; i < fields.countries.size(); ++i) {
    auto exists = countries::CountryExists(conn, fields.countries[i]);
    if (!exists) return tl::unexpected(exists.error());
    if (!*exists) {
      AddError(errors, fmt::format("/countries/{}", i),
               {"There is no such country.", "Такой страны нет."});
    }
  }
  for (size_t i = 0; i < fields.participants.size(); ++i) {
    auto exists = ParticipantExists(conn, fields.participants[i]);
    if (!exists) return tl::unexpected(exists.error());
    if (!*exists) {
      const std::string_view kind = ToString(fields.participants[i].kind);
      AddError(errors, fmt::format("/participants/{}", i),
               {fmt::format("There is no {} {}.", kind, fields.participants[i].id),
                fmt::format("Участника ({}) {} нет.", kind, fields.participants[i].id)});
    }
  }
  const auto check_link = [&](std::string_view pointer, const std::optional<int64_t>& id,
                              auto country_of) -> Status {
    if (!id) return {};
    auto country = country_of(conn, *id);
    if (!country) return tl::unexpected(country.error());
    if (!*country) {
      AddError(errors, std::string(pointer),
               {fmt::format("There is nothing with the id {}.", *id),
                fmt::format("Записи с номером {} нет.", *id)});
    } else if (std::find(fields.countries.begin(), fields.countries.end(), **country) ==
               fields.countries.end()) {
      AddError(
          errors, std::string(pointer),
          {fmt::format("It concerns {}, which is not among the activity's countries.", **country),
           fmt::format("Это касается страны {}, которой нет среди стран записи.", **country)});
    }
    return {};
  };
  if (auto ok = check_link("/deal_id", fields.deal_id, DealCountry); !ok) return ok;
  if (auto ok = check_link("/request_id", fields.request_id, RequestCountry); !ok) return ok;
  if (auto ok = check_link("/relocation_id", fields.relocation_id, RelocationCountry); !ok) {
    return ok;
  }
  if (!errors.empty()) return FailValidation(std::move(errors));
  for (const std::string& country : fields.countries) {
    if (!access::Allows(by, permission, {.country = country})) return tl::unexpected(NotYours());
  }
  return {};
}

Status Check(Fields& fields, Date today) {
  Canonicalise(fields);
  if (auto errors = CheckFields(fields, today); !errors.empty()) {
    return FailValidation(std::move(errors));
  }
  return {};
}

std::string SearchText(const Fields& fields) {
  return text::Fold(fields.subject + " " + fields.notes);
}

// Whether `by` may read `task`: HQ and viewers all, an attaché its own and its countries'.
bool MayRead(const Task& task, const access::Principal& by) {
  if (by.user_id && *by.user_id == task.fields.assignee_id) return true;
  const access::Scope scope = access::ScopeOf(by, kRead);
  if (scope == access::Scope::kAll) return true;
  return task.fields.country && access::Allows(by, kRead, {.country = *task.fields.country});
}

// Whether `by` may change `task`: its assignee, its creator, or staff of its country.
bool MayChange(const Task& task, const access::Principal& by) {
  if (by.user_id && (*by.user_id == task.fields.assignee_id ||
                     (task.created_by && task.created_by->id == *by.user_id))) {
    return true;
  }
  if (access::ScopeOf(by, kUpdate) == access::Scope::kAll) return true;
  return task.fields.country && access::Allows(by, kUpdate, {.country = *task.fields.country});
}

// The assignee is an active attaché, analyst or administrator; the country, if any, exists.
Status ResolveTask(db::Connection& conn, const TaskFields& fields) {
  std::vector<FieldError> errors;
  auto owner = users::IsCaseOwner(conn, fields.assignee_id);
  if (!owner) return tl::unexpected(owner.error());
  if (!*owner) {
    AddError(errors, "/assignee_id",
             {"Assign it to an attaché or an HQ analyst with an active account.",
              "Назначьте атташе или аналитика центра с действующей учётной записью."});
  }
  if (fields.country) {
    auto exists = countries::CountryExists(conn, *fields.country);
    if (!exists) return tl::unexpected(exists.error());
    if (!*exists) AddError(errors, "/country", {"There is no such country.", "Такой страны нет."});
  }
  if (!errors.empty()) return FailValidation(std::move(errors));
  return {};
}

Result<Task> LoadTask(db::Connection& conn, int64_t id) {
  return Found(SelectTask(conn, id),
               [&] { return tl::unexpected(NoSuchTask(std::to_string(id))); });
}

}  // namespace

Result<Page<Activity>> Service::List(Query query, const access::Principal& by) {
  access::Narrow(query, by, kRead);
  return database_.Read([&](db::Connection& conn) { return SelectActivities(conn, query); });
}

Result<Activity> Service::Get(int64_t id, const access::Principal& by) {
  return database_.Read([&](db::Connection& conn) { return LoadReadable(conn, id, by); });
}

Result<Activity> Service::Create(Fields fields, const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  if (auto valid = Check(fields, ToDate(now)); !valid) return tl::unexpected(valid.error());
  return database_.Write([&](db::Connection& conn) -> Result<Activity> {
    if (auto resolved = Resolve(conn, fields, by, kCreate); !resolved) {
      return tl::unexpected(resolved.error());
    }
    auto id = InsertActivity(conn, fields, SearchText(fields), now, actor);
    if (!id) return tl::unexpected(id.error());
    if (auto recorded = Record(conn, actor, now, "activity", *id, "create",
                               audit::Diff(nullptr, ToJson(fields)));
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    return LoadReadable(conn, *id, by);
  });
}

Result<Activity> Service::Update(int64_t id, int64_t version, const Change& change,
                                 const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<Activity> {
    auto before = LoadReadable(conn, id, by);
    if (!before) return before;
    if (!AllowsAny(by, kUpdate, before->fields.countries)) return tl::unexpected(NotYours());
    if (before->version != version) return Stale(before->version);
    auto after = change(before->fields);
    if (!after) return tl::unexpected(after.error());
    if (auto valid = Check(*after, ToDate(now)); !valid) return tl::unexpected(valid.error());
    if (auto resolved = Resolve(conn, *after, by, kUpdate); !resolved) {
      return tl::unexpected(resolved.error());
    }
    auto updated = UpdateActivity(conn, id, version, *after, SearchText(*after), now);
    if (!updated) return tl::unexpected(updated.error());
    if (!*updated) return Stale(version + 1);
    if (auto recorded = Record(conn, actor, now, "activity", id, "update",
                               audit::Diff(ToJson(before->fields), ToJson(*after)));
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    return LoadReadable(conn, id, by);
  });
}

Result<Page<Task>> Service::Tasks(TaskQuery query, const access::Principal& by) {
  switch (access::ScopeOf(by, kRead)) {
    case access::Scope::kAll:
      break;
    case access::Scope::kOwnCountries:
      query.scope_user_id = by.user_id.value_or(0);
      break;
    default:
      query.assignee_id = -1;  // nothing
  }
  return database_.Read([&](db::Connection& conn) { return SelectTasks(conn, query); });
}

Result<Task> Service::GetTask(int64_t id, const access::Principal& by) {
  return database_.Read([&](db::Connection& conn) -> Result<Task> {
    auto task = LoadTask(conn, id);
    if (!task) return task;
    if (!MayRead(*task, by)) return tl::unexpected(NoSuchTask(std::to_string(id)));
    return task;
  });
}

Result<Task> Service::CreateTask(TaskFields fields, const access::Principal& by,
                                 const Actor& actor) {
  const TimePoint now = clock_();
  fields.title = std::string(Trim(fields.title));
  if (fields.country) fields.country = AsciiUpper(Trim(*fields.country));
  if (auto errors = CheckTask(fields, ToDate(now)); !errors.empty()) {
    return FailValidation(std::move(errors));
  }
  return database_.Write([&](db::Connection& conn) -> Result<Task> {
    if (fields.activity_id) {
      auto activity = LoadReadable(conn, *fields.activity_id, by);
      if (!activity) {
        return FailValidation(
            {{"/activity_id",
              {},
              {"There is no such activity.", "Такой записи о взаимодействии нет."}}});
      }
      if (!AllowsAny(by, kUpdate, activity->fields.countries)) return tl::unexpected(NotYours());
      if (!fields.country && !activity->fields.countries.empty()) {
        fields.country = activity->fields.countries.front();
      }
    }
    if (auto resolved = ResolveTask(conn, fields); !resolved) {
      return tl::unexpected(resolved.error());
    }
    if (fields.country && !access::Allows(by, kCreate, {.country = *fields.country})) {
      return tl::unexpected(NotYours());
    }
    auto id = InsertTask(conn, fields, now, actor);
    if (!id) return tl::unexpected(id.error());
    if (auto recorded =
            Record(conn, actor, now, "task", *id, "create", audit::Diff(nullptr, ToJson(fields)));
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    return LoadTask(conn, *id);
  });
}

Result<Task> Service::UpdateTask(int64_t id, int64_t version, const TaskChange& change,
                                 const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<Task> {
    auto before = LoadTask(conn, id);
    if (!before) return before;
    if (!MayRead(*before, by)) return tl::unexpected(NoSuchTask(std::to_string(id)));
    if (!MayChange(*before, by)) return tl::unexpected(NotYours());
    if (before->version != version) return Stale(before->version);
    auto after = change(before->fields);
    if (!after) return tl::unexpected(after.error());
    after->title = std::string(Trim(after->title));
    std::vector<FieldError> errors = CheckTask(*after, ToDate(now));
    if (after->activity_id != before->fields.activity_id ||
        after->country != before->fields.country) {
      AddError(errors, "/activity_id",
               {"A task stays with its activity and country.",
                "Задача остаётся при своей записи и стране."});
    }
    if (!errors.empty()) return FailValidation(std::move(errors));
    if (auto resolved = ResolveTask(conn, *after); !resolved) {
      return tl::unexpected(resolved.error());
    }
    auto updated = activities::UpdateTask(conn, id, version, *after, now);
    if (!updated) return tl::unexpected(updated.error());
    if (!*updated) return Stale(version + 1);
    if (auto recorded = Record(conn, actor, now, "task", id, "update",
                               audit::Diff(ToJson(before->fields), ToJson(*after)));
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    return LoadTask(conn, id);
  });
}

Result<Notifications> Service::Notify(const access::Principal& by) {
  const TimePoint now = clock_();
  const Date today = ToDate(now);
  const TimePoint soon = now + std::chrono::days(kDueSoonDays);
  const std::string now_text = FormatTimestamp(now);
  const std::string soon_text = FormatTimestamp(soon);
  const std::optional<int64_t> company = by.role == access::Role::kCompany
                                             ? std::optional<int64_t>(by.company_id.value_or(0))
                                             : std::nullopt;
  return database_.Read([&](db::Connection& conn) {
    return SelectNotifications(conn, by.user_id.value_or(0), company, today, ToDate(soon), now_text,
                               soon_text);
  });
}

}  // namespace attache::activities
