// The SQL of export deals; the same text runs on SQLite and PostgreSQL. List queries are
// assembled from these fragments only.
#pragma once

#include <string_view>

#include "platform/db/sql_builder.hpp"

namespace attache::deals {

// ---- stages

inline constexpr std::string_view kSelectStages = R"~(
SELECT code, name_ru, name_en, probability, version FROM deal_stages
WHERE archived_at IS NULL ORDER BY position)~";
inline constexpr std::string_view kUpdateStage = R"~(
UPDATE deal_stages SET probability = $1, updated_at = $2, version = version + 1
 WHERE code = $3 AND version = $4)~";

// ---- deals

inline constexpr std::string_view kSelect = R"~(
SELECT d.id, d.organisation_id, d.country, d.counterparty_id, d.category, d.title, d.description,
       d.value_minor, d.currency, d.expected_close_date, d.owner_id, ow.display_name, d.stage,
       s.probability, d.stage_changed_at, d.contract_number, d.contract_date, d.close_reason,
       d.lost_to, d.closed_at, d.win_confirmed_at, d.win_confirmed_by, wu.display_name,
       d.win_value_minor, d.win_currency, d.win_helped, d.win_how, d.version, d.created_at,
       d.updated_at, o.name_ru, o.name_en, o.country, cp.name_ru, cp.name_en, cp.country
FROM deals d
JOIN organisations o ON o.id = d.organisation_id
JOIN deal_stages s ON s.code = d.stage
LEFT JOIN organisations cp ON cp.id = d.counterparty_id
LEFT JOIN users ow ON ow.id = d.owner_id
LEFT JOIN users wu ON wu.id = d.win_confirmed_by
WHERE d.archived_at IS NULL)~";
inline constexpr std::string_view kById = " AND d.id = $1";
// Counted in the narrow covering indexes of live deals (deals_totals, deals_country_totals) when
// the filters are countries, stages or open.
inline constexpr std::string_view kCount =
    "SELECT COUNT(*) FROM deals d WHERE d.archived_at IS NULL";

inline constexpr std::string_view kTextFilter = " AND d.search_text LIKE ${} ESCAPE '\\'";
inline constexpr std::string_view kCountryColumn = "d.country";
inline constexpr std::string_view kStageColumn = "d.stage";
inline constexpr std::string_view kOpenFilter = " AND d.is_open = 1";
inline constexpr std::string_view kCategoryColumn = "d.category";
inline constexpr std::string_view kOwnerFilter = " AND d.owner_id = ${}";
inline constexpr std::string_view kOrganisationFilter = " AND d.organisation_id = ${}";
inline constexpr std::string_view kWonFilter =
    " AND d.stage IN ('signed', 'in_implementation', 'completed')";
inline constexpr std::string_view kConfirmedFilter = " AND d.win_confirmed_at IS NOT NULL";
inline constexpr std::string_view kUnconfirmedFilter = " AND d.win_confirmed_at IS NULL";

inline constexpr db::SqlBuilder::SortColumn kOrder[] = {
    {"created_at", "d.created_at"},
    {"updated_at", "d.updated_at"},
    {"stage_changed_at", "d.stage_changed_at"},
    {"expected_close_date", "(d.expected_close_date IS NULL), d.expected_close_date"},
};
inline constexpr std::string_view kTiebreak = "d.id";

inline constexpr std::string_view kInsert = R"~(
INSERT INTO deals (organisation_id, country, counterparty_id, category, title, description,
                   value_minor, currency, expected_close_date, owner_id, stage, is_open,
                   stage_changed_at, contract_number, contract_date, search_text, created_at,
                   updated_at, created_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 1, $12, $13, $14, $15, $12, $12, $16)
RETURNING id)~";

inline constexpr std::string_view kUpdate = R"~(
UPDATE deals
   SET country = $1, counterparty_id = $2, category = $3, title = $4, description = $5,
       value_minor = $6, currency = $7, expected_close_date = $8, owner_id = $9,
       contract_number = $10, contract_date = $11, search_text = $12, updated_at = $13,
       version = version + 1
 WHERE id = $14 AND version = $15 AND is_open = 1)~";

inline constexpr std::string_view kMove = R"~(
UPDATE deals
   SET stage = $1, is_open = $2, close_reason = $3, lost_to = $4, stage_changed_at = $5,
       closed_at = CASE WHEN $2 = 1 THEN NULL ELSE $5 END, updated_at = $5,
       version = version + 1
 WHERE id = $6 AND version = $7)~";

inline constexpr std::string_view kConfirmWin = R"~(
UPDATE deals
   SET win_confirmed_at = $1, win_confirmed_by = $2, win_value_minor = $3, win_currency = $4,
       win_helped = $5, win_how = $6, updated_at = $1, version = version + 1
 WHERE id = $7 AND version = $8)~";

inline constexpr std::string_view kInsertStageChange = R"~(
INSERT INTO deal_stage_changes (deal_id, from_stage, to_stage, reason, created_at, created_by)
VALUES ($1, $2, $3, $4, $5, $6))~";
inline constexpr std::string_view kSelectStageChanges = R"~(
SELECT c.from_stage, c.to_stage, c.reason, c.created_by, u.display_name, c.created_at
FROM deal_stage_changes c LEFT JOIN users u ON u.id = c.created_by
WHERE c.deal_id = $1 ORDER BY c.id)~";

// ---- links

