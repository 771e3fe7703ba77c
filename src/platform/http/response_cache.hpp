// Keeps whole 200 responses of read-mostly GET resources (keyed by path and query) until the data
// may have changed, as told by a generation number that moves on every write of any instance
// (db::ChangeFeed). Adds a strong ETag to what it serves and answers If-None-Match with 304.
// Thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "core/strings.hpp"
#include "platform/http/router.hpp"

namespace attache::http {

class ResponseCache {
 public:
  explicit ResponseCache(std::function<uint64_t()> generation, size_t max_entries = 1024);
  // A handler that answers from the cache and fills it from `inner`.
  Handler Wrap(Handler inner);
  // The cached answer to a GET or HEAD (200, or 304 on a matching If-None-Match), if there is
  // one for the current generation. Never blocks on I/O.
  std::optional<Response> Lookup(const Request& request);

 private:
  struct Entry {
    uint64_t generation;
    Response response;
  };
  Response Serve(const Handler& inner, Request& request);

  std::function<uint64_t()> generation_;
  size_t max_entries_;
  std::shared_mutex mutex_;
  std::unordered_map<std::string, Entry, StringHash, std::equal_to<>> entries_;
};

}  // namespace attache::http
