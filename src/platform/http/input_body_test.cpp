// ParseJsonObject and BodyReader; QueryReader is in input_query_test.cpp.
#include <gtest/gtest.h>

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "platform/http/input.hpp"

namespace attache::http {
namespace {

using nlohmann::json;

enum class Color { kRed, kGreen };
constexpr std::pair<std::string_view, Color> kColors[] = {{"red", Color::kRed},
                                                          {"green", Color::kGreen}};

Request JsonRequest(std::string content_type, std::string body) {
  Request request;
  request.method = Method::kPost;
  if (!content_type.empty()) request.headers.Add("Content-Type", std::move(content_type));
  request.body = std::move(body);
  return request;
}

// The errors a reader collected, as "pointer: English message".
std::vector<std::string> Errors(BodyReader& reader, std::initializer_list<std::string_view> known) {
  std::vector<std::string> lines;
  const Status status = reader.Finish(known);
  if (status) return lines;
  EXPECT_EQ(status.error().code, ErrorCode::kValidation);
  for (const FieldError& field : status.error().fields) {
    EXPECT_TRUE(field.parameter.empty());
    lines.push_back(field.pointer + ": " + field.message.en);
  }
  return lines;
}

using Lines = std::vector<std::string>;

TEST(Input, ParseJsonObjectAcceptsJsonMediaTypes) {
  for (const char* type :
       {"application/json", "application/json; charset=utf-8", "application/json;charset=UTF-8",
        "Application/JSON", " application/json "}) {
    const auto body = ParseJsonObject(JsonRequest(type, R"({"name":"Вьетнам"})"));
    ASSERT_TRUE(body.has_value()) << type;
    EXPECT_EQ((*body)["name"], "Вьетнам") << type;
  }
}

TEST(Input, ParseJsonObjectRejectsOtherMediaTypes) {
  for (const char* type : {"", "text/plain", "application/x-www-form-urlencoded",
                           "application/jsonx", "application/merge-patch+json", "json"}) {
    const auto body = ParseJsonObject(JsonRequest(type, "{}"));
    ASSERT_FALSE(body.has_value()) << type;
    EXPECT_EQ(body.error().code, ErrorCode::kUnsupportedMediaType) << type;
    EXPECT_EQ(body.error().detail.en, "Send the body as application/json.") << type;
  }
}

TEST(Input, ParseJsonObjectTakesMergePatchOnlyWhenAllowed) {
  const Request request = JsonRequest("application/merge-patch+json", R"({"note":null})");
  const auto allowed = ParseJsonObject(request, true);
  ASSERT_TRUE(allowed.has_value());
  EXPECT_TRUE((*allowed)["note"].is_null());
  EXPECT_TRUE(ParseJsonObject(JsonRequest("application/json", "{}"), true).has_value());

  const auto refused = ParseJsonObject(request, false);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().code, ErrorCode::kUnsupportedMediaType);

