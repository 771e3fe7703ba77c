// The SQL of relocation cases; the same text runs on SQLite and PostgreSQL.
#pragma once

#include <string_view>

#include "platform/db/sql_builder.hpp"

namespace attache::relocation {

inline constexpr std::string_view kSelect = R"~(
SELECT c.id, c.organisation_id, c.from_country, c.kind, c.title, c.notes, c.region, c.jobs,
       c.investment_minor, c.investment_currency, c.owner_id, u.display_name, c.stage,
       c.stage_changed_at, c.close_reason, c.closed_at, c.version, c.created_at, c.updated_at,
       o.name_ru, o.name_en, o.country
FROM relocation_cases c
JOIN organisations o ON o.id = c.organisation_id
LEFT JOIN users u ON u.id = c.owner_id
WHERE c.archived_at IS NULL)~";
inline constexpr std::string_view kById = " AND c.id = $1";
inline constexpr std::string_view kCount =
    "SELECT COUNT(*) FROM relocation_cases c WHERE c.archived_at IS NULL";

inline constexpr std::string_view kTextFilter = " AND c.search_text LIKE ${} ESCAPE '\\'";
inline constexpr std::string_view kCountryColumn = "c.from_country";
inline constexpr std::string_view kStageColumn = "c.stage";
inline constexpr std::string_view kKindColumn = "c.kind";
inline constexpr std::string_view kOpenFilter = " AND c.is_open = 1";
inline constexpr std::string_view kOwnerFilter = " AND c.owner_id = ${}";
inline constexpr std::string_view kOrganisationFilter = " AND c.organisation_id = ${}";

inline constexpr db::SqlBuilder::SortColumn kOrder[] = {
    {"created_at", "c.created_at"},
    {"updated_at", "c.updated_at"},
    {"stage_changed_at", "c.stage_changed_at"},
};
inline constexpr std::string_view kTiebreak = "c.id";

inline constexpr std::string_view kInsert = R"~(
INSERT INTO relocation_cases (organisation_id, from_country, kind, title, notes, region, jobs,
                              investment_minor, investment_currency, owner_id, stage, is_open,
                              stage_changed_at, search_text, created_at, updated_at, created_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'prospect', 1, $11, $12, $11, $11, $13)
RETURNING id)~";

inline constexpr std::string_view kUpdate = R"~(
UPDATE relocation_cases
   SET from_country = $1, kind = $2, title = $3, notes = $4, region = $5, jobs = $6,
       investment_minor = $7, investment_currency = $8, owner_id = $9, search_text = $10,
       updated_at = $11, version = version + 1
 WHERE id = $12 AND version = $13 AND is_open = 1)~";

inline constexpr std::string_view kMove = R"~(
UPDATE relocation_cases
   SET stage = $1, is_open = $2, close_reason = $3, stage_changed_at = $4,
       closed_at = CASE WHEN $2 = 1 THEN NULL ELSE $4 END, updated_at = $4,
       version = version + 1
 WHERE id = $5 AND version = $6)~";

}  // namespace attache::relocation
