// The JSON shapes of the organisations domain (docs/openapi.yaml), used by the routes and by the
// audit trail's diffs.
#pragma once

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "domains/organisations/model.hpp"

namespace attache::organisations {

nlohmann::json ToJson(const Fields& fields);
// The whole state of a record from a JSON object of the ToJson(Fields) shape (a POST body, the
// current state with a PATCH merged in, an imported row, a demo record): 422 with a pointer per
// problem, unknown keys included. Checks that need the database or today's date are the rules'.
Result<Fields> FieldsFromJson(const nlohmann::json& object);
nlohmann::json ToJson(const Organisation& organisation);
nlohmann::json ToJson(const Ref& ref);
nlohmann::json ToJson(const Links& links);
nlohmann::json ToJson(const MarketChange& change);
nlohmann::json ToJson(const Candidate& candidate);
nlohmann::json ToJson(const MergeReport& report);

}  // namespace attache::organisations
