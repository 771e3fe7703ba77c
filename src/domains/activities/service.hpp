// The use cases of activities and tasks: recording what staff did (in which countries, with whom,
// about what), following it up with tasks, and each user's notifications (assigned to me,
// overdue, due soon). Scoping: attachés record and read the activities of their countries, HQ all
// of them, viewers read; a task is read by its assignee and by staff of its country. One
// transaction per write with its audit entry; updates name the version they change. Thread-safe.
#pragma once

#include <functional>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "core/page.hpp"
#include "domains/access/model.hpp"
#include "domains/activities/model.hpp"
#include "domains/activities/rules.hpp"
#include "platform/db/database.hpp"

namespace attache::activities {

using Change = std::function<Result<Fields>(const Fields& current)>;
using TaskChange = std::function<Result<TaskFields>(const TaskFields& current)>;

class Service {
 public:
  Service(db::Database& database, Clock clock) : database_(database), clock_(std::move(clock)) {}

  // Newest first; only activities concerning a country `by` may read.
  Result<Page<Activity>> List(Query query, const access::Principal& by);
  Result<Activity> Get(int64_t id, const access::Principal& by);
  // Every country must be one `by` may record for; participants must exist; the deal, request or
  // relocation case must exist and concern one of the countries.
  Result<Activity> Create(Fields fields, const access::Principal& by, const Actor& actor);
  Result<Activity> Update(int64_t id, int64_t version, const Change& change,
                          const access::Principal& by, const Actor& actor);

  // Tasks `by` may read: all for HQ; for an attaché its own and those of its countries.
  Result<Page<Task>> Tasks(TaskQuery query, const access::Principal& by);
  // A task for an active user of the service (not a company user); of an activity `by` may change
  // (its country by default).
  // One task `by` may read (its assignee, HQ, staff of its country); 404 otherwise.
  Result<Task> GetTask(int64_t id, const access::Principal& by);
  Result<Task> CreateTask(TaskFields fields, const access::Principal& by, const Actor& actor);
  // The assignee, its creator or staff of its country change it (done, due date, assignee).
  Result<Task> UpdateTask(int64_t id, int64_t version, const TaskChange& change,
                          const access::Principal& by, const Actor& actor);

  // The caller's notifications.
  Result<Notifications> Notify(const access::Principal& by);

 private:
  db::Database& database_;
  Clock clock_;
};

}  // namespace attache::activities
