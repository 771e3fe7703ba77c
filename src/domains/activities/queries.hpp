// The SQL of activities, tasks and notifications; the same text runs on SQLite and PostgreSQL.
#pragma once

#include <string_view>

namespace attache::activities {

// ---- activities

inline constexpr std::string_view kSelect = R"~(
SELECT a.id, a.kind, a.occurred_on, a.subject, a.notes, a.deal_id, a.request_id,
       a.relocation_id, a.created_by, u.display_name, a.version, a.created_at, a.updated_at,
       (SELECT COUNT(*) FROM tasks t WHERE t.activity_id = a.id AND t.is_open = 1
          AND t.archived_at IS NULL)
FROM activities a LEFT JOIN users u ON u.id = a.created_by
WHERE a.archived_at IS NULL)~";
inline constexpr std::string_view kById = " AND a.id = $1";
inline constexpr std::string_view kCount =
    "SELECT COUNT(*) FROM activities a WHERE a.archived_at IS NULL";
// A country's timeline reads its index of (country, date).
inline constexpr std::string_view kCountryFilterOpen =
    " AND a.id IN (SELECT ac.activity_id FROM activity_countries ac WHERE 1 = 1";
inline constexpr std::string_view kCountryColumn = "ac.country";
// One country's timeline, filtered by dates at most, is counted and paged in that index alone:
// activities are never archived, so every row of it is live.
inline constexpr std::string_view kCountInCountry =
    "SELECT COUNT(*) FROM activity_countries ac WHERE 1 = 1";
inline constexpr std::string_view kInCountry = " AND ac.country = ${}";
inline constexpr std::string_view kFromInCountry = " AND ac.occurred_on >= ${}";
inline constexpr std::string_view kToInCountry = " AND ac.occurred_on <= ${}";
inline constexpr std::string_view kOrderInCountry =
    " ORDER BY ac.occurred_on DESC, ac.activity_id DESC";
inline constexpr std::string_view kCountryFilterClose = ")";
inline constexpr std::string_view kTextFilter = " AND a.search_text LIKE ${} ESCAPE '\\'";
inline constexpr std::string_view kKindColumn = "a.kind";
inline constexpr std::string_view kDealFilter = " AND a.deal_id = ${}";
inline constexpr std::string_view kRequestFilter = " AND a.request_id = ${}";
inline constexpr std::string_view kRelocationFilter = " AND a.relocation_id = ${}";
inline constexpr std::string_view kOrganisationFilter =
    " AND a.id IN (SELECT p.activity_id FROM activity_participants p "
    "WHERE p.kind = 'organisation' AND p.ref_id = ${})";
inline constexpr std::string_view kUserFilter =
    " AND a.id IN (SELECT p.activity_id FROM activity_participants p "
    "WHERE p.kind = 'user' AND p.ref_id = ${})";
inline constexpr std::string_view kContactFilter =
    " AND a.id IN (SELECT p.activity_id FROM activity_participants p "
    "WHERE p.kind = 'contact' AND p.ref_id = ${})";
inline constexpr std::string_view kFromFilter = " AND a.occurred_on >= ${}";
inline constexpr std::string_view kToFilter = " AND a.occurred_on <= ${}";
inline constexpr std::string_view kNothing = " AND 1 = 0";
inline constexpr std::string_view kOrder = " ORDER BY a.occurred_on DESC, a.id DESC";

inline constexpr std::string_view kSelectCountries =
    "SELECT activity_id, country FROM activity_countries WHERE 1 = 1";
inline constexpr std::string_view kActivityColumn = "activity_id";
inline constexpr std::string_view kCountryOrder = " ORDER BY activity_id, country";
// Participants with the names they are shown by.
inline constexpr std::string_view kSelectParticipants = R"~(
SELECT p.activity_id, p.kind, p.ref_id, u.display_name, c.name_ru, c.name_en, o.name_ru,
       o.name_en
FROM activity_participants p
LEFT JOIN users u ON p.kind = 'user' AND u.id = p.ref_id
LEFT JOIN contacts c ON p.kind = 'contact' AND c.id = p.ref_id
LEFT JOIN organisations o ON p.kind = 'organisation' AND o.id = p.ref_id
WHERE 1 = 1)~";
inline constexpr std::string_view kParticipantActivityColumn = "p.activity_id";
// The order of Participant: users, contacts, organisations.
inline constexpr std::string_view kParticipantOrder =
    " ORDER BY p.activity_id, CASE p.kind WHEN 'user' THEN 0 WHEN 'contact' THEN 1 ELSE 2 END, "
    "p.ref_id";

inline constexpr std::string_view kUserExists =
    "SELECT COUNT(*) FROM users WHERE id = $1 AND archived_at IS NULL";
inline constexpr std::string_view kContactExists =
    "SELECT COUNT(*) FROM contacts WHERE id = $1 AND archived_at IS NULL";
inline constexpr std::string_view kOrganisationExists =
    "SELECT COUNT(*) FROM organisations WHERE id = $1 AND archived_at IS NULL";
// The country of what an activity is about.
inline constexpr std::string_view kDealCountry =
    "SELECT country FROM deals WHERE id = $1 AND archived_at IS NULL";
