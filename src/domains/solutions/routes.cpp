#include "domains/solutions/routes.hpp"

#include "core/strings.hpp"
#include "domains/solutions/json.hpp"
#include "domains/solutions/rules.hpp"
#include "platform/http/etag.hpp"
#include "platform/http/problem.hpp"
#include "platform/http/record_writes.hpp"
#include "platform/http/reply.hpp"

namespace attache::solutions {
namespace {

using access::Principal;
using http::Request;
using http::Response;

Response SolutionReply(int status, const Solution& solution) {
  Response response = http::JsonReply(status, ToJson(solution));
  response.headers.Set("ETag", http::VersionETag(solution.version));
  return response;
}

Response List(Service& service, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  Query filter = ReadListQuery(query);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto page = service.List(std::move(filter), principal);
  if (!page) return http::ProblemResponse(page.error(), request);
  nlohmann::json items = nlohmann::json::array();
  for (const Solution& solution : page->items) items.push_back(ToJson(solution));
  return http::JsonReply(200, http::PageJson(std::move(items), page->total, page->next_offset));
}

Response Create(Service& service, Request& request, const Principal& principal) {
  auto json = http::ParseJsonObject(request);
  if (!json) return http::ProblemResponse(json.error(), request);
  auto fields = FieldsFromJson(*json);
  if (!fields) return http::ProblemResponse(fields.error(), request);
  auto solution =
      service.Create(std::move(*fields), principal, access::ActorOf(request, principal));
  if (!solution) return http::ProblemResponse(solution.error(), request);
  Response response = SolutionReply(201, *solution);
  response.headers.Set("Location", "/api/v1/solutions/" + std::to_string(solution->id));
  return response;
}

Response Get(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchSolution(request.PathParam("id")), request);
  auto solution = service.Get(*id, principal);
  if (!solution) return http::ProblemResponse(solution.error(), request);
  return SolutionReply(200, *solution);
}

Response Patch(Service& service, Request& request, const Principal& principal) {
  auto target = http::VersionedTarget(request, NoSuchSolution);
  if (!target) return http::ProblemResponse(target.error(), request);
  auto patch = http::ParseJsonObject(request, true);
  if (!patch) return http::ProblemResponse(patch.error(), request);
  const Change change = http::MergePatchChange<Fields>(
      *patch, [](const Fields& fields) { return ToJson(fields); }, FieldsFromJson);
  auto solution = service.Update(target->id, target->version, change, principal,
                                 access::ActorOf(request, principal));
  if (!solution) return http::ProblemResponse(solution.error(), request);
  return SolutionReply(200, *solution);
}

Response Archive(Service& service, Request& request, const Principal& principal) {
  auto target = http::VersionedTarget(request, NoSuchSolution);
  if (!target) return http::ProblemResponse(target.error(), request);
  auto archived =
      service.Archive(target->id, target->version, principal, access::ActorOf(request, principal));
  if (!archived) return http::ProblemResponse(archived.error(), request);
  return http::NoContent();
}

}  // namespace

Query ReadQuery(http::QueryReader& query) {
  Query filter;
  filter.text = query.String("q", 200);
  filter.kinds = query.EnumList<Kind>("kind", kKindNames);
  filter.taxonomy_class = query.String("class", 64);
  filter.maturity = query.EnumList<Maturity>("maturity", kMaturityNames);
  if (auto country = query.String("country", 2)) {
    if (country->size() == 2 && std::all_of(country->begin(), country->end(), ::isalpha)) {
      filter.reference_country = AsciiUpper(*country);
    } else {
      query.AddError("country", {"Must be an ISO 3166-1 alpha-2 code such as VN.",
                                 "Должно быть кодом ISO 3166-1 из двух букв, например VN."});
    }
  }
  if (auto readiness = query.String("readiness", 1)) {
    if (readiness->size() == 1 && (*readiness)[0] >= '0' && (*readiness)[0] <= '3') {
      filter.min_readiness = (*readiness)[0] - '0';
    } else {
      query.AddError("readiness", {"The least export readiness: 0, 1, 2 or 3.",
                                   "Наименьшая экспортная готовность: 0, 1, 2 или 3."});
    }
  }
  filter.sort = query.Sort(kSorts, "name_en");
  filter.limit = query.Limit();
  filter.offset = query.Offset();
  return filter;
}

Query ReadListQuery(http::QueryReader& query) {
  Query filter = ReadQuery(query);
  filter.accredited = query.Boolean("accredited");
  filter.published = query.Boolean("published");
  filter.organisation_id = query.Id("organisation");
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
  routes.Add({Method::kGet, "/api/v1/solutions", {Resource::kSolution, Action::kRead}, kCached},
             bind(List));
  routes.Add({Method::kPost, "/api/v1/solutions", {Resource::kSolution, Action::kCreate}},
             bind(Create));
  routes.Add({Method::kGet, "/api/v1/solutions/{id}", {Resource::kSolution, Action::kRead}},
             bind(Get));
  routes.Add({Method::kPatch, "/api/v1/solutions/{id}", {Resource::kSolution, Action::kUpdate}},
             bind(Patch));
  routes.Add({Method::kDelete, "/api/v1/solutions/{id}", {Resource::kSolution, Action::kDelete}},
             bind(Archive));
}

}  // namespace attache::solutions
