#include "platform/tabular/csv_writer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "platform/tabular/csv_reader.hpp"

namespace attache::tabular {
namespace {

using Cells = std::vector<std::string>;

struct Output {
  std::string bytes;
  int chunks = 0;
  Sink sink() {
    return [this](std::string_view chunk) -> Status {
      bytes.append(chunk);
      ++chunks;
      return {};
    };
  }
};

std::string Write(const std::vector<Cells>& lines, CsvDelimiter delimiter) {
  Output output;
  CsvWriter writer(output.sink(), delimiter);
  EXPECT_TRUE(writer.WriteHeader(lines.front()));
  for (size_t i = 1; i < lines.size(); ++i) EXPECT_TRUE(writer.WriteRow(lines[i]));
  EXPECT_TRUE(writer.Finish());
  return output.bytes;
}

TEST(CsvWriter, WritesBomCrLfAndTheDelimiter) {
  EXPECT_EQ(Write({{"name", "inn"}, {"Яндекс", "7736207543"}}, CsvDelimiter::kSemicolon),
            "\xEF\xBB\xBFname;inn\r\nЯндекс;7736207543\r\n");
  EXPECT_EQ(Write({{"name", "inn"}, {"Яндекс", "7736207543"}}, CsvDelimiter::kComma),
            "\xEF\xBB\xBFname,inn\r\nЯндекс,7736207543\r\n");
}

TEST(CsvWriter, QuotesWhatNeedsIt) {
  EXPECT_EQ(Write({{"a", "b", "c", "d"}, {"x;y", "ООО \"Ромашка\"", "two\nlines", "1,5"}},
                  CsvDelimiter::kSemicolon),
            "\xEF\xBB\xBF"
            "a;b;c;d\r\n\"x;y\";\"ООО \"\"Ромашка\"\"\";\"two\nlines\";1,5\r\n");
  // With `,` the comma needs quotes and the semicolon does not.
  EXPECT_EQ(Write({{"a", "b"}, {"x;y", "1,5"}}, CsvDelimiter::kComma),
            "\xEF\xBB\xBF"
            "a,b\r\nx;y,\"1,5\"\r\n");
}

TEST(CsvWriter, DefusesFormulas) {
  const std::string out = Write({{"cell"},
                                 {"=HYPERLINK(\"http://evil\",\"x\")"},
                                 {"+cmd|' /C calc'!A0"},
                                 {"-2+3"},
                                 {"@SUM(A1)"},
                                 {"\tTAB"},
                                 {"\rCR"},
                                 {"a=b"}},
                                CsvDelimiter::kSemicolon);
  EXPECT_EQ(out,
            "\xEF\xBB\xBF"
            "cell\r\n"
            "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\r\n"
            "'+cmd|' /C calc'!A0\r\n"
            "'-2+3\r\n"
            "'@SUM(A1)\r\n"
            "'\tTAB\r\n"
            "\"'\rCR\"\r\n"
            "a=b\r\n");
}

TEST(CsvWriter, LeavesPlainNumbersAlone) {
  EXPECT_EQ(
      Write({{"n"}, {"-5"}, {"+7"}, {"-12,5"}, {"-0.25"}, {"-"}, {"-1e5"}}, CsvDelimiter::kComma),
      "\xEF\xBB\xBFn\r\n-5\r\n+7\r\n\"-12,5\"\r\n-0.25\r\n'-\r\n'-1e5\r\n");
}

TEST(CsvWriter, SendsLargeOutputInChunks) {
  Output output;
  CsvWriter writer(output.sink());
  ASSERT_TRUE(writer.WriteHeader({"id", "name"}));
  for (int i = 0; i < 20000; ++i) {
    ASSERT_TRUE(writer.WriteRow({std::to_string(i), "Лаборатория Касперского"}));
  }
  ASSERT_TRUE(writer.Finish());
  EXPECT_GT(output.chunks, 10);
  const auto table = ReadCsv(output.bytes);
  ASSERT_TRUE(table.has_value());
  ASSERT_EQ(table->rows.size(), 20000u);
  EXPECT_EQ(table->rows[19999].cells, (Cells{"19999", "Лаборатория Касперского"}));
}

TEST(CsvWriter, RoundTripsThroughTheReader) {
  const std::vector<Cells> lines = {
      {"name", "note", "inn"}, {"ООО \"Ромашка\"", "a;b\r\nc", "007736207543"}, {"", "", "x"}};
  const auto table = ReadCsv(Write(lines, CsvDelimiter::kSemicolon));
  ASSERT_TRUE(table.has_value());
  EXPECT_EQ(table->header, lines[0]);
  ASSERT_EQ(table->rows.size(), 2u);
  EXPECT_EQ(table->rows[0].cells, lines[1]);
  EXPECT_EQ(table->rows[1].cells, lines[2]);
}

TEST(CsvWriter, StopsOnSinkErrors) {
  CsvWriter writer([](std::string_view) -> Status {
    return Fail(ErrorCode::kUnavailable, {"gone", "нет"});
  });
  ASSERT_TRUE(writer.WriteHeader({"a"}));  // still buffered
  const Status finished = writer.Finish();
  ASSERT_FALSE(finished);
  EXPECT_EQ(finished.error().code, ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace attache::tabular
