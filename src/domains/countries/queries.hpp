// The SQL of the countries domain; the same text runs on SQLite and PostgreSQL. List queries are
// assembled from these fragments only (filters, and orderings chosen from a fixed table).
#pragma once

#include <string_view>

#include "platform/db/sql_builder.hpp"

namespace attache::countries {

inline constexpr std::string_view kCountrySelect = R"~(
SELECT c.id, c.iso2, c.iso3, c.iso_numeric, c.name_en, c.name_ru, c.official_name_en,
       c.official_name_ru, c.continent_code, co.name_en, co.name_ru, c.region_code, re.name_en,
       re.name_ru, c.presence_status, c.presence_since, c.presence_note, c.version, c.updated_at,
       (SELECT COUNT(*) FROM attaches a
         WHERE a.country_id = c.id AND a.status <> 'ended' AND a.archived_at IS NULL) AS attache_count
FROM countries c
LEFT JOIN world_regions co ON co.code = c.continent_code
LEFT JOIN world_regions re ON re.code = c.region_code
WHERE c.archived_at IS NULL)~";

inline constexpr std::string_view kCountryFacets = R"~(
SELECT c.presence_status, COUNT(*) FROM countries c WHERE c.archived_at IS NULL)~";
inline constexpr std::string_view kCountryFacetsGroup = " GROUP BY c.presence_status";

inline constexpr std::string_view kCountryByIso2 = " AND c.iso2 = $1";
inline constexpr std::string_view kCountryTextFilter = " AND c.search_text LIKE ${} ESCAPE '\\'";
inline constexpr std::string_view kCountryRegionFilter =
    " AND (c.continent_code = ${} OR c.region_code = ${})";
inline constexpr std::string_view kCountryPresenceColumn = "c.presence_status";
// What each `sort` field orders by; names by their collation keys (ADR 0002).
inline constexpr db::SqlBuilder::SortColumn kCountryOrder[] = {
    {"name_en", "c.sort_en"},
    {"name_ru", "c.sort_ru"},
    {"iso2", "c.iso2"},
    {"presence",
     "CASE c.presence_status WHEN 'active' THEN 0 WHEN 'planned' THEN 1 WHEN 'suspended' THEN 2 "
     "ELSE 3 END"},
    {"since", "(c.presence_since IS NULL), c.presence_since"},
    {"attaches", "attache_count"},
};
inline constexpr std::string_view kCountryTiebreak = "c.sort_en, c.iso2";

inline constexpr std::string_view kUpdatePresence = R"~(
UPDATE countries
   SET presence_status = $1, presence_since = $2, presence_note = $3, updated_at = $4,
       version = version + 1
 WHERE iso2 = $5 AND version = $6 AND archived_at IS NULL)~";

inline constexpr std::string_view kKnownCountries =
    "SELECT iso2 FROM countries WHERE archived_at IS NULL";
inline constexpr std::string_view kCountryExists =
    "SELECT COUNT(*) FROM countries WHERE iso2 = $1 AND archived_at IS NULL";

inline constexpr std::string_view kListRegions =
    "SELECT code, parent_code, name_en, name_ru FROM world_regions";

// Reference data.
inline constexpr std::string_view kReferenceCountries = R"~(
SELECT iso2, iso3, iso_numeric, name_en, name_ru, official_name_en, official_name_ru,
       COALESCE(continent_code, ''), COALESCE(region_code, '')
FROM countries)~";
inline constexpr std::string_view kInsertCountry = R"~(
INSERT INTO countries (iso2, iso3, iso_numeric, name_en, name_ru, official_name_en,
                       official_name_ru, continent_code, region_code, search_text, sort_en,
                       sort_ru, created_at, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13))~";
inline constexpr std::string_view kUpdateCountryReference = R"~(
UPDATE countries
   SET iso3 = $2, iso_numeric = $3, name_en = $4, name_ru = $5, official_name_en = $6,
       official_name_ru = $7, continent_code = $8, region_code = $9, search_text = $10,
       sort_en = $11, sort_ru = $12, updated_at = $13, version = version + 1
 WHERE iso2 = $1)~";
inline constexpr std::string_view kInsertRegion = R"~(
INSERT INTO world_regions (code, parent_code, name_en, name_ru) VALUES ($1, $2, $3, $4))~";
inline constexpr std::string_view kUpdateRegion = R"~(
UPDATE world_regions SET parent_code = $2, name_en = $3, name_ru = $4 WHERE code = $1)~";

// Attachés.
inline constexpr std::string_view kAttacheSelect = R"~(
SELECT a.id, c.iso2, a.name_ru, a.name_en, a.status, a.start_date, a.end_date, a.email,
       a.version, a.created_at, a.updated_at
FROM attaches a JOIN countries c ON c.id = a.country_id
WHERE a.archived_at IS NULL)~";
inline constexpr std::string_view kAttacheCount = R"~(
SELECT COUNT(*) FROM attaches a JOIN countries c ON c.id = a.country_id
WHERE a.archived_at IS NULL)~";
inline constexpr std::string_view kAttacheById = " AND a.id = $1";
inline constexpr std::string_view kAttacheCountryFilter = " AND c.iso2 = ${}";
inline constexpr std::string_view kAttacheTextFilter = " AND a.search_text LIKE ${} ESCAPE '\\'";
// The same, also matching the e-mail: only for callers who may see it.
inline constexpr std::string_view kAttacheTextOrEmailFilter =
    " AND (a.search_text LIKE ${} ESCAPE '\\' OR LOWER(COALESCE(a.email, '')) LIKE ${} ESCAPE '\\')";
inline constexpr std::string_view kAttacheStatusColumn = "a.status";
inline constexpr db::SqlBuilder::SortColumn kAttacheOrder[] = {
    {"name_en", "a.sort_en"},
    {"name_ru", "a.sort_ru"},
    {"country", "c.sort_en"},
    {"status",
     "CASE a.status WHEN 'active' THEN 0 WHEN 'en_route' THEN 1 WHEN 'planned' THEN 2 ELSE 3 END"},
    {"start_date", "(a.start_date IS NULL), a.start_date"},
    {"updated_at", "a.updated_at"},
};
inline constexpr std::string_view kAttacheTiebreak = "a.id";

inline constexpr std::string_view kInsertAttache = R"~(
INSERT INTO attaches (country_id, name_ru, name_en, status, start_date, end_date, email,
                      search_text, sort_en, sort_ru, created_at, updated_at, created_by)
VALUES ((SELECT id FROM countries WHERE iso2 = $1), $2, $3, $4, $5, $6, $7, $8, $9, $10, $11,
        $11, $12)
RETURNING id)~";

inline constexpr std::string_view kUpdateAttache = R"~(
UPDATE attaches
   SET country_id = (SELECT id FROM countries WHERE iso2 = $1), name_ru = $2, name_en = $3,
       status = $4, start_date = $5, end_date = $6, email = $7, search_text = $8, sort_en = $9,
       sort_ru = $10, updated_at = $11, version = version + 1
 WHERE id = $12 AND version = $13 AND archived_at IS NULL)~";

}  // namespace attache::countries
