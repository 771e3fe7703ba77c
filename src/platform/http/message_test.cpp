#include "platform/http/message.hpp"

#include <gtest/gtest.h>

#include <initializer_list>
#include <optional>
#include <string>

namespace attache::http {
namespace {

TEST(Message, HeadersGetIgnoresCase) {
  Headers headers;
  headers.Add("Content-Type", "application/json");
  EXPECT_EQ(headers.Get("Content-Type"), "application/json");
  EXPECT_EQ(headers.Get("content-type"), "application/json");
  EXPECT_EQ(headers.Get("CONTENT-TYPE"), "application/json");
  EXPECT_EQ(headers.Get("Content-Length"), std::nullopt);
  EXPECT_EQ(headers.Get("Content-Typ"), std::nullopt);
}

TEST(Message, HeadersSetReplacesWhateverTheCase) {
  Headers headers;
  headers.Add("etag", "\"1\"");
  headers.Set("ETag", "\"2\"");
  ASSERT_EQ(headers.fields().size(), 1u);
  EXPECT_EQ(headers.Get("ETag"), "\"2\"");
}

TEST(Message, HeadersSetAddsWhenAbsent) {
  Headers headers;
  headers.Set("Cache-Control", "no-cache");
  headers.Set("ETag", "\"x\"");
  ASSERT_EQ(headers.fields().size(), 2u);
  EXPECT_EQ(headers.fields()[0].first, "Cache-Control");
  EXPECT_EQ(headers.fields()[1].first, "ETag");
  EXPECT_EQ(headers.Get("cache-control"), "no-cache");
}

TEST(Message, HeadersAddKeepsRepeatsInOrder) {
  Headers headers;
  headers.Add("Set-Cookie", "a=1");
  headers.Add("set-cookie", "b=2");
  ASSERT_EQ(headers.fields().size(), 2u);
  EXPECT_EQ(headers.fields()[0].second, "a=1");
  EXPECT_EQ(headers.fields()[1].second, "b=2");
  EXPECT_EQ(headers.Get("SET-COOKIE"), "a=1");  // the first one
}

TEST(Message, MethodNamesRoundTrip) {
  for (const Method method : {Method::kGet, Method::kHead, Method::kPost, Method::kPut,
                              Method::kPatch, Method::kDelete, Method::kOptions}) {
    EXPECT_EQ(ParseMethod(ToString(method)), method) << ToString(method);
  }
  EXPECT_STREQ(ToString(Method::kPatch), "PATCH");
  EXPECT_STREQ(ToString(Method::kOther), "OTHER");
}

TEST(Message, ParseMethodIsCaseSensitiveAndClosed) {
  EXPECT_EQ(ParseMethod("get"), Method::kOther);  // method names are case-sensitive
  EXPECT_EQ(ParseMethod("TRACE"), Method::kOther);
  EXPECT_EQ(ParseMethod(""), Method::kOther);
}

TEST(Message, PathParamFindsByName) {
  Request request;
  request.path_params = {{"iso2", "VN"}, {"id", "42"}};
  EXPECT_EQ(request.PathParam("iso2"), "VN");
  EXPECT_EQ(request.PathParam("id"), "42");
  EXPECT_EQ(request.PathParam("missing"), "");
}

TEST(Message, JsonResponseSetsStatusTypeAndBody) {
  const Response response = JsonResponse(201, R"({"ok":true})");
  EXPECT_EQ(response.status, 201);
  EXPECT_EQ(response.headers.Get("Content-Type"), "application/json");
  EXPECT_EQ(response.body, R"({"ok":true})");
}

TEST(Message, ParseQuerySplitsAndDecodes) {
  const auto params = ParseQuery("q=%D0%92%D1%8C%D0%B5%D1%82&presence=open,planned&note=a+b%2Bc");
  ASSERT_TRUE(params.has_value());
  const QueryParams expected = {{"q", "Вьет"}, {"presence", "open,planned"}, {"note", "a b+c"}};
  EXPECT_EQ(*params, expected);
}

TEST(Message, ParseQueryKeepsEdgeCases) {
  EXPECT_EQ(ParseQuery(""), QueryParams{});
  EXPECT_EQ(ParseQuery("flag"), (QueryParams{{"flag", ""}}));
  EXPECT_EQ(ParseQuery("a="), (QueryParams{{"a", ""}}));
  EXPECT_EQ(ParseQuery("=x"), (QueryParams{{"", "x"}}));
  EXPECT_EQ(ParseQuery("a=1&&b=2&"), (QueryParams{{"a", "1"}, {"b", "2"}}));
  EXPECT_EQ(ParseQuery("a=1=2"), (QueryParams{{"a", "1=2"}}));
  EXPECT_EQ(ParseQuery("a=1&a=2"), (QueryParams{{"a", "1"}, {"a", "2"}}));
  EXPECT_EQ(ParseQuery("%71=%26%3D"), (QueryParams{{"q", "&="}}));
  EXPECT_EQ(ParseQuery("my+key=v"), (QueryParams{{"my key", "v"}}));
}

TEST(Message, ParseQueryRejectsMalformedEscapes) {
  for (const char* query : {"q=%", "q=%4", "q=%zz", "q=%G1", "q=%1G", "%=1", "a=1&b=%E", "x%2"}) {
    EXPECT_EQ(ParseQuery(query), std::nullopt) << query;
  }
}

TEST(Message, PercentDecodeDecodesEscapes) {
  EXPECT_EQ(PercentDecode("%D0%92%D1%8C%D0%B5%D1%82%D0%BD%D0%B0%D0%BC", false), "Вьетнам");
  EXPECT_EQ(PercentDecode("%d0%92", false), "В");  // lowercase hex
  EXPECT_EQ(PercentDecode("a%20b", false), "a b");
  EXPECT_EQ(PercentDecode("%2F%25", false), "/%");
  EXPECT_EQ(PercentDecode("%41", false), "A");  // an escape right at the end
  EXPECT_EQ(PercentDecode("", false), "");
  EXPECT_EQ(PercentDecode("plain", false), "plain");
  EXPECT_EQ(PercentDecode("%00", false), std::string(1, '\0'));
}

TEST(Message, PercentDecodePlusIsSpaceOnlyWhenAsked) {
  EXPECT_EQ(PercentDecode("a+b", false), "a+b");
  EXPECT_EQ(PercentDecode("a+b", true), "a b");
  EXPECT_EQ(PercentDecode("a%2Bb", true), "a+b");
}

TEST(Message, PercentDecodeRejectsMalformedEscapes) {
  for (const char* text : {"%", "%4", "100%", "%%", "%zz", "%-1", "%+1", "a%2"}) {
    EXPECT_EQ(PercentDecode(text, false), std::nullopt) << text;
  }
}

Request WithCookies(std::initializer_list<std::string> headers) {
  Request request;
  for (const std::string& value : headers) request.headers.Add("Cookie", value);
  return request;
}

TEST(CookieValue, FindsTheNamedCookieAmongSeveral) {
  const Request request = WithCookies({"theme=dark; attache_session=abc123; lang=ru"});
  EXPECT_EQ(CookieValue(request, "attache_session"), "abc123");
  EXPECT_EQ(CookieValue(request, "theme"), "dark");
  EXPECT_EQ(CookieValue(request, "lang"), "ru");
}

TEST(CookieValue, IgnoresBlanksAroundNamesAndValues) {
  const Request request = WithCookies({"  theme = dark ;attache_session=  abc123  ;;"});
  EXPECT_EQ(CookieValue(request, "attache_session"), "abc123");
  EXPECT_EQ(CookieValue(request, "theme"), "dark");
}

TEST(CookieValue, UnquotesAQuotedValue) {
  EXPECT_EQ(CookieValue(WithCookies({"attache_session=\"abc123\""}), "attache_session"), "abc123");
  EXPECT_EQ(CookieValue(WithCookies({"attache_session=\"\""}), "attache_session"), "");
  // A lone quote is not a quoted value.
  EXPECT_EQ(CookieValue(WithCookies({"attache_session=\""}), "attache_session"), "\"");
}

TEST(CookieValue, MissingCookie) {
  EXPECT_EQ(CookieValue(Request{}, "attache_session"), std::nullopt);
  EXPECT_EQ(CookieValue(WithCookies({"theme=dark; lang=ru"}), "attache_session"), std::nullopt);
  EXPECT_EQ(CookieValue(WithCookies({""}), "attache_session"), std::nullopt);
  EXPECT_EQ(CookieValue(WithCookies({"attache_session"}), "attache_session"), std::nullopt);
  EXPECT_EQ(CookieValue(WithCookies({"attache_session="}), "attache_session"), "");
}

TEST(CookieValue, ReadsEveryCookieHeader) {
  Request request = WithCookies({"theme=dark"});
  request.headers.Add("Accept", "application/json");
  request.headers.Add("cookie", "attache_session=abc123");
  EXPECT_EQ(CookieValue(request, "attache_session"), "abc123");
  EXPECT_EQ(CookieValue(request, "theme"), "dark");
}

TEST(CookieValue, OnlyTheCookieHeaderCounts) {
  Request request;
  request.headers.Add("Set-Cookie", "attache_session=abc123");
  request.headers.Add("Cookie2", "attache_session=abc123");
  request.headers.Add("X-Cookie", "attache_session=abc123");
  EXPECT_EQ(CookieValue(request, "attache_session"), std::nullopt);
}

TEST(CookieValue, NamesMatchWhole) {
  EXPECT_EQ(CookieValue(WithCookies({"xattache_session=evil"}), "attache_session"), std::nullopt);
  EXPECT_EQ(CookieValue(WithCookies({"attache_session_old=evil"}), "attache_session"),
            std::nullopt);
  EXPECT_EQ(CookieValue(WithCookies({"Attache_Session=evil"}), "attache_session"), std::nullopt);
  EXPECT_EQ(
      CookieValue(WithCookies({"xattache_session=evil; attache_session=good"}), "attache_session"),
      "good");
  // A value holding the name is not the name.
  EXPECT_EQ(CookieValue(WithCookies({"other=attache_session=evil"}), "attache_session"),
            std::nullopt);
}

TEST(CookieValue, FirstOccurrenceWinsAndValuesMayHoldEquals) {
  EXPECT_EQ(
      CookieValue(WithCookies({"attache_session=one; attache_session=two"}), "attache_session"),
      "one");
  EXPECT_EQ(
      CookieValue(WithCookies({"attache_session=one", "attache_session=two"}), "attache_session"),
      "one");
  EXPECT_EQ(CookieValue(WithCookies({"attache_session=ab=cd"}), "attache_session"), "ab=cd");
}

}  // namespace
}  // namespace attache::http
