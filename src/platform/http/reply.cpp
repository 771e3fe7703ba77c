#include "platform/http/reply.hpp"

#include "platform/http/etag.hpp"
#include "platform/http/input.hpp"

namespace attache::http {

Response JsonReply(int status, const nlohmann::json& body) {
  return JsonResponse(status, body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

Response VersionedReply(int status, const nlohmann::json& body, int64_t version) {
  Response response = JsonReply(status, body);
  response.headers.Set("ETag", VersionETag(version));
  return response;
}

nlohmann::json PageJson(nlohmann::json items, int64_t total, std::optional<int64_t> next_offset) {
  return {
      {"items", std::move(items)},
      {"next_cursor", next_offset ? nlohmann::json(EncodeCursor(*next_offset)) : nlohmann::json()},
      {"total", total}};
}

std::string AttachmentDisposition(std::string_view file_name) {
  constexpr char kHex[] = "0123456789ABCDEF";
  std::string ascii;
  std::string encoded;
  for (const char c : file_name) {
    const auto byte = static_cast<unsigned char>(c);
    const bool plain = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                       (byte >= '0' && byte <= '9') || c == '.' || c == '-' || c == '_';
    if (plain) {
      encoded += c;
    } else {
      encoded += '%';
      encoded += kHex[byte >> 4];
      encoded += kHex[byte & 0xF];
    }
    // Quotes, backslashes, controls and non-ASCII bytes have no safe place in the quoted name.
    const bool quotable = byte >= 0x20 && byte < 0x7F && c != '"' && c != '\\';
    if (quotable) {
      ascii += c;
    } else if (byte < 0x80 || (byte & 0xC0) == 0xC0) {
      ascii += '_';  // one per character, not per byte
    }
  }
  return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
}

}  // namespace attache::http
