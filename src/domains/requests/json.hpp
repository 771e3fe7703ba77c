// The JSON shapes of the requests domain (docs/openapi.yaml: requests), used by the routes and by
// the audit trail's diffs.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "core/error.hpp"
#include "domains/requests/model.hpp"
#include "domains/requests/report.hpp"

namespace attache::requests {

struct Permits;

// The whole state of a request from a JSON object of the ToJson(Fields) shape (a POST body, or
// the current state with a PATCH merged in): 422 with a pointer per problem.
Result<Fields> FieldsFromJson(const nlohmann::json& object);
nlohmann::json ToJson(const Fields& fields);
// A request as `permits` (what the caller may do) and `now` (for the overdue flag) show it.
nlohmann::json ToJson(const SupportRequest& request, const Permits& permits, std::string_view now);

Result<TypeFields> TypeFieldsFromJson(const nlohmann::json& object, bool creating);
nlohmann::json ToJson(const TypeFields& fields);
nlohmann::json ToJson(const RequestType& type);

nlohmann::json ToJson(const Comment& comment);
nlohmann::json ToJson(const Candidate& candidate);
nlohmann::json ToJson(const Attachment& attachment);
nlohmann::json ToJson(const ReportRow& row);
nlohmann::json ToJson(const Report& report);

}  // namespace attache::requests
