// Reads and writes of the taxonomy, each inside the caller's transaction. No validation here (see
// rules.hpp): these functions do what they are told. Other domains validate their records' class
// ids with UnknownClasses and show them with ClassLabels.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "core/time.hpp"
#include "domains/taxonomy/model.hpp"
#include "platform/db/connection.hpp"

namespace attache::taxonomy {

// The ids among `ids` that name no class or an archived one, each once, in the order given.
Result<std::vector<std::string>> UnknownClasses(db::Connection& conn,
                                                std::span<const std::string> ids);
// The labels of every class, archived ones included (old records may still show them).
Result<std::map<std::string, ClassLabel>> ClassLabels(db::Connection& conn);

Result<std::vector<Group>> SelectGroups(db::Connection& conn);
Result<bool> GroupExists(db::Connection& conn, std::string_view id);
// The classes that are not archived, in display order (by group, then as the data file lists
// them, then administrators' classes).
Result<std::vector<Class>> SelectLiveClasses(db::Connection& conn);
// One class, archived or not.
Result<std::optional<Class>> SelectClass(db::Connection& conn, std::string_view id);
// Whether the id was ever given to a class (archived ones included).
Result<bool> ClassExists(db::Connection& conn, std::string_view id);
// The areas with `related` as stored (wildcards unexpanded).
Result<std::vector<CooperationArea>> SelectAreas(db::Connection& conn);

// How many solutions and organisations are tagged with each class; unused classes are absent.
// Reads every tag: for administrators' views only.
Result<std::map<std::string, int64_t, std::less<>>> SelectClassUses(db::Connection& conn);
Result<int64_t> CountClassUses(db::Connection& conn, std::string_view id);

Status InsertCustomClass(db::Connection& conn, const ClassFields& fields, TimePoint at,
                         const Actor& actor);
// Writes the labels, synonyms and archived_at of `after`; false when `version` is not the current
// one (or there is no such class).
Result<bool> UpdateClass(db::Connection& conn, int64_t version, const Class& after, TimePoint at);

// `|`-joined, as lists are stored, and back.
std::string JoinStoredList(std::span<const std::string> values);
std::vector<std::string> SplitStoredList(std::string_view text);

}  // namespace attache::taxonomy
