// JSON of optional values, as every domain's json.cpp writes them: null when absent.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "core/time.hpp"

namespace attache {

inline nlohmann::json OptJson(const std::optional<Date>& date) {
  return date ? nlohmann::json(date->ToString()) : nlohmann::json();
}

template <class T>
nlohmann::json OptJson(const std::optional<T>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json();
}

}  // namespace attache
