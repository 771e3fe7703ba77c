// Reads and writes of activities, tasks and notifications, each inside the caller's transaction.
// No validation here (see rules.hpp): these functions do what they are told.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "core/page.hpp"
#include "domains/activities/model.hpp"
#include "platform/db/connection.hpp"

namespace attache::activities {

// Newest first, with their countries and participants (and the participants' names).
Result<Page<Activity>> SelectActivities(db::Connection& conn, const Query& query);
Result<std::optional<Activity>> SelectActivity(db::Connection& conn, int64_t id);
// `search` is the folded text the list's `q` finds.
Result<int64_t> InsertActivity(db::Connection& conn, const Fields& fields, std::string_view search,
                               TimePoint at, const Actor& actor);
// False when `version` is not the current one.
Result<bool> UpdateActivity(db::Connection& conn, int64_t id, int64_t version, const Fields& fields,
                            std::string_view search, TimePoint at);

// Whether a participant names a live user, contact or organisation.
Result<bool> ParticipantExists(db::Connection& conn, const Participant& participant);
// The country of a live deal, support request (its country) or relocation case (where the
// company comes from); none when there is no such record.
Result<std::optional<std::string>> DealCountry(db::Connection& conn, int64_t id);
Result<std::optional<std::string>> RequestCountry(db::Connection& conn, int64_t id);
Result<std::optional<std::string>> RelocationCountry(db::Connection& conn, int64_t id);

Result<Page<Task>> SelectTasks(db::Connection& conn, const TaskQuery& query);
Result<std::optional<Task>> SelectTask(db::Connection& conn, int64_t id);
Result<int64_t> InsertTask(db::Connection& conn, const TaskFields& fields, TimePoint at,
                           const Actor& actor);
// False when `version` is not the current one.
Result<bool> UpdateTask(db::Connection& conn, int64_t id, int64_t version, const TaskFields& fields,
                        TimePoint at);

// The notifications of a user: its open tasks and the open requests assigned to it (for a
// company user, `company_id`: its company's requests waiting on it), overdue before `today` /
// `now`, due soon up to `soon_day` / `soon_at`.
Result<Notifications> SelectNotifications(db::Connection& conn, int64_t user_id,
                                          std::optional<int64_t> company_id, Date today,
                                          Date soon_day, std::string_view now,
                                          std::string_view soon_at);

}  // namespace attache::activities
