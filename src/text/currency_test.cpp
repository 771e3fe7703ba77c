#include "text/currency.hpp"

#include <gtest/gtest.h>

namespace attache::text {
namespace {

TEST(Currency, DigitsOfCurrenciesInUse) {
  EXPECT_EQ(CurrencyDigits("RUB"), 2);
  EXPECT_EQ(CurrencyDigits("USD"), 2);
  EXPECT_EQ(CurrencyDigits("VND"), 0);
  EXPECT_EQ(CurrencyDigits("KWD"), 3);
  EXPECT_EQ(CurrencyDigits("TJS"), 2);
  EXPECT_EQ(CurrencyDigits("TMT"), 2);
}

TEST(Currency, EverythingElseIsNone) {
  for (const char* code : {"", "rub", "RU", "RUBL", "RUR", "ZZZ", "XAU", "XXX", "R1B"}) {
    EXPECT_FALSE(CurrencyDigits(code)) << code;
  }
}

}  // namespace
}  // namespace attache::text
