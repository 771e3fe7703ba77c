#include "domains/users/routes.hpp"

#include "domains/access/policy.hpp"
#include "domains/users/json.hpp"
#include "domains/users/rules.hpp"
#include "platform/http/etag.hpp"
#include "platform/http/input.hpp"
#include "platform/http/problem.hpp"
#include "platform/http/reply.hpp"

namespace attache::users {
namespace {

using access::Action;
using access::Permission;
using access::Principal;
using access::Resource;
using http::Method;
using http::Request;
using http::Response;

constexpr std::pair<std::string_view, Lang> kLangNames[] = {{"en", Lang::kEn}, {"ru", Lang::kRu}};

Response Problem(const Error& error, const Request& request) {
  return http::ProblemResponse(error, request);
}

std::string SessionCookie(const Request& request, std::string_view value, int64_t max_age) {
  std::string cookie = std::string(kSessionCookie) + "=" + std::string(value) +
                       "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" + std::to_string(max_age);
  if (request.secure) cookie += "; Secure";
  return cookie;
}

Response UserReply(int status, const User& user) {
  Response response = http::JsonReply(status, ToJson(user));
  response.headers.Set("ETag", http::VersionETag(user.version));
  return response;
}

Response MeReply(Service& service, const Request& request, const Principal& principal) {
  auto user = service.GetUser(*principal.user_id);
  if (!user) return Problem(user.error(), request);
  return http::JsonReply(200, MeJson(principal, *user));
}

// --- session and profile -------------------------------------------------------------------

Response Login(Identity& identity, Request& request, const Principal& caller) {
  auto json = http::ParseJsonObject(request);
  if (!json) return Problem(json.error(), request);
  http::BodyReader body(*json);
  const auto email = body.String("email", kMaxEmail, true);
  const auto password = body.Secret("password", kMaxPassword, true);
  if (auto ok = body.Finish({"email", "password"}); !ok) return Problem(ok.error(), request);
  const Actor actor = access::ActorOf(request, caller);
  auto signed_in = identity.Login(email.value, password.value,
                                  request.headers.Get("User-Agent").value_or(""), actor);
  if (!signed_in) return Problem(signed_in.error(), request);
  // No fixation: the session the browser came with ends, the new one has a new secret.
  if (caller.method == access::AuthMethod::kSession) {
    if (auto ended = identity.Logout(caller, actor); !ended) return Problem(ended.error(), request);
  }
  Response response = http::JsonReply(200, MeJson(signed_in->principal, signed_in->user));
  response.headers.Set("Set-Cookie", SessionCookie(request, signed_in->secret,
                                                   identity.session_options().lifetime.count()));
  return response;
}

Response Logout(Identity& identity, Request& request, const Principal& caller) {
  if (auto ended = identity.Logout(caller, access::ActorOf(request, caller)); !ended) {
    return Problem(ended.error(), request);
  }
  Response response;
  response.status = 204;
  response.headers.Set("Set-Cookie", SessionCookie(request, "", 0));
  return response;
}

Response PatchMe(Service& service, Request& request, const Principal& caller) {
  auto json = http::ParseJsonObject(request, true);
  if (!json) return Problem(json.error(), request);
  http::BodyReader body(*json);
  const auto name = body.String("display_name", kMaxDisplayName);
  const auto lang = body.Enum<Lang>("lang", kLangNames);
  if (auto ok = body.Finish({"display_name", "lang"}); !ok) return Problem(ok.error(), request);
  auto user = service.PatchProfile(caller, name.absent() ? std::nullopt : std::optional(name.value),
                                   http::ValueOf(lang), access::ActorOf(request, caller));
  if (!user) return Problem(user.error(), request);
  Principal updated = caller;
  updated.display_name = user->fields.display_name;
  updated.lang = user->fields.lang;
  return http::JsonReply(200, MeJson(updated, *user));
}

Response ChangePassword(Identity& identity, Request& request, const Principal& caller) {
  auto json = http::ParseJsonObject(request);
  if (!json) return Problem(json.error(), request);
  http::BodyReader body(*json);
  const auto current = body.Secret("current_password", kMaxPassword, true);
  const auto next = body.Secret("new_password", kMaxPassword, true);
  if (auto ok = body.Finish({"current_password", "new_password"}); !ok) {
    return Problem(ok.error(), request);
  }
  if (auto changed = identity.ChangePassword(caller, current.value, next.value,
                                             access::ActorOf(request, caller));
      !changed) {
    return Problem(changed.error(), request);
  }
  Response response;
  response.status = 204;
  return response;
}

// --- users -----------------------------------------------------------------------------------

Response ListUsers(Service& service, Request& request, const Principal&) {
  http::QueryReader query(request);
  const UserQuery filter = ReadUserQuery(query);
  if (auto ok = query.Finish(); !ok) return Problem(ok.error(), request);
  auto page = service.ListUsers(filter);
  if (!page) return Problem(page.error(), request);
  nlohmann::json items = nlohmann::json::array();
  for (const User& user : page->items) items.push_back(ToJson(user));
  return http::JsonReply(200, http::PageJson(std::move(items), page->total, page->next_offset));
}

// The fields of a user in a body. On creation e-mail and role are required.
struct UserInput {
  UserFields fields;
  UserPatch patch;
};

UserInput ReadUser(http::BodyReader& body, bool create) {
  UserInput input;
  if (create) input.fields.email = body.String("email", kMaxEmail, true).value;
  if (const auto name = body.String("display_name", kMaxDisplayName); !name.absent()) {
    input.patch.display_name = name.value;
  }
  input.patch.lang = http::ValueOf(body.Enum<Lang>("lang", kLangNames));
  input.patch.role = http::ValueOf(body.Enum<access::Role>("role", access::kRoleNames, create));
  const auto countries = body.StringList("countries", 300, 2);
  if (!countries.absent()) input.patch.countries = countries.value;
  input.patch.company_id = http::PatchOf(body.Integer("company_id", 1, INT64_MAX));
  auto region = body.String("region", 10);
  if (region.state == http::Maybe<std::string>::State::kValue && region.value.empty()) {
    region.state = http::Maybe<std::string>::State::kNull;
  }
  input.patch.region = http::PatchOf(region);
  if (!create) input.patch.active = http::ValueOf(body.Boolean("active"));
  input.fields.display_name = input.patch.display_name.value_or("");
  input.fields.lang = input.patch.lang.value_or(Lang::kRu);
  input.fields.role = input.patch.role.value_or(access::Role::kViewer);
  input.fields.countries = input.patch.countries.value_or(std::vector<std::string>{});
  input.fields.company_id = input.patch.company_id.value_or(std::nullopt);
  input.fields.region = input.patch.region.value_or(std::nullopt);
  return input;
}

Response CreateUser(Service& service, Request& request, const Principal& caller) {
  auto json = http::ParseJsonObject(request);
  if (!json) return Problem(json.error(), request);
  http::BodyReader body(*json);
  const UserInput input = ReadUser(body, true);
  if (auto ok = body.Finish(
          {"email", "display_name", "lang", "role", "countries", "company_id", "region"});
      !ok) {
    return Problem(ok.error(), request);
  }
  auto created = service.CreateUser(input.fields, std::nullopt, access::ActorOf(request, caller));
  if (!created) return Problem(created.error(), request);
  Response response = http::JsonReply(
      201, {{"user", ToJson(created->user)}, {"one_time_password", created->one_time_password}});
  response.headers.Set("ETag", http::VersionETag(created->user.version));
  response.headers.Set("Location", "/api/v1/users/" + std::to_string(created->user.id));
  return response;
}

Response GetUser(Service& service, Request& request, const Principal&) {
  const auto id = http::IdParam(request);
  if (!id) return Problem(NoSuchUser(request.PathParam("id")), request);
  auto user = service.GetUser(*id);
  if (!user) return Problem(user.error(), request);
  return UserReply(200, *user);
}

Response PatchUser(Service& service, Request& request, const Principal& caller) {
  const auto id = http::IdParam(request);
  if (!id) return Problem(NoSuchUser(request.PathParam("id")), request);
  auto version = http::IfMatchVersion(request);
  if (!version) return Problem(version.error(), request);
  auto json = http::ParseJsonObject(request, true);
  if (!json) return Problem(json.error(), request);
  http::BodyReader body(*json);
  const UserInput input = ReadUser(body, false);
  if (auto ok = body.Finish(
          {"display_name", "lang", "role", "countries", "company_id", "region", "active"});
      !ok) {
    return Problem(ok.error(), request);
  }
  auto user =
      service.PatchUser(*id, *version, input.patch, caller, access::ActorOf(request, caller));
  if (!user) return Problem(user.error(), request);
  return UserReply(200, *user);
}

Response ResetPassword(Service& service, Request& request, const Principal& caller) {
  const auto id = http::IdParam(request);
  if (!id) return Problem(NoSuchUser(request.PathParam("id")), request);
  auto password = service.ResetPassword(*id, std::nullopt, access::ActorOf(request, caller));
  if (!password) return Problem(password.error(), request);
  return http::JsonReply(200, {{"one_time_password", *password}});
}

// --- tokens ----------------------------------------------------------------------------------

Response ListTokens(Service& service, Request& request, const Principal& caller) {
  http::QueryReader query(request);
  const TokenQuery filter = ReadTokenQuery(query, caller);
  if (auto ok = query.Finish(); !ok) return Problem(ok.error(), request);
  auto page = service.ListTokens(filter);
  if (!page) return Problem(page.error(), request);
  const std::string now = FormatTimestamp(std::chrono::system_clock::now());
  nlohmann::json items = nlohmann::json::array();
  for (const ApiToken& token : page->items) items.push_back(ToJson(token, now));
  return http::JsonReply(200, http::PageJson(std::move(items), page->total, page->next_offset));
}

Response CreateToken(Service& service, Request& request, const Principal& caller) {
  auto json = http::ParseJsonObject(request);
  if (!json) return Problem(json.error(), request);
  http::BodyReader body(*json);
  TokenRequest input;
  input.name = body.String("name", kMaxTokenName, true).value;
  const auto names = body.StringList("permissions", 100, 40);
  if (names.absent()) body.AddError("permissions", {"Required.", "Обязательное поле."});
  for (size_t i = 0; i < names.value.size(); ++i) {
    if (auto permission = access::ParsePermission(names.value[i])) {
      input.permissions.push_back(*permission);
    } else {
      body.AddError("permissions", {"Not a permission: " + names.value[i] + ".",
                                    "Такого права нет: " + names.value[i] + "."});
    }
  }
  const auto expires = body.CalendarDate("expires_on", true);
  if (auto ok = body.Finish({"name", "permissions", "expires_on"}); !ok) {
    return Problem(ok.error(), request);
  }
  input.expires_on = expires.value;
  auto created = service.CreateToken(caller, input, access::ActorOf(request, caller));
  if (!created) return Problem(created.error(), request);
  const std::string now = FormatTimestamp(std::chrono::system_clock::now());
  Response response =
      http::JsonReply(201, {{"token", ToJson(created->token, now)}, {"secret", created->secret}});
  response.headers.Set("Location", "/api/v1/tokens/" + std::to_string(created->token.id));
  return response;
}

Response RevokeToken(Service& service, Request& request, const Principal& caller) {
  const auto id = http::IdParam(request);
  if (!id) return Problem(NoSuchToken(request.PathParam("id")), request);
  if (auto revoked = service.RevokeToken(caller, *id, access::ActorOf(request, caller)); !revoked) {
    return Problem(revoked.error(), request);
  }
  Response response;
  response.status = 204;
  return response;
}

}  // namespace

UserQuery ReadUserQuery(http::QueryReader& query) {
  UserQuery filter;
  filter.text = query.String("q", 200);
  filter.roles = query.EnumList<access::Role>("role", access::kRoleNames);
  filter.status = query.EnumList<UserStatus>("status", kUserStatusNames);
  filter.sort = query.Sort(kUserSorts, "email");
  filter.limit = query.Limit();
  filter.offset = query.Offset();
  return filter;
}

TokenQuery ReadTokenQuery(http::QueryReader& query, const access::Principal& caller) {
  TokenQuery filter;
  filter.user_id = query.Id("user");
  filter.status = query.EnumList<TokenStatus>("status", kTokenStatusNames);
  filter.limit = query.Limit();
  filter.offset = query.Offset();
  const access::Permission read{access::Resource::kToken, access::Action::kRead};
  if (access::ScopeOf(caller, read) != access::Scope::kAll) {
    // Only one's own: another user's id finds nothing rather than an error.
    if (filter.user_id && filter.user_id != caller.user_id)
      filter.user_id = 0;
    else
      filter.user_id = caller.user_id;
  }
  return filter;
}

void AddRoutes(access::Routes& routes, Service& service, Identity& identity) {
  const auto with_service = [&service](Response (*handler)(Service&, Request&, const Principal&)) {
    return [&service, handler](Request& request, const Principal& principal) {
      return handler(service, request, principal);
    };
  };
  const auto with_identity =
      [&identity](Response (*handler)(Identity&, Request&, const Principal&)) {
        return [&identity, handler](Request& request, const Principal& principal) {
          return handler(identity, request, principal);
        };
      };
  routes.Add({Method::kPost, "/api/v1/session", {Resource::kSession, Action::kCreate}},
             with_identity(Login));
  routes.Add({Method::kDelete, "/api/v1/session", {Resource::kSession, Action::kDelete}},
             with_identity(Logout));
  routes.Add({Method::kGet, "/api/v1/me", {Resource::kProfile, Action::kRead}},
             [&service](Request& request, const Principal& principal) {
               return MeReply(service, request, principal);
             });
  routes.Add({Method::kPatch, "/api/v1/me", {Resource::kProfile, Action::kUpdate}},
             with_service(PatchMe));
  routes.Add({Method::kPut, "/api/v1/me/password", {Resource::kProfile, Action::kUpdate}},
             with_identity(ChangePassword));
  routes.Add({Method::kGet, "/api/v1/users", {Resource::kUser, Action::kRead}},
             with_service(ListUsers));
  routes.Add({Method::kPost, "/api/v1/users", {Resource::kUser, Action::kCreate}},
             with_service(CreateUser));
  routes.Add({Method::kGet, "/api/v1/users/{id}", {Resource::kUser, Action::kRead}},
             with_service(GetUser));
  routes.Add({Method::kPatch, "/api/v1/users/{id}", {Resource::kUser, Action::kUpdate}},
             with_service(PatchUser));
  routes.Add({Method::kPost, "/api/v1/users/{id}/password", {Resource::kUser, Action::kUpdate}},
             with_service(ResetPassword));
  routes.Add({Method::kGet, "/api/v1/tokens", {Resource::kToken, Action::kRead}},
             with_service(ListTokens));
  routes.Add({Method::kPost, "/api/v1/tokens", {Resource::kToken, Action::kCreate}},
             with_service(CreateToken));
  routes.Add({Method::kDelete, "/api/v1/tokens/{id}", {Resource::kToken, Action::kDelete}},
             with_service(RevokeToken));
}

}  // namespace attache::users
