#include "platform/tabular/csv_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

namespace attache::tabular {
namespace {

bool IsLineBreak(char c) { return c == '\n' || c == '\r'; }

// The candidate that occurs most often outside quotes on the first non-blank line.
char DetectDelimiter(std::string_view text) {
  static constexpr std::array<char, 3> kCandidates = {';', ',', '\t'};
  std::array<size_t, 3> counts{};
  bool quoted = false;
  const size_t start = std::min(text.find_first_not_of("\r\n"), text.size());
  for (const char c : text.substr(start)) {
    if (c == '"') {
      quoted = !quoted;
    } else if (!quoted) {
      if (IsLineBreak(c)) break;
      for (size_t i = 0; i < kCandidates.size(); ++i) counts[i] += c == kCandidates[i] ? 1 : 0;
    }
  }
  const auto most = std::max_element(counts.begin(), counts.end());
  return *most == 0 ? ',' : kCandidates[static_cast<size_t>(most - counts.begin())];
}

class Parser {
 public:
  Parser(std::string_view text, char delimiter) : text_(text), delimiter_(delimiter) {}

  // The next record into `cells` and the line it starts on; false at the end of the text.
  Result<bool> Next(std::vector<std::string>& cells, int64_t& number) {
    if (at_ >= text_.size()) return false;
    cells.clear();
    number = line_;
    while (true) {
      auto cell = NextCell();
      if (!cell) return tl::unexpected(cell.error());
      cells.push_back(std::move(*cell));
      if (at_ >= text_.size()) return true;
      const char c = text_[at_++];
      if (c == delimiter_) continue;
      if (c == '\r' && at_ < text_.size() && text_[at_] == '\n') ++at_;
      ++line_;
      return true;
    }
  }

 private:
  // Reads one cell and stops at the delimiter or line break after it (or the end).
  Result<std::string> NextCell() {
    std::string cell;
    if (at_ < text_.size() && text_[at_] == '"') {
      const int64_t opened = line_;
      ++at_;
      while (true) {
        const size_t quote = text_.find('"', at_);
        if (quote == std::string_view::npos) return Unterminated(opened);
        const std::string_view piece = text_.substr(at_, quote - at_);
        line_ += std::count(piece.begin(), piece.end(), '\n');
        cell.append(piece);
        at_ = quote + 1;
        if (at_ >= text_.size() || text_[at_] != '"') break;
        cell.push_back('"');
        ++at_;
      }
    }
    const size_t end = CellEnd();
    cell.append(text_.substr(at_, end - at_));
    at_ = end;
    return cell;
  }

  size_t CellEnd() const {
    size_t end = at_;
    while (end < text_.size() && text_[end] != delimiter_ && !IsLineBreak(text_[end])) ++end;
    return end;
  }

  static tl::unexpected<Error> Unterminated(int64_t line) {
    return Fail(ErrorCode::kBadRequest,
                {fmt::format("Line {}: a quoted cell is never closed (a \" is missing).", line),
                 fmt::format("Строка {}: кавычка в ячейке не закрыта (не хватает \").", line)});
  }

  std::string_view text_;
  char delimiter_;
  size_t at_ = 0;
  int64_t line_ = 1;
};

bool AllEmpty(const std::vector<std::string>& cells) {
  return std::all_of(cells.begin(), cells.end(), [](const std::string& s) { return s.empty(); });
}

}  // namespace

Result<Table> ReadCsv(std::string_view bytes, Encoding encoding) {
  auto text = DecodeText(bytes, encoding);
  if (!text) return tl::unexpected(text.error());
  Parser parser(*text, DetectDelimiter(*text));
  Table table;
  bool has_header = false;
  Row row;
  while (true) {
    auto more = parser.Next(row.cells, row.number);
    if (!more) return tl::unexpected(more.error());
    if (!*more) break;
    if (AllEmpty(row.cells)) continue;
    if (!has_header) {
      table.header = std::move(row.cells);
      has_header = true;
    } else {
      table.rows.push_back(std::move(row));
    }
    row = Row();
    row.cells.reserve(table.header.size());  // one allocation instead of six per row
  }
  if (!has_header) {
    return Fail(ErrorCode::kBadRequest,
                {"The file is empty: it has no header row.", "Файл пуст: нет строки заголовков."});
  }
  return table;
}

}  // namespace attache::tabular
