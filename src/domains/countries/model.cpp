#include "domains/countries/model.hpp"

namespace attache::countries {
namespace {

template <class E, size_t N>
std::string_view NameOf(const std::pair<std::string_view, E> (&names)[N], E value) {
  for (const auto& [name, known] : names) {
    if (known == value) return name;
  }
  return names[0].first;
}

template <class E, size_t N>
std::optional<E> ValueOf(const std::pair<std::string_view, E> (&names)[N], std::string_view name) {
  for (const auto& [known, value] : names) {
    if (known == name) return value;
  }
  return std::nullopt;
}

}  // namespace

std::string_view ToString(PresenceStatus status) { return NameOf(kPresenceNames, status); }
std::string_view ToString(AttacheStatus status) { return NameOf(kAttacheStatusNames, status); }
std::optional<PresenceStatus> ParsePresence(std::string_view name) {
  return ValueOf(kPresenceNames, name);
}
std::optional<AttacheStatus> ParseAttacheStatus(std::string_view name) {
  return ValueOf(kAttacheStatusNames, name);
}

}  // namespace attache::countries
