#include "domains/deals/rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace attache::deals {
namespace {

using S = Stage;

constexpr Date kToday{2026, 11, 22};

// A deal with everything every gate asks for.
Deal Complete(S stage) {
  Deal deal;
  deal.id = 1;
  deal.stage = stage;
  Fields& f = deal.fields;
  f.organisation_id = 10;
  f.country = "VN";
  f.title = "E-government platform for Da Nang";
  f.solution_ids = {5};
  f.expected_close_date = Date{2027, 3, 1};
  f.value = fx::Money{1'500'000'00, "USD"};
  f.counterparty_id = 20;
  f.owner_id = 3;
  f.contract_number = "DN-2026/14";
  f.contract_date = Date{2026, 11, 1};
  return deal;
}

Milestone Planned(bool done) {
  Milestone milestone;
  milestone.fields.kind = MilestoneKind::kDelivery;
  milestone.fields.due_on = Date{2027, 1, 15};
  if (done) milestone.fields.done_on = Date{2026, 11, 20};
  return milestone;
}

std::vector<std::string> Pointers(const std::vector<FieldError>& errors) {
  std::vector<std::string> pointers;
  for (const FieldError& error : errors) pointers.push_back(error.pointer);
  return pointers;
}

// Every move the stages allow; every other pair must be refused on /to.
struct Step {
  S from;
  std::vector<S> to;
};
const std::vector<Step> kSteps = {
    {S::kLead, {S::kQualified, S::kProposal, S::kNegotiation, S::kSigned, S::kLost, S::kAbandoned}},
    {S::kQualified, {S::kLead, S::kProposal, S::kNegotiation, S::kSigned, S::kLost, S::kAbandoned}},
    {S::kProposal, {S::kLead, S::kQualified, S::kNegotiation, S::kSigned, S::kLost, S::kAbandoned}},
    {S::kNegotiation, {S::kLead, S::kQualified, S::kProposal, S::kSigned, S::kLost, S::kAbandoned}},
    {S::kSigned, {S::kInImplementation, S::kAbandoned}},
    {S::kInImplementation, {S::kCompleted, S::kAbandoned}},
    {S::kCompleted, {}},
    {S::kLost, {}},
    {S::kAbandoned, {}},
};

TEST(DealStages, ACompleteDealMayMakeExactlyTheListedMoves) {
  const std::vector<Milestone> done = {Planned(true)};
  for (const Step& step : kSteps) {
    EXPECT_EQ(NextStages(step.from), step.to) << ToString(step.from);
    for (const auto& [to_name, to] : kStageNames) {
      const Move move{to, "the buyer chose a local vendor", "Viettel"};
      const auto errors = CheckMove(Complete(step.from), move, done);
      const bool listed = std::find(step.to.begin(), step.to.end(), to) != step.to.end();
      EXPECT_EQ(errors.empty(), listed) << ToString(step.from) << " -> " << to_name;
      if (!listed) {
        ASSERT_FALSE(errors.empty());
        EXPECT_EQ(errors.front().pointer, "/to");
      }
    }
  }
}

TEST(DealStages, RefusalNamesTheAllowedMoves) {
  const auto errors = CheckMove(Complete(S::kSigned), {S::kLead, "", ""}, {});
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].message.en, "A signed deal may move to: in implementation, abandoned.");
  EXPECT_EQ(errors[0].message.ru,
            "Со стадии «Контракт подписан» сделку можно перевести на: «Исполнение», «Прекращена».");
  const auto closed = CheckMove(Complete(S::kLost), {S::kLead, "", ""}, {});
  ASSERT_EQ(closed.size(), 1u);
  EXPECT_NE(closed[0].message.en.find("closed"), std::string::npos);
}

// The gate of each stage: what an empty lead lacks to enter it.
struct Gate {
  S to;
  std::vector<std::string> missing;
};
const std::vector<Gate> kGates = {
    {S::kQualified, {"/solution_ids", "/expected_close_date"}},
    {S::kProposal, {"/solution_ids", "/expected_close_date", "/value", "/counterparty_id"}},
    {S::kNegotiation,
     {"/solution_ids", "/expected_close_date", "/value", "/counterparty_id", "/owner_id"}},
    {S::kSigned,
     {"/solution_ids", "/expected_close_date", "/value", "/counterparty_id", "/owner_id",
      "/contract_number", "/contract_date"}},
    {S::kLead, {}},
};

TEST(DealGates, EachStageNeedsItsFieldsAndThoseOfEveryStageBefore) {
  for (const Gate& gate : kGates) {
    Deal bare;
    bare.stage = gate.to == S::kLead ? S::kQualified : S::kLead;
    bare.fields.title = "Bare";
    EXPECT_EQ(Pointers(CheckMove(bare, {gate.to, "", ""}, {})), gate.missing) << ToString(gate.to);
  }
}

TEST(DealGates, MessagesNameTheStageThatNeedsTheField) {
  Deal deal = Complete(S::kNegotiation);
  deal.fields.contract_date.reset();
  const auto errors = CheckMove(deal, {S::kSigned, "", ""}, {});
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].pointer, "/contract_date");
  EXPECT_EQ(errors[0].message.en, "Needed from the signed stage on: the contract date.");
  EXPECT_EQ(errors[0].message.ru, "Нужно со стадии «Контракт подписан»: дата контракта.");
}

