// Keys for finding one organisation entered twice under different spellings.
#pragma once

#include <string>
#include <string_view>

namespace attache::text {

// A key that the names of one organisation share whatever their language, spelling, quotes and
// legal form: "АО «Лаборатория Касперского»", "Лаборатория Касперского" and "Kaspersky Lab" all
// give "kaspar lab". The key is deliberately coarse (vowels merged, words cut to six letters), so
// equal keys make a pair worth showing to a person, not proof of a duplicate. Empty when nothing
// but legal forms, generic words like "компания" and punctuation is left. Thread-safe.
std::string OrganisationKey(std::string_view name);

}  // namespace attache::text
