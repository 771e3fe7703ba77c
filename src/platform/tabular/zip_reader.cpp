#include "platform/tabular/zip_reader.hpp"

#include <minizip/unzip.h>

#include <algorithm>
#include <cstring>
#include <string>

namespace attache::tabular {

// minizip reads through these callbacks from the caller's bytes instead of a file, so an upload
// never touches the disk.
struct ZipReader::Source {
  std::string_view bytes;
  uint64_t at = 0;

  static voidpf ZCALLBACK Open(voidpf opaque, const void*, int) { return opaque; }

  static uLong ZCALLBACK ReadBytes(voidpf, voidpf stream, void* buffer, uLong size) {
    auto* source = static_cast<Source*>(stream);
    const uint64_t count = std::min<uint64_t>(size, source->bytes.size() - source->at);
    std::memcpy(buffer, source->bytes.data() + source->at, count);
    source->at += count;
    return static_cast<uLong>(count);
  }

  static uLong ZCALLBACK WriteBytes(voidpf, voidpf, const void*, uLong) { return 0; }

  static ZPOS64_T ZCALLBACK Tell(voidpf, voidpf stream) { return static_cast<Source*>(stream)->at; }

  static long ZCALLBACK Seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
    auto* source = static_cast<Source*>(stream);
    uint64_t base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = source->at;
    if (origin == ZLIB_FILEFUNC_SEEK_END) base = source->bytes.size();
    if (offset > source->bytes.size() - base) return -1;
    source->at = base + offset;
    return 0;
  }

  static int ZCALLBACK Close(voidpf, voidpf) { return 0; }
  static int ZCALLBACK Error(voidpf, voidpf) { return 0; }
};

namespace {

constexpr size_t kChunkBytes = 64 * 1024;
constexpr int kCaseInsensitive = 2;

tl::unexpected<Error> Damaged(std::string_view name) {
  return Fail(ErrorCode::kBadRequest,
              {"The file is damaged: " + std::string(name) + " cannot be unpacked.",
               "Файл повреждён: не удаётся распаковать " + std::string(name) + "."});
}

}  // namespace

Result<std::unique_ptr<ZipReader>> ZipReader::Open(std::string_view bytes) {
  auto source = std::make_unique<Source>();
  source->bytes = bytes;
  zlib_filefunc64_def functions{};
  functions.zopen64_file = &Source::Open;
  functions.zread_file = &Source::ReadBytes;
  functions.zwrite_file = &Source::WriteBytes;
  functions.ztell64_file = &Source::Tell;
  functions.zseek64_file = &Source::Seek;
  functions.zclose_file = &Source::Close;
  functions.zerror_file = &Source::Error;
  functions.opaque = source.get();
  unzFile handle = unzOpen2_64("memory", &functions);
  if (handle == nullptr) {
    return Fail(ErrorCode::kBadRequest,
                {"The file is not an Excel workbook (.xlsx): it is not a zip archive.",
                 "Файл не является книгой Excel (.xlsx): это не zip-архив."});
  }
  return std::unique_ptr<ZipReader>(new ZipReader(std::move(source), handle));
}

ZipReader::ZipReader(std::unique_ptr<Source> source, void* handle)
    : source_(std::move(source)), handle_(handle) {}

ZipReader::~ZipReader() { unzClose(handle_); }

bool ZipReader::Has(std::string_view name) {
  return unzLocateFile(handle_, std::string(name).c_str(), kCaseInsensitive) == UNZ_OK;
}

Status ZipReader::Read(std::string_view name, uint64_t max_bytes, const Consumer& consume) {
  if (!Has(name)) {
    return Fail(ErrorCode::kNotFound, {"The workbook has no part " + std::string(name) + ".",
                                       "В книге нет части " + std::string(name) + "."});
  }
  if (unzOpenCurrentFile(handle_) != UNZ_OK) return Damaged(name);
  std::string chunk(kChunkBytes, '\0');
  uint64_t total = 0;
  Status status;
  while (status) {
    const int count = unzReadCurrentFile(handle_, chunk.data(), kChunkBytes);
    if (count < 0) status = Damaged(name);
    if (count <= 0) break;
    total += static_cast<uint64_t>(count);
    if (total > max_bytes) {
      status = Fail(ErrorCode::kPayloadTooLarge,
                    {"The workbook is too large to import.", "Книга слишком велика для импорта."});
    } else {
      status = consume(std::string_view(chunk.data(), static_cast<size_t>(count)));
    }
  }
  // The CRC is checked on close, once the whole entry has been read.
  const int closed = unzCloseCurrentFile(handle_);
  if (status && closed != UNZ_OK) return Damaged(name);
  return status;
}

}  // namespace attache::tabular
