// The use cases of the solutions domain: scoping (a company user works on their own company's
// solutions), validation, one transaction per write with its audit entry, and the public
// showcase's read of published solutions. Thread-safe.
#pragma once

#include <functional>
#include <span>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "domains/access/model.hpp"
#include "domains/solutions/model.hpp"
#include "platform/db/database.hpp"

namespace attache::solutions {

// How an update changes a solution: from its current fields to the new ones, or a 422.
using Change = std::function<Result<Fields>(const Fields& current)>;

// Validate a new state and write it with its audit entry, inside the caller's transaction and
// without scope checks (the callers do them): for the service, the demo and imports.
Result<int64_t> CreateIn(db::Connection& conn, Fields fields, TimePoint now, const Actor& actor);
// kConflict when `before` is no longer the current version.
Status ReplaceIn(db::Connection& conn, const Solution& before, Fields fields, TimePoint now,
                 const Actor& actor);

class Service {
 public:
  Service(db::Database& database, Clock clock) : database_(database), clock_(std::move(clock)) {}

  Result<Page<Solution>> List(Query query, const access::Principal& by);
  // For exports: the ids of the whole list `by` may read, in its order, then the records in
  // batches — no re-sorting at growing offsets, and memory bounded by the batch.
  Result<std::vector<int64_t>> ListIds(Query query, const access::Principal& by);
  Result<std::vector<Solution>> GetMany(std::span<const int64_t> ids, const access::Principal& by);
  Result<Solution> Get(int64_t id, const access::Principal& by);
  // Published solutions only, for anyone.
  Result<Page<Solution>> ListPublished(Query query);
  Result<Solution> GetPublished(int64_t id);

  Result<Solution> Create(Fields fields, const access::Principal& by, const Actor& actor);
  Result<Solution> Update(int64_t id, int64_t version, const Change& change,
                          const access::Principal& by, const Actor& actor);
  Status Archive(int64_t id, int64_t version, const access::Principal& by, const Actor& actor);

 private:
  db::Database& database_;
  Clock clock_;
};

}  // namespace attache::solutions
