// Reading and writing users, sessions, tokens and sign-in failures inside the caller's
// transaction. No validation here (see rules.hpp), no audit (see service.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/page.hpp"
#include "domains/users/model.hpp"
#include "platform/db/connection.hpp"

namespace attache::users {

Result<std::optional<User>> SelectUser(db::Connection& conn, int64_t id);
// Whether user `id` may own casework (deals, relocation cases): an active attaché, HQ analyst or
// administrator.
Result<bool> IsCaseOwner(db::Connection& conn, int64_t id);
Result<std::optional<User>> SelectUserByEmail(db::Connection& conn, std::string_view email);
Result<Page<User>> SelectUsers(db::Connection& conn, const UserQuery& query);
Result<std::string> SelectPasswordHash(db::Connection& conn, int64_t id);
Result<int64_t> CountUsers(db::Connection& conn);
Status CheckCountriesExist(db::Connection& conn, const std::vector<std::string>& countries);

struct NewUser {
  const UserFields& fields;
  std::string_view password_hash;
  bool must_change_password;
};
Result<int64_t> InsertUser(db::Connection& conn, const NewUser& user, std::string_view now,
                           std::optional<int64_t> created_by);
// False when `version` is stale.
Result<bool> UpdateUser(db::Connection& conn, int64_t id, int64_t version, const UserFields& fields,
                        bool active, std::string_view now);
Status SetPassword(db::Connection& conn, int64_t id, std::string_view hash, bool must_change,
                   std::string_view now);

struct SessionRow {
  int64_t id = 0;
  int64_t user_id = 0;
  std::string last_seen_at;
  std::string expires_at;
  std::optional<std::string> ended_at;
};
Result<std::optional<SessionRow>> SelectSession(db::Connection& conn, std::string_view hash);

struct TokenRow {
  int64_t id = 0;
  int64_t user_id = 0;
  std::vector<access::Permission> permissions;
  std::string expires_at;
  std::optional<std::string> revoked_at;
};
Result<std::optional<TokenRow>> SelectTokenByHash(db::Connection& conn, std::string_view hash);
Result<std::optional<ApiToken>> SelectToken(db::Connection& conn, int64_t id);
Result<Page<ApiToken>> SelectTokens(db::Connection& conn, const TokenQuery& query,
                                    std::string_view now);

std::string PermissionsJson(const std::vector<access::Permission>& permissions);
std::vector<access::Permission> ParsePermissionsJson(std::string_view json);

// What folds an e-mail into the key that makes it unique.
std::string EmailKey(std::string_view email);

}  // namespace attache::users