TEST(DealGates, ImplementationNeedsAPlanAndCompletionEveryMilestoneDone) {
  EXPECT_EQ(Pointers(CheckMove(Complete(S::kSigned), {S::kInImplementation, "", ""}, {})),
            std::vector<std::string>{"/milestones"});
  const std::vector<Milestone> planned = {Planned(true), Planned(false)};
  EXPECT_TRUE(CheckMove(Complete(S::kSigned), {S::kInImplementation, "", ""}, planned).empty());
  const auto open = CheckMove(Complete(S::kInImplementation), {S::kCompleted, "", ""}, planned);
  ASSERT_EQ(Pointers(open), std::vector<std::string>{"/milestones"});
  EXPECT_EQ(open[0].message.en, "1 milestone(s) of the contract are not done yet.");
  const std::vector<Milestone> done = {Planned(true)};
  EXPECT_TRUE(CheckMove(Complete(S::kInImplementation), {S::kCompleted, "", ""}, done).empty());
}

TEST(DealGates, LostNeedsTheReasonAndTheWinnerAbandonedTheReason) {
  Deal deal;
  deal.fields.title = "Bare";
  EXPECT_EQ(Pointers(CheckMove(deal, {S::kLost, " ", ""}, {})),
            (std::vector<std::string>{"/reason", "/lost_to"}));
  EXPECT_EQ(Pointers(CheckMove(deal, {S::kAbandoned, "", ""}, {})),
            std::vector<std::string>{"/reason"});
  EXPECT_TRUE(CheckMove(deal, {S::kLost, "price", "unknown"}, {}).empty());
  EXPECT_EQ(Pointers(CheckMove(deal, {S::kLost, std::string(2001, 'x'), "x"}, {})),
            std::vector<std::string>{"/reason"});
}

TEST(DealGates, MissingForKeepsTheGatesOfTheCurrentStage) {
  Fields fields = Complete(S::kProposal).fields;
  EXPECT_TRUE(MissingFor(S::kProposal, fields).empty());
  fields.value.reset();
  EXPECT_EQ(Pointers(MissingFor(S::kProposal, fields)), std::vector<std::string>{"/value"});
  EXPECT_TRUE(MissingFor(S::kLead, fields).empty());
  EXPECT_TRUE(MissingFor(S::kLost, fields).empty());
}

TEST(DealFields, CanonicaliseSortsIdsAndUpperCasesCodes) {
  Fields fields;
  fields.country = " vn ";
  fields.title = "  Platform ";
  fields.value = fx::Money{100, " usd"};
  fields.solution_ids = {7, 3, 7};
  Canonicalise(fields);
  EXPECT_EQ(fields.country, "VN");
  EXPECT_EQ(fields.title, "Platform");
  EXPECT_EQ(fields.value->currency, "USD");
  EXPECT_EQ(fields.solution_ids, (std::vector<int64_t>{3, 7}));
}

TEST(DealFields, ProblemsArePointedAt) {
  Fields fields;
  fields.organisation_id = 10;
  fields.country = "Vietnam";
  fields.value = fx::Money{-1, "XYZ"};
  fields.expected_close_date = Date{2020, 1, 1};
  fields.contract_date = Date{2027, 1, 1};
  fields.counterparty_id = 10;
  fields.solution_ids.assign(21, 1);
  EXPECT_EQ(Pointers(CheckFields(fields, kToday)),
            (std::vector<std::string>{"/title", "/country", "/value/currency", "/value/minor",
                                      "/expected_close_date", "/contract_date", "/solution_ids",
                                      "/counterparty_id"}));
  EXPECT_TRUE(CheckFields(Complete(S::kLead).fields, kToday).empty());
}

TEST(DealWin, ValueAndHowTheServiceHelped) {
  Win win{fx::Money{0, "EUR"}, true, "", std::nullopt, ""};
  EXPECT_EQ(Pointers(CheckWin(win)), (std::vector<std::string>{"/value/minor", "/how"}));
  win.value.minor = 100;
  win.how = "found the buyer at the Hanoi mission";
  EXPECT_TRUE(CheckWin(win).empty());
  win.helped = false;
  win.how.clear();
  EXPECT_TRUE(CheckWin(win).empty());
}

TEST(DealMilestones, PaymentsHaveAmountsOthersNone) {
  MilestoneFields payment{MilestoneKind::kPayment, "advance", Date{2027, 1, 1}, std::nullopt,
                          std::nullopt};
  EXPECT_EQ(Pointers(CheckMilestone(payment, kToday)), std::vector<std::string>{"/amount"});
  payment.amount = fx::Money{50'000'00, "USD"};
  EXPECT_TRUE(CheckMilestone(payment, kToday).empty());
  MilestoneFields delivery{MilestoneKind::kDelivery, "", std::nullopt, Date{2027, 1, 1},
                           fx::Money{1, "USD"}};
  EXPECT_EQ(Pointers(CheckMilestone(delivery, kToday)),
            (std::vector<std::string>{"/amount", "/done_on"}));
  delivery.amount.reset();
  delivery.done_on.reset();
  EXPECT_EQ(Pointers(CheckMilestone(delivery, kToday)), std::vector<std::string>{"/due_on"});
}

TEST(DealWeights, RoundHalfToEven) {
  EXPECT_EQ(Weighted(1000, 40), 400);
  EXPECT_EQ(Weighted(5, 10), 0);   // 0.5 -> 0
  EXPECT_EQ(Weighted(15, 10), 2);  // 1.5 -> 2
  EXPECT_EQ(Weighted(INT64_MAX / 2, 100), INT64_MAX / 2);
  EXPECT_EQ(Pointers(CheckProbability(S::kProposal, 101)),
            std::vector<std::string>{"/probability"});
  EXPECT_TRUE(CheckProbability(S::kProposal, 0).empty());
  EXPECT_EQ(Pointers(CheckProbability(S::kLost, 5)), std::vector<std::string>{"/probability"});
  EXPECT_TRUE(CheckProbability(S::kCompleted, 100).empty());
}

}  // namespace
}  // namespace attache::deals
