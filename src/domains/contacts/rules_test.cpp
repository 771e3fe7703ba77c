#include "domains/contacts/rules.hpp"

#include <gtest/gtest.h>

#include <functional>

namespace attache::contacts {
namespace {

constexpr Date kToday{2026, 11, 21};

std::vector<std::string> Pointers(const std::vector<FieldError>& errors) {
  std::vector<std::string> pointers;
  for (const auto& error : errors) pointers.push_back(error.pointer);
  return pointers;
}

Fields Valid() {
  Fields fields;
  fields.organisation_id = 1;
  fields.name_en = "Nguyen Van An";
  fields.position = "CTO";
  fields.email = "an@vietsoft.example";
  fields.phone = "+84 (24) 3936-1234";
  fields.languages = {"vi", "en"};
  fields.consent_basis = ConsentBasis::kConsent;
  fields.consent_date = Date{2025, 3, 14};
  return fields;
}

struct Case {
  const char* name;
  std::function<void(Fields&)> change;
  std::vector<std::string> expected;
};

TEST(ContactRules, TableOfCases) {
  const std::vector<Case> cases = {
      {"valid", [](Fields&) {}, {}},
      {"russian name only",
       [](Fields& f) {
         f.name_en.clear();
         f.name_ru = "Нгуен Ван Ан";
       },
       {}},
      {"no name", [](Fields& f) { f.name_en.clear(); }, {"/name_ru", "/name_en"}},
      {"long name", [](Fields& f) { f.name_ru = std::string(kMaxName + 1, 'a'); }, {"/name_ru"}},
      {"long position",
       [](Fields& f) { f.position = std::string(kMaxPosition + 1, 'a'); },
       {"/position"}},
      {"no e-mail", [](Fields& f) { f.email.reset(); }, {}},
      {"bad e-mail", [](Fields& f) { f.email = "an.vietsoft.example"; }, {"/email"}},
      {"long e-mail",
       [](Fields& f) { f.email = std::string(kMaxEmail, 'a') + "@x.example"; },
       {"/email"}},
      {"no phone", [](Fields& f) { f.phone.reset(); }, {}},
      {"phone with letters", [](Fields& f) { f.phone = "+84 24 CALL ME"; }, {"/phone"}},
      {"phone with four digits", [](Fields& f) { f.phone = "+1 (23) 4"; }, {"/phone"}},
      {"phone with five digits", [](Fields& f) { f.phone = "12-345"; }, {}},
      {"long phone", [](Fields& f) { f.phone = std::string(kMaxPhone + 1, '1'); }, {"/phone"}},
      {"no languages", [](Fields& f) { f.languages.clear(); }, {}},
      {"unknown language",
       [](Fields& f) {
         f.languages = {"vi", "xx"};
       },
       {"/languages/1"}},
      {"three-letter language", [](Fields& f) { f.languages = {"vie"}; }, {"/languages/0"}},
      {"upper-case language", [](Fields& f) { f.languages = {"EN"}; }, {"/languages/0"}},
      {"too many languages",
       [](Fields& f) {
         f.languages = {"aa", "ab", "af", "ar", "de", "en", "es", "fr", "ru", "vi", "zh"};
       },
       {"/languages"}},
      {"consent without a date", [](Fields& f) { f.consent_date.reset(); }, {"/consent_date"}},
      {"contract without a date",
       [](Fields& f) {
         f.consent_basis = ConsentBasis::kContract;
         f.consent_date.reset();
       },
       {}},
      {"date without a basis", [](Fields& f) { f.consent_basis.reset(); }, {"/consent_basis"}},
      {"consent today", [](Fields& f) { f.consent_date = kToday; }, {}},
      {"consent tomorrow",
       [](Fields& f) {
         f.consent_date = Date{2026, 11, 22};
       },
       {"/consent_date"}},
      {"consent in 1980",
       [](Fields& f) {
         f.consent_date = Date{1980, 1, 1};
       },
       {"/consent_date"}},
      {"notes at the limit", [](Fields& f) { f.notes = std::string(kMaxNotes, 'x'); }, {}},
      {"notes over the limit",
       [](Fields& f) { f.notes = std::string(kMaxNotes + 1, 'x'); },
       {"/notes"}},
  };
  for (const auto& c : cases) {
    Fields fields = Valid();
    c.change(fields);
    EXPECT_EQ(Pointers(CheckFields(fields, kToday)), c.expected) << c.name;
  }
}

TEST(ContactRules, CanonicaliseLowersLanguagesAndDropsRepeats) {
  Fields fields = Valid();
  fields.languages = {"VI", " en", "vi", "Ru"};
  Canonicalise(fields);
  EXPECT_EQ(fields.languages, (std::vector<std::string>{"vi", "en", "ru"}));
}

TEST(ContactRules, LanguageCodesAreIso639One) {
  for (const char* code : {"aa", "en", "ru", "vi", "zh", "zu"})
    EXPECT_TRUE(IsLanguageCode(code)) << code;
  for (const char* code : {"", "e", "xx", "a ", " a", "en ", "eng", "EN"}) {
    EXPECT_FALSE(IsLanguageCode(code)) << code;
  }
}

TEST(ContactRules, MessagesComeInBothLanguages) {
  Fields fields = Valid();
  fields.consent_date.reset();
  const auto errors = CheckFields(fields, kToday);
  ASSERT_EQ(errors.size(), 1U);
  EXPECT_EQ(errors[0].message.en,
            "Required when the basis is the person's consent: when was it given?");
  EXPECT_EQ(errors[0].message.ru, "Обязательна, если основание — согласие: когда оно получено?");
}

}  // namespace
}  // namespace attache::contacts
