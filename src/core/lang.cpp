#include "core/lang.hpp"

#include <algorithm>
#include <cctype>

namespace attache {
namespace {

// The quality of one `tag;q=0.8` item; 1.0 when absent, 0 when unreadable.
double Quality(std::string_view item) {
  const auto semi = item.find(";q=");
  if (semi == std::string_view::npos) return 1.0;
  std::string value(item.substr(semi + 3));
  try {
    return std::stod(value);
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
  return item.size() == tag.size() || item[tag.size()] == '-' || item[tag.size()] == ';' ||
         item[tag.size()] == '_';
}

}  // namespace

Lang PreferredLang(std::string_view accept_language) {
  double best_ru = 0, best_en = 0;
  while (!accept_language.empty()) {
    const auto comma = accept_language.find(',');
    const auto item = accept_language.substr(0, comma);
    if (StartsWithTag(item, "ru")) best_ru = std::max(best_ru, Quality(item));
    if (StartsWithTag(item, "en")) best_en = std::max(best_en, Quality(item));
    if (comma == std::string_view::npos) break;
    accept_language.remove_prefix(comma + 1);
  }
  return best_ru > best_en ? Lang::kRu : Lang::kEn;
}

}  // namespace attache
