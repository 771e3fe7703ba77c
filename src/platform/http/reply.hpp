// Building JSON responses: bodies and list pages.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>

#include "platform/http/message.hpp"

namespace attache::http {

Response JsonReply(int status, const nlohmann::json& body);
// `{items, next_cursor, total}`.
nlohmann::json PageJson(nlohmann::json items, int64_t total, std::optional<int64_t> next_offset);

}  // namespace attache::http
