#include "platform/tabular/csv_writer.hpp"

#include <algorithm>
#include <utility>

namespace attache::tabular {
namespace {

constexpr size_t kChunkBytes = 64 * 1024;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// -5, +7, 12.5, 12,5: a sign, digits and at most one decimal separator.
bool IsPlainNumber(std::string_view cell) {
  if (!cell.empty() && (cell.front() == '-' || cell.front() == '+')) cell.remove_prefix(1);
  const size_t separator = cell.find_first_of(".,");
  const std::string_view whole = cell.substr(0, separator);
  const std::string_view fraction =
      separator == std::string_view::npos ? std::string_view("0") : cell.substr(separator + 1);
  return !whole.empty() && !fraction.empty() && std::all_of(whole.begin(), whole.end(), IsDigit) &&
         std::all_of(fraction.begin(), fraction.end(), IsDigit);
}

bool StartsLikeFormula(std::string_view cell) {
  return !cell.empty() &&
         std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos &&
         !IsPlainNumber(cell);
}

}  // namespace

CsvWriter::CsvWriter(Sink sink, CsvDelimiter delimiter)
    : sink_(std::move(sink)), delimiter_(delimiter == CsvDelimiter::kSemicolon ? ';' : ',') {
  buffer_ = "\xEF\xBB\xBF";
}

Status CsvWriter::WriteHeader(const std::vector<std::string>& names) { return Line(names); }

Status CsvWriter::WriteRow(const std::vector<std::string>& cells) { return Line(cells); }

Status CsvWriter::Finish() { return Flush(); }

Status CsvWriter::Line(const std::vector<std::string>& cells) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) buffer_.push_back(delimiter_);
    const std::string& cell = cells[i];
    const bool quote = std::any_of(cell.begin(), cell.end(), [&](char c) {
      return c == delimiter_ || c == '"' || c == '\r' || c == '\n';
    });
    if (quote) buffer_.push_back('"');
    if (StartsLikeFormula(cell)) buffer_.push_back('\'');
    for (const char c : cell) {
      if (c == '"') buffer_.push_back('"');
      buffer_.push_back(c);
    }
    if (quote) buffer_.push_back('"');
  }
  buffer_ += "\r\n";
  return buffer_.size() >= kChunkBytes ? Flush() : Status();
}

Status CsvWriter::Flush() {
  if (buffer_.empty()) return {};
  Status sent = sink_(buffer_);
  buffer_.clear();
  return sent;
}

}  // namespace attache::tabular
