#include "domains/requests/routes.hpp"

#include <algorithm>

#include "core/strings.hpp"
#include "domains/access/policy.hpp"
#include "domains/requests/json.hpp"
#include "domains/requests/rules.hpp"
#include "platform/http/etag.hpp"
#include "platform/http/problem.hpp"
#include "platform/http/record_writes.hpp"
#include "platform/http/reply.hpp"

namespace attache::requests {
namespace {

using access::Principal;
using http::Request;
using http::Response;

std::string Now(Service& service) { return FormatTimestamp(service.clock()()); }

Response RequestReply(Service& service, int status, const SupportRequest& request,
                      const Principal& principal) {
  return http::VersionedReply(status, ToJson(request, PermitsOf(request, principal), Now(service)),
                              request.version);
}

Response TypeReply(int status, const RequestType& type) {
  return http::VersionedReply(status, ToJson(type), type.version);
}

Response ListTypes(Service& service, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  const bool archived = query.Boolean("archived").value_or(false);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  return http::ItemsReply(service.Types(archived, principal), request);
}

Response CreateType(Service& service, Request& request, const Principal& principal) {
  auto json = http::ParseJsonObject(request);
  if (!json) return http::ProblemResponse(json.error(), request);
  auto fields = TypeFieldsFromJson(*json, true);
  if (!fields) return http::ProblemResponse(fields.error(), request);
  auto type = service.CreateType(std::move(*fields), access::ActorOf(request, principal));
  if (!type) return http::ProblemResponse(type.error(), request);
  return TypeReply(201, *type);
}

Response PatchType(Service& service, Request& request, const Principal& principal) {
  const std::string code(request.PathParam("code"));
  auto version = http::IfMatchVersion(request);
  if (!version) return http::ProblemResponse(version.error(), request);
  auto patch = http::ParseJsonObject(request, true);
  if (!patch) return http::ProblemResponse(patch.error(), request);
  const TypeChange change = [&patch](const TypeFields& current) -> Result<TypeFields> {
    nlohmann::json merged = ToJson(current);
    merged.merge_patch(*patch);
    auto after = TypeFieldsFromJson(merged, false);
    if (!after) return after;
    // Code and parent are not read back on updates: keep them unless the patch tried to change
    // them, which the service refuses.
    after->code = merged.value("code", current.code);
    after->parent = merged["parent"].is_string() ? merged["parent"].get<std::string>() : "";
    return after;
  };
  auto type = service.UpdateType(code, *version, change, access::ActorOf(request, principal));
  if (!type) return http::ProblemResponse(type.error(), request);
  return TypeReply(200, *type);
}

Response List(Service& service, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  Query filter = ReadQuery(query, principal);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto page = service.List(std::move(filter), principal);
  if (!page) return http::ProblemResponse(page.error(), request);
  const std::string now = Now(service);
  nlohmann::json items = nlohmann::json::array();
  for (const SupportRequest& item : page->items) {
    items.push_back(ToJson(item, PermitsOf(item, principal), now));
  }
  return http::JsonReply(200, http::PageJson(std::move(items), page->total, page->next_offset));
}

Response Create(Service& service, Request& request, const Principal& principal) {
  auto json = http::ParseJsonObject(request);
  if (!json) return http::ProblemResponse(json.error(), request);
  auto fields = FieldsFromJson(*json);
  if (!fields) return http::ProblemResponse(fields.error(), request);
  auto created = service.Create(std::move(*fields), principal, access::ActorOf(request, principal));
  if (!created) return http::ProblemResponse(created.error(), request);
  Response response = RequestReply(service, 201, *created, principal);
  response.headers.Set("Location", "/api/v1/requests/" + std::to_string(created->id));
  return response;
}

Response Get(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchRequest(request.PathParam("id")), request);
  auto found = service.Get(*id, principal);
  if (!found) return http::ProblemResponse(found.error(), request);
  return RequestReply(service, 200, *found, principal);
}

Response Patch(Service& service, Request& request, const Principal& principal) {
  auto target = http::VersionedTarget(request, NoSuchRequest);
  if (!target) return http::ProblemResponse(target.error(), request);
  auto patch = http::ParseJsonObject(request, true);
  if (!patch) return http::ProblemResponse(patch.error(), request);
  const Change change = http::MergePatchChange<Fields>(
      *patch, [](const Fields& fields) { return ToJson(fields); }, FieldsFromJson);
  auto changed = service.Update(target->id, target->version, change, principal,
                                access::ActorOf(request, principal));
  if (!changed) return http::ProblemResponse(changed.error(), request);
  return RequestReply(service, 200, *changed, principal);
}

Response Transition(Service& service, Request& request, const Principal& principal) {
  auto target = http::VersionedTarget(request, NoSuchRequest);
  if (!target) return http::ProblemResponse(target.error(), request);
  auto json = http::ParseJsonObject(request);
  if (!json) return http::ProblemResponse(json.error(), request);
  http::BodyReader body(*json);
  const auto to = http::ValueOf(body.Enum<RequestStatus>("to", kStatusNames, true));
  std::string reason = http::ValueOf(body.String("reason", kMaxReason)).value_or("");
  if (auto ok = body.Finish({"to", "reason"}); !ok) {
    return http::ProblemResponse(ok.error(), request);
  }
  auto moved = service.Move(target->id, target->version, *to, std::move(reason), principal,
                            access::ActorOf(request, principal));
  if (!moved) return http::ProblemResponse(moved.error(), request);
  return RequestReply(service, 200, *moved, principal);
}

Response ListComments(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchRequest(request.PathParam("id")), request);
  return http::ItemsReply(service.Comments(*id, principal), request);
}

