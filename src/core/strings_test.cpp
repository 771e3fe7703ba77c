#include "core/strings.hpp"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace attache {
namespace {

using Pieces = std::vector<std::string_view>;

TEST(Strings, AsciiLowerChangesOnlyAsciiLetters) {
  EXPECT_EQ(AsciiLower("Content-Type"), "content-type");
  EXPECT_EQ(AsciiLower("ABC xyz 123 -_"), "abc xyz 123 -_");
  EXPECT_EQ(AsciiLower(""), "");
  // UTF-8 bytes are left alone: Cyrillic and Latin-1 capitals stay as they are.
  EXPECT_EQ(AsciiLower("ВЬЕТНАМ VN"), "ВЬЕТНАМ vn");
  EXPECT_EQ(AsciiLower("ÅLAND"), "Åland");
  EXPECT_EQ(AsciiLower("@[`{"), "@[`{");
}

TEST(Strings, AsciiUpperChangesOnlyAsciiLetters) {
  EXPECT_EQ(AsciiUpper("vn"), "VN");
  EXPECT_EQ(AsciiUpper("abc XYZ 123 -_"), "ABC XYZ 123 -_");
  EXPECT_EQ(AsciiUpper(""), "");
  EXPECT_EQ(AsciiUpper("вьетнам vn"), "вьетнам VN");
  EXPECT_EQ(AsciiUpper("åland"), "åLAND");
  EXPECT_EQ(AsciiUpper("@[`{"), "@[`{");
}

TEST(Strings, EqualsIgnoreCaseComparesAsciiCaselessly) {
  EXPECT_TRUE(EqualsIgnoreCase("Content-Type", "content-type"));
  EXPECT_TRUE(EqualsIgnoreCase("IF-NONE-MATCH", "If-None-Match"));
  EXPECT_TRUE(EqualsIgnoreCase("", ""));
  EXPECT_FALSE(EqualsIgnoreCase("abc", "abd"));
  EXPECT_FALSE(EqualsIgnoreCase("abc", "abcd"));
  EXPECT_FALSE(EqualsIgnoreCase("abc", ""));
  // '[' and '{' differ from 'A'..'Z' / 'a'..'z' by the same 0x20 but are not letters.
  EXPECT_FALSE(EqualsIgnoreCase("[", "{"));
  // Only ASCII folds.
  EXPECT_FALSE(EqualsIgnoreCase("Привет", "привет"));
  EXPECT_TRUE(EqualsIgnoreCase("Привет", "Привет"));
}

TEST(Strings, TrimRemovesSurroundingBlanks) {
  EXPECT_EQ(Trim("  hello  "), "hello");
  EXPECT_EQ(Trim("\t\r\n hello world \n"), "hello world");
  EXPECT_EQ(Trim("a  b"), "a  b");
  EXPECT_EQ(Trim("x"), "x");
  EXPECT_EQ(Trim(""), "");
  EXPECT_EQ(Trim(" \t\r\n "), "");
  EXPECT_EQ(Trim(" Вьетнам "), "Вьетнам");
}

TEST(Strings, TrimReturnsAViewIntoTheInput) {
  const std::string_view text = "  abc  ";
  const std::string_view trimmed = Trim(text);
  EXPECT_EQ(trimmed.data(), text.data() + 2);
  EXPECT_EQ(trimmed.size(), 3u);
}

TEST(Strings, SplitListTrimsAndDropsEmptyPieces) {
  EXPECT_EQ(SplitList("a,b,c", ','), (Pieces{"a", "b", "c"}));
  EXPECT_EQ(SplitList(" a , b ,c ", ','), (Pieces{"a", "b", "c"}));
  EXPECT_EQ(SplitList("a,,b, ,c,", ','), (Pieces{"a", "b", "c"}));
  EXPECT_EQ(SplitList(",,,", ','), Pieces{});
  EXPECT_EQ(SplitList("", ','), Pieces{});
  EXPECT_EQ(SplitList("   ", ','), Pieces{});
  EXPECT_EQ(SplitList("single", ','), Pieces{"single"});
  EXPECT_EQ(SplitList("one two, three", ','), (Pieces{"one two", "three"}));
}

TEST(Strings, SplitListUsesTheGivenSeparator) {
  EXPECT_EQ(SplitList("a;b, c;d", ';'), (Pieces{"a", "b, c", "d"}));
  EXPECT_EQ(SplitList("/api/v1/", '/'), (Pieces{"api", "v1"}));
  EXPECT_EQ(SplitList("\"a\", W/\"b\"", ','), (Pieces{"\"a\"", "W/\"b\""}));
}

TEST(Strings, CountCharsCountsCodePoints) {
  EXPECT_EQ(CountChars(""), 0u);
  EXPECT_EQ(CountChars("Vietnam"), 7u);
  EXPECT_EQ(CountChars("Вьетнам"), 7u);
  EXPECT_EQ(std::string_view("Вьетнам").size(), 14u);
  EXPECT_EQ(CountChars("Åland Islands"), 13u);
  EXPECT_EQ(CountChars("日本"), 2u);
  EXPECT_EQ(CountChars("\xF0\x9F\x98\x80"), 1u);  // U+1F600, four bytes
  EXPECT_EQ(CountChars("a\xD1\x91z"), 3u);        // "aёz"
}

TEST(Strings, StringHashFindsStringKeysByView) {
  std::unordered_set<std::string, StringHash, std::equal_to<>> keys{"alpha", "бета"};
  EXPECT_NE(keys.find(std::string_view("alpha")), keys.end());
  EXPECT_NE(keys.find(std::string_view("бета")), keys.end());
  EXPECT_EQ(keys.find(std::string_view("gamma")), keys.end());
  EXPECT_EQ(StringHash{}("alpha"), std::hash<std::string_view>{}("alpha"));
}

}  // namespace
}  // namespace attache

namespace attache {
namespace {

TEST(PlausibleEmail, AcceptsAddressesAndRejectsTypos) {
  for (const char* good : {"a@b.co", "first.last+tag@mail.example.org", "атташе@пример.рф"}) {
    EXPECT_TRUE(PlausibleEmail(good)) << good;
  }
  for (const char* bad :
       {"", "a", "a@b", "@b.co", "a@@b.co", "a@b.", "a b@c.de", "a@.b.co", "a@b..co", "<a@b.co>"}) {
    EXPECT_FALSE(PlausibleEmail(bad)) << bad;
  }
}

}  // namespace
}  // namespace attache
