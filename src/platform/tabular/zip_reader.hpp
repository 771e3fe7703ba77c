// Reading entries of a zip archive held in memory (an XLSX file is a zip of XML parts).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>

#include "core/error.hpp"

namespace attache::tabular {

class ZipReader {
 public:
  using Consumer = std::function<Status(std::string_view chunk)>;

  // Errors: kBadRequest when `bytes` is not a zip archive. `bytes` must outlive the reader.
  static Result<std::unique_ptr<ZipReader>> Open(std::string_view bytes);
  ~ZipReader();
  ZipReader(const ZipReader&) = delete;
  ZipReader& operator=(const ZipReader&) = delete;

  // Entry names compare case-insensitively, as zip parts of Office files do.
  bool Has(std::string_view name);

  // Streams the uncompressed entry to `consume` in chunks. Errors: kNotFound for a missing entry,
  // kBadRequest for a damaged one, kPayloadTooLarge for one that inflates past `max_bytes` (a zip
  // bomb), or what `consume` returns. Not thread-safe.
  Status Read(std::string_view name, uint64_t max_bytes, const Consumer& consume);

 private:
  struct Source;
  ZipReader(std::unique_ptr<Source> source, void* handle);

  std::unique_ptr<Source> source_;
  void* handle_;  // unzFile, kept out of this header
};

}  // namespace attache::tabular
