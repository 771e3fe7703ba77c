#include "platform/db/group_commit.hpp"

#include <condition_variable>
#include <mutex>

namespace attache::db {

struct GroupCommit::Group {
  std::chrono::steady_clock::time_point opened;
  size_t kept = 0;       // writes kept so far
  bool counted = false;  // any of them counted
  std::mutex mutex;
  std::condition_variable finished;
  bool done = false;  // under `mutex`, with `outcome`
  Status outcome;
};

GroupCommit::GroupCommit(std::unique_ptr<Connection> session, Limits limits,
                         std::function<void(bool counted)> committed)
    : session_(std::move(session)), limits_(limits), committed_(std::move(committed)) {}

GroupCommit::~GroupCommit() = default;

GroupCommit::Member::~Member() {
  if (owner_ != nullptr && !finished_) (void)owner_->Finish(*this, false, false);
}

Result<GroupCommit::Member> GroupCommit::Join() {
  if (!queue_.Wait(std::chrono::steady_clock::now() + limits_.wait_turn)) {
    return Fail(ErrorCode::kUnavailable,
                {"The database is busy; try again.", "База данных занята; повторите попытку."});
  }
  Member member(this, WriteQueue::Turn(&queue_));
  if (!group_) {
    if (auto begun = session_->Begin(TxMode::kWrite); !begun) {
      member.finished_ = true;
      return tl::unexpected(begun.error());
    }
    group_ = std::make_shared<Group>();
    group_->opened = std::chrono::steady_clock::now();
  }
  if (auto saved = session_->ExecuteScript("SAVEPOINT member"); !saved) {
    member.finished_ = true;
    return tl::unexpected(Abandon(saved.error()).error());
  }
  return member;
}

Status GroupCommit::Finish(Member& member, bool keep, bool counted) {
  member.finished_ = true;
  if (!session_->InTransaction()) {
    // SQLite rolls the whole transaction back on some errors (a full disk, an I/O error).
    return Abandon(
        FailInternal(ErrorCode::kUnavailable, "SQLite rolled the write transaction back").value());
  }
  auto ended =
      session_->ExecuteScript(keep ? "RELEASE member" : "ROLLBACK TO member; RELEASE member");
  if (!ended) return Abandon(ended.error());
  const std::shared_ptr<Group> group = group_;
  if (keep) {
    ++group->kept;
    group->counted = group->counted || counted;
  }
  const bool full = group->kept >= limits_.writes ||
                    std::chrono::steady_clock::now() - group->opened >= limits_.age;
  if (!full && member.turn_.PassIfWaiting()) {
    // The next writer adds to the group; the last one commits it.
    if (!keep) return {};
    std::unique_lock lock(group->mutex);
    group->finished.wait(lock, [&] { return group->done; });
    return group->outcome;
  }
  Status committed = CommitGroup();
  member.turn_.Pass();
  if (!keep) return {};
  return committed;
}

Status GroupCommit::CommitGroup() {
  const std::shared_ptr<Group> group = std::exchange(group_, nullptr);
  Status outcome = session_->Commit();
  if (outcome) {
    groups_.fetch_add(1, std::memory_order_acq_rel);
    if (committed_) committed_(group->counted);
  } else {
    (void)session_->Rollback();
  }
  {
    const std::lock_guard lock(group->mutex);
    group->done = true;
    group->outcome = outcome;
  }
  group->finished.notify_all();
  return outcome;
}

Status GroupCommit::Abandon(const Error& error) {
  (void)session_->Rollback();
  if (const std::shared_ptr<Group> group = std::exchange(group_, nullptr)) {
    const Error lost{ErrorCode::kUnavailable,
                     {"The change could not be saved; try again.",
                      "Изменение не удалось сохранить; повторите попытку."},
                     {},
                     "a write of the same group failed: " + error.internal};
    {
      const std::lock_guard lock(group->mutex);
      group->done = true;
      group->outcome = tl::unexpected(lost);
    }
    group->finished.notify_all();
  }
  return tl::unexpected(error);
}

}  // namespace attache::db
