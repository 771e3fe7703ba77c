// The use cases of relocation cases: courting a foreign company from the first contact to its
// arrival (rules.hpp), with the jobs and investment it brings. Scoping: attachés act on the
// cases of companies from their countries, HQ on all; viewers read. One transaction per write
// with its audit entry; every update names the version it changes (kConflict when stale).
// Thread-safe.
#pragma once

#include <functional>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "core/page.hpp"
#include "domains/access/model.hpp"
#include "domains/relocation/model.hpp"
#include "domains/relocation/rules.hpp"
#include "platform/db/database.hpp"

namespace attache::relocation {

using Change = std::function<Result<Fields>(const Fields& current)>;

// What a caller may do with a case now.
struct Permits {
  std::vector<Stage> moves;
  bool editable = false;
};
Permits PermitsOf(const Case& current, const access::Principal& by);

class Service {
 public:
  Service(db::Database& database, Clock clock) : database_(database), clock_(std::move(clock)) {}

  // Only what `by` may read (attachés: cases of companies from their countries).
  Result<Page<Case>> List(Query query, const access::Principal& by);
  // kNotFound for cases `by` may not read.
  Result<Case> Get(int64_t id, const access::Principal& by);
  // The case's moves between stages, oldest first (from the audit trail); 404 when `by` may not
  // read the case.
  Result<std::vector<StageChange>> History(int64_t id, const access::Principal& by);
  // A new case at the prospect stage, for a foreign organisation; `from_country` defaults to the
  // organisation's country, the owner to the creator when it is an attaché or an analyst.
  Result<Case> Create(Fields fields, const access::Principal& by, const Actor& actor);
  // Changes an open case; the fields its stage needs stay. kConflict when stale or closed.
  Result<Case> Update(int64_t id, int64_t version, const Change& change,
                      const access::Principal& by, const Actor& actor);
  // A move the stages allow and whose gate holds (422 listing what is missing otherwise).
  Result<Case> MoveTo(int64_t id, int64_t version, Stage to, std::string reason,
                      const access::Principal& by, const Actor& actor);

 private:
  db::Database& database_;
  Clock clock_;
};

}  // namespace attache::relocation
