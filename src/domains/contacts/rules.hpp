// The rules a contact must follow. Pure functions of their input and today's date: every problem
// becomes a FieldError with the JSON pointer of the field. Whether the organisation exists is
// checked in the service (it needs the database).
#pragma once

#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domains/contacts/model.hpp"

namespace attache::contacts {

inline constexpr size_t kMaxName = 200;
inline constexpr size_t kMaxPosition = 200;
inline constexpr size_t kMaxEmail = 254;
inline constexpr size_t kMaxPhone = 40;
inline constexpr size_t kMinPhoneDigits = 5;
inline constexpr size_t kMaxLanguages = 10;
inline constexpr size_t kMaxNotes = 2000;
inline constexpr Date kEarliestConsent{1991, 1, 1};

Error NoSuchContact(std::string_view id);
// A write outside the caller's scope (another country's or another company's contact).
Error NotYours();
// Any change to a contact whose data was erased.
Error Erased(int64_t id);

bool IsLanguageCode(std::string_view code);

// Trims, lower-cases the languages and drops repeated ones; an empty e-mail or phone is none.
void Canonicalise(Fields& fields);

std::vector<FieldError> CheckFields(const Fields& fields, Date today);

}  // namespace attache::contacts
