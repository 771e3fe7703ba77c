// Files compiled into the binary by cmake/embed.cmake (see src/app/CMakeLists.txt).
#pragma once

#include <span>

#include "core/embedded.hpp"

namespace attache::embedded {

std::span<const EmbeddedFile> Migrations();  // migrations/*.sql
std::span<const EmbeddedFile> DemoData();    // data/demo/*.json

}  // namespace attache::embedded
