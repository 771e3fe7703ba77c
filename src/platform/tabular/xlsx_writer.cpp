#include "platform/tabular/xlsx_writer.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <system_error>

#include "core/strings.hpp"
#include "platform/tabular/ooxml.hpp"

namespace attache::tabular {
namespace {

constexpr uint32_t kMaxRows = 1'048'576;
constexpr size_t kMaxCellChars = 32'767;
constexpr size_t kMinWidth = 8;
constexpr size_t kMaxWidth = 60;
constexpr size_t kChunkBytes = 64 * 1024;

tl::unexpected<Error> LibraryError(lxw_error error) {
  return FailInternal(ErrorCode::kInternal, std::string("libxlsxwriter: ") + lxw_strerror(error));
}

tl::unexpected<Error> AlreadyFinished() {
  return FailInternal(ErrorCode::kInternal, "XlsxWriter used after Finish");
}

// The first `max_chars` characters of UTF-8 text.
std::string_view CutToChars(std::string_view text, size_t max_chars) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xc0) != 0x80 && chars++ == max_chars) {
      return text.substr(0, i);
    }
  }
  return text;
}

std::optional<double> AsNumber(const std::string& cell) {
  double number = 0;
  const char* end = cell.data() + cell.size();
  const auto parsed = std::from_chars(cell.data(), end, number);
  if (cell.empty() || parsed.ptr != end || parsed.ec != std::errc() || !std::isfinite(number)) {
    return std::nullopt;
  }
  return number;
}

}  // namespace

Result<std::unique_ptr<XlsxWriter>> XlsxWriter::Create(XlsxOptions options, Sink sink) {
  std::string path = (options.temp_dir / "attache-export-XXXXXX.xlsx").string();
  const int fd = mkstemps(path.data(), 5);
  if (fd < 0) {
    return FailInternal(ErrorCode::kInternal, "cannot create a temporary file in " +
                                                  options.temp_dir.string() + ": " +
                                                  std::generic_category().message(errno));
  }
  close(fd);
  std::unique_ptr<XlsxWriter> writer(new XlsxWriter(std::move(options), std::move(sink), path));
  lxw_workbook_options workbook_options{};
  workbook_options.constant_memory = LXW_TRUE;
  // libxlsxwriter keeps this pointer for the workbook's life and never writes through it.
  workbook_options.tmpdir = const_cast<char*>(writer->options_.temp_dir.c_str());
  writer->workbook_ = workbook_new_opt(writer->path_.c_str(), &workbook_options);
  if (writer->workbook_ == nullptr) {
    return FailInternal(ErrorCode::kInternal, "libxlsxwriter cannot create " + path);
  }
  writer->worksheet_ =
      workbook_add_worksheet(writer->workbook_, writer->options_.sheet_name.c_str());
  if (writer->worksheet_ == nullptr) {
    return FailInternal(ErrorCode::kInternal,
                        "not a worksheet name Excel accepts: " + writer->options_.sheet_name);
  }
  writer->bold_ = workbook_add_format(writer->workbook_);
  format_set_bold(writer->bold_);
  worksheet_freeze_panes(writer->worksheet_, 1, 0);
  return writer;
}

XlsxWriter::XlsxWriter(XlsxOptions options, Sink sink, std::filesystem::path path)
    : options_(std::move(options)), sink_(std::move(sink)), path_(std::move(path)) {}

XlsxWriter::~XlsxWriter() {
  // An abandoned export: free the workbook without assembling the zip.
  if (workbook_ != nullptr) lxw_workbook_free(workbook_);
  std::error_code ignored;
  std::filesystem::remove(path_, ignored);
}

Status XlsxWriter::WriteHeader(const std::vector<std::string>& names) {
  return WriteCells(names, bold_);
}

Status XlsxWriter::WriteRow(const std::vector<std::string>& cells) {
  return WriteCells(cells, nullptr);
}

Status XlsxWriter::WriteCells(const std::vector<std::string>& cells, lxw_format* format) {
  if (workbook_ == nullptr) return AlreadyFinished();
  if (next_row_ >= kMaxRows) {
    return Fail(ErrorCode::kPayloadTooLarge,
                {"Excel holds at most 1,048,576 rows; export to CSV instead.",
                 "Excel вмещает не больше 1 048 576 строк; выгрузите в CSV."});
  }
  if (widths_.size() < cells.size()) widths_.resize(cells.size(), kMinWidth);
  for (size_t column = 0; column < cells.size(); ++column) {
    const std::string& cell = cells[column];
    if (cell.empty()) continue;
    const auto col = static_cast<lxw_col_t>(column);
    const bool numeric = format == nullptr && std::ranges::find(options_.number_columns, column) !=
                                                  options_.number_columns.end();
    const std::optional<double> number = numeric ? AsNumber(cell) : std::nullopt;
    lxw_error error = LXW_NO_ERROR;
    if (number) {
      error = worksheet_write_number(worksheet_, next_row_, col, *number, format);
    } else {
      const std::string text = ooxml::EscapeLiteralEscapes(CutToChars(cell, kMaxCellChars));
      error = worksheet_write_string(worksheet_, next_row_, col, text.c_str(), format);
    }
    if (error != LXW_NO_ERROR) return LibraryError(error);
    widths_[column] = std::max(widths_[column], std::min(CountChars(cell) + 2, kMaxWidth));
  }
  ++next_row_;
  return {};
}

Status XlsxWriter::Finish() {
  if (workbook_ == nullptr) return AlreadyFinished();
  for (size_t column = 0; column < widths_.size(); ++column) {
    const auto col = static_cast<lxw_col_t>(column);
    worksheet_set_column(worksheet_, col, col, static_cast<double>(widths_[column]), nullptr);
  }
  if (next_row_ > 0 && !widths_.empty()) {
    worksheet_autofilter(worksheet_, 0, 0, next_row_ - 1,
                         static_cast<lxw_col_t>(widths_.size() - 1));
  }
  const lxw_error closed = workbook_close(workbook_);
  workbook_ = nullptr;  // closing frees it, even when writing failed
  if (closed != LXW_NO_ERROR) return LibraryError(closed);
  return SendFile();
}

Status XlsxWriter::SendFile() {
  std::ifstream file(path_, std::ios::binary);
  std::string chunk(kChunkBytes, '\0');
  while (file) {
    file.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
    const auto count = static_cast<size_t>(file.gcount());
    if (count == 0) break;
    if (Status sent = sink_(std::string_view(chunk.data(), count)); !sent) return sent;
  }
  if (file.bad()) return FailInternal(ErrorCode::kInternal, "cannot read " + path_.string());
  std::error_code ignored;
  std::filesystem::remove(path_, ignored);
  return {};
}

}  // namespace attache::tabular
