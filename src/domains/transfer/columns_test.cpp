#include "domains/transfer/columns.hpp"

#include <gtest/gtest.h>

namespace attache::transfer {
namespace {

const Column& ColumnOf(Kind kind, std::string_view key) {
  for (const Column& column : ColumnsOf(kind)) {
    if (column.key == key) return column;
  }
  ADD_FAILURE() << "no column " << key;
  return ColumnsOf(kind)[0];
}

TEST(Columns, HeadersAreFoundByKeyEnglishOrRussianInAnyCase) {
  EXPECT_EQ(FindColumn(Kind::kOrganisations, "inn")->key, "inn");
  EXPECT_EQ(FindColumn(Kind::kOrganisations, " ИНН ")->key, "inn");
  EXPECT_EQ(FindColumn(Kind::kOrganisations, "наименование (РУС.)*")->key, "name_ru");
  EXPECT_EQ(FindColumn(Kind::kSolutions, "Export readiness (0-3)")->key, "export_readiness");
  EXPECT_EQ(FindColumn(Kind::kOrganisations, "colour"), nullptr);
  EXPECT_EQ(FindColumn(Kind::kContacts, "Registry number"), nullptr) << "a solutions column";
}

TEST(Columns, EveryHeaderIsUniqueWithinItsKind) {
  for (const auto& [name, kind] : kKindNames) {
    for (const Column& column : ColumnsOf(kind)) {
      EXPECT_EQ(FindColumn(kind, column.en), &column) << name << " " << column.en;
      EXPECT_EQ(FindColumn(kind, column.ru), &column) << name << " " << column.ru;
    }
  }
}

TEST(Columns, DatesReadInIsoRussianAndExcelForms) {
  const Column& date = ColumnOf(Kind::kOrganisations, "accreditation_date");
  EXPECT_EQ(ReadCell(date, "2024-05-31").value, "2024-05-31");
  EXPECT_EQ(ReadCell(date, "31.05.2024").value, "2024-05-31");
  EXPECT_EQ(ReadCell(date, "45443").value, "2024-05-31") << "Excel's day number";
  EXPECT_EQ(ReadCell(date, "45443.5").value, "2024-05-31");
  EXPECT_TRUE(ReadCell(date, "").value.is_null());
  EXPECT_TRUE(ReadCell(date, "31.02.2024").problem);
  EXPECT_TRUE(ReadCell(date, "soon").problem);
}

TEST(Columns, BooleansAndIntegers) {
  const Column& flag = ColumnOf(Kind::kSolutions, "published");
  EXPECT_EQ(ReadCell(flag, "Да").value, true);
  EXPECT_EQ(ReadCell(flag, "yes").value, true);
  EXPECT_EQ(ReadCell(flag, "0").value, false);
  EXPECT_EQ(ReadCell(flag, "").value, false);
  EXPECT_TRUE(ReadCell(flag, "perhaps").problem);
  const Column& readiness = ColumnOf(Kind::kSolutions, "export_readiness");
  EXPECT_EQ(ReadCell(readiness, "2").value, 2);
  EXPECT_EQ(ReadCell(readiness, "2.0").value, 2) << "as Excel hands numbers over";
  EXPECT_TRUE(ReadCell(readiness, "two").problem);
}

TEST(Columns, MarketsAndDeploymentsReadBackWhatIsWritten) {
  const Column& markets = ColumnOf(Kind::kOrganisations, "markets");
  const auto read = ReadCell(markets, "VN:exporting:2021-03-01; IN\n");
  ASSERT_FALSE(read.problem);
  EXPECT_EQ(read.value, nlohmann::json::parse(
                            R"([{"country":"VN","status":"exporting","since":"2021-03-01"},
                                {"country":"IN","status":"interested"}])"));
  EXPECT_EQ(WriteCell(markets, read.value), "VN:exporting:2021-03-01; IN:interested");
  EXPECT_TRUE(ReadCell(markets, "VN:exporting:never").problem);

  const Column& references = ColumnOf(Kind::kSolutions, "references");
  const auto deployments = ReadCell(references, "VN | Ministry | 2021 | national\nKZ | Bank");
  ASSERT_FALSE(deployments.problem);
  EXPECT_EQ(deployments.value[0]["year"], 2021);
  EXPECT_EQ(deployments.value[1]["customer"], "Bank");
  EXPECT_TRUE(deployments.value[1]["year"].is_null());
  EXPECT_EQ(ReadCell(references, WriteCell(references, deployments.value)).value,
            deployments.value);
  EXPECT_TRUE(ReadCell(references, "VN | x | last year").problem);
}

TEST(Columns, ListsSplitOnCommasSemicolonsAndLines) {
  const Column& languages = ColumnOf(Kind::kContacts, "languages");
  EXPECT_EQ(ReadCell(languages, "ru, en;vi\n").value, nlohmann::json({"ru", "en", "vi"}));
  const Column& certifications = ColumnOf(Kind::kSolutions, "certifications");
  EXPECT_EQ(ReadCell(certifications, "FSTEC, level 4\nISO 27001").value,
            nlohmann::json({"FSTEC, level 4", "ISO 27001"}));
}

TEST(Columns, TheExportsFormulaApostropheIsDropped) {
  const Column& phone = ColumnOf(Kind::kContacts, "phone");
  EXPECT_EQ(ReadCell(phone, "'+7 495 123-45-67").value, "+7 495 123-45-67");
  EXPECT_EQ(ReadCell(phone, "'quoted").value, "'quoted");
}

}  // namespace
}  // namespace attache::transfer
