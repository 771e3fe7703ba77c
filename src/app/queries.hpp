#pragma once

#include <string_view>

namespace attache::app {

inline constexpr std::string_view kSelectSetting = "SELECT COUNT(*) FROM settings WHERE key = $1";
inline constexpr std::string_view kInsertSetting =
    "INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, $3)";
// Anything a user could have entered: then the demo stays out.
inline constexpr std::string_view kCountUserData = R"~(
SELECT (SELECT COUNT(*) FROM countries WHERE presence_status <> 'none' OR presence_note <> '')
     + (SELECT COUNT(*) FROM attaches)
     + (SELECT COUNT(*) FROM organisations))~";
inline constexpr std::string_view kCountOrganisations = "SELECT COUNT(*) FROM organisations";

// `attache demo generate`. Organisations the demo did not load: the demo loader's audit entries
// carry its job name ("demo-load") as their request id.
inline constexpr std::string_view kCountOrganisationsBeyondDemo = R"~(
SELECT COUNT(*) FROM organisations o
WHERE NOT EXISTS (SELECT 1 FROM audit_log a
                   WHERE a.entity = 'organisation' AND a.entity_id = CAST(o.id AS TEXT)
                     AND a.action = 'create' AND a.request_id = 'demo-load'))~";
inline constexpr std::string_view kSelectInns =
    "SELECT inn FROM organisations WHERE inn IS NOT NULL";
inline constexpr std::string_view kSelectRegistryNumbers =
    "SELECT registry_number FROM solutions WHERE registry_number IS NOT NULL";

}  // namespace attache::app
