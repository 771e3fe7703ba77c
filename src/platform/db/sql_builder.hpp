// Assembles a list query from constant SQL fragments and numbered parameters. Fragments come from
// the domain's queries.hpp, never from input: input only ever travels as parameters.
#pragma once

#include <deque>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/page.hpp"
#include "platform/db/connection.hpp"

namespace attache::db {

class SqlBuilder {
 public:
  explicit SqlBuilder(std::string_view base) : sql_(base) {}

  // Appends `fragment`, where every `${}` stands for one new parameter holding `value`.
  void Where(std::string_view fragment, std::string value);
  // The same with an integer parameter.
  void Where(std::string_view fragment, int64_t value);
  // Appends `fragment`, where the n-th `${}` stands for a new parameter holding `values[n]`.
  void WhereEach(std::string_view fragment, std::initializer_list<std::string> values);
  // Appends ` AND column IN ($n, ...)`.
  void WhereIn(std::string_view column, std::span<const std::string_view> values);
  void WhereIn(std::string_view column, std::span<const int64_t> values);
  void WhereIn(std::string_view column, std::span<const std::string> values);
  // A scope (an attaché's countries): ` AND column IN (...)`, and a condition no row meets when
  // `values` is empty — an empty scope holds nothing, where an empty filter holds everything.
  void WhereWithin(std::string_view column, std::span<const std::string> values);
  void Append(std::string_view text) { sql_ += text; }
  // Appends ` ORDER BY <column of sort>[ DESC], <tiebreak>`: `sort` is a field name from
  // `columns` (checked by the caller), `-` first for descending; the direction applies to the
  // last expression of the column, so `(x IS NULL), x` keeps blanks last either way.
  struct SortColumn {
    std::string_view field;
    std::string_view sql;
  };
  void OrderBy(std::string_view sort, std::span<const SortColumn> columns,
               std::string_view tiebreak);
  // Appends ` LIMIT $n OFFSET $m`.
  void Page(int64_t limit, int64_t offset);

  const std::string& sql() const { return sql_; }
  std::span<const Param> params() const { return params_; }

 private:
  std::string Next(std::string value);
  std::string Next(int64_t value);
  void Fill(std::string_view fragment, const std::string& number);

  std::string sql_;
  std::deque<std::string> values_;  // stable addresses for the string_views in params_
  std::vector<Param> params_;
};

// True when every field a client may sort by has its column; for a static_assert beside the tables.
constexpr bool SortsCovered(std::span<const std::string_view> fields,
                            std::span<const SqlBuilder::SortColumn> columns) {
  for (const std::string_view field : fields) {
    bool found = false;
    for (const SqlBuilder::SortColumn& column : columns) found = found || column.field == field;
    if (!found) return false;
  }
  return true;
}

// Runs `select` + " AND column IN (ids)" + `suffix` for `ids` in batches, calling `on_row` for
// every row. SQLite binds our `$n` parameters by name, each lookup a linear search: one statement
// with thousands of them (an export's page of ids) costs quadratic time, batches stay linear.
// Rows of one id all come from the same batch, so `suffix`'s order holds among them.
Status QueryIn(Connection& conn, std::string_view select, std::string_view column,
               std::span<const int64_t> ids, std::string_view suffix, const RowCallback& on_row);

// The first column of every row of `select`: a list's ids in its order, for an export to read the
// records in batches (ReadByIds) instead of re-running the sorted list at growing offsets.
Result<std::vector<int64_t>> ReadIds(Connection& conn, const SqlBuilder& select);

// The rows of `select` whose `column` is one of `ids`, made by `read(row)`, in the order of
// `ids` (an id with no row is skipped). `id_of(item)` gives an item's id.
template <class T, class Read, class IdOf>
Result<std::vector<T>> ReadByIds(Connection& conn, std::string_view select, std::string_view column,
                                 std::span<const int64_t> ids, Read read, IdOf id_of) {
  std::vector<T> found;
  auto status =
      QueryIn(conn, select, column, ids, "", [&](const Row& row) { found.push_back(read(row)); });
  if (!status) return tl::unexpected(status.error());
  std::unordered_map<int64_t, size_t> at;
  for (size_t i = 0; i < found.size(); ++i) at.emplace(id_of(found[i]), i);
  std::vector<T> ordered;
  ordered.reserve(found.size());
  for (const int64_t id : ids) {
    if (auto hit = at.find(id); hit != at.end()) ordered.push_back(std::move(found[hit->second]));
  }
  return ordered;
}

// A page of a list: the total `count` finds, then the rows of `select` (ordered and paged from
// `offset`), each made by `read(row)`.
template <class T, class Read>
Result<Page<T>> ReadPage(Connection& conn, const SqlBuilder& count, const SqlBuilder& select,
                         int64_t offset, Read read) {
  Page<T> page;
  auto total = conn.QueryInt(count.sql(), count.params());
  if (!total) return tl::unexpected(total.error());
  page.total = *total;
  auto listed = conn.Query(select.sql(), select.params(),
                           [&](const Row& row) { page.items.push_back(read(row)); });
  if (!listed) return tl::unexpected(listed.error());
  const int64_t end = offset + static_cast<int64_t>(page.items.size());
  if (end < page.total) page.next_offset = end;
  return page;
}

}  // namespace attache::db
