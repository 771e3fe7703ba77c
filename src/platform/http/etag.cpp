#include "platform/http/etag.hpp"

#include <fmt/format.h>
#include <xxhash.h>

#include <charconv>

#include "core/strings.hpp"

namespace attache::http {

std::string BodyETag(std::string_view body) {
  return fmt::format("\"{:016x}\"", XXH3_64bits(body.data(), body.size()));
}

bool IfNoneMatch(const Request& request, std::string_view etag) {
  const auto header = request.headers.Get("If-None-Match");
  if (!header) return false;
  for (std::string_view tag : SplitList(*header, ',')) {
    if (tag.starts_with("W/")) tag.remove_prefix(2);
    if (tag == etag || tag == "*") return true;
  }
  return false;
}

std::string VersionETag(int64_t version) { return fmt::format("\"{}\"", version); }

Result<int64_t> IfMatchVersion(const Request& request) {
  const auto header = request.headers.Get("If-Match");
  if (!header) {
    return Fail(ErrorCode::kPreconditionRequired,
                {"Send the record's ETag in If-Match, so that a change made meanwhile is not "
                 "overwritten.",
                 "Передайте ETag записи в заголовке If-Match, чтобы не затереть чужие изменения."});
  }
  std::string_view tag = Trim(*header);
  if (tag.size() >= 2 && tag.front() == '"' && tag.back() == '"')
    tag = tag.substr(1, tag.size() - 2);
  int64_t version = 0;
  const auto [end, ec] = std::from_chars(tag.data(), tag.data() + tag.size(), version);
  if (ec != std::errc() || end != tag.data() + tag.size() || version < 1) {
    return Fail(
        ErrorCode::kBadRequest,
        {fmt::format("If-Match must be a record version such as \"3\", not {}", *header),
         fmt::format("If-Match должен содержать версию записи, например \"3\", а не {}", *header)});
  }
  return version;
}

}  // namespace attache::http