  const auto wrong = ParseJsonObject(JsonRequest("text/plain", "{}"), true);
  ASSERT_FALSE(wrong.has_value());
  EXPECT_EQ(wrong.error().detail.en,
            "Send the body as application/json or application/merge-patch+json.");
}

TEST(Input, ParseJsonObjectRejectsMalformedJson) {
  for (const char* text :
       {"", "{", "{\"a\":}", "{'a':1}", "{\"a\":1,}", "{} {}", "nul", "{\"a\":\"\xFF\"}"}) {
    const auto body = ParseJsonObject(JsonRequest("application/json", text));
    ASSERT_FALSE(body.has_value()) << text;
    EXPECT_EQ(body.error().code, ErrorCode::kBadRequest) << text;
    EXPECT_NE(body.error().detail.en.find("not valid JSON"), std::string::npos) << text;
  }
}

TEST(Input, ParseJsonObjectRejectsNonObjects) {
  for (const char* text : {"[]", "[{\"a\":1}]", "\"text\"", "42", "null", "true"}) {
    const auto body = ParseJsonObject(JsonRequest("application/json", text));
    ASSERT_FALSE(body.has_value()) << text;
    EXPECT_EQ(body.error().code, ErrorCode::kBadRequest) << text;
    EXPECT_EQ(body.error().detail.en, "The body must be a JSON object.") << text;
  }
}

TEST(Input, ParseJsonObjectSurvivesDeepNesting) {
  const int depth = 100'000;
  const std::string nested = std::string(depth, '[') + std::string(depth, ']');
  const auto array = ParseJsonObject(JsonRequest("application/json", nested));
  ASSERT_FALSE(array.has_value());
  EXPECT_EQ(array.error().code, ErrorCode::kBadRequest);
  const auto object = ParseJsonObject(JsonRequest("application/json", "{\"a\":" + nested + "}"));
  ASSERT_TRUE(object.has_value());
  EXPECT_TRUE((*object)["a"].is_array());
}

TEST(Input, StringIsTrimmed) {
  const json object = {{"name", "  Viet Nam \t\n"}};
  BodyReader reader(object);
  const auto name = reader.String("name", 100);
  EXPECT_EQ(name.state, Maybe<std::string>::State::kValue);
  EXPECT_EQ(name.value, "Viet Nam");
  EXPECT_TRUE(reader.ok());
  EXPECT_EQ(Errors(reader, {"name"}), Lines{});
}

TEST(Input, StringMaxLengthCountsCharacters) {
  const json object = {{"fits", "Вьетнам"}, {"long", "Вьетнамы"}};  // 14 and 16 bytes
  BodyReader reader(object);
  const auto fits = reader.String("fits", 7);
  EXPECT_EQ(fits.state, Maybe<std::string>::State::kValue);
  EXPECT_EQ(fits.value, "Вьетнам");
  const auto too_long = reader.String("long", 7);
  EXPECT_EQ(too_long.state, Maybe<std::string>::State::kAbsent);
  EXPECT_EQ(Errors(reader, {"fits", "long"}), Lines{"/long: At most 7 characters."});
}

TEST(Input, StringAbsentNullAndRequired) {
  const json object = {{"blank", "   "}, {"empty", ""}, {"nothing", nullptr}};
  BodyReader reader(object);
  EXPECT_EQ(reader.String("missing", 10).state, Maybe<std::string>::State::kAbsent);
  EXPECT_EQ(reader.String("nothing", 10).state, Maybe<std::string>::State::kNull);
  const auto empty = reader.String("empty", 10);
  EXPECT_EQ(empty.state, Maybe<std::string>::State::kValue);
  EXPECT_EQ(empty.value, "");
  EXPECT_TRUE(reader.ok());

  EXPECT_EQ(reader.String("missing", 10, true).state, Maybe<std::string>::State::kAbsent);
  EXPECT_EQ(reader.String("nothing", 10, true).state, Maybe<std::string>::State::kNull);
  EXPECT_EQ(reader.String("blank", 10, true).state, Maybe<std::string>::State::kAbsent);
  EXPECT_FALSE(reader.ok());
  EXPECT_EQ(Errors(reader, {"blank", "empty", "nothing"}),
            (Lines{"/missing: Required.", "/nothing: Required.", "/blank: Required."}));
}

TEST(Input, StringOfWrongTypeNamesThePointer) {
  const json object = {{"name", 42}, {"tags", json::array({"a"})}, {"flag", true}};
  BodyReader reader(object);
  for (const char* key : {"name", "tags", "flag"}) {
    EXPECT_EQ(reader.String(key, 10).state, Maybe<std::string>::State::kAbsent) << key;
  }
  EXPECT_EQ(
      Errors(reader, {"name", "tags", "flag"}),
      (Lines{"/name: Must be a string.", "/tags: Must be a string.", "/flag: Must be a string."}));
}

TEST(Input, CalendarDateParses) {
  const json object = {{"since", "2024-02-29"}, {"padded", " 2024-03-01 "}};
  BodyReader reader(object);
  const auto since = reader.CalendarDate("since");
  EXPECT_EQ(since.state, Maybe<Date>::State::kValue);
  EXPECT_EQ(since.value, Date({2024, 2, 29}));
  EXPECT_EQ(reader.CalendarDate("padded").value, Date({2024, 3, 1}));
  EXPECT_TRUE(reader.ok());
}

TEST(Input, CalendarDateAbsentNullAndEmpty) {
  const json object = {{"null", nullptr}, {"empty", ""}};
  BodyReader reader(object);
  EXPECT_EQ(reader.CalendarDate("missing").state, Maybe<Date>::State::kAbsent);
  EXPECT_EQ(reader.CalendarDate("null").state, Maybe<Date>::State::kNull);
  EXPECT_EQ(reader.CalendarDate("empty").state, Maybe<Date>::State::kNull);
  EXPECT_TRUE(reader.ok());
  EXPECT_EQ(reader.CalendarDate("missing", true).state, Maybe<Date>::State::kAbsent);
  EXPECT_EQ(Errors(reader, {"null", "empty"}), Lines{"/missing: Required."});
}

TEST(Input, CalendarDateErrors) {
  const json object = {{"leap", "2023-02-29"},
                       {"month", "2024-13-01"},
                       {"short", "2024-1-01"},
                       {"number", 20240101},
                       {"long", "2024-01-01T00:00:00Z"}};
  BodyReader reader(object);
  for (const char* key : {"leap", "month", "short", "number", "long"}) {
    EXPECT_EQ(reader.CalendarDate(key).state, Maybe<Date>::State::kAbsent) << key;
  }
  const Lines errors = Errors(reader, {"leap", "month", "short", "number", "long"});
  ASSERT_EQ(errors.size(), 5u);
  EXPECT_EQ(errors[0], "/leap: Must be a date as YYYY-MM-DD.");
  EXPECT_EQ(errors[1], "/month: Must be a date as YYYY-MM-DD.");
  EXPECT_EQ(errors[2], "/short: Must be a date as YYYY-MM-DD.");
  EXPECT_EQ(errors[3], "/number: Must be a string.");
  EXPECT_TRUE(errors[4].starts_with("/long: ")) << errors[4];
}

TEST(Input, EnumReadsKnownNames) {
  const json object = {{"color", "green"}, {"none", nullptr}};
  BodyReader reader(object);
  const auto color = reader.Enum<Color>("color", kColors);
  EXPECT_EQ(color.state, Maybe<Color>::State::kValue);
  EXPECT_EQ(color.value, Color::kGreen);
  EXPECT_EQ(reader.Enum<Color>("none", kColors).state, Maybe<Color>::State::kNull);
  EXPECT_EQ(reader.Enum<Color>("missing", kColors).state, Maybe<Color>::State::kAbsent);
  EXPECT_TRUE(reader.ok());
}

TEST(Input, EnumErrorListsTheAllowedNames) {
  const json object = {{"color", "blue"}, {"shade", "Red"}};
  BodyReader reader(object);
  EXPECT_EQ(reader.Enum<Color>("color", kColors).state, Maybe<Color>::State::kAbsent);
  EXPECT_EQ(reader.Enum<Color>("shade", kColors).state, Maybe<Color>::State::kAbsent);
  EXPECT_EQ(reader.Enum<Color>("missing", kColors, true).state, Maybe<Color>::State::kAbsent);
  const Status status = reader.Finish({"color", "shade"});
  ASSERT_FALSE(status.has_value());
  const auto& fields = status.error().fields;
  ASSERT_EQ(fields.size(), 3u);
  EXPECT_EQ(fields[0].pointer, "/color");
  EXPECT_EQ(fields[0].message.en, "Must be one of: red, green.");
  EXPECT_EQ(fields[0].message.ru, "Допустимые значения: red, green.");
  EXPECT_EQ(fields[1].pointer, "/shade");  // names are case-sensitive
  EXPECT_EQ(fields[2].pointer, "/missing");
  EXPECT_EQ(fields[2].message.en, "Required.");
  EXPECT_EQ(JoinNames<Color>(kColors), "red, green");
}

TEST(Input, FinishReportsUnknownFieldsAndEveryError) {
  const json object = {{"name", 5}, {"colour", "red"}, {"extra", nullptr}, {"since", "2024-02-29"}};
  BodyReader reader(object);
  reader.String("name", 10);
  reader.String("note", 10, true);
  reader.CalendarDate("since");
  reader.AddError("since", {"Must not be in the future.", "Не может быть в будущем."});
  const Status status = reader.Finish({"name", "note", "since"});
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().code, ErrorCode::kValidation);
  Lines lines;
  for (const FieldError& field : status.error().fields) {
    lines.push_back(field.pointer + ": " + field.message.en + " / " + field.message.ru);
  }
  EXPECT_EQ(lines, (Lines{"/name: Must be a string. / Должно быть строкой.",
                          "/note: Required. / Обязательное поле.",
                          "/since: Must not be in the future. / Не может быть в будущем.",
                          "/colour: Unknown field. / Неизвестное поле.",
                          "/extra: Unknown field. / Неизвестное поле."}));
}

