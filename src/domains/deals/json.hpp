// The JSON shapes of the deals domain (docs/openapi.yaml: deals), used by the routes and by the
// audit trail's diffs. Money is `{minor, currency}`: minor units of an ISO 4217 currency.
#pragma once

#include <nlohmann/json.hpp>
#include <string_view>

#include "core/error.hpp"
#include "core/json_values.hpp"  // ToJson of a StageChange
#include "domains/access/model.hpp"
#include "domains/deals/model.hpp"
#include "domains/deals/report.hpp"

namespace attache::deals {

struct Permits;

// The whole state of a deal from a JSON object of the ToJson(Fields) shape (a POST body, or the
// current state with a PATCH merged in): 422 with a pointer per problem.
Result<Fields> FieldsFromJson(const nlohmann::json& object);
nlohmann::json ToJson(const Fields& fields);
// A deal as `permits` (what the caller may do) show it.
nlohmann::json ToJson(const Deal& deal, const Permits& permits);

Result<MilestoneFields> MilestoneFieldsFromJson(const nlohmann::json& object);
nlohmann::json ToJson(const MilestoneFields& fields);
nlohmann::json ToJson(const Milestone& milestone);

// A confirmation as the company sends it: {value, helped, how}.
Result<Win> WinFromJson(const nlohmann::json& object);
nlohmann::json ToJson(const Win& win);

nlohmann::json ToJson(const StageInfo& stage);
nlohmann::json ToJson(const PipelineReport& report);
nlohmann::json ToJson(const WinsReport& report);
nlohmann::json ToJson(const Board& board, const access::Principal& by);

}  // namespace attache::deals
