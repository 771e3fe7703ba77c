// The use cases of the countries domain: validation, one transaction per write, the audit trail
// and outbox entry of every change. Thread-safe (the database pools its sessions).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "domains/access/model.hpp"
#include "domains/countries/model.hpp"
#include "platform/db/database.hpp"

namespace attache::countries {

// A change to some fields of an attaché: absent fields stay; for the optional ones an inner
// nullopt clears the field.
struct AttachePatch {
  std::optional<std::string> country;
  std::optional<std::string> name_ru;
  std::optional<std::string> name_en;
  std::optional<AttacheStatus> status;
  std::optional<std::optional<Date>> start_date;
  std::optional<std::optional<Date>> end_date;
  std::optional<std::optional<std::string>> email;
};

class Service {
 public:
  Service(db::Database& database, Clock clock) : database_(database), clock_(std::move(clock)) {}

  Result<CountryPage> ListCountries(const CountryQuery& query);
  Result<Country> GetCountry(std::string_view iso2);
  // kConflict when `version` is not the country's current version. `by` must hold
  // country.update for this country (kForbidden otherwise), as with the other writes.
  Result<Country> SetPresence(std::string_view iso2, int64_t version, const Presence& presence,
                              const access::Principal& by, const Actor& actor);
  Result<std::vector<WorldRegion>> ListRegions();

  Result<Page<Attache>> ListAttaches(const AttacheQuery& query);
  Result<Attache> GetAttache(int64_t id);
  Result<Attache> CreateAttache(const AttacheFields& fields, const access::Principal& by,
                                const Actor& actor);
  // `by` must be allowed to change the attaché both in its current and in its new country.
  Result<Attache> PatchAttache(int64_t id, int64_t version, const AttachePatch& patch,
                               const access::Principal& by, const Actor& actor);

  // Brings the reference countries and regions up to date; returns how many countries changed.
  Result<size_t> SyncReference(const Actor& actor);

 private:
  db::Database& database_;
  Clock clock_;
};

}  // namespace attache::countries