TEST(Input, FinishSucceedsWhenEverythingIsKnownAndValid) {
  const json object = {{"name", "Вьетнам"}};
  BodyReader reader(object);
  reader.String("name", 100, true);
  EXPECT_TRUE(reader.Finish({"name", "note"}).has_value());
}

TEST(Input, PointersEscapeSlashAndTilde) {
  // RFC 6901: "/" in a key is written "~1" and "~" is written "~0".
  const json object = {{"a/b", 1}, {"c~d", 2}};
  BodyReader reader(object);
  const Lines errors = Errors(reader, {});
  EXPECT_EQ(errors, (Lines{"/a~1b: Unknown field.", "/c~0d: Unknown field."}));
}

TEST(BodyReader, SecretIsTakenExactlyAsSent) {
  const json object = {{"password", "  two words \t"}, {"cyrillic", "пароль-пароль"}};
  BodyReader reader(object);
  const auto password = reader.Secret("password", 200);
  EXPECT_EQ(password.state, Maybe<std::string>::State::kValue);
  EXPECT_EQ(password.value, "  two words \t");
  EXPECT_EQ(reader.Secret("cyrillic", 200).value, "пароль-пароль");
  EXPECT_EQ(Errors(reader, {"password", "cyrillic"}), Lines{});
}

