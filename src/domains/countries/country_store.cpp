#include <algorithm>

#include "domains/countries/queries.hpp"
#include "domains/countries/store.hpp"
#include "platform/db/sql_builder.hpp"
#include "text/normalize.hpp"

namespace attache::countries {
namespace {

static_assert(db::SortsCovered(kCountrySorts, kCountryOrder),
              "every sort field of the API needs its column in kCountryOrder");

Country ReadCountry(const db::Row& row) {
  Country country;
  country.id = row.Int(0);
  country.iso2 = row.String(1);
  country.iso3 = row.String(2);
  country.iso_numeric = row.String(3);
  country.name_en = row.String(4);
  country.name_ru = row.String(5);
  country.official_name_en = row.String(6);
  country.official_name_ru = row.String(7);
  country.continent = {row.String(8), row.String(9), row.String(10), std::nullopt};
  country.region = {row.String(11), row.String(12), row.String(13), row.OptString(8)};
  country.presence.status = ParsePresence(row.Text(14)).value_or(PresenceStatus::kNone);
  if (auto since = row.OptString(15)) country.presence.since = ParseDate(*since);
  country.presence.note = row.String(16);
  country.version = row.Int(17);
  country.updated_at = row.String(18);
  country.attache_count = row.Int(19);
  return country;
}

// The filters every country list query shares, except presence (facets ignore it).
void AddCommonFilters(db::SqlBuilder& sql, const CountryQuery& query) {
  if (query.text) {
    sql.Where(kCountryTextFilter, "%" + text::EscapeLike(text::Fold(*query.text)) + "%");
  }
  if (query.region) sql.Where(kCountryRegionFilter, *query.region);
}

void AddPresenceFilter(db::SqlBuilder& sql, const CountryQuery& query) {
  std::vector<std::string_view> names;
  for (const PresenceStatus status : query.presence) names.push_back(ToString(status));
  sql.WhereIn(kCountryPresenceColumn, names);
}

int64_t& FacetOf(PresenceCounts& counts, PresenceStatus status) {
  switch (status) {
    case PresenceStatus::kPlanned:
      return counts.planned;
    case PresenceStatus::kActive:
      return counts.active;
    case PresenceStatus::kSuspended:
      return counts.suspended;
    case PresenceStatus::kNone:
      break;
  }
  return counts.none;
}

}  // namespace

Result<CountryPage> SelectCountries(db::Connection& conn, const CountryQuery& query) {
  CountryPage result;
  db::SqlBuilder facets(kCountryFacets);
  AddCommonFilters(facets, query);
  facets.Append(kCountryFacetsGroup);
  auto counted = conn.Query(facets.sql(), facets.params(), [&](const db::Row& row) {
    const PresenceStatus status = ParsePresence(row.Text(0)).value_or(PresenceStatus::kNone);
    const int64_t count = row.Int(1);
    FacetOf(result.facets, status) = count;
    if (query.presence.empty() ||
        std::find(query.presence.begin(), query.presence.end(), status) != query.presence.end()) {
      result.page.total += count;
    }
  });
  if (!counted) return tl::unexpected(counted.error());

  db::SqlBuilder select(kCountrySelect);
  AddCommonFilters(select, query);
  AddPresenceFilter(select, query);
  select.OrderBy(query.sort, kCountryOrder, kCountryTiebreak);
  select.Page(query.limit, query.offset);
  auto listed = conn.Query(select.sql(), select.params(), [&](const db::Row& row) {
    result.page.items.push_back(ReadCountry(row));
  });
  if (!listed) return tl::unexpected(listed.error());
  if (query.offset + static_cast<int64_t>(result.page.items.size()) < result.page.total) {
    result.page.next_offset = query.offset + static_cast<int64_t>(result.page.items.size());
  }
  return result;
}

Result<std::optional<Country>> SelectCountry(db::Connection& conn, std::string_view iso2) {
  std::optional<Country> country;
  const std::string sql = std::string(kCountrySelect) + std::string(kCountryByIso2);
  auto status = conn.Query(sql, {iso2}, [&](const db::Row& row) { country = ReadCountry(row); });
  if (!status) return tl::unexpected(status.error());
  return country;
}

Result<bool> CountryExists(db::Connection& conn, std::string_view iso2) {
  auto count = conn.QueryInt(kCountryExists, {iso2});
  if (!count) return tl::unexpected(count.error());
  return *count > 0;
}

Result<std::vector<std::string>> UnknownCountries(db::Connection& conn,
                                                 std::span<const std::string> iso2s) {
  std::vector<std::string> unknown;
  if (iso2s.empty()) return unknown;
  std::vector<std::string_view> codes(iso2s.begin(), iso2s.end());
  db::SqlBuilder select(kKnownCountries);
  select.WhereIn("iso2", codes);
  std::vector<std::string> known;
  auto status = conn.Query(select.sql(), select.params(),
                           [&](const db::Row& row) { known.push_back(row.String(0)); });
  if (!status) return tl::unexpected(status.error());
  for (const std::string& code : iso2s) {
    if (std::find(known.begin(), known.end(), code) == known.end() &&
        std::find(unknown.begin(), unknown.end(), code) == unknown.end()) {
      unknown.push_back(code);
    }
  }
  return unknown;
}

Result<bool> UpdatePresence(db::Connection& conn, std::string_view iso2, int64_t version,
                            const Presence& presence, TimePoint at) {
  const std::optional<std::string> since =
      presence.since ? std::optional(presence.since->ToString()) : std::nullopt;
  const std::string now = FormatTimestamp(at);
  auto changed = conn.Execute(kUpdatePresence, {ToString(presence.status), db::Nullable(since),
                                                presence.note, now, iso2, version});
  if (!changed) return tl::unexpected(changed.error());
  return *changed == 1;
}

Result<std::vector<WorldRegion>> SelectRegions(db::Connection& conn) {
  std::vector<WorldRegion> regions;
  auto status = conn.Query(kListRegions, {}, [&](const db::Row& row) {
    regions.push_back({row.String(0), row.String(2), row.String(3), row.OptString(1)});
  });
  if (!status) return tl::unexpected(status.error());
  return regions;
}

}  // namespace attache::countries
