#include "platform/http/etag.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <regex>
#include <string>

namespace attache::http {
namespace {

Request WithHeader(const std::string& name, const std::string& value) {
  Request request;
  request.headers.Add(name, value);
  return request;
}

TEST(ETag, BodyETagIsAQuotedHash) {
  for (const std::string body : {"", "hello", "{\"items\":[]}", "Вьетнам"}) {
    const std::string etag = BodyETag(body);
    EXPECT_TRUE(std::regex_match(etag, std::regex("\"[0-9a-f]{16}\""))) << etag;
  }
}

TEST(ETag, BodyETagIsStableAndDependsOnTheBody) {
  EXPECT_EQ(BodyETag("hello"), BodyETag(std::string("hel") + "lo"));
  EXPECT_NE(BodyETag("hello"), BodyETag("hello "));
  EXPECT_NE(BodyETag("hello"), BodyETag("Hello"));
  EXPECT_NE(BodyETag(""), BodyETag(std::string(1, '\0')));
}

TEST(ETag, IfNoneMatchWithoutHeaderIsFalse) { EXPECT_FALSE(IfNoneMatch(Request{}, "\"abc\"")); }

struct MatchCase {
  std::string header;
  bool matches;
};

void PrintTo(const MatchCase& c, std::ostream* out) { *out << "If-None-Match: " << c.header; }

class IfNoneMatchTest : public ::testing::TestWithParam<MatchCase> {};

TEST_P(IfNoneMatchTest, ComparesWeaklyAgainstEveryListedTag) {
  const Request request = WithHeader("If-None-Match", GetParam().header);
  EXPECT_EQ(IfNoneMatch(request, "\"abc\""), GetParam().matches);
}

INSTANTIATE_TEST_SUITE_P(ETag, IfNoneMatchTest,
                         ::testing::Values(MatchCase{"\"abc\"", true}, MatchCase{" \"abc\" ", true},
                                           MatchCase{"W/\"abc\"", true}, MatchCase{"*", true},
                                           MatchCase{"\"x\", \"abc\"", true},
                                           MatchCase{"\"x\",W/\"abc\",\"y\"", true},
                                           MatchCase{"\"x\", *", true}, MatchCase{"\"abd\"", false},
                                           MatchCase{"abc", false}, MatchCase{"\"ABC\"", false},
                                           MatchCase{"\"x\", \"y\"", false}, MatchCase{"", false},
                                           MatchCase{"W/\"x\"", false}, MatchCase{"\"abc", false}));

TEST(ETag, IfNoneMatchHeaderNameIsCaseInsensitive) {
  EXPECT_TRUE(IfNoneMatch(WithHeader("if-none-match", "\"abc\""), "\"abc\""));
}

TEST(ETag, VersionETagQuotesTheVersion) {
  EXPECT_EQ(VersionETag(7), "\"7\"");
  EXPECT_EQ(VersionETag(1), "\"1\"");
  EXPECT_EQ(VersionETag(9'000'000'000), "\"9000000000\"");
}

TEST(ETag, IfMatchVersionMissingIsPreconditionRequired) {
  const Result<int64_t> version = IfMatchVersion(Request{});
  ASSERT_FALSE(version.has_value());
  EXPECT_EQ(version.error().code, ErrorCode::kPreconditionRequired);
  EXPECT_NE(version.error().detail.en.find("If-Match"), std::string::npos);
  EXPECT_FALSE(version.error().detail.ru.empty());
}

struct VersionCase {
  std::string header;
  std::optional<int64_t> version;  // nullopt: kBadRequest
};

void PrintTo(const VersionCase& c, std::ostream* out) { *out << "If-Match: " << c.header; }

class IfMatchVersionTest : public ::testing::TestWithParam<VersionCase> {};

TEST_P(IfMatchVersionTest, ReadsAPositiveVersion) {
  const VersionCase& c = GetParam();
  const Result<int64_t> version = IfMatchVersion(WithHeader("If-Match", c.header));
  if (c.version) {
    ASSERT_TRUE(version.has_value()) << version.error().detail.en;
    EXPECT_EQ(*version, *c.version);
  } else {
    ASSERT_FALSE(version.has_value()) << *version;
    EXPECT_EQ(version.error().code, ErrorCode::kBadRequest);
    EXPECT_NE(version.error().detail.en.find(c.header), std::string::npos)
        << version.error().detail.en;
  }
}

INSTANTIATE_TEST_SUITE_P(
    ETag, IfMatchVersionTest,
    ::testing::Values(VersionCase{"\"3\"", 3}, VersionCase{"3", 3}, VersionCase{" \"3\" ", 3},
                      VersionCase{"\"1\"", 1}, VersionCase{"\"9000000000\"", 9'000'000'000},
                      VersionCase{"abc", std::nullopt}, VersionCase{"\"abc\"", std::nullopt},
                      VersionCase{"\"0\"", std::nullopt}, VersionCase{"0", std::nullopt},
                      VersionCase{"\"-1\"", std::nullopt}, VersionCase{"\"3x\"", std::nullopt},
                      VersionCase{"\"\"", std::nullopt}, VersionCase{"\"", std::nullopt},
                      VersionCase{"\"3", std::nullopt}, VersionCase{"W/\"3\"", std::nullopt},
                      VersionCase{"\"3\", \"4\"", std::nullopt}, VersionCase{"*", std::nullopt},
                      VersionCase{"\"99999999999999999999\"", std::nullopt}));

TEST(ETag, IfMatchVersionRoundTripsVersionETag) {
  for (const int64_t version : {1, 2, 41, 1'000'000}) {
    const Result<int64_t> read = IfMatchVersion(WithHeader("if-match", VersionETag(version)));
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(*read, version);
  }
}

}  // namespace
}  // namespace attache::http