Response AddComment(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchRequest(request.PathParam("id")), request);
  auto json = http::ParseJsonObject(request);
  if (!json) return http::ProblemResponse(json.error(), request);
  http::BodyReader body(*json);
  std::string text = http::ValueOf(body.String("body", kMaxComment, true)).value_or("");
  const bool internal = http::ValueOf(body.Boolean("internal")).value_or(false);
  if (auto ok = body.Finish({"body", "internal"}); !ok) {
    return http::ProblemResponse(ok.error(), request);
  }
  auto comment = service.AddComment(*id, std::move(text), internal, principal,
                                    access::ActorOf(request, principal));
  if (!comment) return http::ProblemResponse(comment.error(), request);
  return http::JsonReply(201, ToJson(*comment));
}

std::optional<int64_t> AttachmentId(const Request& request) {
  return http::IdParam(request, "attachment_id");
}

Response ListAttachments(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchRequest(request.PathParam("id")), request);
  return http::ItemsReply(service.Attachments(*id, principal), request);
}

Response Attach(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchRequest(request.PathParam("id")), request);
  http::QueryReader query(request);
  const std::string name = query.String("name", 1000).value_or("");
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  if (request.body.empty()) {
    return http::ProblemResponse(
        Error{ErrorCode::kBadRequest,
              {"Send the file as the request body.", "Отправьте файл в теле запроса."},
              {},
              {}},
        request);
  }
  auto attachment =
      service.Attach(*id, name, request.body, principal, access::ActorOf(request, principal));
  if (!attachment) return http::ProblemResponse(attachment.error(), request);
  Response response = http::JsonReply(201, ToJson(*attachment));
  response.headers.Set("Location", "/api/v1/requests/" + std::to_string(*id) + "/attachments/" +
                                       std::to_string(attachment->id));
  return response;
}

Response Download(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  const auto attachment_id = AttachmentId(request);
  if (!id || !attachment_id) {
    return http::ProblemResponse(NoSuchRequest(request.PathParam("id")), request);
  }
  auto file = service.Download(*id, *attachment_id, principal);
  if (!file) return http::ProblemResponse(file.error(), request);
  Response response;
  response.status = 200;
  response.headers.Set("Content-Type", file->attachment.media_type);
  response.headers.Set("Content-Disposition", http::AttachmentDisposition(file->attachment.name));
  response.headers.Set("Cache-Control", "private, no-store");
  response.body = std::move(file->bytes);
  return response;
}

Response Detach(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  const auto attachment_id = AttachmentId(request);
  if (!id || !attachment_id) {
    return http::ProblemResponse(NoSuchRequest(request.PathParam("id")), request);
  }
  auto version = http::IfMatchVersion(request);
  if (!version) return http::ProblemResponse(version.error(), request);
  auto detached =
      service.Detach(*id, *attachment_id, *version, principal, access::ActorOf(request, principal));
  if (!detached) return http::ProblemResponse(detached.error(), request);
  return http::NoContent();
}

Response Assignees(Service& service, Request& request, const Principal&) {
  http::QueryReader query(request);
  const auto country = query.String("country", 2);
  if (!country || country->size() != 2) {
    query.AddError("country", {"Give the country: an ISO 3166-1 code of two letters.",
                               "Укажите страну: код ISO 3166-1 из двух букв."});
  }
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto candidates = service.Candidates(*country);
  if (!candidates) return http::ProblemResponse(candidates.error(), request);
  nlohmann::json items = nlohmann::json::array();
  for (const Candidate& candidate : *candidates) items.push_back(ToJson(candidate));
  nlohmann::json suggested;
  if (!candidates->empty() && candidates->front().role == "attache") {
    suggested = candidates->front().id;
  }
  return http::JsonReply(200, {{"suggested", suggested}, {"items", std::move(items)}});
}

Response RequestsReport(Service& service, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  ReportQuery report = ReadReportQuery(query);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto made = service.MakeReport(std::move(report), principal);
  if (!made) return http::ProblemResponse(made.error(), request);
  return http::JsonReply(200, ToJson(*made));
}

