// Contacts: the people of organisations — who to write to, in which language, and on what legal
// basis their data is kept. Plain values, no I/O.
//
// Personal fields (access::SeesPersonalData decides who receives them): email, phone, languages,
// consent_date, consent_basis and notes. Names and positions are what the catalogue shows to
// everyone who may read contacts. A person's data can be erased on request: the row stays, blank,
// with `erased_at` set.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/enum_names.hpp"
#include "core/page.hpp"
#include "core/time.hpp"

namespace attache::contacts {

// The legal basis for processing the person's data.
enum class ConsentBasis { kConsent, kContract, kLegalObligation, kLegitimateInterest, kPublic };
inline constexpr std::pair<std::string_view, ConsentBasis> kConsentBasisNames[] = {
    {"consent", ConsentBasis::kConsent},
    {"contract", ConsentBasis::kContract},
    {"legal_obligation", ConsentBasis::kLegalObligation},
    {"legitimate_interest", ConsentBasis::kLegitimateInterest},
    {"public", ConsentBasis::kPublic},
};

inline std::string_view ToString(ConsentBasis basis) { return EnumName(kConsentBasisNames, basis); }

// What a client sets on a contact. `languages` are ISO 639-1 codes, lower case, each once, in the
// order given (the first is the one to write in).
struct Fields {
  int64_t organisation_id = 0;
  std::string name_ru;
  std::string name_en;
  std::string position;
  std::optional<std::string> email;
  std::optional<std::string> phone;
  std::vector<std::string> languages;
  std::optional<Date> consent_date;
  std::optional<ConsentBasis> consent_basis;
  std::string notes;
};

// The organisation a contact belongs to, as lists and records show it.
struct OrganisationRef {
  int64_t id = 0;
  std::string name_ru;
  std::string name_en;
  std::string country;  // ISO alpha-2: what an attaché's scope is decided on
};

struct Contact {
  int64_t id = 0;
  Fields fields;
  OrganisationRef organisation;
  std::optional<std::string> erased_at;  // set once the person's data was erased on request
  std::optional<std::string> archived_at;
  int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

struct Query {
  std::optional<std::string> text;
  bool text_matches_email = false;  // only for callers who may see e-mails
  std::optional<int64_t> organisation_id;
  std::optional<int64_t> only_organisation_id;  // a company user's scope: their own organisation
  std::optional<std::string> language;          // ISO 639-1
  std::string sort = "name_en";
  int limit = 50;
  int64_t offset = 0;
};

inline constexpr std::string_view kSorts[] = {"name_en", "name_ru", "organisation", "updated_at"};

// One entry of a contact's audit trail, for the export of the person's data.
struct HistoryEntry {
  int64_t id = 0;
  std::string at;
  std::string action;
  std::string diff;  // JSON text
};

// Everything held about a person: the record and its trail, oldest first.
struct Export {
  Contact contact;
  std::vector<HistoryEntry> history;
  std::string exported_at;
};

}  // namespace attache::contacts
