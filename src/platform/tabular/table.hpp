// Tables that users import from and export to spreadsheets: what the CSV and XLSX readers give
// and what the writers take. The readers hold the whole table (100k rows x 20 columns: about
// 0.25 s from CSV, 1.1-1.3 s from XLSX, see tabular_bench.cpp); the writers stream, so an export
// of any length keeps memory flat.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace attache::tabular {

// One record below the header, cells as written (not trimmed), UTF-8.
struct Row {
  // Where the user finds the row: the file's line where a CSV record starts, or the worksheet's
  // row number; the header is usually row 1. Blank rows are left out but keep their numbers.
  int64_t number = 0;
  std::vector<std::string> cells;

  // "" past the end: rows may be shorter (or longer) than the header.
  std::string_view Cell(size_t column) const {
    return column < cells.size() ? std::string_view(cells[column]) : std::string_view();
  }
};

// The first non-blank row is the header; every later non-blank row is a Row.
struct Table {
  std::vector<std::string> header;
  std::vector<Row> rows;
};

// Where a writer sends its output, in chunks of a few dozen kilobytes as they are ready; an
// error stops the writer.
using Sink = std::function<Status(std::string_view chunk)>;

// Writes a table row by row. Call WriteHeader once, WriteRow for each row, then Finish; nothing
// is complete before Finish. After an error the output is unusable. Not thread-safe.
class TableWriter {
 public:
  virtual ~TableWriter() = default;
  virtual Status WriteHeader(const std::vector<std::string>& names) = 0;
  virtual Status WriteRow(const std::vector<std::string>& cells) = 0;
  virtual Status Finish() = 0;
};

}  // namespace attache::tabular
