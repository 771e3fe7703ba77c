// What one uncached countries list costs (the reason list responses are cached, ADR 0003), the
// router and cache paths that serve the cached ones, and what finding out the caller costs
// (ADR 0006).
#include <benchmark/benchmark.h>

#include "app/app.hpp"
#include "app/demo.hpp"
#include "domains/countries/json.hpp"
#include "domains/users/identity.hpp"
#include "support/temp_database.hpp"

namespace attache::countries {
namespace {

struct Fixture {
  Fixture() : database(testing::TempDatabase::Create(db::Dialect::kSqlite)) {
    app::AppOptions options;
    options.db_url = database->url();
    options.web_root = database->dir() / "none";
    app = std::move(*app::App::Open(options));
    (void)app::LoadDemo(app->database(), SystemClock());
    auto signed_in = app->identity().Login("analyst@attache.demo", "analyst-demo-2026", "bench",
                                           Actor::System("bench"));
    if (signed_in) cookie = "attache_session=" + signed_in->secret;
  }
  // A request of the signed-in demo analyst.
  http::Request Get(const std::string& target) const {
    http::Request request;
    request.target = request.path = target;
    request.headers.Add("Cookie", cookie);
    return request;
  }
  std::unique_ptr<testing::TempDatabase> database;
  std::unique_ptr<app::App> app;
  std::string cookie;
};

Fixture& Shared() {
  static Fixture fixture;
  return fixture;
}

void BM_ListCountriesQuery(benchmark::State& state) {
  CountryQuery query;
  query.limit = static_cast<int>(state.range(0));
  Shared();  // the setup (database, demo, sign-in) stays out of the timing
  for (auto _ : state) {
    auto page = Shared().app->countries().ListCountries(query);
    benchmark::DoNotOptimize(page);
  }
}
BENCHMARK(BM_ListCountriesQuery)->Arg(50)->Arg(500)->Unit(benchmark::kMicrosecond);

void BM_ListCountriesJson(benchmark::State& state) {
  CountryQuery query;
  query.limit = 50;
  const auto page = Shared().app->countries().ListCountries(query);
  for (auto _ : state) {
    nlohmann::json items = nlohmann::json::array();
    for (const Country& country : page->page.items) items.push_back(ToJson(country));
    std::string body = items.dump();
    benchmark::DoNotOptimize(body);
  }
}
BENCHMARK(BM_ListCountriesJson)->Unit(benchmark::kMicrosecond);

void BM_HandleUncached(benchmark::State& state) {
  for (auto _ : state) {
    http::Request request = Shared().Get("/api/v1/countries/VN");
    auto response = Shared().app->Handle(request);
    if (response.status != 200) state.SkipWithError("not answered");
    benchmark::DoNotOptimize(response);
  }
}
BENCHMARK(BM_HandleUncached)->Unit(benchmark::kMicrosecond);

void BM_HandleCachedList(benchmark::State& state) {
  http::Request request = Shared().Get("/api/v1/countries");
  (void)Shared().app->Handle(request);
  for (auto _ : state) {
    http::Request copy = request;
    auto response = Shared().app->HandleImmediately(copy);
    if (!response) state.SkipWithError("not cached");
    benchmark::DoNotOptimize(response);
  }
}
BENCHMARK(BM_HandleCachedList)->Unit(benchmark::kMicrosecond);

// Who the caller is, from memory (the common case) and from the database (once per interval).
void BM_AuthenticateRemembered(benchmark::State& state) {
  const http::Request request = Shared().Get("/api/v1/countries");
  (void)Shared().app->identity().Authenticate(request);
  for (auto _ : state) {
    auto principal = Shared().app->identity().AuthenticateFromMemory(request);
    if (!principal || !principal->signed_in()) state.SkipWithError("not remembered");
    benchmark::DoNotOptimize(principal);
  }
}
BENCHMARK(BM_AuthenticateRemembered)->Unit(benchmark::kMicrosecond);

void BM_AuthenticateFromDatabase(benchmark::State& state) {
  // A fresh identity each time remembers nothing: every call reads the session and its user.
  const http::Request request = Shared().Get("/api/v1/countries");
  for (auto _ : state) {
    state.PauseTiming();
    users::Identity fresh(Shared().app->database(), SystemClock(), [] { return uint64_t{0}; });
    state.ResumeTiming();
    auto principal = fresh.Authenticate(request);
    if (!principal || !principal->signed_in()) state.SkipWithError("not signed in");
    benchmark::DoNotOptimize(principal);
  }
}
BENCHMARK(BM_AuthenticateFromDatabase)->Unit(benchmark::kMicrosecond);

// Signing in: one argon2id verification plus the session's write.
void BM_SignIn(benchmark::State& state) {
  for (auto _ : state) {
    auto signed_in = Shared().app->identity().Login("viewer@attache.demo", "viewer-demo-2026",
                                                    "bench", Actor::System("bench"));
    if (!signed_in) state.SkipWithError("sign-in failed");
    benchmark::DoNotOptimize(signed_in);
  }
}
BENCHMARK(BM_SignIn)->Unit(benchmark::kMillisecond)->Iterations(10);

}  // namespace
}  // namespace attache::countries
