#include "platform/http/reply.hpp"

#include "platform/http/input.hpp"

namespace attache::http {

Response JsonReply(int status, const nlohmann::json& body) {
  return JsonResponse(status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

nlohmann::json PageJson(nlohmann::json items, int64_t total, std::optional<int64_t> next_offset) {
  return {
      {"items", std::move(items)},
      {"next_cursor", next_offset ? nlohmann::json(EncodeCursor(*next_offset)) : nlohmann::json()},
      {"total", total}};
}

}  // namespace attache::http
