#include "domains/search/word_index.hpp"

#include <string>
#include <utility>
#include <vector>

#include "text/terms.hpp"

namespace attache::search {

Status AddWords(db::Connection& conn, const WordIndex& index, int64_t id, std::string_view folded) {
  for (const std::string& term : text::Terms(folded)) {
    if (auto done = conn.Execute(index.insert, {term, id}); !done) {
      return tl::unexpected(done.error());
    }
  }
  return {};
}

Status ReplaceWords(db::Connection& conn, const WordIndex& index, int64_t id,
                    std::string_view folded) {
  if (auto done = conn.Execute(index.remove, {id}); !done) return tl::unexpected(done.error());
  return AddWords(conn, index, id, folded);
}

void WhereWords(db::SqlBuilder& sql, const WordIndex& index, std::string_view query) {
  const std::vector<std::string> words = text::QueryWords(query);
  if (words.empty()) sql.Append(" AND 1 = 0");
  for (const std::string& word : words) {
    text::TermRange range = text::PrefixRange(word);
    sql.WhereEach(index.filter, {std::move(range.from), std::move(range.to)});
  }
}

}  // namespace attache::search
