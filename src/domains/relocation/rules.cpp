#include "domains/relocation/rules.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/field_checks.hpp"
#include "core/stage_gates.hpp"
#include "core/strings.hpp"
#include "text/currency.hpp"

namespace attache::relocation {
namespace {

constexpr Gate<Stage, Fields> kGates[] = {
    {Stage::kEngaged, "/owner_id", "the owner", "ответственный",
     [](const Fields& f) { return f.owner_id.has_value(); }},
    {Stage::kApplication, "/region", "the region it goes to", "регион размещения",
     [](const Fields& f) { return !f.region.empty(); }},
    {Stage::kRelocated, "/jobs", "the jobs it brings", "число рабочих мест",
     [](const Fields& f) { return f.jobs.has_value(); }},
    {Stage::kRelocated, "/investment", "the investment", "объём инвестиций",
     [](const Fields& f) { return f.investment.has_value(); }},
};

bool Reaches(Stage stage, Stage gate) {
  return stage != Stage::kLost && static_cast<int>(stage) >= static_cast<int>(gate);
}

}  // namespace

Text Label(Stage stage) {
  switch (stage) {
    case Stage::kProspect:
      return {"prospect", "«Потенциальный интерес»"};
    case Stage::kEngaged:
      return {"engaged", "«Переговоры»"};
    case Stage::kApplication:
      return {"application", "«Заявка»"};
    case Stage::kRelocated:
      return {"relocated", "«Переехала»"};
    case Stage::kLost:
      return {"lost", "«Не состоялось»"};
  }
  return {std::string(ToString(stage)), std::string(ToString(stage))};
}

std::vector<Stage> NextStages(Stage from) {
  using S = Stage;
  switch (from) {
    case S::kProspect:
      return {S::kEngaged, S::kLost};
    case S::kEngaged:
      return {S::kProspect, S::kApplication, S::kLost};
    case S::kApplication:
      return {S::kEngaged, S::kRelocated, S::kLost};
    default:
      return {};
  }
}

std::vector<FieldError> MissingFor(Stage stage, const Fields& fields) {
  return MissingFields<Stage, Fields>(
      kGates, fields, [stage](Stage gate) { return Reaches(stage, gate); },
      [](Stage gate) { return Label(gate); });
}

std::vector<FieldError> CheckMove(const Case& current, Stage to, std::string_view reason) {
  std::vector<FieldError> errors;
  const std::vector<Stage> allowed = NextStages(current.stage);
  const Text from = Label(current.stage);
  if (std::find(allowed.begin(), allowed.end(), to) == allowed.end()) {
    const Text list = JoinLabels<Stage>(allowed, Label);
    AddError(
        errors, "/to",
        allowed.empty()
            ? Text{fmt::format("A {} case is closed: it cannot move.", from.en),
                   fmt::format("Дело на стадии {} закрыто: сменить стадию нельзя.", from.ru)}
            : Text{fmt::format("A {} case may move to: {}.", from.en, list.en),
                   fmt::format("Со стадии {} дело можно перевести на: {}.", from.ru, list.ru)});
    return errors;
  }
  errors = MissingFor(to, current.fields);
  if (to == Stage::kLost && Trim(reason).empty()) {
    AddError(errors, "/reason",
             {"Say why the company is not coming.", "Укажите, почему компания не переезжает."});
  }
  CheckLength(errors, "/reason", reason, kMaxReason);
  return errors;
}

void Canonicalise(Fields& fields) {
  fields.from_country = AsciiUpper(Trim(fields.from_country));
  fields.title = std::string(Trim(fields.title));
  fields.notes = std::string(Trim(fields.notes));
  fields.region = AsciiUpper(Trim(fields.region));
  if (fields.investment)
    fields.investment->currency = AsciiUpper(Trim(fields.investment->currency));
}

std::vector<FieldError> CheckFields(const Fields& fields) {
  std::vector<FieldError> errors;
  if (fields.title.empty()) {
    AddError(errors, "/title",
             {"Say what the company would bring, in a few words.",
              "Кратко опишите, что компания собирается разместить."});
  }
  CheckLength(errors, "/title", fields.title, kMaxTitle);
  CheckLength(errors, "/notes", fields.notes, kMaxNotes);
  const bool letters = std::all_of(fields.from_country.begin(), fields.from_country.end(),
                                   [](char c) { return c >= 'A' && c <= 'Z'; });
  if (fields.from_country.size() != 2 || !letters) {
    AddError(errors, "/from_country",
             {"Must be an ISO 3166-1 code of two letters, such as VN.",
              "Должен быть кодом ISO 3166-1 из двух букв, например VN."});
  }
  if (!fields.region.empty() && !IsRussianRegionCode(fields.region)) {
    AddError(errors, "/region",
             {"Must be a Russian region code of ISO 3166-2, such as RU-TA.",
              "Должен быть кодом региона России по ISO 3166-2, например RU-TA."});
  }
  if (fields.jobs && (*fields.jobs < 0 || *fields.jobs > kMaxJobs)) {
    AddError(errors, "/jobs",
             {fmt::format("From 0 to {}.", kMaxJobs), fmt::format("От 0 до {}.", kMaxJobs)});
  }
  if (fields.investment) {
    if (!text::CurrencyDigits(fields.investment->currency)) {
      AddError(errors, "/investment/currency",
               {"Must be a current ISO 4217 currency, such as USD.",
                "Должна быть действующей валютой ISO 4217, например USD."});
    }
    if (fields.investment->minor < 0) {
      AddError(errors, "/investment/minor",
               {"Must not be negative.", "Не может быть отрицательной."});
    }
  }
  return errors;
}

Error NoSuchCase(std::string_view id) {
  return Error{ErrorCode::kNotFound,
               {fmt::format("There is no relocation case {}.", id),
                fmt::format("Дела о переезде {} нет.", id)},
               {},
               {}};
}

Error NotYours() {
  return Error{ErrorCode::kForbidden,
               {"This case is outside your countries.", "Это дело вне ваших стран."},
               {},
               {}};
}

Error Closed(int64_t id, Stage stage) {
  const Text name = Label(stage);
  return Error{ErrorCode::kConflict,
               {fmt::format("Case {} is {}: it is closed and cannot change.", id, name.en),
                fmt::format("Дело {} на стадии {}: оно закрыто и не меняется.", id, name.ru)},
               {},
               {}};
}

}  // namespace attache::relocation
