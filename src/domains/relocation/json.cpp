#include "domains/relocation/json.hpp"

#include "core/json_values.hpp"
#include "domains/relocation/rules.hpp"
#include "domains/relocation/service.hpp"
#include "platform/http/input.hpp"

namespace attache::relocation {
namespace {

constexpr std::string_view kFieldKeys[] = {"organisation_id", "from_country", "kind", "title",
                                           "notes",           "region",       "jobs", "investment",
                                           "owner_id"};
constexpr std::string_view kMoneyKeys[] = {"minor", "currency"};
constexpr int64_t kMaxId = INT64_MAX;
constexpr int64_t kMaxMinor = 100'000'000'000'000'000;

}  // namespace

Result<Fields> FieldsFromJson(const nlohmann::json& object) {
  http::BodyReader body(object);
  Fields fields;
  fields.organisation_id =
      http::ValueOf(body.Integer("organisation_id", 1, kMaxId, true)).value_or(0);
  fields.from_country = http::ValueOf(body.String("from_country", 2)).value_or("");
  fields.kind =
      http::ValueOf(body.Enum<Kind>("kind", kKindNames, true)).value_or(Kind::kHeadquarters);
  fields.title = http::ValueOf(body.String("title", kMaxTitle, true)).value_or("");
  fields.notes = http::ValueOf(body.String("notes", kMaxNotes)).value_or("");
  fields.region = http::ValueOf(body.String("region", 6)).value_or("");
  fields.jobs = http::ValueOf(body.Integer("jobs", 0, kMaxJobs));
  fx::Money investment;
  const auto read = body.Object("investment", kMoneyKeys, [&](http::BodyReader& money) {
    investment.minor = http::ValueOf(money.Integer("minor", 0, kMaxMinor, true)).value_or(0);
    investment.currency = http::ValueOf(money.String("currency", 3, true)).value_or("");
  });
  if (http::ValueOf(read)) fields.investment = investment;
  fields.owner_id = http::ValueOf(body.Integer("owner_id", 1, kMaxId));
  if (auto ok = body.Finish(kFieldKeys); !ok) return tl::unexpected(ok.error());
  return fields;
}

nlohmann::json ToJson(const Fields& fields) {
  nlohmann::json investment;
  if (fields.investment) {
    investment = {{"minor", fields.investment->minor}, {"currency", fields.investment->currency}};
  }
  return {{"organisation_id", fields.organisation_id},
          {"from_country", fields.from_country},
          {"kind", ToString(fields.kind)},
          {"title", fields.title},
          {"notes", fields.notes},
          {"region", fields.region.empty() ? nlohmann::json() : nlohmann::json(fields.region)},
          {"jobs", OptJson(fields.jobs)},
          {"investment", std::move(investment)},
          {"owner_id", OptJson(fields.owner_id)}};
}

nlohmann::json ToJson(const Case& current, const Permits& permits) {
  nlohmann::json json = ToJson(current.fields);
  json["id"] = current.id;
  json["organisation"] = {{"id", current.organisation.id},
                          {"name_ru", current.organisation.name_ru},
                          {"name_en", current.organisation.name_en},
                          {"country", current.organisation.country}};
  json["owner"] = UserJson(current.owner);
  json["stage"] = ToString(current.stage);
  json["stage_changed_at"] = current.stage_changed_at;
  json["close_reason"] = current.close_reason;
  json["closed_at"] = OptJson(current.closed_at);
  nlohmann::json moves = nlohmann::json::array();
  for (const Stage stage : permits.moves) moves.push_back(ToString(stage));
  json["allowed_transitions"] = std::move(moves);
  json["editable"] = permits.editable;
  json["version"] = current.version;
  json["created_at"] = current.created_at;
  json["updated_at"] = current.updated_at;
  return json;
}

}  // namespace attache::relocation
