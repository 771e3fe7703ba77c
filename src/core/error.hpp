// Typed results. Every fallible call returns Result<T> (or Status); exceptions stay inside the
// adapters that call throwing libraries. One table (platform/http/problem.cpp) maps ErrorCode to
// an HTTP status, so the domains never speak HTTP.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <tl/expected.hpp>
#include <utility>
#include <vector>

#include "core/lang.hpp"

namespace attache {

enum class ErrorCode {
  kBadRequest,  // malformed input: not JSON, bad query parameter
  kValidation,  // well-formed but invalid; FieldErrors say where
  kNotFound,
  kMethodNotAllowed,
  kConflict,              // stale version, or a unique key already taken
  kPreconditionRequired,  // an update without the version it changes
  kPayloadTooLarge,
  kHeadersTooLarge,
  kUnsupportedMediaType,
  kUnauthenticated,
  kForbidden,
  kPasswordChangeRequired,  // a one-time password must be replaced before anything else
  kTooManyRequests,
  kUnavailable,  // database unreachable, overloaded, shutting down
  kInternal,
};

// Where a validation problem is: a JSON pointer into the body, or a query parameter.
struct FieldError {
  std::string pointer;
  std::string parameter;
  Text message;
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  Text detail;
  std::vector<FieldError> fields;
  // For logs only, never sent to clients (SQL states, library messages).
  std::string internal;
  // When to try again (429, 503), in seconds; 0 when not known.
  int retry_after_seconds = 0;
};

template <class T>
using Result = tl::expected<T, Error>;
using Status = tl::expected<void, Error>;

inline tl::unexpected<Error> Fail(ErrorCode code, Text detail) {
  return tl::unexpected<Error>(Error{code, std::move(detail), {}, {}});
}

// An internal failure: clients see a generic text, logs see `internal`.
inline tl::unexpected<Error> FailInternal(ErrorCode code, std::string internal) {
  return tl::unexpected<Error>(
      Error{code,
            {"The server could not complete the request.", "Сервер не смог выполнить запрос."},
            {},
            std::move(internal)});
}

inline tl::unexpected<Error> FailValidation(std::vector<FieldError> fields) {
  return tl::unexpected<Error>(Error{ErrorCode::kValidation,
                                     {"The request has invalid fields.", "В запросе есть ошибки."},
                                     std::move(fields),
                                     {}});
}

// A looked-up record, or the error `missing()` makes when there is none.
template <class T, class Missing>
Result<T> Found(Result<std::optional<T>> found, Missing missing) {
  if (!found) return tl::unexpected(found.error());
  if (!*found) return missing();
  return std::move(**found);
}

// A write based on `version` of a record that is now at `current`: 409, reload and redo.
tl::unexpected<Error> Stale(int64_t current);

const char* ToString(ErrorCode code);

}  // namespace attache
