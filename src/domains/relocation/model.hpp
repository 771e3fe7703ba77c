// Relocation cases: a foreign IT company courted to move in — its headquarters, an R&D centre, a
// joint venture, a licence or production — followed from the first contact to its arrival, with
// the jobs and the investment it brings. Plain values, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/enum_names.hpp"
#include "core/user_ref.hpp"
#include "domains/fx/model.hpp"

namespace attache::relocation {

enum class Stage { kProspect, kEngaged, kApplication, kRelocated, kLost };
inline constexpr std::pair<std::string_view, Stage> kStageNames[] = {
    {"prospect", Stage::kProspect},
    {"engaged", Stage::kEngaged},
    {"application", Stage::kApplication},
    {"relocated", Stage::kRelocated},
    {"lost", Stage::kLost},
};
inline std::string_view ToString(Stage stage) { return EnumName(kStageNames, stage); }
constexpr bool IsFinal(Stage stage) { return stage == Stage::kRelocated || stage == Stage::kLost; }

enum class Kind { kHeadquarters, kRndCentre, kJointVenture, kLicensing, kProduction };
inline constexpr std::pair<std::string_view, Kind> kKindNames[] = {
    {"headquarters", Kind::kHeadquarters},  {"rnd_centre", Kind::kRndCentre},
    {"joint_venture", Kind::kJointVenture}, {"licensing", Kind::kLicensing},
    {"production", Kind::kProduction},
};
inline std::string_view ToString(Kind kind) { return EnumName(kKindNames, kind); }

// What a client sets on a case (the stage moves separately).
struct Fields {
  int64_t organisation_id = 0;  // the foreign company
  std::string from_country;     // ISO 3166-1 alpha-2: where it comes from
  Kind kind = Kind::kHeadquarters;
  std::string title;
  std::string notes;
  std::string region;  // ISO 3166-2:RU of the region it goes to; empty until chosen
  std::optional<int64_t> jobs;
  std::optional<fx::Money> investment;
  std::optional<int64_t> owner_id;
};

// One move of a case between stages as the audit trail recorded it; its opening comes first,
// from no stage.
using StageChange = attache::StageChange<Stage>;

struct OrganisationRef {
  int64_t id = 0;
  std::string name_ru;
  std::string name_en;
  std::string country;
};

struct Case {
  int64_t id = 0;
  Fields fields;
  OrganisationRef organisation;
  std::optional<UserRef> owner;
  Stage stage = Stage::kProspect;
  std::string stage_changed_at;
  std::string close_reason;
  std::optional<std::string> closed_at;
  int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

struct Query {
  std::optional<std::string> text;
  std::vector<std::string> countries;
  std::vector<Stage> stages;
  bool open_only = false;
  std::vector<Kind> kinds;
  std::optional<int64_t> owner_id;
  std::optional<int64_t> organisation_id;
  // The caller's scope: an attaché's countries.
  std::optional<std::vector<std::string>> only_countries;
  std::optional<int64_t> only_organisation_id;  // set only to see nothing
  std::string sort = "-updated_at";
  int limit = 50;
  int64_t offset = 0;
};

inline constexpr std::string_view kSorts[] = {"created_at", "updated_at", "stage_changed_at"};

}  // namespace attache::relocation
