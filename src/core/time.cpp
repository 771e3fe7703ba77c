#include "core/time.hpp"

#include <fmt/format.h>

#include <charconv>

namespace attache {
namespace {

bool ParseDigits(std::string_view text, int& out) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  std::from_chars(text.data(), text.data() + text.size(), out);
  return true;
}

}  // namespace

Clock SystemClock() {
  return [] { return std::chrono::system_clock::now(); };
}

std::string Date::ToString() const { return fmt::format("{:04d}-{:02d}-{:02d}", year, month, day); }

std::optional<Date> ParseDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  int year = 0, month = 0, day = 0;
  if (!ParseDigits(text.substr(0, 4), year) || !ParseDigits(text.substr(5, 2), month) ||
      !ParseDigits(text.substr(8, 2), day)) {
    return std::nullopt;
  }
  const std::chrono::year_month_day ymd{std::chrono::year{year},
                                        std::chrono::month{static_cast<unsigned>(month)},
                                        std::chrono::day{static_cast<unsigned>(day)}};
  if (!ymd.ok()) return std::nullopt;
  return Date{year, static_cast<unsigned>(month), static_cast<unsigned>(day)};
}

Date ToDate(TimePoint at) {
  const std::chrono::year_month_day ymd{std::chrono::floor<std::chrono::days>(at)};
  return Date{static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
              static_cast<unsigned>(ymd.day())};
}

TimePoint StartOf(const Date& date) {
  const std::chrono::year_month_day ymd{std::chrono::year{date.year}, std::chrono::month{date.month},
                                        std::chrono::day{date.day}};
  return std::chrono::sys_days(ymd);
}

std::optional<TimePoint> ParseTimestamp(std::string_view text) {
  // YYYY-MM-DDTHH:MM:SS.mmmZ
  if (text.size() != 24 || text[10] != 'T' || text[13] != ':' || text[16] != ':' ||
      text[19] != '.' || text[23] != 'Z') {
    return std::nullopt;
  }
  const auto date = ParseDate(text.substr(0, 10));
  int hours = 0, minutes = 0, seconds = 0, millis = 0;
  if (!date || !ParseDigits(text.substr(11, 2), hours) || !ParseDigits(text.substr(14, 2), minutes) ||
      !ParseDigits(text.substr(17, 2), seconds) || !ParseDigits(text.substr(20, 3), millis) ||
      hours > 23 || minutes > 59 || seconds > 60) {
    return std::nullopt;
  }
  return StartOf(*date) + std::chrono::hours(hours) + std::chrono::minutes(minutes) +
         std::chrono::seconds(seconds) + std::chrono::milliseconds(millis);
}

std::string FormatTimestamp(TimePoint at) {
  const auto day = std::chrono::floor<std::chrono::days>(at);
  const std::chrono::hh_mm_ss hms{std::chrono::floor<std::chrono::milliseconds>(at - day)};
  return fmt::format("{}T{:02d}:{:02d}:{:02d}.{:03d}Z", ToDate(at).ToString(), hms.hours().count(),
                     hms.minutes().count(), hms.seconds().count(), hms.subseconds().count());
}

}  // namespace attache
