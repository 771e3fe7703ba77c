// Validation of users and tokens: pure functions returning one FieldError per problem.
#pragma once

#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "domains/users/model.hpp"

namespace attache::users {

// The fields as a whole: e-mail, lengths, and a scope that fits the role (an attaché has
// countries, a company user a company, a regional user a region; nobody else has any).
std::vector<FieldError> CheckUser(const UserFields& fields);
// A new password, with errors at `pointer`.
std::vector<FieldError> CheckPassword(std::string_view password, std::string_view email,
                                      std::string_view pointer);

Error NoSuchUser(std::string_view id);
Error NoSuchEmail(std::string_view email);
Error NoSuchToken(std::string_view id);

}  // namespace attache::users
