// The taxonomy: groups of IT solution classes, the classes records are tagged with (labels and
// synonyms in Russian and English), and the areas of intergovernmental digital cooperation with
// the classes each relates to. Ids are stable: records keep them for good.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/enum_names.hpp"

namespace attache::taxonomy {

// Where a class comes from: the project's data file, or an administrator.
enum class Origin { kReference, kCustom };
inline constexpr std::pair<std::string_view, Origin> kOriginNames[] = {
    {"reference", Origin::kReference},
    {"custom", Origin::kCustom},
};
inline std::string_view ToString(Origin origin) { return EnumName(kOriginNames, origin); }
inline std::optional<Origin> ParseOrigin(std::string_view name) {
  return EnumValue(kOriginNames, name);
}

struct Group {
  std::string id;  // three letters, e.g. "dat"
  std::string label_en;
  std::string label_ru;
};

// What an administrator gives for a new class.
struct ClassFields {
  std::string id;  // "<group>.<snake_case>", e.g. "dat.bi"
  std::string group_id;
  std::string label_en;
  std::string label_ru;
  std::vector<std::string> synonyms_en;
  std::vector<std::string> synonyms_ru;
};

struct Class {
  ClassFields fields;
  std::vector<std::string> anchors;  // sources of a reference class ("GS:Identity")
  Origin origin = Origin::kReference;
  // Counts administrators' changes: a reference class at version 1 still reads as the data file.
  int64_t version = 1;
  std::string updated_at;
  std::optional<std::string> archived_at;
  // Solutions and organisations tagged with the class, when the caller asked for it.
  std::optional<int64_t> used;
};

struct CooperationArea {
  std::string id;
  std::string label_en;
  std::string label_ru;
  std::vector<std::string> related;  // class ids; stored ones may hold "<group>.*" wildcards
};

// The live taxonomy, in display order; the areas' wildcards expanded to class ids.
struct Taxonomy {
  std::vector<Group> groups;
  std::vector<Class> classes;
  std::vector<CooperationArea> areas;
};

// What other domains show for a class id.
struct ClassLabel {
  std::string group_id;
  std::string label_en;
  std::string label_ru;
  bool archived = false;
};

}  // namespace attache::taxonomy
