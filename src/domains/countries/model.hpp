// Countries of presence: every ISO 3166-1 country with the service's presence in it (none,
// planned, active, suspended), and the digital attachés posted there.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/page.hpp"
#include "core/time.hpp"

namespace attache::countries {

enum class PresenceStatus { kNone, kPlanned, kActive, kSuspended };
inline constexpr std::pair<std::string_view, PresenceStatus> kPresenceNames[] = {
    {"none", PresenceStatus::kNone},
    {"planned", PresenceStatus::kPlanned},
    {"active", PresenceStatus::kActive},
    {"suspended", PresenceStatus::kSuspended},
};

enum class AttacheStatus { kPlanned, kEnRoute, kActive, kEnded };
inline constexpr std::pair<std::string_view, AttacheStatus> kAttacheStatusNames[] = {
    {"planned", AttacheStatus::kPlanned},
    {"en_route", AttacheStatus::kEnRoute},
    {"active", AttacheStatus::kActive},
    {"ended", AttacheStatus::kEnded},
};

std::string_view ToString(PresenceStatus status);
std::string_view ToString(AttacheStatus status);
std::optional<PresenceStatus> ParsePresence(std::string_view name);
std::optional<AttacheStatus> ParseAttacheStatus(std::string_view name);

// A UN M.49 continent or sub-region.
struct WorldRegion {
  std::string code;
  std::string name_en;
  std::string name_ru;
  std::optional<std::string> parent;
};

struct Presence {
  PresenceStatus status = PresenceStatus::kNone;
  std::optional<Date> since;
  std::string note;
};

struct Country {
  int64_t id = 0;
  std::string iso2;
  std::string iso3;
  std::string iso_numeric;
  std::string name_en;
  std::string name_ru;
  std::string official_name_en;
  std::string official_name_ru;
  WorldRegion continent;
  WorldRegion region;
  Presence presence;
  int64_t attache_count = 0;  // attachés whose posting has not ended
  int64_t version = 1;
  std::string updated_at;
};

// What a client sets on an attaché.
struct AttacheFields {
  std::string country;  // ISO alpha-2, upper case
  std::string name_ru;
  std::string name_en;
  AttacheStatus status = AttacheStatus::kPlanned;
  std::optional<Date> start_date;
  std::optional<Date> end_date;
  std::optional<std::string> email;
};

struct Attache {
  int64_t id = 0;
  AttacheFields fields;
  int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

struct PresenceCounts {
  int64_t none = 0;
  int64_t planned = 0;
  int64_t active = 0;
  int64_t suspended = 0;
};

struct CountryQuery {
  std::optional<std::string> text;
  std::vector<PresenceStatus> presence;
  std::optional<std::string> region;  // M.49 code of a continent or sub-region
  std::string sort = "name_en";
  int limit = 50;
  int64_t offset = 0;
};

struct CountryPage {
  Page<Country> page;
  PresenceCounts facets;  // under `text` and `region`, whatever `presence` is
};

struct AttacheQuery {
  std::optional<std::string> country;
  std::vector<AttacheStatus> status;
  std::optional<std::string> text;
  bool text_matches_email = false;  // only for callers who may see e-mails
  std::string sort = "name_en";
  int limit = 50;
  int64_t offset = 0;
};

inline constexpr std::string_view kCountrySorts[] = {"name_en",  "name_ru", "iso2",
                                                     "presence", "since",   "attaches"};
inline constexpr std::string_view kAttacheSorts[] = {"name_en", "name_ru",    "country",
                                                     "status",  "start_date", "updated_at"};

}  // namespace attache::countries
