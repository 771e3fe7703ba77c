// The spreadsheet columns of the catalogue: one table per kind of record, shared by imports and
// exports, so that an exported file imports back unchanged. Each column is a key of the record's
// JSON shape (organisations::ToJson(Fields) and the like) with its English and Russian header;
// a cell converts to and from that key's JSON value. Plain values, no I/O.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "core/lang.hpp"

namespace attache::transfer {

// The lists a file holds: the catalogue's, which import and export, and the rest, which only
// export (their columns are all read-only).
enum class Kind {
  kOrganisations,
  kSolutions,
  kContacts,
  kCountries,
  kAttaches,
  kUsers,
  kTokens,
  kTaxonomy,
  kAudit,
  kRequests,
  kDeals,
  kPipeline,
  kWins,
  kRequestsReport,
};
inline constexpr std::pair<std::string_view, Kind> kKindNames[] = {
    {"organisations", Kind::kOrganisations},
    {"solutions", Kind::kSolutions},
    {"contacts", Kind::kContacts},
    {"countries", Kind::kCountries},
    {"attaches", Kind::kAttaches},
    {"users", Kind::kUsers},
    {"tokens", Kind::kTokens},
    {"taxonomy", Kind::kTaxonomy},
    {"audit", Kind::kAudit},
    {"requests", Kind::kRequests},
    {"deals", Kind::kDeals},
    {"pipeline", Kind::kPipeline},
    {"wins", Kind::kWins},
    {"requests-report", Kind::kRequestsReport},
};
inline constexpr std::pair<std::string_view, Kind> kImportKindNames[] = {
    {"organisations", Kind::kOrganisations},
    {"solutions", Kind::kSolutions},
    {"contacts", Kind::kContacts},
};
std::string_view ToString(Kind kind);

// How a cell reads as a JSON value.
enum class CellType {
  kText,        // as written, trimmed
  kInteger,     // empty: null
  kBoolean,     // yes/no, да/нет, true/false, 1/0; empty: false
  kDate,        // 2024-05-31, 31.05.2024 or an Excel date number; empty: null
  kList,        // items separated by `;`, `,` or line breaks
  kLines,       // items on separate lines (they may hold commas themselves)
  kMarkets,     // `VN:exporting:2021-03-01; IN:interested`
  kReferences,  // a line per deployment: `VN | Ministry of Information | 2021 | national`
  kNumber,      // a figure with decimals, such as 1234.56 or 66.7; exports only
};

// Where a column's value lives.
enum class Role {
  kField,     // a key of the record's fields
  kId,        // the record's id: the surest way to find it again
  kOwnerInn,  // the INN of the organisation a solution or contact belongs to
  kReadOnly,  // exported for reading (the owner's name, timestamps), ignored on import
};

struct Column {
  std::string_view key;
  std::string_view en;
  std::string_view ru;
  CellType type = CellType::kText;
  Role role = Role::kField;
  bool personal =
      false;  // personal data (a contact's, an attaché's e-mail): only to who may see it

  std::string_view Header(Lang lang) const { return lang == Lang::kRu ? ru : en; }
};

std::span<const Column> ColumnsOf(Kind kind);

// The column a header names: its key, English or Russian header, in any case, trimmed, with a
// trailing `*` (a "required" mark in templates) ignored. Null when none does.
const Column* FindColumn(Kind kind, std::string_view header);

// A cell as the JSON value of its column; a message in both languages when it does not read.
struct CellValue {
  nlohmann::json value;
  std::optional<Text> problem;
};
CellValue ReadCell(const Column& column, std::string_view cell);

// The cell for a JSON value (null: empty).
std::string WriteCell(const Column& column, const nlohmann::json& value);

// Whether a column holds numbers (a spreadsheet keeps them as numbers, not text), and whether
// they may have decimals (written with a decimal comma in a Russian CSV).
constexpr bool IsNumeric(CellType type) {
  return type == CellType::kInteger || type == CellType::kNumber;
}
constexpr bool HasDecimals(CellType type) { return type == CellType::kNumber; }

}  // namespace attache::transfer
