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
#include "domains/deals/routes.hpp"
#include "domains/deals/rules.hpp"
#include "domains/organisations/json.hpp"
#include "domains/organisations/routes.hpp"
#include "domains/requests/routes.hpp"
#include "domains/solutions/json.hpp"
#include "domains/solutions/routes.hpp"
#include "domains/transfer/export.hpp"
#include "domains/transfer/import.hpp"
#include "domains/transfer/json.hpp"
#include "domains/users/json.hpp"
#include "domains/users/routes.hpp"
#include "platform/http/input.hpp"
#include "platform/http/problem.hpp"
#include "platform/http/reply.hpp"
#include "platform/tabular/encoding.hpp"
#include "text/currency.hpp"
#include "text/normalize.hpp"

namespace attache::transfer {
namespace {

using access::Principal;
using http::Request;
using http::Response;

// Records an export reads at a time: memory stays flat, and few enough queries.
constexpr size_t kExportBatch = 1000;

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

// `format` (csv, the default, or xlsx) and `lang` (the request's language by default).
struct FileParams {
  Format format = Format::kCsv;
  Lang lang = Lang::kEn;
};

FileParams ReadFileParams(http::QueryReader& query, const Request& request) {
  FileParams params;
  params.lang = request.lang;
  if (auto format = query.String("format", 8)) {
    if (auto known = EnumValue(kFormatNames, *format)) {
      params.format = *known;
    } else {
      query.AddError("format", {"Must be csv or xlsx.", "Должно быть csv или xlsx."});
    }
  }
  if (auto lang = query.String("lang", 2)) {
    if (*lang == "ru" || *lang == "en") {
      params.lang = *lang == "ru" ? Lang::kRu : Lang::kEn;
    } else {
      query.AddError("lang", {"Must be ru or en.", "Должно быть ru или en."});
    }
  }
  return params;
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

// What an export of a list did, for the audit trail: who took which rows.
Status RecordExport(Services& services, const Request& request, const Principal& principal,
                    Kind kind, int64_t rows) {
  return services.database.Write([&](db::Connection& conn) {
    return audit::Record(conn, access::ActorOf(request, principal), services.clock(),
                         {"export",
                          std::string(ToString(kind)),
                          "file_export",
                          {{"rows", rows}, {"query", request.query}}});
  });
}

// A file of the rows `fill` adds to the spool, with the export in the audit trail.
template <class Fill>
Response ExportFile(Services& services, Request& request, const Principal& principal, Kind kind,
                    const FileParams& params, Fill fill) {
  const bool personal = access::SeesPersonalData(principal);
  auto spool =
      Spool::Open(kind, Purpose::kExport, params.format, params.lang, personal, services.temp_dir);
  if (!spool) return http::ProblemResponse(spool.error(), request);
  if (Status filled = fill(**spool); !filled) return http::ProblemResponse(filled.error(), request);
  // Who took which rows; public data taken without signing in (the taxonomy) leaves no trace.
  if (principal.signed_in()) {
    if (auto recorded = RecordExport(services, request, principal, kind, (*spool)->rows());
        !recorded) {
      return http::ProblemResponse(recorded.error(), request);
    }
  }
  auto response =
      (*spool)->Finish(fmt::format("{}-{}", ToString(kind), ToDate(services.clock()).ToString()));
  if (!response) return http::ProblemResponse(response.error(), request);
  return std::move(*response);
}

// The list's ids in its order, then its records in batches, into a spool; then the file.
template <class Query, class Service, class ToRecord>
Response ExportList(Services& services, Request& request, const Principal& principal, Kind kind,
                    Query filter, const FileParams& params, Service& service, ToRecord to_record) {
  return ExportFile(services, request, principal, kind, params, [&](Spool& spool) -> Status {
    auto ids = service.ListIds(std::move(filter), principal);
    if (!ids) return tl::unexpected(ids.error());
    const std::span<const int64_t> all(*ids);
    for (size_t start = 0; start < all.size(); start += kExportBatch) {
      auto items = service.GetMany(all.subspan(start, std::min(kExportBatch, all.size() - start)),
                                   principal);
      if (!items) return tl::unexpected(items.error());
      for (const auto& item : *items) {
        if (auto added = spool.Add(to_record(item, params.lang)); !added) return added;
      }
    }
    return {};
  });
}

// A list read a page at a time (`page(offset)` gives the rows from `offset` and where the next
// page starts), for lists without an id query.
template <class PageOf>
Response ExportPages(Services& services, Request& request, const Principal& principal, Kind kind,
                     const FileParams& params, PageOf page) {
  return ExportFile(services, request, principal, kind, params, [&](Spool& spool) -> Status {
    std::optional<int64_t> offset = 0;
    while (offset) {
      Result<Page<nlohmann::json>> rows = page(*offset);
      if (!rows) return tl::unexpected(rows.error());
      for (const nlohmann::json& row : rows->items) {
        if (auto added = spool.Add(row); !added) return added;
      }
      offset = rows->next_offset;
    }
    return {};
  });
}

template <class Owner>
std::string NameIn(const Owner& owner, Lang lang) {
  const std::string& preferred = lang == Lang::kRu ? owner.name_ru : owner.name_en;
  return preferred.empty() ? (lang == Lang::kRu ? owner.name_en : owner.name_ru) : preferred;
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

// A list its service pages by offset: the filter `read` takes from the query, then every page of
// `list(filter)` as rows.
template <class Read, class List, class ToRow>
Response ExportOffsetPages(Services& services, Request& request, const Principal& principal,
                           Kind kind, Read read, List list, ToRow to_row) {
  http::QueryReader query(request);
  auto filter = read(query);
  const FileParams params = ReadFileParams(query, request);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  filter.limit = static_cast<int>(kExportBatch);
  return ExportPages(services, request, principal, kind, params,
                     [&](int64_t offset) -> Result<Page<nlohmann::json>> {
                       filter.offset = offset;
                       auto page = list(filter);
                       if (!page) return tl::unexpected(page.error());
                       Page<nlohmann::json> rows{{}, page->total, page->next_offset};
                       for (const auto& item : page->items) {
                         rows.items.push_back(to_row(item, params.lang));
                       }
                       return rows;
                     });
}

// A request as a row: its company and kind of support named in the file's language.
nlohmann::json RequestRow(const requests::SupportRequest& request, Lang lang,
                          std::string_view now) {
  const std::string& type_name = lang == Lang::kRu ? request.type_name_ru : request.type_name_en;
  return {{"id", request.id},
          {"subject", request.fields.subject},
          {"organisation_name", NameIn(request.organisation, lang)},
          {"country", request.fields.country},
          {"type", type_name},
          {"status", requests::ToString(request.status)},
          {"assignee", request.assignee ? request.assignee->display_name : ""},
          {"created_at", request.created_at},
          {"desired_date", OptJson(request.fields.desired_date)},
          {"due_at", request.due_at},
          {"overdue", requests::IsOverdue(request, now)},
          {"status_changed_at", request.status_changed_at},
          {"closed_at", OptJson(request.closed_at)},
          {"reason", request.reason},
          {"description", request.fields.description}};
}

Response ExportRequests(Services& services, Request& request, const Principal& principal) {
  const std::string now = FormatTimestamp(services.clock());
  return ExportOffsetPages(
      services, request, principal, Kind::kRequests,
      [&](http::QueryReader& query) { return requests::ReadQuery(query, principal); },
      [&](const requests::Query& filter) { return services.requests.List(filter, principal); },
      [&](const requests::SupportRequest& item, Lang lang) { return RequestRow(item, lang, now); });
}

// An amount in minor units as a decimal of its currency: 1500000 RUB is 15000.00, 1500 JPY 1500.
std::string Decimal(int64_t minor, int digits) {
  const uint64_t magnitude =
      minor < 0 ? 0 - static_cast<uint64_t>(minor) : static_cast<uint64_t>(minor);
  uint64_t unit = 1;
  for (int i = 0; i < digits; ++i) unit *= 10;
  const std::string sign = minor < 0 ? "-" : "";
  if (digits == 0) return sign + std::to_string(magnitude);
  return fmt::format("{}{}.{:0{}}", sign, magnitude / unit, magnitude % unit, digits);
}
std::string Decimal(const fx::Money& money) {
  return Decimal(money.minor, text::CurrencyDigits(money.currency).value_or(2));
}
// Kopecks and cents.
std::string Decimal(int64_t minor) { return Decimal(minor, 2); }

std::string TextIn(const Text& text, Lang lang) { return lang == Lang::kRu ? text.ru : text.en; }

// A deal as a row: the stage by its configured name in the file's language, the value in its
// own currency.
nlohmann::json DealRow(const deals::Deal& deal, Lang lang,
                       const std::map<deals::Stage, deals::StageInfo>& stages) {
  const auto stage = stages.find(deal.stage);
  nlohmann::json row = {
      {"id", deal.id},
      {"title", deal.fields.title},
      {"organisation_name", NameIn(deal.organisation, lang)},
      {"country", deal.fields.country},
      {"counterparty_name", deal.counterparty ? NameIn(*deal.counterparty, lang) : ""},
      {"category", TextIn(deals::CategoryLabel(deal.fields.category), lang)},
      {"stage", stage == stages.end() ? std::string(deals::ToString(deal.stage))
                                      : NameIn(stage->second, lang)},
      {"probability", deal.probability},
      {"expected_close_date", OptJson(deal.fields.expected_close_date)},
      {"owner", deal.owner ? deal.owner->display_name : ""},
      {"contract_number", deal.fields.contract_number},
      {"contract_date", OptJson(deal.fields.contract_date)},
      {"win_confirmed", deal.win.has_value()},
      {"stage_changed_at", deal.stage_changed_at},
      {"closed_at", OptJson(deal.closed_at)},
      {"close_reason", deal.close_reason},
      {"lost_to", deal.lost_to},
      {"created_at", deal.created_at},
      {"updated_at", deal.updated_at}};
  if (deal.fields.value) {
    row["value"] = Decimal(*deal.fields.value);
    row["currency"] = deal.fields.value->currency;
  }
  if (deal.win) {
    row["win_value"] = Decimal(deal.win->value);
    row["win_helped"] = deal.win->helped;
  }
  return row;
}

Response ExportDeals(Services& services, Request& request, const Principal& principal) {
  auto stages = services.deals.Stages();
  if (!stages) return http::ProblemResponse(stages.error(), request);
  std::map<deals::Stage, deals::StageInfo> by_stage;
  for (deals::StageInfo& stage : *stages) by_stage.emplace(stage.stage, std::move(stage));
  return ExportOffsetPages(
      services, request, principal, Kind::kDeals,
      [&](http::QueryReader& query) { return deals::ReadQuery(query, principal); },
      [&](const deals::Query& filter) { return services.deals.List(filter, principal); },
      [&](const deals::Deal& deal, Lang lang) { return DealRow(deal, lang, by_stage); });
}

// A report's rows, then its total named as such, into a file.
template <class Row, class ToRow>
Response ExportReport(Services& services, Request& request, const Principal& principal, Kind kind,
                      const FileParams& params, const std::vector<Row>& rows, const Row& total,
                      std::string_view total_key, ToRow to_row) {
  return ExportFile(services, request, principal, kind, params, [&](Spool& spool) -> Status {
    for (const Row& row : rows) {
      if (auto added = spool.Add(to_row(row, params.lang)); !added) return added;
    }
    nlohmann::json last = to_row(total, params.lang);
    last[std::string(total_key)] = params.lang == Lang::kRu ? "Итого" : "Total";
    return spool.Add(last);
  });
}

Response ExportPipeline(Services& services, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  deals::PipelineQuery filter =
      deals::ReadPipelineQuery(query, principal, ToDate(services.clock()));
  const FileParams params = ReadFileParams(query, request);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto report = services.deals.Pipeline(std::move(filter), principal);
  if (!report) return http::ProblemResponse(report.error(), request);
  auto stages = services.deals.Stages();
  if (!stages) return http::ProblemResponse(stages.error(), request);
  const auto stage_name = [&](deals::Stage stage, Lang lang) {
    for (const deals::StageInfo& info : *stages) {
      if (info.stage == stage) return NameIn(info, lang);
    }
    return std::string(deals::ToString(stage));
  };
  const std::string on = report->on.ToString();
  return ExportReport(services, request, principal, Kind::kPipeline, params, report->rows,
                      report->total, "stage", [&](const deals::PipelineRow& row, Lang lang) {
                        return nlohmann::json{
                            {"stage", row.stage ? stage_name(*row.stage, lang) : ""},
                            {"country", row.country.value_or("")},
                            {"deals", row.deals},
                            {"unvalued", row.unvalued},
                            {"value_rub", Decimal(row.value.rub)},
                            {"value_usd", Decimal(row.value.usd)},
                            {"weighted_rub", Decimal(row.weighted.rub)},
                            {"weighted_usd", Decimal(row.weighted.usd)},
                            {"rates_on", on}};
                      });
}

Response ExportWins(Services& services, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  deals::WinsQuery filter = deals::ReadWinsQuery(query, principal);
  const FileParams params = ReadFileParams(query, request);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto report = services.deals.Wins(std::move(filter), principal);
  if (!report) return http::ProblemResponse(report.error(), request);
  return ExportReport(
      services, request, principal, Kind::kWins, params, report->rows, report->total, "country",
      [&](const deals::WinsRow& row, Lang lang) {
        return nlohmann::json{
            {"year", OptJson(row.year)},
            {"country", row.country.value_or("")},
            {"category", row.category ? TextIn(deals::CategoryLabel(*row.category), lang) : ""},
            {"confirmed", row.confirmed.deals},
            {"confirmed_rub", Decimal(row.confirmed.value.rub)},
            {"confirmed_usd", Decimal(row.confirmed.value.usd)},
            {"helped", row.helped},
            {"unconfirmed", row.unconfirmed.deals},
            {"unconfirmed_rub", Decimal(row.unconfirmed.value.rub)},
            {"unconfirmed_usd", Decimal(row.unconfirmed.value.usd)}};
      });
}

// The requests report: kinds of support by their names, compliance in percent, medians in hours.
Response ExportRequestsReport(Services& services, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  requests::ReportQuery filter = requests::ReadReportQuery(query);
  const FileParams params = ReadFileParams(query, request);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto report = services.requests.MakeReport(std::move(filter), principal);
  if (!report) return http::ProblemResponse(report.error(), request);
  auto types = services.requests.Types(true, principal);
  if (!types) return http::ProblemResponse(types.error(), request);
  const auto type_name = [&](const std::string& code, Lang lang) {
    for (const requests::RequestType& type : *types) {
      if (type.code == code) return NameIn(type, lang);
    }
    return code;
  };
  const auto one_decimal = [](std::optional<double> value) {
    return value ? nlohmann::json(fmt::format("{:.1f}", *value)) : nlohmann::json();
  };
  return ExportReport(
      services, request, principal, Kind::kRequestsReport, params, report->rows, report->total,
      "country", [&](const requests::ReportRow& row, Lang lang) {
        std::string assignee;
        if (row.by_assignee) {
          assignee = row.assignee ? row.assignee->display_name
                                  : (lang == Lang::kRu ? "Не назначен" : "Unassigned");
        }
        const auto compliance = row.sla_compliance();
        const auto median = row.median_resolution_seconds;
        return nlohmann::json{
            {"country", row.country.value_or("")},
            {"type", row.type ? type_name(*row.type, lang) : ""},
            {"assignee", assignee},
            {"filed", row.filed},
            {"open", row.open},
            {"overdue", row.overdue},
            {"resolved", row.resolved},
            {"declined", row.declined},
            {"cancelled", row.cancelled},
            {"resolved_on_time", row.resolved_on_time},
            {"sla_compliance",
             one_decimal(compliance ? std::optional(*compliance * 100) : std::nullopt)},
            {"median_resolution_hours",
             one_decimal(median ? std::optional(*median / 3600) : std::nullopt)}};
      });
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
