#include "core/error.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <utility>
#include <vector>

namespace attache {
namespace {

const std::vector<std::pair<ErrorCode, std::string>>& AllCodes() {
  static const std::vector<std::pair<ErrorCode, std::string>> codes = {
      {ErrorCode::kBadRequest, "bad-request"},
      {ErrorCode::kValidation, "validation"},
      {ErrorCode::kNotFound, "not-found"},
      {ErrorCode::kMethodNotAllowed, "method-not-allowed"},
      {ErrorCode::kConflict, "conflict"},
      {ErrorCode::kPreconditionRequired, "precondition-required"},
      {ErrorCode::kPayloadTooLarge, "payload-too-large"},
      {ErrorCode::kHeadersTooLarge, "headers-too-large"},
      {ErrorCode::kUnsupportedMediaType, "unsupported-media-type"},
      {ErrorCode::kUnauthenticated, "unauthenticated"},
      {ErrorCode::kForbidden, "forbidden"},
      {ErrorCode::kPasswordChangeRequired, "password-change-required"},
      {ErrorCode::kTooManyRequests, "too-many-requests"},
      {ErrorCode::kUnavailable, "unavailable"},
      {ErrorCode::kInternal, "internal"},
  };
  return codes;
}

TEST(Error, ToStringNamesEveryCode) {
  for (const auto& [code, name] : AllCodes()) {
    EXPECT_EQ(ToString(code), name) << static_cast<int>(code);
  }
}

TEST(Error, ToStringIsDistinctForEveryCode) {
  std::set<std::string> names;
  for (const auto& [code, name] : AllCodes()) names.insert(ToString(code));
  EXPECT_EQ(names.size(), AllCodes().size());
  // The table above covers the whole enum (kInternal is the last enumerator).
  EXPECT_EQ(static_cast<size_t>(ErrorCode::kInternal) + 1, AllCodes().size());
}

TEST(Error, ToStringNamesAreUrlSafe) {
  for (const auto& [code, name] : AllCodes()) {
    for (const char c : std::string(ToString(code))) {
      EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '-') << ToString(code);
    }
  }
}

TEST(Error, FailCarriesCodeAndDetail) {
  const Result<int> result = Fail(ErrorCode::kNotFound, {"No such country.", "Нет такой страны."});
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, ErrorCode::kNotFound);
  EXPECT_EQ(result.error().detail.en, "No such country.");
  EXPECT_EQ(result.error().detail.ru, "Нет такой страны.");
  EXPECT_TRUE(result.error().fields.empty());
  EXPECT_TRUE(result.error().internal.empty());
}

TEST(Error, FailConvertsToStatus) {
  const Status status = Fail(ErrorCode::kConflict, {"Stale.", "Устарело."});
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().code, ErrorCode::kConflict);
  EXPECT_TRUE(Status{}.has_value());
}

TEST(Error, FailValidationCarriesEveryField) {
  const Status status = FailValidation({
      FieldError{"/name", "", {"Required.", "Обязательное поле."}},
      FieldError{"", "limit", {"Too big.", "Слишком много."}},
  });
  ASSERT_FALSE(status.has_value());
  const Error& error = status.error();
  EXPECT_EQ(error.code, ErrorCode::kValidation);
  EXPECT_EQ(error.detail.en, "The request has invalid fields.");
  EXPECT_EQ(error.detail.ru, "В запросе есть ошибки.");
  ASSERT_EQ(error.fields.size(), 2u);
  EXPECT_EQ(error.fields[0].pointer, "/name");
  EXPECT_EQ(error.fields[0].message.en, "Required.");
  EXPECT_EQ(error.fields[1].parameter, "limit");
  EXPECT_EQ(error.fields[1].message.ru, "Слишком много.");
  EXPECT_TRUE(error.internal.empty());
}

TEST(Error, FailInternalHidesTheInternalText) {
  const Result<std::string> result = FailInternal(ErrorCode::kUnavailable, "SQLSTATE 08006");
  ASSERT_FALSE(result.has_value());
  const Error& error = result.error();
  EXPECT_EQ(error.code, ErrorCode::kUnavailable);
  EXPECT_EQ(error.internal, "SQLSTATE 08006");
  EXPECT_EQ(error.detail.en, "The server could not complete the request.");
  EXPECT_EQ(error.detail.ru, "Сервер не смог выполнить запрос.");
  EXPECT_EQ(error.detail.en.find("SQLSTATE"), std::string::npos);
  EXPECT_TRUE(error.fields.empty());
}

TEST(Error, DefaultErrorIsInternal) { EXPECT_EQ(Error{}.code, ErrorCode::kInternal); }

}  // namespace
}  // namespace attache
