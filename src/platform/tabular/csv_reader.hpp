// Reading CSV files that users export from Excel, 1C and registries.
//
// Our own parser rather than libcsv: it is about 100 lines, and libcsv reports neither the line a
// record starts on nor where an unterminated quote opened, which are what users need to hear.
#pragma once

#include <string_view>

#include "core/error.hpp"
#include "platform/tabular/encoding.hpp"
#include "platform/tabular/table.hpp"

namespace attache::tabular {

// Parses a CSV file: RFC 4180 quoting (doubled quotes, line breaks inside quotes), CRLF, LF or
// CR line ends, the delimiter (`,`, `;` or tab) taken as the most frequent one outside quotes on
// the header line, `,` when it has none. Text after a closing quote is kept, as Excel does
// ("a"b -> ab). Rows whose cells are all empty (blank lines, Excel's ";;;") are left out.
// Errors (kBadRequest, in both languages, naming the line): a quote that is never closed, bytes
// that are not in the encoding (see DecodeText), a file without a header row.
Result<Table> ReadCsv(std::string_view bytes, Encoding encoding = Encoding::kDetect);

}  // namespace attache::tabular
