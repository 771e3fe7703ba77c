// The rules of relocation cases: which stage may follow which, what a case needs to enter a stage,
// and field checks. Pure functions: every problem becomes a FieldError with the JSON pointer of
// the field, in both languages.
#pragma once

#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domains/relocation/model.hpp"

namespace attache::relocation {

inline constexpr size_t kMaxTitle = 200;
inline constexpr size_t kMaxNotes = 10000;
inline constexpr size_t kMaxReason = 2000;
inline constexpr int64_t kMaxJobs = 1'000'000;

// How a stage is called in messages: "application", «Заявка».
Text Label(Stage stage);

// prospect <-> engaged <-> application -> relocated, and lost from any open stage.
std::vector<Stage> NextStages(Stage from);

// What a case needs to be in `stage` (and every stage before it): from engaged, the owner; from
// application, the region it goes to; at relocated, the jobs and the investment. One error per
// missing field, naming the stage.
std::vector<FieldError> MissingFor(Stage stage, const Fields& fields);

// Problems of moving `current` to `to` with `reason` (trimmed): a stage that may not follow (on
// /to, naming the allowed ones), the gate of `to`, the reason of lost.
std::vector<FieldError> CheckMove(const Case& current, Stage to, std::string_view reason);

// Trims the texts and upper-cases the codes.
void Canonicalise(Fields& fields);
// Title required, a country of two letters, a Russian region code (RU-MOW), jobs and an
// investment in a current ISO 4217 currency not negative.
std::vector<FieldError> CheckFields(const Fields& fields);

Error NoSuchCase(std::string_view id);
// A write outside the caller's scope.
Error NotYours();
// A change to a closed case.
Error Closed(int64_t id, Stage stage);

}  // namespace attache::relocation
