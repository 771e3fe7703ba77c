#include "text/currency.hpp"

#include <unicode/ucurr.h>

#include <chrono>

namespace attache::text {

std::optional<int> CurrencyDigits(std::string_view code) {
  if (code.size() != 3) return std::nullopt;
  UChar iso[4] = {0, 0, 0, 0};
  for (size_t i = 0; i < 3; ++i) {
    if (code[i] < 'A' || code[i] > 'Z') return std::nullopt;
    iso[i] = static_cast<UChar>(code[i]);
  }
  // In legal tender now: ICU keeps withdrawn currencies (the old rouble RUR) with their dates.
  const UDate now = static_cast<UDate>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                           std::chrono::system_clock::now().time_since_epoch())
                                           .count());
  UErrorCode status = U_ZERO_ERROR;
  const UBool available = ucurr_isAvailable(iso, now, now, &status);
  if (U_FAILURE(status) || !available) return std::nullopt;
  // Funds, precious metals and testing codes have no minor unit a price is written in.
  if (code[0] == 'X') return std::nullopt;
  status = U_ZERO_ERROR;
  const int32_t digits = ucurr_getDefaultFractionDigits(iso, &status);
  if (U_FAILURE(status)) return std::nullopt;
  return digits;
}

}  // namespace attache::text
