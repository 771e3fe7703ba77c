// The SQL of the organisations domain; the same text runs on SQLite and PostgreSQL. List queries
// are assembled from these fragments only.
#pragma once

#include <string_view>

#include "platform/db/sql_builder.hpp"

namespace attache::organisations {

inline constexpr std::string_view kSelect = R"~(
SELECT o.id, o.kind, o.name_ru, o.name_en, o.country, o.inn, o.ogrn, o.website, o.size_band,
       o.hq_region, o.description_ru, o.description_en, o.accredited, o.accreditation_number,
       o.accreditation_date, o.parent_id, o.hub_services, o.hub_operator_id, o.merged_into,
       o.version, o.created_at, o.updated_at,
       o.solution_count,
       (SELECT COUNT(*) FROM contacts c
         WHERE c.organisation_id = o.id AND c.archived_at IS NULL) AS contact_count
FROM organisations o
WHERE o.archived_at IS NULL)~";
inline constexpr std::string_view kCount =
    "SELECT COUNT(*) FROM organisations o WHERE o.archived_at IS NULL";
inline constexpr std::string_view kById = " AND o.id = $1";

inline constexpr std::string_view kTextFilter = " AND o.search_text LIKE ${} ESCAPE '\\'";
inline constexpr std::string_view kKindColumn = "o.kind";
inline constexpr std::string_view kCountryFilter = " AND o.country = ${}";
inline constexpr std::string_view kMarketFilter =
    " AND EXISTS (SELECT 1 FROM organisation_markets m WHERE m.organisation_id = o.id AND "
    "m.country = ${}";
inline constexpr std::string_view kMarketStatusColumn = "m.status";
inline constexpr std::string_view kCloseExists = ")";
inline constexpr std::string_view kSectorFilter =
    " AND EXISTS (SELECT 1 FROM organisation_classes k WHERE k.organisation_id = o.id AND "
    "k.class_id = ${})";
inline constexpr std::string_view kAccreditedFilter = " AND o.accredited = ${}";
inline constexpr std::string_view kRegionFilter = " AND o.hq_region = ${}";
inline constexpr std::string_view kParentFilter = " AND o.parent_id = ${}";
inline constexpr std::string_view kOnlyIdFilter = " AND o.id = ${}";

inline constexpr db::SqlBuilder::SortColumn kOrder[] = {
    {"name_en", "o.sort_en"},          {"name_ru", "o.sort_ru"},
    {"country", "o.country"},          {"kind", "o.kind"},
    {"solutions", "o.solution_count"}, {"updated_at", "o.updated_at"},
    {"created_at", "o.created_at"},
};
inline constexpr std::string_view kTiebreak = "o.id";

// Child rows of the organisations on a page (`$n` ids appended by the builder).
inline constexpr std::string_view kSelectSectors =
    "SELECT organisation_id, class_id FROM organisation_classes WHERE 1 = 1";
inline constexpr std::string_view kSelectMarkets =
    "SELECT organisation_id, country, status, since, note FROM organisation_markets WHERE 1 = 1";
inline constexpr std::string_view kSelectResidents =
    "SELECT hub_id, resident_id, since FROM hub_residents WHERE 1 = 1";
inline constexpr std::string_view kChildOrder = " ORDER BY 1, 2";

inline constexpr std::string_view kInsert = R"~(
INSERT INTO organisations (kind, name_ru, name_en, country, inn, ogrn, website, size_band,
                           hq_region, description_ru, description_en, accredited,
                           accreditation_number, accreditation_date, parent_id, hub_services,
                           hub_operator_id, search_text, sort_en, sort_ru, created_at, updated_at,
                           created_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20,
        $21, $21, $22)
RETURNING id)~";

