#include "domains/requests/json.hpp"

#include "core/json_values.hpp"
#include "domains/requests/rules.hpp"
#include "domains/requests/service.hpp"
#include "platform/http/input.hpp"

namespace attache::requests {
namespace {

constexpr std::string_view kFieldKeys[] = {
    "organisation_id", "country", "type", "subject", "description", "desired_date", "assignee_id"};
constexpr std::string_view kTypeKeys[] = {"code",    "parent",   "name_ru",
                                          "name_en", "sla_days", "archived"};
constexpr int64_t kMaxId = INT64_MAX;

}  // namespace

Result<Fields> FieldsFromJson(const nlohmann::json& object) {
  http::BodyReader body(object);
  Fields fields;
  fields.organisation_id = http::ValueOf(body.Integer("organisation_id", 1, kMaxId)).value_or(0);
  fields.country = http::ValueOf(body.String("country", 2, true)).value_or("");
  fields.type = http::ValueOf(body.String("type", 40, true)).value_or("");
  fields.subject = http::ValueOf(body.String("subject", kMaxSubject, true)).value_or("");
  fields.description = http::ValueOf(body.String("description", kMaxDescription)).value_or("");
  fields.desired_date = http::ValueOf(body.CalendarDate("desired_date"));
  fields.assignee_id = http::ValueOf(body.Integer("assignee_id", 1, kMaxId));
  if (auto ok = body.Finish(kFieldKeys); !ok) return tl::unexpected(ok.error());
  return fields;
}

nlohmann::json ToJson(const Fields& fields) {
  return {{"organisation_id", fields.organisation_id},
          {"country", fields.country},
          {"type", fields.type},
          {"subject", fields.subject},
          {"description", fields.description},
          {"desired_date", OptJson(fields.desired_date)},
          {"assignee_id", OptJson(fields.assignee_id)}};
}

nlohmann::json ToJson(const SupportRequest& request, const Permits& permits, std::string_view now) {
  nlohmann::json json = ToJson(request.fields);
  json.erase("assignee_id");
  json["id"] = request.id;
  json["organisation"] = {{"id", request.organisation.id},
                          {"name_ru", request.organisation.name_ru},
                          {"name_en", request.organisation.name_en},
                          {"country", request.organisation.country}};
  json["type_name_ru"] = request.type_name_ru;
  json["type_name_en"] = request.type_name_en;
  json["parent_type"] = request.parent_type;
  json["status"] = ToString(request.status);
  json["reason"] = request.reason;
  json["assignee"] = UserJson(request.assignee);
  json["filed_by"] = UserJson(request.filed_by);
  json["due_at"] = request.due_at;
  json["overdue"] = IsOverdue(request, now);
  json["status_changed_at"] = request.status_changed_at;
  json["closed_at"] = OptJson(request.closed_at);
  nlohmann::json moves = nlohmann::json::array();
  for (const RequestStatus status : permits.moves) moves.push_back(ToString(status));
  json["allowed_transitions"] = std::move(moves);
  json["editable"] = permits.editable;
  json["comment_count"] = request.comment_count;
  json["version"] = request.version;
  json["created_at"] = request.created_at;
  json["updated_at"] = request.updated_at;
  return json;
}

Result<TypeFields> TypeFieldsFromJson(const nlohmann::json& object, bool creating) {
  http::BodyReader body(object);
  TypeFields fields;
  fields.code = http::ValueOf(body.String("code", 40, creating)).value_or("");
  fields.parent = http::ValueOf(body.String("parent", 40, creating)).value_or("");
  fields.name_ru = http::ValueOf(body.String("name_ru", kMaxTypeName)).value_or("");
  fields.name_en = http::ValueOf(body.String("name_en", kMaxTypeName)).value_or("");
  if (auto days = http::ValueOf(body.Integer("sla_days", 1, kMaxSlaDays))) {
    fields.sla_days = static_cast<int>(*days);
  }
  fields.archived = http::ValueOf(body.Boolean("archived")).value_or(false);
  if (auto ok = body.Finish(kTypeKeys); !ok) return tl::unexpected(ok.error());
  return fields;
}

nlohmann::json ToJson(const TypeFields& fields) {
  return {{"code", fields.code},
          {"parent", fields.parent.empty() ? nlohmann::json() : nlohmann::json(fields.parent)},
          {"name_ru", fields.name_ru},
          {"name_en", fields.name_en},
          {"sla_days", OptJson(fields.sla_days)},
          {"archived", fields.archived}};
}

nlohmann::json ToJson(const RequestType& type) {
  return {{"code", type.code},
          {"parent", OptJson(type.parent)},
          {"name_ru", type.name_ru},
          {"name_en", type.name_en},
          {"sla_days", OptJson(type.sla_days)},
          {"effective_sla_days", type.effective_sla_days},
          {"archived", type.archived},
          {"version", type.version}};
}

nlohmann::json ToJson(const Comment& comment) {
  return {{"id", comment.id},
          {"request_id", comment.request_id},
          {"body", comment.body},
          {"internal", comment.internal},
          {"author", UserJson(comment.author)},
          {"created_at", comment.created_at}};
}

nlohmann::json ToJson(const Candidate& candidate) {
  return {{"id", candidate.id},
          {"display_name", candidate.display_name},
          {"role", candidate.role},
          {"open_requests", candidate.open_requests}};
}

nlohmann::json ToJson(const Attachment& attachment) {
  return {{"id", attachment.id},
          {"request_id", attachment.request_id},
          {"name", attachment.name},
          {"media_type", attachment.media_type},
          {"size", attachment.size},
          {"sha256", attachment.sha256},
          {"uploaded_by", UserJson(attachment.uploaded_by)},
          {"created_at", attachment.created_at},
          {"version", attachment.version}};
}

nlohmann::json ToJson(const ReportRow& row) {
  nlohmann::json json = {{"filed", row.filed},
                         {"open", row.open},
                         {"overdue", row.overdue},
                         {"resolved", row.resolved},
                         {"declined", row.declined},
                         {"cancelled", row.cancelled},
                         {"resolved_on_time", row.resolved_on_time},
                         {"sla_compliance", OptJson(row.sla_compliance())},
                         {"median_resolution_seconds", OptJson(row.median_resolution_seconds)}};
  if (row.country) json["country"] = *row.country;
  if (row.type) json["type"] = *row.type;
  if (row.by_assignee) json["assignee"] = UserJson(row.assignee);
  return json;
}

nlohmann::json ToJson(const Report& report) {
  nlohmann::json rows = nlohmann::json::array();
  for (const ReportRow& row : report.rows) rows.push_back(ToJson(row));
  return {{"rows", std::move(rows)}, {"total", ToJson(report.total)}};
}

}  // namespace attache::requests
