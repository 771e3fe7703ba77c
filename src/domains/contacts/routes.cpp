#include "domains/contacts/routes.hpp"

#include "core/strings.hpp"
#include "domains/access/policy.hpp"
#include "domains/contacts/json.hpp"
#include "domains/contacts/rules.hpp"
#include "platform/http/etag.hpp"
#include "platform/http/input.hpp"
#include "platform/http/problem.hpp"
#include "platform/http/record_writes.hpp"
#include "platform/http/reply.hpp"

namespace attache::contacts {
namespace {

using access::Principal;
using http::Request;
using http::Response;

Response ContactReply(int status, const Contact& contact, const Principal& principal) {
  Response response = http::JsonReply(status, ToJson(contact, access::SeesPersonalData(principal)));
  response.headers.Set("ETag", http::VersionETag(contact.version));
  return response;
}

Response List(Service& service, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  Query filter = ReadQuery(query, principal);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto page = service.List(std::move(filter), principal);
  if (!page) return http::ProblemResponse(page.error(), request);
  const bool personal = access::SeesPersonalData(principal);
  nlohmann::json items = nlohmann::json::array();
  for (const Contact& contact : page->items) items.push_back(ToJson(contact, personal));
  return http::JsonReply(200, http::PageJson(std::move(items), page->total, page->next_offset));
}

Response Create(Service& service, Request& request, const Principal& principal) {
  auto json = http::ParseJsonObject(request);
  if (!json) return http::ProblemResponse(json.error(), request);
  auto fields = FieldsFromJson(*json);
  if (!fields) return http::ProblemResponse(fields.error(), request);
  auto contact = service.Create(std::move(*fields), principal, access::ActorOf(request, principal));
  if (!contact) return http::ProblemResponse(contact.error(), request);
  Response response = ContactReply(201, *contact, principal);
  response.headers.Set("Location", "/api/v1/contacts/" + std::to_string(contact->id));
  return response;
}

Response Get(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchContact(request.PathParam("id")), request);
  auto contact = service.Get(*id, principal);
  if (!contact) return http::ProblemResponse(contact.error(), request);
  return ContactReply(200, *contact, principal);
}

Response Patch(Service& service, Request& request, const Principal& principal) {
  auto target = http::VersionedTarget(request, NoSuchContact);
  if (!target) return http::ProblemResponse(target.error(), request);
  auto patch = http::ParseJsonObject(request, true);
  if (!patch) return http::ProblemResponse(patch.error(), request);
  const Change change = http::MergePatchChange<Fields>(
      *patch, [](const Fields& fields) { return ToJson(fields); }, FieldsFromJson);
  auto contact = service.Update(target->id, target->version, change, principal,
                                access::ActorOf(request, principal));
  if (!contact) return http::ProblemResponse(contact.error(), request);
  return ContactReply(200, *contact, principal);
}

Response Archive(Service& service, Request& request, const Principal& principal) {
  auto target = http::VersionedTarget(request, NoSuchContact);
  if (!target) return http::ProblemResponse(target.error(), request);
  auto archived =
      service.Archive(target->id, target->version, principal, access::ActorOf(request, principal));
  if (!archived) return http::ProblemResponse(archived.error(), request);
  return http::NoContent();
}

Response ExportData(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchContact(request.PathParam("id")), request);
  auto exported = service.ExportData(*id, principal, access::ActorOf(request, principal));
  if (!exported) return http::ProblemResponse(exported.error(), request);
  Response response = http::JsonReply(200, ToJson(*exported));
  response.headers.Set("Content-Disposition",
                       "attachment; filename=\"contact-" + std::to_string(*id) + ".json\"");
  return response;
}

Response Erase(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchContact(request.PathParam("id")), request);
  auto contact = service.Erase(*id, principal, access::ActorOf(request, principal));
  if (!contact) return http::ProblemResponse(contact.error(), request);
  return ContactReply(200, *contact, principal);
}

}  // namespace

Query ReadQuery(http::QueryReader& query, const Principal& principal) {
  Query filter;
  filter.text = query.String("q", 200);
  filter.organisation_id = query.Id("organisation");
  if (auto language = query.String("language", 2)) {
    if (!access::SeesPersonalData(principal)) {
      // A person's languages are personal data: filtering by them would reveal them.
      query.AddError("language", {"Not available to your role.", "Недоступно для вашей роли."});
    } else if (IsLanguageCode(AsciiLower(*language))) {
      filter.language = AsciiLower(*language);
    } else {
      query.AddError("language", {"Must be an ISO 639-1 code of two letters, such as vi.",
                                  "Должен быть кодом ISO 639-1 из двух букв, например vi."});
    }
  }
  filter.sort = query.Sort(kSorts, "name_en");
  filter.limit = query.Limit();
  filter.offset = query.Offset();
  return filter;
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
  const std::string kBase = "/api/v1/contacts";
  const std::string item = kBase + "/{id}";
  routes.Add({Method::kGet, kBase, {Resource::kContact, Action::kRead}, kCached}, bind(List));
  routes.Add({Method::kPost, kBase, {Resource::kContact, Action::kCreate}}, bind(Create));
  routes.Add({Method::kGet, item, {Resource::kContact, Action::kRead}}, bind(Get));
  routes.Add({Method::kPatch, item, {Resource::kContact, Action::kUpdate}}, bind(Patch));
  routes.Add({Method::kDelete, item, {Resource::kContact, Action::kUpdate}}, bind(Archive));
  routes.Add({Method::kGet, item + "/export", {Resource::kContact, Action::kDelete}},
             bind(ExportData));
  routes.Add({Method::kPost, item + "/erase", {Resource::kContact, Action::kDelete}}, bind(Erase));
}

}  // namespace attache::contacts
