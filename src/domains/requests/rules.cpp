#include "domains/requests/rules.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>

#include "core/strings.hpp"

namespace attache::requests {
namespace {

// The lifecycle, row by row: a status and the ones that may follow it.
struct Step {
  RequestStatus from;
  std::vector<RequestStatus> to;
};

const std::vector<Step>& Lifecycle() {
  using S = RequestStatus;
  static const std::vector<Step> steps = {
      {S::kNew, {S::kTriaged, S::kDeclined, S::kCancelled}},
      {S::kTriaged, {S::kInProgress, S::kDeclined, S::kCancelled}},
      {S::kInProgress, {S::kWaitingOnCompany, S::kResolved, S::kDeclined, S::kCancelled}},
      {S::kWaitingOnCompany, {S::kInProgress, S::kResolved, S::kDeclined, S::kCancelled}},
  };
  return steps;
}

std::string JoinStatuses(std::span<const RequestStatus> statuses) {
  std::string text;
  for (const RequestStatus status : statuses) {
    if (!text.empty()) text += ", ";
    text += ToString(status);
  }
  return text;
}

bool NeedsReason(RequestStatus to) {
  return to == RequestStatus::kDeclined || to == RequestStatus::kCancelled;
}

}  // namespace

std::vector<RequestStatus> NextStatuses(RequestStatus from) {
  for (const Step& step : Lifecycle()) {
    if (step.from == from) return step.to;
  }
  return {};
}

std::vector<RequestStatus> AllowedMoves(RequestStatus from, Mover mover) {
  std::vector<RequestStatus> moves = NextStatuses(from);
  if (mover == Mover::kCompany) {
    std::erase_if(moves, [](RequestStatus to) { return to != RequestStatus::kCancelled; });
  }
  return moves;
}

std::vector<FieldError> CheckMove(RequestStatus from, RequestStatus to, std::string_view reason,
                                  Mover mover) {
  std::vector<FieldError> errors;
  const std::vector<RequestStatus> allowed = AllowedMoves(from, mover);
  if (std::find(allowed.begin(), allowed.end(), to) == allowed.end()) {
    const std::string_view from_name = ToString(from);
    if (IsFinal(from)) {
      errors.push_back(
          {"/to",
           {},
           {fmt::format("A {} request is closed: it cannot move.", from_name),
            fmt::format("Запрос в статусе {} закрыт: сменить статус нельзя.", from_name)}});
    } else if (allowed.empty()) {
      errors.push_back({"/to",
                        {},
                        {fmt::format("You may not move a {} request.", from_name),
                         fmt::format("Вы не можете сменить статус запроса {}.", from_name)}});
    } else {
      const std::string list = JoinStatuses(allowed);
      errors.push_back(
          {"/to",
           {},
           {fmt::format("A {} request may move to: {}.", from_name, list),
            fmt::format("Из статуса {} запрос можно перевести в: {}.", from_name, list)}});
    }
  }
  if (NeedsReason(to) && Trim(reason).empty()) {
    errors.push_back({"/reason",
                      {},
                      {"Say why: a reason is required to decline or cancel a request.",
                       "Укажите причину: без неё запрос нельзя отклонить или отменить."}});
  }
  if (CountChars(reason) > kMaxReason) {
    errors.push_back({"/reason",
                      {},
                      {fmt::format("At most {} characters.", kMaxReason),
                       fmt::format("Не больше {} символов.", kMaxReason)}});
  }
  return errors;
}

TimePoint DueAt(TimePoint filed, int sla_days) { return filed + std::chrono::days(sla_days); }

bool IsOverdue(const SupportRequest& request, std::string_view now) {
  return !IsFinal(request.status) && request.due_at < now;
}

void Canonicalise(Fields& fields) {
  fields.country = AsciiUpper(Trim(fields.country));
  fields.type = std::string(Trim(fields.type));
  fields.subject = std::string(Trim(fields.subject));
  fields.description = std::string(Trim(fields.description));
}

std::vector<FieldError> CheckFields(const Fields& fields, Date today) {
  std::vector<FieldError> errors;
  if (fields.subject.empty()) {
    errors.push_back(
        {"/subject",
         {},
         {"Say in a few words what the company needs.", "Кратко опишите, что нужно компании."}});
  }
  const bool letters = std::all_of(fields.country.begin(), fields.country.end(),
                                   [](char c) { return c >= 'A' && c <= 'Z'; });
  if (fields.country.size() != 2 || !letters) {
    errors.push_back({"/country",
                      {},
                      {"Must be an ISO 3166-1 code of two letters, such as VN.",
                       "Должен быть кодом ISO 3166-1 из двух букв, например VN."}});
  }
  if (fields.type.empty()) {
    errors.push_back({"/type", {}, {"Choose the kind of support.", "Выберите вид поддержки."}});
  }
  if (fields.desired_date) {
    const Date earliest{today.year - 1, today.month, today.day};
    const Date latest{today.year + 5, today.month, today.day};
    if (*fields.desired_date < earliest || latest < *fields.desired_date) {
      errors.push_back({"/desired_date",
                        {},
                        {"Must lie between a year ago and five years ahead.",
                         "Дата должна быть не раньше года назад и не позже чем через пять лет."}});
    }
  }
  return errors;
}

std::vector<FieldError> CheckTypeFields(const TypeFields& fields, bool creating) {
  std::vector<FieldError> errors;
  if (creating) {
    const bool shape = fields.code.size() >= 2 && fields.code.size() <= 40 &&
                       fields.code[0] >= 'a' && fields.code[0] <= 'z' &&
                       std::all_of(fields.code.begin(), fields.code.end(), [](char c) {
                         return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
                       });
    if (!shape) {
      errors.push_back({"/code",
                        {},
                        {"2-40 lower-case Latin letters, digits and _, starting with a letter.",
                         "2-40 строчных латинских букв, цифр и _, первая - буква."}});
    }
    if (std::find(std::begin(kTypeCodes), std::end(kTypeCodes), fields.parent) ==
        std::end(kTypeCodes)) {
      errors.push_back({"/parent",
                        {},
                        {"Must be one of: consulting, information, legal, organisational.",
                         "Должен быть одним из: consulting, information, legal, organisational."}});
    }
  }
  if (fields.name_ru.empty() && fields.name_en.empty()) {
    errors.push_back(
        {"/name_en",
         {},
         {"Give a name in at least one language.", "Укажите название хотя бы на одном языке."}});
  }
  if (fields.sla_days && (*fields.sla_days < 1 || *fields.sla_days > kMaxSlaDays)) {
    errors.push_back({"/sla_days",
                      {},
                      {fmt::format("Between 1 and {} days.", kMaxSlaDays),
                       fmt::format("От 1 до {} дней.", kMaxSlaDays)}});
  }
  return errors;
}

std::string CleanFileName(std::string_view name, const MediaType& type) {
  if (const auto slash = name.find_last_of("/\\"); slash != std::string_view::npos) {
    name.remove_prefix(slash + 1);
  }
  std::string clean;
  size_t chars = 0;
  for (const char c : name) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte == 0x7F) continue;
    if ((byte & 0xC0) != 0x80) {  // the first byte of a character
      if (chars == kMaxFileName) break;
      ++chars;
    }
    clean += c;
  }
  clean = std::string(Trim(clean));
  while (!clean.empty() && clean.front() == '.') clean.erase(0, 1);  // no hidden files
  if (clean.empty()) clean = "attachment";
  if (clean.find('.') == std::string::npos) clean += "." + std::string(type.extension);
  return clean;
}

