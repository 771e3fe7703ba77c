#include "domains/relocation/routes.hpp"

#include "core/strings.hpp"
#include "domains/relocation/json.hpp"
#include "platform/http/input.hpp"
#include "platform/http/problem.hpp"
#include "platform/http/record_writes.hpp"
#include "platform/http/reply.hpp"

namespace attache::relocation {
namespace {

using access::Principal;
using http::Request;
using http::Response;

Response CaseReply(int status, const Case& current, const Principal& principal) {
  return http::VersionedReply(status, ToJson(current, PermitsOf(current, principal)),
                              current.version);
}

Query ReadQuery(http::QueryReader& query, const Principal& principal) {
  Query filter;
  if (auto text = query.String("q", 200); text && !Trim(*text).empty()) {
    filter.text = std::string(Trim(*text));
  }
  filter.countries = query.Countries();
  filter.stages = query.EnumList<Stage>("stage", kStageNames, "open", &filter.open_only);
  filter.kinds = query.EnumList<Kind>("kind", kKindNames);
  filter.owner_id = query.UserId("owner", principal.user_id);
  filter.organisation_id = query.Id("organisation");
  filter.sort = query.Sort(kSorts, "-updated_at");
  filter.limit = query.Limit();
  filter.offset = query.Offset();
  return filter;
}

Response List(Service& service, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  Query filter = ReadQuery(query, principal);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto page = service.List(std::move(filter), principal);
  if (!page) return http::ProblemResponse(page.error(), request);
  nlohmann::json items = nlohmann::json::array();
  for (const Case& item : page->items) items.push_back(ToJson(item, PermitsOf(item, principal)));
  return http::JsonReply(200, http::PageJson(std::move(items), page->total, page->next_offset));
}

Response Create(Service& service, Request& request, const Principal& principal) {
  auto json = http::ParseJsonObject(request);
  if (!json) return http::ProblemResponse(json.error(), request);
  auto fields = FieldsFromJson(*json);
  if (!fields) return http::ProblemResponse(fields.error(), request);
  auto created = service.Create(std::move(*fields), principal, access::ActorOf(request, principal));
  if (!created) return http::ProblemResponse(created.error(), request);
  Response response = CaseReply(201, *created, principal);
  response.headers.Set("Location", "/api/v1/relocations/" + std::to_string(created->id));
  return response;
}

Response Get(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchCase(request.PathParam("id")), request);
  auto found = service.Get(*id, principal);
  if (!found) return http::ProblemResponse(found.error(), request);
  return CaseReply(200, *found, principal);
}

Response History(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchCase(request.PathParam("id")), request);
  return http::ItemsReply(service.History(*id, principal), request);
}

Response Patch(Service& service, Request& request, const Principal& principal) {
  auto target = http::VersionedTarget(request, NoSuchCase);
  if (!target) return http::ProblemResponse(target.error(), request);
  auto patch = http::ParseJsonObject(request, true);
  if (!patch) return http::ProblemResponse(patch.error(), request);
  const Change change = http::MergePatchChange<Fields>(
      *patch, [](const Fields& fields) { return ToJson(fields); }, FieldsFromJson);
  auto changed = service.Update(target->id, target->version, change, principal,
                                access::ActorOf(request, principal));
  if (!changed) return http::ProblemResponse(changed.error(), request);
  return CaseReply(200, *changed, principal);
}

Response Transition(Service& service, Request& request, const Principal& principal) {
  auto target = http::VersionedTarget(request, NoSuchCase);
  if (!target) return http::ProblemResponse(target.error(), request);
  auto json = http::ParseJsonObject(request);
  if (!json) return http::ProblemResponse(json.error(), request);
  http::BodyReader body(*json);
  const auto to = http::ValueOf(body.Enum<Stage>("to", kStageNames, true));
  std::string reason = http::ValueOf(body.String("reason", kMaxReason)).value_or("");
  if (auto ok = body.Finish({"to", "reason"}); !ok) {
    return http::ProblemResponse(ok.error(), request);
  }
  auto moved = service.MoveTo(target->id, target->version, *to, std::move(reason), principal,
                              access::ActorOf(request, principal));
  if (!moved) return http::ProblemResponse(moved.error(), request);
  return CaseReply(200, *moved, principal);
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
  const std::string base = "/api/v1/relocations";
  const std::string item = base + "/{id}";
  const access::Permission read{Resource::kRelocation, Action::kRead};
  const access::Permission update{Resource::kRelocation, Action::kUpdate};
  // `owner=me` makes the list the caller's own.
  routes.Add({.method = Method::kGet,
              .pattern = base,
              .permission = read,
              .cached = true,
              .per_user = true},
             bind(List));
  routes.Add({Method::kPost, base, {Resource::kRelocation, Action::kCreate}}, bind(Create));
  routes.Add({Method::kGet, item, read}, bind(Get));
  routes.Add({Method::kPatch, item, update}, bind(Patch));
  routes.Add({Method::kPost, item + "/transition", update}, bind(Transition));
  routes.Add({Method::kGet, item + "/history", read}, bind(History));
}

}  // namespace attache::relocation
