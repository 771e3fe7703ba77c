#include "platform/http/problem.hpp"

#include <nlohmann/json.hpp>

#include "core/log.hpp"

namespace attache::http {
namespace {

struct Kind {
  int status;
  Text title;
};

Kind KindOf(ErrorCode code) {
  switch (code) {
    case ErrorCode::kBadRequest:
      return {400, {"Bad request", "Некорректный запрос"}};
    case ErrorCode::kValidation:
      return {422, {"Invalid data", "Ошибки в данных"}};
    case ErrorCode::kNotFound:
      return {404, {"Not found", "Не найдено"}};
    case ErrorCode::kMethodNotAllowed:
      return {405, {"Method not allowed", "Метод не разрешён"}};
    case ErrorCode::kConflict:
      return {409, {"Conflict", "Конфликт изменений"}};
    case ErrorCode::kPreconditionRequired:
      return {428, {"Precondition required", "Требуется версия записи"}};
    case ErrorCode::kPayloadTooLarge:
      return {413, {"Payload too large", "Слишком большой запрос"}};
    case ErrorCode::kHeadersTooLarge:
      return {431, {"Request header fields too large", "Слишком большие заголовки запроса"}};
    case ErrorCode::kUnsupportedMediaType:
      return {415, {"Unsupported media type", "Неподдерживаемый тип данных"}};
    case ErrorCode::kUnauthenticated:
      return {401, {"Unauthenticated", "Требуется вход"}};
    case ErrorCode::kForbidden:
      return {403, {"Forbidden", "Доступ запрещён"}};
    case ErrorCode::kPasswordChangeRequired:
      return {403, {"Password change required", "Требуется сменить пароль"}};
    case ErrorCode::kTooManyRequests:
      return {429, {"Too many requests", "Слишком много запросов"}};
    case ErrorCode::kUnavailable:
      return {503, {"Service unavailable", "Сервис недоступен"}};
    case ErrorCode::kInternal:
      return {500, {"Internal error", "Внутренняя ошибка"}};
  }
  return {500, {"Internal error", "Внутренняя ошибка"}};
}

}  // namespace

int HttpStatus(ErrorCode code) { return KindOf(code).status; }

Response ProblemResponse(const Error& error, const Request& request) {
  return ProblemResponse(error, request.lang, request.request_id, request.path);
}

Response ProblemResponse(const Error& error, Lang lang, std::string_view request_id,
                         std::string_view instance) {
  const Kind kind = KindOf(error.code);
  if (!error.internal.empty()) {
    log::Error(
        "request_failed",
        {{"request_id", request_id}, {"type", ToString(error.code)}, {"internal", error.internal}});
  }
  nlohmann::json body = {
      {"type", std::string("/problems/") + ToString(error.code)},
      {"title", kind.title.In(lang)},
      {"status", kind.status},
      {"detail", error.detail.In(lang)},
      {"request_id", request_id},
  };
  if (!instance.empty()) body["instance"] = instance;
  if (!error.fields.empty()) {
    auto& errors = body["errors"] = nlohmann::json::array();
    for (const FieldError& field : error.fields) {
      nlohmann::json item = {{"message", field.message.In(lang)}};
      if (!field.parameter.empty()) {
        item["parameter"] = field.parameter;
      } else {
        item["pointer"] = field.pointer;
      }
      errors.push_back(std::move(item));
    }
  }
  Response response;
  response.status = kind.status;
  response.headers.Set("Content-Type", "application/problem+json");
  if (error.retry_after_seconds > 0) {
    response.headers.Set("Retry-After", std::to_string(error.retry_after_seconds));
  }
  response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return response;
}

}  // namespace attache::http
