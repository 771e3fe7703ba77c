// Export deals: a domestic company's sale of software, IT services or electronics to a country,
// from the first lead through the contract to its last payment, and the export win the company
// confirms. Plain values, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/enum_names.hpp"
#include "core/time.hpp"
#include "core/user_ref.hpp"
#include "domains/fx/model.hpp"

namespace attache::deals {

enum class Stage {
  kLead,
  kQualified,
  kProposal,
  kNegotiation,
  kSigned,
  kInImplementation,
  kCompleted,
  kLost,
  kAbandoned,
};
inline constexpr std::pair<std::string_view, Stage> kStageNames[] = {
    {"lead", Stage::kLead},           {"qualified", Stage::kQualified},
    {"proposal", Stage::kProposal},   {"negotiation", Stage::kNegotiation},
    {"signed", Stage::kSigned},       {"in_implementation", Stage::kInImplementation},
    {"completed", Stage::kCompleted}, {"lost", Stage::kLost},
    {"abandoned", Stage::kAbandoned},
};
inline std::string_view ToString(Stage stage) { return EnumName(kStageNames, stage); }

// Completed, lost and abandoned deals are closed for good.
constexpr bool IsFinal(Stage stage) {
  return stage == Stage::kCompleted || stage == Stage::kLost || stage == Stage::kAbandoned;
}
// A deal with a signed contract: an export win.
constexpr bool IsWon(Stage stage) {
  return stage == Stage::kSigned || stage == Stage::kInImplementation || stage == Stage::kCompleted;
}

// What is sold; the same codes as a solution's kind.
enum class Category { kSoftware, kItService, kHardwareSoftware, kRadioElectronics };
inline constexpr std::pair<std::string_view, Category> kCategoryNames[] = {
    {"software", Category::kSoftware},
    {"it_service", Category::kItService},
    {"hardware_software", Category::kHardwareSoftware},
    {"radio_electronics", Category::kRadioElectronics},
};
inline std::string_view ToString(Category category) { return EnumName(kCategoryNames, category); }

// A stage as configured: its names and the probability (percent) that weighs a deal's value.
struct StageInfo {
  Stage stage = Stage::kLead;
  std::string name_ru;
  std::string name_en;
  int probability = 0;
  int64_t version = 1;
};

// What a client sets on a deal (the stage moves separately).
struct Fields {
  int64_t organisation_id = 0;  // the domestic company that sells
  std::string country;          // ISO 3166-1 alpha-2, where it sells
  std::optional<int64_t> counterparty_id;
  Category category = Category::kSoftware;
  std::string title;
  std::string description;
  std::optional<fx::Money> value;
  std::optional<Date> expected_close_date;
  std::optional<int64_t> owner_id;
  std::string contract_number;
  std::optional<Date> contract_date;
  std::vector<int64_t> solution_ids;  // sorted, unique
  std::vector<int64_t> request_ids;   // sorted, unique
};

struct OrganisationRef {
  int64_t id = 0;
  std::string name_ru;
  std::string name_en;
  std::string country;
};

struct SolutionRef {
  int64_t id = 0;
  std::string name_ru;
  std::string name_en;
};

struct RequestRef {
  int64_t id = 0;
  std::string subject;
  std::string status;
};

// The company's confirmation of a won deal.
struct Win {
  fx::Money value;
  bool helped = false;
  std::string how;  // what the service did, in the company's words
  std::optional<UserRef> confirmed_by;
  std::string confirmed_at;
};

struct Deal {
  int64_t id = 0;
  Fields fields;
  OrganisationRef organisation;
  std::optional<OrganisationRef> counterparty;
  std::vector<SolutionRef> solutions;
  std::vector<RequestRef> requests;
  std::optional<UserRef> owner;
  Stage stage = Stage::kLead;
  int probability = 0;
  std::string stage_changed_at;
  std::string close_reason;  // why lost or abandoned
  std::string lost_to;       // who won instead
  std::optional<std::string> closed_at;
  std::optional<Win> win;
  int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

struct Query {
  std::optional<std::string> text;
  std::vector<std::string> countries;
  std::vector<Stage> stages;
  bool open_only = false;
  std::vector<Category> categories;
  std::optional<int64_t> owner_id;
  std::optional<int64_t> organisation_id;
  // Won deals by the company's confirmation: true confirmed, false not yet.
  std::optional<bool> confirmed;
  // A caller's scope: an attaché's countries, a company user's organisation.
  std::optional<std::vector<std::string>> only_countries;
  std::optional<int64_t> only_organisation_id;
  std::string sort = "-updated_at";
  int limit = 50;
  int64_t offset = 0;
};

inline constexpr std::string_view kSorts[] = {"created_at", "updated_at", "stage_changed_at",
                                              "expected_close_date"};

// One move in a deal's history.
using StageChange = attache::StageChange<Stage>;

// What a move to a stage carries: the reason (lost, abandoned) and the winner (lost).
struct Move {
  Stage to = Stage::kLead;
  std::string reason;
  std::string lost_to;
};

enum class MilestoneKind { kDelivery, kAcceptance, kPayment };
inline constexpr std::pair<std::string_view, MilestoneKind> kMilestoneKindNames[] = {
    {"delivery", MilestoneKind::kDelivery},
    {"acceptance", MilestoneKind::kAcceptance},
    {"payment", MilestoneKind::kPayment},
};
inline std::string_view ToString(MilestoneKind kind) { return EnumName(kMilestoneKindNames, kind); }

struct MilestoneFields {
  MilestoneKind kind = MilestoneKind::kDelivery;
  std::string title;
  std::optional<Date> due_on;
  std::optional<Date> done_on;
  std::optional<fx::Money> amount;  // a payment's, received or expected
};

struct Milestone {
  int64_t id = 0;
  int64_t deal_id = 0;
  MilestoneFields fields;
  int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

}  // namespace attache::deals
