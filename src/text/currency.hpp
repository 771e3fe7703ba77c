// ISO 4217 currencies as ICU knows them: whether a code is a currency in use, and how many digits
// its minor unit has (RUB 2, JPY 0, KWD 3), which is how amounts are stored (int64 minor units).
#pragma once

#include <optional>
#include <string_view>

namespace attache::text {

// The minor-unit digits of a current ISO 4217 currency (three upper-case letters); nullopt for
// anything else, including withdrawn currencies and codes such as XXX.
std::optional<int> CurrencyDigits(std::string_view code);

}  // namespace attache::text
