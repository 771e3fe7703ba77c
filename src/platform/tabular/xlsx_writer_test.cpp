#include "platform/tabular/xlsx_writer.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "platform/tabular/xlsx_reader.hpp"
#include "platform/tabular/zip_reader.hpp"

namespace attache::tabular {
namespace {

using Cells = std::vector<std::string>;

class XlsxWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::path(::testing::TempDir()) /
           ("xlsx-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // The workbook's bytes, with the number of chunks the sink saw.
  std::string Write(const std::vector<Cells>& lines, std::vector<size_t> number_columns = {}) {
    XlsxOptions options;
    options.temp_dir = dir_;
    options.number_columns = std::move(number_columns);
    std::string bytes;
    auto writer = XlsxWriter::Create(options, [&](std::string_view chunk) -> Status {
      bytes.append(chunk);
      ++chunks_;
      return {};
    });
    EXPECT_TRUE(writer.has_value());
    if (!writer) return {};
    EXPECT_TRUE((*writer)->WriteHeader(lines.front()));
    for (size_t i = 1; i < lines.size(); ++i) EXPECT_TRUE((*writer)->WriteRow(lines[i]));
    EXPECT_TRUE((*writer)->Finish());
    return bytes;
  }

  // The first worksheet's XML.
  static std::string SheetXml(const std::string& workbook) {
    auto zip = ZipReader::Open(workbook);
    EXPECT_TRUE(zip.has_value());
    std::string xml;
    EXPECT_TRUE((*zip)->Read("xl/worksheets/sheet1.xml", 1 << 20, [&](std::string_view chunk) {
      xml.append(chunk);
      return Status();
    }));
    return xml;
  }

  bool DirIsEmpty() const { return std::filesystem::is_empty(dir_); }

  std::filesystem::path dir_;
  int chunks_ = 0;
};

TEST_F(XlsxWriterTest, RoundTripsThroughTheReader) {
  const std::vector<Cells> lines = {
      {"Название", "ИНН", "ОГРНИП", "Примечание", "Сотрудники"},
      {"АО «Лаборатория Касперского»", "7713140469", "", "", "5000"},
      {"ИП Иванов", "500100732259", "304500116000157", "код 00123", ""},
      {"=1+2", "007736207543", "12345678901234567890", "a & <b> \"c\"\nвторая строка", "2.5"},
      {"", "", "", "", "-1"},
      {"bell\x07 and _x0041_", "", "", "tab\tand\r\nCRLF", ""},
  };
  const auto table = ReadXlsx(Write(lines, {4}));
  ASSERT_TRUE(table.has_value()) << table.error().detail.en;
  EXPECT_EQ(table->header, lines[0]);
  ASSERT_EQ(table->rows.size(), 5u);
  EXPECT_EQ(table->rows[0].cells, lines[1]);
  EXPECT_EQ(table->rows[0].number, 2);
  // Trailing empty cells are not stored, so the row ends at its last value.
  EXPECT_EQ(table->rows[1].cells,
            (Cells{"ИП Иванов", "500100732259", "304500116000157", "код 00123"}));
  EXPECT_EQ(table->rows[2].cells, lines[3]);
  EXPECT_EQ(table->rows[3].cells, lines[4]);
  EXPECT_EQ(table->rows[3].number, 5);
  EXPECT_EQ(table->rows[4].cells, (Cells{"bell\x07 and _x0041_", "", "", "tab\tand\r\nCRLF"}));
  EXPECT_TRUE(DirIsEmpty());
}

TEST_F(XlsxWriterTest, WritesIdentifiersAsTextAndNumberColumnsAsNumbers) {
  const std::string xml =
      SheetXml(Write({{"inn", "count"}, {"7713140469", "42"}, {"x", "n/a"}}, {1}));
  EXPECT_NE(xml.find(R"(<c r="A2" t="inlineStr"><is><t>7713140469</t></is></c>)"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find(R"(<c r="B2"><v>42</v></c>)"), std::string::npos) << xml;
  // Not a number after all: text.
  EXPECT_NE(xml.find(R"(<c r="B3" t="inlineStr"><is><t>n/a</t></is></c>)"), std::string::npos);
  EXPECT_EQ(xml.find("<f>"), std::string::npos);
}

TEST_F(XlsxWriterTest, FreezesTheBoldHeaderAndFiltersTheTable) {
  const std::string xml = SheetXml(
      Write({{"name", "description"}, {"Яндекс", std::string(200, 'x')}, {"КРОК", "short"}}));
  EXPECT_NE(
      xml.find(R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)"),
      std::string::npos)
      << xml;
  EXPECT_NE(xml.find(R"(<autoFilter ref="A1:B3"/>)"), std::string::npos);
  EXPECT_NE(xml.find(R"(<col min="1" max="1" width="8.7109375" customWidth="1"/>)"),
            std::string::npos);
  EXPECT_NE(xml.find(R"(<col min="2" max="2" width="60.7109375" customWidth="1"/>)"),
            std::string::npos);
  EXPECT_NE(xml.find(R"(<c r="A1" s="1" t="inlineStr">)"), std::string::npos);
}

TEST_F(XlsxWriterTest, CutsCellsAtExcelsLimit) {
  std::string long_text;
  for (int i = 0; i < 40000; ++i) long_text += "я";
  const auto table = ReadXlsx(Write({{"text"}, {long_text}}));
  ASSERT_TRUE(table.has_value());
  EXPECT_EQ(table->rows[0].cells[0], long_text.substr(0, 32767 * 2));
}

TEST_F(XlsxWriterTest, RemovesTheTemporaryFileWhenAbandoned) {
  {
    XlsxOptions options;
    options.temp_dir = dir_;
    auto writer = XlsxWriter::Create(options, [](std::string_view) { return Status(); });
    ASSERT_TRUE(writer.has_value());
    ASSERT_TRUE((*writer)->WriteHeader({"a"}));
    ASSERT_TRUE((*writer)->WriteRow({"1"}));
    EXPECT_FALSE(DirIsEmpty());
  }
  EXPECT_TRUE(DirIsEmpty());
}

TEST_F(XlsxWriterTest, PassesSinkErrorsOnAndCleansUp) {
  XlsxOptions options;
  options.temp_dir = dir_;
  auto writer = XlsxWriter::Create(options, [](std::string_view) -> Status {
    return Fail(ErrorCode::kUnavailable, {"client gone", "клиент ушёл"});
  });
  ASSERT_TRUE(writer.has_value());
  ASSERT_TRUE((*writer)->WriteHeader({"a"}));
  const Status finished = (*writer)->Finish();
  ASSERT_FALSE(finished);
  EXPECT_EQ(finished.error().code, ErrorCode::kUnavailable);
  writer->reset();
  EXPECT_TRUE(DirIsEmpty());
}

TEST_F(XlsxWriterTest, RejectsSheetNamesExcelRefuses) {
  XlsxOptions options;
  options.temp_dir = dir_;
  options.sheet_name = "a/b";
  EXPECT_FALSE(XlsxWriter::Create(options, [](std::string_view) { return Status(); }).has_value());
  EXPECT_TRUE(DirIsEmpty());
}

TEST_F(XlsxWriterTest, FailsWithoutATemporaryDirectory) {
  XlsxOptions options;
  options.temp_dir = dir_ / "missing";
  const auto writer = XlsxWriter::Create(options, [](std::string_view) { return Status(); });
  ASSERT_FALSE(writer.has_value());
  EXPECT_EQ(writer.error().code, ErrorCode::kInternal);
}

}  // namespace
}  // namespace attache::tabular
