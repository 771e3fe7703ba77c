// The JSON shapes of the solutions domain (docs/openapi.yaml), used by the routes and by the
// audit trail's diffs.
#pragma once

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "domains/solutions/model.hpp"

namespace attache::solutions {

nlohmann::json ToJson(const Fields& fields);
// The whole state of a record from a JSON object of the ToJson(Fields) shape (a POST body, the
// current state with a PATCH merged in, an imported row, a demo record): 422 with a pointer per
// problem, unknown keys included. Checks that need the database or today's date are the rules'.
Result<Fields> FieldsFromJson(const nlohmann::json& object);
nlohmann::json ToJson(const Solution& solution);
// What the public showcase shows: the published facts, nothing internal.
nlohmann::json ToShowcaseJson(const Solution& solution);

}  // namespace attache::solutions
