#include "domains/contacts/json.hpp"

#include "core/json_values.hpp"

namespace attache::contacts {
namespace {

// The fields model.hpp calls personal.
constexpr const char* kPersonalKeys[] = {"email",        "phone",         "languages",
                                         "consent_date", "consent_basis", "notes"};

}  // namespace

nlohmann::json ToJson(const Fields& fields) {
  return {{"organisation_id", fields.organisation_id},
          {"name_ru", fields.name_ru},
          {"name_en", fields.name_en},
          {"position", fields.position},
          {"email", OptJson(fields.email)},
          {"phone", OptJson(fields.phone)},
          {"languages", fields.languages},
          {"consent_date", OptJson(fields.consent_date)},
          {"consent_basis", fields.consent_basis ? nlohmann::json(ToString(*fields.consent_basis))
                                                 : nlohmann::json()},
          {"notes", fields.notes}};
}

nlohmann::json ToJson(const Contact& contact, bool personal) {
  nlohmann::json json = ToJson(contact.fields);
  if (!personal) {
    for (const char* key : kPersonalKeys) json[key] = nullptr;
  }
  json["id"] = contact.id;
  json["organisation"] = {{"id", contact.organisation.id},
                          {"name_ru", contact.organisation.name_ru},
                          {"name_en", contact.organisation.name_en},
                          {"country", contact.organisation.country}};
  json["erased"] = contact.erased_at.has_value();
  json["erased_at"] = OptJson(contact.erased_at);
  json["version"] = contact.version;
  json["created_at"] = contact.created_at;
  json["updated_at"] = contact.updated_at;
  return json;
}

nlohmann::json ToJson(const Export& exported) {
  nlohmann::json contact = ToJson(exported.contact, true);
  contact["archived_at"] = OptJson(exported.contact.archived_at);
  nlohmann::json history = nlohmann::json::array();
  for (const HistoryEntry& entry : exported.history) {
    nlohmann::json diff = nlohmann::json::parse(entry.diff, nullptr, false);
    if (diff.is_discarded()) diff = nlohmann::json::object();
    history.push_back(
        {{"id", entry.id}, {"at", entry.at}, {"action", entry.action}, {"diff", std::move(diff)}});
  }
  return {{"exported_at", exported.exported_at},
          {"contact", std::move(contact)},
          {"history", std::move(history)}};
}

}  // namespace attache::contacts
