#include "domains/solutions/rules.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <set>

#include "core/field_checks.hpp"
#include "core/strings.hpp"

namespace attache::solutions {
namespace {

bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }

void CheckReferences(std::vector<FieldError>& errors, const Fields& fields, Date today) {
  for (size_t i = 0; i < fields.references.size(); ++i) {
    const Reference& reference = fields.references[i];
    const std::string pointer = fmt::format("/references/{}", i);
    if (reference.country.size() != 2 ||
        !std::all_of(reference.country.begin(), reference.country.end(),
                     [](char c) { return c >= 'A' && c <= 'Z'; })) {
      AddError(errors, pointer + "/country",
               {"Must be an ISO 3166-1 alpha-2 code such as VN.",
                "Должно быть кодом ISO 3166-1 из двух букв, например VN."});
    }
    CheckLength(errors, pointer + "/customer", reference.customer, kMaxCustomer);
    CheckLength(errors, pointer + "/scale", reference.scale, kMaxScale);
    if (reference.year && (*reference.year < kEarliestYear || *reference.year > today.year)) {
      AddError(errors, pointer + "/year",
               {fmt::format("Between {} and {}.", kEarliestYear, today.year),
                fmt::format("От {} до {}.", kEarliestYear, today.year)});
    }
  }
}

}  // namespace

Error NoSuchSolution(std::string_view id) {
  return Error{ErrorCode::kNotFound,
               {fmt::format("There is no solution with the id {}.", id),
                fmt::format("Решения с номером {} нет.", id)},
               {},
               {}};
}

Error NotYours() {
  return Error{ErrorCode::kForbidden,
               {"You may change only the solutions of your own company.",
                "Изменять можно только решения своей компании."},
               {},
               {}};
}

void Canonicalise(Fields& fields) {
  std::erase(fields.classes, fields.main_class);
  std::sort(fields.classes.begin(), fields.classes.end());
  fields.classes.erase(std::unique(fields.classes.begin(), fields.classes.end()),
                       fields.classes.end());
}

std::vector<FieldError> CheckFields(const Fields& fields, Date today) {
  std::vector<FieldError> errors;
  CheckNames(errors, fields.name_ru, fields.name_en, kMaxName);
  CheckLength(errors, "/description_ru", fields.description_ru, kMaxDescription);
  CheckLength(errors, "/description_en", fields.description_en, kMaxDescription);
  if (fields.main_class.empty()) {
    AddError(errors, "/main_class", {"Required.", "Обязательное поле."});
  }
  if (fields.classes.size() > kMaxClasses) {
    AddError(errors, "/classes",
             {fmt::format("At most {} classes.", kMaxClasses),
              fmt::format("Не более {} классов.", kMaxClasses)});
  }
  std::set<std::string> languages;
  for (size_t i = 0; i < fields.interface_languages.size(); ++i) {
    const std::string& code = fields.interface_languages[i];
    if (code.size() != 2 || !IsLower(code[0]) || !IsLower(code[1])) {
      AddError(errors, fmt::format("/interface_languages/{}", i),
               {"Must be an ISO 639-1 language code such as en or vi.",
                "Должно быть кодом языка ISO 639-1, например en или vi."});
    } else if (!languages.insert(code).second) {
      AddError(errors, fmt::format("/interface_languages/{}", i),
               {"Listed twice.", "Указан дважды."});
    }
  }
  CheckReferences(errors, fields, today);
  if (fields.registry_number) {
    const std::string& number = *fields.registry_number;
    if (number.size() > kMaxRegistryNumber || !std::all_of(number.begin(), number.end(), IsDigit)) {
      AddError(errors, "/registry_number",
               {fmt::format("The registry entry number: digits only, at most {}.",
                            kMaxRegistryNumber),
                fmt::format("Номер записи в реестре: только цифры, не более {}.",
                            kMaxRegistryNumber)});
    }
  }
  if (fields.export_readiness < 0 || fields.export_readiness > kMaxReadiness) {
    AddError(errors, "/export_readiness",
             {fmt::format("From 0 to {}.", kMaxReadiness),
              fmt::format("От 0 до {}.", kMaxReadiness)});
  }
  if (fields.export_readiness == kMaxReadiness &&
      std::none_of(fields.references.begin(), fields.references.end(),
                   [](const Reference& reference) { return reference.country != "RU"; })) {
    AddError(errors, "/export_readiness",
             {"Readiness 3 (proven abroad) needs a deployment reference outside Russia.",
              "Готовность 3 (есть зарубежные внедрения) требует внедрения за пределами России."});
  }
  if (fields.published && fields.name_en.empty()) {
    AddError(errors, "/name_en",
             {"A published solution needs its English name: the showcase is for foreign buyers.",
              "У опубликованного решения должно быть английское название: витрину смотрят "
              "иностранные покупатели."});
  }
  return errors;
}

}  // namespace attache::solutions
