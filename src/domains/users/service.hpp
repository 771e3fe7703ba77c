// Managing users (administrators), one's own profile, and API tokens: validation, one
// transaction per change, the audit trail of each. Thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "core/time.hpp"
#include "domains/access/model.hpp"
#include "domains/users/model.hpp"
#include "platform/db/database.hpp"

namespace attache::users {

struct CreatedUser {
  User user;
  std::string one_time_password;  // empty when the password was given
};

struct CreatedToken {
  ApiToken token;
  std::string secret;
};

struct TokenRequest {
  std::string name;
  std::vector<access::Permission> permissions;
  Date expires_on;
};

class Service {
 public:
  Service(db::Database& database, Clock clock) : database_(database), clock_(std::move(clock)) {}

  Result<Page<User>> ListUsers(const UserQuery& query);
  Result<User> GetUser(int64_t id);
  Result<User> GetUserByEmail(std::string_view email);
  // Without `password`, the user gets a one-time password to change at first sign-in.
  Result<CreatedUser> CreateUser(const UserFields& fields, std::optional<std::string> password,
                                 const Actor& actor);
  // `by` is the administrator: it may not disable itself or give up its own admin role.
  Result<User> PatchUser(int64_t id, int64_t version, const UserPatch& patch,
                         const access::Principal& by, const Actor& actor);
  // A new one-time password (or the given one; then the result is empty). A reset follows a
  // lost or leaked password: every session and API token of the user ends.
  Result<std::string> ResetPassword(int64_t id, std::optional<std::string> password,
                                    const Actor& actor);
  Result<User> PatchProfile(const access::Principal& principal,
                            std::optional<std::string> display_name, std::optional<Lang> lang,
                            const Actor& actor);

  // An admin with this e-mail and a one-time password, when there are no users at all.
  Result<std::optional<CreatedUser>> EnsureFirstAdmin(std::string_view email, const Actor& actor);

  // `query.user_id` is set by the caller's scope.
  Result<Page<ApiToken>> ListTokens(const TokenQuery& query);
  Result<CreatedToken> CreateToken(const access::Principal& principal, const TokenRequest& request,
                                   const Actor& actor);
  // 404 for a token the caller may not see; revoking a revoked token changes nothing.
  Status RevokeToken(const access::Principal& principal, int64_t id, const Actor& actor);

 private:
  db::Database& database_;
  Clock clock_;
};

}  // namespace attache::users
