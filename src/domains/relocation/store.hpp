// Reads and writes of relocation cases, each inside the caller's transaction. No validation here
// (see rules.hpp): these functions do what they are told.
#pragma once

#include <optional>
#include <string_view>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "core/page.hpp"
#include "domains/relocation/model.hpp"
#include "platform/db/connection.hpp"

namespace attache::relocation {

Result<Page<Case>> SelectCases(db::Connection& conn, const Query& query);
Result<std::optional<Case>> SelectCase(db::Connection& conn, int64_t id);
// A new case at the prospect stage; `search` is the folded text the list's `q` finds.
Result<int64_t> InsertCase(db::Connection& conn, const Fields& fields, std::string_view search,
                           TimePoint at, const Actor& actor);
// False when `version` is not the current one or the case is closed.
Result<bool> UpdateCase(db::Connection& conn, int64_t id, int64_t version, const Fields& fields,
                        std::string_view search, TimePoint at);
// False when the case's version is no longer the current one.
Result<bool> MoveCase(db::Connection& conn, const Case& current, Stage to, std::string_view reason,
                      TimePoint at);

}  // namespace attache::relocation
