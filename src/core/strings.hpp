// Small string helpers shared by every layer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace attache {

// Lets unordered containers keyed by std::string be searched with a string_view.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

std::string AsciiLower(std::string_view text);
std::string AsciiUpper(std::string_view text);
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
std::string_view Trim(std::string_view text);
// Characters (Unicode code points) in UTF-8 text.
size_t CountChars(std::string_view utf8);
// Splits on `separator`, trims each piece and drops empty ones.
std::vector<std::string_view> SplitList(std::string_view text, char separator);
// One `@`, a non-empty local part, a dotted domain, no blanks: typos, not deliverability.
bool PlausibleEmail(std::string_view email);
// "42": a whole number above zero written in decimal digits only; nullopt otherwise.
std::optional<int64_t> ParsePositive(std::string_view text);
// An ISO 3166-2 code of a Russian region: RU- and two or three capital letters (RU-TA, RU-MOW).
bool IsRussianRegionCode(std::string_view code);

}  // namespace attache
