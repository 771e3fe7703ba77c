// The two languages of the service, and a text written in both.
#pragma once

#include <string>
#include <string_view>

namespace attache {

enum class Lang { kEn, kRu };

// A human text in English and Russian; the reader's language picks one.
struct Text {
  std::string en;
  std::string ru;

  const std::string& In(Lang lang) const { return lang == Lang::kRu && !ru.empty() ? ru : en; }
};

inline std::string_view ToString(Lang lang) { return lang == Lang::kRu ? "ru" : "en"; }

// The preferred language of an Accept-Language header: Russian if it comes before English.
Lang PreferredLang(std::string_view accept_language);

}  // namespace attache
