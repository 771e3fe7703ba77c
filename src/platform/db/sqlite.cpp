#include "platform/db/sqlite.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <string>
#include <unordered_map>

#include "core/strings.hpp"

namespace attache::db {
namespace {

Error SqliteError(sqlite3* db, int rc, std::string_view what) {
  const int extended = db != nullptr ? sqlite3_extended_errcode(db) : rc;
  std::string internal =
      fmt::format("sqlite {}: {} (code {})", what,
                  db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc), extended);
  switch (rc & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Error{ErrorCode::kUnavailable,
                   {"The database is busy; try again.", "База данных занята; повторите попытку."},
                   {},
                   std::move(internal)};
    case SQLITE_CONSTRAINT:
      if (extended == SQLITE_CONSTRAINT_UNIQUE || extended == SQLITE_CONSTRAINT_PRIMARYKEY) {
        return Error{ErrorCode::kConflict,
                     {"A record with this key already exists.", "Запись с таким ключом уже есть."},
                     {},
                     std::move(internal)};
      }
      break;
    default:
      break;
  }
  return FailInternal(ErrorCode::kInternal, std::move(internal)).value();
}

class SqliteRow final : public Row {
 public:
  explicit SqliteRow(sqlite3_stmt* stmt) : stmt_(stmt) {}
  bool IsNull(int column) const override {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
  }
  int64_t Int(int column) const override { return sqlite3_column_int64(stmt_, column); }
  double Real(int column) const override { return sqlite3_column_double(stmt_, column); }
  std::string_view Text(int column) const override {
    const auto* text = sqlite3_column_text(stmt_, column);
    if (text == nullptr) return {};
    return {reinterpret_cast<const char*>(text),
            static_cast<size_t>(sqlite3_column_bytes(stmt_, column))};
  }

 private:
  sqlite3_stmt* stmt_;
};

constexpr size_t kMaxStatements = 512;

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(sqlite3* db) : db_(db) {}
  ~SqliteConnection() override {
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
    sqlite3_close_v2(db_);
  }

  Dialect dialect() const override { return Dialect::kSqlite; }

