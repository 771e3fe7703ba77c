#include "domains/activities/json.hpp"

#include "core/json_values.hpp"
#include "domains/activities/rules.hpp"
#include "platform/http/input.hpp"

namespace attache::activities {
namespace {

constexpr std::string_view kFieldKeys[] = {"kind",    "occurred_on", "subject",
                                           "notes",   "countries",   "participants",
                                           "deal_id", "request_id",  "relocation_id"};
constexpr std::string_view kParticipantKeys[] = {"kind", "id", "name_ru", "name_en"};
constexpr std::string_view kTaskKeys[] = {"title",       "due_on",  "assignee_id",
                                          "activity_id", "country", "done"};
constexpr int64_t kMaxId = INT64_MAX;

nlohmann::json NoticesJson(const std::vector<Notice>& notices) {
  nlohmann::json array = nlohmann::json::array();
  for (const Notice& notice : notices) {
    array.push_back({{"kind", notice.kind},
                     {"id", notice.id},
                     {"title", notice.title},
                     {"due", notice.due},
                     {"country", OptJson(notice.country)}});
  }
  return array;
}

}  // namespace

Result<Fields> FieldsFromJson(const nlohmann::json& object) {
  http::BodyReader body(object);
  Fields fields;
  fields.kind = http::ValueOf(body.Enum<Kind>("kind", kKindNames, true)).value_or(Kind::kMeeting);
  fields.occurred_on = http::ValueOf(body.CalendarDate("occurred_on", true)).value_or(Date{});
  fields.subject = http::ValueOf(body.String("subject", kMaxSubject, true)).value_or("");
  fields.notes = http::ValueOf(body.String("notes", kMaxNotes)).value_or("");
  fields.countries = http::ValueOf(body.StringList("countries", kMaxCountries, 2))
                         .value_or(std::vector<std::string>{});
  body.Objects("participants", kMaxParticipants, kParticipantKeys, [&](http::BodyReader& item) {
    Participant participant;
    participant.kind =
        http::ValueOf(item.Enum<ParticipantKind>("kind", kParticipantKindNames, true))
            .value_or(ParticipantKind::kUser);
    participant.id = http::ValueOf(item.Integer("id", 1, kMaxId, true)).value_or(0);
    // Names are shown, not stored: ignored when sent back.
    item.String("name_ru", 1000);
    item.String("name_en", 1000);
    fields.participants.push_back(participant);
  });
  fields.deal_id = http::ValueOf(body.Integer("deal_id", 1, kMaxId));
  fields.request_id = http::ValueOf(body.Integer("request_id", 1, kMaxId));
  fields.relocation_id = http::ValueOf(body.Integer("relocation_id", 1, kMaxId));
  if (auto ok = body.Finish(kFieldKeys); !ok) return tl::unexpected(ok.error());
  return fields;
}

nlohmann::json ToJson(const Fields& fields) {
  nlohmann::json participants = nlohmann::json::array();
  for (const Participant& participant : fields.participants) {
    participants.push_back({{"kind", ToString(participant.kind)},
                            {"id", participant.id},
                            {"name_ru", participant.name_ru},
                            {"name_en", participant.name_en}});
  }
  return {{"kind", ToString(fields.kind)},
          {"occurred_on", fields.occurred_on.ToString()},
          {"subject", fields.subject},
          {"notes", fields.notes},
          {"countries", fields.countries},
          {"participants", std::move(participants)},
          {"deal_id", OptJson(fields.deal_id)},
          {"request_id", OptJson(fields.request_id)},
          {"relocation_id", OptJson(fields.relocation_id)}};
}

nlohmann::json ToJson(const Activity& activity) {
  nlohmann::json json = ToJson(activity.fields);
  json["id"] = activity.id;
  json["created_by"] = UserJson(activity.created_by);
  json["open_tasks"] = activity.open_tasks;
  json["version"] = activity.version;
  json["created_at"] = activity.created_at;
  json["updated_at"] = activity.updated_at;
  return json;
}

Result<TaskFields> TaskFieldsFromJson(const nlohmann::json& object) {
  http::BodyReader body(object);
  TaskFields fields;
  fields.title = http::ValueOf(body.String("title", kMaxTaskTitle, true)).value_or("");
  fields.due_on = http::ValueOf(body.CalendarDate("due_on", true)).value_or(Date{});
  fields.assignee_id = http::ValueOf(body.Integer("assignee_id", 1, kMaxId, true)).value_or(0);
  fields.activity_id = http::ValueOf(body.Integer("activity_id", 1, kMaxId));
  fields.country = http::ValueOf(body.String("country", 2));
  fields.done = http::ValueOf(body.Boolean("done")).value_or(false);
  if (auto ok = body.Finish(kTaskKeys); !ok) return tl::unexpected(ok.error());
  return fields;
}

nlohmann::json ToJson(const TaskFields& fields) {
  return {{"title", fields.title},
          {"due_on", fields.due_on.ToString()},
          {"assignee_id", fields.assignee_id},
          {"activity_id", OptJson(fields.activity_id)},
          {"country", OptJson(fields.country)},
          {"done", fields.done}};
}

nlohmann::json ToJson(const Task& task) {
  nlohmann::json json = ToJson(task.fields);
  json["id"] = task.id;
  json["assignee"] = {{"id", task.assignee.id}, {"display_name", task.assignee.display_name}};
  json["activity_subject"] = OptJson(task.activity_subject);
  json["done_at"] = OptJson(task.done_at);
  json["created_by"] = UserJson(task.created_by);
  json["version"] = task.version;
  json["created_at"] = task.created_at;
  json["updated_at"] = task.updated_at;
  return json;
}

nlohmann::json ToJson(const Notifications& notifications) {
  return {{"assigned", NoticesJson(notifications.assigned)},
          {"overdue", NoticesJson(notifications.overdue)},
          {"due_soon", NoticesJson(notifications.due_soon)}};
}

}  // namespace attache::activities
