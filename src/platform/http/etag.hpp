// Entity tags: content hashes for caching (If-None-Match -> 304) and record versions for
// optimistic concurrency (If-Match -> 409 when stale, 428 when missing).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/error.hpp"
#include "platform/http/message.hpp"

namespace attache::http {

// `"<64-bit hash of body>"`.
std::string BodyETag(std::string_view body);
// True when the request's If-None-Match lists `etag` (weakly compared) or is `*`.
bool IfNoneMatch(const Request& request, std::string_view etag);

// `"7"` for version 7.
std::string VersionETag(int64_t version);
// The version in If-Match: kPreconditionRequired when absent, kBadRequest when unreadable.
Result<int64_t> IfMatchVersion(const Request& request);

}  // namespace attache::http