TEST(BodyReader, SecretMaxLengthCountsBytes) {
  const json object = {{"fits", "пароль"}, {"long", "пароль"}};  // 6 letters, 12 bytes
  BodyReader reader(object);
  EXPECT_EQ(reader.Secret("fits", 12).state, Maybe<std::string>::State::kValue);
  EXPECT_EQ(reader.Secret("long", 11).state, Maybe<std::string>::State::kAbsent);
  EXPECT_EQ(Errors(reader, {"fits", "long"}), Lines{"/long: At most 11 bytes."});
}

TEST(BodyReader, SecretAbsentNullEmptyAndRequired) {
  const json object = {{"null", nullptr}, {"empty", ""}, {"blank", " "}};
  BodyReader reader(object);
  EXPECT_EQ(reader.Secret("missing", 10).state, Maybe<std::string>::State::kAbsent);
  EXPECT_EQ(reader.Secret("null", 10).state, Maybe<std::string>::State::kNull);
  EXPECT_EQ(reader.Secret("empty", 10).state, Maybe<std::string>::State::kAbsent);
  const auto blank = reader.Secret("blank", 10, true);  // a blank is a (bad) password, not nothing
  EXPECT_EQ(blank.state, Maybe<std::string>::State::kValue);
  EXPECT_EQ(blank.value, " ");
  EXPECT_TRUE(reader.ok());

  EXPECT_EQ(reader.Secret("missing", 10, true).state, Maybe<std::string>::State::kAbsent);
  EXPECT_EQ(reader.Secret("null", 10, true).state, Maybe<std::string>::State::kNull);
  EXPECT_EQ(reader.Secret("empty", 10, true).state, Maybe<std::string>::State::kAbsent);
  EXPECT_EQ(Errors(reader, {"null", "empty", "blank"}),
            (Lines{"/missing: Required.", "/null: Required.", "/empty: Required."}));
}

TEST(BodyReader, SecretOfWrongType) {
  const json object = {{"number", 123456789012}, {"list", json::array({"a"})}, {"flag", false}};
  BodyReader reader(object);
  for (const char* key : {"number", "list", "flag"}) {
    EXPECT_EQ(reader.Secret(key, 100, true).state, Maybe<std::string>::State::kAbsent) << key;
  }
  EXPECT_EQ(Errors(reader, {"number", "list", "flag"}),
            (Lines{"/number: Must be a string.", "/list: Must be a string.",
                   "/flag: Must be a string."}));
}

TEST(BodyReader, IntegerWithinRange) {
  const json object = {{"low", 1}, {"high", 10}, {"negative", -5}, {"null", nullptr}};
  BodyReader reader(object);
  const auto low = reader.Integer("low", 1, 10);
  EXPECT_EQ(low.state, Maybe<int64_t>::State::kValue);
  EXPECT_EQ(low.value, 1);
  EXPECT_EQ(reader.Integer("high", 1, 10).value, 10);
  EXPECT_EQ(reader.Integer("negative", -5, 5).value, -5);
  EXPECT_EQ(reader.Integer("null", 1, 10).state, Maybe<int64_t>::State::kNull);
  EXPECT_EQ(reader.Integer("missing", 1, 10).state, Maybe<int64_t>::State::kAbsent);
  EXPECT_EQ(Errors(reader, {"low", "high", "negative", "null"}), Lines{});
}

