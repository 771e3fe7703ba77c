#include "platform/db/connection.hpp"

namespace attache::db {

const char* ToString(Dialect dialect) {
  return dialect == Dialect::kSqlite ? "sqlite" : "postgresql";
}

std::optional<std::string> Row::OptString(int column) const {
  if (IsNull(column)) return std::nullopt;
  return String(column);
}

std::optional<UserRef> Row::OptUser(int id_column) const {
  if (IsNull(id_column)) return std::nullopt;
  return UserRef{Int(id_column), String(id_column + 1)};
}

Result<int64_t> Connection::QueryInt(std::string_view sql, std::initializer_list<Param> params) {
  return QueryInt(sql, std::span<const Param>(params.begin(), params.size()));
}

Result<int64_t> Connection::QueryInt(std::string_view sql, std::span<const Param> params) {
  std::optional<int64_t> value;
  auto status = DoQuery(sql, params, [&](const Row& row) {
    if (!value) value = row.IsNull(0) ? 0 : row.Int(0);
  });
  if (!status) return tl::unexpected(status.error());
  if (!value) return Fail(ErrorCode::kNotFound, {"No such record.", "Запись не найдена."});
  return *value;
}

Status LockAcrossInstances(Connection& conn) {
  if (conn.dialect() == Dialect::kSqlite) return {};
  // Any constant shared by every instance.
  auto locked = conn.Execute("SELECT pg_advisory_xact_lock(7426173)", {});
  if (!locked) return tl::unexpected(locked.error());
  return {};
}

}  // namespace attache::db
