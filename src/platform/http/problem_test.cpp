#include "platform/http/problem.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace attache::http {
namespace {

using nlohmann::json;

Error ValidationError() {
  return Error{ErrorCode::kValidation,
               {"The request has invalid fields.", "В запросе есть ошибки."},
               {FieldError{"/name", "", {"Required.", "Обязательное поле."}},
                FieldError{"", "limit", {"Too big.", "Слишком много."}},
                FieldError{"/note", "", {"Too long.", ""}}},
               {}};
}

TEST(Problem, HttpStatusOfEveryCode) {
  const std::vector<std::pair<ErrorCode, int>> table = {
      {ErrorCode::kBadRequest, 400},
      {ErrorCode::kValidation, 422},
      {ErrorCode::kNotFound, 404},
      {ErrorCode::kMethodNotAllowed, 405},
      {ErrorCode::kConflict, 409},
      {ErrorCode::kPreconditionRequired, 428},
      {ErrorCode::kPayloadTooLarge, 413},
      {ErrorCode::kHeadersTooLarge, 431},
      {ErrorCode::kUnsupportedMediaType, 415},
      {ErrorCode::kUnauthenticated, 401},
      {ErrorCode::kForbidden, 403},
      {ErrorCode::kPasswordChangeRequired, 403},
      {ErrorCode::kTooManyRequests, 429},
      {ErrorCode::kUnavailable, 503},
      {ErrorCode::kInternal, 500},
  };
  ASSERT_EQ(table.size(), static_cast<size_t>(ErrorCode::kInternal) + 1);
  std::set<int> statuses;
  for (const auto& [code, status] : table) {
    EXPECT_EQ(HttpStatus(code), status) << ToString(code);
    statuses.insert(HttpStatus(code));
  }
  // Only the forced password change shares its status (403) with another code; its problem type
  // tells them apart.
  EXPECT_EQ(statuses.size(), table.size() - 1);
}

TEST(Problem, BodyInEnglish) {
  const Error error{ErrorCode::kNotFound, {"No such country.", "Нет такой страны."}, {}, {}};
  const Response response = ProblemResponse(error, Lang::kEn, "req-7", "/api/v1/countries/XX");
  EXPECT_EQ(response.status, 404);
  EXPECT_EQ(response.headers.Get("Content-Type"), "application/problem+json");
  const json expected = {{"type", "/problems/not-found"},
                         {"title", "Not found"},
                         {"status", 404},
                         {"detail", "No such country."},
                         {"request_id", "req-7"},
                         {"instance", "/api/v1/countries/XX"}};
  EXPECT_EQ(json::parse(response.body), expected);
}

TEST(Problem, BodyInRussian) {
  const Error error{ErrorCode::kConflict, {"Changed meanwhile.", "Запись уже изменили."}, {}, {}};
  const Response response = ProblemResponse(error, Lang::kRu, "req-8", "/api/v1/countries/VN");
  EXPECT_EQ(response.status, 409);
  const json body = json::parse(response.body);
  EXPECT_EQ(body["type"], "/problems/conflict");
  EXPECT_EQ(body["title"], "Конфликт изменений");
  EXPECT_EQ(body["status"], 409);
  EXPECT_EQ(body["detail"], "Запись уже изменили.");
  EXPECT_EQ(body["request_id"], "req-8");
}

TEST(Problem, RussianFallsBackToEnglishDetail) {
  const Error error{ErrorCode::kBadRequest, {"Only in English.", ""}, {}, {}};
  const json body = json::parse(ProblemResponse(error, Lang::kRu, "r", "").body);
  EXPECT_EQ(body["title"], "Некорректный запрос");
  EXPECT_EQ(body["detail"], "Only in English.");
}

TEST(Problem, InstanceOmittedWhenEmpty) {
  const Error error{ErrorCode::kInternal, {"Oops.", "Ой."}, {}, {}};
  const json body = json::parse(ProblemResponse(error, Lang::kEn, "req-9", "").body);
  EXPECT_FALSE(body.contains("instance"));
  EXPECT_FALSE(body.contains("errors"));
  EXPECT_EQ(body["status"], 500);
  EXPECT_EQ(body["title"], "Internal error");
}

TEST(Problem, ErrorsUsePointerOrParameter) {
  const json body = json::parse(ProblemResponse(ValidationError(), Lang::kEn, "r", "/x").body);
  EXPECT_EQ(body["status"], 422);
  EXPECT_EQ(body["type"], "/problems/validation");
  EXPECT_EQ(body["title"], "Invalid data");
  const json expected = json::array({
      {{"pointer", "/name"}, {"message", "Required."}},
      {{"parameter", "limit"}, {"message", "Too big."}},
      {{"pointer", "/note"}, {"message", "Too long."}},
  });
  EXPECT_EQ(body["errors"], expected);
}

TEST(Problem, ErrorsInRussian) {
  const json body = json::parse(ProblemResponse(ValidationError(), Lang::kRu, "r", "/x").body);
  EXPECT_EQ(body["title"], "Ошибки в данных");
  EXPECT_EQ(body["detail"], "В запросе есть ошибки.");
  ASSERT_EQ(body["errors"].size(), 3u);
  EXPECT_EQ(body["errors"][0]["message"], "Обязательное поле.");
  EXPECT_EQ(body["errors"][1]["message"], "Слишком много.");
  EXPECT_EQ(body["errors"][2]["message"], "Too long.");  // no Russian text: English
}

TEST(Problem, FromRequestUsesItsLanguageIdAndPath) {
  Request request;
  request.lang = Lang::kRu;
  request.request_id = "abc-123";
  request.path = "/api/v1/countries/VN";
  request.target = "/api/v1/countries/VN?x=1";
  const Error error{
      ErrorCode::kPreconditionRequired, {"Send If-Match.", "Передайте If-Match."}, {}, {}};
  const Response response = ProblemResponse(error, request);
  EXPECT_EQ(response.status, 428);
  const json body = json::parse(response.body);
  EXPECT_EQ(body["title"], "Требуется версия записи");
  EXPECT_EQ(body["detail"], "Передайте If-Match.");
  EXPECT_EQ(body["request_id"], "abc-123");
  EXPECT_EQ(body["instance"], "/api/v1/countries/VN");
}

TEST(Problem, InternalDetailsAreNeverSent) {
  Error error{ErrorCode::kUnavailable, {"Try again later.", "Повторите позже."}, {}, {}};
  error.internal = "SQLSTATE 08006 password=hunter2";
  const Response response = ProblemResponse(error, Lang::kEn, "r", "/api/v1/countries");
  EXPECT_EQ(response.status, 503);
  EXPECT_EQ(response.body.find("SQLSTATE"), std::string::npos);
  EXPECT_EQ(response.body.find("hunter2"), std::string::npos);
  EXPECT_FALSE(json::parse(response.body).contains("internal"));
}

TEST(Problem, InvalidUtf8InDetailStillGivesJson) {
  const Error error{ErrorCode::kBadRequest, {"bad \xFF byte", ""}, {}, {}};
  const Response response = ProblemResponse(error, Lang::kEn, "r", "");
  const json body = json::parse(response.body);
  EXPECT_EQ(body["detail"], "bad \xEF\xBF\xBD byte");
}

}  // namespace
}  // namespace attache::http
