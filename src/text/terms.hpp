// The words of a text for a list's word index: a list filters on words that begin with what the
// user typed ("vega" finds "Vega Nav", "анти" finds "антивирус"), read from an index table rather
// than by scanning every row with LIKE.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace attache::text {

// The longest term kept, in bytes: longer words are cut (at a character boundary), so a query
// for the start of a long word still finds it.
inline constexpr size_t kMaxTermBytes = 64;

// The distinct words of `folded` (text already passed through Fold), in order of first
// appearance: runs of letters and digits, split at everything else (spaces, punctuation,
// hyphens, quotes of any script).
std::vector<std::string> Terms(std::string_view folded);

// The most words of a query a filter looks for; the rest are ignored.
inline constexpr size_t kMaxQueryWords = 8;

// The words of what a user typed into a filter: Terms(Fold(query)), the first kMaxQueryWords.
std::vector<std::string> QueryWords(std::string_view query);

// The byte range [from, to) of the terms a query word matches: terms beginning with `word`, or,
// for a single character (which would begin most terms), that term alone.
struct TermRange {
  std::string from;
  std::string to;
};
TermRange PrefixRange(std::string_view word);

}  // namespace attache::text