inline constexpr std::string_view kSelectSolutionLinks = R"~(
SELECT l.deal_id, s.id, s.name_ru, s.name_en
FROM deal_solutions l JOIN solutions s ON s.id = l.solution_id
WHERE 1 = 1)~";
inline constexpr std::string_view kSelectRequestLinks = R"~(
SELECT l.deal_id, r.id, r.subject, r.status
FROM deal_requests l JOIN support_requests r ON r.id = l.request_id
WHERE 1 = 1)~";
inline constexpr std::string_view kLinkOrder = " ORDER BY l.deal_id, 2";
inline constexpr std::string_view kDealColumn = "l.deal_id";

inline constexpr std::string_view kDeleteSolutionLinks =
    "DELETE FROM deal_solutions WHERE deal_id = $1";
inline constexpr std::string_view kInsertSolutionLink =
    "INSERT INTO deal_solutions (deal_id, solution_id) VALUES ($1, $2)";
inline constexpr std::string_view kDeleteRequestLinks =
    "DELETE FROM deal_requests WHERE deal_id = $1";
inline constexpr std::string_view kInsertRequestLink =
    "INSERT INTO deal_requests (deal_id, request_id) VALUES ($1, $2)";

// The live solutions among the ids, with their company.
inline constexpr std::string_view kSolutionOwners =
    "SELECT id, organisation_id FROM solutions WHERE archived_at IS NULL";
inline constexpr std::string_view kRequestOwners =
    "SELECT id, organisation_id FROM support_requests WHERE archived_at IS NULL";
inline constexpr std::string_view kIdColumn = "id";

// ---- milestones

inline constexpr std::string_view kSelectMilestones = R"~(
SELECT id, deal_id, kind, title, due_on, done_on, amount_minor, currency, version, created_at,
       updated_at
FROM deal_milestones WHERE deal_id = $1 AND archived_at IS NULL)~";
inline constexpr std::string_view kMilestoneById = " AND id = $2";
inline constexpr std::string_view kMilestoneOrder = " ORDER BY COALESCE(done_on, due_on), id";

inline constexpr std::string_view kInsertMilestone = R"~(
INSERT INTO deal_milestones (deal_id, kind, title, due_on, done_on, amount_minor, currency,
                             created_at, updated_at, created_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9)
RETURNING id)~";
inline constexpr std::string_view kUpdateMilestone = R"~(
UPDATE deal_milestones
   SET kind = $1, title = $2, due_on = $3, done_on = $4, amount_minor = $5, currency = $6,
       updated_at = $7, version = version + 1
 WHERE id = $8 AND deal_id = $9 AND version = $10 AND archived_at IS NULL)~";
inline constexpr std::string_view kArchiveMilestone = R"~(
UPDATE deal_milestones SET archived_at = $1, updated_at = $1, version = version + 1
 WHERE id = $2 AND deal_id = $3 AND version = $4 AND archived_at IS NULL)~";
// A change of the plan is a change of the deal: its version moves, so a board holding the old
// one reloads.
inline constexpr std::string_view kTouch =
    "UPDATE deals SET updated_at = $1, version = version + 1 WHERE id = $2";

// ---- reports

// Open deals by stage, country and currency.
inline constexpr std::string_view kPipeline = R"~(
SELECT d.stage, d.country, d.currency, COUNT(*), SUM(d.value_minor)
FROM deals d WHERE d.archived_at IS NULL AND d.is_open = 1)~";
inline constexpr std::string_view kPipelineGroup = " GROUP BY d.stage, d.country, d.currency";

// Won deals by contract date, currency and confirmation, and by year, country and category where
// the report groups by them (an ungrouped one is selected as '' and leaves the groups fewer): the
// company's confirmed value where it gave one, the deal's otherwise.
inline constexpr std::string_view kWinsSelect = "SELECT ";
inline constexpr std::string_view kWinsYear = "SUBSTR(d.contract_date, 1, 4), ";
inline constexpr std::string_view kWinsCountry = "d.country, ";
inline constexpr std::string_view kWinsCategory = "d.category, ";
inline constexpr std::string_view kWinsNone = "'', ";
inline constexpr std::string_view kWins = R"~(d.contract_date,
       COALESCE(d.win_currency, d.currency),
       CASE WHEN d.win_confirmed_at IS NULL THEN 0 ELSE 1 END, COUNT(*),
       SUM(COALESCE(d.win_value_minor, d.value_minor)),
       SUM(CASE WHEN d.win_helped = 1 THEN 1 ELSE 0 END)
FROM deals d
WHERE d.archived_at IS NULL AND d.stage IN ('signed', 'in_implementation', 'completed')
  AND d.contract_date IS NOT NULL)~";
inline constexpr std::string_view kWinsFrom = " AND d.contract_date >= ${}";
inline constexpr std::string_view kWinsTo = " AND d.contract_date <= ${}";
inline constexpr std::string_view kWinsGroup = " GROUP BY 1, 2, 3, 4, 5, 6";

// The board: counts and sums of each stage, and its most recently moved deals.
inline constexpr std::string_view kBoardTotals = R"~(
SELECT d.stage, d.currency, COUNT(*), SUM(d.value_minor)
FROM deals d WHERE d.archived_at IS NULL)~";
inline constexpr std::string_view kBoardGroup = " GROUP BY d.stage, d.currency";
inline constexpr std::string_view kStageFilter = " AND d.stage = ${}";
inline constexpr std::string_view kRecentFirst = " ORDER BY d.stage_changed_at DESC, d.id DESC";

}  // namespace attache::deals
