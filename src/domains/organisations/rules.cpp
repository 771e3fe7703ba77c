#include "domains/organisations/rules.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <set>

#include "core/field_checks.hpp"
#include "core/russian_ids.hpp"
#include "core/strings.hpp"

namespace attache::organisations {
namespace {

bool IsIso2(std::string_view code) {
  return code.size() == 2 && std::all_of(code.begin(), code.end(),
                                         [](char c) { return c >= 'A' && c <= 'Z'; });
}

Text NotIso2() {
  return {"Must be an ISO 3166-1 alpha-2 code such as VN.",
          "Должно быть кодом ISO 3166-1 из двух букв, например VN."};
}

bool PlausibleWebsite(std::string_view website) {
  std::string_view rest = website;
  if (rest.starts_with("https://")) {
    rest.remove_prefix(8);
  } else if (rest.starts_with("http://")) {
    rest.remove_prefix(7);
  } else {
    return false;
  }
  const std::string_view host = rest.substr(0, rest.find('/'));
  return host.find('.') != std::string_view::npos && host.front() != '.' && host.back() != '.' &&
         std::none_of(host.begin(), host.end(), [](char c) {
           return c == ' ' || c == '@' || c == '\t' || c == '"' || c == '<' || c == '>';
         });
}

void CheckIds(std::vector<FieldError>& errors, const Fields& fields) {
  const bool home = fields.country == kHomeCountry;
  if (fields.inn) {
    if (!home) {
      AddError(errors, "/inn",
               {"Only organisations registered in Russia have an INN.",
                "ИНН есть только у организаций, зарегистрированных в России."});
    } else if (!ValidInn(*fields.inn)) {
      AddError(errors, "/inn",
               {"Not a valid INN: 10 digits for an organisation or 12 for an entrepreneur, with "
                "the right check digits.",
                "Неверный ИНН: 10 цифр у организации или 12 у предпринимателя, с правильными "
                "контрольными цифрами."});
    }
  }
  if (fields.ogrn) {
    if (!home) {
      AddError(errors, "/ogrn",
               {"Only organisations registered in Russia have an OGRN.",
                "ОГРН есть только у организаций, зарегистрированных в России."});
    } else if (!ValidOgrn(*fields.ogrn)) {
      AddError(errors, "/ogrn",
               {"Not a valid OGRN: 13 digits (15 for an entrepreneur) with the right check digit.",
                "Неверный ОГРН: 13 цифр (15 у предпринимателя) с правильной контрольной цифрой."});
    } else if (fields.inn && ValidInn(*fields.inn) &&
               (fields.inn->size() == 10) != (fields.ogrn->size() == 13)) {
      AddError(errors, "/ogrn",
               {"An organisation's OGRN has 13 digits and its INN 10; an entrepreneur's 15 and 12.",
                "У организации ОГРН из 13 цифр и ИНН из 10; у предпринимателя — 15 и 12."});
    }
  }
}

void CheckAccreditation(std::vector<FieldError>& errors, const Fields& fields, Date today) {
  if (fields.accredited) {
    if (fields.country != kHomeCountry || fields.kind != Kind::kDomesticCompany) {
      AddError(errors, "/accredited",
               {"Only domestic companies are accredited as IT companies.",
                "Аккредитация ИТ-компании бывает только у российских компаний."});
    }
  } else if (fields.accreditation_number || fields.accreditation_date) {
    const Text message{"Only for an accredited company: set accredited first.",
                       "Только для аккредитованной компании: сначала отметьте аккредитацию."};
    if (fields.accreditation_number) AddError(errors, "/accreditation_number", message);
    if (fields.accreditation_date) AddError(errors, "/accreditation_date", message);
  }
  if (fields.accreditation_number) {
    CheckLength(errors, "/accreditation_number", *fields.accreditation_number,
                kMaxAccreditationNumber);
  }
  if (fields.accreditation_date) {
    CheckDateBetween(errors, "/accreditation_date", *fields.accreditation_date, kEarliestDate,
                     today);
  }
}

void CheckMarkets(std::vector<FieldError>& errors, const Fields& fields, Date today) {
  if (fields.markets.size() > kMaxMarkets) {
    AddError(errors, "/markets",
             {fmt::format("At most {} markets.", kMaxMarkets),
              fmt::format("Не более {} рынков.", kMaxMarkets)});
    return;
  }
  std::set<std::string> seen;
  for (size_t i = 0; i < fields.markets.size(); ++i) {
    const Market& market = fields.markets[i];
    const std::string pointer = fmt::format("/markets/{}", i);
    if (!IsIso2(market.country)) {
      AddError(errors, pointer + "/country", NotIso2());
    } else if (market.country == fields.country) {
      AddError(errors, pointer + "/country",
               {"A foreign market cannot be the organisation's own country.",
                "Зарубежный рынок не может быть страной самой организации."});
    } else if (!seen.insert(market.country).second) {
      AddError(errors, pointer + "/country",
               {"This country is already listed.", "Эта страна уже указана."});
    }
    if (market.since) CheckDateBetween(errors, pointer + "/since", *market.since, kEarliestDate, today);
    CheckLength(errors, pointer + "/note", market.note, kMaxNote);
  }
}

void CheckHub(std::vector<FieldError>& errors, const Fields& fields, Date today) {
  if (fields.kind != Kind::kItHub) {
    const Text message{"Only for an IT hub.", "Только для ИТ-хаба."};
    if (!fields.hub_services.empty()) AddError(errors, "/hub_services", message);
    if (fields.hub_operator_id) AddError(errors, "/hub_operator_id", message);
    if (!fields.residents.empty()) AddError(errors, "/residents", message);
    return;
  }
  if (fields.residents.size() > kMaxResidents) {
    AddError(errors, "/residents",
             {fmt::format("At most {} residents.", kMaxResidents),
              fmt::format("Не более {} резидентов.", kMaxResidents)});
    return;
  }
  std::set<int64_t> seen;
  for (size_t i = 0; i < fields.residents.size(); ++i) {
    const Resident& resident = fields.residents[i];
    const std::string pointer = fmt::format("/residents/{}", i);
    if (!seen.insert(resident.organisation_id).second) {
      AddError(errors, pointer + "/organisation_id",
               {"This organisation is already listed.", "Эта организация уже указана."});
    }
    if (resident.since) {
      CheckDateBetween(errors, pointer + "/since", *resident.since, kEarliestDate, today);
    }
  }
}

}  // namespace

Error NoSuchOrganisation(std::string_view id) {
  return Error{ErrorCode::kNotFound,
               {fmt::format("There is no organisation with the id {}.", id),
                fmt::format("Организации с номером {} нет.", id)},
               {},
               {}};
}

Error NotYours() {
  return Error{ErrorCode::kForbidden,
               {"You may change only the organisations within your scope (your countries or your "
                "own company).",
                "Изменять можно только организации в пределах ваших полномочий (ваших стран или "
                "вашей компании)."},
               {},
               {}};
}

std::string NormaliseWebsite(std::string_view website) {
  const std::string_view trimmed = Trim(website);
  if (trimmed.empty() || trimmed.find("://") != std::string_view::npos) {
    return std::string(trimmed);
  }
  return "https://" + std::string(trimmed);
}

void Canonicalise(Fields& fields) {
  std::sort(fields.sectors.begin(), fields.sectors.end());
  fields.sectors.erase(std::unique(fields.sectors.begin(), fields.sectors.end()),
                       fields.sectors.end());
  std::stable_sort(fields.markets.begin(), fields.markets.end(),
                   [](const Market& a, const Market& b) { return a.country < b.country; });
  std::stable_sort(fields.residents.begin(), fields.residents.end(),
                   [](const Resident& a, const Resident& b) {
                     return a.organisation_id < b.organisation_id;
                   });
  std::sort(fields.hub_services.begin(), fields.hub_services.end());
  fields.hub_services.erase(std::unique(fields.hub_services.begin(), fields.hub_services.end()),
                            fields.hub_services.end());
}

std::vector<FieldError> CheckFields(const Fields& fields, Date today) {
  std::vector<FieldError> errors;
  CheckNames(errors, fields.name_ru, fields.name_en, kMaxName);
  if (!IsIso2(fields.country)) {
    AddError(errors, "/country", NotIso2());
  } else if (fields.kind == Kind::kDomesticCompany && fields.country != kHomeCountry) {
    AddError(errors, "/country",
             {"A domestic company is registered in Russia (RU); choose foreign company otherwise.",
              "Российская компания зарегистрирована в России (RU); иначе выберите «иностранная "
              "компания»."});
  } else if (fields.kind == Kind::kForeignCompany && fields.country == kHomeCountry) {
    AddError(errors, "/country",
             {"A foreign company is registered outside Russia.",
              "Иностранная компания зарегистрирована не в России."});
  }
  CheckIds(errors, fields);
  CheckLength(errors, "/website", fields.website, kMaxWebsite);
  if (!fields.website.empty() && !PlausibleWebsite(fields.website)) {
    AddError(errors, "/website",
             {"Must be a web address such as https://example.com.",
              "Должен быть адресом сайта, например https://example.com."});
  }
  if (fields.hq_region && !IsRussianRegionCode(*fields.hq_region)) {
    AddError(errors, "/hq_region",
             {"Must be an ISO 3166-2 code of a Russian region, such as RU-MOW.",
              "Должен быть кодом региона России по ISO 3166-2, например RU-MOW."});
  }
  CheckLength(errors, "/description_ru", fields.description_ru, kMaxDescription);
  CheckLength(errors, "/description_en", fields.description_en, kMaxDescription);
  CheckAccreditation(errors, fields, today);
  if (fields.sectors.size() > kMaxSectors) {
    AddError(errors, "/sectors",
             {fmt::format("At most {} sectors.", kMaxSectors),
              fmt::format("Не более {} отраслей.", kMaxSectors)});
  }
  CheckMarkets(errors, fields, today);
  CheckHub(errors, fields, today);
  return errors;
}

}  // namespace attache::organisations
