#include "domains/deals/rules.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/field_checks.hpp"
#include "core/stage_gates.hpp"
#include "core/strings.hpp"
#include "text/currency.hpp"

namespace attache::deals {
namespace {

constexpr Stage kBeforeSignature[] = {Stage::kLead, Stage::kQualified, Stage::kProposal,
                                      Stage::kNegotiation};

bool BeforeSignature(Stage stage) {
  return std::find(std::begin(kBeforeSignature), std::end(kBeforeSignature), stage) !=
         std::end(kBeforeSignature);
}

constexpr Gate<Stage, Fields> kGates[] = {
    {Stage::kQualified, "/solution_ids", "the solution offered", "предлагаемое решение",
     [](const Fields& f) { return !f.solution_ids.empty(); }},
    {Stage::kQualified, "/expected_close_date", "the expected close date",
     "ожидаемая дата заключения",
     [](const Fields& f) { return f.expected_close_date.has_value(); }},
    {Stage::kProposal, "/value", "the value of the deal", "сумма сделки",
     [](const Fields& f) { return f.value.has_value(); }},
    {Stage::kProposal, "/counterparty_id", "the counterparty", "контрагент",
     [](const Fields& f) { return f.counterparty_id.has_value(); }},
    {Stage::kNegotiation, "/owner_id", "the owner", "ответственный",
     [](const Fields& f) { return f.owner_id.has_value(); }},
    {Stage::kSigned, "/contract_number", "the contract number", "номер контракта",
     [](const Fields& f) { return !f.contract_number.empty(); }},
    {Stage::kSigned, "/contract_date", "the contract date", "дата контракта",
     [](const Fields& f) { return f.contract_date.has_value(); }},
};

// The position of `stage` on the way to completion; lost and abandoned are off it.
int Rank(Stage stage) { return static_cast<int>(stage); }

bool Reaches(Stage stage, Stage gate) {
  return stage != Stage::kLost && stage != Stage::kAbandoned && Rank(stage) >= Rank(gate);
}

bool IsCurrency(std::string_view code) { return text::CurrencyDigits(code).has_value(); }

void CheckMoney(std::vector<FieldError>& errors, const std::string& pointer, const fx::Money& money,
                bool positive) {
  if (!IsCurrency(money.currency) || money.currency.size() != 3) {
    AddError(errors, pointer + "/currency",
             {"Must be a current ISO 4217 currency, such as USD.",
              "Должна быть действующей валютой ISO 4217, например USD."});
  }
  if (money.minor < 0 || (positive && money.minor == 0)) {
    AddError(errors, pointer + "/minor",
             {positive ? "Must be more than zero." : "Must not be negative.",
              positive ? "Должна быть больше нуля." : "Не может быть отрицательной."});
  }
}

}  // namespace

Text Label(Stage stage) {
  switch (stage) {
    case Stage::kLead:
      return {"lead", "«Лид»"};
    case Stage::kQualified:
      return {"qualified", "«Квалифицирована»"};
    case Stage::kProposal:
      return {"proposal", "«Предложение»"};
    case Stage::kNegotiation:
      return {"negotiation", "«Переговоры»"};
    case Stage::kSigned:
      return {"signed", "«Контракт подписан»"};
    case Stage::kInImplementation:
      return {"in implementation", "«Исполнение»"};
    case Stage::kCompleted:
      return {"completed", "«Исполнен»"};
    case Stage::kLost:
      return {"lost", "«Проиграна»"};
    case Stage::kAbandoned:
      return {"abandoned", "«Прекращена»"};
  }
  return {std::string(ToString(stage)), std::string(ToString(stage))};
}

Text CategoryLabel(Category category) {
  switch (category) {
    case Category::kSoftware:
      return {"Software", "Программное обеспечение"};
    case Category::kItService:
      return {"IT services", "ИТ-услуги"};
    case Category::kHardwareSoftware:
      return {"Hardware-software complexes", "Программно-аппаратные комплексы"};
    case Category::kRadioElectronics:
      return {"Radio-electronics", "Радиоэлектроника"};
  }
  return {std::string(ToString(category)), std::string(ToString(category))};
}

std::vector<Stage> NextStages(Stage from) {
  using S = Stage;
  if (BeforeSignature(from)) {
    std::vector<Stage> next;
    for (const Stage stage : kBeforeSignature) {
      if (stage != from) next.push_back(stage);
    }
    next.insert(next.end(), {S::kSigned, S::kLost, S::kAbandoned});
    return next;
  }
  switch (from) {
    case S::kSigned:
      return {S::kInImplementation, S::kAbandoned};
    case S::kInImplementation:
      return {S::kCompleted, S::kAbandoned};
    default:
      return {};
  }
}

std::vector<FieldError> MissingFor(Stage stage, const Fields& fields) {
  return MissingFields<Stage, Fields>(
      kGates, fields, [stage](Stage gate) { return Reaches(stage, gate); },
      [](Stage gate) { return Label(gate); });
}

std::vector<FieldError> CheckMove(const Deal& deal, const Move& move,
                                  std::span<const Milestone> milestones) {
  std::vector<FieldError> errors;
  const std::vector<Stage> allowed = NextStages(deal.stage);
  const Text from = Label(deal.stage);
  if (std::find(allowed.begin(), allowed.end(), move.to) == allowed.end()) {
    if (allowed.empty()) {
      AddError(errors, "/to",
               {fmt::format("A {} deal is closed: it cannot move.", from.en),
                fmt::format("Сделка на стадии {} закрыта: сменить стадию нельзя.", from.ru)});
    } else {
      const Text list = JoinLabels<Stage>(allowed, Label);
      AddError(errors, "/to",
               {fmt::format("A {} deal may move to: {}.", from.en, list.en),
                fmt::format("Со стадии {} сделку можно перевести на: {}.", from.ru, list.ru)});
    }
    return errors;
  }
  errors = MissingFor(move.to, deal.fields);
  if (move.to == Stage::kInImplementation && milestones.empty()) {
    AddError(errors, "/milestones",
             {"Plan the contract first: add its deliveries, acceptances or payments.",
              "Сначала спланируйте исполнение: добавьте поставки, приёмки или платежи."});
  }
  if (move.to == Stage::kCompleted) {
    const auto open = std::count_if(milestones.begin(), milestones.end(),
                                    [](const Milestone& m) { return !m.fields.done_on; });
    if (open > 0) {
      AddError(errors, "/milestones",
               {fmt::format("{} milestone(s) of the contract are not done yet.", open),
                fmt::format("Не выполнено этапов контракта: {}.", open)});
    }
  }
  const bool closing = move.to == Stage::kLost || move.to == Stage::kAbandoned;
  if (closing && Trim(move.reason).empty()) {
    AddError(errors, "/reason",
             {"Say why the deal ended.", "Укажите, почему сделка прекратилась."});
  }
  if (move.to == Stage::kLost && Trim(move.lost_to).empty()) {
    AddError(errors, "/lost_to",
             {"Say who won the contract instead (a competitor, or unknown).",
              "Укажите, кому достался контракт (конкурент или «неизвестно»)."});
  }
  CheckLength(errors, "/reason", move.reason, kMaxReason);
  CheckLength(errors, "/lost_to", move.lost_to, kMaxLostTo);
  return errors;
}

void Canonicalise(Fields& fields) {
  fields.country = AsciiUpper(Trim(fields.country));
  fields.title = std::string(Trim(fields.title));
  fields.description = std::string(Trim(fields.description));
  fields.contract_number = std::string(Trim(fields.contract_number));
  if (fields.value) fields.value->currency = AsciiUpper(Trim(fields.value->currency));
  for (auto* ids : {&fields.solution_ids, &fields.request_ids}) {
    std::sort(ids->begin(), ids->end());
    ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
  }
}

std::vector<FieldError> CheckFields(const Fields& fields, Date today) {
  std::vector<FieldError> errors;
  if (fields.title.empty()) {
    AddError(errors, "/title",
             {"Name the deal: what is sold to whom.", "Назовите сделку: что и кому продаётся."});
  }
  CheckLength(errors, "/title", fields.title, kMaxTitle);
  CheckLength(errors, "/description", fields.description, kMaxDescription);
  CheckLength(errors, "/contract_number", fields.contract_number, kMaxContractNumber);
  const bool letters = std::all_of(fields.country.begin(), fields.country.end(),
                                   [](char c) { return c >= 'A' && c <= 'Z'; });
  if (fields.country.size() != 2 || !letters) {
    AddError(errors, "/country",
             {"Must be an ISO 3166-1 code of two letters, such as VN.",
              "Должен быть кодом ISO 3166-1 из двух букв, например VN."});
  }
  if (fields.value) CheckMoney(errors, "/value", *fields.value, false);
  if (fields.expected_close_date) {
    CheckDateBetween(errors, "/expected_close_date", *fields.expected_close_date,
                     {today.year - 1, today.month, today.day},
                     {today.year + 10, today.month, today.day});
  }
  if (fields.contract_date) {
    CheckDateBetween(errors, "/contract_date", *fields.contract_date, {2000, 1, 1}, today);
  }
  if (fields.solution_ids.size() > kMaxSolutions) {
    AddError(errors, "/solution_ids",
             {fmt::format("At most {} solutions.", kMaxSolutions),
              fmt::format("Не больше {} решений.", kMaxSolutions)});
  }
  if (fields.request_ids.size() > kMaxRequests) {
    AddError(errors, "/request_ids",
             {fmt::format("At most {} requests.", kMaxRequests),
              fmt::format("Не больше {} запросов.", kMaxRequests)});
  }
  if (fields.counterparty_id && *fields.counterparty_id == fields.organisation_id) {
    AddError(errors, "/counterparty_id",
             {"The counterparty is the buyer, not the company that sells.",
              "Контрагент — покупатель, а не компания-продавец."});
  }
  return errors;
}

std::vector<FieldError> CheckWin(const Win& win) {
  std::vector<FieldError> errors;
  CheckMoney(errors, "/value", win.value, true);
  if (win.helped && Trim(win.how).empty()) {
    AddError(errors, "/how", {"Say how the service helped.", "Расскажите, чем помогла служба."});
  }
  CheckLength(errors, "/how", win.how, kMaxHow);
  return errors;
}

std::vector<FieldError> CheckMilestone(const MilestoneFields& fields, Date today) {
  std::vector<FieldError> errors;
  CheckLength(errors, "/title", fields.title, kMaxTitle);
  if (fields.kind == MilestoneKind::kPayment) {
    if (!fields.amount) {
      AddError(errors, "/amount", {"A payment needs its amount.", "У платежа должна быть сумма."});
    } else {
      CheckMoney(errors, "/amount", *fields.amount, true);
    }
  } else if (fields.amount) {
    AddError(errors, "/amount",
             {"Only payments have an amount.", "Сумма бывает только у платежа."});
  }
  if (!fields.due_on && !fields.done_on) {
    AddError(errors, "/due_on",
             {"Give the planned date, or the date it was done.",
              "Укажите плановую дату или дату выполнения."});
  }
  if (fields.done_on) {
    CheckDateBetween(errors, "/done_on", *fields.done_on, {2000, 1, 1}, today);
  }
  if (fields.due_on) {
    CheckDateBetween(errors, "/due_on", *fields.due_on, {2000, 1, 1},
                     {today.year + 20, today.month, today.day});
  }
  return errors;
}

std::vector<FieldError> CheckProbability(Stage stage, int probability) {
  std::vector<FieldError> errors;
  if (probability < 0 || probability > 100) {
    AddError(errors, "/probability", {"A percentage from 0 to 100.", "Процент от 0 до 100."});
  } else if (IsFinal(stage) && probability != (stage == Stage::kCompleted ? 100 : 0)) {
    AddError(errors, "/probability",
             {"A closed stage's probability is fixed: completed 100, lost and abandoned 0.",
              "Вероятность закрытых стадий неизменна: «Исполнен» — 100, «Проиграна» и "
              "«Прекращена» — 0."});
  }
  return errors;
}

int64_t Weighted(int64_t value, int percent) {
  __extension__ typedef __int128 Wide;
  const Wide product = Wide(value) * percent;
  Wide quotient = product / 100;
  const Wide twice = (product % 100) * 2;
  if (twice > 100 || (twice == 100 && quotient % 2 == 1)) ++quotient;
  return static_cast<int64_t>(quotient);
}

Error NoSuchDeal(std::string_view id) {
  return Error{ErrorCode::kNotFound,
               {fmt::format("There is no deal {}.", id), fmt::format("Сделки {} нет.", id)},
               {},
               {}};
}

Error NoSuchMilestone(std::string_view id) {
  return Error{ErrorCode::kNotFound,
               {fmt::format("There is no milestone {} of this deal.", id),
                fmt::format("Этапа {} у этой сделки нет.", id)},
               {},
               {}};
}

Error NoSuchStage(std::string_view code) {
  return Error{ErrorCode::kNotFound,
               {fmt::format("There is no stage {}.", code), fmt::format("Стадии {} нет.", code)},
               {},
               {}};
}

Error NotYours() {
  return Error{ErrorCode::kForbidden,
               {"This deal is outside your countries or your company.",
                "Эта сделка вне ваших стран или вашей компании."},
               {},
               {}};
}

Error Closed(int64_t id, Stage stage) {
  const Text name = Label(stage);
  return Error{ErrorCode::kConflict,
               {fmt::format("Deal {} is {}: it is closed and cannot change.", id, name.en),
                fmt::format("Сделка {} на стадии {}: она закрыта и не меняется.", id, name.ru)},
               {},
               {}};
}

}  // namespace attache::deals
