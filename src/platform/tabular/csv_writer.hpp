// Writing CSV exports that Excel opens right in Russian and English locales.
#pragma once

#include <string>
#include <vector>

#include "platform/tabular/table.hpp"

namespace attache::tabular {

// Excel on a Russian Windows splits lines on `;` and reads `,` as the decimal comma, so `;` is
// what most of our users need; `,` is for English Excel and scripts.
enum class CsvDelimiter { kSemicolon, kComma };

// UTF-8 with a BOM (without it Excel reads UTF-8 as the ANSI code page and garbles Cyrillic),
// CRLF line ends, RFC 4180 quoting. Output goes to the sink in chunks of about 64 KiB; memory
// stays flat however many rows.
//
// Cells starting with = + - @ tab or CR get a leading apostrophe (unless the whole cell is a
// plain number like -5 or +7): Excel would run them as formulas, and a company name such as
// =HYPERLINK("http://evil", "Click") written by one user would act in another user's Excel
// (CSV injection). The apostrophe shows, which is the price of that defence.
class CsvWriter final : public TableWriter {
 public:
  explicit CsvWriter(Sink sink, CsvDelimiter delimiter = CsvDelimiter::kSemicolon);

  Status WriteHeader(const std::vector<std::string>& names) override;
  Status WriteRow(const std::vector<std::string>& cells) override;
  Status Finish() override;

 private:
  Status Line(const std::vector<std::string>& cells);
  Status Flush();

  Sink sink_;
  char delimiter_;
  std::string buffer_;
};

}  // namespace attache::tabular
