// Building responses: JSON bodies, list pages, and the headers of a file to download.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>

#include "platform/http/message.hpp"

namespace attache::http {

Response JsonReply(int status, const nlohmann::json& body);
// `{items, next_cursor, total}`.
nlohmann::json PageJson(nlohmann::json items, int64_t total, std::optional<int64_t> next_offset);

// `attachment; filename="<name in ASCII>"; filename*=UTF-8''<name percent-encoded>` (RFC 6266):
// browsers save the file under its real name, older clients under a safe approximation.
std::string AttachmentDisposition(std::string_view file_name);

}  // namespace attache::http
