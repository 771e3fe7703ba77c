#include "domains/countries/json.hpp"

namespace attache::countries {
namespace {

nlohmann::json OptDate(const std::optional<Date>& date) {
  return date ? nlohmann::json(date->ToString()) : nlohmann::json();
}

}  // namespace

nlohmann::json ToJson(const WorldRegion& region) {
  return {{"code", region.code},
          {"name_en", region.name_en},
          {"name_ru", region.name_ru},
          {"parent", region.parent ? nlohmann::json(*region.parent) : nlohmann::json()}};
}

nlohmann::json ToJson(const Presence& presence) {
  return {{"status", ToString(presence.status)},
          {"since", OptDate(presence.since)},
          {"note", presence.note}};
}

nlohmann::json ToJson(const Country& country) {
  return {{"iso2", country.iso2},
          {"iso3", country.iso3},
          {"iso_numeric", country.iso_numeric},
          {"name_en", country.name_en},
          {"name_ru", country.name_ru},
          {"official_name_en", country.official_name_en},
          {"official_name_ru", country.official_name_ru},
          {"continent", ToJson(country.continent)},
          {"region", ToJson(country.region)},
          {"presence", ToJson(country.presence)},
          {"attache_count", country.attache_count},
          {"version", country.version},
          {"updated_at", country.updated_at}};
}

nlohmann::json ToJson(const PresenceCounts& counts) {
  return {{"none", counts.none},
          {"planned", counts.planned},
          {"active", counts.active},
          {"suspended", counts.suspended}};
}

nlohmann::json ToJson(const AttacheFields& fields) {
  return {{"country", fields.country},
          {"name_ru", fields.name_ru},
          {"name_en", fields.name_en},
          {"status", ToString(fields.status)},
          {"start_date", OptDate(fields.start_date)},
          {"end_date", OptDate(fields.end_date)},
          {"email", fields.email ? nlohmann::json(*fields.email) : nlohmann::json()}};
}

nlohmann::json ToJson(const Attache& attache) {
  nlohmann::json json = ToJson(attache.fields);
  json["id"] = attache.id;
  json["version"] = attache.version;
  json["created_at"] = attache.created_at;
  json["updated_at"] = attache.updated_at;
  return json;
}

}  // namespace attache::countries
