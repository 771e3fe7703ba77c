// The SQL of the contacts domain; the same text runs on SQLite and PostgreSQL. List queries are
// assembled from these fragments only.
#pragma once

#include <string_view>

#include "platform/db/sql_builder.hpp"

namespace attache::contacts {

// Archived contacts included: a person's data must be found for export and erasure even then.
inline constexpr std::string_view kSelect = R"~(
SELECT c.id, c.organisation_id, c.name_ru, c.name_en, c.position, c.email, c.phone, c.languages,
       c.consent_date, c.consent_basis, c.notes, c.erased_at, c.archived_at, c.version,
       c.created_at, c.updated_at, o.name_ru, o.name_en, o.country
FROM contacts c JOIN organisations o ON o.id = c.organisation_id
WHERE 1 = 1)~";
inline constexpr std::string_view kLive = " AND c.archived_at IS NULL";
inline constexpr std::string_view kById = " AND c.id = $1";
inline constexpr std::string_view kCount =
    "SELECT COUNT(*) FROM contacts c WHERE c.archived_at IS NULL";

inline constexpr std::string_view kTextFilter = " AND c.search_text LIKE ${} ESCAPE '\\'";
// The same, also matching the e-mail: only for callers who may see it.
inline constexpr std::string_view kTextOrEmailFilter =
    " AND (c.search_text LIKE ${} ESCAPE '\\' OR c.email_key LIKE ${} ESCAPE '\\')";
inline constexpr std::string_view kOrganisationFilter = " AND c.organisation_id = ${}";
// `languages` is a comma-separated list of two-letter codes; the parameter is `%,xx,%`.
inline constexpr std::string_view kLanguageFilter = " AND (',' || c.languages || ',') LIKE ${}";

// Erased contacts have no name left to sort by: they go last either way.
inline constexpr db::SqlBuilder::SortColumn kOrder[] = {
    {"name_en", "(c.erased_at IS NOT NULL), c.sort_en"},
    {"name_ru", "(c.erased_at IS NOT NULL), c.sort_ru"},
    {"organisation", "o.sort_en"},
    {"updated_at", "c.updated_at"},
};
inline constexpr std::string_view kTiebreak = "c.id";

inline constexpr std::string_view kInsert = R"~(
INSERT INTO contacts (organisation_id, name_ru, name_en, position, email, phone, languages,
                      consent_date, consent_basis, notes, email_key, search_text, sort_en, sort_ru,
                      created_at, updated_at, created_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15, $16)
RETURNING id)~";

inline constexpr std::string_view kUpdate = R"~(
UPDATE contacts
   SET organisation_id = $1, name_ru = $2, name_en = $3, position = $4, email = $5, phone = $6,
       languages = $7, consent_date = $8, consent_basis = $9, notes = $10, email_key = $11,
       search_text = $12, sort_en = $13, sort_ru = $14, updated_at = $15, version = version + 1
 WHERE id = $16 AND version = $17 AND archived_at IS NULL AND erased_at IS NULL)~";

inline constexpr std::string_view kArchive = R"~(
UPDATE contacts SET archived_at = $1, updated_at = $1, version = version + 1
 WHERE id = $2 AND version = $3 AND archived_at IS NULL)~";

// Every column that describes the person goes; the row, its organisation and its dates stay.
inline constexpr std::string_view kErase = R"~(
UPDATE contacts
   SET name_ru = '', name_en = '', position = '', email = NULL, phone = NULL, languages = '',
       consent_date = NULL, consent_basis = NULL, notes = '', email_key = NULL, search_text = '',
       sort_en = '', sort_ru = '', erased_at = $1, updated_at = $1, version = version + 1
 WHERE id = $2 AND erased_at IS NULL)~";

// The audit trail of one contact. Erasure is the one change the append-only trail accepts: the
// diffs of a person's entries are replaced, the entries (who, when, what) stay.
inline constexpr std::string_view kSelectHistory = R"~(
SELECT id, at, action, diff FROM audit_log WHERE entity = 'contact' AND entity_id = $1
ORDER BY id)~";
inline constexpr std::string_view kRedactHistory =
    "UPDATE audit_log SET diff = $1 WHERE entity = 'contact' AND entity_id = $2";

}  // namespace attache::contacts
