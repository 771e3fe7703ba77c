#include "core/lang.hpp"

#include <gtest/gtest.h>

#include <string>

namespace attache {
namespace {

struct LangCase {
  std::string header;
  Lang expected;
};

void PrintTo(const LangCase& c, std::ostream* out) {
  *out << '"' << c.header << "\" -> " << (c.expected == Lang::kRu ? "ru" : "en");
}

class PreferredLangTest : public ::testing::TestWithParam<LangCase> {};

TEST_P(PreferredLangTest, PicksTheLanguageTheReaderPrefers) {
  EXPECT_EQ(PreferredLang(GetParam().header), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Lang, PreferredLangTest,
    ::testing::Values(
        // What browsers send.
        LangCase{"ru-RU,ru;q=0.9,en-US;q=0.8", Lang::kRu},
        LangCase{"en-US,en;q=0.9,ru;q=0.8", Lang::kEn},
        LangCase{"ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7,de;q=0.6", Lang::kRu},
        LangCase{"de-DE,de;q=0.9,ru;q=0.8,en;q=0.7", Lang::kRu},
        LangCase{"de-DE,de;q=0.9,en;q=0.8,ru;q=0.7", Lang::kEn},
        // Neither language, or nothing: English.
        LangCase{"", Lang::kEn}, LangCase{"fr", Lang::kEn}, LangCase{"*", Lang::kEn},
        LangCase{"fr-FR,fr;q=0.9", Lang::kEn},
        // Quality decides, whatever the order.
        LangCase{"ru;q=0.1, en;q=0.5", Lang::kEn}, LangCase{"en;q=0.3, ru;q=0.6", Lang::kRu},
        LangCase{"en;q=0.3,ru", Lang::kRu}, LangCase{"ru;q=0", Lang::kEn},
        LangCase{"ru;q=abc", Lang::kEn},
        // Tags are case-insensitive; subtags and underscores are the same language.
        LangCase{"RU", Lang::kRu}, LangCase{"Ru-ru", Lang::kRu}, LangCase{"ru_RU", Lang::kRu},
        LangCase{"  ru", Lang::kRu},
        // Other languages that merely start with the letters.
        LangCase{"rus", Lang::kEn}, LangCase{"run,en;q=0.1", Lang::kEn}));

TEST(Lang, RussianFirstAtEqualQualityIsPreferred) {
  // The header's contract: "Russian if it comes before English".
  EXPECT_EQ(PreferredLang("ru, en"), Lang::kRu);
  EXPECT_EQ(PreferredLang("ru-RU, en-US"), Lang::kRu);
  EXPECT_EQ(PreferredLang("en, ru"), Lang::kEn);
}

TEST(Lang, BlanksAfterTheSemicolonAreAllowed) {
  // RFC 9110: weight = OWS ";" OWS "q=" qvalue.
  EXPECT_EQ(PreferredLang("en; q=0.5, ru"), Lang::kRu);
  EXPECT_EQ(PreferredLang("ru; q=0.9, en; q=0.8"), Lang::kRu);
  EXPECT_EQ(PreferredLang("ru;q= 0.1, en"), Lang::kEn);
  EXPECT_EQ(PreferredLang("en;\tq=0.2,ru;q=0.3"), Lang::kRu);
}

TEST(Lang, BlanksBeforeTheSemicolonAreAllowed) {
  EXPECT_EQ(PreferredLang("ru ;q=0.9, en;q=0.8"), Lang::kRu);
  EXPECT_EQ(PreferredLang("en ; q=0.1, ru ; q=0.2"), Lang::kRu);
}

TEST(Lang, TextInPicksTheLanguage) {
  const Text text{"Vietnam", "Вьетнам"};
  EXPECT_EQ(text.In(Lang::kEn), "Vietnam");
  EXPECT_EQ(text.In(Lang::kRu), "Вьетнам");
}

TEST(Lang, TextInFallsBackToEnglishWhenRussianIsEmpty) {
  const Text text{"Vietnam", ""};
  EXPECT_EQ(text.In(Lang::kRu), "Vietnam");
  EXPECT_EQ(text.In(Lang::kEn), "Vietnam");
}

TEST(Lang, TextInNeverFallsBackToRussian) {
  const Text text{"", "Вьетнам"};
  EXPECT_EQ(text.In(Lang::kEn), "");
  EXPECT_EQ(text.In(Lang::kRu), "Вьетнам");
}

}  // namespace
}  // namespace attache
