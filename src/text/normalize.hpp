// Text normalisation for matching: what a user types and what is stored compare equal after
// Fold() regardless of case, Unicode composition and ё/е.
#pragma once

#include <string>
#include <string_view>

#include "core/lang.hpp"

namespace attache::text {

// NFKC, Unicode case folding, ё -> е. Input must be valid UTF-8 (invalid bytes become U+FFFD).
std::string Fold(std::string_view utf8);

// Escapes `%`, `_` and `\` for a SQL `LIKE ... ESCAPE '\'` pattern.
std::string EscapeLike(std::string_view text);

// A key whose byte order is the language's alphabetical order (ICU collation, case-insensitive),
// as lowercase hex so that it sorts the same as text on SQLite and PostgreSQL.
std::string SortKey(std::string_view utf8, Lang lang);

}  // namespace attache::text
