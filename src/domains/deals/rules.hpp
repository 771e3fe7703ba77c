// The rules of export deals: which stage may follow which, what a deal must have before it enters
// a stage (the gates), the export win and the milestones after signature, and field checks. Pure
// functions: every problem becomes a FieldError with the JSON pointer of the field, in both
// languages.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domains/deals/model.hpp"

namespace attache::deals {

inline constexpr size_t kMaxTitle = 200;
inline constexpr size_t kMaxDescription = 10000;
inline constexpr size_t kMaxReason = 2000;
inline constexpr size_t kMaxLostTo = 200;
inline constexpr size_t kMaxContractNumber = 100;
inline constexpr size_t kMaxHow = 2000;
inline constexpr size_t kMaxSolutions = 20;
inline constexpr size_t kMaxRequests = 50;
inline constexpr int64_t kMaxMilestones = 100;

// How a stage is called in messages: "in implementation", «Исполнение».
Text Label(Stage stage);
// What is sold, as a report names it: "IT services", «ИТ-услуги».
Text CategoryLabel(Category category);

// The stages a deal may move to from `from`, in board order. Before signature a deal moves freely
// among lead, qualified, proposal and negotiation, to signed, or out (lost, abandoned); then
// signed -> in_implementation -> completed, or abandoned. Nothing after a final stage.
std::vector<Stage> NextStages(Stage from);

// The fields a deal needs to be in `stage` (its gate and the gates of every stage before it):
// from qualified, a solution and the expected close date; from proposal, the value and the
// counterparty; from negotiation, the owner; from signed, the contract's number and date. One
// error per missing field, on its pointer, naming the stage that needs it.
std::vector<FieldError> MissingFor(Stage stage, const Fields& fields);

// Problems of `move` for `deal` with its live `milestones`: a stage the deal may not move to (on
// /to, naming the allowed ones), the gate of the new stage (MissingFor; in_implementation needs a
// milestone, completed every milestone done), the reason of lost and abandoned and the winner of
// lost (/reason, /lost_to).
std::vector<FieldError> CheckMove(const Deal& deal, const Move& move,
                                  std::span<const Milestone> milestones);

// Trims the texts, upper-cases the country and the currency, sorts and deduplicates the ids.
void Canonicalise(Fields& fields);
// Title required, country of two letters, a value in a current ISO 4217 currency, dates in reason
// (expected close within a year back and ten ahead; contract date not in the future), at most
// kMaxSolutions solutions and kMaxRequests requests.
std::vector<FieldError> CheckFields(const Fields& fields, Date today);

// A company's confirmation: a positive value in a current currency, and what helped when it did.
std::vector<FieldError> CheckWin(const Win& win);

// A milestone: a payment has an amount in a current currency and the others none; done not in
// the future.
std::vector<FieldError> CheckMilestone(const MilestoneFields& fields, Date today);

// A stage's probability: 0-100, and fixed for the closed stages (completed 100, lost and
// abandoned 0).
std::vector<FieldError> CheckProbability(Stage stage, int probability);

// `value` times `percent` / 100, rounded half to even (weighted pipeline values).
int64_t Weighted(int64_t value, int percent);

Error NoSuchDeal(std::string_view id);
Error NoSuchMilestone(std::string_view id);
Error NoSuchStage(std::string_view code);
// A write outside the caller's scope.
Error NotYours();
// A change to a deal in a final stage.
Error Closed(int64_t id, Stage stage);

}  // namespace attache::deals
