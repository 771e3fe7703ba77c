#include <fmt/format.h>

#include <map>
#include <string>

#include "domains/countries/queries.hpp"
#include "domains/countries/reference_data.hpp"
#include "domains/countries/store.hpp"
#include "text/normalize.hpp"

namespace attache::countries {
namespace {

// The columns of a country that come from reference data, in kUpdateCountryReference order.
std::vector<std::string> ReferenceColumns(const CountryRef& ref) {
  return {std::string(ref.iso2),
          std::string(ref.iso3),
          std::string(ref.numeric),
          std::string(ref.name_en),
          std::string(ref.name_ru),
          std::string(ref.official_name_en),
          std::string(ref.official_name_ru),
          std::string(ref.continent),
          std::string(ref.region)};
}

Status SyncRegions(db::Connection& conn) {
  std::map<std::string, std::vector<std::string>, std::less<>> stored;
  auto read = conn.Query(kListRegions, {}, [&](const db::Row& row) {
    stored[row.String(0)] = {row.String(0), row.OptString(1).value_or(""), row.String(2),
                             row.String(3)};
  });
  if (!read) return read;
  for (const RegionRef& ref : ReferenceRegions()) {
    const std::vector<std::string> wanted = {std::string(ref.code), std::string(ref.parent),
                                             std::string(ref.name_en), std::string(ref.name_ru)};
    const auto found = stored.find(ref.code);
    if (found != stored.end() && found->second == wanted) continue;
    const db::Param parent = ref.parent.empty() ? db::Param(nullptr) : db::Param(ref.parent);
    auto written = conn.Execute(found == stored.end() ? kInsertRegion : kUpdateRegion,
                                {ref.code, parent, ref.name_en, ref.name_ru});
    if (!written) return tl::unexpected(written.error());
  }
  return {};
}

}  // namespace

Result<std::vector<std::string>> SyncReference(db::Connection& conn, TimePoint at) {
  if (auto regions = SyncRegions(conn); !regions) return tl::unexpected(regions.error());
  std::map<std::string, std::vector<std::string>, std::less<>> stored;
  auto read = conn.Query(kReferenceCountries, {}, [&](const db::Row& row) {
    std::vector<std::string> columns;
    for (int i = 0; i < 9; ++i) columns.push_back(row.String(i));
    stored[columns[0]] = std::move(columns);
  });
  if (!read) return tl::unexpected(read.error());

  std::vector<std::string> written;
  const std::string now = FormatTimestamp(at);
  for (const CountryRef& ref : ReferenceCountries()) {
    const std::vector<std::string> wanted = ReferenceColumns(ref);
    const auto found = stored.find(ref.iso2);
    if (found != stored.end() && found->second == wanted) continue;
    const std::string search =
        text::Fold(fmt::format("{} {} {} {} {} {}", ref.iso2, ref.iso3, ref.name_en, ref.name_ru,
                               ref.official_name_en, ref.official_name_ru));
    const std::string sort_en = text::SortKey(ref.name_en, Lang::kEn);
    const std::string sort_ru = text::SortKey(ref.name_ru, Lang::kRu);
    const auto region = [](std::string_view code) {
      return code.empty() ? db::Param(nullptr) : db::Param(code);
    };
    auto done = conn.Execute(found == stored.end() ? kInsertCountry : kUpdateCountryReference,
                             {ref.iso2, ref.iso3, ref.numeric, ref.name_en, ref.name_ru,
                              ref.official_name_en, ref.official_name_ru, region(ref.continent),
                              region(ref.region), search, sort_en, sort_ru, now});
    if (!done) return tl::unexpected(done.error());
    written.emplace_back(ref.iso2);
  }
  return written;
}

}  // namespace attache::countries
