#include "domains/contacts/rules.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/field_checks.hpp"
#include "core/strings.hpp"

namespace attache::contacts {
namespace {

// ISO 639-1 (iso-codes, /usr/share/iso-codes/json/iso_639-2.json): every code at a multiple of 3.
constexpr std::string_view kLanguageCodes =
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv "
    "cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr "
    "ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw "
    "ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv "
    "ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr "
    "ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi "
    "yo za zh zu";

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Digits with the usual separators, enough digits for a real number: typos, not reachability.
bool PlausiblePhone(std::string_view phone) {
  const auto allowed = [](char c) {
    return IsDigit(c) || c == ' ' || c == '+' || c == '(' || c == ')' || c == '-';
  };
  return std::all_of(phone.begin(), phone.end(), allowed) &&
         static_cast<size_t>(std::count_if(phone.begin(), phone.end(), IsDigit)) >= kMinPhoneDigits;
}

void CheckConsent(std::vector<FieldError>& errors, const Fields& fields, Date today) {
  if (fields.consent_date) {
    if (*fields.consent_date > today) {
      AddError(errors, "/consent_date", {"Cannot be in the future.", "Не может быть в будущем."});
    } else {
      CheckDateBetween(errors, "/consent_date", *fields.consent_date, kEarliestConsent, today);
    }
    if (!fields.consent_basis) {
      AddError(errors, "/consent_basis",
               {"Give the legal basis the date belongs to.",
                "Укажите правовое основание, к которому относится дата."});
    }
  }
  if (fields.consent_basis == ConsentBasis::kConsent && !fields.consent_date) {
    AddError(errors, "/consent_date",
             {"Required when the basis is the person's consent: when was it given?",
              "Обязательна, если основание — согласие: когда оно получено?"});
  }
}

}  // namespace

Error NoSuchContact(std::string_view id) {
  return Error{ErrorCode::kNotFound,
               {fmt::format("There is no contact with the id {}.", id),
                fmt::format("Контакта с номером {} нет.", id)},
               {},
               {}};
}

Error NotYours() {
  return Error{ErrorCode::kForbidden,
               {"You may change only the contacts of organisations within your scope (your "
                "countries or your own company).",
                "Изменять можно только контакты организаций в пределах ваших полномочий (ваших "
                "стран или вашей компании)."},
               {},
               {}};
}

Error Erased(int64_t id) {
  return Error{ErrorCode::kConflict,
               {fmt::format("The data of contact {} was erased at the person's request; the "
                            "record cannot be changed. Create a new contact if the person "
                            "agrees to it.",
                            id),
                fmt::format("Данные контакта {} удалены по просьбе человека; запись нельзя "
                            "изменить. Создайте новый контакт, если человек на это согласен.",
                            id)},
               {},
               {}};
}

bool IsLanguageCode(std::string_view code) {
  if (code.size() != 2) return false;
  const size_t at = kLanguageCodes.find(code);
  return at != std::string_view::npos && at % 3 == 0;
}

void Canonicalise(Fields& fields) {
  std::vector<std::string> languages;
  for (const std::string& code : fields.languages) {
    std::string lower = AsciiLower(Trim(code));
    if (std::find(languages.begin(), languages.end(), lower) == languages.end()) {
      languages.push_back(std::move(lower));
    }
  }
  fields.languages = std::move(languages);
}

std::vector<FieldError> CheckFields(const Fields& fields, Date today) {
  std::vector<FieldError> errors;
  // Not CheckNames: its Russian message speaks of the name of a thing (название), not a person.
  if (fields.name_ru.empty() && fields.name_en.empty()) {
    const Text message{"Give the name in Russian or English.",
                       "Укажите имя на русском или английском."};
    AddError(errors, "/name_ru", message);
    AddError(errors, "/name_en", message);
  }
  CheckLength(errors, "/name_ru", fields.name_ru, kMaxName);
  CheckLength(errors, "/name_en", fields.name_en, kMaxName);
  CheckLength(errors, "/position", fields.position, kMaxPosition);
  if (fields.email) {
    if (CountChars(*fields.email) > kMaxEmail) {
      CheckLength(errors, "/email", *fields.email, kMaxEmail);
    } else if (!PlausibleEmail(*fields.email)) {
      AddError(errors, "/email", {"Not an e-mail address.", "Это не адрес электронной почты."});
    }
  }
  if (fields.phone) {
    if (CountChars(*fields.phone) > kMaxPhone) {
      CheckLength(errors, "/phone", *fields.phone, kMaxPhone);
    } else if (!PlausiblePhone(*fields.phone)) {
      AddError(
          errors, "/phone",
          {fmt::format("Digits, spaces, + ( ) and - only, at least {} digits.", kMinPhoneDigits),
           fmt::format("Только цифры, пробелы, + ( ) и -, не менее {} цифр.", kMinPhoneDigits)});
    }
  }
  if (fields.languages.size() > kMaxLanguages) {
    AddError(errors, "/languages",
             {fmt::format("At most {} languages.", kMaxLanguages),
              fmt::format("Не более {} языков.", kMaxLanguages)});
  } else {
    for (size_t i = 0; i < fields.languages.size(); ++i) {
      if (!IsLanguageCode(fields.languages[i])) {
        AddError(errors, fmt::format("/languages/{}", i),
                 {"Must be an ISO 639-1 code of two lower-case letters, such as vi.",
                  "Должен быть кодом ISO 639-1 из двух строчных букв, например vi."});
      }
    }
  }
  CheckConsent(errors, fields, today);
  CheckLength(errors, "/notes", fields.notes, kMaxNotes);
  return errors;
}

}  // namespace attache::contacts
