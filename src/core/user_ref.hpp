// Who did something, as records name people: a user's id and display name; and one move of a
// record between the stages of its pipeline (deals, relocation cases).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace attache {

struct UserRef {
  int64_t id = 0;
  std::string display_name;
};

// From where (none for the record's opening) to where, why, by whom (none: the system) and when.
template <class Stage>
struct StageChange {
  std::optional<Stage> from;
  Stage to{};
  std::string reason;
  std::optional<UserRef> by;
  std::string at;
};

}  // namespace attache
