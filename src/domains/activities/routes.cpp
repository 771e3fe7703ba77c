#include "domains/activities/routes.hpp"

#include "core/strings.hpp"
#include "domains/activities/json.hpp"
#include "platform/http/input.hpp"
#include "platform/http/problem.hpp"
#include "platform/http/record_writes.hpp"
#include "platform/http/reply.hpp"

namespace attache::activities {
namespace {

using access::Principal;
using http::Request;
using http::Response;

template <class T>
Response VersionedReply(int status, const T& record) {
  return http::VersionedReply(status, ToJson(record), record.version);
}

Response List(Service& service, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  Query filter;
  if (auto text = query.String("q", 200); text && !Trim(*text).empty()) {
    filter.text = std::string(Trim(*text));
  }
  filter.countries = query.Countries();
  filter.kinds = query.EnumList<Kind>("kind", kKindNames);
  filter.deal_id = query.Id("deal");
  filter.request_id = query.Id("request");
  filter.relocation_id = query.Id("relocation");
  filter.organisation_id = query.Id("organisation");
  filter.user_id = query.UserId("user", principal.user_id);
  filter.contact_id = query.Id("contact");
  filter.from = query.CalendarDate("from");
  filter.to = query.CalendarDate("to");
  filter.limit = query.Limit();
  filter.offset = query.Offset();
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto page = service.List(std::move(filter), principal);
  if (!page) return http::ProblemResponse(page.error(), request);
  nlohmann::json items = nlohmann::json::array();
  for (const Activity& activity : page->items) items.push_back(ToJson(activity));
  return http::JsonReply(200, http::PageJson(std::move(items), page->total, page->next_offset));
}

Response Create(Service& service, Request& request, const Principal& principal) {
  auto json = http::ParseJsonObject(request);
  if (!json) return http::ProblemResponse(json.error(), request);
  auto fields = FieldsFromJson(*json);
  if (!fields) return http::ProblemResponse(fields.error(), request);
  auto created = service.Create(std::move(*fields), principal, access::ActorOf(request, principal));
  if (!created) return http::ProblemResponse(created.error(), request);
  Response response = VersionedReply(201, *created);
  response.headers.Set("Location", "/api/v1/activities/" + std::to_string(created->id));
  return response;
}

Response Get(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchActivity(request.PathParam("id")), request);
  auto found = service.Get(*id, principal);
  if (!found) return http::ProblemResponse(found.error(), request);
  return VersionedReply(200, *found);
}

Response Patch(Service& service, Request& request, const Principal& principal) {
  auto target = http::VersionedTarget(request, NoSuchActivity);
  if (!target) return http::ProblemResponse(target.error(), request);
  auto patch = http::ParseJsonObject(request, true);
  if (!patch) return http::ProblemResponse(patch.error(), request);
  const Change change = http::MergePatchChange<Fields>(
      *patch, [](const Fields& fields) { return ToJson(fields); }, FieldsFromJson);
  auto changed = service.Update(target->id, target->version, change, principal,
                                access::ActorOf(request, principal));
  if (!changed) return http::ProblemResponse(changed.error(), request);
  return VersionedReply(200, *changed);
}

Response ListTasks(Service& service, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  TaskQuery filter;
  filter.assignee_id = query.UserId("assignee", principal.user_id);
  filter.activity_id = query.Id("activity");
  if (auto status = query.String("status", 10)) {
    if (*status == "open" || *status == "done") {
      filter.done = *status == "done";
    } else {
      query.AddError("status", {"open or done.", "open или done."});
    }
  }
  filter.countries = query.Countries();
  filter.due_from = query.CalendarDate("due_from");
  filter.due_to = query.CalendarDate("due_to");
  if (filter.due_from && filter.due_to && *filter.due_to < *filter.due_from) {
    query.AddError("due_to", {"A date on or after due_from.", "Дата не раньше due_from."});
  }
  filter.limit = query.Limit();
  filter.offset = query.Offset();
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto page = service.Tasks(std::move(filter), principal);
  if (!page) return http::ProblemResponse(page.error(), request);
  nlohmann::json items = nlohmann::json::array();
  for (const Task& task : page->items) items.push_back(ToJson(task));
  return http::JsonReply(200, http::PageJson(std::move(items), page->total, page->next_offset));
}

Response CreateTask(Service& service, Request& request, const Principal& principal) {
  auto json = http::ParseJsonObject(request);
  if (!json) return http::ProblemResponse(json.error(), request);
  auto fields = TaskFieldsFromJson(*json);
  if (!fields) return http::ProblemResponse(fields.error(), request);
  auto created =
      service.CreateTask(std::move(*fields), principal, access::ActorOf(request, principal));
  if (!created) return http::ProblemResponse(created.error(), request);
  Response response = VersionedReply(201, *created);
  response.headers.Set("Location", "/api/v1/tasks/" + std::to_string(created->id));
  return response;
}

Response GetTask(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchTask(request.PathParam("id")), request);
  auto found = service.GetTask(*id, principal);
  if (!found) return http::ProblemResponse(found.error(), request);
  return VersionedReply(200, *found);
}

Response PatchTask(Service& service, Request& request, const Principal& principal) {
  auto target = http::VersionedTarget(request, NoSuchTask);
  if (!target) return http::ProblemResponse(target.error(), request);
  auto patch = http::ParseJsonObject(request, true);
  if (!patch) return http::ProblemResponse(patch.error(), request);
  const TaskChange change = http::MergePatchChange<TaskFields>(
      *patch, [](const TaskFields& fields) { return ToJson(fields); }, TaskFieldsFromJson);
  auto changed = service.UpdateTask(target->id, target->version, change, principal,
                                    access::ActorOf(request, principal));
  if (!changed) return http::ProblemResponse(changed.error(), request);
  return VersionedReply(200, *changed);
}

Response ListNotifications(Service& service, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto notices = service.Notify(principal);
  if (!notices) return http::ProblemResponse(notices.error(), request);
  return http::JsonReply(200, ToJson(*notices));
}

}  // namespace

void AddRoutes(access::Routes& routes, Service& service) {
  using access::Action;
  using access::Resource;
  using http::Method;
  const auto bind = [&service](Response (*handler)(Service&, Request&, const Principal&)) {
    return [&service, handler](Request& request, const Principal& principal) {
      return handler(service, request, principal);
    };
  };
  const access::Permission read{Resource::kActivity, Action::kRead};
  const access::Permission create{Resource::kActivity, Action::kCreate};
  const access::Permission update{Resource::kActivity, Action::kUpdate};
  const std::string base = "/api/v1/activities";
  routes.Add({.method = Method::kGet,
              .pattern = base,
              .permission = read,
              .cached = true,
              .per_user = true},
             bind(List));
  routes.Add({Method::kPost, base, create}, bind(Create));
  routes.Add({Method::kGet, base + "/{id}", read}, bind(Get));
  routes.Add({Method::kPatch, base + "/{id}", update}, bind(Patch));
  routes.Add({Method::kGet, "/api/v1/tasks", read}, bind(ListTasks));
  routes.Add({Method::kPost, "/api/v1/tasks", create}, bind(CreateTask));
  routes.Add({Method::kGet, "/api/v1/tasks/{id}", read}, bind(GetTask));
  routes.Add({Method::kPatch, "/api/v1/tasks/{id}", update}, bind(PatchTask));
  // Every signed-in user has its own notifications; they move with the clock: never cached.
  routes.Add({Method::kGet, "/api/v1/notifications", {Resource::kProfile, Action::kRead}},
             bind(ListNotifications));
}

}  // namespace attache::activities
