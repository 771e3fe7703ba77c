#include "platform/tabular/xlsx_reader.hpp"

#include <algorithm>
#include <charconv>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "platform/tabular/ooxml.hpp"
#include "platform/tabular/zip_reader.hpp"

namespace attache::tabular {
namespace {

// Bounds a small upload from inflating into gigabytes of cells (a cell at XFD1 alone makes a
// row of 16,384).
constexpr size_t kMaxCells = 10'000'000;
constexpr size_t kMaxColumns = 16384;  // Excel's last column, XFD

// The r:id of every sheet, in tab order.
struct WorkbookHandler final : XmlHandler {
  void Start(std::string_view name, const XmlAttributes& attributes) override {
    if (name == "sheet") sheet_ids.emplace_back(attributes.Get("id"));
  }
  void End(std::string_view) override {}
  std::vector<std::string> sheet_ids;
};

struct SharedStringsHandler final : XmlHandler {
  void Start(std::string_view name, const XmlAttributes&) override { text.Start(name); }
  void End(std::string_view name) override {
    text.End(name);
    if (name == "si") strings.push_back(text.Take());
  }
  void Text(std::string_view chunk) override { text.Text(chunk); }
  ooxml::RichText text;
  std::vector<std::string> strings;
};

// The number when `text` is one and nothing else.
template <class T>
std::optional<T> ParseWhole(std::string_view text) {
  T value{};
  const char* end = text.data() + text.size();
  const auto parsed = std::from_chars(text.data(), end, value);
  if (text.empty() || parsed.ptr != end || parsed.ec != std::errc()) return std::nullopt;
  return value;
}

// A number as Excel's General format shows it: integers in full, others to 15 digits.
std::string FormatNumber(const std::string& value) {
  const bool integer = !value.empty() && std::all_of(value.begin() + (value[0] == '-'), value.end(),
                                                     [](char c) { return c >= '0' && c <= '9'; });
  const std::optional<double> number = ParseWhole<double>(value);
  if (integer || !number) return value;
  char buffer[32];
  const auto printed =
      std::to_chars(buffer, buffer + sizeof(buffer), *number, std::chars_format::general, 15);
  return std::string(buffer, printed.ptr);
}

class SheetHandler final : public XmlHandler {
 public:
  SheetHandler(const std::vector<std::string>& shared_strings, Table& table)
      : shared_strings_(shared_strings), table_(table) {}

  void Start(std::string_view name, const XmlAttributes& attributes) override {
    if (name == "row") {
      row_.number = ParseWhole<int64_t>(attributes.Get("r")).value_or(row_.number + 1);
      row_.cells.clear();
      row_.cells.reserve(table_.header.size());  // one allocation instead of six per row
      next_column_ = 0;
    } else if (name == "c") {
      StartCell(attributes.Get("r"), attributes.Get("t"));
    } else if (name == "v") {
      in_value_ = true;
    } else if (name == "is") {
      in_inline_ = true;
    } else if (in_inline_) {
      inline_.Start(name);
    }
  }

  void End(std::string_view name) override {
    if (name == "v") {
      in_value_ = false;
    } else if (name == "is") {
      in_inline_ = false;
    } else if (in_inline_) {
      inline_.End(name);
    } else if (name == "c") {
      EndCell();
    } else if (name == "row") {
      EndRow();
    }
  }

  void Text(std::string_view text) override {
    if (in_value_) value_.append(text);
    if (in_inline_) inline_.Text(text);
  }

  bool has_header() const { return has_header_; }

 private:
  // The column of a reference like "C5" (2); the next column when the reference is missing.
  void StartCell(std::string_view reference, std::string_view type) {
    type_ = type;
    value_.clear();
    column_ = next_column_;
    if (reference.empty() || reference[0] < 'A' || reference[0] > 'Z') return;
    size_t column = 0;
    for (const char c : reference) {
      if (c < 'A' || c > 'Z') break;
      column = column * 26 + static_cast<size_t>(c - 'A' + 1);
      if (column > kMaxColumns) {
        status = Damaged("cell reference " + std::string(reference) + " is past the last column");
        return;
      }
    }
    column_ = column - 1;
  }

