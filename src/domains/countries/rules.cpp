#include "domains/countries/rules.hpp"

#include <fmt/format.h>

#include "core/strings.hpp"

namespace attache::countries {
namespace {

void Add(std::vector<FieldError>& errors, std::string pointer, Text message) {
  errors.push_back(FieldError{std::move(pointer), {}, std::move(message)});
}

Date YearsAfter(Date date, int years) {
  date.year += years;
  if (date.month == 2 && date.day == 29) date.day = 28;
  return date;
}

void CheckDateRange(std::vector<FieldError>& errors, const std::string& pointer, const Date& date,
                    const Date& latest) {
  if (date < kEarliestDate) {
    Add(errors, pointer,
        {fmt::format("Not before {}.", kEarliestDate.ToString()),
         fmt::format("Не раньше {}.", kEarliestDate.ToString())});
  } else if (date > latest) {
    Add(errors, pointer,
        {fmt::format("Not after {}.", latest.ToString()),
         fmt::format("Не позже {}.", latest.ToString())});
  }
}

}  // namespace

Text NotIso2() {
  return {"Must be an ISO 3166-1 alpha-2 code such as VN.",
          "Должно быть кодом ISO 3166-1 из двух букв, например VN."};
}

Error NoSuchCountry(std::string_view code) {
  return Error{ErrorCode::kNotFound,
               {fmt::format("There is no country with the code {}.", code),
                fmt::format("Страны с кодом {} нет.", code)},
               {},
               {}};
}

Error NoSuchAttache(std::string_view id) {
  return Error{ErrorCode::kNotFound,
               {fmt::format("There is no attaché with the id {}.", id),
                fmt::format("Атташе с номером {} нет.", id)},
               {},
               {}};
}

std::vector<FieldError> CheckPresence(const Presence& presence, Date today) {
  std::vector<FieldError> errors;
  if (presence.since) {
    if (presence.status == PresenceStatus::kNone) {
      Add(errors, "/since",
          {"Leave empty when the service is not present.",
           "Оставьте пустым, если присутствия нет."});
    } else if (*presence.since > today) {
      Add(errors, "/since", {"Cannot be in the future.", "Не может быть в будущем."});
    } else {
      CheckDateRange(errors, "/since", *presence.since, today);
    }
  }
  if (CountChars(presence.note) > kMaxNote) {
    Add(errors, "/note",
        {fmt::format("At most {} characters.", kMaxNote),
         fmt::format("Не более {} символов.", kMaxNote)});
  }
  return errors;
}

std::vector<FieldError> CheckAttache(const AttacheFields& fields, Date today) {
  std::vector<FieldError> errors;
  if (fields.country.size() != 2) {
    Add(errors, "/country", NotIso2());
  }
  if (fields.name_ru.empty() && fields.name_en.empty()) {
    const Text message{"Give the name in Russian or English.",
                       "Укажите имя на русском или английском."};
    Add(errors, "/name_ru", message);
    Add(errors, "/name_en", message);
  }
  for (const auto& [pointer, name] :
       {std::pair{"/name_ru", &fields.name_ru}, std::pair{"/name_en", &fields.name_en}}) {
    if (CountChars(*name) > kMaxName) {
      Add(errors, pointer,
          {fmt::format("At most {} characters.", kMaxName),
           fmt::format("Не более {} символов.", kMaxName)});
    }
  }
  const Date latest = YearsAfter(today, 10);
  if (fields.start_date) CheckDateRange(errors, "/start_date", *fields.start_date, latest);
  if (fields.end_date) CheckDateRange(errors, "/end_date", *fields.end_date, latest);
  if (fields.start_date && fields.end_date && *fields.end_date < *fields.start_date) {
    Add(errors, "/end_date",
        {"Cannot be before the start date.", "Не может быть раньше даты начала."});
  }
  if (fields.status == AttacheStatus::kEnded) {
    if (!fields.end_date) {
      Add(errors, "/end_date",
          {"Required when the posting has ended.", "Обязательна, если командировка завершена."});
    } else if (*fields.end_date > today) {
      Add(errors, "/end_date",
          {"An ended posting cannot end in the future.",
           "Завершённая командировка не может заканчиваться в будущем."});
    }
  }
  if (fields.status == AttacheStatus::kActive && fields.start_date && *fields.start_date > today) {
    Add(errors, "/start_date",
        {"An active posting cannot start in the future.",
         "Действующая командировка не может начинаться в будущем."});
  }
  if (fields.email) {
    if (CountChars(*fields.email) > kMaxEmail) {
      Add(errors, "/email",
          {fmt::format("At most {} characters.", kMaxEmail),
           fmt::format("Не более {} символов.", kMaxEmail)});
    } else if (!PlausibleEmail(*fields.email)) {
      Add(errors, "/email", {"Not an e-mail address.", "Это не адрес электронной почты."});
    }
  }
  return errors;
}

Error NotYours() {
  return Error{ErrorCode::kForbidden,
               {"You may change only the records of your own countries.",
                "Изменять можно только записи своих стран."},
               {},
               {}};
}

}  // namespace attache::countries
