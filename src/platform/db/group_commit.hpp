// SQLite writes of one instance, committed in groups. Writers take turns (WriteQueue) on one
// session kept for writing; each runs inside a savepoint of a transaction that stays open while
// others wait in line, and the last of the group (or the one that finds the group full or old)
// commits for all. A write is acknowledged only after the commit that holds it is on disk, as
// before; what changes is that one fsync carries a group of writes instead of one, and the
// session's page cache stays warm from one write to the next. A writer whose own work fails rolls
// back to its savepoint: the others' work stays. If the commit fails, or SQLite rolls back the
// whole transaction (disk full, I/O error), every writer of the group gets the error and nothing
// of the group is written. Thread-safe.
#pragma once

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <utility>

#include "platform/db/connection.hpp"
#include "platform/db/write_queue.hpp"

namespace attache::db {

class GroupCommit {
 public:
  struct Limits {
    size_t writes = 16;                         // a group commits at this many kept writes,
    std::chrono::microseconds age{5000};        // or once it is this old,
    std::chrono::milliseconds wait_turn{5000};  // a writer waits this long for its turn.
  };
  // `committed(counted)` runs after each successful commit, before its writers return; `counted`
  // is true when any of them asked to be counted (Database::commits()).
  GroupCommit(std::unique_ptr<Connection> session, Limits limits,
              std::function<void(bool counted)> committed);
  ~GroupCommit();
  GroupCommit(const GroupCommit&) = delete;
  GroupCommit& operator=(const GroupCommit&) = delete;

  // One writer's part of a group, from its turn to its outcome.
  class Member {
   public:
    Member(Member&& other) noexcept
        : owner_(std::exchange(other.owner_, nullptr)),
          turn_(std::move(other.turn_)),
          finished_(other.finished_) {}
    Member& operator=(Member&&) = delete;
    Member(const Member&) = delete;
    Member& operator=(const Member&) = delete;
    ~Member();  // a member that never finished leaves as if its work failed
    Connection& connection() const { return *owner_->session_; }

   private:
    friend class GroupCommit;
    Member(GroupCommit* owner, WriteQueue::Turn turn) : owner_(owner), turn_(std::move(turn)) {}
    GroupCommit* owner_;
    WriteQueue::Turn turn_;
    bool finished_ = false;
  };

  // Waits for the caller's turn and opens its savepoint; kUnavailable if the turn did not come.
  Result<Member> Join();
  // Ends the member's work: kept (`keep`) or undone. Returns once the work is committed (or,
  // when not kept, at once); an error if the group's commit failed.
  Status Finish(Member& member, bool keep, bool counted);

  // How many writers wait for their turn (for tests).
  size_t waiting() const { return queue_.waiting(); }
  // How many groups committed (for tests).
  uint64_t groups() const { return groups_.load(std::memory_order_acquire); }

 private:
  struct Group;
  Status Abandon(const Error& error);
  Status CommitGroup();

  const std::unique_ptr<Connection> session_;
  const Limits limits_;
  const std::function<void(bool)> committed_;
  WriteQueue queue_;
  // The open group; read and written only by the writer holding the turn.
  std::shared_ptr<Group> group_;
  std::atomic<uint64_t> groups_{0};
};

}  // namespace attache::db
