#include "domains/solutions/routes.hpp"

#include "core/strings.hpp"
#include "domains/solutions/json.hpp"
#include "domains/solutions/rules.hpp"
#include "platform/http/etag.hpp"
#include "platform/http/problem.hpp"
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


std::optional<bool> Flag(http::QueryReader& query, std::string_view name) {
  auto text = query.String(name, 5);
  if (!text) return std::nullopt;
  if (*text == "true") return true;
  if (*text == "false") return false;
  query.AddError(name, {"Must be true or false.", "Должно быть true или false."});
  return std::nullopt;
}

Response List(Service& service, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  Query filter = ReadQuery(query);
  filter.accredited = Flag(query, "accredited");
  filter.published = Flag(query, "published");
  filter.organisation_id = query.Id("organisation");
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
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchSolution(request.PathParam("id")), request);
  auto version = http::IfMatchVersion(request);
  if (!version) return http::ProblemResponse(version.error(), request);
  auto patch = http::ParseJsonObject(request, true);
  if (!patch) return http::ProblemResponse(patch.error(), request);
  const Change change = [&](const Fields& current) {
    nlohmann::json merged = ToJson(current);
    merged.merge_patch(*patch);
    return FieldsFromJson(merged);
  };
  auto solution =
      service.Update(*id, *version, change, principal, access::ActorOf(request, principal));
  if (!solution) return http::ProblemResponse(solution.error(), request);
  return SolutionReply(200, *solution);
}

Response Archive(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchSolution(request.PathParam("id")), request);
  auto version = http::IfMatchVersion(request);
  if (!version) return http::ProblemResponse(version.error(), request);
  auto archived = service.Archive(*id, *version, principal, access::ActorOf(request, principal));
  if (!archived) return http::ProblemResponse(archived.error(), request);
  Response response;
  response.status = 204;
  return response;
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
