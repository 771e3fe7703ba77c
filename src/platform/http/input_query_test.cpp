// QueryReader and cursors; ParseJsonObject and BodyReader are in input_body_test.cpp.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/http/input.hpp"

namespace attache::http {
namespace {

enum class Presence { kOpen, kPlanned, kClosed };
constexpr std::pair<std::string_view, Presence> kPresence[] = {
    {"open", Presence::kOpen}, {"planned", Presence::kPlanned}, {"closed", Presence::kClosed}};
constexpr std::string_view kSorts[] = {"name_en", "name_ru", "updated_at"};

Request WithQuery(std::string query) {
  Request request;
  request.target = "/api/v1/countries?" + query;
  request.path = "/api/v1/countries";
  request.query = std::move(query);
  return request;
}

// Finish's errors as "parameter: English message"; empty when it succeeded.
std::vector<std::string> Errors(QueryReader& reader) {
  std::vector<std::string> lines;
  const Status status = reader.Finish();
  if (status) return lines;
  EXPECT_EQ(status.error().code, ErrorCode::kBadRequest);
  EXPECT_EQ(status.error().detail.en, "The query has invalid parameters.");
  for (const FieldError& field : status.error().fields) {
    EXPECT_TRUE(field.pointer.empty());
    lines.push_back(field.parameter + ": " + field.message.en);
  }
  return lines;
}

using Lines = std::vector<std::string>;

TEST(QueryReader, StringIsDecodedAndTrimmed) {
  const Request request = WithQuery("q=+%D0%92%D1%8C%D0%B5%D1%82+&other=x");
  QueryReader reader(request);
  EXPECT_EQ(reader.String("q", 10), "Вьет");
  EXPECT_EQ(reader.String("other", 10), "x");
  EXPECT_EQ(reader.String("absent", 10), std::nullopt);
  EXPECT_EQ(Errors(reader), Lines{});
}

TEST(QueryReader, EmptyStringIsAbsent) {
  const Request request = WithQuery("q=&r=+++");
  QueryReader reader(request);
  EXPECT_EQ(reader.String("q", 10), std::nullopt);
  EXPECT_EQ(reader.String("r", 10), std::nullopt);
  EXPECT_EQ(Errors(reader), Lines{});
}

TEST(QueryReader, StringMaxLengthCountsCharacters) {
  const Request request = WithQuery("a=%D0%92%D1%8C%D0%B5%D1%82&b=%D0%92%D1%8C%D0%B5%D1%82");
  QueryReader reader(request);
  EXPECT_EQ(reader.String("a", 4), "Вьет");
  EXPECT_EQ(reader.String("b", 3), std::nullopt);
  EXPECT_EQ(Errors(reader), Lines{"b: At most 3 characters."});
}

TEST(QueryReader, EnumListSplitsOnCommas) {
  const Request request = WithQuery("presence=open,%20closed%20,,planned");
  QueryReader reader(request);
  EXPECT_EQ(reader.EnumList<Presence>("presence", kPresence),
            (std::vector<Presence>{Presence::kOpen, Presence::kClosed, Presence::kPlanned}));
  EXPECT_EQ(Errors(reader), Lines{});
}

TEST(QueryReader, EnumListAbsentIsEmpty) {
  const Request request = WithQuery("");
  QueryReader reader(request);
  EXPECT_TRUE(reader.EnumList<Presence>("presence", kPresence).empty());
  EXPECT_EQ(Errors(reader), Lines{});
}

TEST(QueryReader, EnumListNamesTheBadValueAndTheAllowedOnes) {
  const Request request = WithQuery("presence=open,gone,Closed");
  QueryReader reader(request);
  EXPECT_EQ(reader.EnumList<Presence>("presence", kPresence),
            std::vector<Presence>{Presence::kOpen});
  EXPECT_EQ(Errors(reader), (Lines{"presence: 'gone' is not one of: open, planned, closed.",
                                   "presence: 'Closed' is not one of: open, planned, closed."}));
}

TEST(QueryReader, SortAcceptsAllowedFieldsWithOptionalMinus) {
  for (const auto& [query, expected] :
       std::vector<std::pair<std::string, std::string>>{{"sort=name_ru", "name_ru"},
                                                        {"sort=-updated_at", "-updated_at"},
                                                        {"", "name_en"},
                                                        {"sort=", "name_en"}}) {
    const Request request = WithQuery(query);
    QueryReader reader(request);
    EXPECT_EQ(reader.Sort(kSorts, "name_en"), expected) << query;
    EXPECT_EQ(Errors(reader), Lines{}) << query;
  }
}

TEST(QueryReader, SortErrorListsTheAllowedFields) {
  for (const char* query :
       {"sort=population", "sort=-", "sort=--name_en", "sort=+name_en", "sort=NAME_EN"}) {
    const Request request = WithQuery(query);
    QueryReader reader(request);
    EXPECT_EQ(reader.Sort(kSorts, "name_en"), "name_en") << query;
    EXPECT_EQ(
        Errors(reader),
        Lines{"sort: Must be one of: name_en, name_ru, updated_at (with - for descending order)."})
        << query;
  }
}

TEST(QueryReader, LimitWithinBounds) {
  for (const auto& [query, expected] : std::vector<std::pair<std::string, int>>{
           {"", 50}, {"limit=1", 1}, {"limit=25", 25}, {"limit=500", 500}}) {
    const Request request = WithQuery(query);
    QueryReader reader(request);
    EXPECT_EQ(reader.Limit(), expected) << query;
    EXPECT_EQ(Errors(reader), Lines{}) << query;
  }
}

TEST(QueryReader, LimitOutOfBoundsOrNotANumber) {
  for (const char* query : {"limit=0", "limit=501", "limit=-1", "limit=abc", "limit=10abc",
                            "limit=", "limit=1.5", "limit=+5", "limit=%205", "limit=99999999999"}) {
    const Request request = WithQuery(query);
    QueryReader reader(request);
    EXPECT_EQ(reader.Limit(), 50) << query;
    EXPECT_EQ(Errors(reader), Lines{"limit: Must be a whole number from 1 to 500."}) << query;
  }
}

TEST(QueryReader, LimitUsesTheGivenFallbackAndMax) {
  const Request request = WithQuery("limit=20");
  QueryReader reader(request);
  EXPECT_EQ(reader.Limit(5, 10), 5);
  EXPECT_EQ(Errors(reader), Lines{"limit: Must be a whole number from 1 to 10."});
  const Request absent = WithQuery("");
  QueryReader defaults(absent);
  EXPECT_EQ(defaults.Limit(5, 10), 5);
}

TEST(QueryReader, OffsetFollowsTheCursor) {
  for (const int64_t offset :
       {int64_t{0}, int64_t{1}, int64_t{50}, int64_t{499}, int64_t{123'456'789'012}}) {
    const std::string cursor = EncodeCursor(offset);
    EXPECT_EQ(DecodeCursor(cursor), offset);
    const Request request = WithQuery("cursor=" + cursor);
    QueryReader reader(request);
    EXPECT_EQ(reader.Offset(), offset) << cursor;
    EXPECT_EQ(Errors(reader), Lines{}) << cursor;
  }
}

TEST(QueryReader, OffsetWithoutCursorIsZero) {
  for (const char* query : {"", "cursor="}) {
    const Request request = WithQuery(query);
    QueryReader reader(request);
    EXPECT_EQ(reader.Offset(), 0) << query;
    EXPECT_EQ(Errors(reader), Lines{}) << query;
  }
}

TEST(QueryReader, GarbageCursorsAreRejected) {
  // "bzox" is "o:1" in standard base64 spelled wrong; "eDox" decodes to "x:1"; EncodeCursor(-5)
  // decodes to a negative offset.
  for (const std::string& cursor : {std::string("!!!"), std::string("abc="), std::string("eDox"),
                                    std::string("bzo"), EncodeCursor(-5), std::string("50")}) {
    EXPECT_EQ(DecodeCursor(cursor), std::nullopt) << cursor;
    const Request request = WithQuery("cursor=" + cursor);
    QueryReader reader(request);
    EXPECT_EQ(reader.Offset(), 0) << cursor;
    EXPECT_EQ(Errors(reader), Lines{"cursor: Not a cursor this server gave out."}) << cursor;
  }
}

TEST(QueryReader, CursorsAreUrlSafe) {
  for (const int64_t offset : {int64_t{0}, int64_t{62}, int64_t{63}, int64_t{999'999'999'999}}) {
    const std::string cursor = EncodeCursor(offset);
    EXPECT_FALSE(cursor.empty());
    EXPECT_EQ(cursor.find_first_not_of(
                  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              std::string::npos)
        << cursor;
  }
  EXPECT_NE(EncodeCursor(50), EncodeCursor(51));
}

TEST(QueryReader, DuplicateParametersAreErrors) {
  const Request request = WithQuery("limit=5&q=a&limit=6");
  QueryReader reader(request);
  reader.Limit();
  EXPECT_EQ(reader.String("q", 10), "a");
  EXPECT_EQ(Errors(reader), Lines{"limit: Given more than once."});
}

TEST(QueryReader, UnknownParametersAreNamed) {
  const Request request = WithQuery("q=x&colour=red&page=2");
  QueryReader reader(request);
  reader.String("q", 10);
  const Status status = reader.Finish();
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().code, ErrorCode::kBadRequest);
  ASSERT_EQ(status.error().fields.size(), 2u);
  EXPECT_EQ(status.error().fields[0].parameter, "colour");
  EXPECT_EQ(status.error().fields[0].message.en, "Unknown parameter.");
  EXPECT_EQ(status.error().fields[0].message.ru, "Неизвестный параметр.");
  EXPECT_EQ(status.error().fields[1].parameter, "page");
}

TEST(QueryReader, MalformedQueryIsAnError) {
  const Request request = WithQuery("q=%zz");
  QueryReader reader(request);
  EXPECT_EQ(reader.String("q", 10), std::nullopt);
  EXPECT_EQ(Errors(reader), Lines{"?: Malformed query string."});
}

TEST(QueryReader, AddErrorJoinsTheOthers) {
  const Request request = WithQuery("region=14&limit=0");
  QueryReader reader(request);
  EXPECT_EQ(reader.String("region", 3), "14");
  reader.AddError("region", {"Must be three digits.", "Три цифры."});
  reader.Limit();
  EXPECT_EQ(Errors(reader), (Lines{"region: Must be three digits.",
                                   "limit: Must be a whole number from 1 to 500."}));
}

TEST(QueryReader, FinishSucceedsWhenEveryParameterIsRead) {
  const Request request =
      WithQuery("q=viet&presence=open&sort=-name_en&limit=10&cursor=" + EncodeCursor(20));
  QueryReader reader(request);
  EXPECT_EQ(reader.String("q", 200), "viet");
  EXPECT_EQ(reader.EnumList<Presence>("presence", kPresence),
            std::vector<Presence>{Presence::kOpen});
  EXPECT_EQ(reader.Sort(kSorts, "name_en"), "-name_en");
  EXPECT_EQ(reader.Limit(), 10);
  EXPECT_EQ(reader.Offset(), 20);
  EXPECT_TRUE(reader.Finish().has_value());
}

TEST(QueryReader, IdIsAPositiveInteger) {
  QueryReader good(WithQuery("user=42"));
  EXPECT_EQ(good.Id("user"), 42);
  EXPECT_EQ(good.Id("absent"), std::nullopt);
  EXPECT_TRUE(Errors(good).empty());
  for (const char* bad : {"user=0", "user=-3", "user=7x", "user=", "user=99999999999999999999"}) {
    QueryReader reader(WithQuery(bad));
    EXPECT_EQ(reader.Id("user"), std::nullopt) << bad;
    EXPECT_EQ(Errors(reader), Lines{"user: Must be a positive integer id."}) << bad;
  }
}

}  // namespace
}  // namespace attache::http