// "#123" or "123": a request number.
std::optional<int64_t> Number(std::string_view text) {
  if (text.starts_with('#')) text.remove_prefix(1);
  return ParsePositive(text);
}

}  // namespace

Query ReadQuery(http::QueryReader& query, const Principal& principal) {
  Query filter;
  if (auto text = query.String("q", 200); text && !Trim(*text).empty()) {
    if (auto number = Number(Trim(*text))) {
      filter.number = number;
    } else {
      filter.text = std::string(Trim(*text));
    }
  }
  filter.countries = query.Countries();

  filter.statuses =
      query.EnumList<RequestStatus>("status", kStatusNames, "open", &filter.open_only);
  filter.type = query.String("type", 40);
  if (auto assignee = query.String("assignee", 20)) {
    if (*assignee == "me") {
      filter.assignee_id = principal.user_id.value_or(0);
    } else if (*assignee == "none") {
      filter.unassigned = true;
    } else if (auto id = Number(*assignee)) {
      filter.assignee_id = id;
    } else {
      query.AddError("assignee", {"A user id, me or none.", "Номер пользователя, me или none."});
    }
  }
  filter.organisation_id = query.Id("organisation");
  filter.overdue = query.Boolean("overdue").value_or(false);
  filter.sort = query.Sort(kSorts, "-created_at");
  filter.limit = query.Limit();
  filter.offset = query.Offset();
  return filter;
}

ReportQuery ReadReportQuery(http::QueryReader& query) {
  ReportQuery report;
  report.from = query.CalendarDate("from");
  report.to = query.CalendarDate("to");
  if (report.from && report.to && *report.to < *report.from) {
    query.AddError("to", {"The period ends before it begins.", "Период кончается раньше начала."});
  }
  report.countries = query.Countries();
  report.type = query.String("type", 40);
  report.group = query.EnumList<Dimension>("group", kDimensionNames);
  return report;
}

void AddRoutes(access::Routes& routes, Service& service) {
  using access::Action;
  using access::Resource;
  using http::Method;
  const auto bind = [&service](Response (*handler)(Service&, Request&, const Principal&)) {
    return [&service, handler](Request& request, const Principal& principal) {
      return handler(service, request, principal);
    };
  };
  constexpr bool kCached = true;
  // Overdue flags and counts move with the clock: kept answers serve at most a minute.
  constexpr int kFreshSeconds = 60;
  const std::string types = "/api/v1/request-types";
  routes.Add({Method::kGet, types, {Resource::kRequestType, Action::kRead}, kCached},
             bind(ListTypes));
  routes.Add({Method::kPost, types, {Resource::kRequestType, Action::kCreate}}, bind(CreateType));
  routes.Add({Method::kPatch, types + "/{code}", {Resource::kRequestType, Action::kUpdate}},
             bind(PatchType));
  const std::string base = "/api/v1/requests";
  const std::string item = base + "/{id}";
  // `assignee=me` makes the queue the caller's own.
  routes.Add({.method = Method::kGet,
              .pattern = base,
              .permission = {Resource::kRequest, Action::kRead},
              .cached = kCached,
              .per_user = true,
              .fresh_seconds = kFreshSeconds},
             bind(List));
  routes.Add({Method::kPost, base, {Resource::kRequest, Action::kCreate}}, bind(Create));
  routes.Add({.method = Method::kGet,
              .pattern = "/api/v1/reports/requests",
              .permission = {Resource::kRequest, Action::kRead},
              .cached = kCached,
              .fresh_seconds = kFreshSeconds},
             bind(RequestsReport));
  routes.Add({Method::kGet, base + "/assignees", {Resource::kRequest, Action::kCreate}},
             bind(Assignees));
  routes.Add({Method::kGet, item, {Resource::kRequest, Action::kRead}}, bind(Get));
  routes.Add({Method::kPatch, item, {Resource::kRequest, Action::kUpdate}}, bind(Patch));
  routes.Add({Method::kPost, item + "/transition", {Resource::kRequest, Action::kUpdate}},
             bind(Transition));
  routes.Add({Method::kGet, item + "/comments", {Resource::kRequest, Action::kRead}},
             bind(ListComments));
  routes.Add({Method::kPost, item + "/comments", {Resource::kRequest, Action::kUpdate}},
             bind(AddComment));
  const std::string files = item + "/attachments";
  routes.Add({Method::kGet, files, {Resource::kRequest, Action::kRead}}, bind(ListAttachments));
  routes.Add({Method::kPost, files, {Resource::kRequest, Action::kUpdate}}, bind(Attach));
  routes.Add({Method::kGet, files + "/{attachment_id}", {Resource::kRequest, Action::kRead}},
             bind(Download));
  routes.Add({Method::kDelete, files + "/{attachment_id}", {Resource::kRequest, Action::kUpdate}},
             bind(Detach));
}

}  // namespace attache::requests
