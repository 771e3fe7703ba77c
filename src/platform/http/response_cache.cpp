#include "platform/http/response_cache.hpp"

#include <mutex>

#include "platform/http/etag.hpp"

namespace attache::http {

ResponseCache::ResponseCache(std::function<uint64_t()> generation, size_t max_entries)
    : generation_(std::move(generation)), max_entries_(max_entries) {}

Handler ResponseCache::Wrap(Handler inner) {
  return [this, inner = std::move(inner)](Request& request) { return Serve(inner, request); };
}

namespace {

// The cached response as it goes out: a 304 when the client already holds this body.
Response Answer(const Request& request, Response cached) {
  if (auto etag = cached.headers.Get("ETag"); etag && IfNoneMatch(request, *etag)) {
    Response not_modified;
    not_modified.status = 304;
    not_modified.headers.Set("ETag", std::string(*etag));
    not_modified.headers.Set("Cache-Control", "no-cache");
    return not_modified;
  }
  return cached;
}

}  // namespace

std::optional<Response> ResponseCache::Lookup(const Request& request) {
  if (request.method != Method::kGet && request.method != Method::kHead) return std::nullopt;
  const uint64_t generation = generation_();
  const std::shared_lock lock(mutex_);
  const auto found = entries_.find(request.target);
  if (found == entries_.end() || found->second.generation != generation) return std::nullopt;
  return Answer(request, found->second.response);
}

Response ResponseCache::Serve(const Handler& inner, Request& request) {
  if (auto hit = Lookup(request)) return std::move(*hit);
  const uint64_t generation = generation_();
  Response fresh = inner(request);
  if (fresh.status != 200) return fresh;
  fresh.headers.Set("ETag", BodyETag(fresh.body));
  fresh.headers.Set("Cache-Control", "no-cache");
  {
    const std::unique_lock lock(mutex_);
    if (entries_.size() >= max_entries_) entries_.clear();
    entries_.insert_or_assign(request.target, Entry{generation, fresh});
  }
  return Answer(request, std::move(fresh));
}

}  // namespace attache::http
