#include "domains/transfer/routes.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <span>

#include "core/enum_names.hpp"
#include "core/json_values.hpp"
#include "domains/access/policy.hpp"
#include "domains/audit/reader.hpp"
#include "domains/audit/routes.hpp"
#include "domains/audit/store.hpp"
#include "domains/contacts/json.hpp"
#include "domains/contacts/routes.hpp"
#include "domains/countries/json.hpp"
#include "domains/countries/routes.hpp"
#include "domains/organisations/json.hpp"
#include "domains/organisations/routes.hpp"
#include "domains/solutions/json.hpp"
#include "domains/solutions/routes.hpp"
#include "domains/transfer/export.hpp"
#include "domains/transfer/export_handlers.hpp"
#include "domains/transfer/import.hpp"
#include "domains/transfer/json.hpp"
#include "domains/users/json.hpp"
#include "domains/users/routes.hpp"
#include "platform/http/input.hpp"
#include "platform/http/problem.hpp"
#include "platform/http/reply.hpp"
#include "platform/tabular/encoding.hpp"
#include "text/normalize.hpp"

namespace attache::transfer {
namespace {

using access::Principal;
using http::Request;
using http::Response;

Error NoSuchKind(std::string_view kind) {
  return Error{
      ErrorCode::kNotFound,
      {fmt::format("There is nothing to import as \"{}\": organisations, solutions or "
                   "contacts.",
                   kind),
       fmt::format("Импорт «{}» не предусмотрен: organisations, solutions или contacts.", kind)},
      {},
      {}};
}

std::optional<Kind> KindParam(const Request& request) {
  return EnumValue(kImportKindNames, request.PathParam("kind"));
}

Response Upload(Services& services, Request& request, const Principal& principal) {
  const auto kind = KindParam(request);
  if (!kind) return http::ProblemResponse(NoSuchKind(request.PathParam("kind")), request);
  http::QueryReader query(request);
  ImportOptions options;
  options.dry_run = query.Boolean("dry_run").value_or(false);
  options.skip_invalid = query.Boolean("skip_invalid").value_or(false);
  auto encoding = tabular::Encoding::kDetect;
  if (auto name = query.String("encoding", 20)) {
    if (auto known = tabular::ParseEncoding(*name)) {
      encoding = *known;
    } else {
      query.AddError("encoding",
                     {"Must be utf-8 or windows-1251.", "Должна быть utf-8 или windows-1251."});
    }
  }
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  if (request.body.empty()) {
    return http::ProblemResponse(Error{ErrorCode::kBadRequest,
                                       {"Send the CSV or XLSX file as the request body.",
                                        "Передайте файл CSV или XLSX в теле запроса."},
                                       {},
                                       {}},
                                 request);
  }
  auto table = ReadUpload(request.body, encoding);
  if (!table) return http::ProblemResponse(table.error(), request);
  auto report = Import(services.database, *kind, *table, options,
                       access::ActorOf(request, principal), services.clock());
  if (!report) return http::ProblemResponse(report.error(), request);
  if (options.dry_run || report->written) {
    return http::JsonReply(200, ToJson(*report, request.lang));
  }
  // Refused as a whole: a problem document, with the report that says where.
  Error refused{
      ErrorCode::kValidation,
      {fmt::format("The file has {} problems; nothing was imported.", report->problem_count),
       fmt::format("В файле ошибок: {}; ничего не импортировано.", report->problem_count)},
      {},
      {}};
  Response response = http::ProblemResponse(refused, request);
  nlohmann::json body = nlohmann::json::parse(response.body);
  body["report"] = ToJson(*report, request.lang);
  response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return response;
}

Response Template(Services& services, Request& request, const Principal&) {
  const auto kind = KindParam(request);
  if (!kind) return http::ProblemResponse(NoSuchKind(request.PathParam("kind")), request);
  http::QueryReader query(request);
  const FileParams params = ReadFileParams(query, request);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto spool =
      Spool::Open(*kind, Purpose::kTemplate, params.format, params.lang, true, services.temp_dir);
  if (!spool) return http::ProblemResponse(spool.error(), request);
  auto response = (*spool)->Finish(fmt::format("{}-import-template", ToString(*kind)));
  if (!response) return http::ProblemResponse(response.error(), request);
  return std::move(*response);
}

Response ExportOrganisations(Services& services, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  organisations::Query filter = organisations::ReadQuery(query);
  const FileParams params = ReadFileParams(query, request);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  return ExportList(services, request, principal, Kind::kOrganisations, std::move(filter), params,
                    services.organisations,
                    [](const organisations::Organisation& organisation, Lang) {
                      return organisations::ToJson(organisation);
                    });
}

Response ExportSolutions(Services& services, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  solutions::Query filter = solutions::ReadListQuery(query);
  const FileParams params = ReadFileParams(query, request);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  return ExportList(services, request, principal, Kind::kSolutions, std::move(filter), params,
                    services.solutions, [](const solutions::Solution& solution, Lang lang) {
                      nlohmann::json record = solutions::ToJson(solution.fields);
                      record["id"] = solution.id;
                      record["organisation_name"] = NameIn(solution.owner, lang);
                      record["updated_at"] = solution.updated_at;
                      return record;
                    });
}

Response ExportContacts(Services& services, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  contacts::Query filter = contacts::ReadQuery(query, principal);
  const FileParams params = ReadFileParams(query, request);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  return ExportList(services, request, principal, Kind::kContacts, std::move(filter), params,
                    services.contacts, [](const contacts::Contact& contact, Lang lang) {
                      // Personal columns are left out of the file for who may not see them
                      // (ColumnsFor).
                      nlohmann::json record = contacts::ToJson(contact.fields);
                      record["id"] = contact.id;
                      record["organisation_name"] = NameIn(contact.organisation, lang);
                      record["updated_at"] = contact.updated_at;
                      return record;
                    });
}

const std::string& NameIn(const countries::WorldRegion& region, Lang lang) {
  return lang == Lang::kRu ? region.name_ru : region.name_en;
}

// A country as a row: world regions named in the file's language.
nlohmann::json CountryRow(const countries::Country& country, Lang lang) {
  const auto& since = country.presence.since;
  return {{"iso2", country.iso2},
          {"iso3", country.iso3},
          {"name_en", country.name_en},
          {"name_ru", country.name_ru},
          {"continent", NameIn(country.continent, lang)},
          {"region", NameIn(country.region, lang)},
          {"presence", countries::ToString(country.presence.status)},
          {"since", since ? nlohmann::json(since->ToString()) : nlohmann::json()},
          {"note", country.presence.note},
          {"attache_count", country.attache_count},
          {"updated_at", country.updated_at}};
}

Response ExportCountries(Services& services, Request& request, const Principal& principal) {
  return ExportOffsetPages(
      services, request, principal, Kind::kCountries, countries::ReadCountryQuery,
      [&](const countries::CountryQuery& filter) -> Result<Page<countries::Country>> {
        auto result = services.countries.ListCountries(filter);
        if (!result) return tl::unexpected(result.error());
        return std::move(result->page);
      },
      CountryRow);
}

// E-mails are left out of the file for who may not see them (ColumnsFor).
Response ExportAttaches(Services& services, Request& request, const Principal& principal) {
  return ExportOffsetPages(
      services, request, principal, Kind::kAttaches,
      [&](http::QueryReader& query) { return countries::ReadAttacheQuery(query, principal); },
      [&](const countries::AttacheQuery& filter) {
        return services.countries.ListAttaches(filter);
      },
      [](const countries::Attache& attache, Lang) { return countries::ToJson(attache); });
}

Response ExportUsers(Services& services, Request& request, const Principal& principal) {
  return ExportOffsetPages(
      services, request, principal, Kind::kUsers, users::ReadUserQuery,
      [&](const users::UserQuery& filter) { return services.users.ListUsers(filter); },
      [](const users::User& user, Lang) { return users::ToJson(user); });
}

// Never the secret: only its prefix, as the list shows it.
Response ExportTokens(Services& services, Request& request, const Principal& principal) {
  const std::string now = FormatTimestamp(services.clock());
  return ExportOffsetPages(
      services, request, principal, Kind::kTokens,
      [&](http::QueryReader& query) { return users::ReadTokenQuery(query, principal); },
      [&](const users::TokenQuery& filter) { return services.users.ListTokens(filter); },
      [&](const users::ApiToken& token, Lang) { return users::ToJson(token, now); });
}

// The live classes whose id, labels or synonyms hold `q` (any case), of one `group` if given: what
// the taxonomy page shows. Use counts only for who may change the taxonomy.
Response ExportTaxonomy(Services& services, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  const std::string text = text::Fold(query.String("q", 200).value_or(""));
  const std::optional<std::string> group = query.String("group", 16);
  const FileParams params = ReadFileParams(query, request);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  const bool with_uses =
      access::ScopeOf(principal.role, {access::Resource::kTaxonomy, access::Action::kUpdate}) !=
      access::Scope::kNone;
  auto taxonomy = services.taxonomy.Get(with_uses);
  if (!taxonomy) return http::ProblemResponse(taxonomy.error(), request);
  std::map<std::string, std::string, std::less<>> group_labels;
  for (const taxonomy::Group& each : taxonomy->groups) {
    group_labels[each.id] = params.lang == Lang::kRu ? each.label_ru : each.label_en;
  }
  return ExportFile(services, request, principal, Kind::kTaxonomy, params, [&](Spool& spool) {
    for (const taxonomy::Class& item : taxonomy->classes) {
      const taxonomy::ClassFields& fields = item.fields;
      if (group && fields.group_id != *group) continue;
      if (!text.empty()) {
        std::string haystack = fields.id + "\n" + fields.label_en + "\n" + fields.label_ru;
        for (const auto* synonyms : {&fields.synonyms_en, &fields.synonyms_ru}) {
          for (const std::string& synonym : *synonyms) haystack += "\n" + synonym;
        }
        if (text::Fold(haystack).find(text) == std::string::npos) continue;
      }
      nlohmann::json row = {{"id", fields.id},
                            {"group", group_labels[fields.group_id]},
                            {"label_en", fields.label_en},
                            {"label_ru", fields.label_ru},
                            {"synonyms_en", fields.synonyms_en},
                            {"synonyms_ru", fields.synonyms_ru},
                            {"origin", taxonomy::ToString(item.origin)},
                            {"used", item.used ? nlohmann::json(*item.used) : nlohmann::json()}};
      if (auto added = spool.Add(row); !added) return added;
    }
    return Status{};
  });
}

// The trail newest first, a keyset page at a time (the offset is the id the next page is below).
Response ExportAudit(Services& services, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  audit::Query filter = audit::ReadQuery(query);
  const FileParams params = ReadFileParams(query, request);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  filter.limit = static_cast<int>(kExportBatch);
  const bool with_accounts = audit::SeesAccounts(principal);
  return ExportPages(services, request, principal, Kind::kAudit, params,
                     [&](int64_t below) -> Result<Page<nlohmann::json>> {
                       filter.below = below > 0 ? std::optional(below) : std::nullopt;
                       auto slice = services.database.Read([&](db::Connection& conn) {
                         return audit::SelectEntries(conn, filter);
                       });
                       if (!slice) return tl::unexpected(slice.error());
                       Page<nlohmann::json> rows{{}, slice->total, slice->next_below};
                       for (const audit::Entry& entry : slice->items) {
                         nlohmann::json record = audit::ToJson(entry, with_accounts);
                         record["user_email"] =
                             entry.user_id ? nlohmann::json(entry.user_email) : nlohmann::json();
                         record["diff"] = record["diff"].dump(
                             -1, ' ', false, nlohmann::json::error_handler_t::replace);
                         rows.items.push_back(std::move(record));
                       }
                       return rows;
                     });
}

}  // namespace

void AddRoutes(access::Routes& routes, Services& services) {
  using access::Action;
  using access::Resource;
  using http::Method;
  const auto bind = [&services](Response (*handler)(Services&, Request&, const Principal&)) {
    return [&services, handler](Request& request, const Principal& principal) {
      return handler(services, request, principal);
    };
  };
  routes.Add({Method::kPost, "/api/v1/imports/{kind}", {Resource::kImport, Action::kCreate}},
             bind(Upload));
  routes.Add(
      {Method::kGet, "/api/v1/imports/{kind}/template", {Resource::kImport, Action::kCreate}},
      bind(Template));
  routes.Add(
      {Method::kGet, "/api/v1/organisations/export", {Resource::kOrganisation, Action::kRead}},
      bind(ExportOrganisations));
  routes.Add({Method::kGet, "/api/v1/solutions/export", {Resource::kSolution, Action::kRead}},
             bind(ExportSolutions));
  routes.Add({Method::kGet, "/api/v1/requests/export", {Resource::kRequest, Action::kRead}},
             bind(ExportRequests));
  routes.Add({Method::kGet, "/api/v1/deals/export", {Resource::kDeal, Action::kRead}},
             bind(ExportDeals));
  routes.Add({Method::kGet, "/api/v1/reports/pipeline/export", {Resource::kDeal, Action::kRead}},
             bind(ExportPipeline));
  routes.Add({Method::kGet, "/api/v1/reports/wins/export", {Resource::kDeal, Action::kRead}},
             bind(ExportWins));
  routes.Add({Method::kGet, "/api/v1/reports/requests/export", {Resource::kRequest, Action::kRead}},
             bind(ExportRequestsReport));
  routes.Add({Method::kGet, "/api/v1/contacts/export", {Resource::kContact, Action::kRead}},
             bind(ExportContacts));
  routes.Add({Method::kGet, "/api/v1/countries/export", {Resource::kCountry, Action::kRead}},
             bind(ExportCountries));
  routes.Add({Method::kGet, "/api/v1/attaches/export", {Resource::kAttache, Action::kRead}},
             bind(ExportAttaches));
  routes.Add({Method::kGet, "/api/v1/users/export", {Resource::kUser, Action::kRead}},
             bind(ExportUsers));
  routes.Add({Method::kGet, "/api/v1/tokens/export", {Resource::kToken, Action::kRead}},
             bind(ExportTokens));
  routes.Add({Method::kGet, "/api/v1/taxonomy/export", {Resource::kTaxonomy, Action::kRead}},
             bind(ExportTaxonomy));
  routes.Add({Method::kGet, "/api/v1/audit/export", {Resource::kAudit, Action::kRead}},
             bind(ExportAudit));
}

}  // namespace attache::transfer
