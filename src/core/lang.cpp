#include "core/lang.hpp"

#include <algorithm>
#include <cctype>
#include <cstdint>

namespace attache {
namespace {

// The quality of one `tag;q=0.8` item (blanks allowed around `;` and `=`); 1.0 when absent, 0 when
// unreadable.
double Quality(std::string_view item) {
  const auto semi = item.find(';');
  if (semi == std::string_view::npos) return 1.0;
  std::string rest;
  for (const char c : item.substr(semi + 1)) {
    if (c != ' ' && c != '\t') rest.push_back(c);
  }
  if (rest.rfind("q=", 0) != 0) return 1.0;
  try {
    return std::stod(rest.substr(2));
  } catch (...) {
    return 0.0;
  }
}

bool StartsWithTag(std::string_view item, std::string_view tag) {
  while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
  if (item.size() < tag.size()) return false;
  for (size_t i = 0; i < tag.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(item[i])) != tag[i]) return false;
  }
  if (item.size() == tag.size()) return true;
  const char next = item[tag.size()];
  return next == '-' || next == '_' || next == ';' || next == ' ' || next == '\t';
}

}  // namespace

Lang PreferredLang(std::string_view accept_language) {
  // The best quality of each language and where it first appears: at equal quality the client's
  // order decides.
  double best_ru = 0, best_en = 0;
  size_t first_ru = SIZE_MAX, first_en = SIZE_MAX;
  for (size_t position = 0; !accept_language.empty(); ++position) {
    const auto comma = accept_language.find(',');
    const auto item = accept_language.substr(0, comma);
    if (StartsWithTag(item, "ru")) {
      best_ru = std::max(best_ru, Quality(item));
      first_ru = std::min(first_ru, position);
    }
    if (StartsWithTag(item, "en")) {
      best_en = std::max(best_en, Quality(item));
      first_en = std::min(first_en, position);
    }
    if (comma == std::string_view::npos) break;
    accept_language.remove_prefix(comma + 1);
  }
  if (best_ru != best_en) return best_ru > best_en ? Lang::kRu : Lang::kEn;
  return best_ru > 0 && first_ru < first_en ? Lang::kRu : Lang::kEn;
}

}  // namespace attache
