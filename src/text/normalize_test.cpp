#include "text/normalize.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace attache::text {
namespace {

// Sorts `words` by SortKey in `lang`.
std::vector<std::string> SortedByKey(std::vector<std::string> words, Lang lang) {
  std::stable_sort(words.begin(), words.end(), [lang](const std::string& a, const std::string& b) {
    return SortKey(a, lang) < SortKey(b, lang);
  });
  return words;
}

bool IsLowercaseHex(const std::string& key) {
  return std::all_of(key.begin(), key.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

TEST(Normalize, FoldIgnoresCase) {
  EXPECT_EQ(Fold("ВЬЕТНАМ"), "вьетнам");
  EXPECT_EQ(Fold("Вьетнам"), Fold("вЬЕТНАМ"));
  EXPECT_EQ(Fold("Viet NAM"), "viet nam");
  EXPECT_EQ(Fold(""), "");
}

TEST(Normalize, FoldUsesFullCaseFolding) {
  EXPECT_EQ(Fold("Straße"), "strasse");
  EXPECT_EQ(Fold("ΣΊΣΥΦΟΣ"), Fold("σίσυφος"));
}

TEST(Normalize, FoldTurnsYoIntoYe) {
  EXPECT_EQ(Fold("Ёлка"), "елка");
  EXPECT_EQ(Fold("ёлка"), Fold("елка"));
  EXPECT_EQ(Fold("ЁЛКА"), Fold("Елка"));
  EXPECT_EQ(Fold("Королёв"), "королев");
  // Ё written as Е + combining diaeresis composes first, then folds.
  EXPECT_EQ(Fold("\xD0\x95\xCC\x88лка"), "елка");
}

TEST(Normalize, FoldAppliesNfkc) {
  EXPECT_EQ(Fold("ＡＢＣ１２３"), "abc123");    // full-width letters and digits
  EXPECT_EQ(Fold("\xEF\xAC\x81"), "fi");        // U+FB01 LATIN SMALL LIGATURE FI
  EXPECT_EQ(Fold("\xE2\x84\xAB"), "\xC3\xA5");  // U+212B ANGSTROM SIGN -> å
  // Composed and decomposed é compare equal.
  EXPECT_EQ(Fold("caf\xC3\xA9"), Fold("cafe\xCC\x81"));
  EXPECT_EQ(Fold("Åland"), Fold("A\xCC\x8Aland"));
}

TEST(Normalize, FoldKeepsOtherLettersApart) {
  EXPECT_NE(Fold("café"), Fold("cafe"));
  EXPECT_NE(Fold("Ежевика"), Fold("Ежевики"));
  EXPECT_NE(Fold("й"), Fold("и"));
}

TEST(Normalize, FoldReplacesInvalidBytes) {
  EXPECT_EQ(Fold("A\xFF"
                 "B"),
            "a\xEF\xBF\xBD"
            "b");
}

TEST(Normalize, EscapeLikeEscapesWildcardsAndBackslash) {
  EXPECT_EQ(EscapeLike("100%"), "100\\%");
  EXPECT_EQ(EscapeLike("snake_case"), "snake\\_case");
  EXPECT_EQ(EscapeLike("a\\b"), "a\\\\b");
  EXPECT_EQ(EscapeLike("%_\\"), "\\%\\_\\\\");
  EXPECT_EQ(EscapeLike("plain text"), "plain text");
  EXPECT_EQ(EscapeLike("Вьетнам 50%"), "Вьетнам 50\\%");
  EXPECT_EQ(EscapeLike(""), "");
  // Other SQL and LIKE-looking characters are not special with ESCAPE '\'.
  EXPECT_EQ(EscapeLike("it's [a-z]*"), "it's [a-z]*");
}

TEST(Normalize, SortKeyOrdersEnglishAlphabetically) {
  const std::vector<std::string> expected = {"Åland Islands", "Albania", "Algeria", "Viet Nam",
                                             "Zimbabwe"};
  EXPECT_EQ(SortedByKey({"Zimbabwe", "Viet Nam", "Albania", "Algeria", "Åland Islands"}, Lang::kEn),
            expected);
  // Plain byte order would put Å after Z.
  EXPECT_GT(std::string("Åland Islands"), std::string("Zimbabwe"));
}

TEST(Normalize, SortKeyIgnoresCase) {
  EXPECT_EQ(SortKey("Albania", Lang::kEn), SortKey("ALBANIA", Lang::kEn));
  EXPECT_EQ(SortKey("albania", Lang::kEn), SortKey("Albania", Lang::kEn));
  EXPECT_EQ(SortKey("Вьетнам", Lang::kRu), SortKey("ВЬЕТНАМ", Lang::kRu));
  const std::vector<std::string> expected = {"apple", "Banana", "cherry"};
  EXPECT_EQ(SortedByKey({"cherry", "Banana", "apple"}, Lang::kEn), expected);
}

TEST(Normalize, SortKeyKeepsAccentsApart) {
  // Secondary strength: accents matter, but only after the letters themselves.
  EXPECT_NE(SortKey("Åland", Lang::kEn), SortKey("Aland", Lang::kEn));
  EXPECT_LT(SortKey("Aland", Lang::kEn), SortKey("Åland", Lang::kEn));
  EXPECT_LT(SortKey("Åland", Lang::kEn), SortKey("Alanda", Lang::kEn));
}

TEST(Normalize, SortKeyOrdersRussianAlphabetically) {
  const std::vector<std::string> expected = {"Азербайджан", "Вьетнам", "Ежевика", "Ёлка",
                                             "Жук",         "Эстония", "Япония"};
  EXPECT_EQ(SortedByKey({"Япония", "Жук", "Ёлка", "Эстония", "Вьетнам", "Ежевика", "Азербайджан"},
                        Lang::kRu),
            expected);
}

TEST(Normalize, SortKeySortsYoWithYe) {
  // Byte order puts ё (U+0451) after я (U+044F); the alphabet puts it with е.
  EXPECT_LT(SortKey("Ёлка", Lang::kRu), SortKey("Жук", Lang::kRu));
  EXPECT_LT(SortKey("Ежевика", Lang::kRu), SortKey("Ёлка", Lang::kRu));
  EXPECT_LT(SortKey("Елка", Lang::kRu), SortKey("Ёлка", Lang::kRu));
  EXPECT_LT(SortKey("Ёлка", Lang::kRu), SortKey("Елки", Lang::kRu));
}

TEST(Normalize, SortKeyIsLowercaseHex) {
  for (const Lang lang : {Lang::kEn, Lang::kRu}) {
    for (const std::string text : {"Albania", "Вьетнам", "Åland Islands", "x", "1 2 3"}) {
      const std::string key = SortKey(text, lang);
      EXPECT_FALSE(key.empty()) << text;
      EXPECT_EQ(key.size() % 2, 0u) << text;
      EXPECT_TRUE(IsLowercaseHex(key)) << text << " -> " << key;
    }
  }
}

TEST(Normalize, SortKeyIsStable) {
  EXPECT_EQ(SortKey("Вьетнам", Lang::kRu), SortKey("Вьетнам", Lang::kRu));
  EXPECT_EQ(SortKey("Viet Nam", Lang::kEn), SortKey("Viet Nam", Lang::kEn));
}

TEST(Normalize, SortKeyOfLongTextKeepsOrder) {
  // Keys longer than the 512-byte stack buffer take the heap path.
  const std::string prefix(700, 'a');
  const std::string key_b = SortKey(prefix + "b", Lang::kEn);
  const std::string key_c = SortKey(prefix + "c", Lang::kEn);
  EXPECT_GT(key_b.size(), 1024u);
  EXPECT_TRUE(IsLowercaseHex(key_b));
  EXPECT_LT(key_b, key_c);
  EXPECT_LT(SortKey(prefix, Lang::kEn), key_b);
  EXPECT_EQ(SortKey(prefix + "B", Lang::kEn), key_b);
}

TEST(Normalize, ShorterPrefixSortsFirst) {
  EXPECT_LT(SortKey("Guinea", Lang::kEn), SortKey("Guinea-Bissau", Lang::kEn));
  EXPECT_LT(SortKey("Гвинея", Lang::kRu), SortKey("Гвинея-Бисау", Lang::kRu));
}

}  // namespace
}  // namespace attache::text
