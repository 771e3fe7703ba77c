#include "text/normalize.hpp"

#include <unicode/coll.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <memory>
#include <vector>

namespace attache::text {

std::string Fold(std::string_view utf8) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_SUCCESS(status)) {
    icu::UnicodeString normalized = nfkc->normalize(text, status);
    if (U_SUCCESS(status)) text = std::move(normalized);
  }
  text.foldCase();
  text.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x0451)),
                      icu::UnicodeString(static_cast<UChar>(0x0435)));
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string EscapeLike(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

std::string SortKey(std::string_view utf8, Lang lang) {
  // Collators are not thread-safe; each thread keeps its own pair.
  thread_local std::unique_ptr<icu::Collator> collators[2];
  auto& collator = collators[lang == Lang::kRu ? 1 : 0];
  if (!collator) {
    UErrorCode status = U_ZERO_ERROR;
    collator.reset(
        icu::Collator::createInstance(icu::Locale(lang == Lang::kRu ? "ru" : "en"), status));
    if (U_FAILURE(status) || !collator) return Fold(utf8);
    collator->setStrength(icu::Collator::SECONDARY);
  }
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  uint8_t buffer[512];
  int32_t length = collator->getSortKey(text, buffer, sizeof(buffer));
  std::string key;
  std::vector<uint8_t> large;
  const uint8_t* bytes = buffer;
  if (length > static_cast<int32_t>(sizeof(buffer))) {
    large.resize(static_cast<size_t>(length));
    length = collator->getSortKey(text, large.data(), length);
    bytes = large.data();
  }
  static constexpr char kHex[] = "0123456789abcdef";
  // The key ends with a 0 byte; leave it out.
  for (int32_t i = 0; i + 1 < length; ++i) {
    key.push_back(kHex[bytes[i] >> 4]);
    key.push_back(kHex[bytes[i] & 0x0f]);
  }
  return key;
}

}  // namespace attache::text
