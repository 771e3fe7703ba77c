// The public showcase: published solutions and their companies for foreign buyers, with no
// sign-in. It shows what ToShowcaseJson shows — never unpublished records, never people.
#include "core/strings.hpp"
#include "domains/solutions/json.hpp"
#include "domains/solutions/routes.hpp"
#include "domains/solutions/rules.hpp"
#include "platform/http/problem.hpp"
#include "platform/http/reply.hpp"

namespace attache::solutions {
namespace {

using http::Request;
using http::Response;

Response Cacheable(Response response) {
  // Public data that changes rarely: browsers and proxies may keep it for a minute.
  response.headers.Set("Cache-Control", "public, max-age=60");
  return response;
}

}  // namespace

void AddShowcaseRoutes(access::Routes& routes, Service& service, http::RateLimiter& limiter) {
  using access::Action;
  using access::Resource;
  using http::Method;
  routes.Add({Method::kGet,
              "/api/v1/showcase/solutions",
              {Resource::kShowcase, Action::kRead},
              /*cached=*/true,
              &limiter},
             [&service](Request& request, const access::Principal&) {
               http::QueryReader query(request);
               Query filter = ReadQuery(query);
               if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
               auto page = service.ListPublished(std::move(filter));
               if (!page) return http::ProblemResponse(page.error(), request);
               nlohmann::json items = nlohmann::json::array();
               for (const Solution& solution : page->items)
                 items.push_back(ToShowcaseJson(solution));
               return Cacheable(http::JsonReply(
                   200, http::PageJson(std::move(items), page->total, page->next_offset)));
             });
  routes.Add({Method::kGet,
              "/api/v1/showcase/solutions/{id}",
              {Resource::kShowcase, Action::kRead},
              /*cached=*/true,
              &limiter},
             [&service](Request& request, const access::Principal&) {
               const auto id = http::IdParam(request);
               if (!id)
                 return http::ProblemResponse(NoSuchSolution(request.PathParam("id")), request);
               auto solution = service.GetPublished(*id);
               if (!solution) return http::ProblemResponse(solution.error(), request);
               return Cacheable(http::JsonReply(200, ToShowcaseJson(*solution)));
             });
}

}  // namespace attache::solutions