inline constexpr std::string_view kRequestCountry =
    "SELECT country FROM support_requests WHERE id = $1 AND archived_at IS NULL";
inline constexpr std::string_view kRelocationCountry =
    "SELECT from_country FROM relocation_cases WHERE id = $1 AND archived_at IS NULL";

inline constexpr std::string_view kInsert = R"~(
INSERT INTO activities (kind, occurred_on, subject, notes, deal_id, request_id, relocation_id,
                        search_text, created_at, updated_at, created_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $10)
RETURNING id)~";
inline constexpr std::string_view kUpdate = R"~(
UPDATE activities
   SET kind = $1, occurred_on = $2, subject = $3, notes = $4, deal_id = $5, request_id = $6,
       relocation_id = $7, search_text = $8, updated_at = $9, version = version + 1
 WHERE id = $10 AND version = $11 AND archived_at IS NULL)~";
inline constexpr std::string_view kDeleteCountries =
    "DELETE FROM activity_countries WHERE activity_id = $1";
inline constexpr std::string_view kInsertCountry =
    "INSERT INTO activity_countries (activity_id, country, occurred_on) VALUES ($1, $2, $3)";
inline constexpr std::string_view kDeleteParticipants =
    "DELETE FROM activity_participants WHERE activity_id = $1";
inline constexpr std::string_view kInsertParticipant =
    "INSERT INTO activity_participants (activity_id, kind, ref_id) VALUES ($1, $2, $3)";

// ---- tasks

inline constexpr std::string_view kSelectTasks = R"~(
SELECT t.id, t.activity_id, a.subject, t.title, t.due_on, t.assignee_id, u.display_name,
       t.country, t.done_at, t.created_by, c.display_name, t.version, t.created_at, t.updated_at
FROM tasks t
JOIN users u ON u.id = t.assignee_id
LEFT JOIN activities a ON a.id = t.activity_id
LEFT JOIN users c ON c.id = t.created_by
WHERE t.archived_at IS NULL)~";
inline constexpr std::string_view kCountTasks =
    "SELECT COUNT(*) FROM tasks t WHERE t.archived_at IS NULL";
inline constexpr std::string_view kTaskById = " AND t.id = ${}";
inline constexpr std::string_view kTaskAssignee = " AND t.assignee_id = ${}";
inline constexpr std::string_view kTaskActivity = " AND t.activity_id = ${}";
inline constexpr std::string_view kTaskDueFrom = " AND t.due_on >= ${}";
inline constexpr std::string_view kTaskDueTo = " AND t.due_on <= ${}";
inline constexpr std::string_view kTaskOpen = " AND t.is_open = 1";
inline constexpr std::string_view kTaskDone = " AND t.is_open = 0";
inline constexpr std::string_view kTaskScope =
    " AND (t.assignee_id = ${} OR t.country IN (SELECT uc.country FROM user_countries uc "
    "WHERE uc.user_id = ${}))";
inline constexpr std::string_view kTaskOrder = " ORDER BY t.is_open DESC, t.due_on, t.id";

inline constexpr std::string_view kInsertTask = R"~(
INSERT INTO tasks (activity_id, title, due_on, assignee_id, country, done_at, is_open,
                   created_at, updated_at, created_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9)
RETURNING id)~";
inline constexpr std::string_view kUpdateTask = R"~(
UPDATE tasks
   SET title = $1, due_on = $2, assignee_id = $3, country = $4,
       done_at = CASE WHEN $5 = 0 THEN NULL ELSE COALESCE(done_at, $6) END, is_open = 1 - $5,
       updated_at = $6, version = version + 1
 WHERE id = $7 AND version = $8 AND archived_at IS NULL)~";

// ---- notifications: a user's open tasks and open support requests, by due date

inline constexpr std::string_view kOpenTasks = R"~(
SELECT id, title, due_on, country FROM tasks
WHERE assignee_id = $1 AND is_open = 1 AND archived_at IS NULL)~";
inline constexpr std::string_view kAssignedRequests = R"~(
SELECT id, subject, due_at, country FROM support_requests
WHERE assignee_id = $1 AND is_open = 1 AND archived_at IS NULL)~";
// A company user's: its requests waiting on it.
inline constexpr std::string_view kWaitingRequests = R"~(
SELECT id, subject, due_at, country FROM support_requests
WHERE organisation_id = $1 AND status = 'waiting_on_company' AND archived_at IS NULL)~";
inline constexpr std::string_view kTaskDueBefore = " AND due_on < $2 ORDER BY due_on, id LIMIT $3";
inline constexpr std::string_view kTaskDueBetween =
    " AND due_on >= $2 AND due_on <= $3 ORDER BY due_on, id LIMIT $4";
inline constexpr std::string_view kTaskAll = " ORDER BY due_on, id LIMIT $2";
inline constexpr std::string_view kRequestDueBefore =
    " AND due_at < $2 ORDER BY due_at, id LIMIT $3";
inline constexpr std::string_view kRequestDueBetween =
    " AND due_at >= $2 AND due_at <= $3 ORDER BY due_at, id LIMIT $4";
inline constexpr std::string_view kRequestAll = " ORDER BY due_at, id LIMIT $2";

}  // namespace attache::activities
