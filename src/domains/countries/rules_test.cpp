#include "domains/countries/rules.hpp"

#include <gtest/gtest.h>

#include <functional>

namespace attache::countries {
namespace {

constexpr Date kToday{2026, 11, 21};

std::vector<std::string> Pointers(const std::vector<FieldError>& errors) {
  std::vector<std::string> pointers;
  for (const auto& error : errors) pointers.push_back(error.pointer);
  return pointers;
}

struct PresenceCase {
  const char* name;
  Presence presence;
  std::vector<std::string> expected;
};

TEST(PresenceRules, TableOfCases) {
  const std::vector<PresenceCase> cases = {
      {"active without a date", {PresenceStatus::kActive, std::nullopt, ""}, {}},
      {"active since a past date", {PresenceStatus::kActive, Date{2022, 10, 1}, "note"}, {}},
      {"since today", {PresenceStatus::kPlanned, kToday, ""}, {}},
      {"since tomorrow", {PresenceStatus::kActive, Date{2026, 11, 22}, ""}, {"/since"}},
      {"since 1990", {PresenceStatus::kActive, Date{1990, 12, 31}, ""}, {"/since"}},
      {"since the earliest day", {PresenceStatus::kSuspended, kEarliestDate, ""}, {}},
      {"none with a date", {PresenceStatus::kNone, Date{2020, 1, 1}, ""}, {"/since"}},
      {"none with a note", {PresenceStatus::kNone, std::nullopt, "was discussed"}, {}},
      {"note at the limit",
       {PresenceStatus::kActive, std::nullopt, std::string(kMaxNote, 'x')},
       {}},
      {"note over the limit",
       {PresenceStatus::kActive, std::nullopt, std::string(kMaxNote + 1, 'x')},
       {"/note"}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Pointers(CheckPresence(c.presence, kToday)), c.expected) << c.name;
  }
}

TEST(PresenceRules, NoteLengthCountsCharactersNotBytes) {
  std::string cyrillic;
  for (size_t i = 0; i < kMaxNote; ++i) cyrillic += "ж";
  EXPECT_TRUE(CheckPresence({PresenceStatus::kActive, std::nullopt, cyrillic}, kToday).empty());
}

AttacheFields Valid() {
  AttacheFields fields;
  fields.country = "VN";
  fields.name_ru = "Иван Петров";
  fields.status = AttacheStatus::kActive;
  return fields;
}

struct AttacheCase {
  const char* name;
  std::function<void(AttacheFields&)> change;
  std::vector<std::string> expected;
};

TEST(AttacheRules, TableOfCases) {
  const std::vector<AttacheCase> cases = {
      {"valid", [](AttacheFields&) {}, {}},
      {"english name only",
       [](AttacheFields& f) {
         f.name_ru.clear();
         f.name_en = "Ivan";
       },
       {}},
      {"no name", [](AttacheFields& f) { f.name_ru.clear(); }, {"/name_ru", "/name_en"}},
      {"long name",
       [](AttacheFields& f) { f.name_en = std::string(kMaxName + 1, 'a'); },
       {"/name_en"}},
      {"bad country", [](AttacheFields& f) { f.country = "VNM"; }, {"/country"}},
      {"ended without end",
       [](AttacheFields& f) { f.status = AttacheStatus::kEnded; },
       {"/end_date"}},
      {"ended in the future",
       [](AttacheFields& f) {
         f.status = AttacheStatus::kEnded;
         f.end_date = Date{2027, 1, 1};
       },
       {"/end_date"}},
      {"ended properly",
       [](AttacheFields& f) {
         f.status = AttacheStatus::kEnded;
         f.start_date = Date{2023, 1, 1};
         f.end_date = Date{2025, 1, 1};
       },
       {}},
      {"end before start",
       [](AttacheFields& f) {
         f.start_date = Date{2024, 5, 1};
         f.end_date = Date{2024, 4, 30};
       },
       {"/end_date"}},
      {"active from tomorrow",
       [](AttacheFields& f) {
         f.start_date = Date{2026, 11, 22};
       },
       {"/start_date"}},
      {"planned from next year",
       [](AttacheFields& f) {
         f.status = AttacheStatus::kPlanned;
         f.start_date = Date{2027, 3, 1};
       },
       {}},
      {"start in 1980",
       [](AttacheFields& f) {
         f.start_date = Date{1980, 1, 1};
       },
       {"/start_date"}},
      {"start too far ahead",
       [](AttacheFields& f) {
         f.status = AttacheStatus::kPlanned;
         f.start_date = Date{2040, 1, 1};
       },
       {"/start_date"}},
      {"bad e-mail", [](AttacheFields& f) { f.email = "ivan.example.org"; }, {"/email"}},
      {"good e-mail", [](AttacheFields& f) { f.email = "ivan@example.org"; }, {}},
  };
  for (const auto& c : cases) {
    AttacheFields fields = Valid();
    c.change(fields);
    EXPECT_EQ(Pointers(CheckAttache(fields, kToday)), c.expected) << c.name;
  }
}

TEST(AttacheRules, MessagesComeInBothLanguages) {
  AttacheFields fields = Valid();
  fields.status = AttacheStatus::kEnded;
  const auto errors = CheckAttache(fields, kToday);
  ASSERT_EQ(errors.size(), 1U);
  EXPECT_EQ(errors[0].message.en, "Required when the posting has ended.");
  EXPECT_EQ(errors[0].message.ru, "Обязательна, если командировка завершена.");
}

}  // namespace
}  // namespace attache::countries
