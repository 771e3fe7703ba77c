// How imports find the records their rows mean: by id or by natural key, live records only.
#pragma once

#include <string_view>

namespace attache::transfer::sql {

inline constexpr std::string_view kOrganisationById =
    "SELECT id FROM organisations WHERE id = $1 AND archived_at IS NULL";
inline constexpr std::string_view kOrganisationByInn =
    "SELECT id FROM organisations WHERE inn = $1 AND archived_at IS NULL";

inline constexpr std::string_view kSolutionById =
    "SELECT id FROM solutions WHERE id = $1 AND archived_at IS NULL";
inline constexpr std::string_view kSolutionByRegistryNumber =
    "SELECT id FROM solutions WHERE registry_number = $1 AND archived_at IS NULL";
// A solution without a registry number is its owner's solution of that name.
inline constexpr std::string_view kSolutionByName = R"~(
SELECT id FROM solutions
 WHERE organisation_id = $1 AND archived_at IS NULL
   AND ((name_en <> '' AND name_en = $2) OR (name_ru <> '' AND name_ru = $3))
 ORDER BY id LIMIT 1)~";

inline constexpr std::string_view kContactById =
    "SELECT id FROM contacts WHERE id = $1 AND archived_at IS NULL";
inline constexpr std::string_view kContactByEmail = R"~(
SELECT id FROM contacts
 WHERE organisation_id = $1 AND email_key = $2 AND archived_at IS NULL
 ORDER BY id LIMIT 1)~";

inline constexpr std::string_view kSavepoint = "SAVEPOINT import_row";
inline constexpr std::string_view kRelease = "RELEASE SAVEPOINT import_row";
inline constexpr std::string_view kRollbackTo = "ROLLBACK TO SAVEPOINT import_row";

}  // namespace attache::transfer::sql
