// Reads and writes of the countries domain, each inside the caller's transaction. No validation
// here (see rules.hpp): these functions do what they are told.
#pragma once

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "domains/countries/model.hpp"
#include "platform/db/connection.hpp"

namespace attache::countries {

Result<CountryPage> SelectCountries(db::Connection& conn, const CountryQuery& query);
Result<std::optional<Country>> SelectCountry(db::Connection& conn, std::string_view iso2);
Result<bool> CountryExists(db::Connection& conn, std::string_view iso2);
// The codes among `iso2s` that are not countries, each once.
Result<std::vector<std::string>> UnknownCountries(db::Connection& conn,
                                                 std::span<const std::string> iso2s);
// False when `version` is not the current one (or there is no such country).
Result<bool> UpdatePresence(db::Connection& conn, std::string_view iso2, int64_t version,
                            const Presence& presence, TimePoint at);
Result<std::vector<WorldRegion>> SelectRegions(db::Connection& conn);

Result<Page<Attache>> SelectAttaches(db::Connection& conn, const AttacheQuery& query);
Result<std::optional<Attache>> SelectAttache(db::Connection& conn, int64_t id);
Result<int64_t> InsertAttache(db::Connection& conn, const AttacheFields& fields, TimePoint at,
                              const Actor& actor);
Result<bool> UpdateAttache(db::Connection& conn, int64_t id, int64_t version,
                           const AttacheFields& fields, TimePoint at);

// Adds the countries and regions this binary knows and the database lacks, and updates names
// that changed; returns the ISO codes of the countries it wrote.
Result<std::vector<std::string>> SyncReference(db::Connection& conn, TimePoint at);

}  // namespace attache::countries
