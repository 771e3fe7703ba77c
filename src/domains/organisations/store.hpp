// Reads and writes of the organisations domain, each inside the caller's transaction. No
// validation here (see rules.hpp): these functions do what they are told.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "domains/organisations/model.hpp"
#include "platform/db/connection.hpp"

namespace attache::organisations {

Result<Page<Organisation>> SelectOrganisations(db::Connection& conn, const Query& query);
// The ids of every record `query` finds, in its order; then the records, in batches (exports).
Result<std::vector<int64_t>> SelectIds(db::Connection& conn, const Query& query);
Result<std::vector<Organisation>> SelectMany(db::Connection& conn, std::span<const int64_t> ids);
Result<std::optional<Organisation>> SelectOrganisation(db::Connection& conn, int64_t id);
// The live organisations among `ids`, by id.
Result<std::vector<Ref>> SelectRefs(db::Connection& conn, std::span<const int64_t> ids);
Result<Links> SelectLinks(db::Connection& conn, const Organisation& organisation);
Result<std::vector<MarketChange>> SelectMarketHistory(db::Connection& conn, int64_t id);
// The parent of `id`, if it has one (live or not).
Result<std::optional<int64_t>> SelectParent(db::Connection& conn, int64_t id);

Result<int64_t> InsertOrganisation(db::Connection& conn, const Fields& fields, TimePoint at,
                                   const Actor& actor);
// False when `version` is not the current one.
Result<bool> UpdateOrganisation(db::Connection& conn, int64_t id, int64_t version,
                                const Fields& fields, TimePoint at);
// Replaces the child rows (sectors, markets, residents, name keys) with those of `fields`, and
// appends a market history row for every market whose status changed from `before`.
Status WriteChildren(db::Connection& conn, int64_t id, const Fields& fields, const Fields* before,
                     TimePoint at, const Actor& actor);
Result<bool> ArchiveOrganisation(db::Connection& conn, int64_t id, int64_t version, TimePoint at);

Result<std::vector<Candidate>> SelectCandidates(db::Connection& conn, const Probe& probe);
// Moves everything linked to `duplicate` to `kept` and archives `duplicate`.
Result<MergeReport> MoveLinks(db::Connection& conn, int64_t kept, int64_t duplicate, TimePoint at);

// Counts the organisation's live solutions again (the stored `solution_count` the list shows and
// sorts by), after a write that added, archived or moved one of them.
Status RecountSolutions(db::Connection& conn, int64_t id);

}  // namespace attache::organisations
