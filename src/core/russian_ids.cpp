#include "core/russian_ids.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>

namespace attache {
namespace {

bool AllDigits(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int Digit(std::string_view text, size_t at) { return text[at] - '0'; }

// The FNS control digit: the weighted sum of the digits before it, mod 11, mod 10.
template <size_t N>
bool ControlDigitMatches(std::string_view number, const std::array<int, N>& weights) {
  int sum = 0;
  for (size_t i = 0; i < N; ++i) sum += weights[i] * Digit(number, i);
  return sum % 11 % 10 == Digit(number, N);
}

// The control digit of ОГРН/ОГРНИП: the number before it mod `divisor`, its last digit.
bool RemainderDigitMatches(std::string_view number, int64_t divisor) {
  int64_t value = 0;
  for (size_t i = 0; i + 1 < number.size(); ++i) value = value * 10 + Digit(number, i);
  return value % divisor % 10 == Digit(number, number.size() - 1);
}

}  // namespace

bool ValidInn(std::string_view inn) {
  static constexpr std::array<int, 9> kOrganisation = {2, 4, 10, 3, 5, 9, 4, 6, 8};
  static constexpr std::array<int, 10> kPersonFirst = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
  static constexpr std::array<int, 11> kPersonSecond = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
  if (!AllDigits(inn)) return false;
  if (inn.size() == 10) return ControlDigitMatches(inn, kOrganisation);
  if (inn.size() == 12) {
    return ControlDigitMatches(inn, kPersonFirst) && ControlDigitMatches(inn, kPersonSecond);
  }
  return false;
}

bool ValidOgrn(std::string_view ogrn) {
  if (!AllDigits(ogrn)) return false;
  if (ogrn.size() == 13) return RemainderDigitMatches(ogrn, 11);
  if (ogrn.size() == 15) return RemainderDigitMatches(ogrn, 13);
  return false;
}

}  // namespace attache
