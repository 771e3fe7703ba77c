// Exports of lists to CSV and XLSX: the columns of columns.hpp, headers in the reader's language.
// An export is spooled to a temporary file row by row and the server streams it from disk
// (http::Response::body_file), so memory stays flat however many rows there are.
#pragma once

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/lang.hpp"
#include "domains/transfer/columns.hpp"
#include "platform/http/message.hpp"
#include "platform/tabular/table.hpp"

namespace attache::transfer {

enum class Format { kCsv, kXlsx };
inline constexpr std::pair<std::string_view, Format> kFormatNames[] = {
    {"csv", Format::kCsv},
    {"xlsx", Format::kXlsx},
};

// Which columns a file has: an export's (read-only columns included, personal ones only for who
// may see them) or an import template's (the columns an import reads).
enum class Purpose { kExport, kTemplate };
std::vector<const Column*> ColumnsFor(Kind kind, Purpose purpose, bool personal);

// Removes the spools in `dir` older than `age`: what a server that stopped mid-export left
// behind (a finished export's file is deleted once sent). Returns how many it removed.
int RemoveStaleSpools(const std::filesystem::path& dir, std::chrono::seconds age);

class Spool {
 public:
  // A file in `temp_dir` with the header row written.
  static Result<std::unique_ptr<Spool>> Open(Kind kind, Purpose purpose, Format format, Lang lang,
                                             bool personal, std::filesystem::path temp_dir);
  ~Spool();
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  // A record as JSON with the columns' keys (absent keys give empty cells).
  Status Add(const nlohmann::json& record);
  int64_t rows() const { return rows_; }
  // The download: the file as the body, named `{stem}.csv` or `{stem}.xlsx`.
  Result<http::Response> Finish(std::string_view stem);

 private:
  Spool() = default;

  std::vector<const Column*> columns_;
  Format format_ = Format::kCsv;
  bool decimal_comma_ = false;  // a Russian CSV: 1234,56
  std::filesystem::path path_;
  std::FILE* file_ = nullptr;
  std::unique_ptr<tabular::TableWriter> writer_;
  int64_t rows_ = 0;
};

}  // namespace attache::transfer
