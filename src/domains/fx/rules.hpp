// The arithmetic and checks of exchange rates. Pure functions; amounts are integers of minor
// units, rates integers of millionths of a rouble, and every division rounds half to even, so a
// report computes the same kopeck on every machine.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domains/fx/model.hpp"

namespace attache::fx {

// A rate older than this on the day it is asked for is not used: a missing rate is an error
// rather than a silently stale figure.
inline constexpr int kMaxRateAgeDays = 31;

// "92.5", "92,5", "1 234,567891": a positive decimal scaled by 10^scale; nullopt when it is not
// such a number or has more fractional digits than `scale`.
std::optional<int64_t> ParseScaled(std::string_view text, int scale);

// `minor` units of a currency with `digits` minor digits, in kopecks at `rate`.
int64_t ToRubMinor(int64_t minor, int digits, const Rate& rate);
// Kopecks in the minor units of the rate's currency (`digits` minor digits).
int64_t FromRubMinor(int64_t kopecks, int digits, const Rate& rate);

// `rate` may price an amount of `date`: not after it, and at most kMaxRateAgeDays before it.
bool Covers(const Rate& rate, Date date);

// Problems of a rate to be stored: a current ISO 4217 currency other than RUB, a positive rate
// and nominal, a date not in the future.
std::vector<FieldError> CheckRate(const Rate& rate, Date today);

// "There is no rate of VND on or within 31 days before 2024-03-15".
Error NoRate(std::string_view currency, Date date);

}  // namespace attache::fx
