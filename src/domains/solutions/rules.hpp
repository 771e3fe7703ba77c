// The rules a solution must follow. Pure functions of their input and today's date; what needs
// the database (owner, classes, countries, registry numbers) is checked in the service.
#pragma once

#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domains/solutions/model.hpp"

namespace attache::solutions {

inline constexpr size_t kMaxName = 300;
inline constexpr size_t kMaxDescription = 10000;
inline constexpr size_t kMaxClasses = 20;
inline constexpr size_t kMaxLanguages = 30;
inline constexpr size_t kMaxReferences = 100;
inline constexpr size_t kMaxCustomer = 300;
inline constexpr size_t kMaxScale = 200;
inline constexpr size_t kMaxCertifications = 30;
inline constexpr size_t kMaxCertification = 200;
inline constexpr size_t kMaxRegistryNumber = 20;
inline constexpr int kEarliestYear = 1991;

Error NoSuchSolution(std::string_view id);
Error NotYours();

// Drops the main class from the additional ones, sorts them and drops repeats.
void Canonicalise(Fields& fields);

std::vector<FieldError> CheckFields(const Fields& fields, Date today);

}  // namespace attache::solutions