inline constexpr std::string_view kUpdate = R"~(
UPDATE organisations
   SET kind = $1, name_ru = $2, name_en = $3, country = $4, inn = $5, ogrn = $6, website = $7,
       size_band = $8, hq_region = $9, description_ru = $10, description_en = $11,
       accredited = $12, accreditation_number = $13, accreditation_date = $14, parent_id = $15,
       hub_services = $16, hub_operator_id = $17, search_text = $18, sort_en = $19, sort_ru = $20,
       updated_at = $21, version = version + 1
 WHERE id = $22 AND version = $23 AND archived_at IS NULL)~";

inline constexpr std::string_view kDeleteSectors =
    "DELETE FROM organisation_classes WHERE organisation_id = $1";
inline constexpr std::string_view kInsertSector =
    "INSERT INTO organisation_classes (organisation_id, class_id) VALUES ($1, $2)";
inline constexpr std::string_view kDeleteMarkets =
    "DELETE FROM organisation_markets WHERE organisation_id = $1";
inline constexpr std::string_view kInsertMarket = R"~(
INSERT INTO organisation_markets (organisation_id, country, status, since, note)
VALUES ($1, $2, $3, $4, $5))~";
inline constexpr std::string_view kInsertMarketChange = R"~(
INSERT INTO organisation_market_history (organisation_id, country, status, changed_at, changed_by,
                                         note)
VALUES ($1, $2, $3, $4, $5, $6))~";
inline constexpr std::string_view kSelectMarketHistory = R"~(
SELECT country, status, note, changed_at, changed_by FROM organisation_market_history
WHERE organisation_id = $1 ORDER BY id DESC LIMIT 1000)~";
inline constexpr std::string_view kDeleteResidents = "DELETE FROM hub_residents WHERE hub_id = $1";
inline constexpr std::string_view kInsertResident =
    "INSERT INTO hub_residents (hub_id, resident_id, since) VALUES ($1, $2, $3)";
inline constexpr std::string_view kDeleteNameKeys =
    "DELETE FROM organisation_name_keys WHERE organisation_id = $1";
inline constexpr std::string_view kInsertNameKey =
    "INSERT INTO organisation_name_keys (organisation_id, name_key) VALUES ($1, $2)";

// References to other organisations, for the page and for validation.
inline constexpr std::string_view kSelectRefs = R"~(
SELECT o.id, o.name_ru, o.name_en, o.kind, o.country FROM organisations o
WHERE o.archived_at IS NULL)~";
inline constexpr std::string_view kRefIdColumn = "o.id";
inline constexpr std::string_view kChildrenOf =
    " AND o.parent_id = $1 ORDER BY o.sort_en LIMIT 200";
inline constexpr std::string_view kResidentOf =
    " AND o.id IN (SELECT hub_id FROM hub_residents WHERE resident_id = $1) ORDER BY o.sort_en";
inline constexpr std::string_view kOperates = " AND o.hub_operator_id = $1 ORDER BY o.sort_en";
// The chain of parents above an organisation, to refuse cycles.
inline constexpr std::string_view kParentOf =
    "SELECT parent_id FROM organisations WHERE id = $1 AND parent_id IS NOT NULL";

// Duplicate detection.
inline constexpr std::string_view kCandidatesByInn = R"~(
SELECT o.id, o.name_ru, o.name_en, o.kind, o.country, o.inn FROM organisations o
WHERE o.archived_at IS NULL AND o.inn = $1 AND o.id <> $2)~";
inline constexpr std::string_view kCandidatesByName = R"~(
SELECT DISTINCT o.id, o.name_ru, o.name_en, o.kind, o.country, o.inn
FROM organisation_name_keys k JOIN organisations o ON o.id = k.organisation_id
WHERE o.archived_at IS NULL)~";
inline constexpr std::string_view kNotId = " AND o.id <> ${}";
inline constexpr std::string_view kNameKeyColumn = "k.name_key";
inline constexpr std::string_view kCandidateLimit = " ORDER BY o.id LIMIT 20";

// Takes organisation $1's row lock before it is recounted: on PostgreSQL the recount, a statement
// of its own after the wait, then counts the solutions of a write that committed meanwhile (one
// statement alone would count with the snapshot it started with, and two writers adding a
// solution each would store one too few). On SQLite writers are serialised anyway.
inline constexpr std::string_view kLockForRecount =
    "UPDATE organisations SET solution_count = solution_count WHERE id = $1";
