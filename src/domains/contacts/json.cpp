#include "domains/contacts/json.hpp"

#include "core/json_values.hpp"
#include "domains/contacts/rules.hpp"
#include "platform/http/input.hpp"

namespace attache::contacts {
namespace {

// The fields model.hpp calls personal.
constexpr const char* kPersonalKeys[] = {"email",        "phone",         "languages",
                                         "consent_date", "consent_basis", "notes"};

constexpr std::string_view kFieldKeys[] = {
    "organisation_id", "name_ru",   "name_en",      "position",      "email",
    "phone",           "languages", "consent_date", "consent_basis", "notes"};
constexpr int64_t kMaxId = INT64_MAX;

}  // namespace

Result<Fields> FieldsFromJson(const nlohmann::json& object) {
  http::BodyReader body(object);
  Fields fields;
  fields.organisation_id =
      http::ValueOf(body.Integer("organisation_id", 1, kMaxId, true)).value_or(0);
  fields.name_ru = http::ValueOf(body.String("name_ru", kMaxName)).value_or("");
  fields.name_en = http::ValueOf(body.String("name_en", kMaxName)).value_or("");
  fields.position = http::ValueOf(body.String("position", kMaxPosition)).value_or("");
  fields.email = http::NonEmptyValueOf(body.String("email", kMaxEmail));
  fields.phone = http::NonEmptyValueOf(body.String("phone", kMaxPhone));
  // Items may be longer than a code so that the rules can say what a code looks like.
  fields.languages = http::ValueOf(body.StringList("languages", kMaxLanguages, 20))
                         .value_or(std::vector<std::string>{});
  fields.consent_date = http::ValueOf(body.CalendarDate("consent_date"));
  fields.consent_basis =
      http::ValueOf(body.Enum<ConsentBasis>("consent_basis", kConsentBasisNames));
  fields.notes = http::ValueOf(body.String("notes", kMaxNotes)).value_or("");
  if (auto ok = body.Finish(kFieldKeys); !ok) return tl::unexpected(ok.error());
  return fields;
}

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
