#include "app/catalogue_generator.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "app/catalogue_words.hpp"
#include "domains/countries/reference_data.hpp"
#include "domains/organisations/rules.hpp"

namespace attache::app {
namespace {

using organisations::Kind;
using organisations::Market;
using organisations::MarketStatus;
using Organisation = GeneratedOrganisation;

constexpr Date kEnteredFrom{2019, 1, 1};  // when the catalogue began to be kept
constexpr Date kMarketsFrom{2015, 1, 1};
constexpr Date kAccreditationFrom{2010, 1, 1};

// Seeds of the three streams: splitmix64 of the seed and the stream's number, so that streams of
// neighbouring seeds share nothing.
uint64_t StreamSeed(uint64_t seed, uint64_t stream) {
  uint64_t z = seed + stream * 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

template <class T, size_t N>
std::vector<int> WeightsOf(const T (&items)[N]) {
  std::vector<int> weights;
  for (const T& item : items) weights.push_back(item.weight);
  return weights;
}

// Lower-case letters and digits of an ASCII name, for domains and mailboxes.
std::string Slug(std::string_view name) {
  std::string slug;
  for (const char c : name) {
    if (c >= 'A' && c <= 'Z') slug += static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) slug += c;
  }
  return slug;
}

// The FNS control digit of the digits so far (see core/russian_ids.cpp).
char ControlDigit(std::string_view digits, std::span<const int> weights) {
  int sum = 0;
  for (size_t i = 0; i < weights.size(); ++i) sum += weights[i] * (digits[i] - '0');
  return static_cast<char>('0' + sum % 11 % 10);
}

// The last digit of an OGRN: the number before it modulo 11 (13 for an entrepreneur's), mod 10.
char OgrnDigit(std::string_view digits, int64_t divisor) {
  int64_t value = 0;
  for (const char c : digits) value = (value * 10 + (c - '0')) % divisor;
  return static_cast<char>('0' + value % 10);
}

std::string_view LanguageOf(std::string_view country) {
  for (const words::Market& market : words::kMarkets) {
    if (market.country == country) return market.language;
  }
  return "en";
}

const countries::CountryRef* CountryNamed(std::string_view iso2) {
  for (const countries::CountryRef& country : countries::ReferenceCountries()) {
    if (country.iso2 == iso2) return &country;
  }
  return nullptr;
}

}  // namespace

uint64_t CatalogueGenerator::Draw::Below(uint64_t n) {
  // Rejects the few values that would make r % n favour small numbers.
  const uint64_t threshold = (0 - n) % n;
  for (;;) {
    const uint64_t r = engine_();
    if (r >= threshold) return r % n;
  }
}

int64_t CatalogueGenerator::Draw::Between(int64_t low, int64_t high) {
  return low + static_cast<int64_t>(Below(static_cast<uint64_t>(high - low) + 1));
}

double CatalogueGenerator::Draw::Unit() { return static_cast<double>(engine_() >> 11) * 0x1.0p-53; }

bool CatalogueGenerator::Draw::Chance(double probability) { return Unit() < probability; }

size_t CatalogueGenerator::Draw::Weighted(std::span<const int> weights) {
  int64_t total = 0;
  for (const int weight : weights) total += weight;
  int64_t r = static_cast<int64_t>(Below(static_cast<uint64_t>(total)));
  for (size_t i = 0; i < weights.size(); ++i) {
    if (r < weights[i]) return i;
    r -= weights[i];
  }
  return weights.size() - 1;
}

TimePoint CatalogueGenerator::Draw::TimeBetween(const Date& from, const Date& until) {
  const TimePoint start = StartOf(from);
  if (until < from) return start;
  const auto span = std::chrono::duration_cast<std::chrono::milliseconds>(
      StartOf(until) + std::chrono::hours(24) - start);
  return start + std::chrono::milliseconds(Below(static_cast<uint64_t>(span.count())));
}

CatalogueGenerator::Plan CatalogueGenerator::PlanFor(const GeneratorOptions& options) {
  const int64_t c = options.companies;
  return Plan{.domestic = c,
              .universities = std::max<int64_t>(1, c / 200),
              .government = std::max<int64_t>(1, c / 100),
              .associations = std::max<int64_t>(1, c / 400),
              .investors = std::max<int64_t>(1, c / 400),
              .foreign = c / 10,
              .hubs = std::max<int64_t>(1, c / 1000)};
}

CatalogueGenerator::CatalogueGenerator(const GeneratorOptions& options,
                                       std::vector<taxonomy::Class> classes, Taken taken)
    : options_(options),
      plan_(PlanFor(options)),
      classes_(std::move(classes)),
      taken_(std::move(taken)),
      organisations_draw_(StreamSeed(options.seed, 1)),
      solutions_draw_(StreamSeed(options.seed, 2)),
      contacts_draw_(StreamSeed(options.seed, 3)),
      market_weights_(WeightsOf(words::kMarkets)),
      region_weights_(WeightsOf(words::kRegions)),
      legal_form_weights_(WeightsOf(words::kLegalForms)) {
  domains_.reserve(static_cast<size_t>(plan_.total()));
  languages_.reserve(static_cast<size_t>(plan_.total()));
  main_sectors_.reserve(static_cast<size_t>(plan_.total()));
}

GeneratedOrganisation CatalogueGenerator::NextOrganisation() {
  int64_t at = generated_++;
  GeneratedOrganisation organisation;
  const auto next = [&](int64_t count) {
    const bool here = at < count;
    if (!here) at -= count;
    return here;
  };
  if (next(plan_.domestic)) {
    organisation = DomesticCompany();
  } else if (next(plan_.universities)) {
    organisation = University();
  } else if (next(plan_.government)) {
    organisation = GovernmentBody();
  } else if (next(plan_.associations)) {
    organisation = Association();
  } else if (next(plan_.investors)) {
    organisation = Investor();
  } else if (next(plan_.foreign)) {
    organisation = ForeignCompany();
  } else {
    organisation = Hub();
  }
  const organisations::Fields& fields = organisation.fields;
  languages_.push_back(fields.country == organisations::kHomeCountry ? "ru"
                                                                     : LanguageOf(fields.country));
  main_sectors_.push_back(fields.sectors.empty() ? "" : fields.sectors.front());
  return organisation;
}

bool CatalogueGenerator::Claim(const std::string& name) { return names_.insert(name).second; }

std::string CatalogueGenerator::NewInn(std::string_view tax_code, bool entrepreneur) {
  static constexpr std::array<int, 9> kOrganisation = {2, 4, 10, 3, 5, 9, 4, 6, 8};
  static constexpr std::array<int, 10> kPersonFirst = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
  static constexpr std::array<int, 11> kPersonSecond = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
  Draw& draw = organisations_draw_;
  for (;;) {
    std::string inn = fmt::format("{}{:02}", tax_code, draw.Between(1, 99));
    if (entrepreneur) {
      inn += fmt::format("{:06}", draw.Below(1000000));
      inn += ControlDigit(inn, kPersonFirst);
      inn += ControlDigit(inn, kPersonSecond);
    } else {
      inn += fmt::format("{:05}", draw.Below(100000));
      inn += ControlDigit(inn, kOrganisation);
    }
    if (taken_.inns.insert(inn).second) return inn;
  }
}

std::string CatalogueGenerator::NewOgrn(std::string_view tax_code, int founded, bool entrepreneur) {
  Draw& draw = organisations_draw_;
  std::string ogrn;
  if (entrepreneur) {
    ogrn = fmt::format("3{:02}{}{:09}", founded % 100, tax_code, draw.Below(1000000000));
    ogrn += OgrnDigit(ogrn, 13);
  } else {
    ogrn = fmt::format("{}{:02}{}{:07}", draw.Chance(0.8) ? 1 : 5, founded % 100, tax_code,
                       draw.Below(10000000));
    ogrn += OgrnDigit(ogrn, 11);
  }
  return ogrn;
}

std::string CatalogueGenerator::NewRegistryNumber() {
  for (;;) {
    std::string number = std::to_string(solutions_draw_.Between(1000, 999999));
    if (taken_.registry_numbers.insert(number).second) return number;
  }
}

const words::Region& CatalogueGenerator::AnyRegion() {
  return words::kRegions[organisations_draw_.Weighted(region_weights_)];
}

std::string_view CatalogueGenerator::AnyMarket(Draw& draw) {
  return words::kMarkets[draw.Weighted(market_weights_)].country;
}

// Classes mostly from one group, as real companies and products are.
std::vector<std::string> CatalogueGenerator::Classes(Draw& draw, int count,
                                                     std::string_view first) {
  std::vector<std::string> ids;
  const taxonomy::Class* main = &draw.Pick(std::span<const taxonomy::Class>(classes_));
  if (!first.empty()) {
    for (const taxonomy::Class& known : classes_) {
      if (known.fields.id == first) main = &known;
    }
  }
  ids.push_back(main->fields.id);
  for (int i = 1; i < count; ++i) {
    const taxonomy::Class* other = &draw.Pick(std::span<const taxonomy::Class>(classes_));
    for (int attempt = 0;
         attempt < 8 && draw.Chance(0.7) && other->fields.group_id != main->fields.group_id;
         ++attempt) {
      other = &draw.Pick(std::span<const taxonomy::Class>(classes_));
    }
    if (std::find(ids.begin(), ids.end(), other->fields.id) == ids.end()) {
      ids.push_back(other->fields.id);
    }
  }
  return ids;
}

const taxonomy::Class& CatalogueGenerator::ClassById(std::string_view id) const {
  for (const taxonomy::Class& known : classes_) {
    if (known.fields.id == id) return known;
  }
  return classes_.front();
}

std::vector<Market> CatalogueGenerator::Markets(int count, TimePoint entered) {
  static constexpr int kStatusWeights[] = {35, 50, 15};
  static constexpr std::string_view kNotes[] = {"",
                                                "",
                                                "",
                                                "Переговоры с дистрибьютором",
                                                "Пилотный проект",
                                                "Участие в отраслевой выставке",
                                                "Деловая миссия"};
  Draw& draw = organisations_draw_;
  std::vector<Market> markets;
  for (int i = 0; i < count; ++i) {
    const std::string country(AnyMarket(draw));
    if (std::any_of(markets.begin(), markets.end(),
                    [&](const Market& market) { return market.country == country; })) {
      continue;
    }
    Market market;
    market.country = country;
    market.status = static_cast<MarketStatus>(draw.Weighted(kStatusWeights));
    if (draw.Chance(0.7)) market.since = ToDate(draw.TimeBetween(kMarketsFrom, ToDate(entered)));
    market.note = std::string(draw.Pick(std::span<const std::string_view>(kNotes)));
    markets.push_back(std::move(market));
  }
  std::sort(markets.begin(), markets.end(),
            [](const Market& a, const Market& b) { return a.country < b.country; });
  return markets;
}

GeneratedOrganisation CatalogueGenerator::DomesticCompany() {
  static constexpr int kSizeWeights[] = {35, 35, 14, 10, 6};  // micro .. large, none
  static constexpr int kMarketCounts[] = {60, 20, 10, 6, 4};  // none, 1 .. 4
  Draw& draw = organisations_draw_;
  Organisation out;
  organisations::Fields& f = out.fields;
  f.kind = Kind::kDomesticCompany;
  f.country = organisations::kHomeCountry;
  const words::Region& region = AnyRegion();
  const bool entrepreneur = draw.Chance(0.02);
  const int founded = static_cast<int>(draw.Between(1992, 2024));
  out.created_at = draw.TimeBetween(std::max(kEnteredFrom, Date{founded, 1, 1}), kGeneratedUntil);
  std::string domain;
  if (entrepreneur) {
    const words::Person& surname = draw.Pick(std::span<const words::Person>(words::kSurnames));
    const words::Person& name = draw.Pick(std::span<const words::Person>(words::kMaleNames));
    const words::Person& patronymic =
        draw.Pick(std::span<const words::Person>(words::kPatronymics));
    // Initials: a Cyrillic capital takes two bytes of UTF-8.
    f.name_ru =
        fmt::format("ИП {} {}. {}.", surname.ru, name.ru.substr(0, 2), patronymic.ru.substr(0, 2));
    f.name_en = fmt::format("IE {} {}.", surname.en, name.en.substr(0, 1));
    f.size_band = organisations::SizeBand::kMicro;
    domain = Slug(surname.en) + "-it.ru";
  } else {
    std::string core_ru, core_en;
    for (int attempt = 0; attempt < 30; ++attempt) {
      const words::Pair& stem = draw.Pick(std::span<const words::Pair>(words::kStems));
      const words::Pair& suffix = draw.Pick(std::span<const words::Pair>(words::kSuffixes));
      core_ru = fmt::format("{}{}", stem.ru, suffix.ru);
      core_en = fmt::format("{}{}", stem.en, suffix.en);
      if (draw.Chance(0.35)) {
        const words::Pair& third = draw.Pick(std::span<const words::Pair>(words::kThirdWords));
        core_ru += fmt::format(" {}", third.ru);
        core_en += fmt::format(" {}", third.en);
      }
      if (Claim(core_en)) break;
    }
    const words::LegalForm& form = words::kLegalForms[draw.Weighted(legal_form_weights_)];
    f.name_ru = fmt::format("{} «{}»", form.ru, core_ru);
    f.name_en = fmt::format("{} {}", core_en, form.en);
    const size_t band = draw.Weighted(kSizeWeights);
    if (band < 4) f.size_band = static_cast<organisations::SizeBand>(band);
    domain = Slug(core_en) + (draw.Chance(0.85) ? ".ru" : ".com");
  }
  if (draw.Chance(0.8)) f.website = "https://" + domain;
  domains_.push_back(domain);
  if (draw.Chance(0.95)) f.hq_region = std::string(region.code);
  f.inn = NewInn(region.tax_code, entrepreneur);
  if (draw.Chance(0.9)) f.ogrn = NewOgrn(region.tax_code, founded, entrepreneur);
  if (!entrepreneur && draw.Chance(0.75)) {
    const Date date = ToDate(draw.TimeBetween(std::max(kAccreditationFrom, Date{founded, 6, 1}),
                                              ToDate(out.created_at)));
    f.accredited = true;
    f.accreditation_date = date;
    f.accreditation_number = fmt::format("АО-{:04}{:02}{:02}-{}-{}", date.year, date.month,
                                         date.day, *f.inn, draw.Between(1, 9));
  }
  f.sectors = Classes(draw, static_cast<int>(draw.Between(1, 4)), "");
  std::string areas_ru, areas_en;
  for (const std::string& id : f.sectors) {
    const taxonomy::Class& known = ClassById(id);
    areas_ru += (areas_ru.empty() ? "" : "; ") + known.fields.label_ru;
    areas_en += (areas_en.empty() ? "" : "; ") + known.fields.label_en;
  }
  const words::Pair& feature = draw.Pick(std::span<const words::Pair>(words::kFeatures));
  f.description_ru =
      fmt::format("Разработка и внедрение решений. Направления: {}. {}.", areas_ru, feature.ru);
  f.description_en =
      fmt::format("Develops and implements solutions. Areas: {}. {}.", areas_en, feature.en);
  f.markets = Markets(static_cast<int>(draw.Weighted(kMarketCounts)), out.created_at);
  if (!f.markets.empty() && draw.Chance(0.3)) {
    // An earlier state: exporting markets were only of interest, and the last one came later.
    out.first_markets = f.markets;
    for (Market& market : out.first_markets) {
      if (market.status == MarketStatus::kExporting) market.status = MarketStatus::kInterested;
    }
    if (out.first_markets.size() > 1 && draw.Chance(0.5)) out.first_markets.pop_back();
    if (out.first_markets != f.markets) {
      const auto later = std::chrono::duration_cast<std::chrono::milliseconds>(
          StartOf(kGeneratedUntil) - out.created_at);
      out.markets_changed_at =
          out.created_at + std::chrono::milliseconds(draw.Below(
                               static_cast<uint64_t>(std::max<int64_t>(1, later.count()))));
    } else {
      out.first_markets.clear();
    }
  }
  if (!large_companies_.empty() && draw.Chance(0.03)) {
    f.parent_id = draw.Pick(std::span<const int64_t>(large_companies_));
  }
  if (f.size_band == organisations::SizeBand::kLarge) large_companies_.push_back(generated_);
  return out;
}

GeneratedOrganisation CatalogueGenerator::University() {
  Draw& draw = organisations_draw_;
  Organisation out;
  organisations::Fields& f = out.fields;
  f.kind = Kind::kUniversity;
  f.country = organisations::kHomeCountry;
  const words::Region& region = AnyRegion();
  const words::Pair& kind = draw.Pick(std::span<const words::Pair>(words::kUniversityKinds));
  f.name_ru = fmt::format("{} ({})", kind.ru, region.city.ru);
  f.name_en = fmt::format("{} {}", region.city.en, kind.en);
  Claim(f.name_en);
  std::string initials;
  for (const std::string_view word :
       {kind.en.substr(0, kind.en.find(' ')), kind.en.substr(kind.en.rfind(' ') + 1)}) {
    initials += Slug(word.substr(0, 1));
  }
  const std::string domain = fmt::format("{}-{}.ru", Slug(region.city.en), initials);
  f.website = "https://" + domain;
  domains_.push_back(domain);
  f.hq_region = std::string(region.code);
  f.size_band = organisations::SizeBand::kLarge;
  f.inn = NewInn(region.tax_code, false);
  f.ogrn = NewOgrn(region.tax_code, static_cast<int>(draw.Between(1992, 2005)), false);
  f.sectors = Classes(draw, static_cast<int>(draw.Between(0, 3)), "");
  if (f.sectors.size() == 1) f.sectors.clear();  // most universities list none or several
  f.description_ru = "Подготовка ИТ-специалистов и прикладные исследования.";
  f.description_en = "Trains IT specialists and does applied research.";
  out.created_at = draw.TimeBetween(kEnteredFrom, kGeneratedUntil);
  return out;
}

GeneratedOrganisation CatalogueGenerator::GovernmentBody() {
  Draw& draw = organisations_draw_;
  Organisation out;
  organisations::Fields& f = out.fields;
  f.kind = Kind::kGovernmentBody;
  const words::Pair& ministry = draw.Pick(std::span<const words::Pair>(words::kMinistries));
  const countries::CountryRef* abroad = nullptr;
  if (draw.Chance(0.4)) abroad = CountryNamed(AnyMarket(draw));
  if (abroad) {
    f.country = std::string(abroad->iso2);
    f.name_ru = fmt::format("{} ({})", ministry.ru, abroad->name_ru);
    f.name_en = fmt::format("{} of {}", ministry.en, abroad->name_en);
    domains_.push_back(
        fmt::format("{}.gov.{}", Slug(ministry.en).substr(0, 12), Slug(abroad->iso2)));
  } else {
    const words::Region& region = AnyRegion();
    f.country = organisations::kHomeCountry;
    f.hq_region = std::string(region.code);
    f.name_ru = fmt::format("{} — {}", ministry.ru, region.name.ru);
    f.name_en = fmt::format("{}, {}", ministry.en, region.name.en);
    f.inn = NewInn(region.tax_code, false);
    domains_.push_back(fmt::format("digital.{}.gov.ru", Slug(region.code.substr(3))));
  }
  Claim(f.name_en);
  f.description_ru = "Государственный орган, отвечающий за цифровую трансформацию.";
  f.description_en = "Government body in charge of digital transformation.";
  out.created_at = draw.TimeBetween(kEnteredFrom, kGeneratedUntil);
  return out;
}

GeneratedOrganisation CatalogueGenerator::Association() {
  Draw& draw = organisations_draw_;
  Organisation out;
  organisations::Fields& f = out.fields;
  f.kind = Kind::kAssociation;
  f.country = organisations::kHomeCountry;
  const words::Region& region = AnyRegion();
  const words::Pair& kind = draw.Pick(std::span<const words::Pair>(words::kAssociationKinds));
  f.name_ru = fmt::format("{} ({})", kind.ru, region.city.ru);
  f.name_en = fmt::format("{} {}", region.city.en, kind.en);
  Claim(f.name_en);
  f.hq_region = std::string(region.code);
  f.inn = NewInn(region.tax_code, false);
  domains_.push_back(fmt::format("{}-it.org", Slug(region.city.en)));
  f.website = "https://" + domains_.back();
  f.sectors = Classes(draw, static_cast<int>(draw.Between(1, 5)), "");
  out.created_at = draw.TimeBetween(kEnteredFrom, kGeneratedUntil);
  return out;
}

GeneratedOrganisation CatalogueGenerator::Investor() {
  Draw& draw = organisations_draw_;
  Organisation out;
  organisations::Fields& f = out.fields;
  f.kind = Kind::kInvestor;
  const words::Pair& kind = draw.Pick(std::span<const words::Pair>(words::kInvestorKinds));
  const words::Pair& stem = draw.Pick(std::span<const words::Pair>(words::kStems));
  f.name_ru = fmt::format("{} «{} Капитал»", kind.ru, stem.ru);
  f.name_en = fmt::format("{} Capital {}", stem.en, kind.en);
  Claim(f.name_en);
  if (draw.Chance(0.3)) {
    f.country = std::string(AnyMarket(draw));
  } else {
    const words::Region& region = AnyRegion();
    f.country = organisations::kHomeCountry;
    f.hq_region = std::string(region.code);
    f.inn = NewInn(region.tax_code, false);
  }
  domains_.push_back(Slug(stem.en) + "capital.com");
  f.website = "https://" + domains_.back();
  f.sectors = Classes(draw, static_cast<int>(draw.Between(1, 4)), "");
  out.created_at = draw.TimeBetween(kEnteredFrom, kGeneratedUntil);
  return out;
}

GeneratedOrganisation CatalogueGenerator::ForeignCompany() {
  static constexpr int kSizeWeights[] = {20, 40, 25, 15};
  Draw& draw = organisations_draw_;
  Organisation out;
  organisations::Fields& f = out.fields;
  f.kind = Kind::kForeignCompany;
  f.country = std::string(AnyMarket(draw));
  std::string core;
  for (int attempt = 0; attempt < 30; ++attempt) {
    core = fmt::format("{} {}", draw.Pick(std::span<const std::string_view>(words::kForeignStems)),
                       draw.Pick(std::span<const std::string_view>(words::kForeignSuffixes)));
    if (draw.Chance(0.4)) {
      core +=
          fmt::format(" {}", draw.Pick(std::span<const std::string_view>(words::kForeignRegions)));
    }
    if (Claim(core)) break;
  }
  f.name_en = fmt::format("{} {}", core,
                          draw.Pick(std::span<const std::string_view>(words::kForeignForms)));
  domains_.push_back(Slug(core) + ".com");
  if (draw.Chance(0.8)) f.website = "https://" + domains_.back();
  f.size_band = static_cast<organisations::SizeBand>(draw.Weighted(kSizeWeights));
  f.sectors = Classes(draw, static_cast<int>(draw.Between(0, 2)), "");
  if (f.sectors.size() == 1 && draw.Chance(0.3)) f.sectors.clear();
  out.created_at = draw.TimeBetween(kEnteredFrom, kGeneratedUntil);
  return out;
}

GeneratedOrganisation CatalogueGenerator::Hub() {
  Draw& draw = organisations_draw_;
  Organisation out;
  organisations::Fields& f = out.fields;
  f.kind = Kind::kItHub;
  const words::Pair& stem = draw.Pick(std::span<const words::Pair>(words::kStems));
  const countries::CountryRef* abroad = draw.Chance(0.5) ? CountryNamed(AnyMarket(draw)) : nullptr;
  if (abroad) {
    f.country = std::string(abroad->iso2);
    f.name_ru = fmt::format("ИТ-хаб «{}» ({})", stem.ru, abroad->name_ru);
    f.name_en = fmt::format("{} IT Hub ({})", stem.en, abroad->name_en);
  } else {
    const words::Region& region = AnyRegion();
    f.country = organisations::kHomeCountry;
    f.hq_region = std::string(region.code);
    f.name_ru = fmt::format("Технопарк «{}» ({})", stem.ru, region.city.ru);
    f.name_en = fmt::format("{} Technopark ({})", stem.en, region.city.en);
    f.inn = NewInn(region.tax_code, false);
  }
  Claim(f.name_en);
  domains_.push_back(Slug(stem.en) + "-hub.org");
  f.website = "https://" + domains_.back();
  for (size_t i = 0; i < std::size(organisations::kHubServiceNames); ++i) {
    if (draw.Chance(0.6)) f.hub_services.push_back(static_cast<organisations::HubService>(i));
  }
  // Operated by a government body or an association, which come before the hubs.
  const int64_t first_operator = plan_.domestic + plan_.universities + 1;
  const int64_t last_operator = first_operator + plan_.government + plan_.associations - 1;
  if (draw.Chance(0.8)) f.hub_operator_id = draw.Between(first_operator, last_operator);
  const int64_t residents = std::min<int64_t>(plan_.domestic, draw.Between(5, 40));
  std::unordered_set<int64_t> chosen;
  while (static_cast<int64_t>(chosen.size()) < residents) {
    chosen.insert(draw.Between(1, plan_.domestic));
  }
  std::vector<int64_t> sorted(chosen.begin(), chosen.end());
  std::sort(sorted.begin(), sorted.end());
  for (const int64_t position : sorted) {
    f.residents.push_back(organisations::Resident{
        position, draw.Chance(0.7)
                      ? std::optional(ToDate(draw.TimeBetween(kEnteredFrom, kGeneratedUntil)))
                      : std::nullopt});
  }
  f.description_ru = "Площадка для российских ИТ-компаний: офисы, выставки, акселерация.";
  f.description_en = "A base for domestic IT companies: offices, exhibitions, acceleration.";
  out.created_at = draw.TimeBetween(kEnteredFrom, kGeneratedUntil);
  return out;
}

}  // namespace attache::app
