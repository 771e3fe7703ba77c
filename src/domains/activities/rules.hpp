// The rules of activities and tasks: field checks and what "due soon" means. Pure functions:
// every problem becomes a FieldError with the JSON pointer of the field, in both languages.
#pragma once

#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domains/activities/model.hpp"

namespace attache::activities {

inline constexpr size_t kMaxSubject = 200;
inline constexpr size_t kMaxNotes = 10000;
inline constexpr size_t kMaxCountries = 20;
inline constexpr size_t kMaxParticipants = 50;
inline constexpr size_t kMaxTaskTitle = 200;
// A task due within this many days is "due soon".
inline constexpr int kDueSoonDays = 3;
// Each list of a user's notifications holds at most this many lines.
inline constexpr int kMaxNotices = 50;

// Trims the texts, upper-cases the countries, sorts and deduplicates countries and participants.
void Canonicalise(Fields& fields);
// A subject, one to kMaxCountries countries of two letters, at most kMaxParticipants
// participants, a date from ten years back to a year ahead (planned meetings).
std::vector<FieldError> CheckFields(const Fields& fields, Date today);

// A title, a due date from a year back to five years ahead.
std::vector<FieldError> CheckTask(const TaskFields& fields, Date today);

Error NoSuchActivity(std::string_view id);
Error NoSuchTask(std::string_view id);
// A write outside the caller's countries.
Error NotYours();

}  // namespace attache::activities
