#include "platform/http/response_cache.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "platform/http/etag.hpp"

namespace attache::http {
namespace {

Request Get(const std::string& target) {
  Request request;
  request.target = target;
  const auto question = target.find('?');
  request.path = target.substr(0, question);
  if (question != std::string::npos) request.query = target.substr(question + 1);
  return request;
}

// A handler answered through the cache, without a variant.
Handler Wrap(ResponseCache& cache, Handler inner) {
  return [&cache, inner = std::move(inner)](Request& request) {
    return cache.Serve(request, "", [&] { return inner(request); });
  };
}

// A cache over a handler that counts its calls and echoes the target and the call number.
class ResponseCacheTest : public ::testing::Test {
 protected:
  Response Send(const std::string& target, const std::string& if_none_match = "") {
    Request request = Get(target);
    if (!if_none_match.empty()) request.headers.Add("If-None-Match", if_none_match);
    return handler_(request);
  }

  std::atomic<uint64_t> generation_{1};
  int calls_ = 0;
  int status_ = 200;
  ResponseCache cache_{[this] { return generation_.load(); }};
  Handler handler_ = Wrap(cache_, [this](Request& request) {
    ++calls_;
    Response response = JsonResponse(
        status_, "{\"target\":\"" + request.target + "\",\"call\":" + std::to_string(calls_) + "}");
    response.headers.Set("X-Inner", "yes");
    return response;
  });
};

TEST_F(ResponseCacheTest, ServesTheCachedResponseUntilTheGenerationMoves) {
  const Response first = Send("/api/v1/countries");
  EXPECT_EQ(calls_, 1);
  EXPECT_EQ(first.status, 200);
  EXPECT_EQ(first.body, R"({"target":"/api/v1/countries","call":1})");

  const Response second = Send("/api/v1/countries");
  EXPECT_EQ(calls_, 1);
  EXPECT_EQ(second.body, first.body);
  EXPECT_EQ(second.headers.Get("Content-Type"), "application/json");
  EXPECT_EQ(second.headers.Get("X-Inner"), "yes");

  generation_ = 2;
  const Response third = Send("/api/v1/countries");
  EXPECT_EQ(calls_, 2);
  EXPECT_EQ(third.body, R"({"target":"/api/v1/countries","call":2})");
  Send("/api/v1/countries");
  EXPECT_EQ(calls_, 2);
}

// Requests that miss at once while the first one computes: they wait for its answer.
std::vector<Response> AtOnce(ResponseCache& cache, int callers,
                             const std::function<Response()>& compute) {
  std::vector<Response> answers(callers);
  std::vector<std::thread> threads;
  for (int i = 0; i < callers; ++i) {
    threads.emplace_back([&, i] {
      Request request = Get("/api/v1/reports/wins");
      answers[i] = cache.Serve(request, "", compute);
    });
  }
  for (std::thread& thread : threads) thread.join();
  return answers;
}

TEST(ResponseCacheFlights, CallersThatMissAtOnceShareOneComputation) {
  ResponseCache cache([] { return uint64_t{1}; });
  std::atomic<int> calls{0};
  const auto answers = AtOnce(cache, 8, [&] {
    ++calls;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    return JsonResponse(200, "{\"total\":42}");
  });
  EXPECT_EQ(calls.load(), 1);
  for (const Response& answer : answers) {
    EXPECT_EQ(answer.status, 200);
    EXPECT_EQ(answer.body, "{\"total\":42}");
  }
}

TEST(ResponseCacheFlights, WhenTheFirstAnswerIsNoSuccessEachCallerComputesItsOwn) {
  ResponseCache cache([] { return uint64_t{1}; });
  std::atomic<int> calls{0};
  const auto answers = AtOnce(cache, 4, [&] {
    const bool first = ++calls == 1;
    std::this_thread::sleep_for(std::chrono::milliseconds(first ? 100 : 0));
    return JsonResponse(first ? 503 : 200, first ? "{}" : "{\"total\":42}");
  });
  EXPECT_GE(calls.load(), 2);  // a caller coming after the second answer may find it kept
  int unavailable = 0;
  for (const Response& answer : answers) unavailable += answer.status == 503 ? 1 : 0;
  EXPECT_EQ(unavailable, 1);
}

TEST_F(ResponseCacheTest, AnyGenerationChangeRefreshes) {
  Send("/api/v1/world-regions");
  generation_ = 0;  // a different number, even a smaller one, means "changed"
  Send("/api/v1/world-regions");
  EXPECT_EQ(calls_, 2);
}

TEST_F(ResponseCacheTest, OtherStatusesAreNotCached) {
  for (const int status : {201, 304, 400, 404, 500, 503}) {
    status_ = status;
    calls_ = 0;
    const Response first = Send("/api/v1/countries?limit=0");
    const Response second = Send("/api/v1/countries?limit=0");
    EXPECT_EQ(calls_, 2) << status;
    EXPECT_EQ(first.status, status);
    EXPECT_EQ(second.body, R"({"target":"/api/v1/countries?limit=0","call":2})") << status;
    EXPECT_EQ(second.headers.Get("ETag"), std::nullopt) << status;
  }
}

TEST_F(ResponseCacheTest, FailureDoesNotEvictACachedSuccess) {
  Send("/api/v1/countries");
  status_ = 503;
  generation_ = 2;
  EXPECT_EQ(Send("/api/v1/countries").status, 503);
  status_ = 200;
  EXPECT_EQ(Send("/api/v1/countries").body, R"({"target":"/api/v1/countries","call":3})");
  EXPECT_EQ(Send("/api/v1/countries").body, R"({"target":"/api/v1/countries","call":3})");
  EXPECT_EQ(calls_, 3);
}

TEST_F(ResponseCacheTest, QueryStringsAreCachedSeparately) {
  const Response a = Send("/api/v1/countries?q=viet");
  const Response b = Send("/api/v1/countries?q=ru");
  const Response plain = Send("/api/v1/countries");
  EXPECT_EQ(calls_, 3);
  EXPECT_EQ(a.body, R"({"target":"/api/v1/countries?q=viet","call":1})");
  EXPECT_EQ(b.body, R"({"target":"/api/v1/countries?q=ru","call":2})");
  EXPECT_EQ(Send("/api/v1/countries?q=viet").body, a.body);
  EXPECT_EQ(Send("/api/v1/countries?q=ru").body, b.body);
  EXPECT_EQ(Send("/api/v1/countries").body, plain.body);
  EXPECT_EQ(calls_, 3);
}

TEST_F(ResponseCacheTest, AddsAStrongETagAndNoCache) {
  const Response response = Send("/api/v1/countries");
  EXPECT_EQ(response.headers.Get("ETag"), BodyETag(response.body));
  EXPECT_EQ(response.headers.Get("Cache-Control"), "no-cache");
  EXPECT_EQ(Send("/api/v1/countries").headers.Get("ETag"), BodyETag(response.body));
}

TEST_F(ResponseCacheTest, MatchingIfNoneMatchIsNotModified) {
  const Response response = Send("/api/v1/countries");
  const std::string etag = std::string(*response.headers.Get("ETag"));
  for (const std::string& header : {etag, "W/" + etag, "\"other\", " + etag, std::string("*")}) {
    const Response cached = Send("/api/v1/countries", header);
    EXPECT_EQ(cached.status, 304) << header;
    EXPECT_EQ(cached.body, "") << header;
    EXPECT_EQ(cached.headers.Get("ETag"), etag) << header;
  }
  EXPECT_EQ(calls_, 1);
}

TEST_F(ResponseCacheTest, NotModifiedKeepsCacheControl) {
  // RFC 9110 15.4.5: a 304 carries the Cache-Control a 200 would have carried.
  const Response response = Send("/api/v1/countries");
  const Response cached = Send("/api/v1/countries", std::string(*response.headers.Get("ETag")));
  ASSERT_EQ(cached.status, 304);
  EXPECT_EQ(cached.headers.Get("Cache-Control"), "no-cache");
}

TEST_F(ResponseCacheTest, MatchingIfNoneMatchOnAMissIsNotModified) {
  const std::string expected_body = R"({"target":"/api/v1/countries","call":1})";
  const Response response = Send("/api/v1/countries", BodyETag(expected_body));
  EXPECT_EQ(calls_, 1);
  EXPECT_EQ(response.status, 304);
  EXPECT_EQ(response.body, "");
  // The miss still filled the cache.
  EXPECT_EQ(Send("/api/v1/countries").body, expected_body);
  EXPECT_EQ(calls_, 1);
}

TEST_F(ResponseCacheTest, StaleIfNoneMatchGetsTheBody) {
  const Response old = Send("/api/v1/countries");
  generation_ = 2;
  const Response fresh = Send("/api/v1/countries", std::string(*old.headers.Get("ETag")));
  EXPECT_EQ(fresh.status, 200);
  EXPECT_EQ(fresh.body, R"({"target":"/api/v1/countries","call":2})");
  EXPECT_NE(fresh.headers.Get("ETag"), old.headers.Get("ETag"));
}

// A handler that counts its calls and answers with the target (plus `padding` bytes).
Handler Counting(ResponseCache& cache, int& calls, size_t padding = 0) {
  return Wrap(cache, [&calls, padding](Request& request) {
    ++calls;
    return JsonResponse(200, request.target + std::string(padding, ' '));
  });
}

TEST(ResponseCache, WhenFullOfCurrentEntriesItStartsAfresh) {
  int calls = 0;
  ResponseCache cache([] { return uint64_t{7}; }, CacheLimits{2, 1 << 20, 1 << 20});
  Handler handler = Counting(cache, calls);
  // Three targets through two places: each store of the third clears the other two.
  for (int round = 0; round < 3; ++round) {
    for (const std::string target : {"/a", "/b", "/c"}) {
      Request request = Get(target);
      EXPECT_EQ(handler(request).body, target);
    }
  }
  EXPECT_EQ(calls, 9);
  EXPECT_EQ(cache.entries(), 1U);
}

TEST(ResponseCache, TargetsThatFitAreServedFromMemory) {
  int calls = 0;
  ResponseCache cache([] { return uint64_t{7}; }, CacheLimits{2, 1 << 20, 1 << 20});
  Handler handler = Counting(cache, calls);
  for (int round = 0; round < 3; ++round) {
    for (const std::string target : {"/a", "/b"}) {
      Request request = Get(target);
      handler(request);
    }
  }
  EXPECT_EQ(calls, 2);
  EXPECT_EQ(cache.entries(), 2U);
}

TEST(ResponseCache, EntriesOfPastGenerationsGoFirst) {
  int calls = 0;
  uint64_t generation = 1;
  ResponseCache cache([&generation] { return generation; }, CacheLimits{2, 1 << 20, 1 << 20});
  Handler handler = Counting(cache, calls);
  for (const std::string target : {"/a", "/b"}) {
    Request request = Get(target);
    handler(request);
  }
  generation = 2;
  Request c = Get("/c");
  handler(c);
  EXPECT_EQ(cache.entries(), 1U) << "the two entries of generation 1 were dropped, /c kept";
  Request again = Get("/c");
  handler(again);
  EXPECT_EQ(calls, 3);
}

TEST(ResponseCache, KeepsWithinItsByteBudget) {
  int calls = 0;
  ResponseCache cache([] { return uint64_t{7}; }, CacheLimits{100, 3000, 2000});
  Handler handler = Counting(cache, calls, 1000);
  for (const std::string target : {"/a", "/b", "/c", "/d"}) {
    Request request = Get(target);
    handler(request);
    EXPECT_LE(cache.bytes(), 3000U);
  }
  EXPECT_GT(cache.bytes(), 1000U);
  EXPECT_LT(cache.entries(), 4U);
}

TEST(ResponseCache, DoesNotKeepAnswersOverTheEntryLimit) {
  int calls = 0;
  ResponseCache cache([] { return uint64_t{7}; }, CacheLimits{100, 1 << 20, 500});
  Handler handler = Counting(cache, calls, 1000);
  for (int i = 0; i < 3; ++i) {
    Request request = Get("/big");
    EXPECT_EQ(handler(request).status, 200);
  }
  EXPECT_EQ(calls, 3);
  EXPECT_EQ(cache.entries(), 0U);
  EXPECT_EQ(cache.bytes(), 0U);
}

}  // namespace
}  // namespace attache::http

namespace attache::http {
namespace {

TEST(ResponseCache, KeepsOneAnswerPerVariant) {
  ResponseCache cache([] { return uint64_t{1}; });
  int calls = 0;
  const auto serve = [&](std::string_view variant) {
    Request request = Get("/api/v1/attaches");
    return cache.Serve(request, variant, [&] {
      ++calls;
      return JsonResponse(200, std::string(variant));
    });
  };
  EXPECT_EQ(serve("viewer").body, "viewer");
  EXPECT_EQ(serve("analyst").body, "analyst");
  EXPECT_EQ(serve("viewer").body, "viewer");
  EXPECT_EQ(calls, 2);
  EXPECT_EQ(cache.Lookup(Get("/api/v1/attaches"), "analyst")->body, "analyst");
  EXPECT_FALSE(cache.Lookup(Get("/api/v1/attaches"), "admin"));
  EXPECT_FALSE(cache.Lookup(Get("/api/v1/attaches")));
}

}  // namespace
}  // namespace attache::http
