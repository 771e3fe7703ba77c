#include "domains/transfer/export.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <random>

#include "platform/tabular/csv_writer.hpp"
#include "platform/tabular/xlsx_writer.hpp"

namespace attache::transfer {
namespace {

constexpr std::string_view kSpoolPrefix = "attache-export-";

std::filesystem::path SpoolPath(const std::filesystem::path& dir) {
  thread_local std::mt19937_64 random{std::random_device{}()};
  return dir / fmt::format("{}{:016x}", kSpoolPrefix, random());
}

tl::unexpected<Error> SpoolFailed(std::string_view what) {
  return FailInternal(ErrorCode::kInternal, fmt::format("export spool: {}", what));
}

}  // namespace

int RemoveStaleSpools(const std::filesystem::path& dir, std::chrono::seconds age) {
  namespace fs = std::filesystem;
  const auto before = fs::file_time_type::clock::now() - age;
  int removed = 0;
  std::error_code error;
  for (fs::directory_iterator it(dir, error), end; !error && it != end; it.increment(error)) {
    if (!it->path().filename().string().starts_with(kSpoolPrefix)) continue;
    std::error_code ignored;
    if (!it->is_regular_file(ignored) || it->last_write_time(ignored) >= before) continue;
    if (fs::remove(it->path(), ignored)) ++removed;
  }
  return removed;
}

std::vector<const Column*> ColumnsFor(Kind kind, Purpose purpose, bool personal) {
  std::vector<const Column*> columns;
  for (const Column& column : ColumnsOf(kind)) {
    if (column.personal && !personal) continue;
    if (purpose == Purpose::kTemplate && column.role == Role::kReadOnly) continue;
    columns.push_back(&column);
  }
  return columns;
}

Result<std::unique_ptr<Spool>> Spool::Open(Kind kind, Purpose purpose, Format format, Lang lang,
                                           bool personal, std::filesystem::path temp_dir) {
  std::unique_ptr<Spool> spool(new Spool());
  spool->columns_ = ColumnsFor(kind, purpose, personal);
  spool->format_ = format;
  spool->decimal_comma_ = format == Format::kCsv && lang == Lang::kRu;
  spool->path_ = SpoolPath(temp_dir);
  // Only the server may read it: an export may hold people's personal data.
  const int fd = ::open(spool->path_.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0) return SpoolFailed(spool->path_.string());
  spool->file_ = ::fdopen(fd, "wb");
  if (!spool->file_) {
    ::close(fd);
    return SpoolFailed(spool->path_.string());
  }
  std::FILE* file = spool->file_;
  tabular::Sink sink = [file](std::string_view chunk) -> Status {
    if (std::fwrite(chunk.data(), 1, chunk.size(), file) != chunk.size()) {
      return SpoolFailed("write");
    }
    return {};
  };
  if (format == Format::kCsv) {
    // Russian Excel splits on `;`, English Excel on `,`.
    spool->writer_ = std::make_unique<tabular::CsvWriter>(
        std::move(sink),
        lang == Lang::kRu ? tabular::CsvDelimiter::kSemicolon : tabular::CsvDelimiter::kComma);
  } else {
    tabular::XlsxOptions options;
    options.temp_dir = temp_dir;
    options.sheet_name = std::string(ToString(kind));
    for (size_t i = 0; i < spool->columns_.size(); ++i) {
      if (IsNumeric(spool->columns_[i]->type)) options.number_columns.push_back(i);
    }
    auto writer = tabular::XlsxWriter::Create(std::move(options), std::move(sink));
    if (!writer) return tl::unexpected(writer.error());
    spool->writer_ = std::move(*writer);
  }
  std::vector<std::string> header;
  for (const Column* column : spool->columns_) header.emplace_back(column->Header(lang));
  if (auto written = spool->writer_->WriteHeader(header); !written) {
    return tl::unexpected(written.error());
  }
  return spool;
}

Spool::~Spool() {
  writer_.reset();
  if (file_) std::fclose(file_);
  if (!path_.empty()) {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
}

Status Spool::Add(const nlohmann::json& record) {
  std::vector<std::string> cells;
  cells.reserve(columns_.size());
  for (const Column* column : columns_) {
    const auto found = record.find(column->key);
    std::string cell = found == record.end() ? std::string() : WriteCell(*column, *found);
    if (decimal_comma_ && HasDecimals(column->type)) std::ranges::replace(cell, '.', ',');
    cells.push_back(std::move(cell));
  }
  ++rows_;
  return writer_->WriteRow(cells);
}

Result<http::Response> Spool::Finish(std::string_view stem) {
  if (auto finished = writer_->Finish(); !finished) return tl::unexpected(finished.error());
  writer_.reset();
  const bool closed = std::fclose(std::exchange(file_, nullptr)) == 0;
  if (!closed) return SpoolFailed("close");
  http::Response response;
  const bool csv = format_ == Format::kCsv;
  response.headers.Set("Content-Type",
                       csv ? "text/csv; charset=utf-8"
                           : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  response.headers.Set("Content-Disposition",
                       fmt::format("attachment; filename=\"{}.{}\"", stem, csv ? "csv" : "xlsx"));
  response.headers.Set("Cache-Control", "no-store");
  response.body_file = std::exchange(path_, {}).string();  // the server deletes it
  return response;
}

}  // namespace attache::transfer
