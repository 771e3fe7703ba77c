// The use cases of export deals: the pipeline's stages and their probabilities, opening a deal
// for a domestic company, moving it through the stages past their gates (rules.hpp), the
// contract's milestones after signature, the company's confirmation of the export win, the board
// and the reports. Scoping: attachés act on the deals of their countries, HQ on all; a company
// user reads its own company's deals and confirms their wins, nothing more. One transaction per
// write with its audit entry; every update names the version it changes (kConflict when stale).
// Thread-safe.
#pragma once

#include <functional>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "core/page.hpp"
#include "domains/access/model.hpp"
#include "domains/deals/model.hpp"
#include "domains/deals/report.hpp"
#include "domains/deals/rules.hpp"
#include "platform/db/database.hpp"

namespace attache::deals {

// How an update changes a deal or a milestone: from the current fields to the new ones, or a 422.
using Change = std::function<Result<Fields>(const Fields& current)>;
using MilestoneChange = std::function<Result<MilestoneFields>(const MilestoneFields& current)>;

// What a caller may do with a deal now.
struct Permits {
  std::vector<Stage> moves;
  bool editable = false;
  bool confirm_win = false;  // the company (or an administrator) confirms a won deal
  bool plan = false;         // add and change milestones: a signed contract being carried out
};
Permits PermitsOf(const Deal& deal, const access::Principal& by);

class Service {
 public:
  Service(db::Database& database, Clock clock) : database_(database), clock_(std::move(clock)) {}

  Clock& clock() { return clock_; }

  Result<std::vector<StageInfo>> Stages();
  // Administrators set a stage's probability; kConflict when `version` is stale.
  Result<StageInfo> SetProbability(std::string_view code, int64_t version, int probability,
                                   const Actor& actor);

  // Only what `by` may read (attachés: their countries; company users: their company).
  Result<Page<Deal>> List(Query query, const access::Principal& by);
  // kNotFound for deals `by` may not read.
  Result<Deal> Get(int64_t id, const access::Principal& by);
  Result<std::vector<StageChange>> History(int64_t id, const access::Principal& by);

  // A new deal at the lead stage. The company is a domestic one; its solutions and requests are
  // its own; the owner is staff (the creator when it is an attaché or an analyst and none is
  // given).
  Result<Deal> Create(Fields fields, const access::Principal& by, const Actor& actor);
  // Changes an open deal; the fields its stage needs stay (MissingFor). The company of a deal
  // never changes. kConflict when stale or closed.
  Result<Deal> Update(int64_t id, int64_t version, const Change& change,
                      const access::Principal& by, const Actor& actor);
  // A move the stages allow and whose gate holds (422 listing what is missing otherwise).
  Result<Deal> MoveTo(int64_t id, int64_t version, Move move, const access::Principal& by,
                      const Actor& actor);
  // The company confirms (or corrects) a won deal: the value and whether the service helped.
  // kConflict before signature.
  Result<Deal> ConfirmWin(int64_t id, int64_t version, Win win, const access::Principal& by,
                          const Actor& actor);

  Result<std::vector<Milestone>> Milestones(int64_t id, const access::Principal& by);
  // Milestones of a signed contract being carried out (signed or in_implementation); each
  // change also moves the deal's version.
  Result<Milestone> AddMilestone(int64_t id, MilestoneFields fields, const access::Principal& by,
                                 const Actor& actor);
  Result<Milestone> UpdateMilestone(int64_t id, int64_t milestone_id, int64_t version,
                                    const MilestoneChange& change, const access::Principal& by,
                                    const Actor& actor);
  Status RemoveMilestone(int64_t id, int64_t milestone_id, int64_t version,
                         const access::Principal& by, const Actor& actor);

  // Over the deals `by` may read.
  Result<Board> MakeBoard(Query filter, int per_column, const access::Principal& by);
  Result<PipelineReport> Pipeline(PipelineQuery query, const access::Principal& by);
  Result<WinsReport> Wins(WinsQuery query, const access::Principal& by);

 private:
  db::Database& database_;
  Clock clock_;
};

}  // namespace attache::deals
