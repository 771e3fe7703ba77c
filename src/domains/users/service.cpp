#include "domains/users/service.hpp"

#include <algorithm>

#include "core/strings.hpp"
#include "domains/access/policy.hpp"
#include "domains/audit/store.hpp"
#include "domains/users/credentials.hpp"
#include "domains/users/json.hpp"
#include "domains/users/queries.hpp"
#include "domains/users/rules.hpp"
#include "domains/users/store.hpp"

namespace attache::users {
namespace {

Error Stale(int64_t current) {
  return Error{ErrorCode::kConflict,
               {"The user was changed meanwhile (now version " + std::to_string(current) +
                    "); reload and try again.",
                "Пользователь изменён другим (теперь версия " + std::to_string(current) +
                    "); обновите и повторите."},
               {},
               {}};
}

Error EmailTaken() {
  return Error{ErrorCode::kConflict,
               {"A user with this e-mail already exists.",
                "Пользователь с таким адресом уже существует."},
               {{"/email", "", {"Already taken.", "Уже занят."}}},
               {}};
}

UserFields Normalised(UserFields fields) {
  fields.email = std::string(Trim(fields.email));
  fields.display_name = std::string(Trim(fields.display_name));
  for (std::string& country : fields.countries) country = AsciiUpper(country);
  std::sort(fields.countries.begin(), fields.countries.end());
  fields.countries.erase(std::unique(fields.countries.begin(), fields.countries.end()),
                         fields.countries.end());
  return fields;
}

}  // namespace

Result<Page<User>> Service::ListUsers(const UserQuery& query) {
  return database_.Read([&](db::Connection& conn) { return SelectUsers(conn, query); });
}

Result<User> Service::GetUser(int64_t id) {
  return database_.Read([&](db::Connection& conn) {
    return Found(SelectUser(conn, id), [&] { return tl::unexpected(NoSuchUser(std::to_string(id))); });
  });
}

Result<User> Service::GetUserByEmail(std::string_view email) {
  return database_.Read([&](db::Connection& conn) {
    return Found(SelectUserByEmail(conn, email),
                 [&] { return tl::unexpected(NoSuchEmail(email)); });
  });
}

Result<CreatedUser> Service::CreateUser(const UserFields& input,
                                        std::optional<std::string> password, const Actor& actor) {
  const UserFields fields = Normalised(input);
  std::vector<FieldError> errors = CheckUser(fields);
  if (password) {
    auto problems = CheckPassword(*password, fields.email, "/password");
    errors.insert(errors.end(), problems.begin(), problems.end());
  }
  if (!errors.empty()) return FailValidation(std::move(errors));
  CreatedUser created;
  if (!password) created.one_time_password = OneTimePassword();
  auto hash = HashPassword(password ? *password : created.one_time_password);
  if (!hash) return tl::unexpected(hash.error());
  const TimePoint now = clock_();
  const std::string at = FormatTimestamp(now);
  auto user = database_.Write([&](db::Connection& conn) -> Result<User> {
    if (auto exists = CheckCountriesExist(conn, fields.countries); !exists) {
      return tl::unexpected(exists.error());
    }
    auto existing = SelectUserByEmail(conn, fields.email);
    if (!existing) return tl::unexpected(existing.error());
    if (*existing) return tl::unexpected(EmailTaken());
    auto id = InsertUser(conn, {fields, *hash, !password.has_value()}, at, actor.user_id);
    if (!id) return tl::unexpected(id.error());
    auto recorded = audit::Record(conn, actor, now,
                                  {"user", std::to_string(*id), "create",
                                   audit::Diff(nullptr, ToAuditJson(fields, true))});
    if (!recorded) return tl::unexpected(recorded.error());
    return Found(SelectUser(conn, *id),
                 [&] { return tl::unexpected(NoSuchUser(std::to_string(*id))); });
  });
  if (!user) {
    // Two administrators adding the same e-mail at once: the unique key decides.
    if (user.error().code == ErrorCode::kConflict && user.error().fields.empty()) {
      return tl::unexpected(EmailTaken());
    }
    return tl::unexpected(user.error());
  }
  created.user = std::move(*user);
  return created;
}

Result<User> Service::PatchUser(int64_t id, int64_t version, const UserPatch& patch,
                                const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  const std::string at = FormatTimestamp(now);
  return database_.Write([&](db::Connection& conn) -> Result<User> {
    auto before = Found(SelectUser(conn, id),
                        [&] { return tl::unexpected(NoSuchUser(std::to_string(id))); });
    if (!before) return before;
    if (before->version != version) return tl::unexpected(Stale(before->version));
    UserFields after = before->fields;
    if (patch.display_name) after.display_name = *patch.display_name;
    if (patch.lang) after.lang = *patch.lang;
    if (patch.role) after.role = *patch.role;
    if (patch.countries) after.countries = *patch.countries;
    if (patch.company_id) after.company_id = *patch.company_id;
    if (patch.region) after.region = *patch.region;
    // A role change drops the scope of the old role unless the patch sets it anew.
    if (patch.role && *patch.role != before->fields.role) {
      if (!patch.countries && *patch.role != access::Role::kAttache) after.countries.clear();
      if (!patch.company_id && *patch.role != access::Role::kCompany) after.company_id.reset();
      if (!patch.region && *patch.role != access::Role::kRegion) after.region.reset();
    }
    after = Normalised(std::move(after));
    const bool active = patch.active.value_or(before->active);
    std::vector<FieldError> errors = CheckUser(after);
    if (by.user_id == id) {
      if (!active) {
        errors.push_back({"/active", "", {"You cannot disable your own account.",
                                          "Нельзя отключить собственную учётную запись."}});
      }
      if (before->fields.role == access::Role::kAdmin && after.role != access::Role::kAdmin) {
        errors.push_back({"/role", "", {"You cannot take away your own admin role.",
                                        "Нельзя снять с себя роль администратора."}});
      }
    }
    if (!errors.empty()) return FailValidation(std::move(errors));
    if (auto exists = CheckCountriesExist(conn, after.countries); !exists) {
      return tl::unexpected(exists.error());
    }
    auto updated = UpdateUser(conn, id, version, after, active, at);
    if (!updated) return tl::unexpected(updated.error());
    if (!*updated) return tl::unexpected(Stale(before->version + 1));
    if (before->active && !active) {
      // Disabled: every way in ends now, on every instance.
      auto sessions = conn.Execute(kEndUserSessions, {id, std::string_view(at)});
      if (!sessions) return tl::unexpected(sessions.error());
      auto tokens = conn.Execute(kRevokeUserTokens, {id, std::string_view(at)});
      if (!tokens) return tl::unexpected(tokens.error());
    }
    auto recorded = audit::Record(conn, actor, now,
                                  {"user", std::to_string(id), "update",
                                   audit::Diff(ToAuditJson(before->fields, before->active),
                                               ToAuditJson(after, active))});
    if (!recorded) return tl::unexpected(recorded.error());
    return Found(SelectUser(conn, id), [&] { return tl::unexpected(NoSuchUser(std::to_string(id))); });
  });
}

Result<std::string> Service::ResetPassword(int64_t id, std::optional<std::string> password,
                                           const Actor& actor) {
  auto user = GetUser(id);
  if (!user) return tl::unexpected(user.error());
  if (password) {
    if (auto errors = CheckPassword(*password, user->fields.email, "/password"); !errors.empty()) {
      return FailValidation(std::move(errors));
    }
  }
  const std::string chosen = password ? *password : OneTimePassword();
  auto hash = HashPassword(chosen);
  if (!hash) return tl::unexpected(hash.error());
  const TimePoint now = clock_();
  const std::string at = FormatTimestamp(now);
  auto reset = database_.Write([&](db::Connection& conn) -> Status {
    if (auto set = SetPassword(conn, id, *hash, !password.has_value(), at); !set) return set;
    auto sessions = conn.Execute(kEndUserSessions, {id, std::string_view(at)});
    if (!sessions) return tl::unexpected(sessions.error());
    auto tokens = conn.Execute(kRevokeUserTokens, {id, std::string_view(at)});
    if (!tokens) return tl::unexpected(tokens.error());
    return audit::Record(conn, actor, now,
                         {"user", std::to_string(id), "password_reset",
                          {{"one_time", !password.has_value()},
                           {"sessions_ended", *sessions},
                           {"tokens_revoked", *tokens}}});
  });
  if (!reset) return tl::unexpected(reset.error());
  return password ? std::string() : chosen;
}

Result<User> Service::PatchProfile(const access::Principal& principal,
                                   std::optional<std::string> display_name,
                                   std::optional<Lang> lang, const Actor& actor) {
  if (!principal.user_id) return Fail(ErrorCode::kUnauthenticated, {"Sign in first.", "Сначала войдите в систему."});
  const int64_t id = *principal.user_id;
  const TimePoint now = clock_();
  const std::string at = FormatTimestamp(now);
  return database_.Write([&](db::Connection& conn) -> Result<User> {
    auto before = Found(SelectUser(conn, id),
                        [&] { return tl::unexpected(NoSuchUser(std::to_string(id))); });
    if (!before) return before;
    UserFields after = before->fields;
    if (display_name) after.display_name = std::string(Trim(*display_name));
    if (lang) after.lang = *lang;
    auto updated = UpdateUser(conn, id, before->version, after, before->active, at);
    if (!updated) return tl::unexpected(updated.error());
    if (!*updated) return tl::unexpected(Stale(before->version + 1));
    auto recorded = audit::Record(conn, actor, now,
                                  {"user", std::to_string(id), "update",
                                   audit::Diff(ToAuditJson(before->fields, before->active),
                                               ToAuditJson(after, before->active))});
    if (!recorded) return tl::unexpected(recorded.error());
    return Found(SelectUser(conn, id), [&] { return tl::unexpected(NoSuchUser(std::to_string(id))); });
  });
}

Result<std::optional<CreatedUser>> Service::EnsureFirstAdmin(std::string_view email,
                                                             const Actor& actor) {
  UserFields fields;
  fields.email = std::string(email);
  fields.display_name = "Administrator";
  fields.lang = Lang::kRu;
  fields.role = access::Role::kAdmin;
  if (auto errors = CheckUser(fields); !errors.empty()) return FailValidation(std::move(errors));
  CreatedUser created;
  created.one_time_password = OneTimePassword();
  auto hash = HashPassword(created.one_time_password);
  if (!hash) return tl::unexpected(hash.error());
  const TimePoint now = clock_();
  const std::string at = FormatTimestamp(now);
  return database_.Write([&](db::Connection& conn) -> Result<std::optional<CreatedUser>> {
    if (auto locked = db::LockAcrossInstances(conn); !locked) return tl::unexpected(locked.error());
    auto count = CountUsers(conn);
    if (!count) return tl::unexpected(count.error());
    if (*count > 0) return std::optional<CreatedUser>();
    auto id = InsertUser(conn, {fields, *hash, true}, at, std::nullopt);
    if (!id) return tl::unexpected(id.error());
    auto recorded = audit::Record(conn, actor, now,
                                  {"user", std::to_string(*id), "create",
                                   audit::Diff(nullptr, ToAuditJson(fields, true))});
    if (!recorded) return tl::unexpected(recorded.error());
    auto user = Found(SelectUser(conn, *id),
                      [&] { return tl::unexpected(NoSuchUser(std::to_string(*id))); });
    if (!user) return tl::unexpected(user.error());
    created.user = std::move(*user);
    return std::optional<CreatedUser>(std::move(created));
  });
}

Result<Page<ApiToken>> Service::ListTokens(const TokenQuery& query) {
  const std::string now = FormatTimestamp(clock_());
  return database_.Read([&](db::Connection& conn) { return SelectTokens(conn, query, now); });
}

Result<CreatedToken> Service::CreateToken(const access::Principal& principal,
                                          const TokenRequest& request, const Actor& actor) {
  if (!principal.user_id) return Fail(ErrorCode::kUnauthenticated, {"Sign in first.", "Сначала войдите в систему."});
  const TimePoint now = clock_();
  std::vector<FieldError> errors;
  const std::string name(Trim(request.name));
  if (name.empty()) {
    errors.push_back({"/name", "", {"Give the token a name.", "Укажите название токена."}});
  }
  if (request.permissions.empty()) {
    errors.push_back({"/permissions", "", {"Choose at least one permission.",
                                           "Выберите хотя бы одно право."}});
  }
  for (size_t i = 0; i < request.permissions.size(); ++i) {
    if (access::ScopeOf(principal, request.permissions[i]) == access::Scope::kNone) {
      errors.push_back({"/permissions/" + std::to_string(i), "",
                        {"You do not hold " + ToString(request.permissions[i]) + " yourself.",
                         "У вас самих нет права " + ToString(request.permissions[i]) + "."}});
    }
  }
  const Date today = ToDate(now);
  Date latest = ToDate(now + std::chrono::days(kMaxTokenDays));
  // A token that creates a token cannot give it a longer life than its own.
  if (principal.method == access::AuthMethod::kToken) {
    if (const auto own_end = ParseTimestamp(principal.expires_at)) {
      latest = std::min(latest, ToDate(*own_end - std::chrono::milliseconds(1)));
    }
  }
  if (request.expires_on < today || request.expires_on > latest) {
    errors.push_back({"/expires_on", "",
                      {"Must be between today and " + latest.ToString() + ".",
                       "Должна быть не раньше сегодняшнего дня и не позже " + latest.ToString() +
                           "."}});
  }
  if (!errors.empty()) return FailValidation(std::move(errors));
  std::vector<access::Permission> permissions;
  for (const access::Permission permission : request.permissions) {
    if (std::find(permissions.begin(), permissions.end(), permission) == permissions.end()) {
      permissions.push_back(permission);
    }
  }
  CreatedToken created;
  created.secret = "att_" + NewSecret();
  const std::string hash = HashSecret(created.secret);
  const std::string prefix = created.secret.substr(0, 12);
  const std::string at = FormatTimestamp(now);
  const std::string expires = FormatTimestamp(StartOf(request.expires_on) + std::chrono::days(1));
  const std::string permissions_json = PermissionsJson(permissions);
  auto token = database_.Write([&](db::Connection& conn) -> Result<ApiToken> {
    auto id = conn.QueryInt(kInsertToken, {std::string_view(hash), std::string_view(prefix),
                                           *principal.user_id, std::string_view(name),
                                           std::string_view(permissions_json), std::string_view(at),
                                           std::string_view(expires)});
    if (!id) return tl::unexpected(id.error());
    auto recorded = audit::Record(
        conn, actor, now,
        {"token", std::to_string(*id), "create",
         {{"name", name},
          {"permissions", nlohmann::json::parse(permissions_json)},
          {"expires_at", expires},
          {"prefix", prefix}}});
    if (!recorded) return tl::unexpected(recorded.error());
    return Found(SelectToken(conn, *id),
                 [&] { return tl::unexpected(NoSuchToken(std::to_string(*id))); });
  });
  if (!token) return tl::unexpected(token.error());
  created.token = std::move(*token);
  return created;
}

Status Service::RevokeToken(const access::Principal& principal, int64_t id, const Actor& actor) {
  const TimePoint now = clock_();
  const std::string at = FormatTimestamp(now);
  return database_.Write([&](db::Connection& conn) -> Status {
    auto token = Found(SelectToken(conn, id),
                       [&] { return tl::unexpected(NoSuchToken(std::to_string(id))); });
    if (!token) return tl::unexpected(token.error());
    const access::Permission revoke{access::Resource::kToken, access::Action::kDelete};
    if (!access::Allows(principal, revoke, {.owner = token->user_id})) {
      return tl::unexpected(NoSuchToken(std::to_string(id)));
    }
    auto revoked = conn.Execute(kRevokeToken, {id, std::string_view(at)});
    if (!revoked) return tl::unexpected(revoked.error());
    if (*revoked == 0) return {};
    return audit::Record(conn, actor, now,
                         {"token", std::to_string(id), "revoke",
                          {{"name", token->name}, {"user_id", token->user_id}}});
  });
}

}  // namespace attache::users
