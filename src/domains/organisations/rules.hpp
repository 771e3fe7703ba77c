// The rules an organisation must follow. Pure functions of their input and today's date: every
// problem becomes a FieldError with the JSON pointer of the field. What needs the database
// (countries, classes and organisations that must exist, parent cycles) is checked in the service.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domains/organisations/model.hpp"

namespace attache::organisations {

// The country whose registration numbers (INN, OGRN) and accreditation the catalogue records.
inline constexpr std::string_view kHomeCountry = "RU";

inline constexpr size_t kMaxName = 300;
inline constexpr size_t kMaxDescription = 5000;
inline constexpr size_t kMaxWebsite = 300;
inline constexpr size_t kMaxNote = 500;
inline constexpr size_t kMaxAccreditationNumber = 50;
inline constexpr size_t kMaxSectors = 20;
inline constexpr size_t kMaxMarkets = 250;
inline constexpr size_t kMaxResidents = 1000;
inline constexpr Date kEarliestDate{1991, 1, 1};

Error NoSuchOrganisation(std::string_view id);
// A write outside the caller's scope.
Error NotYours();

// A website as stored: `https://` added to a bare domain, the rest kept as typed.
std::string NormaliseWebsite(std::string_view website);

// Sorts the lists of `fields` (sectors, markets, residents, hub services) into their canonical
// order and drops repeated sectors and hub services.
void Canonicalise(Fields& fields);

std::vector<FieldError> CheckFields(const Fields& fields, Date today);

}  // namespace attache::organisations
