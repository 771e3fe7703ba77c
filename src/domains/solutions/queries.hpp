// The SQL of the solutions domain; the same text runs on SQLite and PostgreSQL. List queries are
// assembled from these fragments only.
#pragma once

#include <string_view>

#include "domains/search/word_index.hpp"
#include "platform/db/sql_builder.hpp"

namespace attache::solutions {

inline constexpr std::string_view kSelect = R"~(
SELECT s.id, s.organisation_id, s.name_ru, s.name_en, s.description_ru, s.description_en, s.kind,
       s.main_class, s.maturity, s.interface_languages, s.certifications, s.registry_number,
       s.licence_model, s.export_readiness, s.published, s.version, s.created_at, s.updated_at,
       o.name_ru, o.name_en, o.country, o.accredited, o.website
FROM solutions s JOIN organisations o ON o.id = s.organisation_id
WHERE s.archived_at IS NULL)~";
// Counting reads only the owner's columns it filters on: every solution has its owner (a foreign
// key), and joining 100,000 rows only to count them reads each row from the table.
inline constexpr std::string_view kCount =
    "SELECT COUNT(*) FROM solutions s WHERE s.archived_at IS NULL";
inline constexpr std::string_view kCountWithOwner = R"~(
SELECT COUNT(*) FROM solutions s JOIN organisations o ON o.id = s.organisation_id
WHERE s.archived_at IS NULL)~";
inline constexpr std::string_view kById = " AND s.id = $1";

// One per word of the query: the solution has a word that begins with it (text/terms.hpp).
inline constexpr std::string_view kTermFilter =
    " AND s.id IN (SELECT solution_id FROM solution_terms WHERE term >= ${} AND term < ${})";
inline constexpr std::string_view kKindColumn = "s.kind";
inline constexpr std::string_view kMaturityColumn = "s.maturity";
inline constexpr std::string_view kClassFilter =
    " AND s.id IN (SELECT solution_id FROM solution_classes WHERE class_id = ${})";
inline constexpr std::string_view kReferenceCountryFilter =
    " AND s.id IN (SELECT solution_id FROM solution_references WHERE country = ${})";
inline constexpr std::string_view kReadinessFilter = " AND s.export_readiness >= ${}";
inline constexpr std::string_view kAccreditedFilter = " AND o.accredited = ${}";
inline constexpr std::string_view kPublishedFilter = " AND s.published = ${}";
inline constexpr std::string_view kOrganisationFilter = " AND s.organisation_id = ${}";

inline constexpr db::SqlBuilder::SortColumn kOrder[] = {
    {"name_en", "s.sort_en"},
    {"name_ru", "s.sort_ru"},
    {"organisation", "o.sort_en"},
    {"readiness", "s.export_readiness"},
    {"maturity",
     "CASE s.maturity WHEN 'concept' THEN 0 WHEN 'development' THEN 1 WHEN 'beta' THEN 2 "
     "WHEN 'stable' THEN 3 ELSE 4 END"},
    {"updated_at", "s.updated_at"},
    {"created_at", "s.created_at"},
};
inline constexpr std::string_view kTiebreak = "s.id";

inline constexpr std::string_view kSelectClasses =
    "SELECT solution_id, class_id FROM solution_classes WHERE main = 0";
inline constexpr std::string_view kSelectReferences =
    "SELECT solution_id, country, customer, year, scale FROM solution_references WHERE 1 = 1";
inline constexpr std::string_view kClassOrder = " ORDER BY solution_id, class_id";
inline constexpr std::string_view kReferenceOrder = " ORDER BY solution_id, position";

inline constexpr std::string_view kInsert = R"~(
INSERT INTO solutions (organisation_id, name_ru, name_en, description_ru, description_en, kind,
                       main_class, maturity, interface_languages, certifications,
                       registry_number, licence_model, export_readiness, published, search_text,
                       sort_en, sort_ru, created_at, updated_at, created_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18, $19)
RETURNING id)~";

inline constexpr std::string_view kUpdate = R"~(
UPDATE solutions
   SET organisation_id = $1, name_ru = $2, name_en = $3, description_ru = $4,
       description_en = $5, kind = $6, main_class = $7, maturity = $8, interface_languages = $9,
       certifications = $10, registry_number = $11, licence_model = $12, export_readiness = $13,
       published = $14, search_text = $15, sort_en = $16, sort_ru = $17, updated_at = $18,
       version = version + 1
 WHERE id = $19 AND version = $20 AND archived_at IS NULL)~";

inline constexpr std::string_view kArchive = R"~(
UPDATE solutions SET archived_at = $1, updated_at = $1, version = version + 1
 WHERE id = $2 AND version = $3 AND archived_at IS NULL)~";

inline constexpr std::string_view kDeleteClasses =
    "DELETE FROM solution_classes WHERE solution_id = $1";
inline constexpr std::string_view kInsertClass =
    "INSERT INTO solution_classes (solution_id, class_id, main) VALUES ($1, $2, $3)";
inline constexpr std::string_view kDeleteReferences =
    "DELETE FROM solution_references WHERE solution_id = $1";
inline constexpr std::string_view kInsertReference = R"~(
INSERT INTO solution_references (solution_id, country, customer, year, scale, position)
VALUES ($1, $2, $3, $4, $5, $6))~";

inline constexpr std::string_view kDeleteTerms =
    "DELETE FROM solution_terms WHERE solution_id = $1";
inline constexpr std::string_view kInsertTerm =
    "INSERT INTO solution_terms (term, solution_id) VALUES ($1, $2)";
inline constexpr search::WordIndex kWords{kInsertTerm, kDeleteTerms, kTermFilter};
inline constexpr std::string_view kDeleteAllTerms = "DELETE FROM solution_terms";
inline constexpr std::string_view kSelectSearchTexts = "SELECT id, search_text FROM solutions";

inline constexpr std::string_view kOwnerOf = "SELECT organisation_id FROM solutions WHERE id = $1";

// The owner a solution may have: a live organisation, with its kind for the rules.
inline constexpr std::string_view kSelectOwner = R"~(
SELECT id, name_ru, name_en, country, accredited, website, kind FROM organisations
WHERE id = $1 AND archived_at IS NULL)~";
inline constexpr std::string_view kRegistryHolder = R"~(
SELECT id FROM solutions WHERE registry_number = $1 AND archived_at IS NULL AND id <> $2)~";

}  // namespace attache::solutions