TEST(BodyReader, IntegerRequired) {
  const json object = {{"null", nullptr}};
  BodyReader reader(object);
  EXPECT_EQ(reader.Integer("missing", 1, 10, true).state, Maybe<int64_t>::State::kAbsent);
  EXPECT_EQ(reader.Integer("null", 1, 10, true).state, Maybe<int64_t>::State::kNull);
  EXPECT_EQ(Errors(reader, {"null"}), (Lines{"/missing: Required.", "/null: Required."}));
}

TEST(BodyReader, IntegerOfWrongType) {
  const json object = {{"text", "5"},
                       {"fraction", 5.5},
                       {"whole_float", 5.0},
                       {"flag", true},
                       {"list", json::array({5})}};
  BodyReader reader(object);
  for (const char* key : {"text", "fraction", "whole_float", "flag", "list"}) {
    EXPECT_EQ(reader.Integer(key, 1, 10).state, Maybe<int64_t>::State::kAbsent) << key;
  }
  EXPECT_EQ(Errors(reader, {"text", "fraction", "whole_float", "flag", "list"}),
            (Lines{"/text: Must be an integer.", "/fraction: Must be an integer.",
                   "/whole_float: Must be an integer.", "/flag: Must be an integer.",
                   "/list: Must be an integer."}));
}

TEST(BodyReader, IntegerOutOfRange) {
  const json object = {{"zero", 0}, {"eleven", 11}, {"very_negative", INT64_MIN}};
  BodyReader reader(object);
  for (const char* key : {"zero", "eleven", "very_negative"}) {
    EXPECT_EQ(reader.Integer(key, 1, 10).state, Maybe<int64_t>::State::kAbsent) << key;
  }
  EXPECT_EQ(Errors(reader, {"zero", "eleven", "very_negative"}),
            (Lines{"/zero: Must be between 1 and 10.", "/eleven: Must be between 1 and 10.",
                   "/very_negative: Must be between 1 and 10."}));
}

TEST(BodyReader, IntegerBeyondInt64IsOutOfRangeNotWrapped) {
  const auto body = ParseJsonObject(JsonRequest(
      "application/json", R"({"max": 9223372036854775807, "huge": 18446744073709551615})"));
  ASSERT_TRUE(body.has_value());
  ASSERT_TRUE((*body)["huge"].is_number_unsigned());
  BodyReader reader(*body);
  const auto max = reader.Integer("max", 1, INT64_MAX);
  EXPECT_EQ(max.state, Maybe<int64_t>::State::kValue);
  EXPECT_EQ(max.value, INT64_MAX);
  // As a signed number 2^64 - 1 would be -1: it must not pass a range that admits -1.
  EXPECT_EQ(reader.Integer("huge", -10, 1'000'000).state, Maybe<int64_t>::State::kAbsent);
  EXPECT_EQ(Errors(reader, {"max", "huge"}), Lines{"/huge: Must be between -10 and 1000000."});
}

TEST(BodyReader, IntegerJustAboveInt64IsRefusedNotClamped) {
  const auto body =
      ParseJsonObject(JsonRequest("application/json", R"({"id": 9223372036854775808})"));
  ASSERT_TRUE(body.has_value());
  BodyReader reader(*body);
  EXPECT_EQ(reader.Integer("id", 1, INT64_MAX).state, Maybe<int64_t>::State::kAbsent);
  EXPECT_EQ(Errors(reader, {"id"}), Lines{"/id: Must be between 1 and 9223372036854775807."});
}

