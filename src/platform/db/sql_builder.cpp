#include "platform/db/sql_builder.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace attache::db {

std::string SqlBuilder::Next(std::string value) {
  values_.push_back(std::move(value));
  params_.emplace_back(std::string_view(values_.back()));
  return fmt::format("{}", params_.size());
}

std::string SqlBuilder::Next(int64_t value) {
  params_.emplace_back(value);
  return fmt::format("{}", params_.size());
}

void SqlBuilder::Where(std::string_view fragment, std::string value) {
  Fill(fragment, Next(std::move(value)));
}

void SqlBuilder::Where(std::string_view fragment, int64_t value) { Fill(fragment, Next(value)); }

void SqlBuilder::WhereEach(std::string_view fragment, std::initializer_list<std::string> values) {
  constexpr std::string_view kSlot = "${}";
  auto value = values.begin();
  for (auto slot = fragment.find(kSlot); slot != std::string_view::npos && value != values.end();
       slot = fragment.find(kSlot), ++value) {
    sql_ += fragment.substr(0, slot);
    sql_ += '$' + Next(*value);
    fragment.remove_prefix(slot + kSlot.size());
  }
  sql_ += fragment;
}

void SqlBuilder::Fill(std::string_view fragment, const std::string& number) {
  constexpr std::string_view kSlot = "${}";
  for (auto slot = fragment.find(kSlot); slot != std::string_view::npos;
       slot = fragment.find(kSlot)) {
    sql_ += fragment.substr(0, slot);
    sql_ += '$' + number;
    fragment.remove_prefix(slot + kSlot.size());
  }
  sql_ += fragment;
}

void SqlBuilder::OrderBy(std::string_view sort, std::span<const SortColumn> columns,
                         std::string_view tiebreak) {
  const bool descending = sort.starts_with('-');
  const std::string_view field = descending ? sort.substr(1) : sort;
  std::string_view column = columns.front().sql;
  for (const SortColumn& candidate : columns) {
    if (candidate.field == field) column = candidate.sql;
  }
  sql_ += " ORDER BY ";
  sql_ += column;
  if (descending) sql_ += " DESC";
  sql_ += ", ";
  sql_ += tiebreak;
}

void SqlBuilder::WhereIn(std::string_view column, std::span<const std::string_view> values) {
  if (values.empty()) return;
  sql_ += fmt::format(" AND {} IN (", column);
  for (size_t i = 0; i < values.size(); ++i) {
    sql_ += fmt::format("{}${}", i == 0 ? "" : ", ", Next(std::string(values[i])));
  }
  sql_ += ')';
}

void SqlBuilder::WhereIn(std::string_view column, std::span<const int64_t> values) {
  if (values.empty()) return;
  sql_ += fmt::format(" AND {} IN (", column);
  for (size_t i = 0; i < values.size(); ++i) {
    sql_ += fmt::format("{}${}", i == 0 ? "" : ", ", Next(values[i]));
  }
  sql_ += ')';
}

void SqlBuilder::WhereIn(std::string_view column, std::span<const std::string> values) {
  const std::vector<std::string_view> views(values.begin(), values.end());
  WhereIn(column, std::span<const std::string_view>(views));
}

void SqlBuilder::WhereWithin(std::string_view column, std::span<const std::string> values) {
  if (values.empty()) {
    sql_ += " AND 1 = 0";
    return;
  }
  WhereIn(column, values);
}

void SqlBuilder::Page(int64_t limit, int64_t offset) {
  params_.emplace_back(limit);
  params_.emplace_back(offset);
  sql_ += fmt::format(" LIMIT ${} OFFSET ${}", params_.size() - 1, params_.size());
}

Result<std::vector<int64_t>> ReadIds(Connection& conn, const SqlBuilder& select) {
  std::vector<int64_t> ids;
  auto status =
      conn.Query(select.sql(), select.params(), [&](const Row& row) { ids.push_back(row.Int(0)); });
  if (!status) return tl::unexpected(status.error());
  return ids;
}

Status QueryIn(Connection& conn, std::string_view select, std::string_view column,
               std::span<const int64_t> ids, std::string_view suffix, const RowCallback& on_row) {
  constexpr size_t kBatch = 200;
  for (size_t start = 0; start < ids.size(); start += kBatch) {
    SqlBuilder batch(select);
    batch.WhereIn(column, ids.subspan(start, std::min(kBatch, ids.size() - start)));
    batch.Append(suffix);
    if (auto status = conn.Query(batch.sql(), batch.params(), on_row); !status) return status;
  }
  return {};
}

}  // namespace attache::db
