// The JSON shapes of the countries domain (docs/openapi.yaml), used by the routes and by the audit
// trail's diffs.
#pragma once

#include <nlohmann/json.hpp>

#include "domains/countries/model.hpp"

namespace attache::countries {

nlohmann::json ToJson(const WorldRegion& region);
nlohmann::json ToJson(const Presence& presence);
nlohmann::json ToJson(const Country& country);
nlohmann::json ToJson(const PresenceCounts& counts);
nlohmann::json ToJson(const AttacheFields& fields);
nlohmann::json ToJson(const Attache& attache);

}  // namespace attache::countries