// The stored number of live solutions of organisation $1 (migration 0008).
inline constexpr std::string_view kRecountSolutions = R"~(
UPDATE organisations SET solution_count = (
  SELECT COUNT(*) FROM solutions s WHERE s.organisation_id = $1 AND s.archived_at IS NULL)
WHERE id = $1)~";

// Merging: every reference to the duplicate moves to the organisation kept. A new table that
// refers to organisations adds its statement here (see DEVELOPERS.md).
struct Relink {
  std::string_view name;  // what the merge report calls the moved records
  std::string_view sql;   // $1 = kept, $2 = duplicate
};
inline constexpr Relink kRelinks[] = {
    {"solutions", "UPDATE solutions SET organisation_id = $1 WHERE organisation_id = $2"},
    {"contacts", "UPDATE contacts SET organisation_id = $1 WHERE organisation_id = $2"},
    {"subsidiaries", "UPDATE organisations SET parent_id = $1 WHERE parent_id = $2 AND id <> $1"},
    {"operated_hubs",
     "UPDATE organisations SET hub_operator_id = $1 WHERE hub_operator_id = $2 AND id <> $1"},
    {"sectors",
     "INSERT INTO organisation_classes (organisation_id, class_id) SELECT $1, class_id FROM "
     "organisation_classes WHERE organisation_id = $2 AND class_id NOT IN (SELECT class_id FROM "
     "organisation_classes WHERE organisation_id = $1)"},
    {"markets",
     "INSERT INTO organisation_markets (organisation_id, country, status, since, note) SELECT $1, "
     "country, status, since, note FROM organisation_markets WHERE organisation_id = $2 AND "
     "country NOT IN (SELECT country FROM organisation_markets WHERE organisation_id = $1)"},
    {"market_history",
     "UPDATE organisation_market_history SET organisation_id = $1 WHERE organisation_id = $2"},
    {"residents",
     "INSERT INTO hub_residents (hub_id, resident_id, since) SELECT $1, resident_id, since FROM "
     "hub_residents WHERE hub_id = $2 AND resident_id <> $1 AND resident_id NOT IN (SELECT "
     "resident_id FROM hub_residents WHERE hub_id = $1)"},
    {"residences",
     "INSERT INTO hub_residents (hub_id, resident_id, since) SELECT hub_id, $1, since FROM "
     "hub_residents WHERE resident_id = $2 AND hub_id <> $1 AND hub_id NOT IN (SELECT hub_id FROM "
     "hub_residents WHERE resident_id = $1)"},
    {"name_keys",
     "INSERT INTO organisation_name_keys (organisation_id, name_key) SELECT $1, name_key FROM "
     "organisation_name_keys WHERE organisation_id = $2 AND name_key NOT IN (SELECT name_key FROM "
     "organisation_name_keys WHERE organisation_id = $1)"},
    {"users", "UPDATE users SET company_id = $1 WHERE company_id = $2"},
};
// What stays behind on the duplicate once the rows above were copied.
inline constexpr std::string_view kDropMergedChildren[] = {
    "DELETE FROM organisation_classes WHERE organisation_id = $1",
    "DELETE FROM organisation_markets WHERE organisation_id = $1",
    "DELETE FROM hub_residents WHERE hub_id = $1 OR resident_id = $1",
    "DELETE FROM organisation_name_keys WHERE organisation_id = $1",
};
inline constexpr std::string_view kArchiveMerged = R"~(
UPDATE organisations SET merged_into = $1, archived_at = $2, updated_at = $2,
       version = version + 1
 WHERE id = $3 AND archived_at IS NULL)~";
inline constexpr std::string_view kArchive = R"~(
UPDATE organisations SET archived_at = $1, updated_at = $1, version = version + 1
 WHERE id = $2 AND version = $3 AND archived_at IS NULL)~";

}  // namespace attache::organisations
