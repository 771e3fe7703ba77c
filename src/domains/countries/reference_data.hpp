// The ISO 3166-1 countries and UN M.49 regions this binary knows, generated at build time by
// tools/gen_countries.cpp from iso-codes and ICU (see data/countries/README.md).
#pragma once

#include <span>
#include <string_view>

namespace attache::countries {

struct RegionRef {
  std::string_view code;    // M.49, e.g. "035"
  std::string_view parent;  // the continent of a sub-region; empty for a continent
  std::string_view name_en;
  std::string_view name_ru;
};

struct CountryRef {
  std::string_view iso2;
  std::string_view iso3;
  std::string_view numeric;
  std::string_view name_en;
  std::string_view name_ru;
  std::string_view official_name_en;
  std::string_view official_name_ru;
  std::string_view continent;  // M.49 code, may be empty
  std::string_view region;     // M.49 sub-region code, may be empty
};

std::span<const RegionRef> ReferenceRegions();
std::span<const CountryRef> ReferenceCountries();

}  // namespace attache::countries
