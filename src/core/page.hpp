// A page of a list: the items, how many match in all, and where the next page starts.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace attache {

template <class T>
struct Page {
  std::vector<T> items;
  int64_t total = 0;
  std::optional<int64_t> next_offset;
};

}  // namespace attache
