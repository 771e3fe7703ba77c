#include "domains/countries/service.hpp"

#include <fmt/format.h>

#include "domains/access/policy.hpp"
#include "domains/audit/store.hpp"
#include "domains/countries/json.hpp"
#include "domains/countries/rules.hpp"
#include "domains/countries/store.hpp"

namespace attache::countries {
namespace {

// The country of an attaché must exist: a 422 on /country, not a 404 of the request.
Status CheckCountryExists(db::Connection& conn, const std::string& iso2) {
  auto exists = CountryExists(conn, iso2);
  if (!exists) return tl::unexpected(exists.error());
  if (*exists) return {};
  return FailValidation({FieldError{
      "/country",
      {},
      {fmt::format("There is no country {}.", iso2), fmt::format("Страны {} нет.", iso2)}}});
}

AttacheFields Merge(AttacheFields fields, const AttachePatch& patch) {
  if (patch.country) fields.country = *patch.country;
  if (patch.name_ru) fields.name_ru = *patch.name_ru;
  if (patch.name_en) fields.name_en = *patch.name_en;
  if (patch.status) fields.status = *patch.status;
  if (patch.start_date) fields.start_date = *patch.start_date;
  if (patch.end_date) fields.end_date = *patch.end_date;
  if (patch.email) fields.email = *patch.email;
  return fields;
}

}  // namespace

Result<CountryPage> Service::ListCountries(const CountryQuery& query) {
  return database_.Read([&](db::Connection& conn) { return SelectCountries(conn, query); });
}

Result<Country> Service::GetCountry(std::string_view iso2) {
  return database_.Read([&](db::Connection& conn) {
    return Found(SelectCountry(conn, iso2), [&] { return tl::unexpected(NoSuchCountry(iso2)); });
  });
}

Result<Country> Service::SetPresence(std::string_view iso2, int64_t version,
                                     const Presence& presence, const access::Principal& by,
                                     const Actor& actor) {
  if (!access::Allows(by, {access::Resource::kCountry, access::Action::kUpdate},
                      {.country = iso2})) {
    return tl::unexpected(NotYours());
  }
  const TimePoint now = clock_();
  if (auto errors = CheckPresence(presence, ToDate(now)); !errors.empty()) {
    return FailValidation(std::move(errors));
  }
  return database_.Write([&](db::Connection& conn) -> Result<Country> {
    auto before =
        Found(SelectCountry(conn, iso2), [&] { return tl::unexpected(NoSuchCountry(iso2)); });
    if (!before) return before;
    if (before->version != version) return Stale(before->version);
    auto updated = UpdatePresence(conn, iso2, version, presence, now);
    if (!updated) return tl::unexpected(updated.error());
    if (!*updated) return Stale(before->version + 1);
    auto recorded = audit::Record(
        conn, actor, now,
        {"country", before->iso2, "update",
         audit::Diff({{"presence", ToJson(before->presence)}}, {{"presence", ToJson(presence)}})});
    if (!recorded) return tl::unexpected(recorded.error());
    return Found(SelectCountry(conn, iso2), [&] { return tl::unexpected(NoSuchCountry(iso2)); });
  });
}

Result<std::vector<WorldRegion>> Service::ListRegions() {
  return database_.Read([](db::Connection& conn) { return SelectRegions(conn); });
}

Result<Page<Attache>> Service::ListAttaches(const AttacheQuery& query) {
  return database_.Read([&](db::Connection& conn) { return SelectAttaches(conn, query); });
}

Result<Attache> Service::GetAttache(int64_t id) {
  return database_.Read([&](db::Connection& conn) {
    return Found(SelectAttache(conn, id),
                 [&] { return tl::unexpected(NoSuchAttache(std::to_string(id))); });
  });
}

Result<Attache> Service::CreateAttache(const AttacheFields& fields, const access::Principal& by,
                                      const Actor& actor) {
  if (!access::Allows(by, {access::Resource::kAttache, access::Action::kCreate},
                      {.country = fields.country})) {
    return tl::unexpected(NotYours());
  }
  const TimePoint now = clock_();
  if (auto errors = CheckAttache(fields, ToDate(now)); !errors.empty()) {
    return FailValidation(std::move(errors));
  }
  return database_.Write([&](db::Connection& conn) -> Result<Attache> {
    if (auto exists = CheckCountryExists(conn, fields.country); !exists) {
      return tl::unexpected(exists.error());
    }
    auto id = InsertAttache(conn, fields, now, actor);
    if (!id) return tl::unexpected(id.error());
    auto recorded = audit::Record(
        conn, actor, now,
        {"attache", std::to_string(*id), "create", audit::Diff(nullptr, ToJson(fields))});
    if (!recorded) return tl::unexpected(recorded.error());
    return Found(SelectAttache(conn, *id),
                 [&] { return tl::unexpected(NoSuchAttache(std::to_string(*id))); });
  });
}

Result<Attache> Service::PatchAttache(int64_t id, int64_t version, const AttachePatch& patch,
                                      const access::Principal& by, const Actor& actor) {
  const access::Permission update{access::Resource::kAttache, access::Action::kUpdate};
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<Attache> {
    auto before = Found(SelectAttache(conn, id),
                        [&] { return tl::unexpected(NoSuchAttache(std::to_string(id))); });
    if (!before) return before;
    if (!access::Allows(by, update, {.country = before->fields.country})) {
      return tl::unexpected(NotYours());
    }
    if (before->version != version) return Stale(before->version);
    const AttacheFields after = Merge(before->fields, patch);
    if (!access::Allows(by, update, {.country = after.country})) {
      return tl::unexpected(NotYours());
    }
    if (auto errors = CheckAttache(after, ToDate(now)); !errors.empty()) {
      return FailValidation(std::move(errors));
    }
    if (after.country != before->fields.country) {
      if (auto exists = CheckCountryExists(conn, after.country); !exists) {
        return tl::unexpected(exists.error());
      }
    }
    auto updated = UpdateAttache(conn, id, version, after, now);
    if (!updated) return tl::unexpected(updated.error());
    if (!*updated) return Stale(before->version + 1);
    auto recorded = audit::Record(conn, actor, now,
                                  {"attache", std::to_string(id), "update",
                                   audit::Diff(ToJson(before->fields), ToJson(after))});
    if (!recorded) return tl::unexpected(recorded.error());
    return Found(SelectAttache(conn, id),
                 [&] { return tl::unexpected(NoSuchAttache(std::to_string(id))); });
  });
}

Result<size_t> Service::SyncReference(const Actor& actor) {
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<size_t> {
    if (auto locked = db::LockAcrossInstances(conn); !locked) return tl::unexpected(locked.error());
    auto written = countries::SyncReference(conn, now);
    if (!written) return tl::unexpected(written.error());
    for (const std::string& iso2 : *written) {
      auto recorded = audit::Record(conn, actor, now,
                                    {"country", iso2, "reference_sync", nlohmann::json::object()});
      if (!recorded) return tl::unexpected(recorded.error());
    }
    return written->size();
  });
}

}  // namespace attache::countries