  Status ExecuteScript(std::string_view sql) override {
    const std::string script(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(db_, script.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
      sqlite3_free(message);
      return tl::unexpected(SqliteError(db_, rc, "script"));
    }
    return {};
  }

  Status Begin(TxMode mode) override {
    // IMMEDIATE takes the write lock up front, so two writers wait (busy timeout) instead of
    // failing when both try to upgrade a read lock.
    auto status = ExecuteScript(mode == TxMode::kWrite ? "BEGIN IMMEDIATE" : "BEGIN");
    if (status) in_transaction_ = true;
    return status;
  }
  Status Commit() override {
    auto status = ExecuteScript("COMMIT");
    if (status) in_transaction_ = false;
    return status;
  }
  Status Rollback() override {
    in_transaction_ = false;
    if (sqlite3_get_autocommit(db_) != 0) return {};
    return ExecuteScript("ROLLBACK");
  }
  // SQLite itself may have rolled the transaction back (a full disk, an I/O error).
  bool InTransaction() const override {
    return in_transaction_ && sqlite3_get_autocommit(db_) == 0;
  }
  bool Healthy() const override { return true; }

 private:
  Status DoQuery(std::string_view sql, std::span<const Param> params,
                 const RowCallback& on_row) override {
    auto stmt = Prepare(sql, params);
    if (!stmt) return tl::unexpected(stmt.error());
    const StatementReset reset{*stmt};
    const SqliteRow row(*stmt);
    for (;;) {
      const int rc = sqlite3_step(*stmt);
      if (rc == SQLITE_DONE) return {};
      if (rc != SQLITE_ROW) return tl::unexpected(SqliteError(db_, rc, "step"));
      if (on_row) on_row(row);
    }
  }

  Result<int64_t> DoExecute(std::string_view sql, std::span<const Param> params) override {
    auto status = DoQuery(sql, params, nullptr);
    if (!status) return tl::unexpected(status.error());
    return sqlite3_changes64(db_);
  }

  // Resets a statement on scope exit so its bindings never outlive the call.
  struct StatementReset {
    explicit StatementReset(sqlite3_stmt* statement) : stmt(statement) {}
    sqlite3_stmt* stmt;
    StatementReset(const StatementReset&) = delete;
    StatementReset& operator=(const StatementReset&) = delete;
    ~StatementReset() {
      sqlite3_reset(stmt);
      sqlite3_clear_bindings(stmt);
    }
  };

  Result<sqlite3_stmt*> Prepare(std::string_view sql, std::span<const Param> params) {
    sqlite3_stmt* stmt = nullptr;
    if (auto found = statements_.find(sql); found != statements_.end()) {
      stmt = found->second;
    } else {
      if (statements_.size() >= kMaxStatements) {
        // Statements are built from fragments, so their number is bounded, but never trust that.
        for (auto& [text, cached] : statements_) sqlite3_finalize(cached);
        statements_.clear();
      }
      const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                        SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
      if (rc != SQLITE_OK) return tl::unexpected(SqliteError(db_, rc, "prepare"));
      statements_.emplace(std::string(sql), stmt);
    }
    if (sqlite3_bind_parameter_count(stmt) != static_cast<int>(params.size())) {
      return FailInternal(ErrorCode::kInternal,
                          fmt::format("sqlite: statement takes {} parameters, given {}: {}",
                                      sqlite3_bind_parameter_count(stmt), params.size(), sql));
    }
    for (size_t i = 0; i < params.size(); ++i) {
      // `$n` are named parameters to SQLite, numbered by first appearance: bind by name.
      const std::string name = fmt::format("${}", i + 1);
      const int index = sqlite3_bind_parameter_index(stmt, name.c_str());
      if (index == 0) {
        return FailInternal(ErrorCode::kInternal,
                            fmt::format("sqlite: {} unused in: {}", name, sql));
      }
      const int rc = std::visit(
          [&](const auto& value) -> int {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, std::nullptr_t>) {
              return sqlite3_bind_null(stmt, index);
            } else if constexpr (std::is_same_v<T, int64_t>) {
              return sqlite3_bind_int64(stmt, index, value);
            } else if constexpr (std::is_same_v<T, double>) {
              return sqlite3_bind_double(stmt, index, value);
            } else {
              return sqlite3_bind_text64(stmt, index, value.data(), value.size(), SQLITE_STATIC,
                                         SQLITE_UTF8);
            }
          },
          params[i]);
      if (rc != SQLITE_OK) {
        sqlite3_clear_bindings(stmt);
        return tl::unexpected(SqliteError(db_, rc, "bind"));
      }
    }
    return stmt;
  }

  sqlite3* db_;
  std::unordered_map<std::string, sqlite3_stmt*, StringHash, std::equal_to<>> statements_;
  bool in_transaction_ = false;
};

}  // namespace

Result<std::unique_ptr<Connection>> OpenSqlite(const std::string& path,
                                               std::chrono::milliseconds busy_timeout) {
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(
      path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    return Fail(ErrorCode::kUnavailable,
                {fmt::format("cannot open SQLite database {}: {}", path, message),
                 fmt::format("не удалось открыть базу SQLite {}: {}", path, message)});
  }
  sqlite3_extended_result_codes(db, 1);
  sqlite3_busy_timeout(db, static_cast<int>(busy_timeout.count()));
  auto connection = std::make_unique<SqliteConnection>(db);
  auto status = connection->ExecuteScript(
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;"
      // The Database's checkpointer copies the log in the background (checkpointer.hpp).
      " PRAGMA wal_autocheckpoint=0;"
      // Reads map the file instead of copying each page through pread into a 2 MB cache per
      // connection: scans of a large catalogue (exports, counts) spent a third of their time
      // copying. The mapping is the OS's page cache, shared by every connection.
      " PRAGMA mmap_size=1073741824;");
  if (!status) {
    return Fail(
        ErrorCode::kUnavailable,
        {fmt::format("cannot use SQLite database {}: {}", path, status.error().internal),
         fmt::format("не удалось использовать базу SQLite {}: {}", path, status.error().internal)});
  }
  return connection;
}

}  // namespace attache::db
