#include "domains/countries/model.hpp"

#include "core/enum_names.hpp"

namespace attache::countries {

std::string_view ToString(PresenceStatus status) { return EnumName(kPresenceNames, status); }
std::string_view ToString(AttacheStatus status) { return EnumName(kAttacheStatusNames, status); }
std::optional<PresenceStatus> ParsePresence(std::string_view name) {
  return EnumValue(kPresenceNames, name);
}
std::optional<AttacheStatus> ParseAttacheStatus(std::string_view name) {
  return EnumValue(kAttacheStatusNames, name);
}

}  // namespace attache::countries
