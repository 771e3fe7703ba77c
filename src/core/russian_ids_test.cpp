#include "core/russian_ids.hpp"

#include <gtest/gtest.h>

#include <string>

namespace attache {
namespace {

TEST(RussianIds, AcceptsOrganisationInns) {
  for (const std::string inn : {
           "7713140469",  // АО «Лаборатория Касперского»
           "7736207543",  // ООО «Яндекс»
           "7707049388",  // ПАО «Ростелеком»
           "7707083893",  // ПАО Сбербанк
           "7736050003",  // ПАО «Газпром»
           "7740000076",  // ПАО «МТС»
           "7702070139",  // Банк ВТБ (ПАО)
           "7700000070",  // the weighted sum is 10 mod 11, so the control digit is 0
       }) {
    EXPECT_TRUE(ValidInn(inn)) << inn;
  }
}

TEST(RussianIds, AcceptsPersonInns) {
  EXPECT_TRUE(ValidInn("500100732259"));
  EXPECT_TRUE(ValidInn("773370857141"));
}

TEST(RussianIds, RejectsWrongControlDigits) {
  EXPECT_FALSE(ValidInn("7713140460"));
  EXPECT_FALSE(ValidInn("7736207544"));
  EXPECT_FALSE(ValidInn("7701234567"));
  // Either control digit of a 12-digit number.
  EXPECT_FALSE(ValidInn("500100732269"));
  EXPECT_FALSE(ValidInn("500100732258"));
  // Two digits swapped.
  EXPECT_FALSE(ValidInn("7731140469"));
}

TEST(RussianIds, RejectsInnsOfOtherShapes) {
  for (const std::string inn : {"", "771314046", "77131404690", "7713140469 ", " 7713140469",
                                "77131404б9", "7713-140469", "50010073225", "5001007322590",
                                "ABCDEFGHIJ", "+713140469"}) {
    EXPECT_FALSE(ValidInn(inn)) << inn;
  }
  // A 12-digit number does not pass as a 10-digit one with two digits added.
  EXPECT_FALSE(ValidInn("771314046900"));
}

TEST(RussianIds, AcceptsOgrns) {
  for (const std::string ogrn : {
           "1027700132195",  // ПАО Сбербанк
           "1027700070518",  // ПАО «Газпром»
           "1027700229193",  // ООО «Яндекс»
           "1027739867473",  // АО «Лаборатория Касперского»
           "1027700198767",  // ПАО «Ростелеком»
           "1027739609391",  // Банк ВТБ (ПАО)
           "1027700000020",  // the remainder is 10, so the control digit is 0
       }) {
    EXPECT_TRUE(ValidOgrn(ogrn)) << ogrn;
  }
}

TEST(RussianIds, AcceptsOgrnips) { EXPECT_TRUE(ValidOgrn("304500116000157")); }

TEST(RussianIds, RejectsWrongOgrns) {
  for (const std::string ogrn :
       {"1027700132196", "1027700070519", "304500116000158", "315774600001520", "",
        "102770013219", "10277001321950", "1027700132195 ", "1027700I32195", "7713140469"}) {
    EXPECT_FALSE(ValidOgrn(ogrn)) << ogrn;
  }
}

}  // namespace
}  // namespace attache
