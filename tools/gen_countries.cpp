// Generates the country reference table compiled into attache:
//   gen_countries ISO_JSON RU_MO OVERRIDES_CSV OUTPUT_CPP
// ISO 3166-1 codes and official names come from Debian's iso-codes (JSON, and the Russian
// translations in its gettext catalogue); short names in both languages and the UN M.49 continent
// and sub-region of each country come from ICU; OVERRIDES_CSV (`iso2;name_en;name_ru`, empty keeps
// ICU's) sets the names newspapers actually use where they differ.
#include <unicode/locid.h>
#include <unicode/region.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

uint32_t Word(const std::string& data, size_t at) {
  if (at + 4 > data.size()) throw std::runtime_error("truncated .mo file");
  uint32_t value = 0;
  std::memcpy(&value, data.data() + at, 4);
  return value;
}

// A GNU gettext .mo catalogue (little-endian, as Debian ships it): msgid -> msgstr.
std::map<std::string, std::string> ReadMo(const std::string& path) {
  const std::string data = ReadFile(path);
  if (Word(data, 0) != 0x950412deU) throw std::runtime_error(path + " is not a little-endian .mo");
  const uint32_t count = Word(data, 8);
  const uint32_t originals = Word(data, 12);
  const uint32_t translations = Word(data, 16);
  std::map<std::string, std::string> catalogue;
  for (uint32_t i = 0; i < count; ++i) {
    const auto entry = [&](uint32_t table) {
      const uint32_t length = Word(data, table + 8 * i);
      const uint32_t offset = Word(data, table + 8 * i + 4);
      if (offset + length > data.size()) throw std::runtime_error("bad .mo entry");
      return data.substr(offset, length);
    };
    catalogue[entry(originals)] = entry(translations);
  }
  return catalogue;
}

std::string Utf8(const icu::UnicodeString& text) {
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string DisplayName(const std::string& region, const char* language) {
  icu::UnicodeString name;
  icu::Locale("", region.c_str()).getDisplayCountry(icu::Locale(language), name);
  return Utf8(name);
}

// Both containing regions of a country: {continent, sub-region}; empty when ICU has none.
std::pair<std::string, std::string> Regions(const std::string& iso2) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Region* region = icu::Region::getInstance(iso2.c_str(), status);
  if (U_FAILURE(status) || region == nullptr) return {};
  const icu::Region* sub = region->getContainingRegion(URGN_SUBCONTINENT);
  const icu::Region* continent = region->getContainingRegion(URGN_CONTINENT);
  return {continent != nullptr ? continent->getRegionCode() : "",
          sub != nullptr ? sub->getRegionCode() : ""};
}

std::string Literal(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "\"";
}

struct Override {
  std::string name_en;
  std::string name_ru;
};

std::map<std::string, Override> ReadOverrides(const std::string& path) {
  std::map<std::string, Override> overrides;
  std::istringstream in(ReadFile(path));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields(1);
    for (const char c : line) {
      if (c == ';') {
        fields.emplace_back();
      } else {
        fields.back().push_back(c);
      }
    }
    if (fields.size() != 3)
      throw std::runtime_error("overrides: expected iso2;name_en;name_ru: " + line);
    overrides[fields[0]] = {fields[1], fields[2]};
  }
  return overrides;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 5) {
    std::cerr << "usage: gen_countries ISO_JSON RU_MO OVERRIDES_CSV OUTPUT_CPP\n";
    return 2;
  }
  try {
    const auto iso = nlohmann::json::parse(ReadFile(argv[1]));
    const auto russian = ReadMo(argv[2]);
    const auto overrides = ReadOverrides(argv[3]);
    const auto translate = [&](const std::string& english) {
      const auto found = russian.find(english);
      return found != russian.end() && !found->second.empty() ? found->second : english;
    };

    std::ostringstream countries;
    std::map<std::string, std::string>
        parents;  // region code -> continent code ("" for a continent)
    for (const auto& entry : iso.at("3166-1")) {
      const std::string iso2 = entry.at("alpha_2");
      const std::string name = entry.at("name");
      const std::string official = entry.value("official_name", name);
      std::string name_en = DisplayName(iso2, "en");
      std::string name_ru = DisplayName(iso2, "ru");
      if (name_en == iso2) name_en = entry.value("common_name", name);  // ICU does not know it
      if (name_ru == iso2) name_ru = translate(name);
      if (const auto found = overrides.find(iso2); found != overrides.end()) {
        if (!found->second.name_en.empty()) name_en = found->second.name_en;
        if (!found->second.name_ru.empty()) name_ru = found->second.name_ru;
      }
      const auto [continent, region] = Regions(iso2);
      if (!continent.empty()) parents.emplace(continent, "");
      if (!region.empty()) parents[region] = continent;
      countries << "    {" << Literal(iso2) << ", " << Literal(entry.at("alpha_3")) << ", "
                << Literal(entry.at("numeric")) << ", " << Literal(name_en) << ", "
                << Literal(name_ru) << ", " << Literal(official) << ", "
                << Literal(translate(official)) << ", " << Literal(continent) << ", "
                << Literal(region) << "},\n";
    }

    std::ostringstream regions;
    for (const auto& [code, parent] : parents) {
      if (!parent.empty()) continue;  // continents first: sub-regions refer to them
      regions << "    {" << Literal(code) << ", \"\", " << Literal(DisplayName(code, "en")) << ", "
              << Literal(DisplayName(code, "ru")) << "},\n";
    }
    for (const auto& [code, parent] : parents) {
      if (parent.empty()) continue;
      regions << "    {" << Literal(code) << ", " << Literal(parent) << ", "
              << Literal(DisplayName(code, "en")) << ", " << Literal(DisplayName(code, "ru"))
              << "},\n";
    }

    std::ofstream out(argv[4], std::ios::binary);
    out << "// Generated by tools/gen_countries.cpp from iso-codes and ICU; do not edit.\n"
        << "#include \"domains/countries/reference_data.hpp\"\n\n"
        << "namespace attache::countries {\nnamespace {\n"
        << "constexpr RegionRef kRegions[] = {\n"
        << regions.str() << "};\n"
        << "constexpr CountryRef kCountries[] = {\n"
        << countries.str() << "};\n"
        << "}  // namespace\n\n"
        << "std::span<const RegionRef> ReferenceRegions() { return kRegions; }\n"
        << "std::span<const CountryRef> ReferenceCountries() { return kCountries; }\n"
        << "}  // namespace attache::countries\n";
    if (!out) throw std::runtime_error(std::string("cannot write ") + argv[4]);
  } catch (const std::exception& e) {
    std::cerr << "gen_countries: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
