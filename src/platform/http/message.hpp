// HTTP requests and responses as plain values, independent of the server library, so that
// handlers, the router and their tests never include Boost.Beast.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/lang.hpp"

namespace attache::http {

enum class Method { kGet, kHead, kPost, kPut, kPatch, kDelete, kOptions, kOther };
const char* ToString(Method method);
Method ParseMethod(std::string_view name);

// Header fields in arrival order; names compare case-insensitively.
class Headers {
 public:
  std::optional<std::string_view> Get(std::string_view name) const;
  void Set(std::string_view name, std::string value);
  void Add(std::string name, std::string value) {
    fields_.emplace_back(std::move(name), std::move(value));
  }
  const std::vector<std::pair<std::string, std::string>>& fields() const { return fields_; }

 private:
  std::vector<std::pair<std::string, std::string>> fields_;
};

struct Request {
  Method method = Method::kGet;
  std::string target;  // as received: path and query
  std::string path;    // percent-decoded
  std::string query;   // raw, without '?'
  Headers headers;
  std::string body;
  std::string request_id;
  std::string client_address;
  // The client reached the service over TLS (as a trusted reverse proxy says).
  bool secure = false;
  Lang lang = Lang::kEn;
  // Filled by the router from `{name}` segments of the matched pattern.
  std::vector<std::pair<std::string, std::string>> path_params;

  std::string_view PathParam(std::string_view name) const;
};

struct Response {
  int status = 200;
  Headers headers;
  std::string body;
  // When set, the body is this file instead (an export spooled to disk): the server streams it
  // from there, so memory stays flat however large it is, and deletes it once it is open.
  std::string body_file;
};

Response JsonResponse(int status, std::string body);

// The value of cookie `name` in the request's Cookie headers, if it is there.
std::optional<std::string_view> CookieValue(const Request& request, std::string_view name);

using QueryParams = std::vector<std::pair<std::string, std::string>>;
// Splits and percent-decodes a query string (`+` is a space); nullopt on a malformed escape.
std::optional<QueryParams> ParseQuery(std::string_view query);
// Percent-decodes; nullopt on a malformed escape.
std::optional<std::string> PercentDecode(std::string_view text, bool plus_is_space);

}  // namespace attache::http
