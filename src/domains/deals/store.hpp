// Reads and writes of the deals domain, each inside the caller's transaction. No validation here
// (see rules.hpp): these functions do what they are told.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "core/page.hpp"
#include "domains/deals/model.hpp"
#include "platform/db/connection.hpp"
#include "platform/db/sql_builder.hpp"

namespace attache::deals {

// The stages in board order, with their probabilities.
Result<std::vector<StageInfo>> SelectStages(db::Connection& conn);
// False when `version` is not the current one.
Result<bool> UpdateStage(db::Connection& conn, Stage stage, int64_t version, int probability,
                         TimePoint at);

// Deals with their solutions and requests.
Result<Page<Deal>> SelectDeals(db::Connection& conn, const Query& query);
Result<std::optional<Deal>> SelectDeal(db::Connection& conn, int64_t id);
// The most recently moved deals of `stage` that `query` finds (its filters; not its paging).
Result<std::vector<Deal>> SelectRecent(db::Connection& conn, const Query& query, Stage stage,
                                       int limit);

// A new deal at the lead stage, with its links; `search` is the folded text the list's `q` finds.
Result<int64_t> InsertDeal(db::Connection& conn, const Fields& fields, std::string_view search,
                           TimePoint at, const Actor& actor);
// False when `version` is not the current one or the deal is closed.
Result<bool> UpdateDeal(db::Connection& conn, int64_t id, int64_t version, const Fields& fields,
                        std::string_view search, TimePoint at);
// Moves `deal` as `move` says and records the move; false when its version is no longer current.
Result<bool> MoveDeal(db::Connection& conn, const Deal& deal, const Move& move, TimePoint at,
                      const Actor& actor);
Result<bool> ConfirmWin(db::Connection& conn, int64_t id, int64_t version, const Win& win,
                        TimePoint at, const Actor& actor);
// A new version of the deal without a change of its fields (its milestones changed).
Status TouchDeal(db::Connection& conn, int64_t id, TimePoint at);
Result<std::vector<StageChange>> SelectStageChanges(db::Connection& conn, int64_t id);

// The company of each live solution (or support request) among `ids`.
Result<std::map<int64_t, int64_t>> SelectSolutionOwners(db::Connection& conn,
                                                        std::span<const int64_t> ids);
Result<std::map<int64_t, int64_t>> SelectRequestOwners(db::Connection& conn,
                                                       std::span<const int64_t> ids);

// Live milestones of a deal, in date order.
Result<std::vector<Milestone>> SelectMilestones(db::Connection& conn, int64_t deal_id);
Result<std::optional<Milestone>> SelectMilestone(db::Connection& conn, int64_t deal_id, int64_t id);
Result<int64_t> InsertMilestone(db::Connection& conn, int64_t deal_id,
                                const MilestoneFields& fields, TimePoint at, const Actor& actor);
// False when `version` is not the current one.
Result<bool> UpdateMilestone(db::Connection& conn, int64_t deal_id, int64_t id, int64_t version,
                             const MilestoneFields& fields, TimePoint at);
Result<bool> ArchiveMilestone(db::Connection& conn, int64_t deal_id, int64_t id, int64_t version,
                              TimePoint at);

// Adds the filters of `query` (not its sorting or paging) to a statement over `deals d`.
void AddFilters(db::SqlBuilder& sql, const Query& query);

}  // namespace attache::deals
