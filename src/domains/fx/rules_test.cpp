#include "domains/fx/rules.hpp"

#include <gtest/gtest.h>

namespace attache::fx {
namespace {

Rate Of(std::string currency, Date date, int64_t rub_micro, int64_t nominal = 1) {
  return Rate{std::move(currency), date, rub_micro, nominal, "test"};
}

TEST(FxRules, DecimalsAsPeopleWriteThem) {
  EXPECT_EQ(ParseScaled("92.5", 6), 92'500'000);
  EXPECT_EQ(ParseScaled("92,5", 6), 92'500'000);
  EXPECT_EQ(ParseScaled("1 234,567891", 6), 1'234'567'891);
  EXPECT_EQ(ParseScaled("35", 2), 3500);
  EXPECT_EQ(ParseScaled("0.000001", 6), 1);
  for (const char* bad : {"", ",", "1.2.3", "-5", "1e3", "12.3456789", "abc", "99999999999999"}) {
    EXPECT_FALSE(ParseScaled(bad, 6)) << bad;
  }
}

TEST(FxRules, ConvertsThroughTheRoubleAndRoundsHalfToEven) {
  const Date day{2024, 3, 15};
  // 1 USD = 91.8466 RUB: $1,000.00 is 91,846.60 roubles.
  const Rate usd = Of("USD", day, 91'846'600);
  EXPECT_EQ(ToRubMinor(100'000, 2, usd), 9'184'660);
  EXPECT_EQ(FromRubMinor(9'184'660, 2, usd), 100'000);
  // 10,000 dong = 37.0829 RUB; dong have no minor unit: 1,000,000,000 VND = 3,708,290 RUB.
  const Rate vnd = Of("VND", day, 37'082'900, 10'000);
  EXPECT_EQ(ToRubMinor(1'000'000'000, 0, vnd), 370'829'000);
  // 2.5 billion roubles in dollars at that rate.
  EXPECT_EQ(FromRubMinor(250'000'000'000, 2, usd), 2'721'929'826);
  // Half a kopeck goes to the even neighbour.
  const Rate half = Of("USD", day, 5'000);  // 0.005 RUB per dollar
  EXPECT_EQ(ToRubMinor(100, 2, half), 0);   // 0.005 RUB = 0.5 kopeck -> 0
  EXPECT_EQ(ToRubMinor(300, 2, half), 2);   // 1.5 kopecks -> 2
}

TEST(FxRules, ARateServesItsDayAndAMonthAfter) {
  const Rate rate = Of("USD", Date{2024, 3, 15}, 91'846'600);
  EXPECT_TRUE(Covers(rate, Date{2024, 3, 15}));
  EXPECT_TRUE(Covers(rate, Date{2024, 3, 17}));  // a weekend
  EXPECT_TRUE(Covers(rate, Date{2024, 4, 15}));
  EXPECT_FALSE(Covers(rate, Date{2024, 4, 16}));
  EXPECT_FALSE(Covers(rate, Date{2024, 3, 14}));
  EXPECT_NE(NoRate("VND", Date{2024, 3, 15}).detail.en.find("VND on 2024-03-15"),
            std::string::npos);
}

TEST(FxRules, RatesAreChecked) {
  const Date today{2026, 11, 21};
  EXPECT_TRUE(CheckRate(Of("USD", today, 1), today).empty());
  std::vector<std::string> pointers;
  for (const FieldError& error : CheckRate(Of("RUB", Date{2027, 1, 1}, 0, 0), today)) {
    pointers.push_back(error.pointer);
  }
  EXPECT_EQ(pointers, (std::vector<std::string>{"/currency", "/rate", "/nominal", "/date"}));
  EXPECT_EQ(CheckRate(Of("ZZZ", today, 1), today).size(), 1u);
}

}  // namespace
}  // namespace attache::fx
