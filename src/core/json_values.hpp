// JSON of optional values, as every domain's json.cpp writes them: null when absent.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>

#include "core/time.hpp"
#include "core/user_ref.hpp"

namespace attache {

inline nlohmann::json OptJson(const std::optional<Date>& date) {
  return date ? nlohmann::json(date->ToString()) : nlohmann::json();
}

template <class T>
nlohmann::json OptJson(const std::optional<T>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json();
}

// {"id", "display_name"}, or null for no one.
inline nlohmann::json UserJson(const std::optional<UserRef>& user) {
  if (!user) return nullptr;
  return {{"id", user->id}, {"display_name", user->display_name}};
}

// A move between stages; the stages are named by their domain's `ToString`.
template <class Stage>
nlohmann::json ToJson(const StageChange<Stage>& change) {
  return {{"from", change.from ? nlohmann::json(ToString(*change.from)) : nlohmann::json()},
          {"to", ToString(change.to)},
          {"reason", change.reason},
          {"by", UserJson(change.by)},
          {"at", change.at}};
}

}  // namespace attache
