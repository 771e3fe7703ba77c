#include "platform/tabular/xlsx_reader.hpp"

#include <gtest/gtest.h>
#include <minizip/zip.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

namespace attache::tabular {
namespace {

using Cells = std::vector<std::string>;
using Parts = std::vector<std::pair<std::string, std::string>>;

// A zip of `parts`, built the way Excel and other writers build workbooks.
std::string Zip(const Parts& parts) {
  // Tests run in parallel processes (ctest -j): each writes its own file.
  static int made = 0;
  const std::filesystem::path path =
      std::filesystem::path(::testing::TempDir()) /
      ("attache-xlsx-test-" + std::to_string(::getpid()) + "-" + std::to_string(++made) + ".zip");
  zipFile zip = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
  EXPECT_NE(zip, nullptr);
  for (const auto& [name, content] : parts) {
    zip_fileinfo info{};
    zipOpenNewFileInZip64(zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                          Z_DEFAULT_COMPRESSION, 0);
    zipWriteInFileInZip(zip, content.data(), static_cast<unsigned>(content.size()));
    zipCloseFileInZip(zip);
  }
  zipClose(zip, nullptr);
  std::ifstream file(path, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  std::filesystem::remove(path);
  return bytes;
}

constexpr const char* kPackageRels =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>)";

// A chart sheet first in the tab order, then the worksheet to read, then one to ignore.
constexpr const char* kWorkbook =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<x:sheets><x:sheet name="Chart" sheetId="1" r:id="rId3"/><x:sheet name="Data" sheetId="2" r:id="rId2"/>
<x:sheet name="Other" sheetId="3" r:id="rId1"/></x:sheets></x:workbook>)";

constexpr const char* kWorkbookRels =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>
<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>)";

constexpr const char* kSharedStrings =
    R"(<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">
<si><t>Название</t></si>
<si><t>ИНН</t></si>
<si><r><rPr><b/></rPr><t>Лаборатория </t></r><r><t>Касперского</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si>
<si><t xml:space="preserve"> spaced &amp; &lt;escaped&gt; </t></si>
<si><t>line_x000D_
break</t></si>
</sst>)";

std::string Sheet(const std::string& rows) {
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
         rows + "</sheetData></worksheet>";
}

