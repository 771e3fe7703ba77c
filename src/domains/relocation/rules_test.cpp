#include "domains/relocation/rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace attache::relocation {
namespace {

using S = Stage;

Case Complete(S stage) {
  Case current;
  current.stage = stage;
  current.fields.organisation_id = 23;
  current.fields.from_country = "VN";
  current.fields.title = "R&D centre in Kazan";
  current.fields.owner_id = 3;
  current.fields.region = "RU-TA";
  current.fields.jobs = 120;
  current.fields.investment = fx::Money{5'000'000'00, "USD"};
  return current;
}

std::vector<std::string> Pointers(const std::vector<FieldError>& errors) {
  std::vector<std::string> pointers;
  for (const FieldError& error : errors) pointers.push_back(error.pointer);
  return pointers;
}

struct Step {
  S from;
  std::vector<S> to;
};
const std::vector<Step> kSteps = {
    {S::kProspect, {S::kEngaged, S::kLost}},
    {S::kEngaged, {S::kProspect, S::kApplication, S::kLost}},
    {S::kApplication, {S::kEngaged, S::kRelocated, S::kLost}},
    {S::kRelocated, {}},
    {S::kLost, {}},
};

TEST(RelocationStages, ACompleteCaseMayMakeExactlyTheListedMoves) {
  for (const Step& step : kSteps) {
    EXPECT_EQ(NextStages(step.from), step.to) << ToString(step.from);
    for (const auto& [to_name, to] : kStageNames) {
      const bool listed = std::find(step.to.begin(), step.to.end(), to) != step.to.end();
      const auto errors = CheckMove(Complete(step.from), to, "chose Kazakhstan");
      EXPECT_EQ(errors.empty(), listed) << ToString(step.from) << " -> " << to_name;
      if (!listed) {
        EXPECT_EQ(Pointers(errors), std::vector<std::string>{"/to"});
      }
    }
  }
}

TEST(RelocationStages, GatesAreCumulative) {
  Case bare;
  bare.fields.title = "Bare";
  EXPECT_EQ(Pointers(CheckMove(bare, S::kEngaged, "")), std::vector<std::string>{"/owner_id"});
  bare.stage = S::kApplication;
  EXPECT_EQ(Pointers(CheckMove(bare, S::kRelocated, "")),
            (std::vector<std::string>{"/owner_id", "/region", "/jobs", "/investment"}));
  EXPECT_EQ(Pointers(CheckMove(bare, S::kLost, " ")), std::vector<std::string>{"/reason"});
  const auto errors = CheckMove(bare, S::kRelocated, "");
  EXPECT_EQ(errors[1].message.en, "Needed from the application stage on: the region it goes to.");
}

TEST(RelocationFields, ProblemsArePointedAt) {
  Fields fields;
  fields.from_country = " vn ";
  fields.region = "ru-ta";
  fields.investment = fx::Money{1, " usd"};
  Canonicalise(fields);
  EXPECT_EQ(fields.from_country, "VN");
  EXPECT_EQ(fields.region, "RU-TA");
  EXPECT_EQ(fields.investment->currency, "USD");
  EXPECT_EQ(Pointers(CheckFields(fields)), std::vector<std::string>{"/title"});
  fields.title = "Production";
  fields.from_country = "Viet";
  fields.region = "Tatarstan";
  fields.jobs = -1;
  fields.investment = fx::Money{-1, "XYZ"};
  EXPECT_EQ(Pointers(CheckFields(fields)),
            (std::vector<std::string>{"/from_country", "/region", "/jobs", "/investment/currency",
                                      "/investment/minor"}));
}

}  // namespace
}  // namespace attache::relocation
