// What one uncached countries list costs (the reason list responses are cached, ADR 0003), and
// the router and cache paths that serve the cached ones.
#include <benchmark/benchmark.h>

#include "app/app.hpp"
#include "app/demo.hpp"
#include "domains/countries/json.hpp"
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
  }
  std::unique_ptr<testing::TempDatabase> database;
  std::unique_ptr<app::App> app;
};

Fixture& Shared() {
  static Fixture fixture;
  return fixture;
}

void BM_ListCountriesQuery(benchmark::State& state) {
  CountryQuery query;
  query.limit = static_cast<int>(state.range(0));
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
    http::Request request;
    request.target = request.path = "/api/v1/countries/VN";
    auto response = Shared().app->Handle(request);
    benchmark::DoNotOptimize(response);
  }
}
BENCHMARK(BM_HandleUncached)->Unit(benchmark::kMicrosecond);

void BM_HandleCachedList(benchmark::State& state) {
  http::Request request;
  request.target = request.path = "/api/v1/countries";
  (void)Shared().app->Handle(request);
  for (auto _ : state) {
    http::Request copy = request;
    auto response = Shared().app->HandleImmediately(copy);
    if (!response) state.SkipWithError("not cached");
    benchmark::DoNotOptimize(response);
  }
}
BENCHMARK(BM_HandleCachedList)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace attache::countries