Parts Workbook(const std::string& sheet_rows) {
  return {{"_rels/.rels", kPackageRels},
          {"xl/workbook.xml", kWorkbook},
          {"xl/_rels/workbook.xml.rels", kWorkbookRels},
          {"xl/sharedStrings.xml", kSharedStrings},
          {"xl/worksheets/sheet1.xml",
           Sheet(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>wrong sheet</t></is></c></row>)")},
          {"xl/worksheets/sheet2.xml", Sheet(sheet_rows)}};
}

Table MustRead(const std::string& bytes) {
  auto table = ReadXlsx(bytes);
  EXPECT_TRUE(table.has_value()) << (table ? "" : table.error().detail.en);
  return table ? *table : Table{};
}

TEST(XlsxReader, ReadsTheFirstWorksheetWithEveryKindOfCell) {
  const Table table = MustRead(Zip(Workbook(
      R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>Примечание</t></is></c></row>
<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>7713140469</v></c><c r="C2" t="s"><v>3</v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><r><t>Ян</t></r><r><t>декс</t></r></is></c><c r="B3" s="1"><v>7.736207543E9</v></c><c r="D3" t="b"><v>1</v></c></row>
<row r="4"><c r="A4" t="str"><f>A2&amp;"!"</f><v>formula text</v></c><c r="B4" t="e"><v>#N/A</v></c><c r="C4" t="b"><v>0</v></c><c r="D4" t="s"><v>4</v></c></row>
<row r="5"><c r="A5"><v>0.30000000000000004</v></c><c r="B5"><v>1E+20</v></c><c r="C5"><v>-2.5</v></c><c r="D5"><v>45292</v></c></row>)")));
  EXPECT_EQ(table.header, (Cells{"Название", "ИНН", "Примечание"}));
  ASSERT_EQ(table.rows.size(), 4u);
  EXPECT_EQ(table.rows[0].cells,
            (Cells{"Лаборатория Касперского", "7713140469", " spaced & <escaped> "}));
  EXPECT_EQ(table.rows[1].cells, (Cells{"Яндекс", "7736207543", "", "TRUE"}));
  EXPECT_EQ(table.rows[2].cells, (Cells{"formula text", "#N/A", "FALSE", "line\r\nbreak"}));
  EXPECT_EQ(table.rows[3].cells, (Cells{"0.3", "1e+20", "-2.5", "45292"}));
  EXPECT_EQ(table.rows[3].number, 5);
}

TEST(XlsxReader, PlacesCellsByTheirReferences) {
  const Table table = MustRead(Zip(Workbook(
      R"(<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="C1" t="inlineStr"><is><t>c</t></is></c></row>
<row r="2"><c r="C2"><v>3</v></c><c r="A2"><v>1</v></c></row>
<row><c><v>1</v></c><c><v>2</v></c><c r="E3"><v>5</v></c><c><v>6</v></c></row>)")));
  EXPECT_EQ(table.header, (Cells{"a", "", "c"}));
  ASSERT_EQ(table.rows.size(), 2u);
  EXPECT_EQ(table.rows[0].cells, (Cells{"1", "", "3"}));
  // Without references cells and rows follow the one before.
  EXPECT_EQ(table.rows[1].cells, (Cells{"1", "2", "", "", "5", "6"}));
  EXPECT_EQ(table.rows[1].number, 3);
}

TEST(XlsxReader, LeavesOutBlankRowsButKeepsTheirNumbers) {
  const Table table = MustRead(Zip(Workbook(
      R"(<row r="2" ht="20"/><row r="3"><c r="B3"><v>1</v></c></row>
<row r="4"><c r="A4" s="2"/><c r="B4" t="inlineStr"><is><t></t></is></c></row>
<row r="9"><c r="B9"><v>2</v></c></row>)")));
  EXPECT_EQ(table.header, (Cells{"", "1"}));
  ASSERT_EQ(table.rows.size(), 1u);
  EXPECT_EQ(table.rows[0].number, 9);
}

TEST(XlsxReader, RejectsWhatIsNotAWorkbook) {
  for (const std::string& bytes :
       {std::string("name;inn\n"), std::string(), Zip({{"word/document.xml", "<document/>"}}),
        Zip({{"_rels/.rels", kPackageRels}})}) {
    const auto table = ReadXlsx(bytes);
    ASSERT_FALSE(table.has_value());
    EXPECT_EQ(table.error().code, ErrorCode::kBadRequest);
    EXPECT_FALSE(table.error().detail.ru.empty());
  }
}

TEST(XlsxReader, RejectsDamagedParts) {
  for (const std::string rows : {
           R"(<row r="1"><c r="A1"><v>1</v></row>)",             // not well-formed
           R"(<row r="1"><c r="A1" t="s"><v>99</v></c></row>)",  // no such shared string
           R"(<row r="1"><c r="XFE1"><v>1</v></c></row>)",       // past Excel's last column
       }) {
    const auto table = ReadXlsx(Zip(Workbook(rows)));
    ASSERT_FALSE(table.has_value()) << rows;
    EXPECT_EQ(table.error().code, ErrorCode::kBadRequest);
    EXPECT_NE(table.error().detail.en.find("damaged"), std::string::npos);
  }
}

TEST(XlsxReader, ReadsTheLastColumn) {
  const Table table = MustRead(Zip(Workbook(R"(<row r="1"><c r="XFD1"><v>1</v></c></row>)")));
  ASSERT_EQ(table.header.size(), 16384u);
  EXPECT_EQ(table.header.back(), "1");
}

TEST(XlsxReader, EmptyWorksheetHasNoHeader) {
  const auto table = ReadXlsx(Zip(Workbook("")));
  ASSERT_FALSE(table.has_value());
  EXPECT_EQ(table.error().code, ErrorCode::kBadRequest);
}

}  // namespace
}  // namespace attache::tabular
