#include "core/field_checks.hpp"

#include <fmt/format.h>

#include "core/strings.hpp"

namespace attache {

Text AtMost(size_t max_chars) {
  return {fmt::format("At most {} characters.", max_chars),
          fmt::format("Не более {} символов.", max_chars)};
}

void AddError(std::vector<FieldError>& errors, std::string pointer, Text message) {
  errors.push_back(FieldError{std::move(pointer), {}, std::move(message)});
}

void CheckLength(std::vector<FieldError>& errors, std::string pointer, std::string_view text,
                 size_t max_chars) {
  if (CountChars(text) > max_chars) AddError(errors, std::move(pointer), AtMost(max_chars));
}

void CheckNames(std::vector<FieldError>& errors, std::string_view name_ru,
                std::string_view name_en, size_t max_chars) {
  if (name_ru.empty() && name_en.empty()) {
    const Text message{"Give the name in Russian or English.",
                       "Укажите название на русском или английском."};
    AddError(errors, "/name_ru", message);
    AddError(errors, "/name_en", message);
  }
  CheckLength(errors, "/name_ru", name_ru, max_chars);
  CheckLength(errors, "/name_en", name_en, max_chars);
}

void CheckDateBetween(std::vector<FieldError>& errors, std::string pointer, const Date& date,
                      const Date& earliest, const Date& latest) {
  if (date < earliest) {
    AddError(errors, std::move(pointer),
             {fmt::format("Not before {}.", earliest.ToString()),
              fmt::format("Не раньше {}.", earliest.ToString())});
  } else if (date > latest) {
    AddError(errors, std::move(pointer),
             {fmt::format("Not after {}.", latest.ToString()),
              fmt::format("Не позже {}.", latest.ToString())});
  }
}

}  // namespace attache
