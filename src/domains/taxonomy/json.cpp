#include "domains/taxonomy/json.hpp"

namespace attache::taxonomy {

nlohmann::json ToJson(const ClassFields& fields) {
  return {{"id", fields.id},
          {"group_id", fields.group_id},
          {"label_en", fields.label_en},
          {"label_ru", fields.label_ru},
          {"synonyms_en", fields.synonyms_en},
          {"synonyms_ru", fields.synonyms_ru}};
}

nlohmann::json ToJson(const Class& taxonomy_class) {
  nlohmann::json json = ToJson(taxonomy_class.fields);
  json["anchors"] = taxonomy_class.anchors;
  json["origin"] = ToString(taxonomy_class.origin);
  json["version"] = taxonomy_class.version;
  json["updated_at"] = taxonomy_class.updated_at;
  json["archived_at"] =
      taxonomy_class.archived_at ? nlohmann::json(*taxonomy_class.archived_at) : nlohmann::json();
  if (taxonomy_class.used) json["used"] = *taxonomy_class.used;
  return json;
}

nlohmann::json ToJson(const CooperationArea& area) {
  return {{"id", area.id},
          {"label_en", area.label_en},
          {"label_ru", area.label_ru},
          {"related", area.related}};
}

nlohmann::json ToJson(const Taxonomy& taxonomy) {
  nlohmann::json groups = nlohmann::json::array();
  for (const Group& group : taxonomy.groups) {
    nlohmann::json classes = nlohmann::json::array();
    for (const Class& taxonomy_class : taxonomy.classes) {
      if (taxonomy_class.fields.group_id == group.id) classes.push_back(ToJson(taxonomy_class));
    }
    groups.push_back({{"id", group.id},
                      {"label_en", group.label_en},
                      {"label_ru", group.label_ru},
                      {"classes", std::move(classes)}});
  }
  nlohmann::json areas = nlohmann::json::array();
  for (const CooperationArea& area : taxonomy.areas) areas.push_back(ToJson(area));
  return {{"groups", std::move(groups)}, {"cooperation_areas", std::move(areas)}};
}

}  // namespace attache::taxonomy
