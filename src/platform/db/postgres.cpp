#include "platform/db/postgres.hpp"

#include <fmt/format.h>
#include <libpq-fe.h>

#include <charconv>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/strings.hpp"

namespace attache::db {
namespace {

struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

std::string_view Sqlstate(const PGresult* result) {
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  return state != nullptr ? std::string_view(state) : std::string_view();
}

// libpq messages end with newlines and may hold DETAIL lines: one line for logs and stderr.
std::string OneLine(std::string message) {
  for (char& c : message) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  while (!message.empty() && message.back() == ' ') message.pop_back();
  return message;
}

Error PgError(PGconn* conn, const PGresult* result, std::string_view what) {
  const std::string_view state = Sqlstate(result);
  std::string message =
      OneLine(result != nullptr ? PQresultErrorMessage(result) : PQerrorMessage(conn));
  std::string internal = fmt::format("postgresql {}: {} (sqlstate {})", what, message, state);
  // Class 08 is a lost connection, except 08P01, a protocol violation (a bug of ours).
  const bool lost = PQstatus(conn) != CONNECTION_OK ||
                    (state.starts_with("08") && state != "08P01") || state == "57P01" ||
                    state == "57P02" || state == "57P03";
  if (lost || state == "40001" || state == "40P01" || state == "55P03") {
    return Error{
        ErrorCode::kUnavailable,
        {"The database is unavailable; try again.", "База данных недоступна; повторите попытку."},
        {},
        std::move(internal)};
  }
  if (state == "23505") {
    return Error{ErrorCode::kConflict,
                 {"A record with this key already exists.", "Запись с таким ключом уже есть."},
                 {},
                 std::move(internal)};
  }
  return FailInternal(ErrorCode::kInternal, std::move(internal)).value();
}

class PgRow final : public Row {
 public:
  PgRow(const PGresult* result, int row) : result_(result), row_(row) {}
  bool IsNull(int column) const override { return PQgetisnull(result_, row_, column) != 0; }
  int64_t Int(int column) const override {
    const auto text = Text(column);
    int64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
  }
  double Real(int column) const override {
    const auto text = Text(column);
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
  }
  std::string_view Text(int column) const override {
    return {PQgetvalue(result_, row_, column),
            static_cast<size_t>(PQgetlength(result_, row_, column))};
  }

 private:
  const PGresult* result_;
  int row_;
};

constexpr size_t kMaxPrepared = 512;

class PgConnection final : public Connection {
 public:
  explicit PgConnection(PGconn* conn) : conn_(conn) {}
  ~PgConnection() override { PQfinish(conn_); }

  Dialect dialect() const override { return Dialect::kPostgres; }

  Status ExecuteScript(std::string_view sql) override {
    const std::string script(sql);
    const PgResult result(PQexec(conn_, script.c_str()));
    const auto status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      return tl::unexpected(PgError(conn_, result.get(), "script"));
    }
    return {};
  }

  Status Begin(TxMode mode) override {
    // Reads see one snapshot across their statements (a page and its total agree).
    auto status = ExecuteScript(
        mode == TxMode::kWrite ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (status) in_transaction_ = true;
    return status;
  }
  Status Commit() override {
    // PostgreSQL answers COMMIT of a failed transaction with a rollback and no error: refuse it
    // here so that a write is never reported as saved when it was not.
    if (PQtransactionStatus(conn_) == PQTRANS_INERROR) {
      (void)Rollback();
      return FailInternal(ErrorCode::kInternal,
                          "postgresql: commit of a transaction in which a statement failed");
    }
    in_transaction_ = false;
    return ExecuteScript("COMMIT");
  }
  Status Rollback() override {
    in_transaction_ = false;
    if (PQtransactionStatus(conn_) == PQTRANS_IDLE) return {};
    return ExecuteScript("ROLLBACK");
  }
  bool InTransaction() const override { return in_transaction_; }
  bool Healthy() const override { return PQstatus(conn_) == CONNECTION_OK; }

 private:
  Status DoQuery(std::string_view sql, std::span<const Param> params,
                 const RowCallback& on_row) override {
    auto result = Run(sql, params);
    if (!result) return tl::unexpected(result.error());
    if (on_row) {
      const int rows = PQntuples(result->get());
      for (int i = 0; i < rows; ++i) on_row(PgRow(result->get(), i));
    }
    return {};
  }

  Result<int64_t> DoExecute(std::string_view sql, std::span<const Param> params) override {
    auto result = Run(sql, params);
    if (!result) return tl::unexpected(result.error());
    const std::string_view tuples = PQcmdTuples(result->get());
    int64_t changed = 0;
    std::from_chars(tuples.data(), tuples.data() + tuples.size(), changed);
    return changed;
  }

  Result<PgResult> Run(std::string_view sql, std::span<const Param> params) {
    auto name = Prepare(sql);
    if (!name) return tl::unexpected(name.error());
    // Text-format values must be NUL-terminated: keep a copy of each for the call.
    std::vector<std::string> storage(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (size_t i = 0; i < params.size(); ++i) {
      std::visit(
          [&](const auto& value) {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, std::nullptr_t>) {
              return;
            } else if constexpr (std::is_same_v<T, std::string_view>) {
              storage[i].assign(value);
              values[i] = storage[i].c_str();
            } else {
              storage[i] = fmt::format("{}", value);
              values[i] = storage[i].c_str();
            }
          },
          params[i]);
    }
    PgResult result(PQexecPrepared(conn_, (*name)->c_str(), static_cast<int>(params.size()),
                                   values.data(), nullptr, nullptr, 0));
    const auto status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      return tl::unexpected(PgError(conn_, result.get(), "query"));
    }
    return result;
  }

