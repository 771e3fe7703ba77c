// Users who sign in, their sessions and their API tokens.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/lang.hpp"
#include "core/page.hpp"
#include "domains/access/model.hpp"

namespace attache::users {

inline constexpr size_t kMaxEmail = 254;
inline constexpr size_t kMaxDisplayName = 200;
inline constexpr size_t kMaxPassword = 200;
inline constexpr size_t kMinPassword = 12;
inline constexpr size_t kMaxTokenName = 100;
inline constexpr int kMaxTokenDays = 366;

// What an administrator sets; the scope fields that do not fit the role must be empty.
struct UserFields {
  std::string email;
  std::string display_name;
  Lang lang = Lang::kRu;
  access::Role role = access::Role::kViewer;
  std::vector<std::string> countries;  // attaché
  std::optional<int64_t> company_id;   // company user
  std::optional<std::string> region;   // regional user, ISO 3166-2 (RU-TA)
};

struct User {
  int64_t id = 0;
  UserFields fields;
  bool active = true;
  bool must_change_password = false;
  std::optional<std::string> last_login_at;
  std::string created_at;
  std::string updated_at;
  int64_t version = 1;
};

// A change to some fields; for the optional ones an inner nullopt clears the field.
struct UserPatch {
  std::optional<std::string> display_name;
  std::optional<Lang> lang;
  std::optional<access::Role> role;
  std::optional<std::vector<std::string>> countries;
  std::optional<std::optional<int64_t>> company_id;
  std::optional<std::optional<std::string>> region;
  std::optional<bool> active;
};

enum class UserStatus { kActive, kDisabled };
inline constexpr std::pair<std::string_view, UserStatus> kUserStatusNames[] = {
    {"active", UserStatus::kActive}, {"disabled", UserStatus::kDisabled}};

inline constexpr std::string_view kUserSorts[] = {"email", "display_name", "role",
                                                  "last_login_at", "created_at"};

struct UserQuery {
  std::optional<std::string> text;
  std::vector<access::Role> roles;
  std::vector<UserStatus> status;
  std::string sort = "email";
  int limit = 50;
  int64_t offset = 0;
};

enum class TokenStatus { kActive, kExpired, kRevoked };
inline constexpr std::pair<std::string_view, TokenStatus> kTokenStatusNames[] = {
    {"active", TokenStatus::kActive},
    {"expired", TokenStatus::kExpired},
    {"revoked", TokenStatus::kRevoked}};

struct ApiToken {
  int64_t id = 0;
  int64_t user_id = 0;
  std::string user_email;
  std::string name;
  std::string prefix;
  std::vector<access::Permission> permissions;
  std::string created_at;
  std::string expires_at;
  std::optional<std::string> last_used_at;
  std::optional<std::string> revoked_at;

  TokenStatus StatusAt(std::string_view now) const {
    if (revoked_at) return TokenStatus::kRevoked;
    return now < expires_at ? TokenStatus::kActive : TokenStatus::kExpired;
  }
};

struct TokenQuery {
  std::optional<int64_t> user_id;  // set for callers who see only their own
  std::vector<TokenStatus> status;
  int limit = 50;
  int64_t offset = 0;
};

struct SessionOptions {
  std::chrono::seconds idle{std::chrono::hours(1)};
  std::chrono::seconds lifetime{std::chrono::hours(12)};
};

// Sign-in throttling: failures within the window, per account and per client address.
struct ThrottleOptions {
  std::chrono::seconds window{std::chrono::minutes(15)};
  int per_account = 5;
  int per_address = 20;
};

}  // namespace attache::users
