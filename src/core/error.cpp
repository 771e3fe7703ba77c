#include "core/error.hpp"

#include <fmt/format.h>

namespace attache {

tl::unexpected<Error> Stale(int64_t current) {
  return Fail(ErrorCode::kConflict,
              {fmt::format("The record was changed meanwhile (it is now version {}). Reload it and "
                           "make your change again.",
                           current),
               fmt::format("Запись изменилась, пока вы её редактировали (теперь версия {}). "
                           "Обновите её и внесите изменения снова.",
                           current)});
}

const char* ToString(ErrorCode code) {
  switch (code) {
    case ErrorCode::kBadRequest:
      return "bad-request";
    case ErrorCode::kValidation:
      return "validation";
    case ErrorCode::kNotFound:
      return "not-found";
    case ErrorCode::kMethodNotAllowed:
      return "method-not-allowed";
    case ErrorCode::kConflict:
      return "conflict";
    case ErrorCode::kPreconditionRequired:
      return "precondition-required";
    case ErrorCode::kPayloadTooLarge:
      return "payload-too-large";
    case ErrorCode::kHeadersTooLarge:
      return "headers-too-large";
    case ErrorCode::kUnsupportedMediaType:
      return "unsupported-media-type";
    case ErrorCode::kUnauthenticated:
      return "unauthenticated";
    case ErrorCode::kForbidden:
      return "forbidden";
    case ErrorCode::kPasswordChangeRequired:
      return "password-change-required";
    case ErrorCode::kTooManyRequests:
      return "too-many-requests";
    case ErrorCode::kUnavailable:
      return "unavailable";
    case ErrorCode::kInternal:
      return "internal";
  }
  return "internal";
}

}  // namespace attache
