// Keeps whole 200 responses of read-mostly GET resources (keyed by a variant, such as what the
// caller may see, plus path and query) until the data
// may have changed, as told by a generation number that moves on every write of any instance
// (db::ChangeFeed). Adds a strong ETag to what it serves and answers If-None-Match with 304.
// Bounded in entries and bytes: when full it first drops entries of past generations, then
// everything. Requests that miss at once wait for the first one's answer instead of each computing
// it (sixteen cold requests for a 200 ms report would otherwise share two cores sixteen ways).
// Thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "core/strings.hpp"
#include "platform/http/router.hpp"

namespace attache::http {

struct CacheLimits {
  size_t max_entries = 1024;
  size_t max_bytes = 64 * 1024 * 1024;
  size_t max_entry_bytes = 4 * 1024 * 1024;  // larger answers are not kept
};

class ResponseCache {
 public:
  explicit ResponseCache(std::function<uint64_t()> generation, CacheLimits limits = {});
  // The cached answer for `variant`, or `compute()`'s, kept when it is a 200. While one caller
  // computes it, others asking the same of the same generation wait for that answer.
  Response Serve(Request& request, std::string_view variant,
                 const std::function<Response()>& compute);
  // The cached answer to a GET or HEAD (200, or 304 on a matching If-None-Match), if there is
  // one for the current generation. Never blocks on I/O.
  std::optional<Response> Lookup(const Request& request, std::string_view variant = {});

  size_t entries() const;
  size_t bytes() const;

 private:
  struct Entry {
    uint64_t generation;
    std::shared_ptr<const Response> response;
  };
  // An answer being computed; null when it turned out not to be a 200.
  struct Flight {
    uint64_t generation;
    std::shared_future<std::shared_ptr<const Response>> answer;
  };
  Response Compute(Request& request, const std::string& key, uint64_t generation,
                   const std::function<Response()>& compute);
  static std::string KeyOf(const Request& request, std::string_view variant);
  void Store(const std::string& key, uint64_t generation, std::shared_ptr<const Response> response);
  static size_t SizeOf(const std::string& key, const Response& response);

  std::function<uint64_t()> generation_;
  const CacheLimits limits_;
  mutable std::shared_mutex mutex_;
  std::unordered_map<std::string, Entry, StringHash, std::equal_to<>> entries_;
  size_t bytes_ = 0;
  std::mutex flights_mutex_;
  std::unordered_map<std::string, Flight, StringHash, std::equal_to<>> flights_;
};

}  // namespace attache::http