  Result<const std::string*> Prepare(std::string_view sql) {
    if (auto found = prepared_.find(sql); found != prepared_.end()) return &found->second;
    if (prepared_.size() >= kMaxPrepared) {
      // Statements are built from fragments, so their number is bounded, but never trust that.
      if (auto cleared = ExecuteScript("DEALLOCATE ALL"); !cleared)
        return tl::unexpected(cleared.error());
      prepared_.clear();
    }
    std::string name = fmt::format("s{}", prepared_.size() + 1);
    const std::string text(sql);
    const PgResult result(PQprepare(conn_, name.c_str(), text.c_str(), 0, nullptr));
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
      return tl::unexpected(PgError(conn_, result.get(), "prepare"));
    }
    return &prepared_.emplace(text, std::move(name)).first->second;
  }

  PGconn* conn_;
  std::unordered_map<std::string, std::string, StringHash, std::equal_to<>> prepared_;
  bool in_transaction_ = false;
};

void IgnoreNotice(void* /*arg*/, const char* /*message*/) {}

}  // namespace

std::string RedactPostgresUrl(std::string_view url) {
  // postgresql://user:secret@host/db?password=secret -> postgresql://user:***@host/db?password=***
  std::string out(url);
  const auto scheme = out.find("://");
  const auto at = out.find('@', scheme == std::string::npos ? 0 : scheme + 3);
  if (scheme != std::string::npos && at != std::string::npos) {
    const auto colon = out.find(':', scheme + 3);
    if (colon != std::string::npos && colon < at) out.replace(colon + 1, at - colon - 1, "***");
  }
  for (auto key = out.find("password="); key != std::string::npos;
       key = out.find("password=", key + 1)) {
    const auto start = key + 9;
    const auto end = out.find('&', start);
    out.replace(start, (end == std::string::npos ? out.size() : end) - start, "***");
  }
  return out;
}

Result<std::unique_ptr<Connection>> OpenPostgres(const std::string& url) {
  std::string conninfo = url;
  if (conninfo.find("connect_timeout") == std::string::npos) {
    conninfo +=
        conninfo.find('?') == std::string::npos ? "?connect_timeout=5" : "&connect_timeout=5";
  }
  PGconn* conn = PQconnectdb(conninfo.c_str());
  if (PQstatus(conn) != CONNECTION_OK) {
    const std::string message = OneLine(conn != nullptr ? PQerrorMessage(conn) : "out of memory");
    PQfinish(conn);
    const std::string shown = RedactPostgresUrl(url);
    return Fail(ErrorCode::kUnavailable,
                {fmt::format("cannot connect to PostgreSQL at {}: {}", shown, message),
                 fmt::format("не удалось подключиться к PostgreSQL {}: {}", shown, message)});
  }
  PQsetNoticeProcessor(conn, IgnoreNotice, nullptr);
  auto connection = std::make_unique<PgConnection>(conn);
  if (auto status = connection->ExecuteScript("SET TIME ZONE 'UTC'"); !status) {
    return tl::unexpected(status.error());
  }
  return connection;
}

}  // namespace attache::db
