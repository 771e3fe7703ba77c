// The taxonomy's data files, compiled into the binary by cmake/embed.cmake (see
// src/CMakeLists.txt).
#pragma once

#include <span>

#include "core/embedded.hpp"

namespace attache::embedded {

std::span<const EmbeddedFile> TaxonomyData();  // data/taxonomy/*.csv

}  // namespace attache::embedded
