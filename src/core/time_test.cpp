#include "core/time.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

namespace attache {
namespace {

using std::chrono::days;
using std::chrono::hours;
using std::chrono::microseconds;
using std::chrono::milliseconds;
using std::chrono::minutes;
using std::chrono::seconds;
using std::chrono::sys_days;

TimePoint At(int year, unsigned month, unsigned day) {
  return sys_days{std::chrono::year{year} / std::chrono::month{month} / std::chrono::day{day}};
}

struct DateCase {
  std::string text;
  std::optional<Date> expected;
};

void PrintTo(const DateCase& c, std::ostream* out) { *out << '"' << c.text << '"'; }

class ParseDateTest : public ::testing::TestWithParam<DateCase> {};

TEST_P(ParseDateTest, ReadsStrictCalendarDays) {
  const DateCase& c = GetParam();
  const std::optional<Date> parsed = ParseDate(c.text);
  ASSERT_EQ(parsed.has_value(), c.expected.has_value());
  if (parsed) {
    EXPECT_EQ(*parsed, *c.expected);
  }
}

INSTANTIATE_TEST_SUITE_P(
    Time, ParseDateTest,
    ::testing::Values(
        DateCase{"2024-01-15", Date{2024, 1, 15}}, DateCase{"2024-02-29", Date{2024, 2, 29}},
        DateCase{"2000-02-29", Date{2000, 2, 29}}, DateCase{"1999-12-31", Date{1999, 12, 31}},
        DateCase{"2024-04-30", Date{2024, 4, 30}}, DateCase{"0001-01-01", Date{1, 1, 1}},
        // Not real calendar days.
        DateCase{"2023-02-29", std::nullopt}, DateCase{"1900-02-29", std::nullopt},
        DateCase{"2024-04-31", std::nullopt}, DateCase{"2024-13-01", std::nullopt},
        DateCase{"2024-00-10", std::nullopt}, DateCase{"2024-01-00", std::nullopt},
        DateCase{"2024-01-32", std::nullopt},
        // Not the strict shape.
        DateCase{"2024-1-01", std::nullopt}, DateCase{"2024-01-1", std::nullopt},
        DateCase{"24-01-01", std::nullopt}, DateCase{"2024-01-01x", std::nullopt},
        DateCase{" 2024-01-01", std::nullopt}, DateCase{"2024/01/01", std::nullopt},
        DateCase{"20240101", std::nullopt}, DateCase{"", std::nullopt},
        DateCase{"abcd-ef-gh", std::nullopt}, DateCase{"2024-0a-01", std::nullopt},
        DateCase{"+024-01-01", std::nullopt}, DateCase{"2024--1-01", std::nullopt},
        DateCase{"2024-01-01T00:00:00Z", std::nullopt}));

TEST(Time, DateToStringPadsEveryPart) {
  EXPECT_EQ(Date({2024, 2, 29}).ToString(), "2024-02-29");
  EXPECT_EQ(Date({2024, 12, 1}).ToString(), "2024-12-01");
  EXPECT_EQ(Date({5, 3, 7}).ToString(), "0005-03-07");
  EXPECT_EQ(Date{}.ToString(), "1970-01-01");
}

TEST(Time, DateToStringRoundTripsThroughParseDate) {
  for (const Date date : {Date{2024, 2, 29}, Date{1999, 12, 31}, Date{2030, 1, 1}}) {
    const auto parsed = ParseDate(date.ToString());
    ASSERT_TRUE(parsed.has_value()) << date.ToString();
    EXPECT_EQ(*parsed, date);
  }
}

TEST(Time, DatesOrderByYearThenMonthThenDay) {
  EXPECT_LT(Date({2023, 12, 31}), Date({2024, 1, 1}));
  EXPECT_LT(Date({2024, 1, 31}), Date({2024, 2, 1}));
  EXPECT_LT(Date({2024, 2, 1}), Date({2024, 2, 2}));
  EXPECT_GT(Date({2025, 1, 1}), Date({2024, 12, 31}));
  EXPECT_EQ(Date({2024, 2, 29}), Date({2024, 2, 29}));
  EXPECT_NE(Date({2024, 2, 29}), Date({2024, 3, 1}));
  // Text order of ToString() agrees with Date order.
  EXPECT_LT(Date({999, 12, 31}).ToString(), Date({1000, 1, 1}).ToString());
}

TEST(Time, FormatTimestampWritesUtcWithMilliseconds) {
  const TimePoint at = At(2024, 2, 29) + hours(13) + minutes(5) + seconds(9) + milliseconds(7);
  EXPECT_EQ(FormatTimestamp(at), "2024-02-29T13:05:09.007Z");
}

TEST(Time, FormatTimestampOfTheEpoch) {
  EXPECT_EQ(FormatTimestamp(TimePoint{}), "1970-01-01T00:00:00.000Z");
}

TEST(Time, FormatTimestampTruncatesBelowMilliseconds) {
  const TimePoint at = At(2024, 1, 1) + seconds(1) + microseconds(234'999);
  EXPECT_EQ(FormatTimestamp(at), "2024-01-01T00:00:01.234Z");
}

TEST(Time, FormatTimestampAtTheLastMillisecondOfTheDay) {
  const TimePoint at = At(2023, 12, 31) + days(1) - milliseconds(1);
  EXPECT_EQ(FormatTimestamp(at), "2023-12-31T23:59:59.999Z");
}

TEST(Time, FormatTimestampBeforeTheEpoch) {
  const TimePoint at = At(1969, 12, 31) + hours(23) + milliseconds(500);
  EXPECT_EQ(FormatTimestamp(at), "1969-12-31T23:00:00.500Z");
}

TEST(Time, TimestampsSortAsText) {
  const TimePoint earlier = At(2024, 3, 9) + hours(23) + milliseconds(999);
  const TimePoint later = At(2024, 3, 10) + milliseconds(1);
  EXPECT_LT(FormatTimestamp(earlier), FormatTimestamp(later));
}

TEST(Time, ToDateTakesTheUtcDay) {
  EXPECT_EQ(ToDate(At(2024, 2, 29)), Date({2024, 2, 29}));
  EXPECT_EQ(ToDate(At(2024, 2, 29) + hours(23) + minutes(59) + seconds(59)), Date({2024, 2, 29}));
  EXPECT_EQ(ToDate(At(2024, 2, 29) + days(1)), Date({2024, 3, 1}));
  EXPECT_EQ(ToDate(TimePoint{}), Date({1970, 1, 1}));
  EXPECT_EQ(ToDate(TimePoint{} - hours(1)), Date({1969, 12, 31}));
}

TEST(Time, SystemClockIsNow) {
  const TimePoint before = std::chrono::system_clock::now();
  const TimePoint now = SystemClock()();
  const TimePoint after = std::chrono::system_clock::now();
  EXPECT_LE(before, now);
  EXPECT_LE(now, after);
}

}  // namespace
}  // namespace attache

namespace attache {
namespace {

TEST(Timestamp, ParsesWhatItFormats) {
  const TimePoint at = StartOf(Date{2026, 11, 21}) + std::chrono::milliseconds(45296789);
  EXPECT_EQ(FormatTimestamp(at), "2026-11-21T12:34:56.789Z");
  EXPECT_EQ(ParseTimestamp("2026-11-21T12:34:56.789Z"), at);
  EXPECT_FALSE(ParseTimestamp("2026-11-21T12:34:56Z"));
  EXPECT_FALSE(ParseTimestamp("2026-11-21T24:00:00.000Z"));
  EXPECT_FALSE(ParseTimestamp("2026-02-30T10:00:00.000Z"));
  EXPECT_FALSE(ParseTimestamp("2026-11-21 12:34:56.789Z"));
}

}  // namespace
}  // namespace attache
