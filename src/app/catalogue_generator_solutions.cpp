// The second half of the generator: the solutions organisations offer and the people who work
// there, drawn after every organisation exists.
#include <fmt/format.h>

#include <algorithm>

#include "app/catalogue_generator.hpp"
#include "app/catalogue_words.hpp"

namespace attache::app {
namespace {

constexpr Date kEnteredFrom{2019, 1, 1};
constexpr Date kConsentFrom{2019, 1, 1};

std::string Lower(std::string_view ascii) {
  std::string out;
  for (const char c : ascii) {
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') out += c;
  }
  return out;
}

}  // namespace

int64_t CatalogueGenerator::SkewedCompany(Draw& draw) const {
  // Squaring a uniform draw piles it up at the start: the first of 20,000 companies gets about
  // 0.3% of the draws, the median one a hundredth of that.
  const double u = draw.Chance(0.4) ? draw.Unit() * draw.Unit() : draw.Unit();
  return 1 + std::min<int64_t>(plan_.domestic - 1, static_cast<int64_t>(u * plan_.domestic));
}

GeneratedSolution CatalogueGenerator::NextSolution() {
  static constexpr int kMaturityWeights[] = {5, 10, 12, 63, 10};
  static constexpr int kReadinessWeights[] = {30, 35, 25, 10};
  static constexpr int kReferenceCounts[] = {35, 30, 20, 10, 5};
  static constexpr int kLicenceWeights[] = {30, 30, 5, 5, 20, 10};
  Draw& draw = solutions_draw_;
  GeneratedSolution out;
  solutions::Fields& f = out.fields;
  // Universities own a few; domestic companies the rest.
  const int64_t universities_from = plan_.domestic + 1;
  f.organisation_id = draw.Chance(0.05) ? draw.Between(universities_from,
                                                       universities_from + plan_.universities - 1)
                                        : SkewedCompany(draw);
  const std::string& sector = main_sectors_[static_cast<size_t>(f.organisation_id - 1)];
  const int classes = static_cast<int>(draw.Between(1, 4));
  std::vector<std::string> ids = Classes(draw, classes, draw.Chance(0.7) ? sector : "");
  f.main_class = ids.front();
  f.classes.assign(ids.begin() + 1, ids.end());
  std::sort(f.classes.begin(), f.classes.end());
  const taxonomy::Class& main = ClassById(f.main_class);

  const words::Pair& stem = draw.Pick(std::span<const words::Pair>(words::kStems));
  const words::Pair& suffix = draw.Pick(std::span<const words::Pair>(words::kSuffixes));
  const words::Pair& product = draw.Pick(std::span<const words::Pair>(words::kProductWords));
  const words::Pair& edition = draw.Pick(std::span<const words::Pair>(words::kEditions));
  const std::string brand_ru = fmt::format("{}{}", stem.ru, suffix.ru);
  const std::string brand_en = fmt::format("{}{}", stem.en, suffix.en);
  f.name_ru = fmt::format("{} {}", brand_ru, product.ru);
  f.name_en = fmt::format("{} {}", brand_en, product.en);
  if (!edition.ru.empty()) {
    f.name_ru += fmt::format(" {}", edition.ru);
    f.name_en += fmt::format(" {}", edition.en);
  }
  const words::Pair& first = draw.Pick(std::span<const words::Pair>(words::kFeatures));
  const words::Pair& second = draw.Pick(std::span<const words::Pair>(words::kFeatures));
  f.description_ru = fmt::format("{}. Класс: {}. {}.", f.name_ru, main.fields.label_ru, first.ru);
  f.description_en = fmt::format("{}. Class: {}. {}.", f.name_en, main.fields.label_en, first.en);
  if (&first != &second) {
    f.description_ru += fmt::format(" {}.", second.ru);
    f.description_en += fmt::format(" {}.", second.en);
  }

  if (main.fields.group_id == "tel") {
    static constexpr int kWeights[] = {20, 30, 50, 0};
    f.kind = static_cast<solutions::Kind>(draw.Weighted(kWeights));
  } else if (main.fields.group_id == "inf") {
    static constexpr int kWeights[] = {70, 20, 0, 10};
    f.kind = static_cast<solutions::Kind>(draw.Weighted(kWeights));
  } else {
    static constexpr int kWeights[] = {80, 5, 0, 15};
    f.kind = static_cast<solutions::Kind>(draw.Weighted(kWeights));
  }
  f.maturity = static_cast<solutions::Maturity>(draw.Weighted(kMaturityWeights));

  f.interface_languages = {"ru"};
  if (draw.Chance(0.65)) f.interface_languages.emplace_back("en");
  if (draw.Chance(0.15)) {
    const std::string_view language = words::kMarkets[draw.Weighted(market_weights_)].language;
    if (std::find(f.interface_languages.begin(), f.interface_languages.end(), language) ==
        f.interface_languages.end()) {
      f.interface_languages.emplace_back(language);
    }
  }

  f.export_readiness = static_cast<int>(draw.Weighted(kReadinessWeights));
  const size_t references = draw.Weighted(kReferenceCounts);
  bool abroad = false;
  for (size_t i = 0; i < references || (f.export_readiness == 3 && !abroad); ++i) {
    const bool foreign = i >= references || draw.Chance(0.3);
    const words::Pair& customer = draw.Pick(std::span<const words::Pair>(words::kCustomers));
    solutions::Reference reference;
    reference.country = foreign ? std::string(AnyMarket(draw)) : "RU";
    reference.customer = std::string(foreign ? customer.en : customer.ru);
    if (draw.Chance(0.85)) reference.year = static_cast<int>(draw.Between(2012, 2025));
    reference.scale = std::string(draw.Pick(std::span<const std::string_view>(words::kScales)));
    abroad = abroad || foreign;
    f.references.push_back(std::move(reference));
  }

  if (draw.Chance(0.15)) {
    const auto& all = words::kCertifications;
    const size_t from = draw.Below(std::size(all));
    const size_t count = 1 + draw.Below(2);
    for (size_t i = 0; i < count && from + i < std::size(all); ++i) {
      f.certifications.emplace_back(all[from + i]);
    }
  }
  if ((f.kind == solutions::Kind::kSoftware || f.kind == solutions::Kind::kHardwareSoftware) &&
      draw.Chance(0.6)) {
    f.registry_number = NewRegistryNumber();
  }
  if (draw.Chance(0.85)) {
    f.licence = static_cast<solutions::Licence>(draw.Weighted(kLicenceWeights));
  }
  f.published = draw.Chance(0.8);
  out.created_at = draw.TimeBetween(kEnteredFrom, kGeneratedUntil);
  return out;
}

GeneratedContact CatalogueGenerator::NextContact() {
  static constexpr int kBasisWeights[] = {40, 20, 0, 20, 10, 10};  // by ConsentBasis, then none
  static constexpr words::Pair kNotes[] = {
      {"Познакомились на отраслевой выставке", "Met at a trade fair"},
      {"Участник деловой миссии", "Took part in a business mission"},
      {"Предпочитает связь по электронной почте", "Prefers e-mail"},
  };
  Draw& draw = contacts_draw_;
  GeneratedContact out;
  contacts::Fields& f = out.fields;
  f.organisation_id = draw.Chance(0.85) ? SkewedCompany(draw) : draw.Between(1, generated_);
  const auto index = static_cast<size_t>(f.organisation_id - 1);
  const std::string_view language = languages_[index];
  std::string given_en, family_en;
  if (language == "ru") {
    const bool female = draw.Chance(0.4);
    const std::span<const words::Person> names =
        female ? std::span<const words::Person>(words::kFemaleNames)
               : std::span<const words::Person>(words::kMaleNames);
    const words::Person& given = draw.Pick(names);
    const words::Person& family = draw.Pick(std::span<const words::Person>(words::kSurnames));
    const words::Person& patronymic =
        draw.Pick(std::span<const words::Person>(words::kPatronymics));
    given_en = given.en;
    family_en = female ? fmt::format("{}a", family.en) : std::string(family.en);
    f.name_ru = fmt::format("{} {} {}", female ? family.ru_female : family.ru, given.ru,
                            female ? patronymic.ru_female : patronymic.ru);
    f.name_en = fmt::format("{} {}", given_en, family_en);
    const words::Pair& position = draw.Pick(std::span<const words::Pair>(words::kPositions));
    f.position = std::string(position.ru);
    f.languages = {"ru"};
    if (draw.Chance(0.5)) f.languages.emplace_back("en");
    if (draw.Chance(0.7)) {
      static constexpr std::string_view kCodes[] = {"495", "499", "812", "843", "383", "343"};
      f.phone = fmt::format("+7 ({}) {:03}-{:02}-{:02}",
                            draw.Pick(std::span<const std::string_view>(kCodes)), draw.Below(1000),
                            draw.Below(100), draw.Below(100));
    }
  } else {
    given_en = draw.Pick(std::span<const std::string_view>(words::kForeignGivenNames));
    family_en = draw.Pick(std::span<const std::string_view>(words::kForeignFamilyNames));
    f.name_en = fmt::format("{} {}", given_en, family_en);
    f.position = std::string(draw.Pick(std::span<const words::Pair>(words::kPositions)).en);
    f.languages = {std::string(language)};
    if (language != "en") f.languages.emplace_back("en");
    if (draw.Chance(0.5)) {
      f.phone = fmt::format("+{} {:03} {:04} {:04}", draw.Between(20, 99), draw.Below(1000),
                            draw.Below(10000), draw.Below(10000));
    }
  }
  if (draw.Chance(0.9)) {
    // One mailbox per person within an organisation: a second Anna Ivanova gets a number.
    std::unordered_set<std::string>& taken = emails_[f.organisation_id];
    const std::string local = fmt::format("{}.{}", Lower(given_en.substr(0, 1)), Lower(family_en));
    std::string email = fmt::format("{}@{}", local, domains_[index]);
    for (int n = 2; !taken.insert(email).second; ++n) {
      email = fmt::format("{}{}@{}", local, n, domains_[index]);
    }
    f.email = std::move(email);
  }
  const size_t basis = draw.Weighted(kBasisWeights);
  if (basis < std::size(contacts::kConsentBasisNames)) {
    f.consent_basis = static_cast<contacts::ConsentBasis>(basis);
    if (f.consent_basis == contacts::ConsentBasis::kConsent || draw.Chance(0.5)) {
      f.consent_date = ToDate(draw.TimeBetween(kConsentFrom, kGeneratedUntil));
    }
  }
  if (draw.Chance(0.1)) {
    const words::Pair& note = draw.Pick(std::span<const words::Pair>(kNotes));
    f.notes = std::string(language == "ru" ? note.ru : note.en);
  }
  out.created_at = draw.TimeBetween(kEnteredFrom, kGeneratedUntil);
  return out;
}

}  // namespace attache::app
