#include "text/terms.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/normalize.hpp"

namespace attache::text {
namespace {

using Words = std::vector<std::string>;

TEST(Terms, SplitsAtEverythingButLettersAndDigits) {
  EXPECT_EQ(Terms(Fold("Anti-Malware  protection, v2.0")),
            (Words{"anti", "malware", "protection", "v2", "0"}));
  EXPECT_EQ(Terms(Fold("«Лаборатория Касперского» — антивирус")),
            (Words{"лаборатория", "касперского", "антивирус"}));
  EXPECT_EQ(Terms(Fold("RU.12345/2024")), (Words{"ru", "12345", "2024"}));
}

TEST(Terms, KeepsEachWordOnce) {
  EXPECT_EQ(Terms("data data платформа data"), (Words{"data", "платформа"}));
}

TEST(Terms, NothingForTextWithoutWords) {
  EXPECT_TRUE(Terms("").empty());
  EXPECT_TRUE(Terms(" -- «» … ").empty());
}

TEST(Terms, CutsLongWordsAtACharacterBoundary) {
  std::string cyrillic;
  for (int i = 0; i < 40; ++i) cyrillic += "ж";  // two bytes each
  const Words terms = Terms(cyrillic);
  ASSERT_EQ(terms.size(), 1u);
  EXPECT_EQ(terms.front().size(), kMaxTermBytes);
  EXPECT_EQ(terms.front(), cyrillic.substr(0, kMaxTermBytes));
}

TEST(Terms, AQueryIsFoldedAndKeepsItsFirstWords) {
  EXPECT_EQ(QueryWords("  ВЕГА-Нав "), (Words{"вега", "нав"}));
  EXPECT_EQ(QueryWords("a b c d e f g h i j").size(), kMaxQueryWords);
  EXPECT_TRUE(QueryWords("«»").empty());
}

TEST(Terms, ARangeHoldsTheTermsThatBeginWithTheWord) {
  const TermRange range = PrefixRange("veg");
  for (const std::string term : {"veg", "vega", "vegetation", "vegя"}) {
    EXPECT_LE(range.from, term) << term;
    EXPECT_LT(term, range.to) << term;
  }
  for (const std::string term : {"ve", "vef", "veh", "vfa"}) {
    EXPECT_TRUE(term < range.from || term >= range.to) << term;
  }
}

TEST(Terms, ASingleCharacterMatchesOnlyItself) {
  for (const std::string word : {"s", "ж"}) {
    const TermRange range = PrefixRange(word);
    EXPECT_LE(range.from, word);
    EXPECT_LT(word, range.to);
    EXPECT_GE(word + "a", range.to);
    EXPECT_GE(word + "0", range.to);
  }
}

}  // namespace
}  // namespace attache::text
