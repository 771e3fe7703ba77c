#include "domains/taxonomy/reference.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <span>
#include <tuple>

#include "core/strings.hpp"
#include "domains/taxonomy/embedded_data.hpp"
#include "domains/taxonomy/queries.hpp"
#include "domains/taxonomy/rules.hpp"
#include "domains/taxonomy/store.hpp"

namespace attache::taxonomy {
namespace {

constexpr std::string_view kGroupsFile = "groups.csv";
constexpr std::string_view kClassesFile = "classes.csv";
constexpr std::string_view kAreasFile = "cooperation_areas.csv";
constexpr std::string_view kGroupColumns[] = {"group_id", "label_en", "label_ru"};
constexpr std::string_view kClassColumns[] = {"id",          "group",       "label_en", "label_ru",
                                              "synonyms_en", "synonyms_ru", "anchors"};
constexpr std::string_view kAreaColumns[] = {"id", "label_en", "label_ru", "related_taxonomy"};

tl::unexpected<Error> Malformed(std::string_view file, size_t line, std::string_view problem) {
  return FailInternal(ErrorCode::kInternal,
                      fmt::format("data/taxonomy/{} line {}: {}", file, line, problem));
}

struct Line {
  size_t number = 0;
  std::vector<std::string_view> cells;
};

std::vector<std::string_view> SplitCells(std::string_view line) {
  std::vector<std::string_view> cells;
  while (true) {
    const size_t semicolon = line.find(';');
    cells.push_back(Trim(line.substr(0, semicolon)));
    if (semicolon == std::string_view::npos) return cells;
    line.remove_prefix(semicolon + 1);
  }
}

// The lines after the header, each with exactly the header's columns, the first `required` of
// them not empty.
Result<std::vector<Line>> ReadTable(std::string_view file, std::string_view text,
                                    std::span<const std::string_view> columns, size_t required) {
  std::vector<Line> lines;
  bool header = true;
  for (size_t number = 1; !text.empty(); ++number) {
    const size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    if (line.ends_with('\r')) line.remove_suffix(1);
    if (Trim(line).empty()) continue;
    std::vector<std::string_view> cells = SplitCells(line);
    if (cells.size() != columns.size()) {
      return Malformed(file, number,
                       fmt::format("{} columns where {} belong", cells.size(), columns.size()));
    }
    if (header) {
      if (!std::equal(cells.begin(), cells.end(), columns.begin())) {
        return Malformed(file, number, "not the header this program reads");
      }
      header = false;
      continue;
    }
    for (size_t i = 0; i < required; ++i) {
      if (cells[i].empty()) return Malformed(file, number, fmt::format("no {}", columns[i]));
    }
    lines.push_back({number, std::move(cells)});
  }
  if (header) return Malformed(file, 1, "no header");
  return lines;
}

Result<std::vector<Group>> ParseGroups(std::string_view text) {
  auto lines = ReadTable(kGroupsFile, text, kGroupColumns, 3);
  if (!lines) return tl::unexpected(lines.error());
  std::vector<Group> groups;
  std::set<std::string_view> seen;
  for (const Line& line : *lines) {
    const std::string_view id = line.cells[0];
    if (!IsGroupId(id)) {
      return Malformed(kGroupsFile, line.number, fmt::format("{} is not lower-case letters", id));
    }
    if (!seen.insert(id).second) {
      return Malformed(kGroupsFile, line.number, fmt::format("a second group {}", id));
    }
    groups.push_back({std::string(id), std::string(line.cells[1]), std::string(line.cells[2])});
  }
  return groups;
}

Result<std::vector<Class>> ParseClasses(std::string_view text, std::span<const Group> groups) {
  auto lines = ReadTable(kClassesFile, text, kClassColumns, 4);
  if (!lines) return tl::unexpected(lines.error());
  std::vector<Class> classes;
  std::set<std::string_view> seen;
  for (const Line& line : *lines) {
    const std::string_view id = line.cells[0];
    const std::string_view group = line.cells[1];
    if (std::none_of(groups.begin(), groups.end(), [&](const Group& g) { return g.id == group; })) {
      return Malformed(kClassesFile, line.number, fmt::format("no group {}", group));
    }
    if (!IsClassId(id, group)) {
      return Malformed(
          kClassesFile, line.number,
          fmt::format("{} is not {}.<snake_case> of at most {} characters", id, group, kMaxId));
    }
    if (!seen.insert(id).second) {
      return Malformed(kClassesFile, line.number, fmt::format("a second class {}", id));
    }
    Class out;
    out.fields = {std::string(id),
                  std::string(group),
                  std::string(line.cells[2]),
                  std::string(line.cells[3]),
                  SplitStoredList(line.cells[4]),
                  SplitStoredList(line.cells[5])};
    out.anchors = SplitStoredList(line.cells[6]);
    classes.push_back(std::move(out));
  }
  return classes;
}

Result<std::vector<CooperationArea>> ParseAreas(std::string_view text,
                                                const std::vector<Group>& groups,
                                                const std::vector<Class>& classes) {
  auto lines = ReadTable(kAreasFile, text, kAreaColumns, 3);
  if (!lines) return tl::unexpected(lines.error());
  std::vector<CooperationArea> areas;
  std::set<std::string_view> seen;
  for (const Line& line : *lines) {
    if (!seen.insert(line.cells[0]).second) {
      return Malformed(kAreasFile, line.number, fmt::format("a second area {}", line.cells[0]));
    }
    CooperationArea area{std::string(line.cells[0]), std::string(line.cells[1]),
                         std::string(line.cells[2]), SplitStoredList(line.cells[3])};
    for (const std::string& related : area.related) {
      const bool known = related.ends_with(".*")
                             ? std::any_of(groups.begin(), groups.end(),
                                           [&](const Group& g) { return related == g.id + ".*"; })
                             : std::any_of(classes.begin(), classes.end(),
                                           [&](const Class& c) { return c.fields.id == related; });
      if (!known) return Malformed(kAreasFile, line.number, fmt::format("no class {}", related));
    }
    areas.push_back(std::move(area));
  }
  return areas;
}

// Groups, classes and areas sync alike: read what is stored, compare it with the file, write the
// difference. The rows as stored, for the comparison:
using GroupRow = std::tuple<std::string, std::string, int64_t>;
using AreaRow = std::tuple<std::string, std::string, std::string, int64_t>;
struct StoredClass {
  // Labels and synonyms, which administrators may change too.
  std::tuple<std::string, std::string, std::string, std::string> wording;
  std::tuple<std::string, int64_t> placement;  // anchors, position
  bool custom = false;
  bool edited = false;  // by an administrator: version above 1
};

Status SyncGroups(db::Connection& conn, std::span<const Group> groups,
                  std::vector<SyncedRow>& written) {
  std::map<std::string, GroupRow, std::less<>> stored;
  auto read = conn.Query(kSelectGroups, {}, [&](const db::Row& row) {
    stored[row.String(0)] = {row.String(1), row.String(2), row.Int(3)};
  });
  if (!read) return read;
  for (size_t i = 0; i < groups.size(); ++i) {
    const Group& group = groups[i];
    const auto position = static_cast<int64_t>(i);
    const auto found = stored.find(group.id);
    if (found != stored.end() &&
        found->second == GroupRow{group.label_en, group.label_ru, position}) {
      continue;
    }
    auto done = conn.Execute(found == stored.end() ? kInsertGroup : kUpdateGroup,
                             {group.id, group.label_en, group.label_ru, position});
    if (!done) return tl::unexpected(done.error());
    written.push_back({"taxonomy_group", group.id});
  }
  return {};
}

Status SyncClasses(db::Connection& conn, std::span<const Class> classes, const std::string& now,
                   std::vector<SyncedRow>& written) {
  std::map<std::string, StoredClass, std::less<>> stored;
  auto read = conn.Query(kReferenceClasses, {}, [&](const db::Row& row) {
    stored[row.String(0)] = {{row.String(1), row.String(2), row.String(3), row.String(4)},
                             {row.String(5), row.Int(6)},
                             row.Text(7) == ToString(Origin::kCustom),
                             row.Int(8) > 1};
  });
  if (!read) return read;
  for (size_t i = 0; i < classes.size(); ++i) {
    const ClassFields& fields = classes[i].fields;
    const auto position = static_cast<int64_t>(i);
    const std::string synonyms_en = JoinStoredList(fields.synonyms_en);
    const std::string synonyms_ru = JoinStoredList(fields.synonyms_ru);
    const std::string anchors = JoinStoredList(classes[i].anchors);
    const auto found = stored.find(fields.id);
    Result<int64_t> done = 0;
    if (found == stored.end()) {
      done = conn.Execute(kInsertClass, {fields.id, fields.group_id, fields.label_en,
                                         fields.label_ru, synonyms_en, synonyms_ru, anchors,
                                         ToString(Origin::kReference), position, now, nullptr});
    } else if (found->second.custom) {
      continue;  // an administrator took the id first: the class is theirs
    } else if (!found->second.edited &&
               (found->second.wording !=
                    std::tuple(fields.label_en, fields.label_ru, synonyms_en, synonyms_ru) ||
                found->second.placement != std::tuple(anchors, position))) {
      done =
          conn.Execute(kUpdateClassReference, {fields.id, fields.label_en, fields.label_ru,
                                               synonyms_en, synonyms_ru, anchors, position, now});
    } else if (found->second.edited && found->second.placement != std::tuple(anchors, position)) {
      done = conn.Execute(kUpdateClassPlacement, {fields.id, anchors, position, now});
    } else {
      continue;
    }
    if (!done) return tl::unexpected(done.error());
    written.push_back({"taxonomy_class", fields.id});
  }
  return {};
}

Status SyncAreas(db::Connection& conn, std::span<const CooperationArea> areas,
                 std::vector<SyncedRow>& written) {
  std::map<std::string, AreaRow, std::less<>> stored;
  auto read = conn.Query(kSelectAreas, {}, [&](const db::Row& row) {
    stored[row.String(0)] = {row.String(1), row.String(2), row.String(3), row.Int(4)};
  });
  if (!read) return read;
  for (size_t i = 0; i < areas.size(); ++i) {
    const CooperationArea& area = areas[i];
    const auto position = static_cast<int64_t>(i);
    const std::string related = JoinStoredList(area.related);
    const auto found = stored.find(area.id);
    if (found != stored.end() &&
        found->second == AreaRow{area.label_en, area.label_ru, related, position}) {
      continue;
    }
    auto done = conn.Execute(found == stored.end() ? kInsertArea : kUpdateArea,
                             {area.id, area.label_en, area.label_ru, related, position});
    if (!done) return tl::unexpected(done.error());
    written.push_back({"cooperation_area", area.id});
  }
  return {};
}

}  // namespace

Result<Reference> ParseReference(std::string_view groups_csv, std::string_view classes_csv,
                                 std::string_view areas_csv) {
  Reference reference;
  auto groups = ParseGroups(groups_csv);
  if (!groups) return tl::unexpected(groups.error());
  reference.groups = std::move(*groups);
  auto classes = ParseClasses(classes_csv, reference.groups);
  if (!classes) return tl::unexpected(classes.error());
  reference.classes = std::move(*classes);
  auto areas = ParseAreas(areas_csv, reference.groups, reference.classes);
  if (!areas) return tl::unexpected(areas.error());
  reference.areas = std::move(*areas);
  return reference;
}

Result<Reference> EmbeddedReference() {
  std::map<std::string_view, std::string_view> files;
  for (const EmbeddedFile& file : embedded::TaxonomyData()) files[file.name] = file.content;
  for (const std::string_view name : {kGroupsFile, kClassesFile, kAreasFile}) {
    if (!files.contains(name)) {
      return FailInternal(ErrorCode::kInternal,
                          fmt::format("data/taxonomy/{} is not in the binary", name));
    }
  }
  return ParseReference(files[kGroupsFile], files[kClassesFile], files[kAreasFile]);
}

Result<std::vector<SyncedRow>> SyncReference(db::Connection& conn, const Reference& reference,
                                             TimePoint at) {
  std::vector<SyncedRow> written;
  if (auto groups = SyncGroups(conn, reference.groups, written); !groups) {
    return tl::unexpected(groups.error());
  }
  if (auto classes = SyncClasses(conn, reference.classes, FormatTimestamp(at), written); !classes) {
    return tl::unexpected(classes.error());
  }
  if (auto areas = SyncAreas(conn, reference.areas, written); !areas) {
    return tl::unexpected(areas.error());
  }
  return written;
}

}  // namespace attache::taxonomy
