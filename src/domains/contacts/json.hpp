// The JSON shapes of the contacts domain (docs/openapi.yaml), used by the routes and by the audit
// trail's diffs.
#pragma once

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "domains/contacts/model.hpp"

namespace attache::contacts {

// The whole state of a contact from a JSON object of the ToJson(Fields) shape (a POST body, the
// current state with a PATCH merged in, an imported row): 422 with a pointer per problem. The
// rules (rules.hpp) check the values.
Result<Fields> FieldsFromJson(const nlohmann::json& object);
// What a client writes; also the audit diffs and the base a PATCH is merged into.
nlohmann::json ToJson(const Fields& fields);
// A contact as a caller sees it: without `personal` (access::SeesPersonalData), the personal
// fields (model.hpp) are null.
nlohmann::json ToJson(const Contact& contact, bool personal);
// Everything held about the person, for a data-subject access request.
nlohmann::json ToJson(const Export& exported);

}  // namespace attache::contacts
