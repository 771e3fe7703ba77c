#include "domains/fx/routes.hpp"

#include <fmt/format.h>

#include "core/strings.hpp"
#include "domains/access/policy.hpp"
#include "domains/fx/rules.hpp"
#include "platform/http/input.hpp"
#include "platform/http/problem.hpp"
#include "platform/http/reply.hpp"
#include "platform/tabular/csv_reader.hpp"
#include "platform/tabular/xlsx_reader.hpp"
#include "text/currency.hpp"

namespace attache::fx {
namespace {

using access::Principal;
using http::Request;
using http::Response;

// "91.846600": micro-roubles as a decimal text, exact.
std::string Decimal(int64_t micro) {
  return fmt::format("{}.{:06}", micro / 1'000'000, micro % 1'000'000);
}

nlohmann::json MoneyJson(const Money& money) {
  return {{"minor", money.minor}, {"currency", money.currency}};
}

Response List(Service& service, Request& request, const Principal&) {
  http::QueryReader query(request);
  RateQuery filter;
  if (auto currency = query.String("currency", 3)) {
    filter.currency = AsciiUpper(*currency);
    if (filter.currency->size() != 3) {
      query.AddError("currency", {"An ISO 4217 code of three letters, such as USD.",
                                  "Код ISO 4217 из трёх букв, например USD."});
    }
  }
  filter.from = query.CalendarDate("from");
  filter.to = query.CalendarDate("to");
  filter.limit = query.Limit();
  filter.offset = query.Offset();
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto page = service.List(filter);
  if (!page) return http::ProblemResponse(page.error(), request);
  nlohmann::json items = nlohmann::json::array();
  for (const Rate& rate : page->items) items.push_back(ToJson(rate));
  return http::JsonReply(200, http::PageJson(std::move(items), page->total, page->next_offset));
}

Response Import(Service& service, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  const std::string source = query.String("source", 100).value_or("upload");
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  if (request.body.empty()) {
    return http::ProblemResponse(Error{ErrorCode::kBadRequest,
                                       {"Send the CSV or XLSX file as the request body.",
                                        "Отправьте файл CSV или XLSX в теле запроса."},
                                       {},
                                       {}},
                                 request);
  }
  const std::string_view bytes = request.body;
  auto table = bytes.starts_with(std::string_view("PK\x03\x04", 4)) ? tabular::ReadXlsx(bytes)
                                                                    : tabular::ReadCsv(bytes);
  if (!table) return http::ProblemResponse(table.error(), request);
  auto report = service.Import(*table, source, access::ActorOf(request, principal));
  if (!report) return http::ProblemResponse(report.error(), request);
  if (!report->problems.empty()) {
    Response response =
        http::ProblemResponse(Error{ErrorCode::kValidation,
                                    {"The table has invalid rows; nothing was imported.",
                                     "В таблице есть ошибки; ничего не загружено."},
                                    {},
                                    {}},
                              request);
    nlohmann::json body = nlohmann::json::parse(response.body);
    body["report"] = ToJson(*report, request.lang);
    response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return response;
  }
  return http::JsonReply(200, ToJson(*report, request.lang));
}

Response Convert(Service& service, Request& request, const Principal&) {
  http::QueryReader query(request);
  const std::string currency = AsciiUpper(query.String("currency", 3).value_or(""));
  const auto amount = query.String("amount", 40);
  const auto date = query.CalendarDate("date");
  const auto digits = text::CurrencyDigits(currency);
  if (!digits) {
    query.AddError("currency", {"A current ISO 4217 currency, such as USD.",
                                "Действующая валюта ISO 4217, например USD."});
  }
  std::optional<int64_t> minor;
  if (amount && digits) minor = ParseScaled(*amount, *digits);
  if (!minor && digits) {
    query.AddError("amount",
                   {"A positive amount with at most as many decimals as the currency has.",
                    "Положительная сумма, знаков после запятой не больше, чем у валюты."});
  }
  if (!date && !query.String("date", 10)) {
    query.AddError("date", {"Give the date of the amount.", "Укажите дату суммы."});
  }
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto converted = service.Convert({*minor, currency}, *date);
  if (!converted) return http::ProblemResponse(converted.error(), request);
  nlohmann::json rates = nlohmann::json::array();
  if (converted->rate) rates.push_back(ToJson(*converted->rate));
  if (converted->usd_rate && converted->original.currency != "USD") {
    rates.push_back(ToJson(*converted->usd_rate));
  }
  return http::JsonReply(200, {{"amount", MoneyJson(converted->original)},
                               {"date", converted->date.ToString()},
                               {"rub", MoneyJson(converted->rub)},
                               {"usd", MoneyJson(converted->usd)},
                               {"rates", std::move(rates)}});
}

}  // namespace

nlohmann::json ToJson(const Rate& rate) {
  return {{"currency", rate.currency},
          {"date", rate.date.ToString()},
          {"rate", Decimal(rate.rub_micro)},
          {"nominal", rate.nominal},
          {"source", rate.source}};
}

nlohmann::json ToJson(const ImportReport& report, Lang lang) {
  nlohmann::json problems = nlohmann::json::array();
  for (const RowProblem& problem : report.problems) {
    problems.push_back(
        {{"row", problem.row}, {"column", problem.column}, {"message", problem.message.In(lang)}});
  }
  return {{"rows", report.rows},
          {"created", report.created},
          {"updated", report.updated},
          {"written", report.written},
          {"problems", std::move(problems)}};
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
  routes.Add({Method::kGet, "/api/v1/fx/rates", {Resource::kFx, Action::kRead}}, bind(List));
  routes.Add({Method::kPost, std::string(kImportPath), {Resource::kFx, Action::kCreate}},
             bind(Import));
  routes.Add({Method::kGet, "/api/v1/fx/convert", {Resource::kFx, Action::kRead}}, bind(Convert));
}

}  // namespace attache::fx
