#include "platform/tabular/csv_reader.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace attache::tabular {
namespace {

using Cells = std::vector<std::string>;

// "Лаборатория" in Windows-1251.
const std::string kLaboratoryCp1251 = "\xCB\xE0\xE1\xEE\xF0\xE0\xF2\xEE\xF0\xE8\xFF";

Table MustRead(std::string_view bytes, Encoding encoding = Encoding::kDetect) {
  auto table = ReadCsv(bytes, encoding);
  EXPECT_TRUE(table.has_value()) << (table ? "" : table.error().detail.en);
  return table ? *table : Table{};
}

TEST(CsvReader, ReadsHeaderAndRowsWithTheirLineNumbers) {
  const Table table = MustRead("name,inn\nЯндекс,7736207543\nКРОК,7701004101\n");
  EXPECT_EQ(table.header, (Cells{"name", "inn"}));
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0].cells, (Cells{"Яндекс", "7736207543"}));
  EXPECT_EQ(table.rows[0].number, 2);
  EXPECT_EQ(table.rows[1].cells, (Cells{"КРОК", "7701004101"}));
  EXPECT_EQ(table.rows[1].number, 3);
}

TEST(CsvReader, DropsTheUtf8Bom) {
  const Table table = MustRead("\xEF\xBB\xBFname;inn\r\nЯндекс;7736207543\r\n");
  EXPECT_EQ(table.header, (Cells{"name", "inn"}));
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(table.rows[0].cells, (Cells{"Яндекс", "7736207543"}));
}

TEST(CsvReader, DetectsWindows1251) {
  const Table table =
      MustRead("name;city\r\n" + kLaboratoryCp1251 + ";\xCC\xEE\xF1\xEA\xE2\xE0\r\n");
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(table.rows[0].cells, (Cells{"Лаборатория", "Москва"}));
}

TEST(CsvReader, ForcedWindows1251ReadsEvenValidUtf8Bytes) {
  // "Р°" in Windows-1251 happens to be the UTF-8 bytes of "а"; forcing the encoding wins.
  const Table table = MustRead("name\n\xD0\xB0\n", Encoding::kWindows1251);
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(table.rows[0].cells, (Cells{"Р°"}));
}

TEST(CsvReader, ForcedUtf8RejectsOtherBytesNamingTheLine) {
  const auto table = ReadCsv("name\nok\n" + kLaboratoryCp1251 + "\n", Encoding::kUtf8);
  ASSERT_FALSE(table.has_value());
  EXPECT_EQ(table.error().code, ErrorCode::kBadRequest);
  EXPECT_NE(table.error().detail.en.find("Line 3"), std::string::npos) << table.error().detail.en;
  EXPECT_NE(table.error().detail.ru.find("Строка 3"), std::string::npos);
}

TEST(CsvReader, BomPromisesUtf8) {
  const auto table = ReadCsv("\xEF\xBB\xBFname\n" + kLaboratoryCp1251 + "\n");
  ASSERT_FALSE(table.has_value());
  EXPECT_NE(table.error().detail.en.find("Line 2"), std::string::npos) << table.error().detail.en;
}

TEST(CsvReader, RejectsUtf16) {
  const auto table = ReadCsv(std::string("\xFF\xFEn\0a\0", 6));
  ASSERT_FALSE(table.has_value());
  EXPECT_NE(table.error().detail.en.find("UTF-16"), std::string::npos);
}

TEST(CsvReader, DetectsTheDelimiterFromTheHeader) {
  EXPECT_EQ(MustRead("a;b;c\n1;2,5;3\n").rows[0].cells, (Cells{"1", "2,5", "3"}));
  EXPECT_EQ(MustRead("a,b,c\n1,2;5,3\n").rows[0].cells, (Cells{"1", "2;5", "3"}));
  EXPECT_EQ(MustRead("a\tb\n1,5\t2;3\n").rows[0].cells, (Cells{"1,5", "2;3"}));
  // Delimiters inside quotes do not count.
  EXPECT_EQ(MustRead("\"a,b,c\";d\n1;2\n").header, (Cells{"a,b,c", "d"}));
  // One column: nothing to split on.
  EXPECT_EQ(MustRead("name\nООО «Ромашка»; филиал\n").header, (Cells{"name"}));
}