TEST(BodyReader, BooleanTakesOnlyTrueAndFalse) {
  const json object = {
      {"yes", true}, {"no", false}, {"text", "true"}, {"number", 1}, {"null", nullptr}};
  BodyReader reader(object);
  const auto yes = reader.Boolean("yes");
  EXPECT_EQ(yes.state, Maybe<bool>::State::kValue);
  EXPECT_TRUE(yes.value);
  const auto no = reader.Boolean("no");
  EXPECT_EQ(no.state, Maybe<bool>::State::kValue);
  EXPECT_FALSE(no.value);
  EXPECT_EQ(reader.Boolean("missing").state, Maybe<bool>::State::kAbsent);
  EXPECT_TRUE(reader.ok());
  for (const char* key : {"text", "number", "null"}) {
    EXPECT_EQ(reader.Boolean(key).state, Maybe<bool>::State::kAbsent) << key;
  }
  EXPECT_EQ(Errors(reader, {"yes", "no", "text", "number", "null"}),
            (Lines{"/text: Must be true or false.", "/number: Must be true or false.",
                   "/null: Must be true or false."}));
}

TEST(BodyReader, StringListTrimsEachItem) {
  const json object = {{"countries", json::array({"VN", " KZ ", "\tТурция"})},
                       {"none", json::array()},
                       {"null", nullptr}};
  BodyReader reader(object);
  const auto countries = reader.StringList("countries", 10, 6);
  EXPECT_EQ(countries.state, Maybe<std::vector<std::string>>::State::kValue);
  EXPECT_EQ(countries.value, (std::vector<std::string>{"VN", "KZ", "Турция"}));
  const auto none = reader.StringList("none", 10, 6);
  EXPECT_EQ(none.state, Maybe<std::vector<std::string>>::State::kValue);
  EXPECT_TRUE(none.value.empty());
  EXPECT_EQ(reader.StringList("null", 10, 6).state, Maybe<std::vector<std::string>>::State::kNull);
  EXPECT_EQ(reader.StringList("missing", 10, 6).state,
            Maybe<std::vector<std::string>>::State::kAbsent);
  EXPECT_EQ(Errors(reader, {"countries", "none", "null"}), Lines{});
}

TEST(BodyReader, StringListMustBeAnArray) {
  const json object = {{"text", "VN"}, {"number", 1}, {"object", {{"0", "VN"}}}};
  BodyReader reader(object);
  for (const char* key : {"text", "number", "object"}) {
    EXPECT_EQ(reader.StringList(key, 10, 2).state, Maybe<std::vector<std::string>>::State::kAbsent)
        << key;
  }
  EXPECT_EQ(Errors(reader, {"text", "number", "object"}),
            (Lines{"/text: Must be an array of strings.", "/number: Must be an array of strings.",
                   "/object: Must be an array of strings."}));
}

TEST(BodyReader, StringListHasAtMostMaxItems) {
  const json object = {{"fits", json::array({"VN", "KZ"})},
                       {"many", json::array({"VN", "KZ", "TR"})}};
  BodyReader reader(object);
  EXPECT_EQ(reader.StringList("fits", 2, 2).state, Maybe<std::vector<std::string>>::State::kValue);
  EXPECT_EQ(reader.StringList("many", 2, 2).state, Maybe<std::vector<std::string>>::State::kAbsent);
  EXPECT_EQ(Errors(reader, {"fits", "many"}), Lines{"/many: At most 2 items."});
}

TEST(BodyReader, StringListNamesTheBadItem) {
  const json object = {{"countries", json::array({"VN", 5, "KZ", nullptr, "VNM", "V\x01"})},
                       {"a/b", json::array({true})}};
  BodyReader reader(object);
  EXPECT_EQ(reader.StringList("countries", 10, 2).state,
            Maybe<std::vector<std::string>>::State::kAbsent);
  EXPECT_EQ(reader.StringList("a/b", 10, 2).state, Maybe<std::vector<std::string>>::State::kAbsent);
  EXPECT_EQ(Errors(reader, {"countries", "a/b"}),
            (Lines{"/countries/1: Must be a string.", "/countries/3: Must be a string.",
                   "/countries/4: At most 2 characters, no control characters.",
                   "/countries/5: At most 2 characters, no control characters.",
                   "/a~1b/0: Must be a string."}));
}

TEST(BodyReader, StringListItemLengthCountsCharacters) {
  const json object = {{"names", json::array({"Вьетнам", "Вьетнамы"})}};  // 7 and 8 letters
  BodyReader reader(object);
  reader.StringList("names", 10, 7);
  EXPECT_EQ(Errors(reader, {"names"}),
            Lines{"/names/1: At most 7 characters, no control characters."});
}

}  // namespace
}  // namespace attache::http
