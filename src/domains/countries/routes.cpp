#include "domains/countries/routes.hpp"

#include "core/strings.hpp"
#include "domains/access/policy.hpp"
#include "domains/countries/json.hpp"
#include "domains/countries/rules.hpp"
#include "platform/http/etag.hpp"
#include "platform/http/input.hpp"
#include "platform/http/problem.hpp"
#include "platform/http/reply.hpp"

namespace attache::countries {
namespace {

using access::Principal;
using http::Request;
using http::Response;

bool IsIso2(std::string_view code) {
  return code.size() == 2 && std::all_of(code.begin(), code.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
         });
}

Response WithVersion(Response response, int64_t version) {
  response.headers.Set("ETag", http::VersionETag(version));
  return response;
}

Response CountryReply(const Country& country) {
  return WithVersion(http::JsonReply(200, ToJson(country)), country.version);
}

// An attaché as the caller may see it: the e-mail is personal data.
nlohmann::json AttacheJson(const Attache& attache, const Principal& principal) {
  nlohmann::json json = ToJson(attache);
  if (!access::SeesPersonalData(principal)) json["email"] = nullptr;
  return json;
}

Response AttacheReply(int status, const Attache& attache, const Principal& principal) {
  return WithVersion(http::JsonReply(status, AttacheJson(attache, principal)), attache.version);
}

Response ListCountries(Service& service, Request& request, const Principal&) {
  http::QueryReader query(request);
  const CountryQuery filter = ReadCountryQuery(query);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto result = service.ListCountries(filter);
  if (!result) return http::ProblemResponse(result.error(), request);
  nlohmann::json items = nlohmann::json::array();
  for (const Country& country : result->page.items) items.push_back(ToJson(country));
  nlohmann::json body =
      http::PageJson(std::move(items), result->page.total, result->page.next_offset);
  body["facets"] = {{"presence", ToJson(result->facets)}};
  return http::JsonReply(200, body);
}

Response GetCountry(Service& service, Request& request, const Principal&) {
  const std::string_view code = request.PathParam("iso2");
  if (!IsIso2(code)) return http::ProblemResponse(NoSuchCountry(code), request);
  auto country = service.GetCountry(AsciiUpper(code));
  if (!country) return http::ProblemResponse(country.error(), request);
  return CountryReply(*country);
}

Response PutPresence(Service& service, Request& request, const Principal& principal) {
  const std::string_view code = request.PathParam("iso2");
  if (!IsIso2(code)) return http::ProblemResponse(NoSuchCountry(code), request);
  auto version = http::IfMatchVersion(request);
  if (!version) return http::ProblemResponse(version.error(), request);
  auto json = http::ParseJsonObject(request);
  if (!json) return http::ProblemResponse(json.error(), request);
  http::BodyReader body(*json);
  const auto status = body.Enum<PresenceStatus>("status", kPresenceNames, true);
  const auto since = body.CalendarDate("since");
  const auto note = body.String("note", kMaxNote);
  if (auto ok = body.Finish({"status", "since", "note"}); !ok) {
    return http::ProblemResponse(ok.error(), request);
  }
  const Presence presence{status.value, http::ValueOf(since), http::ValueOf(note).value_or("")};
  auto country = service.SetPresence(AsciiUpper(code), *version, presence, principal,
                                     access::ActorOf(request, principal));
  if (!country) return http::ProblemResponse(country.error(), request);
  return CountryReply(*country);
}

Response ListRegions(Service& service, Request& request, const Principal&) {
  if (auto ok = http::QueryReader(request).Finish(); !ok) {
    return http::ProblemResponse(ok.error(), request);
  }
  auto regions = service.ListRegions();
  if (!regions) return http::ProblemResponse(regions.error(), request);
  std::stable_sort(
      regions->begin(), regions->end(), [](const WorldRegion& a, const WorldRegion& b) {
        return std::pair(a.parent.has_value(), a.code) < std::pair(b.parent.has_value(), b.code);
      });
  nlohmann::json items = nlohmann::json::array();
  for (const WorldRegion& region : *regions) items.push_back(ToJson(region));
  return http::JsonReply(200, {{"items", std::move(items)}});
}

Response ListAttaches(Service& service, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  const AttacheQuery filter = ReadAttacheQuery(query, principal);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto page = service.ListAttaches(filter);
  if (!page) return http::ProblemResponse(page.error(), request);
  nlohmann::json items = nlohmann::json::array();
  for (const Attache& attache : page->items) items.push_back(AttacheJson(attache, principal));
  return http::JsonReply(200, http::PageJson(std::move(items), page->total, page->next_offset));
}

// Reads the fields of an attaché from a body; POST requires country and status.
AttachePatch ReadAttache(http::BodyReader& body, bool create) {
  AttachePatch patch;
  const auto country = body.String("country", 2, create);
  if (country.state == http::Maybe<std::string>::State::kValue) {
    if (IsIso2(country.value)) {
      patch.country = AsciiUpper(country.value);
    } else {
      body.AddError("country", NotIso2());
    }
  } else if (country.state == http::Maybe<std::string>::State::kNull && !create) {
    body.AddError("country", {"Cannot be empty.", "Не может быть пустым."});
  }
  if (const auto name = body.String("name_ru", kMaxName); !name.absent())
    patch.name_ru = name.value;
  if (const auto name = body.String("name_en", kMaxName); !name.absent())
    patch.name_en = name.value;
  const auto status = body.Enum<AttacheStatus>("status", kAttacheStatusNames, create);
  if (status.state == http::Maybe<AttacheStatus>::State::kNull && !create) {
    body.AddError("status", {"Cannot be empty.", "Не может быть пустым."});
  }
  patch.status = http::ValueOf(status);
  patch.start_date = http::PatchOf(body.CalendarDate("start_date"));
  patch.end_date = http::PatchOf(body.CalendarDate("end_date"));
  auto email = body.String("email", kMaxEmail);
  if (email.state == http::Maybe<std::string>::State::kValue && email.value.empty()) {
    email.state = http::Maybe<std::string>::State::kNull;
  }
  patch.email = http::PatchOf(email);
  return patch;
}

constexpr std::string_view kAttacheKeys[] = {"country",    "name_ru",  "name_en", "status",
                                             "start_date", "end_date", "email"};

Response CreateAttache(Service& service, Request& request, const Principal& principal) {
  auto json = http::ParseJsonObject(request);
  if (!json) return http::ProblemResponse(json.error(), request);
  http::BodyReader body(*json);
  const AttachePatch patch = ReadAttache(body, true);
  if (auto ok = body.Finish(kAttacheKeys); !ok) return http::ProblemResponse(ok.error(), request);
  AttacheFields fields;
  fields.country = patch.country.value_or("");
  fields.name_ru = patch.name_ru.value_or("");
  fields.name_en = patch.name_en.value_or("");
  fields.status = *patch.status;  // required: Finish() refused the body without it
  fields.start_date = patch.start_date.value_or(std::nullopt);
  fields.end_date = patch.end_date.value_or(std::nullopt);
  fields.email = patch.email.value_or(std::nullopt);
  auto attache = service.CreateAttache(fields, principal, access::ActorOf(request, principal));
  if (!attache) return http::ProblemResponse(attache.error(), request);
  Response response = AttacheReply(201, *attache, principal);
  response.headers.Set("Location", "/api/v1/attaches/" + std::to_string(attache->id));
  return response;
}

Response GetAttache(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchAttache(request.PathParam("id")), request);
  auto attache = service.GetAttache(*id);
  if (!attache) return http::ProblemResponse(attache.error(), request);
  if (!access::Allows(principal, {access::Resource::kAttache, access::Action::kRead},
                      {.country = attache->fields.country})) {
    return http::ProblemResponse(NoSuchAttache(request.PathParam("id")), request);
  }
  return AttacheReply(200, *attache, principal);
}

