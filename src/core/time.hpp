// Calendar dates and UTC timestamps as the API and the database write them:
// dates `YYYY-MM-DD`, timestamps `YYYY-MM-DDTHH:MM:SS.mmmZ` (these sort as text on both databases).
#pragma once

#include <chrono>
#include <compare>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace attache {

using TimePoint = std::chrono::system_clock::time_point;

// The source of "now"; tests pass a fixed one.
using Clock = std::function<TimePoint()>;
Clock SystemClock();

struct Date {
  int year = 1970;
  unsigned month = 1;
  unsigned day = 1;

  auto operator<=>(const Date&) const = default;
  std::string ToString() const;
};

// Strict `YYYY-MM-DD` of a real calendar day; nullopt otherwise.
std::optional<Date> ParseDate(std::string_view text);

Date ToDate(TimePoint at);
// Midnight UTC at the start of `date`.
TimePoint StartOf(const Date& date);
std::string FormatTimestamp(TimePoint at);
// The inverse of FormatTimestamp; nullopt for anything else.
std::optional<TimePoint> ParseTimestamp(std::string_view text);

}  // namespace attache
