// What a duplicate check costs per name: an import of 100k organisations keys every row.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "text/organisation_key.hpp"

namespace attache::text {
namespace {

const std::vector<std::string> kNames = {"АО «Лаборатория Касперского»",
                                         "Kaspersky Lab",
                                         "ООО \"ЯНДЕКС\"",
                                         "Positive Technologies",
                                         "Публичное акционерное общество \"Ростелеком\"",
                                         "ИнфоВотч"};

void BM_OrganisationKey(benchmark::State& state) {
  size_t i = 0;
  for (auto _ : state) benchmark::DoNotOptimize(OrganisationKey(kNames[i++ % kNames.size()]));
}
BENCHMARK(BM_OrganisationKey);
BENCHMARK(BM_OrganisationKey)->Threads(2);

}  // namespace
}  // namespace attache::text