  void EndCell() {
    std::string text;
    if (type_ == "s") {
      const std::optional<size_t> index = ParseWhole<size_t>(value_);
      if (!index || *index >= shared_strings_.size()) {
        status = Damaged("a cell refers to a missing shared string");
        return;
      }
      text = shared_strings_[*index];
    } else if (type_ == "inlineStr") {
      text = inline_.Take();
    } else if (type_ == "b") {
      text = value_ == "1" ? "TRUE" : "FALSE";
    } else if (type_ == "n" || type_.empty()) {
      text = FormatNumber(value_);
    } else {
      text = value_;  // str (a formula's text), e (#N/A), d (an ISO 8601 date)
    }
    next_column_ = column_ + 1;
    if (text.empty()) return;
    if (row_.cells.size() <= column_) {
      cells_ += column_ + 1 - row_.cells.size();
      if (cells_ > kMaxCells) {
        status = Fail(ErrorCode::kPayloadTooLarge, {"The worksheet has too many cells to import.",
                                                    "На листе слишком много ячеек для импорта."});
        return;
      }
      row_.cells.resize(column_ + 1);
    }
    row_.cells[column_] = std::move(text);
  }

  void EndRow() {
    if (row_.cells.empty()) return;  // empty cells are never stored, so the row was blank
    if (!has_header_) {
      table_.header = std::move(row_.cells);
      has_header_ = true;
    } else {
      table_.rows.push_back(std::move(row_));
    }
    row_.cells.clear();
  }

  const std::vector<std::string>& shared_strings_;
  Table& table_;
  Row row_;
  bool has_header_ = false;
  size_t cells_ = 0;
  size_t column_ = 0;
  size_t next_column_ = 0;
  std::string type_;
  std::string value_;
  bool in_value_ = false;
  bool in_inline_ = false;
  ooxml::RichText inline_;
};

struct SheetParts {
  std::string sheet;
  std::string shared_strings;  // "" when the workbook has none
};

// Finds the first worksheet and the shared strings by following the package's relationships:
// _rels/.rels names the workbook, whose own .rels file names its sheets and shared strings.
Result<SheetParts> LocateParts(ZipReader& zip) {
  const auto package = ooxml::ReadRelationships(zip, "_rels/.rels");
  if (!package) return tl::unexpected(package.error());
  const ooxml::Relationship* document = ooxml::FindByType(*package, "/officeDocument");
  if (document == nullptr) return ooxml::NotWorkbook();
  const std::string workbook_part = ooxml::ResolvePart("", document->target);
  const size_t slash = workbook_part.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : workbook_part.substr(0, slash);
  const std::string file = workbook_part.substr(slash == std::string::npos ? 0 : slash + 1);

  WorkbookHandler workbook;
  if (Status parsed = ooxml::ParsePart(zip, workbook_part, workbook); !parsed) {
    return tl::unexpected(parsed.error());
  }
  const auto parts =
      ooxml::ReadRelationships(zip, ooxml::ResolvePart(folder, "_rels/" + file + ".rels"));
  if (!parts) return tl::unexpected(parts.error());

  SheetParts located;
  if (const ooxml::Relationship* strings = ooxml::FindByType(*parts, "/sharedStrings")) {
    located.shared_strings = ooxml::ResolvePart(folder, strings->target);
  }
  // Chart sheets take places in the tab order too.
  for (const std::string& id : workbook.sheet_ids) {
    const auto sheet = std::find_if(parts->begin(), parts->end(), [&](const auto& relationship) {
      return relationship.id == id && relationship.type.ends_with("/worksheet");
    });
    if (sheet != parts->end()) {
      located.sheet = ooxml::ResolvePart(folder, sheet->target);
      return located;
    }
  }
  return ooxml::NotWorkbook();
}

}  // namespace

Result<Table> ReadXlsx(std::string_view bytes) {
  auto zip = ZipReader::Open(bytes);
  if (!zip) return tl::unexpected(zip.error());
  const auto parts = LocateParts(**zip);
  if (!parts) return tl::unexpected(parts.error());
  SharedStringsHandler shared;
  if (!parts->shared_strings.empty()) {
    if (Status parsed = ooxml::ParsePart(**zip, parts->shared_strings, shared); !parsed) {
      return tl::unexpected(parsed.error());
    }
  }
  Table table;
  SheetHandler sheet(shared.strings, table);
  if (Status parsed = ooxml::ParsePart(**zip, parts->sheet, sheet); !parsed) {
    return tl::unexpected(parsed.error());
  }
  if (!sheet.has_header()) {
    return Fail(ErrorCode::kBadRequest, {"The first worksheet is empty: it has no header row.",
                                         "Первый лист пуст: нет строки заголовков."});
  }
  return table;
}

}  // namespace attache::tabular
