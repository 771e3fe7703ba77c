#include <fmt/format.h>

#include <iostream>

#include "app/commands.hpp"
#include "domains/access/policy.hpp"

namespace attache::app {
namespace {

Result<std::string> ReadPasswordFromStdin() {
  std::string password;
  std::getline(std::cin, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  if (password.empty()) {
    return Fail(ErrorCode::kValidation,
                {"no password on standard input", "на стандартном входе нет пароля"});
  }
  return password;
}

}  // namespace

int UserAdd(const Settings& settings, const UserCommand& command) {
  auto app = OpenApp(settings);
  if (!app) return Failed(app.error());
  users::UserFields fields;
  fields.email = command.email;
  fields.display_name = command.name;
  fields.lang = command.lang == "en" ? Lang::kEn : Lang::kRu;
  fields.role = access::ParseRole(command.role).value_or(access::Role::kViewer);
  fields.countries = command.countries;
  if (command.company_id > 0) fields.company_id = command.company_id;
  if (!command.region.empty()) fields.region = command.region;
  std::optional<std::string> password;
  if (command.password_stdin) {
    auto read = ReadPasswordFromStdin();
    if (!read) return Failed(read.error());
    password = std::move(*read);
  }
  auto created = (*app)->users().CreateUser(fields, password, Actor::System("cli"));
  if (!created) return Validation(created.error());
  std::cout << fmt::format("created user {} ({}), id {}\n", created->user.fields.email,
                           command.role, created->user.id);
  if (!created->one_time_password.empty()) {
    std::cout << fmt::format("one-time password: {}\n", created->one_time_password);
  }
  return 0;
}

int UserPasswd(const Settings& settings, const UserCommand& command) {
  auto app = OpenApp(settings);
  if (!app) return Failed(app.error());
  auto user = (*app)->users().GetUserByEmail(command.email);
  if (!user) return Failed(user.error());
  std::optional<std::string> password;
  if (command.password_stdin) {
    auto read = ReadPasswordFromStdin();
    if (!read) return Failed(read.error());
    password = std::move(*read);
  }
  auto reset = (*app)->users().ResetPassword(user->id, password, Actor::System("cli"));
  if (!reset) return Validation(reset.error());
  if (reset->empty()) {
    std::cout << fmt::format("password of {} changed; its sessions and API tokens ended\n", command.email);
  } else {
    std::cout << fmt::format("one-time password of {}: {}\n", command.email, *reset);
  }
  return 0;
}

int UserDisable(const Settings& settings, const UserCommand& command) {
  auto app = OpenApp(settings);
  if (!app) return Failed(app.error());
  auto user = (*app)->users().GetUserByEmail(command.email);
  if (!user) return Failed(user.error());
  users::UserPatch patch;
  patch.active = false;
  access::Principal system;  // not the user itself: the checks on one's own account do not apply
  auto disabled =
      (*app)->users().PatchUser(user->id, user->version, patch, system, Actor::System("cli"));
  if (!disabled) return Validation(disabled.error());
  std::cout << fmt::format("disabled {}; its sessions and API tokens ended\n", command.email);
  return 0;
}

int PrintPolicy(const Settings& settings) {
  auto app = OpenApp(settings);
  if (!app) return Failed(app.error());
  std::cout << fmt::format("{:<7} {:<34} {:<16}", "method", "path", "permission");
  for (size_t i = 0; i < access::kRoleCount; ++i) {
    std::cout << fmt::format(" {:<13}", access::ToString(static_cast<access::Role>(i)));
  }
  std::cout << "\n";
  for (const access::RouteSpec& spec : (*app)->routes()) {
    std::cout << fmt::format("{:<7} {:<34} {:<16}", http::ToString(spec.method), spec.pattern,
                             access::ToString(spec.permission));
    for (size_t i = 0; i < access::kRoleCount; ++i) {
      std::cout << fmt::format(
          " {:<13}", access::ToString(access::ScopeOf(static_cast<access::Role>(i), spec.permission)));
    }
    std::cout << "\n";
  }
  return 0;
}

}  // namespace attache::app
