// Checks every domain's rules share, each adding a FieldError (RU and EN) at a JSON pointer.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/time.hpp"

namespace attache {

// "At most N characters."
Text AtMost(size_t max_chars);

void AddError(std::vector<FieldError>& errors, std::string pointer, Text message);
// Too long text: at most `max_chars` characters (code points).
void CheckLength(std::vector<FieldError>& errors, std::string pointer, std::string_view text,
                 size_t max_chars);
// Names in two languages: at least one given, each at most `max_chars`.
void CheckNames(std::vector<FieldError>& errors, std::string_view name_ru,
                std::string_view name_en, size_t max_chars);
// A date in [earliest, latest].
void CheckDateBetween(std::vector<FieldError>& errors, std::string pointer, const Date& date,
                      const Date& earliest, const Date& latest);

}  // namespace attache
