// The JSON shapes of relocation cases (docs/openapi.yaml: relocation), used by the routes and by
// the audit trail's diffs.
#pragma once

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "core/json_values.hpp"  // ToJson of a StageChange
#include "domains/relocation/model.hpp"

namespace attache::relocation {

struct Permits;

// The whole state of a case from a JSON object of the ToJson(Fields) shape (a POST body, or the
// current state with a PATCH merged in): 422 with a pointer per problem.
Result<Fields> FieldsFromJson(const nlohmann::json& object);
nlohmann::json ToJson(const Fields& fields);
nlohmann::json ToJson(const Case& current, const Permits& permits);

}  // namespace attache::relocation
