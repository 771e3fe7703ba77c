#include "domains/users/rules.hpp"

#include <algorithm>

#include "core/strings.hpp"
#include "domains/users/credentials.hpp"

namespace attache::users {
namespace {

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }

}  // namespace

std::vector<FieldError> CheckUser(const UserFields& fields) {
  std::vector<FieldError> errors;
  if (fields.email.size() > kMaxEmail || !PlausibleEmail(fields.email)) {
    errors.push_back({"/email", "", {"Must be an e-mail address, such as name@example.org.",
                                     "Должен быть адресом электронной почты: name@example.org."}});
  }
  using access::Role;
  const Role role = fields.role;
  if (role == Role::kAttache && fields.countries.empty()) {
    errors.push_back({"/countries", "", {"An attaché needs at least one country.",
                                         "Атташе нужна хотя бы одна страна."}});
  }
  if (role != Role::kAttache && !fields.countries.empty()) {
    errors.push_back({"/countries", "", {"Only attachés have countries.",
                                         "Страны указываются только для атташе."}});
  }
  for (size_t i = 0; i < fields.countries.size(); ++i) {
    const std::string& code = fields.countries[i];
    if (code.size() != 2 || !IsUpper(code[0]) || !IsUpper(code[1])) {
      errors.push_back({"/countries/" + std::to_string(i), "",
                        {"Must be an ISO 3166-1 alpha-2 code, such as VN.",
                         "Должен быть кодом ISO 3166-1 alpha-2, например VN."}});
    }
  }
  if (role == Role::kCompany && !fields.company_id) {
    errors.push_back({"/company_id", "", {"A company user needs a company.",
                                          "Пользователю компании нужна компания."}});
  }
  if (role != Role::kCompany && fields.company_id) {
    errors.push_back({"/company_id", "", {"Only company users have a company.",
                                          "Компания указывается только для пользователей компаний."}});
  }
  if (fields.company_id && *fields.company_id < 1) {
    errors.push_back({"/company_id", "", {"Must be a positive id.", "Должен быть положительным."}});
  }
  if (role == Role::kRegion && !fields.region) {
    errors.push_back({"/region", "", {"A regional user needs a region.",
                                      "Региональному пользователю нужен регион."}});
  }
  if (role != Role::kRegion && fields.region) {
    errors.push_back({"/region", "", {"Only regional users have a region.",
                                      "Регион указывается только для региональных пользователей."}});
  }
  if (fields.region && !IsRussianRegionCode(*fields.region)) {
    errors.push_back({"/region", "", {"Must be an ISO 3166-2 code of a Russian region, such as RU-TA.",
                                      "Должен быть кодом региона по ISO 3166-2, например RU-TA."}});
  }
  return errors;
}

std::vector<FieldError> CheckPassword(std::string_view password, std::string_view email,
                                      std::string_view pointer) {
  std::vector<FieldError> errors;
  for (Text& problem : PasswordProblems(password, email)) {
    errors.push_back({std::string(pointer), "", std::move(problem)});
  }
  return errors;
}

Error NoSuchUser(std::string_view id) {
  return Error{ErrorCode::kNotFound,
               {"No user has the id " + std::string(id) + ".",
                "Пользователя с идентификатором " + std::string(id) + " нет."},
               {},
               {}};
}

Error NoSuchEmail(std::string_view email) {
  return Error{ErrorCode::kNotFound,
               {"No user has the e-mail " + std::string(email) + ".",
                "Пользователя с адресом " + std::string(email) + " нет."},
               {},
               {}};
}

Error NoSuchToken(std::string_view id) {
  return Error{ErrorCode::kNotFound,
               {"No API token has the id " + std::string(id) + ".",
                "API-токена с идентификатором " + std::string(id) + " нет."},
               {},
               {}};
}

}  // namespace attache::users
