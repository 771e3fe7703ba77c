#include "platform/http/response_cache.hpp"

#include <mutex>

#include "platform/http/etag.hpp"

namespace attache::http {
namespace {

// The cached response as it goes out: a 304 when the client already holds this body.
Response Answer(const Request& request, const Response& cached) {
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

ResponseCache::ResponseCache(std::function<uint64_t()> generation, CacheLimits limits)
    : generation_(std::move(generation)), limits_(limits) {}

std::string ResponseCache::KeyOf(const Request& request, std::string_view variant) {
  std::string key;
  key.reserve(variant.size() + 1 + request.target.size());
  key.append(variant).append(1, '\n').append(request.target);
  return key;
}

std::optional<Response> ResponseCache::Lookup(const Request& request, std::string_view variant) {
  if (request.method != Method::kGet && request.method != Method::kHead) return std::nullopt;
  const uint64_t generation = generation_();
  const std::string key = KeyOf(request, variant);
  std::shared_ptr<const Response> hit;
  {
    const std::shared_lock lock(mutex_);
    const auto found = entries_.find(key);
    if (found == entries_.end() || found->second.generation != generation) return std::nullopt;
    hit = found->second.response;
  }
  return Answer(request, *hit);
}

Response ResponseCache::Serve(Request& request, std::string_view variant,
                              const std::function<Response()>& compute) {
  if (auto hit = Lookup(request, variant)) return std::move(*hit);
  // Read before computing: a write that lands meanwhile leaves this entry stale, never served.
  const uint64_t generation = generation_();
  const std::string key = KeyOf(request, variant);
  std::shared_future<std::shared_ptr<const Response>> pending;
  {
    const std::lock_guard lock(flights_mutex_);
    if (auto flight = flights_.find(key);
        flight != flights_.end() && flight->second.generation == generation) {
      pending = flight->second.answer;
    }
  }
  if (pending.valid()) {
    if (const std::shared_ptr<const Response> answer = pending.get())
      return Answer(request, *answer);
    // Not a 200 (an error may be the caller's own, or passing): this caller tries itself.
    return compute();
  }
  return Compute(request, key, generation, compute);
}

Response ResponseCache::Compute(Request& request, const std::string& key, uint64_t generation,
                                const std::function<Response()>& compute) {
  std::promise<std::shared_ptr<const Response>> promise;
  {
    const std::lock_guard lock(flights_mutex_);
    flights_.insert_or_assign(key, Flight{generation, promise.get_future().share()});
  }
  // Whatever happens below, those waiting get an answer (null: compute your own) and the flight
  // ends.
  std::shared_ptr<const Response> shared;
  struct Land {
    ResponseCache& cache;
    const std::string& key;
    std::promise<std::shared_ptr<const Response>>& promise;
    std::shared_ptr<const Response>& answer;
    uint64_t generation;
    ~Land() {
      promise.set_value(answer);
      const std::lock_guard lock(cache.flights_mutex_);
      // A caller of a later generation may have taken the key over meanwhile.
      if (auto flight = cache.flights_.find(key);
          flight != cache.flights_.end() && flight->second.generation == generation) {
        cache.flights_.erase(flight);
      }
    }
  } land{*this, key, promise, shared, generation};
  Response fresh = compute();
  if (fresh.status != 200) return fresh;
  fresh.headers.Set("ETag", BodyETag(fresh.body));
  // Revalidate by default; a handler may allow more (the public showcase: a minute).
  if (!fresh.headers.Get("Cache-Control")) fresh.headers.Set("Cache-Control", "no-cache");
  shared = std::make_shared<const Response>(std::move(fresh));
  Store(key, generation, shared);
  return Answer(request, *shared);
}

size_t ResponseCache::SizeOf(const std::string& key, const Response& response) {
  size_t size = key.size() + response.body.size();
  for (const auto& [name, value] : response.headers.fields()) size += name.size() + value.size();
  return size;
}

void ResponseCache::Store(const std::string& key, uint64_t generation,
                          std::shared_ptr<const Response> response) {
  const size_t size = SizeOf(key, *response);
  if (size > limits_.max_entry_bytes) return;
  const std::unique_lock lock(mutex_);
  if (auto old = entries_.find(key); old != entries_.end()) {
    bytes_ -= SizeOf(key, *old->second.response);
    entries_.erase(old);
  }
  const auto full = [&] {
    return entries_.size() >= limits_.max_entries || bytes_ + size > limits_.max_bytes;
  };
  if (full()) {
    for (auto it = entries_.begin(); it != entries_.end();) {
      if (it->second.generation != generation) {
        bytes_ -= SizeOf(it->first, *it->second.response);
        it = entries_.erase(it);
      } else {
        ++it;
      }
    }
  }
  if (full()) {
    entries_.clear();
    bytes_ = 0;
  }
  entries_.emplace(key, Entry{generation, std::move(response)});
  bytes_ += size;
}

size_t ResponseCache::entries() const {
  const std::shared_lock lock(mutex_);
  return entries_.size();
}

size_t ResponseCache::bytes() const {
  const std::shared_lock lock(mutex_);
  return bytes_;
}

}  // namespace attache::http
