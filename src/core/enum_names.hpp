// Enums as the API and the database spell them: each domain keeps a table of {name, value}
// pairs, and these two look them up either way.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace attache {

// The name of `value`; the first name when the table lacks it (tables cover every value).
template <class E, size_t N>
std::string_view EnumName(const std::pair<std::string_view, E> (&names)[N], E value) {
  for (const auto& [name, known] : names) {
    if (known == value) return name;
  }
  return names[0].first;
}

template <class E, size_t N>
std::optional<E> EnumValue(const std::pair<std::string_view, E> (&names)[N],
                           std::string_view name) {
  for (const auto& [known, value] : names) {
    if (known == name) return value;
  }
  return std::nullopt;
}

}  // namespace attache
