// One database session: prepared statements with `$n` parameters (the same SQL on SQLite and
// PostgreSQL), typed binding including NULL, and transactions. Not thread-safe: one thread uses a
// connection at a time; Database (database.hpp) pools them. Library errors become typed Errors:
// unique-key violations are kConflict, lost connections and busy databases kUnavailable.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

#include "core/error.hpp"
#include "core/user_ref.hpp"

namespace attache::db {

enum class Dialect { kSqlite, kPostgres };
const char* ToString(Dialect dialect);

// A value bound to `$n`. Text is viewed, not copied: it must outlive the call.
using Param = std::variant<std::nullptr_t, int64_t, double, std::string_view>;

template <class T>
Param Nullable(const std::optional<T>& value) {
  if (!value) return nullptr;
  if constexpr (std::is_integral_v<T>) {
    return static_cast<int64_t>(*value);
  } else {
    return std::string_view(*value);
  }
}

// One row of a result; valid only inside the callback that receives it.
class Row {
 public:
  virtual ~Row() = default;
  virtual bool IsNull(int column) const = 0;
  virtual int64_t Int(int column) const = 0;
  virtual double Real(int column) const = 0;
  virtual std::string_view Text(int column) const = 0;

  std::string String(int column) const { return std::string(Text(column)); }
  std::optional<std::string> OptString(int column) const;
  // A user's id in `id_column` and display name in the next one; none when the id is NULL.
  std::optional<UserRef> OptUser(int id_column) const;
};

using RowCallback = std::function<void(const Row&)>;

enum class TxMode { kRead, kWrite };

class Connection {
 public:
  virtual ~Connection() = default;
  Connection() = default;
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  virtual Dialect dialect() const = 0;

  // Runs one statement and calls `on_row` for every row it returns.
  Status Query(std::string_view sql, std::span<const Param> params, const RowCallback& on_row) {
    return DoQuery(sql, params, on_row);
  }
  Status Query(std::string_view sql, std::initializer_list<Param> params,
               const RowCallback& on_row) {
    return DoQuery(sql, {params.begin(), params.size()}, on_row);
  }
  // Runs one statement; returns how many rows it changed.
  Result<int64_t> Execute(std::string_view sql, std::span<const Param> params) {
    return DoExecute(sql, params);
  }
  Result<int64_t> Execute(std::string_view sql, std::initializer_list<Param> params) {
    return DoExecute(sql, {params.begin(), params.size()});
  }
  // The first column of the first row (a count, a RETURNING id); kNotFound when there is no row.
  Result<int64_t> QueryInt(std::string_view sql, std::initializer_list<Param> params);
  Result<int64_t> QueryInt(std::string_view sql, std::span<const Param> params);

  // Several `;`-separated statements without parameters (migrations).
  virtual Status ExecuteScript(std::string_view sql) = 0;

  virtual Status Begin(TxMode mode) = 0;
  virtual Status Commit() = 0;
  virtual Status Rollback() = 0;
  virtual bool InTransaction() const = 0;
  // False once the session is lost; the pool then drops it.
  virtual bool Healthy() const = 0;

 private:
  virtual Status DoQuery(std::string_view sql, std::span<const Param> params,
                         const RowCallback& on_row) = 0;
  virtual Result<int64_t> DoExecute(std::string_view sql, std::span<const Param> params) = 0;
};

// Inside a write transaction: waits until no other instance is in such a section, and holds it
// until the transaction ends. For start-up work every instance would otherwise do at once
// (migrations, reference data, the demo). PostgreSQL: an advisory lock; SQLite: its write lock
// (BEGIN IMMEDIATE) already does it.
Status LockAcrossInstances(Connection& conn);

}  // namespace attache::db
