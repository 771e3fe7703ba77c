// Building responses: JSON bodies, list pages, and the headers of a file to download.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "core/error.hpp"
#include "platform/http/message.hpp"
#include "platform/http/problem.hpp"

namespace attache::http {

Response JsonReply(int status, const nlohmann::json& body);
// A JSON body with the record's version as its ETag (what an If-Match names next).
Response VersionedReply(int status, const nlohmann::json& body, int64_t version);

// `{items: [...]}` of what a service listed (each item by its domain's ToJson), or its problem.
template <class T>
Response ItemsReply(const Result<std::vector<T>>& items, const Request& request) {
  if (!items) return ProblemResponse(items.error(), request);
  nlohmann::json array = nlohmann::json::array();
  for (const T& item : *items) array.push_back(ToJson(item));
  return JsonReply(200, {{"items", std::move(array)}});
}

// `{items, next_cursor, total}`.
nlohmann::json PageJson(nlohmann::json items, int64_t total, std::optional<int64_t> next_offset);

// `attachment; filename="<name in ASCII>"; filename*=UTF-8''<name percent-encoded>` (RFC 6266):
// browsers save the file under its real name, older clients under a safe approximation.
std::string AttachmentDisposition(std::string_view file_name);

}  // namespace attache::http
