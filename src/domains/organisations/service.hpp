// The use cases of the organisations domain: scoping, validation, one transaction per write, the
// audit trail of every change, duplicate detection and merging. Thread-safe.
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "domains/access/model.hpp"
#include "domains/organisations/model.hpp"
#include "platform/db/database.hpp"

namespace attache::organisations {

// How an update changes an organisation: from its current fields to the new ones, or a 422.
using Change = std::function<Result<Fields>(const Fields& current)>;

struct Detail {
  Organisation organisation;
  Links links;
};

// Validate a new state and write it with its audit entry, inside the caller's transaction and
// without scope checks (the callers do them): for the service, the demo and imports.
Result<int64_t> CreateIn(db::Connection& conn, Fields fields, TimePoint now, const Actor& actor);
// kConflict when `before` is no longer the current version.
Status ReplaceIn(db::Connection& conn, const Organisation& before, Fields fields, TimePoint now,
                 const Actor& actor);

class Service {
 public:
  Service(db::Database& database, Clock clock) : database_(database), clock_(std::move(clock)) {}

  // Only what `by` may read: a company user sees their own organisation.
  Result<Page<Organisation>> List(Query query, const access::Principal& by);
  // For exports: the ids of the whole list `by` may read, in its order, then the records in
  // batches — no re-sorting at growing offsets, and memory bounded by the batch.
  Result<std::vector<int64_t>> ListIds(Query query, const access::Principal& by);
  Result<std::vector<Organisation>> GetMany(std::span<const int64_t> ids,
                                            const access::Principal& by);
  Result<Detail> Get(int64_t id, const access::Principal& by);
  Result<std::vector<MarketChange>> MarketHistory(int64_t id, const access::Principal& by);
  // Organisations that look like the one described (same INN, or a name with the same key).
  Result<std::vector<Candidate>> FindDuplicates(const Probe& probe);

  // kConflict when the INN is taken; duplicates by name are the caller's business (see
  // FindDuplicates).
  Result<Detail> Create(Fields fields, const access::Principal& by, const Actor& actor);
  // kConflict when `version` is stale.
  Result<Detail> Update(int64_t id, int64_t version, const Change& change,
                        const access::Principal& by, const Actor& actor);
  // Refused while the organisation still has solutions, contacts or subsidiaries.
  Status Archive(int64_t id, int64_t version, const access::Principal& by, const Actor& actor);
  // Moves every record linked to `duplicate` to `kept`, fills `kept`'s empty fields from the
  // duplicate, archives the duplicate, and records both in the audit trail.
  Result<MergeReport> Merge(int64_t kept, int64_t duplicate, const access::Principal& by,
                            const Actor& actor);

 private:
  db::Database& database_;
  Clock clock_;
};

}  // namespace attache::organisations
