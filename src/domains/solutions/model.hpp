// Solutions: what domestic companies export — software, hardware-software complexes,
// radio-electronics and IT services — tagged with the taxonomy. Plain values, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/page.hpp"
#include "core/time.hpp"

namespace attache::solutions {

enum class Kind { kSoftware, kHardwareSoftware, kRadioElectronics, kItService };
inline constexpr std::pair<std::string_view, Kind> kKindNames[] = {
    {"software", Kind::kSoftware},
    {"hardware_software", Kind::kHardwareSoftware},
    {"radio_electronics", Kind::kRadioElectronics},
    {"it_service", Kind::kItService},
};

enum class Maturity { kConcept, kDevelopment, kBeta, kStable, kObsolete };
inline constexpr std::pair<std::string_view, Maturity> kMaturityNames[] = {
    {"concept", Maturity::kConcept}, {"development", Maturity::kDevelopment},
    {"beta", Maturity::kBeta},       {"stable", Maturity::kStable},
    {"obsolete", Maturity::kObsolete},
};

enum class Licence { kPerpetual, kSubscription, kOpenSource, kFreemium, kService, kOther };
inline constexpr std::pair<std::string_view, Licence> kLicenceNames[] = {
    {"perpetual", Licence::kPerpetual},     {"subscription", Licence::kSubscription},
    {"open_source", Licence::kOpenSource},  {"freemium", Licence::kFreemium},
    {"service", Licence::kService},         {"other", Licence::kOther},
};

std::string_view ToString(Kind kind);
std::string_view ToString(Maturity maturity);
std::string_view ToString(Licence licence);

// Export readiness, 0-3 (docs/catalogue.md): 0 domestic only; 1 adaptable (needs localisation
// or certification for a foreign market); 2 ready (localised, documented in English, can be sold
// and supported abroad); 3 proven abroad (deployed for a foreign customer).
inline constexpr int kMaxReadiness = 3;

// A deployment of the solution.
struct Reference {
  std::string country;  // ISO alpha-2
  std::string customer;
  std::optional<int> year;
  std::string scale;
  friend bool operator==(const Reference&, const Reference&) = default;
};

// What a client sets on a solution.
struct Fields {
  int64_t organisation_id = 0;
  std::string name_ru;
  std::string name_en;
  std::string description_ru;
  std::string description_en;
  Kind kind = Kind::kSoftware;
  std::string main_class;              // taxonomy class id
  std::vector<std::string> classes;    // additional classes, sorted, without the main one
  Maturity maturity = Maturity::kStable;
  std::vector<std::string> interface_languages;  // ISO 639-1, in the order given
  std::vector<Reference> references;             // in the order given
  std::vector<std::string> certifications;
  std::optional<std::string> registry_number;    // the domestic software registry's entry
  std::optional<Licence> licence;
  int export_readiness = 0;
  bool published = false;
};

struct Owner {
  int64_t id = 0;
  std::string name_ru;
  std::string name_en;
  std::string country;
  bool accredited = false;
  std::string website;
};

struct Solution {
  int64_t id = 0;
  Fields fields;
  Owner owner;
  int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

struct Query {
  std::optional<std::string> text;
  std::vector<Kind> kinds;
  std::optional<std::string> taxonomy_class;  // the main or an additional class
  std::vector<Maturity> maturity;
  std::optional<std::string> reference_country;  // deployed in this country
  std::optional<int> min_readiness;
  std::optional<bool> accredited;  // of the owner
  std::optional<bool> published;
  std::optional<int64_t> organisation_id;
  std::string sort = "name_en";
  int limit = 50;
  int64_t offset = 0;
};

inline constexpr std::string_view kSorts[] = {"name_en",  "name_ru",    "organisation",
                                              "readiness", "maturity",  "updated_at",
                                              "created_at"};

}  // namespace attache::solutions
