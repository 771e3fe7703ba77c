#include "domains/activities/rules.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/field_checks.hpp"
#include "core/strings.hpp"

namespace attache::activities {

void Canonicalise(Fields& fields) {
  fields.subject = std::string(Trim(fields.subject));
  fields.notes = std::string(Trim(fields.notes));
  for (std::string& country : fields.countries) country = AsciiUpper(Trim(country));
  std::sort(fields.countries.begin(), fields.countries.end());
  fields.countries.erase(std::unique(fields.countries.begin(), fields.countries.end()),
                         fields.countries.end());
  std::sort(fields.participants.begin(), fields.participants.end());
  fields.participants.erase(std::unique(fields.participants.begin(), fields.participants.end()),
                            fields.participants.end());
}

std::vector<FieldError> CheckFields(const Fields& fields, Date today) {
  std::vector<FieldError> errors;
  if (fields.subject.empty()) {
    AddError(errors, "/subject",
             {"Say in a few words what it was about.", "Кратко опишите, о чём шла речь."});
  }
  CheckLength(errors, "/subject", fields.subject, kMaxSubject);
  CheckLength(errors, "/notes", fields.notes, kMaxNotes);
  if (fields.countries.empty() || fields.countries.size() > kMaxCountries) {
    AddError(errors, "/countries",
             {fmt::format("Name the countries it concerns: one to {}.", kMaxCountries),
              fmt::format("Укажите страны, которых это касается: от одной до {}.", kMaxCountries)});
  }
  for (size_t i = 0; i < fields.countries.size(); ++i) {
    const std::string& code = fields.countries[i];
    const bool letters =
        std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (code.size() != 2 || !letters) {
      AddError(errors, fmt::format("/countries/{}", i),
               {"Must be an ISO 3166-1 code of two letters, such as VN.",
                "Должен быть кодом ISO 3166-1 из двух букв, например VN."});
    }
  }
  if (fields.participants.size() > kMaxParticipants) {
    AddError(errors, "/participants",
             {fmt::format("At most {} participants.", kMaxParticipants),
              fmt::format("Не больше {} участников.", kMaxParticipants)});
  }
  CheckDateBetween(errors, "/occurred_on", fields.occurred_on,
                   {today.year - 10, today.month, today.day},
                   {today.year + 1, today.month, today.day});
  return errors;
}

std::vector<FieldError> CheckTask(const TaskFields& fields, Date today) {
  std::vector<FieldError> errors;
  if (Trim(fields.title).empty()) {
    AddError(errors, "/title", {"Say what has to be done.", "Укажите, что нужно сделать."});
  }
  CheckLength(errors, "/title", fields.title, kMaxTaskTitle);
  CheckDateBetween(errors, "/due_on", fields.due_on, {today.year - 1, today.month, today.day},
                   {today.year + 5, today.month, today.day});
  return errors;
}

Error NoSuchActivity(std::string_view id) {
  return Error{ErrorCode::kNotFound,
               {fmt::format("There is no activity {}.", id),
                fmt::format("Записи о взаимодействии {} нет.", id)},
               {},
               {}};
}

Error NoSuchTask(std::string_view id) {
  return Error{ErrorCode::kNotFound,
               {fmt::format("There is no task {}.", id), fmt::format("Задачи {} нет.", id)},
               {},
               {}};
}

Error NotYours() {
  return Error{
      ErrorCode::kForbidden, {"This is outside your countries.", "Это вне ваших стран."}, {}, {}};
}

}  // namespace attache::activities
