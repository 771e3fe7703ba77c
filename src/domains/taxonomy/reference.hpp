// The reference taxonomy: the project's data files (data/taxonomy, compiled into the binary), read
// and kept in step with the database on every start.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/time.hpp"
#include "domains/taxonomy/model.hpp"
#include "platform/db/connection.hpp"

namespace attache::taxonomy {

// In file order, which is the display order.
struct Reference {
  std::vector<Group> groups;
  std::vector<Class> classes;
  std::vector<CooperationArea> areas;  // wildcards unexpanded
};

// Reads the three files (data/taxonomy/README.md). kInternal, naming the file and line, for a
// malformed line, a duplicate id, an id without its group's prefix, an unknown group, or a
// related class that does not exist.
Result<Reference> ParseReference(std::string_view groups_csv, std::string_view classes_csv,
                                 std::string_view areas_csv);
// The files compiled into this binary.
Result<Reference> EmbeddedReference();

// A row the sync wrote: {"taxonomy_group" | "taxonomy_class" | "cooperation_area", id}.
struct SyncedRow {
  std::string_view entity;
  std::string id;
};

// Inside the caller's transaction: adds the groups, classes and areas the database lacks and
// updates those that changed; never deletes. Classes administrators created are left alone, and
// reference classes an administrator edited (version above 1) keep their labels and synonyms.
Result<std::vector<SyncedRow>> SyncReference(db::Connection& conn, const Reference& reference,
                                             TimePoint at);

}  // namespace attache::taxonomy
