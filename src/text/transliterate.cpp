#include "text/transliterate.hpp"

#include <unicode/locid.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include "core/strings.hpp"

namespace attache::text {
namespace {

// BGN spells Я as "ya" where Any-Latin gives "â" (-> "a"), which loses the sound that English
// spellings keep (Yandex). Any-Latin then covers other scripts and Latin-ASCII strips accents;
// they run only when BGN left something outside ASCII, as they cost ~4x what BGN does.
//
// Transliterators must not be used from two threads at once. Clones per thread would not help:
// rule-based transliterators share their rules behind one ICU-wide mutex, and two threads with
// a clone each ran no faster than two threads sharing one instance (20,000 names: ~520 ms
// either way), so one instance behind a mutex it is.
struct Transliterators {
  Transliterators() {
    russian = Create("Russian-Latin/BGN");
    rest = Create("Any-Latin; Latin-ASCII");
  }
  // Null when the ICU data lacks the rules; the text then keeps only its ASCII characters.
  static std::unique_ptr<icu::Transliterator> Create(const char* id) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse_error;
    std::unique_ptr<icu::Transliterator> transliterator(icu::Transliterator::createInstance(
        icu::UnicodeString(id, -1, US_INV), UTRANS_FORWARD, parse_error, status));
    return U_SUCCESS(status) ? std::move(transliterator) : nullptr;
  }
  std::mutex mutex;
  std::unique_ptr<icu::Transliterator> russian;
  std::unique_ptr<icu::Transliterator> rest;
};

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

bool IsAscii(const icu::UnicodeString& text) {
  for (int32_t i = 0; i < text.length(); ++i) {
    if (text.charAt(i) >= 0x80) return false;
  }
  return true;
}

}  // namespace

std::string ToLatin(std::string_view utf8) {
  if (IsAscii(utf8)) return AsciiLower(utf8);
  static Transliterators transliterators;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  // Lowercase first: BGN spells a capital Я as "Ya" or "YA" depending on its neighbours.
  text.toLower(icu::Locale::getRoot());
  {
    const std::lock_guard lock(transliterators.mutex);
    if (transliterators.russian) transliterators.russian->transliterate(text);
    if (transliterators.rest && !IsAscii(text)) transliterators.rest->transliterate(text);
  }
  std::string spelled;
  text.toUTF8String(spelled);
  std::string out;
  out.reserve(spelled.size());
  for (const char c : spelled) {
    if (static_cast<unsigned char>(c) < 0x80) out.push_back(c);
  }
  return AsciiLower(out);
}

}  // namespace attache::text