bool ExtensionMatches(std::string_view name, const MediaType& type) {
  const auto dot = name.rfind('.');
  if (dot == std::string_view::npos) return true;  // CleanFileName adds it
  const std::string extension = AsciiLower(name.substr(dot + 1));
  if (type.extension == "jpg") return extension == "jpg" || extension == "jpeg";
  if (type.extension == "txt") {
    for (const char* text : {"txt", "csv", "tsv", "md", "log"}) {
      if (extension == text) return true;
    }
    return false;
  }
  return extension == type.extension;
}

Error NoSuchRequest(std::string_view id) {
  return Error{ErrorCode::kNotFound,
               {fmt::format("There is no request {}.", id), fmt::format("Запроса {} нет.", id)},
               {},
               {}};
}

Error NoSuchType(std::string_view code) {
  return Error{ErrorCode::kNotFound,
               {fmt::format("There is no request type {}.", code),
                fmt::format("Вида запроса {} нет.", code)},
               {},
               {}};
}

Error NotYours() {
  return Error{ErrorCode::kForbidden,
               {"This request is outside your countries or company.",
                "Этот запрос вне ваших стран или вашей компании."},
               {},
               {}};
}

Error Closed(int64_t id, RequestStatus status) {
  const std::string_view name = ToString(status);
  return Error{ErrorCode::kConflict,
               {fmt::format("SupportRequest {} is {}: a closed request cannot change.", id, name),
                fmt::format("Запрос {} в статусе {}: закрытый запрос не меняется.", id, name)},
               {},
               {}};
}

}  // namespace attache::requests
