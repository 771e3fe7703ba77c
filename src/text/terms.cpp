#include "text/terms.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

#include "text/normalize.hpp"

namespace attache::text {

std::vector<std::string> Terms(std::string_view folded) {
  std::vector<std::string> terms;
  std::string word;
  const auto flush = [&] {
    if (!word.empty() && std::find(terms.begin(), terms.end(), word) == terms.end()) {
      terms.push_back(word);
    }
    word.clear();
  };
  const auto* bytes = reinterpret_cast<const uint8_t*>(folded.data());
  const auto length = static_cast<int32_t>(folded.size());
  for (int32_t at = 0; at < length;) {
    const int32_t start = at;
    UChar32 c = 0;
    U8_NEXT(bytes, at, length, c);
    if (c >= 0 && u_isalnum(c)) {
      const auto size = static_cast<size_t>(at - start);
      if (word.size() + size <= kMaxTermBytes) word.append(folded.substr(start, size));
    } else {
      flush();
    }
  }
  flush();
  return terms;
}

std::vector<std::string> QueryWords(std::string_view query) {
  std::vector<std::string> words = Terms(Fold(query));
  if (words.size() > kMaxQueryWords) words.resize(kMaxQueryWords);
  return words;
}

TermRange PrefixRange(std::string_view word) {
  int32_t first = 0;
  U8_FWD_1(reinterpret_cast<const uint8_t*>(word.data()), first,
           static_cast<int32_t>(word.size()));
  const bool single = static_cast<size_t>(first) >= word.size();
  // Every term that begins with `word` sorts before `word` followed by the highest code point;
  // a term holds no control characters, so none but `word` itself sorts before `word` + U+0001.
  std::string to(word);
  to.append(single ? "\x01" : "\xF4\x8F\xBF\xBF");
  return TermRange{std::string(word), std::move(to)};
}

}  // namespace attache::text
