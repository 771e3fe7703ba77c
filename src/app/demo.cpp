#include "app/demo.hpp"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "app/embedded_data.hpp"
#include "app/queries.hpp"
#include "domains/audit/store.hpp"
#include "domains/countries/json.hpp"
#include "domains/countries/rules.hpp"
#include "domains/countries/store.hpp"

namespace attache::app {
namespace {

constexpr std::string_view kMarker = "demo_loaded";

Result<nlohmann::json> DemoFile(std::string_view name) {
  for (const EmbeddedFile& file : embedded::DemoData()) {
    if (file.name != name) continue;
    try {
      return nlohmann::json::parse(file.content);
    } catch (const nlohmann::json::exception& e) {
      return FailInternal(ErrorCode::kInternal, fmt::format("demo {}: {}", name, e.what()));
    }
  }
  return FailInternal(ErrorCode::kInternal, fmt::format("demo file {} is missing", name));
}

tl::unexpected<Error> BadRecord(std::string_view what, const std::vector<FieldError>& errors) {
  std::string text;
  for (const FieldError& error : errors)
    text += fmt::format(" {} {}", error.pointer, error.message.en);
  return FailInternal(ErrorCode::kInternal, fmt::format("demo {}:{}", what, text));
}

std::optional<Date> OptionalDate(const nlohmann::json& record, const char* key) {
  if (!record.contains(key) || record[key].is_null()) return std::nullopt;
  return ParseDate(record[key].get<std::string>());
}

Status LoadCountries(db::Connection& conn, const nlohmann::json& data, TimePoint now,
                     const Actor& actor) {
  using namespace countries;
  for (const auto& record : data.at("presence")) {
    const std::string iso2 = record.at("country");
    const Presence presence{ParsePresence(record.at("status").get<std::string>()).value(),
                            OptionalDate(record, "since"), record.value("note", "")};
    if (auto errors = CheckPresence(presence, ToDate(now)); !errors.empty()) {
      return BadRecord("presence " + iso2, errors);
    }
    auto country = SelectCountry(conn, iso2);
    if (!country) return tl::unexpected(country.error());
    if (!*country) return FailInternal(ErrorCode::kInternal, "demo: no country " + iso2);
    auto updated = UpdatePresence(conn, iso2, (*country)->version, presence, now);
    if (!updated) return tl::unexpected(updated.error());
    auto recorded = audit::Record(conn, actor, now,
                                  {"country", iso2, "update",
                                   audit::Diff({{"presence", ToJson((*country)->presence)}},
                                               {{"presence", ToJson(presence)}})});
    if (!recorded) return recorded;
  }
  for (const auto& record : data.at("attaches")) {
    AttacheFields fields;
    fields.country = record.at("country");
    fields.name_ru = record.value("name_ru", "");
    fields.name_en = record.value("name_en", "");
    fields.status = ParseAttacheStatus(record.at("status").get<std::string>()).value();
    fields.start_date = OptionalDate(record, "start_date");
    fields.end_date = OptionalDate(record, "end_date");
    if (auto errors = CheckAttache(fields, ToDate(now)); !errors.empty()) {
      return BadRecord("attache " + fields.name_en, errors);
    }
    auto id = InsertAttache(conn, fields, now, actor);
    if (!id) return tl::unexpected(id.error());
    auto recorded = audit::Record(
        conn, actor, now,
        {"attache", std::to_string(*id), "create", audit::Diff(nullptr, ToJson(fields))});
    if (!recorded) return recorded;
  }
  return {};
}

}  // namespace

Result<DemoOutcome> LoadDemo(db::Database& database, const Clock& clock) {
  auto data = DemoFile("countries.json");
  if (!data) return tl::unexpected(data.error());
  const TimePoint now = clock();
  const Actor actor = Actor::System("demo-load");
  return database.Write([&](db::Connection& conn) -> Result<DemoOutcome> {
    if (auto locked = db::LockAcrossInstances(conn); !locked) return tl::unexpected(locked.error());
    auto loaded = conn.QueryInt(kSelectSetting, {kMarker});
    if (!loaded) return tl::unexpected(loaded.error());
    if (*loaded > 0) return DemoOutcome::kAlreadyLoaded;
    auto user_data = conn.QueryInt(kCountUserData, {});
    if (!user_data) return tl::unexpected(user_data.error());
    if (*user_data > 0) return DemoOutcome::kNotEmpty;
    try {
      if (auto done = LoadCountries(conn, *data, now, actor); !done) {
        return tl::unexpected(done.error());
      }
    } catch (const std::exception& e) {  // a malformed demo file (nlohmann, std::optional)
      return FailInternal(ErrorCode::kInternal, fmt::format("demo data: {}", e.what()));
    }
    auto marked = conn.Execute(kInsertSetting, {kMarker, "1", FormatTimestamp(now)});
    if (!marked) return tl::unexpected(marked.error());
    return DemoOutcome::kLoaded;
  });
}

}  // namespace attache::app
