#include "core/error.hpp"

namespace attache {

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
