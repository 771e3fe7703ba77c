// The word index of a list (ADR 0009): a table of (term, record id) that the list's `q` filter
// reads instead of scanning every row with LIKE. Solutions and support requests keep one each;
// the words come from text::Terms, a query's from text::QueryWords.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/error.hpp"
#include "platform/db/connection.hpp"
#include "platform/db/sql_builder.hpp"

namespace attache::search {

// The statements of one index table.
struct WordIndex {
  std::string_view insert;  // (term, id) VALUES ($1, $2)
  std::string_view remove;  // a record's words: WHERE id = $1
  // One condition per query word, with the placeholders of its term range: `AND r.id IN (SELECT
  // ... WHERE term >= ${} AND term < ${})`.
  std::string_view filter;
};

// Adds the words of `folded` (text::Fold) for record `id`.
Status AddWords(db::Connection& conn, const WordIndex& index, int64_t id, std::string_view folded);
// Replaces record `id`'s words with those of `folded`.
Status ReplaceWords(db::Connection& conn, const WordIndex& index, int64_t id,
                    std::string_view folded);
// Narrows `sql` to the records that have, for every word of `query`, a word beginning with it; to
// none when the query has no word at all (only punctuation).
void WhereWords(db::SqlBuilder& sql, const WordIndex& index, std::string_view query);

}  // namespace attache::search
