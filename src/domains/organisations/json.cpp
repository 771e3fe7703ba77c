#include "domains/organisations/json.hpp"

#include "core/json_values.hpp"
#include "core/strings.hpp"
#include "domains/organisations/rules.hpp"
#include "platform/http/input.hpp"

namespace attache::organisations {
namespace {

constexpr std::string_view kFieldKeys[] = {"kind",
                                           "name_ru",
                                           "name_en",
                                           "country",
                                           "inn",
                                           "ogrn",
                                           "website",
                                           "size_band",
                                           "hq_region",
                                           "description_ru",
                                           "description_en",
                                           "accredited",
                                           "accreditation_number",
                                           "accreditation_date",
                                           "sectors",
                                           "parent_id",
                                           "markets",
                                           "hub_services",
                                           "hub_operator_id",
                                           "residents"};
constexpr std::string_view kMarketKeys[] = {"country", "status", "since", "note"};
constexpr std::string_view kResidentKeys[] = {"organisation_id", "since"};
constexpr int64_t kMaxId = INT64_MAX;

Fields ReadFields(http::BodyReader& body) {
  Fields fields;
  fields.kind = http::ValueOf(body.Enum<Kind>("kind", kKindNames, true)).value_or(fields.kind);
  fields.name_ru = http::ValueOf(body.String("name_ru", kMaxName)).value_or("");
  fields.name_en = http::ValueOf(body.String("name_en", kMaxName)).value_or("");
  fields.country = AsciiUpper(http::ValueOf(body.String("country", 2, true)).value_or(""));
  fields.inn = http::NonEmptyValueOf(body.String("inn", 12));
  fields.ogrn = http::NonEmptyValueOf(body.String("ogrn", 15));
  fields.website = http::ValueOf(body.String("website", kMaxWebsite)).value_or("");
  fields.size_band = http::ValueOf(body.Enum<SizeBand>("size_band", kSizeBandNames));
  if (auto region = http::NonEmptyValueOf(body.String("hq_region", 6)))
    fields.hq_region = AsciiUpper(*region);
  fields.description_ru =
      http::ValueOf(body.String("description_ru", kMaxDescription)).value_or("");
  fields.description_en =
      http::ValueOf(body.String("description_en", kMaxDescription)).value_or("");
  fields.accredited = http::ValueOf(body.Boolean("accredited")).value_or(false);
  fields.accreditation_number = http::NonEmptyValueOf(body.String("accreditation_number", 50));
  fields.accreditation_date = http::ValueOf(body.CalendarDate("accreditation_date"));
  fields.sectors = http::ValueOf(body.StringList("sectors", kMaxSectors, 64))
                       .value_or(std::vector<std::string>{});
  fields.parent_id = http::ValueOf(body.Integer("parent_id", 1, kMaxId));
  body.Objects("markets", kMaxMarkets, kMarketKeys, [&](http::BodyReader& item) {
    Market market;
    market.country = AsciiUpper(http::ValueOf(item.String("country", 2, true)).value_or(""));
    market.status = http::ValueOf(item.Enum<MarketStatus>("status", kMarketStatusNames, true))
                        .value_or(MarketStatus::kInterested);
    market.since = http::ValueOf(item.CalendarDate("since"));
    market.note = http::ValueOf(item.String("note", kMaxNote)).value_or("");
    fields.markets.push_back(std::move(market));
  });
  if (auto services = http::ValueOf(body.StringList("hub_services", 10, 40))) {
    for (const std::string& name : *services) {
      bool known = false;
      for (const auto& [service_name, service] : kHubServiceNames) {
        if (service_name == name) {
          fields.hub_services.push_back(service);
          known = true;
        }
      }
      if (!known) {
        body.AddError(
            "hub_services",
            {"Must be a list of: " + http::JoinNames<HubService>(kHubServiceNames) + ".",
             "Допустимые значения: " + http::JoinNames<HubService>(kHubServiceNames) + "."});
      }
    }
  }
  fields.hub_operator_id = http::ValueOf(body.Integer("hub_operator_id", 1, kMaxId));
  body.Objects("residents", kMaxResidents, kResidentKeys, [&](http::BodyReader& item) {
    Resident resident;
    resident.organisation_id =
        http::ValueOf(item.Integer("organisation_id", 1, kMaxId, true)).value_or(0);
    resident.since = http::ValueOf(item.CalendarDate("since"));
    fields.residents.push_back(resident);
  });
  return fields;
}

nlohmann::json RefList(const std::vector<Ref>& refs) {
  nlohmann::json list = nlohmann::json::array();
  for (const Ref& ref : refs) list.push_back(ToJson(ref));
  return list;
}

}  // namespace

nlohmann::json ToJson(const Fields& fields) {
  nlohmann::json markets = nlohmann::json::array();
  for (const Market& market : fields.markets) {
    markets.push_back({{"country", market.country},
                       {"status", ToString(market.status)},
                       {"since", OptJson(market.since)},
                       {"note", market.note}});
  }
  nlohmann::json services = nlohmann::json::array();
  for (const HubService service : fields.hub_services) services.push_back(ToString(service));
  nlohmann::json residents = nlohmann::json::array();
  for (const Resident& resident : fields.residents) {
    residents.push_back(
        {{"organisation_id", resident.organisation_id}, {"since", OptJson(resident.since)}});
  }
  return {{"kind", ToString(fields.kind)},
          {"name_ru", fields.name_ru},
          {"name_en", fields.name_en},
          {"country", fields.country},
          {"inn", OptJson(fields.inn)},
          {"ogrn", OptJson(fields.ogrn)},
          {"website", fields.website},
          {"size_band",
           fields.size_band ? nlohmann::json(ToString(*fields.size_band)) : nlohmann::json()},
          {"hq_region", OptJson(fields.hq_region)},
          {"description_ru", fields.description_ru},
          {"description_en", fields.description_en},
          {"accredited", fields.accredited},
          {"accreditation_number", OptJson(fields.accreditation_number)},
          {"accreditation_date", OptJson(fields.accreditation_date)},
          {"sectors", fields.sectors},
          {"parent_id", OptJson(fields.parent_id)},
          {"markets", std::move(markets)},
          {"hub_services", std::move(services)},
          {"hub_operator_id", OptJson(fields.hub_operator_id)},
          {"residents", std::move(residents)}};
}

nlohmann::json ToJson(const Organisation& organisation) {
  nlohmann::json json = ToJson(organisation.fields);
  json["id"] = organisation.id;
  json["solution_count"] = organisation.solution_count;
  json["contact_count"] = organisation.contact_count;
  json["version"] = organisation.version;
  json["created_at"] = organisation.created_at;
  json["updated_at"] = organisation.updated_at;
  return json;
}

nlohmann::json ToJson(const Ref& ref) {
  return {{"id", ref.id},
          {"name_ru", ref.name_ru},
          {"name_en", ref.name_en},
          {"kind", ToString(ref.kind)},
          {"country", ref.country}};
}

nlohmann::json ToJson(const Links& links) {
  return {{"parent", links.parent ? ToJson(*links.parent) : nlohmann::json()},
          {"hub_operator", links.hub_operator ? ToJson(*links.hub_operator) : nlohmann::json()},
          {"children", RefList(links.children)},
          {"residents", RefList(links.residents)},
          {"resident_of", RefList(links.resident_of)},
          {"operates", RefList(links.operates)}};
}

nlohmann::json ToJson(const MarketChange& change) {
  return {{"country", change.country},
          {"status", change.status ? nlohmann::json(ToString(*change.status)) : nlohmann::json()},
          {"note", change.note},
          {"changed_at", change.changed_at},
          {"changed_by", OptJson(change.changed_by)}};
}

nlohmann::json ToJson(const Candidate& candidate) {
  nlohmann::json json = ToJson(candidate.organisation);
  json["inn"] = OptJson(candidate.inn);
  json["reason"] = candidate.reason;
  return json;
}

nlohmann::json ToJson(const MergeReport& report) {
  nlohmann::json moved = nlohmann::json::object();
  for (const auto& [name, count] : report.moved) moved[name] = count;
  return {{"kept_id", report.kept_id}, {"merged_id", report.merged_id}, {"moved", moved}};
}

Result<Fields> FieldsFromJson(const nlohmann::json& object) {
  http::BodyReader body(object);
  Fields fields = ReadFields(body);
  if (auto ok = body.Finish(kFieldKeys); !ok) return tl::unexpected(ok.error());
  return fields;
}

}  // namespace attache::organisations
