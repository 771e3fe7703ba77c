// Reading the first worksheet of an Excel workbook (.xlsx).
#pragma once

#include <string_view>

#include "core/error.hpp"
#include "platform/tabular/table.hpp"

namespace attache::tabular {

// The first worksheet of an .xlsx file (in the workbook's tab order), cells as Excel shows them
// in the General format: shared and inline strings, formula results, TRUE/FALSE, error codes
// (#N/A), numbers to 15 significant digits without exponents below 10^15 (an ИНН stored as a
// number reads "7713140469", never 7.7e9). Dates are stored as numbers and read as the serial
// number (45292 for 2024-01-01): telling them apart needs the cell styles, which imports of
// companies and contacts have not needed. An empty cell keeps its column; rows whose cells are
// all empty are left out; the first non-blank row is the header. Row numbers are the sheet's.
// Errors: kBadRequest when the bytes are not a zip, hold no worksheet or are damaged;
// kPayloadTooLarge when parts inflate past 1 GiB or the sheet past 10 million cells.
Result<Table> ReadXlsx(std::string_view bytes);

}  // namespace attache::tabular
