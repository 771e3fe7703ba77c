// The database of an instance: a URL, a pool of sessions, and transactions around plain
// functions. Thread-safe. Every write runs in one transaction (on SQLite, a savepoint of a group
// committed together: group_commit.hpp): it commits only when the function succeeds, so a rejected
// request changes nothing, and it returns only once committed.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <type_traits>
#include <vector>

#include "platform/db/checkpointer.hpp"
#include "platform/db/connection.hpp"
#include "platform/db/group_commit.hpp"

namespace attache::db {

struct Options {
  int pool_size = 8;
  std::chrono::milliseconds acquire_timeout{5000};
  std::chrono::milliseconds busy_timeout{5000};
};

// A parsed `sqlite:///path/file.db` or `postgresql://user@host:port/db`.
struct Url {
  Dialect dialect = Dialect::kSqlite;
  std::string target;  // the file path, or the libpq URI
};
Result<Url> ParseUrl(std::string_view url);

class Database {
 public:
  // Opens the first session right away, so a bad URL fails here and not on the first request.
  static Result<std::unique_ptr<Database>> Open(std::string_view url, Options options = {});
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Dialect dialect() const { return url_.dialect; }
  // The URL with any password hidden.
  const std::string& description() const { return description_; }
  // Counts the commits of this instance's writes (SQLite writers committed together count once);
  // caches compare it to stay fresh.
  uint64_t commits() const { return commits_.load(std::memory_order_acquire); }

  // A session borrowed from the pool; returned (or dropped, if broken) on destruction.
  class Lease {
   public:
    Lease(Database* owner, std::unique_ptr<Connection> connection)
        : owner_(owner), connection_(std::move(connection)) {}
    Lease(Lease&& other) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    ~Lease();
    Connection& operator*() const { return *connection_; }
    Connection* operator->() const { return connection_.get(); }

   private:
    Database* owner_;
    std::unique_ptr<Connection> connection_;
  };

  // Waits up to `acquire_timeout` for a free session; kUnavailable after that.
  Result<Lease> Acquire();

  // Runs `fn(Connection&)` -> Result<T> or Status in a transaction; commits if it succeeded.
  template <class F>
  auto Read(F&& fn) -> std::invoke_result_t<F&, Connection&> {
    return Transact(TxMode::kRead, fn);
  }
  template <class F>
  auto Write(F&& fn) -> std::invoke_result_t<F&, Connection&> {
    return Transact(TxMode::kWrite, fn);
  }
  // A write transaction that `fn(Connection&, bool& keep)` may decide to discard: it commits only
  // when `keep` is true on success. A dry run does all the work of a real one and keeps none.
  template <class F>
  auto WriteOrDiscard(F&& fn) -> std::invoke_result_t<F&, Connection&, bool&> {
    bool keep = true;
    auto run = [&](Connection& conn) { return fn(conn, keep); };
    using R = std::invoke_result_t<F&, Connection&, bool&>;
    if (writers_) return InGroup(run, keep, true);
    auto lease = Acquire();
    if (!lease) return R(tl::unexpect, lease.error());
    if (auto begun = (*lease)->Begin(TxMode::kWrite); !begun) return R(tl::unexpect, begun.error());
    R result = run(**lease);
    if (!result || !keep) {
      if (auto rolled_back = (*lease)->Rollback(); !rolled_back && result) {
        return R(tl::unexpect, rolled_back.error());
      }
      return result;
    }
    if (auto committed = (*lease)->Commit(); !committed) {
      (void)(*lease)->Rollback();
      return R(tl::unexpect, committed.error());
    }
    Committed(true);
    return result;
  }
  // A write no cached answer depends on (when a session was last seen): commits() stays.
  template <class F>
  auto WriteBookkeeping(F&& fn) -> std::invoke_result_t<F&, Connection&> {
    return Transact(TxMode::kWrite, fn, false);
  }

 private:
  Database(Url url, Options options);
  Result<std::unique_ptr<Connection>> Connect() const;
  void Release(std::unique_ptr<Connection> connection);
  void Committed(bool counted) {
    if (counted) commits_.fetch_add(1, std::memory_order_acq_rel);
    if (checkpointer_) checkpointer_->Committed();
  }

  // A SQLite write: its turn among this instance's writers, its savepoint in the open group, and
  // its return once the group is committed. A rejected `fn` (or `keep` false) undoes its own work.
  template <class F>
  auto InGroup(F& fn, const bool& keep, bool counted) -> std::invoke_result_t<F&, Connection&> {
    using R = std::invoke_result_t<F&, Connection&>;
    auto member = writers_->Join();
    if (!member) return R(tl::unexpect, member.error());
    R result = fn(member->connection());
    auto finished = writers_->Finish(*member, result.has_value() && keep, counted);
    if (result && !finished) return R(tl::unexpect, finished.error());
    return result;
  }

  template <class F>
  auto Transact(TxMode mode, F& fn, bool counted = true) -> std::invoke_result_t<F&, Connection&> {
    using R = std::invoke_result_t<F&, Connection&>;
    if (mode == TxMode::kWrite && writers_) {
      static constexpr bool kKeep = true;
      return InGroup(fn, kKeep, counted);
    }
    auto lease = Acquire();
    if (!lease) return R(tl::unexpect, lease.error());
    if (auto begun = (*lease)->Begin(mode); !begun) return R(tl::unexpect, begun.error());
    R result = fn(**lease);
    if (!result) {
      (void)(*lease)->Rollback();
      return result;
    }
    if (auto committed = (*lease)->Commit(); !committed) {
      (void)(*lease)->Rollback();
      return R(tl::unexpect, committed.error());
    }
    if (mode == TxMode::kWrite) Committed(counted);
    return result;
  }

  const Url url_;
  const Options options_;
  std::string description_;
  std::atomic<uint64_t> commits_{0};
  // SQLite only: its writers, on a session of their own, and the log's checkpoints.
  std::unique_ptr<GroupCommit> writers_;
  std::unique_ptr<Checkpointer> checkpointer_;

  std::mutex mutex_;
  std::condition_variable released_;
  std::vector<std::unique_ptr<Connection>> idle_;
  int open_ = 0;  // sessions lent out or idle
};

}  // namespace attache::db
