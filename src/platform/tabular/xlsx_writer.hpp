// Writing exports as Excel workbooks (.xlsx) with libxlsxwriter.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "platform/tabular/table.hpp"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace attache::tabular {

struct XlsxOptions {
  // Where the workbook is built; it must exist. The file is deleted once sent or abandoned.
  std::filesystem::path temp_dir;
  // At most 31 characters, none of []:*?/\ (Excel's rules).
  std::string sheet_name = "Sheet1";
  // Columns (from 0) whose cells are written as numbers when they read as one. Every other cell
  // is text, so identifiers like ИНН and phone numbers keep all their digits and leading zeros.
  std::vector<size_t> number_columns;
};

// One worksheet: a bold header row that stays in view when scrolling, an autofilter over the
// table, column widths fitted to the longest cell (within 8..60 characters). libxlsxwriter's
// constant-memory mode writes each row to a temporary file as it comes, so memory stays flat;
// a zip has its directory at the end, so the bytes go to the sink only in Finish. Cells are
// never formulas, whatever they start with. A cell longer than Excel's 32,767 characters is cut
// there (the CSV export keeps it whole). Errors: kPayloadTooLarge past Excel's 1,048,576 rows,
// kInternal when the temporary file fails, or what the sink returns.
class XlsxWriter final : public TableWriter {
 public:
  static Result<std::unique_ptr<XlsxWriter>> Create(XlsxOptions options, Sink sink);
  ~XlsxWriter() override;
  XlsxWriter(const XlsxWriter&) = delete;
  XlsxWriter& operator=(const XlsxWriter&) = delete;

  Status WriteHeader(const std::vector<std::string>& names) override;
  Status WriteRow(const std::vector<std::string>& cells) override;
  Status Finish() override;

 private:
  XlsxWriter(XlsxOptions options, Sink sink, std::filesystem::path path);
  Status WriteCells(const std::vector<std::string>& cells, lxw_format* format);
  Status SendFile();

  XlsxOptions options_;
  Sink sink_;
  std::filesystem::path path_;
  lxw_workbook* workbook_ = nullptr;
  lxw_worksheet* worksheet_ = nullptr;
  lxw_format* bold_ = nullptr;
  uint32_t next_row_ = 0;
  std::vector<size_t> widths_;  // in characters, per column
};

}  // namespace attache::tabular
