// The SQL of the taxonomy domain; the same text runs on SQLite and PostgreSQL. Lists (synonyms,
// anchors, related classes) are stored as text with `|` between the values.
#pragma once

#include <string_view>

namespace attache::taxonomy {

inline constexpr std::string_view kSelectGroups =
    "SELECT id, label_en, label_ru, position FROM taxonomy_groups ORDER BY position, id";
inline constexpr std::string_view kGroupExists =
    "SELECT COUNT(*) FROM taxonomy_groups WHERE id = $1";

inline constexpr std::string_view kClassSelect = R"~(
SELECT c.id, c.group_id, c.label_en, c.label_ru, c.synonyms_en, c.synonyms_ru, c.anchors,
       c.origin, c.version, c.updated_at, c.archived_at
FROM taxonomy_classes c)~";
inline constexpr std::string_view kLiveClassesInOrder = R"~(
 JOIN taxonomy_groups g ON g.id = c.group_id
WHERE c.archived_at IS NULL
ORDER BY g.position, c.position, c.id)~";
inline constexpr std::string_view kClassById = " WHERE c.id = $1";

// Ids are never reused, so archived classes count as taken.
inline constexpr std::string_view kClassExists =
    "SELECT COUNT(*) FROM taxonomy_classes WHERE id = $1";
inline constexpr std::string_view kLiveClassIds =
    "SELECT id FROM taxonomy_classes WHERE archived_at IS NULL";
inline constexpr std::string_view kIdColumn = "id";
inline constexpr std::string_view kClassLabels =
    "SELECT id, group_id, label_en, label_ru, archived_at FROM taxonomy_classes";

// Records tagged with a class: solutions (their main class or any other) and organisations,
// archived ones too, since they keep their tags. UNION counts each record once.
inline constexpr std::string_view kClassUses = R"~(
SELECT class_id, COUNT(*) FROM (
  SELECT class_id, 's' AS kind, solution_id AS record FROM solution_classes
  UNION SELECT main_class, 's', id FROM solutions
  UNION SELECT class_id, 'o', organisation_id FROM organisation_classes
) tags
GROUP BY class_id)~";
inline constexpr std::string_view kClassUseCount = R"~(
SELECT COUNT(*) FROM (
  SELECT 's' AS kind, solution_id AS record FROM solution_classes WHERE class_id = $1
  UNION SELECT 's', id FROM solutions WHERE main_class = $1
  UNION SELECT 'o', organisation_id FROM organisation_classes WHERE class_id = $1
) tags)~";

// Administrators' classes follow every reference class of their group.
inline constexpr std::string_view kNextClassPosition =
    "SELECT COALESCE(MAX(position), -1) + 1 FROM taxonomy_classes";
inline constexpr std::string_view kInsertClass = R"~(
INSERT INTO taxonomy_classes (id, group_id, label_en, label_ru, synonyms_en, synonyms_ru, anchors,
                              origin, position, created_at, updated_at, created_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10, $11))~";
inline constexpr std::string_view kUpdateClass = R"~(
UPDATE taxonomy_classes
   SET label_en = $1, label_ru = $2, synonyms_en = $3, synonyms_ru = $4, archived_at = $5,
       updated_at = $6, version = version + 1
 WHERE id = $7 AND version = $8)~";

inline constexpr std::string_view kSelectAreas =
    "SELECT id, label_en, label_ru, related, position FROM cooperation_areas ORDER BY position, id";

// Reference data. The sync leaves `version` alone: it counts administrators' changes only.
inline constexpr std::string_view kInsertGroup =
    "INSERT INTO taxonomy_groups (id, label_en, label_ru, position) VALUES ($1, $2, $3, $4)";
inline constexpr std::string_view kUpdateGroup =
    "UPDATE taxonomy_groups SET label_en = $2, label_ru = $3, position = $4 WHERE id = $1";
inline constexpr std::string_view kReferenceClasses = R"~(
SELECT id, label_en, label_ru, synonyms_en, synonyms_ru, anchors, position, origin, version
FROM taxonomy_classes)~";
inline constexpr std::string_view kUpdateClassReference = R"~(
UPDATE taxonomy_classes
   SET label_en = $2, label_ru = $3, synonyms_en = $4, synonyms_ru = $5, anchors = $6,
       position = $7, updated_at = $8
 WHERE id = $1 AND origin = 'reference' AND version = 1)~";
// An edited reference class keeps the administrators' labels and synonyms.
inline constexpr std::string_view kUpdateClassPlacement = R"~(
UPDATE taxonomy_classes SET anchors = $2, position = $3, updated_at = $4
 WHERE id = $1 AND origin = 'reference')~";
inline constexpr std::string_view kInsertArea = R"~(
INSERT INTO cooperation_areas (id, label_en, label_ru, related, position)
VALUES ($1, $2, $3, $4, $5))~";
inline constexpr std::string_view kUpdateArea = R"~(
UPDATE cooperation_areas SET label_en = $2, label_ru = $3, related = $4, position = $5
 WHERE id = $1)~";

}  // namespace attache::taxonomy
