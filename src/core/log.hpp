// Structured logging: one line per event, as `key=value` text for people or JSON for machines.
// Thread-safe; lines go to standard output.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <variant>

namespace attache::log {

enum class Format { kText, kJson };
enum class Level { kDebug, kInfo, kWarn, kError, kOff };

struct Field {
  std::string_view key;
  std::variant<std::string_view, int64_t, double> value;
};

void Init(Format format, Level min_level);
bool Enabled(Level level);
void Write(Level level, std::string_view event, std::initializer_list<Field> fields = {});

// Start and stop of the process: written whatever the level, since operators and scripts wait
// for them.
void Lifecycle(std::string_view event, std::initializer_list<Field> fields = {});

inline void Info(std::string_view event, std::initializer_list<Field> fields = {}) {
  Write(Level::kInfo, event, fields);
}
inline void Warn(std::string_view event, std::initializer_list<Field> fields = {}) {
  Write(Level::kWarn, event, fields);
}
inline void Error(std::string_view event, std::initializer_list<Field> fields = {}) {
  Write(Level::kError, event, fields);
}

}  // namespace attache::log
