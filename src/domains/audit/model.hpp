// Entries of the audit trail as they are read back.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/time.hpp"

namespace attache::audit {

struct Entry {
  int64_t id = 0;
  std::string at;
  std::optional<int64_t> user_id;
  std::string user_email;
  std::string user_name;
  std::string action;
  std::string entity;
  std::string entity_id;
  std::string diff;  // JSON text
  std::string request_id;
  std::string client_address;
};

struct Query {
  std::optional<std::string> entity;
  std::optional<std::string> entity_id;
  std::optional<int64_t> user_id;
  std::vector<std::string> actions;
  std::optional<Date> from;
  std::optional<Date> to;        // inclusive
  std::optional<int64_t> below;  // keyset: entries older than this id
  int limit = 50;
};

// Newest first; `next_below` is where the next page starts.
struct Slice {
  std::vector<Entry> items;
  int64_t total = 0;
  std::optional<int64_t> next_below;
};

}  // namespace attache::audit
