#include "domains/solutions/json.hpp"

#include "core/json_values.hpp"
#include "core/strings.hpp"
#include "domains/solutions/rules.hpp"
#include "platform/http/input.hpp"

namespace attache::solutions {
namespace {

constexpr std::string_view kFieldKeys[] = {
    "organisation_id",     "name_ru",    "name_en",        "description_ru",
    "description_en",      "kind",       "main_class",     "classes",
    "maturity",            "interface_languages", "references", "certifications",
    "registry_number",     "licence_model",       "export_readiness", "published"};
constexpr std::string_view kReferenceKeys[] = {"country", "customer", "year", "scale"};
constexpr int64_t kMaxId = INT64_MAX;

Fields ReadFields(http::BodyReader& body) {
  Fields fields;
  fields.organisation_id =
      http::ValueOf(body.Integer("organisation_id", 1, kMaxId, true)).value_or(0);
  fields.name_ru = http::ValueOf(body.String("name_ru", kMaxName)).value_or("");
  fields.name_en = http::ValueOf(body.String("name_en", kMaxName)).value_or("");
  fields.description_ru =
      http::ValueOf(body.String("description_ru", kMaxDescription)).value_or("");
  fields.description_en =
      http::ValueOf(body.String("description_en", kMaxDescription)).value_or("");
  fields.kind = http::ValueOf(body.Enum<Kind>("kind", kKindNames, true)).value_or(fields.kind);
  fields.main_class = http::ValueOf(body.String("main_class", 64, true)).value_or("");
  fields.classes = http::ValueOf(body.StringList("classes", kMaxClasses, 64))
                       .value_or(std::vector<std::string>{});
  fields.maturity = http::ValueOf(body.Enum<Maturity>("maturity", kMaturityNames, true))
                        .value_or(fields.maturity);
  fields.interface_languages =
      http::ValueOf(body.StringList("interface_languages", kMaxLanguages, 2))
          .value_or(std::vector<std::string>{});
  for (std::string& code : fields.interface_languages) code = AsciiLower(code);
  body.Objects("references", kMaxReferences, kReferenceKeys, [&](http::BodyReader& item) {
    Reference reference;
    reference.country = AsciiUpper(http::ValueOf(item.String("country", 2, true)).value_or(""));
    reference.customer = http::ValueOf(item.String("customer", kMaxCustomer)).value_or("");
    if (auto year = http::ValueOf(item.Integer("year", 1900, 2100))) {
      reference.year = static_cast<int>(*year);
    }
    reference.scale = http::ValueOf(item.String("scale", kMaxScale)).value_or("");
    fields.references.push_back(std::move(reference));
  });
  fields.certifications =
      http::ValueOf(body.StringList("certifications", kMaxCertifications, kMaxCertification))
          .value_or(std::vector<std::string>{});
  if (auto number = http::ValueOf(body.String("registry_number", kMaxRegistryNumber));
      number && !number->empty()) {
    fields.registry_number = std::move(number);
  }
  fields.licence = http::ValueOf(body.Enum<Licence>("licence_model", kLicenceNames));
  fields.export_readiness = static_cast<int>(
      http::ValueOf(body.Integer("export_readiness", 0, kMaxReadiness)).value_or(0));
  fields.published = http::ValueOf(body.Boolean("published")).value_or(false);
  return fields;
}


nlohmann::json ReferencesJson(const std::vector<Reference>& references) {
  nlohmann::json list = nlohmann::json::array();
  for (const Reference& reference : references) {
    list.push_back({{"country", reference.country},
                    {"customer", reference.customer},
                    {"year", OptJson(reference.year)},
                    {"scale", reference.scale}});
  }
  return list;
}

nlohmann::json OwnerJson(const Owner& owner) {
  return {{"id", owner.id},
          {"name_ru", owner.name_ru},
          {"name_en", owner.name_en},
          {"country", owner.country},
          {"accredited", owner.accredited},
          {"website", owner.website}};
}

}  // namespace

nlohmann::json ToJson(const Fields& fields) {
  return {{"organisation_id", fields.organisation_id},
          {"name_ru", fields.name_ru},
          {"name_en", fields.name_en},
          {"description_ru", fields.description_ru},
          {"description_en", fields.description_en},
          {"kind", ToString(fields.kind)},
          {"main_class", fields.main_class},
          {"classes", fields.classes},
          {"maturity", ToString(fields.maturity)},
          {"interface_languages", fields.interface_languages},
          {"references", ReferencesJson(fields.references)},
          {"certifications", fields.certifications},
          {"registry_number", OptJson(fields.registry_number)},
          {"licence_model",
           fields.licence ? nlohmann::json(ToString(*fields.licence)) : nlohmann::json()},
          {"export_readiness", fields.export_readiness},
          {"published", fields.published}};
}

nlohmann::json ToJson(const Solution& solution) {
  nlohmann::json json = ToJson(solution.fields);
  json["id"] = solution.id;
  json["organisation"] = OwnerJson(solution.owner);
  json["version"] = solution.version;
  json["created_at"] = solution.created_at;
  json["updated_at"] = solution.updated_at;
  return json;
}

nlohmann::json ToShowcaseJson(const Solution& solution) {
  const Fields& fields = solution.fields;
  return {{"id", solution.id},
          {"name_ru", fields.name_ru},
          {"name_en", fields.name_en},
          {"description_ru", fields.description_ru},
          {"description_en", fields.description_en},
          {"kind", ToString(fields.kind)},
          {"main_class", fields.main_class},
          {"classes", fields.classes},
          {"maturity", ToString(fields.maturity)},
          {"interface_languages", fields.interface_languages},
          {"references", ReferencesJson(fields.references)},
          {"certifications", fields.certifications},
          {"registry_number", OptJson(fields.registry_number)},
          {"licence_model",
           fields.licence ? nlohmann::json(ToString(*fields.licence)) : nlohmann::json()},
          {"export_readiness", fields.export_readiness},
          {"organisation", OwnerJson(solution.owner)},
          {"updated_at", solution.updated_at}};
}

Result<Fields> FieldsFromJson(const nlohmann::json& object) {
  http::BodyReader body(object);
  Fields fields = ReadFields(body);
  if (auto ok = body.Finish(kFieldKeys); !ok) return tl::unexpected(ok.error());
  return fields;
}

}  // namespace attache::solutions
