// The JSON shape of an import's report (docs/openapi.yaml: ImportReport).
#pragma once

#include <nlohmann/json.hpp>

#include "core/lang.hpp"
#include "domains/transfer/import.hpp"

namespace attache::transfer {

nlohmann::json ToJson(const Report& report, Lang lang);

}  // namespace attache::transfer
