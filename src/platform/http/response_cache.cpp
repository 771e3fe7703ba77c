#include "platform/http/response_cache.hpp"

#include <mutex>

#include "platform/http/etag.hpp"

namespace attache::http {

ResponseCache::ResponseCache(std::function<uint64_t()> generation, size_t max_entries)
    : generation_(std::move(generation)), max_entries_(max_entries) {}

Handler ResponseCache::Wrap(Handler inner) {
  return [this, inner = std::move(inner)](Request& request) { return Serve(inner, request); };
}

Response ResponseCache::Serve(const Handler& inner, Request& request) {
  const uint64_t generation = generation_();
  std::optional<Response> hit;
  {
    const std::shared_lock lock(mutex_);
    if (auto found = entries_.find(request.target);
        found != entries_.end() && found->second.generation == generation) {
      hit = found->second.response;
    }
  }
  if (!hit) {
    Response fresh = inner(request);
    if (fresh.status != 200) return fresh;
    fresh.headers.Set("ETag", BodyETag(fresh.body));
    fresh.headers.Set("Cache-Control", "no-cache");
    const std::unique_lock lock(mutex_);
    if (entries_.size() >= max_entries_) entries_.clear();
    entries_.insert_or_assign(request.target, Entry{generation, fresh});
    hit = std::move(fresh);
  }
  if (auto etag = hit->headers.Get("ETag"); etag && IfNoneMatch(request, *etag)) {
    Response not_modified;
    not_modified.status = 304;
    not_modified.headers.Set("ETag", std::string(*etag));
    return not_modified;
  }
  return std::move(*hit);
}

}  // namespace attache::http
