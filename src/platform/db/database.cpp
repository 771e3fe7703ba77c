#include "platform/db/database.hpp"

#include "platform/db/postgres.hpp"
#include "platform/db/sqlite.hpp"

namespace attache::db {
namespace {

// At a thousand commits a second of a dozen pages each, the log grows by about 5 MB between two
// checkpoints.
constexpr std::chrono::milliseconds kCheckpointInterval{100};

}  // namespace

Result<Url> ParseUrl(std::string_view url) {
  const Text usage{"use sqlite:///path/to/file.db or postgresql://user@host:port/db",
                   "используйте sqlite:///path/to/file.db или postgresql://user@host:port/db"};
  if (url.starts_with("sqlite:")) {
    std::string path(url.substr(url.starts_with("sqlite://") ? 9 : 7));
    // Each pooled session would get its own private in-memory database.
    if (path.empty() || path.find(":memory:") != std::string::npos ||
        path.find("mode=memory") != std::string::npos) {
      return Fail(ErrorCode::kBadRequest, {"the SQLite database must be a file: " + usage.en,
                                           "база SQLite должна быть файлом: " + usage.ru});
    }
    return Url{Dialect::kSqlite, std::move(path)};
  }
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return Url{Dialect::kPostgres, std::string(url)};
  }
  // The URL is not echoed: it may hold a password.
  return Fail(ErrorCode::kBadRequest, {"unsupported database URL: " + usage.en,
                                       "неизвестный адрес базы данных: " + usage.ru});
}

Database::Database(Url url, Options options) : url_(std::move(url)), options_(options) {
  description_ =
      url_.dialect == Dialect::kSqlite ? "sqlite://" + url_.target : RedactPostgresUrl(url_.target);
}

Database::~Database() = default;

Result<std::unique_ptr<Database>> Database::Open(std::string_view url, Options options) {
  auto parsed = ParseUrl(url);
  if (!parsed) return tl::unexpected(parsed.error());
  std::unique_ptr<Database> database(new Database(std::move(*parsed), options));
  auto first = database->Connect();
  if (!first) return tl::unexpected(first.error());
  database->open_ = 1;
  database->idle_.push_back(std::move(*first));
  if (database->dialect() == Dialect::kSqlite) {
    auto checkpoints = database->Connect();
    if (!checkpoints) return tl::unexpected(checkpoints.error());
    database->checkpointer_ =
        std::make_unique<Checkpointer>(std::move(*checkpoints), kCheckpointInterval);
    auto writes = database->Connect();
    if (!writes) return tl::unexpected(writes.error());
    GroupCommit::Limits limits;
    limits.wait_turn = options.busy_timeout;
    Database* const owner = database.get();
    database->writers_ = std::make_unique<GroupCommit>(
        std::move(*writes), limits, [owner](bool counted) { owner->Committed(counted); });
  }
  return database;
}

Result<std::unique_ptr<Connection>> Database::Connect() const {
  if (url_.dialect == Dialect::kSqlite) return OpenSqlite(url_.target, options_.busy_timeout);
  return OpenPostgres(url_.target);
}

Result<Database::Lease> Database::Acquire() {
  std::unique_lock lock(mutex_);
  const auto deadline = std::chrono::steady_clock::now() + options_.acquire_timeout;
  for (;;) {
    if (!idle_.empty()) {
      auto connection = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(connection));
    }
    if (open_ < options_.pool_size) {
      ++open_;
      lock.unlock();
      auto connection = Connect();
      if (!connection) {
        const std::lock_guard relock(mutex_);
        --open_;
        released_.notify_one();
        return tl::unexpected(connection.error());
      }
      return Lease(this, std::move(*connection));
    }
    if (released_.wait_until(lock, deadline) == std::cv_status::timeout) {
      return Fail(ErrorCode::kUnavailable, {"All database sessions are busy; try again.",
                                            "Все сеансы базы данных заняты; повторите попытку."});
    }
  }
}

void Database::Release(std::unique_ptr<Connection> connection) {
  if (connection->InTransaction()) (void)connection->Rollback();
  const bool keep = connection->Healthy();
  if (!keep) connection.reset();  // outside the lock: closing a socket may take a while
  const std::lock_guard lock(mutex_);
  if (keep) {
    idle_.push_back(std::move(connection));
  } else {
    --open_;
  }
  released_.notify_one();
}

Database::Lease::~Lease() {
  if (owner_ != nullptr && connection_ != nullptr) owner_->Release(std::move(connection_));
}

}  // namespace attache::db
