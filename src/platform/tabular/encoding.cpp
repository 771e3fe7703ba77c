#include "platform/tabular/encoding.hpp"

#include <fmt/format.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstring>

#include "core/strings.hpp"

namespace attache::tabular {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// The offset of the first byte that is not part of well-formed UTF-8; npos when all are.
size_t InvalidUtf8At(std::string_view bytes) {
  const auto* data = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int64_t>(bytes.size());
  for (int64_t i = 0; i < length;) {
    // Eight ASCII bytes at a time: most of a file is ASCII, even in Russian.
    uint64_t word = 0;
    if (i + 8 <= length && (std::memcpy(&word, data + i, 8), (word & 0x8080808080808080) == 0)) {
      i += 8;
      continue;
    }
    const int64_t start = i;
    UChar32 c;
    U8_NEXT(data, i, length, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::string_view::npos;
}

// ICU maps all 256 bytes (0x98, unassigned by Microsoft, to U+0098), so this cannot fail on
// input; every file that is not UTF-8 reads as Windows-1251.
Result<std::string> FromWindows1251(std::string_view bytes) {
  const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), "windows-1251");
  if (text.isBogus())
    return FailInternal(ErrorCode::kInternal, "ICU has no windows-1251 converter");
  std::string utf8;
  text.toUTF8String(utf8);
  return utf8;
}

tl::unexpected<Error> NotUtf8(std::string_view bytes, size_t at) {
  const auto line =
      1 + std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(at), '\n');
  return Fail(ErrorCode::kBadRequest,
              {fmt::format("Line {} is not valid UTF-8; save the file as UTF-8 or choose the "
                           "Windows-1251 encoding.",
                           line),
               fmt::format("Строка {} не в кодировке UTF-8; сохраните файл в UTF-8 или выберите "
                           "кодировку Windows-1251.",
                           line)});
}

}  // namespace

bool ValidUtf8(std::string_view bytes) { return InvalidUtf8At(bytes) == std::string_view::npos; }

std::optional<Encoding> ParseEncoding(std::string_view name) {
  const std::string lower = AsciiLower(name);
  if (lower == "utf-8" || lower == "utf8") return Encoding::kUtf8;
  if (lower == "windows-1251" || lower == "cp1251") return Encoding::kWindows1251;
  return std::nullopt;
}

Result<std::string> DecodeText(std::string_view bytes, Encoding encoding) {
  if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
    return Fail(ErrorCode::kBadRequest,
                {"The file is in UTF-16 (Excel's \"Unicode text\"); save it as \"CSV UTF-8\".",
                 "Файл в кодировке UTF-16 («Текст в Юникоде» Excel); сохраните его как "
                 "«CSV UTF-8»."});
  }
  const bool has_bom = bytes.starts_with(kUtf8Bom);
  if (encoding == Encoding::kWindows1251) return FromWindows1251(bytes);
  if (has_bom) bytes.remove_prefix(kUtf8Bom.size());
  const size_t invalid = InvalidUtf8At(bytes);
  if (invalid == std::string_view::npos) return std::string(bytes);
  if (encoding == Encoding::kUtf8 || has_bom) return NotUtf8(bytes, invalid);
  return FromWindows1251(bytes);
}

}  // namespace attache::tabular
