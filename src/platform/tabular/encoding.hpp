// Character encodings of uploaded text files. Russian users send UTF-8 (with or without the BOM
// Excel writes) and Windows-1251 (what Excel's plain "CSV" saves on a Russian Windows).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/error.hpp"

namespace attache::tabular {

enum class Encoding {
  kDetect,  // valid UTF-8 is UTF-8, anything else is Windows-1251
  kUtf8,
  kWindows1251,
};

// Well-formed UTF-8: no stray continuation bytes, overlong forms, surrogates or code points past
// U+10FFFF.
bool ValidUtf8(std::string_view bytes);

// "utf-8", "utf8", "windows-1251", "cp1251" in any case; nullopt for anything else.
std::optional<Encoding> ParseEncoding(std::string_view name);

// The text as UTF-8 without a BOM. Errors (kBadRequest, naming the line): bytes that are not
// UTF-8 when kUtf8 is forced or a UTF-8 BOM promises it; UTF-16 text. Any bytes read as
// Windows-1251, so a file in another encoding (KOI8-R) comes out garbled rather than refused.
Result<std::string> DecodeText(std::string_view bytes, Encoding encoding);

}  // namespace attache::tabular
