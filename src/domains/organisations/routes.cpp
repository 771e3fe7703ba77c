#include "domains/organisations/routes.hpp"

#include "core/strings.hpp"
#include "domains/access/policy.hpp"
#include "domains/organisations/json.hpp"
#include "domains/organisations/rules.hpp"
#include "platform/http/etag.hpp"
#include "platform/http/input.hpp"
#include "platform/http/problem.hpp"
#include "platform/http/record_writes.hpp"
#include "platform/http/reply.hpp"

namespace attache::organisations {
namespace {

using access::Principal;
using http::Request;
using http::Response;

constexpr int64_t kMaxId = INT64_MAX;

Response DetailReply(int status, const Detail& detail) {
  nlohmann::json body = ToJson(detail.organisation);
  body["links"] = ToJson(detail.links);
  Response response = http::JsonReply(status, body);
  response.headers.Set("ETag", http::VersionETag(detail.organisation.version));
  return response;
}

std::optional<std::string> CountryParam(http::QueryReader& query, std::string_view name) {
  auto code = query.String(name, 2);
  if (!code) return std::nullopt;
  if (code->size() != 2 || !std::all_of(code->begin(), code->end(), ::isalpha)) {
    query.AddError(name, {"Must be an ISO 3166-1 alpha-2 code such as VN.",
                          "Должно быть кодом ISO 3166-1 из двух букв, например VN."});
    return std::nullopt;
  }
  return AsciiUpper(*code);
}

Response List(Service& service, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  Query filter = ReadQuery(query);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto page = service.List(std::move(filter), principal);
  if (!page) return http::ProblemResponse(page.error(), request);
  nlohmann::json items = nlohmann::json::array();
  for (const Organisation& organisation : page->items) items.push_back(ToJson(organisation));
  return http::JsonReply(200, http::PageJson(std::move(items), page->total, page->next_offset));
}

nlohmann::json CandidateList(const std::vector<Candidate>& candidates) {
  nlohmann::json list = nlohmann::json::array();
  for (const Candidate& candidate : candidates) list.push_back(ToJson(candidate));
  return list;
}

Response Duplicates(Service& service, Request& request, const Principal&) {
  http::QueryReader query(request);
  Probe probe;
  for (const char* name : {"name_ru", "name_en"}) {
    if (auto value = query.String(name, kMaxName)) probe.names.push_back(std::move(*value));
  }
  probe.inn = query.String("inn", 12);
  probe.exclude_id = query.Id("exclude");
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto candidates = service.FindDuplicates(probe);
  if (!candidates) return http::ProblemResponse(candidates.error(), request);
  return http::JsonReply(200, {{"items", CandidateList(*candidates)}});
}

Response Create(Service& service, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  const bool confirmed = query.Boolean("allow_duplicate").value_or(false);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto json = http::ParseJsonObject(request);
  if (!json) return http::ProblemResponse(json.error(), request);
  auto fields = FieldsFromJson(*json);
  if (!fields) return http::ProblemResponse(fields.error(), request);
  if (!confirmed) {
    // A name that looks taken is a warning the client confirms with ?allow_duplicate=true; a
    // taken INN is refused by the service whatever the client says.
    auto candidates = service.FindDuplicates(Probe{{fields->name_ru, fields->name_en}, {}, {}});
    if (!candidates) return http::ProblemResponse(candidates.error(), request);
    if (!candidates->empty()) {
      Response response = http::ProblemResponse(
          Error{ErrorCode::kConflict,
                {"Organisations with a similar name exist. Check them; to create this one all the "
                 "same, send the request again with ?allow_duplicate=true.",
                 "Уже есть организации с похожим названием. Проверьте их; чтобы всё равно создать "
                 "эту, повторите запрос с ?allow_duplicate=true."},
                {},
                {}},
          request);
      nlohmann::json body = nlohmann::json::parse(response.body);
      body["type"] = "/problems/possible-duplicate";
      body["candidates"] = CandidateList(*candidates);
      response.body = body.dump();
      return response;
    }
  }
  auto detail = service.Create(std::move(*fields), principal, access::ActorOf(request, principal));
  if (!detail) return http::ProblemResponse(detail.error(), request);
  Response response = DetailReply(201, *detail);
  response.headers.Set("Location",
                       "/api/v1/organisations/" + std::to_string(detail->organisation.id));
  return response;
}

Response Get(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchOrganisation(request.PathParam("id")), request);
  auto detail = service.Get(*id, principal);
  if (!detail) return http::ProblemResponse(detail.error(), request);
  return DetailReply(200, *detail);
}

Response Patch(Service& service, Request& request, const Principal& principal) {
  auto target = http::VersionedTarget(request, NoSuchOrganisation);
  if (!target) return http::ProblemResponse(target.error(), request);
  auto patch = http::ParseJsonObject(request, true);
  if (!patch) return http::ProblemResponse(patch.error(), request);
  const Change change = http::MergePatchChange<Fields>(
      *patch, [](const Fields& fields) { return ToJson(fields); }, FieldsFromJson);
  auto detail = service.Update(target->id, target->version, change, principal,
                               access::ActorOf(request, principal));
  if (!detail) return http::ProblemResponse(detail.error(), request);
  return DetailReply(200, *detail);
}

Response Archive(Service& service, Request& request, const Principal& principal) {
  auto target = http::VersionedTarget(request, NoSuchOrganisation);
  if (!target) return http::ProblemResponse(target.error(), request);
  auto archived =
      service.Archive(target->id, target->version, principal, access::ActorOf(request, principal));
  if (!archived) return http::ProblemResponse(archived.error(), request);
  return http::NoContent();
}

Response MarketHistory(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchOrganisation(request.PathParam("id")), request);
  auto history = service.MarketHistory(*id, principal);
  if (!history) return http::ProblemResponse(history.error(), request);
  nlohmann::json items = nlohmann::json::array();
  for (const MarketChange& change : *history) items.push_back(ToJson(change));
  return http::JsonReply(200, {{"items", std::move(items)}});
}