TEST(CsvReader, ReadsQuotedCells) {
  const Table table = MustRead(
      "name;note;inn\n"
      "\"ООО \"\"Ромашка\"\"\";\"first line\nsecond line\";\"7736207543\"\n"
      "\"a;b\";\"\";x\n");
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0].cells,
            (Cells{"ООО \"Ромашка\"", "first line\nsecond line", "7736207543"}));
  EXPECT_EQ(table.rows[0].number, 2);
  // The line break inside quotes moves the next record to line 4.
  EXPECT_EQ(table.rows[1].cells, (Cells{"a;b", "", "x"}));
  EXPECT_EQ(table.rows[1].number, 4);
}

TEST(CsvReader, KeepsTextAfterAClosingQuoteAsExcelDoes) {
  EXPECT_EQ(MustRead("a,b\n\"x\"y,z\n").rows[0].cells, (Cells{"xy", "z"}));
  EXPECT_EQ(MustRead("a,b\nx\"y,z\n").rows[0].cells, (Cells{"x\"y", "z"}));
}

TEST(CsvReader, UnterminatedQuoteNamesTheLineWhereItOpened) {
  const auto table = ReadCsv("name;note\nok;fine\nbad;\"never closed\nmore\nand more\n");
  ASSERT_FALSE(table.has_value());
  EXPECT_EQ(table.error().code, ErrorCode::kBadRequest);
  EXPECT_NE(table.error().detail.en.find("Line 3"), std::string::npos) << table.error().detail.en;
  EXPECT_NE(table.error().detail.ru.find("Строка 3"), std::string::npos);
}

TEST(CsvReader, AcceptsCrLfLfAndCrLineEnds) {
  for (const std::string end : {"\r\n", "\n", "\r"}) {
    const Table table = MustRead("a;b" + end + "1;2" + end + "3;4" + end);
    ASSERT_EQ(table.rows.size(), 2u) << end.size();
    EXPECT_EQ(table.rows[1].cells, (Cells{"3", "4"}));
    EXPECT_EQ(table.rows[1].number, 3);
  }
}

TEST(CsvReader, LeavesOutBlankRowsButCountsThem) {
  const Table table = MustRead("\n\na;b\n1;2\n\n;\n3;4\n\n\r\n\n");
  EXPECT_EQ(table.header, (Cells{"a", "b"}));
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0].number, 4);
  EXPECT_EQ(table.rows[1].number, 7);
}

TEST(CsvReader, KeepsShortAndLongRowsAsWritten) {
  const Table table = MustRead("a;b;c\n1\n1;2;3;4\n1;;\n");
  ASSERT_EQ(table.rows.size(), 3u);
  EXPECT_EQ(table.rows[0].cells, (Cells{"1"}));
  EXPECT_EQ(table.rows[0].Cell(2), "");
  EXPECT_EQ(table.rows[1].cells, (Cells{"1", "2", "3", "4"}));
  EXPECT_EQ(table.rows[2].cells, (Cells{"1", "", ""}));
}

TEST(CsvReader, LastLineWithoutLineEnd) {
  const Table table = MustRead("a,b\n1,\"2\"");
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(table.rows[0].cells, (Cells{"1", "2"}));
}

TEST(CsvReader, EmptyFileHasNoHeader) {
  for (const std::string bytes : {"", "\xEF\xBB\xBF", "\r\n\r\n", ";;\n"}) {
    const auto table = ReadCsv(bytes);
    ASSERT_FALSE(table.has_value());
    EXPECT_EQ(table.error().code, ErrorCode::kBadRequest);
  }
}

TEST(CsvReader, ParsesEncodingNames) {
  EXPECT_EQ(ParseEncoding("utf-8"), Encoding::kUtf8);
  EXPECT_EQ(ParseEncoding("UTF8"), Encoding::kUtf8);
  EXPECT_EQ(ParseEncoding("windows-1251"), Encoding::kWindows1251);
  EXPECT_EQ(ParseEncoding("CP1251"), Encoding::kWindows1251);
  EXPECT_EQ(ParseEncoding("koi8-r"), std::nullopt);
  EXPECT_EQ(ParseEncoding(""), std::nullopt);
}

}  // namespace
}  // namespace attache::tabular
