// Files compiled into the binary (migrations, reference and demo data); see cmake/embed.cmake.
#pragma once

#include <span>
#include <string_view>

namespace attache {

struct EmbeddedFile {
  std::string_view name;
  std::string_view content;
};

}  // namespace attache
