// The JSON shapes of activities, tasks and notifications (docs/openapi.yaml: activities), used by
// the routes and by the audit trail's diffs.
#pragma once

#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "domains/activities/model.hpp"

namespace attache::activities {

// The whole state from a JSON object of the ToJson(Fields) shape (a POST body, or the current
// state with a PATCH merged in): 422 with a pointer per problem.
Result<Fields> FieldsFromJson(const nlohmann::json& object);
nlohmann::json ToJson(const Fields& fields);
nlohmann::json ToJson(const Activity& activity);

Result<TaskFields> TaskFieldsFromJson(const nlohmann::json& object);
nlohmann::json ToJson(const TaskFields& fields);
nlohmann::json ToJson(const Task& task);

nlohmann::json ToJson(const Notifications& notifications);

}  // namespace attache::activities
