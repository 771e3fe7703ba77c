// Any script to plain lowercase ASCII, for keys that must match across alphabets.
#pragma once

#include <string>
#include <string_view>

namespace attache::text {

// Lowercase ASCII spelling of UTF-8 text: Russian by the BGN/PCGN romanisation (Яндекс -> yandeks,
// Хабр -> khabr), other scripts by ICU's Any-Latin, accents dropped (Straße -> strasse). Characters
// with no Latin spelling (emoji, symbols) are left out. Thread-safe.
std::string ToLatin(std::string_view utf8);

}  // namespace attache::text
