// Building JSON responses: bodies, list pages, and the actor of a request.
#pragma once

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>

#include "core/actor.hpp"
#include "platform/http/message.hpp"

namespace attache::http {

Response JsonReply(int status, const nlohmann::json& body);
// `{items, next_cursor, total}`.
nlohmann::json PageJson(nlohmann::json items, int64_t total, std::optional<int64_t> next_offset);
// Who makes the request, for the audit trail.
Actor ActorOf(const Request& request);

}  // namespace attache::http