Response Merge(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchOrganisation(request.PathParam("id")), request);
  auto json = http::ParseJsonObject(request);
  if (!json) return http::ProblemResponse(json.error(), request);
  http::BodyReader body(*json);
  const auto duplicate = body.Integer("duplicate_id", 1, kMaxId, true);
  if (auto ok = body.Finish({"duplicate_id"}); !ok) {
    return http::ProblemResponse(ok.error(), request);
  }
  auto report = service.Merge(*id, duplicate.value, principal, access::ActorOf(request, principal));
  if (!report) return http::ProblemResponse(report.error(), request);
  return http::JsonReply(200, ToJson(*report));
}

}  // namespace

Query ReadQuery(http::QueryReader& query) {
  Query filter;
  filter.text = query.String("q", 200);
  filter.kinds = query.EnumList<Kind>("kind", kKindNames);
  filter.country = CountryParam(query, "country");
  filter.market = CountryParam(query, "market");
  filter.market_status = query.EnumList<MarketStatus>("market_status", kMarketStatusNames);
  if (!filter.market_status.empty() && !filter.market) {
    query.AddError("market_status", {"Only together with market.", "Только вместе с market."});
  }
  filter.sector = query.String("sector", 64);
  filter.accredited = query.Boolean("accredited");
  if (auto region = query.String("hq_region", 6)) filter.hq_region = AsciiUpper(*region);
  filter.parent_id = query.Id("parent");
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
  const std::string kBase = "/api/v1/organisations";
  const std::string item = kBase + "/{id}";
  routes.Add({Method::kGet, kBase, {Resource::kOrganisation, Action::kRead}, kCached}, bind(List));
  routes.Add({Method::kPost, kBase, {Resource::kOrganisation, Action::kCreate}}, bind(Create));
  routes.Add({Method::kGet,
              "/api/v1/organisations/duplicates",
              {Resource::kOrganisation, Action::kCreate}},
             bind(Duplicates));
  routes.Add({Method::kGet, item, {Resource::kOrganisation, Action::kRead}}, bind(Get));
  routes.Add({Method::kPatch, item, {Resource::kOrganisation, Action::kUpdate}}, bind(Patch));
  routes.Add({Method::kDelete, item, {Resource::kOrganisation, Action::kDelete}}, bind(Archive));
  routes.Add({Method::kGet, item + "/market-history", {Resource::kOrganisation, Action::kRead}},
             bind(MarketHistory));
  routes.Add({Method::kPost, item + "/merge", {Resource::kOrganisation, Action::kDelete}},
             bind(Merge));
}

}  // namespace attache::organisations