Response PatchAttache(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchAttache(request.PathParam("id")), request);
  auto version = http::IfMatchVersion(request);
  if (!version) return http::ProblemResponse(version.error(), request);
  auto json = http::ParseJsonObject(request, true);
  if (!json) return http::ProblemResponse(json.error(), request);
  http::BodyReader body(*json);
  const AttachePatch patch = ReadAttache(body, false);
  if (auto ok = body.Finish(kAttacheKeys); !ok) return http::ProblemResponse(ok.error(), request);
  auto attache =
      service.PatchAttache(*id, *version, patch, principal, access::ActorOf(request, principal));
  if (!attache) return http::ProblemResponse(attache.error(), request);
  return AttacheReply(200, *attache, principal);
}

}  // namespace

CountryQuery ReadCountryQuery(http::QueryReader& query) {
  CountryQuery filter;
  filter.text = query.String("q", 200);
  filter.presence = query.EnumList<PresenceStatus>("presence", kPresenceNames);
  if (auto region = query.String("region", 3)) {
    if (region->size() == 3 && std::all_of(region->begin(), region->end(), ::isdigit)) {
      filter.region = std::move(region);
    } else {
      query.AddError("region", {"Must be a UN M.49 code of three digits, such as 142.",
                                "Должно быть кодом M.49 из трёх цифр, например 142."});
    }
  }
  filter.sort = query.Sort(kCountrySorts, "name_en");
  filter.limit = query.Limit();
  filter.offset = query.Offset();
  return filter;
}

AttacheQuery ReadAttacheQuery(http::QueryReader& query, const access::Principal& principal) {
  AttacheQuery filter;
  if (auto country = query.String("country", 2)) {
    if (IsIso2(*country)) {
      filter.country = AsciiUpper(*country);
    } else {
      query.AddError("country", NotIso2());
    }
  }
  filter.status = query.EnumList<AttacheStatus>("status", kAttacheStatusNames);
  filter.text = query.String("q", 200);
  filter.text_matches_email = access::SeesPersonalData(principal);
  filter.sort = query.Sort(kAttacheSorts, "name_en");
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
  routes.Add({Method::kGet, "/api/v1/countries", {Resource::kCountry, Action::kRead}, kCached},
             bind(ListCountries));
  routes.Add({Method::kGet, "/api/v1/countries/{iso2}", {Resource::kCountry, Action::kRead}},
             bind(GetCountry));
  routes.Add(
      {Method::kPut, "/api/v1/countries/{iso2}/presence", {Resource::kCountry, Action::kUpdate}},
      bind(PutPresence));
  routes.Add({Method::kGet, "/api/v1/world-regions", {Resource::kCountry, Action::kRead}, kCached},
             bind(ListRegions));
  routes.Add({Method::kGet, "/api/v1/attaches", {Resource::kAttache, Action::kRead}, kCached},
             bind(ListAttaches));
  routes.Add({Method::kPost, "/api/v1/attaches", {Resource::kAttache, Action::kCreate}},
             bind(CreateAttache));
  routes.Add({Method::kGet, "/api/v1/attaches/{id}", {Resource::kAttache, Action::kRead}},
             bind(GetAttache));
  routes.Add({Method::kPatch, "/api/v1/attaches/{id}", {Resource::kAttache, Action::kUpdate}},
             bind(PatchAttache));
}

}  // namespace attache::countries
