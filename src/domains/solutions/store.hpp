// Reads and writes of the solutions domain, each inside the caller's transaction. No validation
// here (see rules.hpp): these functions do what they are told.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "domains/solutions/model.hpp"
#include "platform/db/connection.hpp"

namespace attache::solutions {

Result<Page<Solution>> SelectSolutions(db::Connection& conn, const Query& query);
// The ids of every record `query` finds, in its order; then the records, in batches (exports).
Result<std::vector<int64_t>> SelectIds(db::Connection& conn, const Query& query);
Result<std::vector<Solution>> SelectMany(db::Connection& conn, std::span<const int64_t> ids);
Result<std::optional<Solution>> SelectSolution(db::Connection& conn, int64_t id);

// A live organisation that may own solutions, with its kind ("domestic_company", ...).
struct OwnerCandidate {
  Owner owner;
  std::string kind;
};
Result<std::optional<OwnerCandidate>> SelectOwner(db::Connection& conn, int64_t organisation_id);
// The live solution holding `registry_number`, other than `except`.
Result<std::optional<int64_t>> SelectRegistryHolder(db::Connection& conn,
                                                    std::string_view registry_number,
                                                    int64_t except);

Result<int64_t> InsertSolution(db::Connection& conn, const Fields& fields, TimePoint at,
                               const Actor& actor);
// False when `version` is not the current one.
Result<bool> UpdateSolution(db::Connection& conn, int64_t id, int64_t version, const Fields& fields,
                            TimePoint at);
// Writes a solution's classes, references and words (solution_terms) where they differ from
// `before` (all of them for a new solution, `before` null).
Status WriteChildren(db::Connection& conn, int64_t id, const Fields& fields, const Fields* before);
Result<bool> ArchiveSolution(db::Connection& conn, int64_t id, int64_t version, TimePoint at);

// The version of the words solution_terms holds; changes with what the words are made of.
inline constexpr int kTermsVersion = 1;
// Fills solution_terms again from every solution's stored search text (db::DerivedTable).
Status RebuildTerms(db::Connection& conn);

}  // namespace attache::solutions
