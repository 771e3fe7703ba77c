// The casework's exports: the request queue, deals, and the pipeline, wins and requests reports
// as they are grouped on screen, with amounts in roubles and dollars.
#include <fmt/format.h>

#include <map>
#include <string>
#include <vector>

#include "core/json_values.hpp"
#include "domains/deals/routes.hpp"
#include "domains/deals/rules.hpp"
#include "domains/requests/routes.hpp"
#include "domains/transfer/export_handlers.hpp"
#include "text/currency.hpp"

namespace attache::transfer {
namespace {

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

}  // namespace

Response ExportRequests(Services& services, Request& request, const Principal& principal) {
  const std::string now = FormatTimestamp(services.clock());
  return ExportOffsetPages(
      services, request, principal, Kind::kRequests,
      [&](http::QueryReader& query) { return requests::ReadQuery(query, principal); },
      [&](const requests::Query& filter) { return services.requests.List(filter, principal); },
      [&](const requests::SupportRequest& item, Lang lang) { return RequestRow(item, lang, now); });
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

}  // namespace attache::transfer
