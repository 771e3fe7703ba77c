// The rules a class of the taxonomy follows. Pure functions: every problem becomes a FieldError
// with the JSON pointer of the field; what needs the database (does the group exist, is the id
// taken, is the class used) comes as ready-made errors for the service.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domains/taxonomy/model.hpp"

namespace attache::taxonomy {

inline constexpr size_t kMaxId = 64;
inline constexpr size_t kMaxLabel = 200;
inline constexpr size_t kMaxSynonym = 100;
inline constexpr size_t kMaxSynonyms = 50;

// Lower-case ASCII letters, at most 16 ("dat").
bool IsGroupId(std::string_view id);
// "<group_id>.<snake_case>", lower-case ASCII, at most kMaxId characters ("dat.fraud_analytics").
bool IsClassId(std::string_view id, std::string_view group_id);

// Everything but whether the group exists and the id is free (that needs the database).
std::vector<FieldError> CheckClass(const ClassFields& fields);

Error NoSuchClass(std::string_view id);
FieldError NoSuchGroup(std::string_view group_id);
FieldError IdTaken(std::string_view id);
FieldError ReferenceClassStays();
FieldError ClassInUse(int64_t uses);

// The class ids `related` names, in order, each once: a "<group>.*" wildcard stands for every
// class of the group in `classes`; ids not in `classes` (archived ones) are left out.
std::vector<std::string> ExpandRelated(std::span<const std::string> related,
                                       std::span<const Class> classes);

}  // namespace attache::taxonomy
