// Activities and follow-up tasks: the meetings, calls, visits, e-mails and events of the
// service's staff — in which countries, with whom, about which deal, request or relocation case —
// and what someone has to do after them by a day. Plain values, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/enum_names.hpp"
#include "core/time.hpp"
#include "core/user_ref.hpp"

namespace attache::activities {

enum class Kind { kMeeting, kCall, kVisit, kEmail, kEvent };
inline constexpr std::pair<std::string_view, Kind> kKindNames[] = {
    {"meeting", Kind::kMeeting}, {"call", Kind::kCall},   {"visit", Kind::kVisit},
    {"email", Kind::kEmail},     {"event", Kind::kEvent},
};
inline std::string_view ToString(Kind kind) { return EnumName(kKindNames, kind); }

enum class ParticipantKind { kUser, kContact, kOrganisation };
inline constexpr std::pair<std::string_view, ParticipantKind> kParticipantKindNames[] = {
    {"user", ParticipantKind::kUser},
    {"contact", ParticipantKind::kContact},
    {"organisation", ParticipantKind::kOrganisation},
};
inline std::string_view ToString(ParticipantKind kind) {
  return EnumName(kParticipantKindNames, kind);
}

struct Participant {
  ParticipantKind kind = ParticipantKind::kUser;
  int64_t id = 0;
  std::string name_ru;  // as shown: a user's display name is in both
  std::string name_en;

  friend bool operator<(const Participant& a, const Participant& b) {
    return std::pair(a.kind, a.id) < std::pair(b.kind, b.id);
  }
  friend bool operator==(const Participant& a, const Participant& b) {
    return a.kind == b.kind && a.id == b.id;
  }
};

// What a client sets on an activity.
struct Fields {
  Kind kind = Kind::kMeeting;
  Date occurred_on;
  std::string subject;
  std::string notes;
  std::vector<std::string> countries;     // ISO 3166-1 alpha-2, sorted, at least one
  std::vector<Participant> participants;  // kind and id; sorted
  std::optional<int64_t> deal_id;
  std::optional<int64_t> request_id;
  std::optional<int64_t> relocation_id;
};

struct Activity {
  int64_t id = 0;
  Fields fields;
  std::optional<UserRef> created_by;
  int64_t open_tasks = 0;
  int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

struct Query {
  std::optional<std::string> text;
  std::vector<std::string> countries;
  std::vector<Kind> kinds;
  std::optional<int64_t> deal_id;
  std::optional<int64_t> request_id;
  std::optional<int64_t> relocation_id;
  std::optional<int64_t> organisation_id;  // a participant
  std::optional<int64_t> user_id;          // a participant
  std::optional<int64_t> contact_id;       // a participant
  std::optional<Date> from;
  std::optional<Date> to;
  // An attaché's countries: activities concerning any of them.
  std::optional<std::vector<std::string>> only_countries;
  std::optional<int64_t> only_organisation_id;  // set only to see nothing
  int limit = 50;
  int64_t offset = 0;

  bool operator==(const Query&) const = default;
};

// What someone has to do by a day.
struct TaskFields {
  std::string title;
  Date due_on;
  int64_t assignee_id = 0;
  std::optional<int64_t> activity_id;
  std::optional<std::string> country;  // the activity's first country unless given
  bool done = false;
};

struct Task {
  int64_t id = 0;
  TaskFields fields;
  UserRef assignee;
  std::optional<std::string> activity_subject;
  std::optional<std::string> done_at;
  std::optional<UserRef> created_by;
  int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

struct TaskQuery {
  std::optional<int64_t> assignee_id;
  std::optional<int64_t> activity_id;
  std::optional<bool> done;
  std::vector<std::string> countries;  // any of them
  std::optional<Date> due_from;        // due on or after
  std::optional<Date> due_to;          // due on or before
  // An attaché's scope: tasks assigned to it or of its countries.
  std::optional<int64_t> scope_user_id;
  int limit = 50;
  int64_t offset = 0;
};

// One line of a user's notifications: a task or a support request that needs them.
struct Notice {
  std::string kind;  // "task" or "request"
  int64_t id = 0;
  std::string title;
  std::string due;  // a date (tasks) or a timestamp (requests)
  std::optional<std::string> country;
};

// A user's notifications: open work assigned to them, what is overdue, what is due soon.
struct Notifications {
  std::vector<Notice> assigned;
  std::vector<Notice> overdue;
  std::vector<Notice> due_soon;
};

}  // namespace attache::activities
