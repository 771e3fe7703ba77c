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

}  // namespace attache::app
