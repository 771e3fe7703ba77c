// The JSON shapes of the taxonomy (docs/openapi.yaml: Taxonomy, TaxonomyClass), used by the routes
// and by the audit trail's diffs.
#pragma once

#include <nlohmann/json.hpp>

#include "domains/taxonomy/model.hpp"

namespace attache::taxonomy {

// What an administrator sets: id, group, labels and synonyms.
nlohmann::json ToJson(const ClassFields& fields);
// The class with anchors, origin, version and archived_at; `used` when known.
nlohmann::json ToJson(const Class& taxonomy_class);
nlohmann::json ToJson(const CooperationArea& area);
// `{groups: [{id, label_en, label_ru, classes: [...]}], cooperation_areas: [...]}`.
nlohmann::json ToJson(const Taxonomy& taxonomy);

}  // namespace attache::taxonomy
