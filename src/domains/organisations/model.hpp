// Organisations: domestic and foreign companies, government bodies, universities, associations,
// IT hubs and investors — who exports, who buys, who helps. Plain values, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/page.hpp"
#include "core/time.hpp"

namespace attache::organisations {

enum class Kind {
  kDomesticCompany,
  kForeignCompany,
  kGovernmentBody,
  kUniversity,
  kAssociation,
  kItHub,
  kInvestor,
};
inline constexpr std::pair<std::string_view, Kind> kKindNames[] = {
    {"domestic_company", Kind::kDomesticCompany},
    {"foreign_company", Kind::kForeignCompany},
    {"government_body", Kind::kGovernmentBody},
    {"university", Kind::kUniversity},
    {"association", Kind::kAssociation},
    {"it_hub", Kind::kItHub},
    {"investor", Kind::kInvestor},
};

// Staff head-count bands of the domestic SME law: micro < 15, small < 100, medium < 250.
enum class SizeBand { kMicro, kSmall, kMedium, kLarge };
inline constexpr std::pair<std::string_view, SizeBand> kSizeBandNames[] = {
    {"micro", SizeBand::kMicro},
    {"small", SizeBand::kSmall},
    {"medium", SizeBand::kMedium},
    {"large", SizeBand::kLarge},
};

enum class MarketStatus { kExporting, kInterested, kNotInterested };
inline constexpr std::pair<std::string_view, MarketStatus> kMarketStatusNames[] = {
    {"exporting", MarketStatus::kExporting},
    {"interested", MarketStatus::kInterested},
    {"not_interested", MarketStatus::kNotInterested},
};

// What an IT hub offers its residents.
enum class HubService { kExhibitionSpace, kOffices, kAcceleration, kVentureCapital, kTraining };
inline constexpr std::pair<std::string_view, HubService> kHubServiceNames[] = {
    {"exhibition_space", HubService::kExhibitionSpace},
    {"offices", HubService::kOffices},
    {"acceleration", HubService::kAcceleration},
    {"venture_capital", HubService::kVentureCapital},
    {"training", HubService::kTraining},
};

std::string_view ToString(Kind kind);
std::string_view ToString(SizeBand band);
std::string_view ToString(MarketStatus status);
std::string_view ToString(HubService service);

// A foreign market of an organisation.
struct Market {
  std::string country;  // ISO alpha-2
  MarketStatus status = MarketStatus::kInterested;
  std::optional<Date> since;
  std::string note;
  friend bool operator==(const Market&, const Market&) = default;
};

struct Resident {
  int64_t organisation_id = 0;
  std::optional<Date> since;
  friend bool operator==(const Resident&, const Resident&) = default;
};

// What a client sets on an organisation. Lists are kept sorted (sectors by id, markets by
// country, residents by id, hub services by enum order) so that equal records compare equal.
struct Fields {
  Kind kind = Kind::kDomesticCompany;
  std::string name_ru;
  std::string name_en;
  std::string country;  // ISO alpha-2
  std::optional<std::string> inn;
  std::optional<std::string> ogrn;
  std::string website;
  std::optional<SizeBand> size_band;
  std::optional<std::string> hq_region;  // ISO 3166-2, RU-MOW
  std::string description_ru;
  std::string description_en;
  bool accredited = false;
  std::optional<std::string> accreditation_number;
  std::optional<Date> accreditation_date;
  std::vector<std::string> sectors;  // taxonomy class ids
  std::optional<int64_t> parent_id;
  std::vector<Market> markets;
  // IT hubs only.
  std::vector<HubService> hub_services;
  std::optional<int64_t> hub_operator_id;
  std::vector<Resident> residents;
};

// Another organisation as a record refers to it.
struct Ref {
  int64_t id = 0;
  std::string name_ru;
  std::string name_en;
  Kind kind = Kind::kDomesticCompany;
  std::string country;
};

struct Organisation {
  int64_t id = 0;
  Fields fields;
  int64_t solution_count = 0;
  int64_t contact_count = 0;
  std::optional<int64_t> merged_into;
  int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

// The records an organisation page shows around the organisation itself.
struct Links {
  std::optional<Ref> parent;
  std::optional<Ref> hub_operator;
  std::vector<Ref> children;     // subsidiaries
  std::vector<Ref> residents;    // of a hub, in Fields::residents order
  std::vector<Ref> resident_of;  // hubs the organisation is resident in
  std::vector<Ref> operates;     // hubs it operates
};

// One change of a market's status; `status` empty when the market was removed.
struct MarketChange {
  std::string country;
  std::optional<MarketStatus> status;
  std::string note;
  std::string changed_at;
  std::optional<int64_t> changed_by;
};

struct Query {
  std::optional<std::string> text;
  std::vector<Kind> kinds;
  std::optional<std::string> country;          // where the organisation is
  std::optional<std::string> market;           // a foreign market it exports to or wants
  std::vector<MarketStatus> market_status;     // with `market`: which statuses count
  std::optional<std::string> sector;           // taxonomy class id
  std::optional<bool> accredited;
  std::optional<std::string> hq_region;
  std::optional<int64_t> parent_id;
  std::optional<int64_t> only_id;  // a company user's scope: their own organisation
  std::string sort = "name_en";
  int limit = 50;
  int64_t offset = 0;
};

inline constexpr std::string_view kSorts[] = {"name_en",   "name_ru",    "country",
                                              "kind",      "solutions",  "updated_at",
                                              "created_at"};

// An organisation that looks like the one being written.
struct Candidate {
  Ref organisation;
  std::optional<std::string> inn;
  std::string reason;  // "inn" or "name"
};

// What duplicate detection compares.
struct Probe {
  std::vector<std::string> names;
  std::optional<std::string> inn;
  std::optional<int64_t> exclude_id;
};

// How many records a merge moved to the organisation kept.
struct MergeReport {
  int64_t kept_id = 0;
  int64_t merged_id = 0;
  std::vector<std::pair<std::string, int64_t>> moved;  // {"solutions", 3}, ...
};

}  // namespace attache::organisations
