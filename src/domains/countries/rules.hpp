// The rules a presence and an attaché must follow. Pure functions of their input and today's
// date: every problem becomes a FieldError with the JSON pointer of the field.
#pragma once

#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domains/countries/model.hpp"

namespace attache::countries {

inline constexpr Date kEarliestDate{1991, 1, 1};
inline constexpr size_t kMaxNote = 2000;
inline constexpr size_t kMaxName = 200;
inline constexpr size_t kMaxEmail = 254;

// The message for a value that is not an ISO 3166-1 alpha-2 code.
Text NotIso2();
// The answers for records that do not exist (`code` or `id` as the client wrote it).
Error NoSuchCountry(std::string_view code);
Error NoSuchAttache(std::string_view id);
// A write outside the caller's scope (an attaché changing another country's record).
Error NotYours();

std::vector<FieldError> CheckPresence(const Presence& presence, Date today);
// Everything but whether the country exists (that needs the database).
std::vector<FieldError> CheckAttache(const AttacheFields& fields, Date today);

}  // namespace attache::countries
