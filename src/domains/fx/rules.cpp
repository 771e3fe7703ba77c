#include "domains/fx/rules.hpp"

#include <fmt/format.h>

#include <chrono>

#include "text/currency.hpp"

namespace attache::fx {
namespace {

// 64-bit amounts times 64-bit rates need 128 bits before the division (GCC and Clang have them).
__extension__ typedef __int128 Wide;

// numerator / denominator (both positive, or numerator negative) rounded half to even.
int64_t DivideRounded(Wide numerator, Wide denominator) {
  const bool negative = numerator < 0;
  if (negative) numerator = -numerator;
  Wide quotient = numerator / denominator;
  const Wide remainder = numerator % denominator;
  const Wide twice = remainder * 2;
  if (twice > denominator || (twice == denominator && quotient % 2 == 1)) ++quotient;
  return static_cast<int64_t>(negative ? -quotient : quotient);
}

Wide Pow10(int digits) {
  Wide value = 1;
  for (int i = 0; i < digits; ++i) value *= 10;
  return value;
}

}  // namespace

std::optional<int64_t> ParseScaled(std::string_view text, int scale) {
  Wide value = 0;
  int fraction = -1;  // digits seen after the separator; -1 before it
  bool digits = false;
  for (const char c : text) {
    if (c >= '0' && c <= '9') {
      if (fraction >= scale) return std::nullopt;
      value = value * 10 + (c - '0');
      if (value > Wide(INT64_MAX)) return std::nullopt;
      if (fraction >= 0) ++fraction;
      digits = true;
    } else if ((c == '.' || c == ',') && fraction < 0) {
      fraction = 0;
    } else if (c == ' ' && fraction < 0) {
      continue;  // thousands, as people write them
    } else {
      return std::nullopt;
    }
  }
  if (!digits) return std::nullopt;
  value *= Pow10(scale - std::max(fraction, 0));
  if (value > Wide(INT64_MAX)) return std::nullopt;
  return static_cast<int64_t>(value);
}

int64_t ToRubMinor(int64_t minor, int digits, const Rate& rate) {
  // minor / 10^digits units * rub_micro / 10^6 / nominal roubles, times 100 kopecks.
  return DivideRounded(Wide(minor) * rate.rub_micro * 100,
                       Pow10(digits) * 1'000'000 * rate.nominal);
}

int64_t FromRubMinor(int64_t kopecks, int digits, const Rate& rate) {
  return DivideRounded(Wide(kopecks) * rate.nominal * 1'000'000 * Pow10(digits),
                       Wide(100) * rate.rub_micro);
}

bool Covers(const Rate& rate, Date date) {
  if (date < rate.date) return false;
  const auto age = StartOf(date) - StartOf(rate.date);
  return age <= std::chrono::days(kMaxRateAgeDays);
}

std::vector<FieldError> CheckRate(const Rate& rate, Date today) {
  std::vector<FieldError> errors;
  if (rate.currency == "RUB" || !text::CurrencyDigits(rate.currency)) {
    errors.push_back({"/currency",
                      {},
                      {"Must be a current ISO 4217 currency other than RUB, such as USD.",
                       "Должна быть действующей валютой ISO 4217, кроме RUB, например USD."}});
  }
  if (rate.rub_micro <= 0) {
    errors.push_back({"/rate",
                      {},
                      {"A positive number of roubles, with at most 6 decimals.",
                       "Положительное число рублей, не больше 6 знаков после запятой."}});
  }
  if (rate.nominal <= 0) {
    errors.push_back({"/nominal",
                      {},
                      {"A positive whole number of units.", "Целое положительное число единиц."}});
  }
  if (today < rate.date) {
    errors.push_back(
        {"/date",
         {},
         {"A rate cannot be of a day still to come.", "Курс не может быть на будущую дату."}});
  }
  return errors;
}

Error NoRate(std::string_view currency, Date date) {
  return Error{ErrorCode::kValidation,
               {fmt::format("There is no rate of {} on {} or within {} days before it: import the "
                            "rates first.",
                            currency, date.ToString(), kMaxRateAgeDays),
                fmt::format("Нет курса {} на {} или за {} дней до этой даты: сначала загрузите "
                            "курсы.",
                            currency, date.ToString(), kMaxRateAgeDays)},
               {},
               {}};
}

}  // namespace attache::fx
