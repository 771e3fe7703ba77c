#include "core/log.hpp"

#include <fmt/format.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <memory>
#include <string>

#include "core/time.hpp"

namespace attache::log {
namespace {

std::atomic<Format> g_format{Format::kText};
std::atomic<Level> g_min_level{Level::kInfo};

spdlog::logger& Sink() {
  static const auto logger = [] {
    auto made = std::make_shared<spdlog::logger>("attache",
                                                 std::make_shared<spdlog::sinks::stdout_sink_mt>());
    made->set_pattern("%v");
    // One write per line would cost a system call per request: lines are flushed once a second,
    // warnings, errors and lifecycle events at once.
    made->flush_on(spdlog::level::warn);
    spdlog::register_logger(made);
    spdlog::flush_every(std::chrono::seconds(1));
    return made;
  }();
  return *logger;
}

const char* LevelName(Level level) {
  switch (level) {
    case Level::kDebug:
      return "debug";
    case Level::kInfo:
      return "info";
    case Level::kWarn:
      return "warn";
    case Level::kError:
      return "error";
    case Level::kOff:
      return "off";
  }
  return "info";
}

void AppendJsonString(std::string& out, std::string_view text) {
  out.push_back('"');
  for (const char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('"');
}

void AppendTextValue(std::string& out, std::string_view text) {
  const bool plain = !text.empty() && text.find_first_of(" \"=\n\t") == std::string_view::npos;
  if (plain) {
    out += text;
  } else {
    AppendJsonString(out, text);
  }
}

struct ValueAppender {
  std::string& out;
  bool json;
  void operator()(std::string_view v) const {
    json ? AppendJsonString(out, v) : AppendTextValue(out, v);
  }
  void operator()(int64_t v) const { out += fmt::format("{}", v); }
  void operator()(double v) const { out += fmt::format("{:.3f}", v); }
};

}  // namespace

void Init(Format format, Level min_level) {
  g_format = format;
  g_min_level = min_level;
}

bool Enabled(Level level) { return level >= g_min_level.load(std::memory_order_relaxed); }

namespace {

void Emit(Level level, std::string_view event, std::initializer_list<Field> fields) {
  const bool json = g_format.load(std::memory_order_relaxed) == Format::kJson;
  const std::string ts = FormatTimestamp(std::chrono::system_clock::now());
  std::string line;
  line.reserve(160);
  if (json) {
    line += "{\"ts\":\"" + ts + "\",\"level\":\"" + LevelName(level) + "\",\"event\":";
    AppendJsonString(line, event);
    for (const Field& field : fields) {
      line.push_back(',');
      AppendJsonString(line, field.key);
      line.push_back(':');
      std::visit(ValueAppender{line, true}, field.value);
    }
    line.push_back('}');
  } else {
    line += ts + ' ' + LevelName(level) + ' ';
    line += event;
    for (const Field& field : fields) {
      line.push_back(' ');
      line += field.key;
      line.push_back('=');
      std::visit(ValueAppender{line, false}, field.value);
    }
  }
  if (level >= Level::kWarn) {
    Sink().warn(line);
  } else {
    Sink().info(line);
  }
}

}  // namespace

void Write(Level level, std::string_view event, std::initializer_list<Field> fields) {
  if (Enabled(level) && level != Level::kOff) Emit(level, event, fields);
}

void Lifecycle(std::string_view event, std::initializer_list<Field> fields) {
  Emit(Level::kInfo, event, fields);
  Sink().flush();
}

}  // namespace attache::log
