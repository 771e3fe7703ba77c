#include "app/demo.hpp"

#include <fmt/format.h>

#include <map>

#include <nlohmann/json.hpp>

#include "app/embedded_data.hpp"
#include "app/queries.hpp"
#include "domains/audit/store.hpp"
#include "domains/countries/json.hpp"
#include "domains/countries/rules.hpp"
#include "domains/countries/store.hpp"
#include "domains/organisations/json.hpp"
#include "domains/organisations/service.hpp"
#include "domains/solutions/json.hpp"
#include "domains/solutions/service.hpp"
#include "domains/users/credentials.hpp"
#include "domains/users/json.hpp"
#include "domains/users/rules.hpp"
#include "domains/users/store.hpp"

namespace attache::app {
namespace {

constexpr std::string_view kMarker = "demo_loaded";
// The catalogue came after the first demo; databases that hold the first get it on their own.
constexpr std::string_view kCatalogueMarker = "demo_catalogue_loaded";

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

// One demo user per role, with the passwords data/demo/README.md documents; hashed before the
// transaction, which then only inserts.
struct DemoUser {
  users::UserFields fields;
  std::string hash;
};

Result<std::vector<DemoUser>> ReadUsers(const nlohmann::json& data) {
  std::vector<DemoUser> out;
  try {
    for (const auto& record : data.at("users")) {
      DemoUser user;
      user.fields.email = record.at("email");
      user.fields.display_name = record.value("display_name", "");
      user.fields.lang = record.value("lang", "ru") == "en" ? Lang::kEn : Lang::kRu;
      user.fields.role = access::ParseRole(record.at("role").get<std::string>()).value();
      user.fields.countries = record.value("countries", std::vector<std::string>{});
      if (record.contains("company_id")) user.fields.company_id = record["company_id"].get<int64_t>();
      if (record.contains("region")) user.fields.region = record["region"].get<std::string>();
      auto errors = users::CheckUser(user.fields);
      const std::string password = record.at("password");
      auto weak = users::CheckPassword(password, user.fields.email, "/password");
      errors.insert(errors.end(), weak.begin(), weak.end());
      if (!errors.empty()) return BadRecord("user " + user.fields.email, errors);
      auto hash = users::HashPassword(password);
      if (!hash) return tl::unexpected(hash.error());
      user.hash = std::move(*hash);
      out.push_back(std::move(user));
    }
  } catch (const std::exception& e) {
    return FailInternal(ErrorCode::kInternal, fmt::format("demo users: {}", e.what()));
  }
  return out;
}

Status LoadUsers(db::Connection& conn, const std::vector<DemoUser>& demo_users, TimePoint now,
                 const Actor& actor) {
  const std::string at = FormatTimestamp(now);
  for (const DemoUser& user : demo_users) {
    auto existing = users::SelectUserByEmail(conn, user.fields.email);
    if (!existing) return tl::unexpected(existing.error());
    if (*existing) continue;  // added by hand before the demo: keep theirs
    auto id = users::InsertUser(conn, {user.fields, user.hash, false}, at, std::nullopt);
    if (!id) return tl::unexpected(id.error());
    auto recorded = audit::Record(conn, actor, now,
                                  {"user", std::to_string(*id), "create",
                                   audit::Diff(nullptr, users::ToAuditJson(user.fields, true))});
    if (!recorded) return recorded;
  }
  return {};
}

// The catalogue goes through the domains' own validation, as an import would.
Status LoadCatalogue(db::Connection& conn, const nlohmann::json& data, TimePoint now,
                     const Actor& actor) {
  std::map<std::string, int64_t> ids;  // English name -> id, for the solutions' owners
  for (const auto& record : data.at("organisations")) {
    auto fields = organisations::FieldsFromJson(record);
    if (!fields) return BadRecord("organisation " + record.dump(), fields.error().fields);
    auto id = organisations::CreateIn(conn, std::move(*fields), now, actor);
    if (!id) return BadRecord("organisation " + record.value("name_en", ""), id.error().fields);
    ids[record.value("name_en", "")] = *id;
  }
  for (auto record : data.at("solutions")) {
    const std::string owner = record.at("organisation");
    record.erase("organisation");
    record["organisation_id"] = ids.at(owner);
    auto fields = solutions::FieldsFromJson(record);
    if (!fields) return BadRecord("solution " + record.dump(), fields.error().fields);
    auto id = solutions::CreateIn(conn, std::move(*fields), now, actor);
    if (!id) return BadRecord("solution " + record.value("name_en", ""), id.error().fields);
  }
  return conn.Execute(kInsertSetting, {kCatalogueMarker, "1", FormatTimestamp(now)})
      .map([](int64_t) {});
}

}  // namespace

Result<DemoOutcome> LoadDemo(db::Database& database, const Clock& clock) {
  auto data = DemoFile("countries.json");
  if (!data) return tl::unexpected(data.error());
  auto catalogue = DemoFile("catalogue.json");
  if (!catalogue) return tl::unexpected(catalogue.error());
  auto user_file = DemoFile("users.json");
  if (!user_file) return tl::unexpected(user_file.error());
  auto demo_users = ReadUsers(*user_file);
  if (!demo_users) return tl::unexpected(demo_users.error());
  const TimePoint now = clock();
  const Actor actor = Actor::System("demo-load");
  return database.Write([&](db::Connection& conn) -> Result<DemoOutcome> {
    if (auto locked = db::LockAcrossInstances(conn); !locked) return tl::unexpected(locked.error());
    auto loaded = conn.QueryInt(kSelectSetting, {kMarker});
    if (!loaded) return tl::unexpected(loaded.error());
    if (*loaded > 0) {
      auto has_catalogue = conn.QueryInt(kSelectSetting, {kCatalogueMarker});
      if (!has_catalogue) return tl::unexpected(has_catalogue.error());
      auto organisations = conn.QueryInt(kCountOrganisations, {});
      if (!organisations) return tl::unexpected(organisations.error());
      if (*has_catalogue > 0 || *organisations > 0) return DemoOutcome::kAlreadyLoaded;
      try {
        if (auto done = LoadCatalogue(conn, *catalogue, now, actor); !done) {
          return tl::unexpected(done.error());
        }
      } catch (const std::exception& e) {
        return FailInternal(ErrorCode::kInternal, fmt::format("demo catalogue: {}", e.what()));
      }
      return DemoOutcome::kLoaded;
    }
    auto user_data = conn.QueryInt(kCountUserData, {});
    if (!user_data) return tl::unexpected(user_data.error());
    if (*user_data > 0) return DemoOutcome::kNotEmpty;
    try {
      if (auto done = LoadCountries(conn, *data, now, actor); !done) {
        return tl::unexpected(done.error());
      }
      if (auto done = LoadUsers(conn, *demo_users, now, actor); !done) {
        return tl::unexpected(done.error());
      }
      if (auto done = LoadCatalogue(conn, *catalogue, now, actor); !done) {
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
