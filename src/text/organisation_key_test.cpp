#include "text/organisation_key.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace attache::text {
namespace {

// Names of one organisation, as registries, users and websites write them.
const std::vector<std::vector<std::string>> kSameOrganisation = {
    {"Лаборатория Касперского", "Kaspersky Lab", "АО «Лаборатория Касперского»",
     "KASPERSKY LAB JSC", "Лаборатория Касперского, АО"},
    {"Яндекс", "Yandex", "ООО Яндекс", "ООО \"ЯНДЕКС\"", "Yandex LLC",
     "Общество с ограниченной ответственностью «Яндекс»"},
    {"Ростелеком", "Rostelecom", "ПАО «Ростелеком»", "PJSC Rostelecom",
     "Публичное акционерное общество \"Ростелеком\""},
    {"Диасофт", "Diasoft", "ООО «Диасофт»"},
    {"ИнфоВотч", "InfoWatch", "АО «ИнфоВотч»"},
    {"Геоскан", "Geoscan", "ГК «Геоскан»", "Geoscan Group"},
    {"Микран", "Mikran", "АО «НПФ «Микран»", "NPF Mikran"},
    {"Positive Technologies", "Позитив Текнолоджиз", "АО «Позитив Текнолоджиз»"},
    {"Сбербанк России", "Sberbank of Russia", "ПАО Сбербанк России"},
    {"Тинькофф", "Tinkoff", "Tinkoff Ltd."},
    {"Крок", "CROC", "ЗАО «КРОК инкорпорейтед»", "CROC Incorporated"},
    {"Селектел", "Selectel", "ООО «Селектел»"},
    {"Акронис", "Acronis", "Acronis International GmbH", "Акронис Интернешнл"},
    {"Параллелз", "Parallels", "Parallels Inc."},
    {"Люксофт", "Luxoft", "Luxoft Holding, Inc.", "Люксофт Холдинг"},
    {"Софтлайн", "Softline", "Softline Group", "ГК Софтлайн"},
    {"Джет Инфосистемс", "Jet Infosystems", "АО «Инфосистемы Джет»"},
    {"Эльбрус", "Elbrus"},
    {"Мэйл.ру Груп", "Mail.ru Group", "MAIL.RU GROUP LIMITED"},
    {"Когнитив Текнолоджиз", "Cognitive Technologies"},
    {"ABBYY", "Абби"},
    {"Тест S.A.", "Тест SA", "Тест S. A.", "ТЕСТ"},
    {"ЭПАМ Системз", "EPAM Systems", "EPAM Systems, Inc."},
};

// Different organisations whose names look alike.
const std::vector<std::pair<std::string, std::string>> kDifferentOrganisations = {
    {"Диасофт", "Дизайн"},
    {"Kaspersky Lab", "Positive Technologies"},
    {"Сбер", "Сибур"},
    {"Ростелеком", "Ростех"},
    {"Яндекс", "Ямаха"},
    {"Лаборатория Касперского", "Касперский"},
    {"Микран", "Миландр"},
    {"Геоскан", "Геосплайн"},
    {"МТС", "МТТ"},
    {"ИнфоВотч", "Инфотекс"},
};

TEST(OrganisationKey, SameOrganisationSameKey) {
  for (const auto& names : kSameOrganisation) {
    const std::string expected = OrganisationKey(names.front());
    EXPECT_FALSE(expected.empty()) << names.front();
    for (const auto& name : names) {
      EXPECT_EQ(OrganisationKey(name), expected) << name << " vs " << names.front();
    }
  }
}

TEST(OrganisationKey, DifferentOrganisationsDifferentKeys) {
  for (const auto& [a, b] : kDifferentOrganisations) {
    EXPECT_NE(OrganisationKey(a), OrganisationKey(b)) << a << " vs " << b;
  }
}

TEST(OrganisationKey, ReadsAsSortedSoundTokens) {
  EXPECT_EQ(OrganisationKey("Kaspersky Lab"), "kaspar lab");
  EXPECT_EQ(OrganisationKey("Лаборатория Касперского"), "kaspar lab");
  EXPECT_EQ(OrganisationKey("Яндекс"), "andaks");
  EXPECT_EQ(OrganisationKey("Positive Technologies"), "pasata tech");
  // Token order does not matter.
  EXPECT_EQ(OrganisationKey("Lab Kaspersky"), "kaspar lab");
}

TEST(OrganisationKey, LegalFormsGoWhereverTheyStand) {
  EXPECT_EQ(OrganisationKey("ООО Яндекс"), OrganisationKey("Яндекс ООО"));
  EXPECT_EQ(OrganisationKey("Яндекс (ООО)"), OrganisationKey("Яндекс"));
  EXPECT_EQ(OrganisationKey("ФГАОУ ВО «Университет ИТМО»"), OrganisationKey("ИТМО University"));
  EXPECT_EQ(OrganisationKey("Example Co., Ltd."), OrganisationKey("Example"));
}

TEST(OrganisationKey, PhrasesOfLegalFormsOnlyAsAWhole) {
  // "Общество" alone is a word of the name, not a legal form.
  EXPECT_NE(OrganisationKey("Общество Знание"), OrganisationKey("Знание"));
  EXPECT_EQ(OrganisationKey("Акционерное общество Знание"), OrganisationKey("Знание"));
}

TEST(OrganisationKey, EmptyWhenOnlyFormsAndPunctuationAreLeft) {
  EXPECT_EQ(OrganisationKey(""), "");
  EXPECT_EQ(OrganisationKey("   "), "");
  EXPECT_EQ(OrganisationKey("ООО"), "");
  EXPECT_EQ(OrganisationKey("«ООО»"), "");
  EXPECT_EQ(OrganisationKey("LLC"), "");
  EXPECT_EQ(OrganisationKey("Company Ltd."), "");
  EXPECT_EQ(OrganisationKey("Общество с ограниченной ответственностью"), "");
  EXPECT_EQ(OrganisationKey("ООО «»"), "");
  EXPECT_EQ(OrganisationKey("— , . ;"), "");
}

TEST(OrganisationKey, IsCoarseByDesign) {
  // Merged vowels and six-letter words: two real microelectronics makers share a key, which is
  // why equal keys only put a pair in front of a person.
  EXPECT_EQ(OrganisationKey("Микран"), OrganisationKey("Микрон"));
}

TEST(OrganisationKey, KeepsDigits) {
  EXPECT_EQ(OrganisationKey("Т1"), OrganisationKey("T1"));
  EXPECT_NE(OrganisationKey("Т1"), OrganisationKey("Т2"));
}

TEST(OrganisationKey, ApostrophesJoinDotsBetweenWordsSplit) {
  EXPECT_EQ(OrganisationKey("O'Reilly Media"), OrganisationKey("OReilly Media"));
  EXPECT_EQ(OrganisationKey("Яндекс.Маркет"), OrganisationKey("Яндекс Маркет"));
}

}  // namespace
}  // namespace attache::text
