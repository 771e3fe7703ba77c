#include "domains/deals/json.hpp"

#include "core/json_values.hpp"
#include "domains/deals/rules.hpp"
#include "domains/deals/service.hpp"
#include "platform/http/input.hpp"

namespace attache::deals {
namespace {

constexpr std::string_view kFieldKeys[] = {
    "organisation_id", "country",      "counterparty_id",     "category", "title",
    "description",     "value",        "expected_close_date", "owner_id", "contract_number",
    "contract_date",   "solution_ids", "request_ids"};
constexpr std::string_view kMoneyKeys[] = {"minor", "currency"};
constexpr std::string_view kMilestoneKeys[] = {"kind", "title", "due_on", "done_on", "amount"};
constexpr std::string_view kWinKeys[] = {"value", "helped", "how"};
constexpr int64_t kMaxId = INT64_MAX;
// A trillion of the largest units: more than any contract, far below overflow when converted.
constexpr int64_t kMaxMinor = 100'000'000'000'000'000;

nlohmann::json MoneyJson(const fx::Money& money) {
  return {{"minor", money.minor}, {"currency", money.currency}};
}

nlohmann::json MoneyJson(const std::optional<fx::Money>& money) {
  return money ? MoneyJson(*money) : nlohmann::json();
}

nlohmann::json AmountsJson(const Amounts& amounts) {
  return {{"rub", amounts.rub}, {"usd", amounts.usd}};
}

nlohmann::json OrganisationJson(const OrganisationRef& organisation) {
  return {{"id", organisation.id},
          {"name_ru", organisation.name_ru},
          {"name_en", organisation.name_en},
          {"country", organisation.country}};
}

// `{minor, currency}` at `key`, when given.
std::optional<fx::Money> ReadMoney(http::BodyReader& body, std::string_view key) {
  fx::Money money;
  const auto read = body.Object(key, kMoneyKeys, [&](http::BodyReader& object) {
    money.minor = http::ValueOf(object.Integer("minor", 0, kMaxMinor, true)).value_or(0);
    money.currency = http::ValueOf(object.String("currency", 3, true)).value_or("");
  });
  if (!http::ValueOf(read)) return std::nullopt;
  return money;
}

nlohmann::json MissingJson(const std::vector<MissingRate>& missing) {
  nlohmann::json array = nlohmann::json::array();
  for (const MissingRate& rate : missing) {
    array.push_back(
        {{"currency", rate.currency}, {"date", rate.date.ToString()}, {"deals", rate.deals}});
  }
  return array;
}

nlohmann::json ToJson(const PipelineRow& row) {
  return {{"stage", row.stage ? nlohmann::json(ToString(*row.stage)) : nlohmann::json()},
          {"country", OptJson(row.country)},
          {"deals", row.deals},
          {"unvalued", row.unvalued},
          {"value", AmountsJson(row.value)},
          {"weighted", AmountsJson(row.weighted)}};
}

nlohmann::json ToJson(const WinFigures& figures) {
  return {{"deals", figures.deals}, {"value", AmountsJson(figures.value)}};
}

nlohmann::json ToJson(const WinsRow& row) {
  return {{"year", OptJson(row.year)},
          {"country", OptJson(row.country)},
          {"category", row.category ? nlohmann::json(ToString(*row.category)) : nlohmann::json()},
          {"confirmed", ToJson(row.confirmed)},
          {"unconfirmed", ToJson(row.unconfirmed)},
          {"helped", row.helped}};
}

}  // namespace

Result<Fields> FieldsFromJson(const nlohmann::json& object) {
  http::BodyReader body(object);
  Fields fields;
  fields.organisation_id =
      http::ValueOf(body.Integer("organisation_id", 1, kMaxId, true)).value_or(0);
  fields.country = http::ValueOf(body.String("country", 2, true)).value_or("");
  fields.counterparty_id = http::ValueOf(body.Integer("counterparty_id", 1, kMaxId));
  fields.category = http::ValueOf(body.Enum<Category>("category", kCategoryNames, true))
                        .value_or(Category::kSoftware);
  fields.title = http::ValueOf(body.String("title", kMaxTitle, true)).value_or("");
  fields.description = http::ValueOf(body.String("description", kMaxDescription)).value_or("");
  fields.value = ReadMoney(body, "value");
  fields.expected_close_date = http::ValueOf(body.CalendarDate("expected_close_date"));
  fields.owner_id = http::ValueOf(body.Integer("owner_id", 1, kMaxId));
  fields.contract_number =
      http::ValueOf(body.String("contract_number", kMaxContractNumber)).value_or("");
  fields.contract_date = http::ValueOf(body.CalendarDate("contract_date"));
  fields.solution_ids =
      http::ValueOf(body.IdList("solution_ids", kMaxSolutions)).value_or(std::vector<int64_t>{});
  fields.request_ids =
      http::ValueOf(body.IdList("request_ids", kMaxRequests)).value_or(std::vector<int64_t>{});
  if (auto ok = body.Finish(kFieldKeys); !ok) return tl::unexpected(ok.error());
  return fields;
}

nlohmann::json ToJson(const Fields& fields) {
  return {{"organisation_id", fields.organisation_id},
          {"country", fields.country},
          {"counterparty_id", OptJson(fields.counterparty_id)},
          {"category", ToString(fields.category)},
          {"title", fields.title},
          {"description", fields.description},
          {"value", MoneyJson(fields.value)},
          {"expected_close_date", OptJson(fields.expected_close_date)},
          {"owner_id", OptJson(fields.owner_id)},
          {"contract_number", fields.contract_number},
          {"contract_date", OptJson(fields.contract_date)},
          {"solution_ids", fields.solution_ids},
          {"request_ids", fields.request_ids}};
}

nlohmann::json ToJson(const Deal& deal, const Permits& permits) {
  nlohmann::json json = ToJson(deal.fields);
  json["id"] = deal.id;
  json["organisation"] = OrganisationJson(deal.organisation);
  json["counterparty"] =
      deal.counterparty ? OrganisationJson(*deal.counterparty) : nlohmann::json();
  json["owner"] = UserJson(deal.owner);
  nlohmann::json solutions = nlohmann::json::array();
  for (const SolutionRef& solution : deal.solutions) {
    solutions.push_back(
        {{"id", solution.id}, {"name_ru", solution.name_ru}, {"name_en", solution.name_en}});
  }
  json["solutions"] = std::move(solutions);
  nlohmann::json requests = nlohmann::json::array();
  for (const RequestRef& request : deal.requests) {
    requests.push_back(
        {{"id", request.id}, {"subject", request.subject}, {"status", request.status}});
  }
  json["requests"] = std::move(requests);
  json["stage"] = ToString(deal.stage);
  json["probability"] = deal.probability;
  json["stage_changed_at"] = deal.stage_changed_at;
  json["close_reason"] = deal.close_reason;
  json["lost_to"] = deal.lost_to;
  json["closed_at"] = OptJson(deal.closed_at);
  json["won"] = IsWon(deal.stage);
  json["win"] = deal.win ? ToJson(*deal.win) : nlohmann::json();
  nlohmann::json moves = nlohmann::json::array();
  for (const Stage stage : permits.moves) moves.push_back(ToString(stage));
  json["allowed_transitions"] = std::move(moves);
  json["editable"] = permits.editable;
  json["can_confirm_win"] = permits.confirm_win;
  json["can_plan"] = permits.plan;
  json["version"] = deal.version;
  json["created_at"] = deal.created_at;
  json["updated_at"] = deal.updated_at;
  return json;
}

Result<MilestoneFields> MilestoneFieldsFromJson(const nlohmann::json& object) {
  http::BodyReader body(object);
  MilestoneFields fields;
  fields.kind = http::ValueOf(body.Enum<MilestoneKind>("kind", kMilestoneKindNames, true))
                    .value_or(MilestoneKind::kDelivery);
  fields.title = http::ValueOf(body.String("title", kMaxTitle)).value_or("");
  fields.due_on = http::ValueOf(body.CalendarDate("due_on"));
  fields.done_on = http::ValueOf(body.CalendarDate("done_on"));
  fields.amount = ReadMoney(body, "amount");
  if (auto ok = body.Finish(kMilestoneKeys); !ok) return tl::unexpected(ok.error());
  return fields;
}

nlohmann::json ToJson(const MilestoneFields& fields) {
  return {{"kind", ToString(fields.kind)},
          {"title", fields.title},
          {"due_on", OptJson(fields.due_on)},
          {"done_on", OptJson(fields.done_on)},
          {"amount", MoneyJson(fields.amount)}};
}

nlohmann::json ToJson(const Milestone& milestone) {
  nlohmann::json json = ToJson(milestone.fields);
  json["id"] = milestone.id;
  json["deal_id"] = milestone.deal_id;
  json["version"] = milestone.version;
  json["created_at"] = milestone.created_at;
  json["updated_at"] = milestone.updated_at;
  return json;
}

Result<Win> WinFromJson(const nlohmann::json& object) {
  http::BodyReader body(object);
  Win win;
  if (auto value = ReadMoney(body, "value")) {
    win.value = std::move(*value);
  } else if (!object.contains("value") || object["value"].is_null()) {
    body.AddError("value", {"Give the value of the contract as signed.",
                            "Укажите сумму подписанного контракта."});
  }
  const auto helped = body.Boolean("helped");
  if (!http::ValueOf(helped)) {
    body.AddError("helped", {"Say whether the service helped: true or false.",
                             "Укажите, помогла ли служба: true или false."});
  }
  win.helped = http::ValueOf(helped).value_or(false);
  win.how = http::ValueOf(body.String("how", kMaxHow)).value_or("");
  if (auto ok = body.Finish(kWinKeys); !ok) return tl::unexpected(ok.error());
  return win;
}

nlohmann::json ToJson(const Win& win) {
  return {{"value", MoneyJson(win.value)},
          {"helped", win.helped},
          {"how", win.how},
          {"confirmed_by", UserJson(win.confirmed_by)},
          {"confirmed_at",
           win.confirmed_at.empty() ? nlohmann::json() : nlohmann::json(win.confirmed_at)}};
}

nlohmann::json ToJson(const StageInfo& stage) {
  return {{"code", ToString(stage.stage)}, {"name_ru", stage.name_ru},
          {"name_en", stage.name_en},      {"probability", stage.probability},
          {"final", IsFinal(stage.stage)}, {"won", IsWon(stage.stage)},
          {"version", stage.version}};
}

nlohmann::json ToJson(const PipelineReport& report) {
  nlohmann::json rows = nlohmann::json::array();
  for (const PipelineRow& row : report.rows) rows.push_back(ToJson(row));
  return {{"on", report.on.ToString()},
          {"rows", std::move(rows)},
          {"total", ToJson(report.total)},
          {"missing_rates", MissingJson(report.missing_rates)}};
}

nlohmann::json ToJson(const WinsReport& report) {
  nlohmann::json rows = nlohmann::json::array();
  for (const WinsRow& row : report.rows) rows.push_back(ToJson(row));
  return {{"rows", std::move(rows)},
          {"total", ToJson(report.total)},
          {"missing_rates", MissingJson(report.missing_rates)}};
}

nlohmann::json ToJson(const Board& board, const access::Principal& by) {
  nlohmann::json columns = nlohmann::json::array();
  for (const BoardColumn& column : board.columns) {
    nlohmann::json items = nlohmann::json::array();
    for (const Deal& deal : column.items) items.push_back(ToJson(deal, PermitsOf(deal, by)));
    columns.push_back({{"stage", ToJson(column.stage)},
                       {"deals", column.deals},
                       {"value", AmountsJson(column.value)},
                       {"items", std::move(items)}});
  }
  return {{"on", board.on.ToString()},
          {"columns", std::move(columns)},
          {"missing_rates", MissingJson(board.missing_rates)}};
}

}  // namespace attache::deals
