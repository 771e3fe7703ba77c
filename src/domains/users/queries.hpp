// The SQL of users, sessions, API tokens and sign-in failures (same text on both databases).
#pragma once

#include <string_view>

#include "platform/db/sql_builder.hpp"

namespace attache::users {

// Columns read by ReadUser(), in this order.
#define ATTACHE_USER_COLUMNS                                                                   \
  "id, email, display_name, lang, role, company_id, region, must_change_password, "          \
  "last_login_at, disabled_at, created_at, updated_at, version"

inline constexpr std::string_view kSelectUserById =
    "SELECT " ATTACHE_USER_COLUMNS " FROM users WHERE id = $1";
inline constexpr std::string_view kSelectUserByEmail =
    "SELECT " ATTACHE_USER_COLUMNS " FROM users WHERE email_key = $1";
inline constexpr std::string_view kUserSelect = "SELECT " ATTACHE_USER_COLUMNS " FROM users WHERE 1 = 1";
inline constexpr std::string_view kUserCount = "SELECT COUNT(*) FROM users WHERE 1 = 1";
#undef ATTACHE_USER_COLUMNS

inline constexpr std::string_view kUserTextFilter = " AND search_text LIKE ${} ESCAPE '\\'";
inline constexpr std::string_view kUserRoleColumn = "role";
inline constexpr std::string_view kUserActiveFilter = " AND disabled_at IS NULL";
inline constexpr std::string_view kUserDisabledFilter = " AND disabled_at IS NOT NULL";
inline constexpr db::SqlBuilder::SortColumn kUserOrder[] = {
    {"email", "email_key"},
    {"display_name", "display_name"},
    {"role", "role"},
    {"last_login_at", "(last_login_at IS NULL), last_login_at"},
    {"created_at", "created_at"},
};

inline constexpr std::string_view kCountUsers = "SELECT COUNT(*) FROM users";
inline constexpr std::string_view kSelectPasswordHash =
    "SELECT password_hash FROM users WHERE id = $1";

inline constexpr std::string_view kInsertUser = R"~(
INSERT INTO users (email, email_key, display_name, lang, role, company_id, region, password_hash,
                   must_change_password, password_changed_at, search_text, created_at, updated_at,
                   created_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $10, $10, $12)
RETURNING id)~";

inline constexpr std::string_view kUpdateUser = R"~(
UPDATE users SET display_name = $3, lang = $4, role = $5, company_id = $6, region = $7,
                 disabled_at = $8, search_text = $9, updated_at = $10, version = version + 1
WHERE id = $1 AND version = $2)~";

inline constexpr std::string_view kSetPassword = R"~(
UPDATE users SET password_hash = $2, must_change_password = $3, password_changed_at = $4,
                 updated_at = $4, version = version + 1
WHERE id = $1)~";

// A stronger hash of the same password: nothing a client sees changes.
inline constexpr std::string_view kRehashPassword =
    "UPDATE users SET password_hash = $2 WHERE id = $1";
inline constexpr std::string_view kSetLastLogin =
    "UPDATE users SET last_login_at = $2 WHERE id = $1";

inline constexpr std::string_view kSelectUserCountries =
    "SELECT country FROM user_countries WHERE user_id = $1 ORDER BY country";
inline constexpr std::string_view kSelectCountriesOfUsers = R"~(
SELECT user_id, country FROM user_countries WHERE user_id BETWEEN $1 AND $2
ORDER BY user_id, country)~";
inline constexpr std::string_view kDeleteUserCountries =
    "DELETE FROM user_countries WHERE user_id = $1";
inline constexpr std::string_view kInsertUserCountry =
    "INSERT INTO user_countries (user_id, country) VALUES ($1, $2)";
inline constexpr std::string_view kCountryExists =
    "SELECT COUNT(*) FROM countries WHERE iso2 = $1";

// Sessions.
inline constexpr std::string_view kInsertSession = R"~(
INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at, client_addr,
                      user_agent)
VALUES ($1, $2, $3, $3, $4, $5, $6)
RETURNING id)~";
inline constexpr std::string_view kSelectSession = R"~(
SELECT id, user_id, last_seen_at, expires_at, ended_at FROM sessions WHERE token_hash = $1)~";
inline constexpr std::string_view kTouchSession =
    "UPDATE sessions SET last_seen_at = $2 WHERE id = $1 AND last_seen_at < $2";
inline constexpr std::string_view kEndSession =
    "UPDATE sessions SET ended_at = $2 WHERE id = $1 AND ended_at IS NULL";
inline constexpr std::string_view kEndUserSessions =
    "UPDATE sessions SET ended_at = $2 WHERE user_id = $1 AND ended_at IS NULL";
inline constexpr std::string_view kEndOtherSessions =
    "UPDATE sessions SET ended_at = $2 WHERE user_id = $1 AND ended_at IS NULL AND id <> $3";
inline constexpr std::string_view kPurgeSessions = "DELETE FROM sessions WHERE expires_at < $1";

// API tokens.
inline constexpr std::string_view kInsertToken = R"~(
INSERT INTO api_tokens (token_hash, prefix, user_id, name, permissions, created_at, expires_at)
VALUES ($1, $2, $3, $4, $5, $6, $7)
RETURNING id)~";
inline constexpr std::string_view kSelectTokenByHash = R"~(
SELECT id, user_id, permissions, expires_at, revoked_at FROM api_tokens WHERE token_hash = $1)~";
#define ATTACHE_TOKEN_SELECT                                                                   \
  "SELECT t.id, t.user_id, u.email, t.name, t.prefix, t.permissions, t.created_at, "          \
  "t.expires_at, t.last_used_at, t.revoked_at FROM api_tokens t JOIN users u ON u.id = t.user_id"
inline constexpr std::string_view kSelectTokenById = ATTACHE_TOKEN_SELECT " WHERE t.id = $1";
inline constexpr std::string_view kTokenSelect = ATTACHE_TOKEN_SELECT " WHERE 1 = 1";
#undef ATTACHE_TOKEN_SELECT
inline constexpr std::string_view kTokenCount =
    "SELECT COUNT(*) FROM api_tokens t WHERE 1 = 1";
inline constexpr std::string_view kTokenUserFilter = " AND t.user_id = ${}";
inline constexpr std::string_view kTokenStatusOpen = " AND (1 = 0";
inline constexpr std::string_view kTokenActiveFilter =
    " OR (t.revoked_at IS NULL AND t.expires_at > ${})";
inline constexpr std::string_view kTokenExpiredFilter =
    " OR (t.revoked_at IS NULL AND t.expires_at <= ${})";
inline constexpr std::string_view kTokenRevokedFilter = " OR t.revoked_at IS NOT NULL";
inline constexpr std::string_view kTokenOrder = " ORDER BY t.id DESC";
inline constexpr std::string_view kRevokeToken =
    "UPDATE api_tokens SET revoked_at = $2, version = version + 1 "
    "WHERE id = $1 AND revoked_at IS NULL";
inline constexpr std::string_view kRevokeUserTokens =
    "UPDATE api_tokens SET revoked_at = $2, version = version + 1 "
    "WHERE user_id = $1 AND revoked_at IS NULL";
inline constexpr std::string_view kTouchToken =
    "UPDATE api_tokens SET last_used_at = $2 WHERE id = $1";

// Sign-in failures.
inline constexpr std::string_view kInsertFailure =
    "INSERT INTO login_failures (at, email_key, client_addr) VALUES ($1, $2, $3)";
inline constexpr std::string_view kCountAccountFailures =
    "SELECT COUNT(*) FROM login_failures WHERE email_key = $1 AND at > $2";
inline constexpr std::string_view kCountAddressFailures =
    "SELECT COUNT(*) FROM login_failures WHERE client_addr = $1 AND at > $2";
// The failure whose expiry lets the next attempt through: the limit-th newest.
inline constexpr std::string_view kNthAccountFailure = R"~(
SELECT at FROM login_failures WHERE email_key = $1 AND at > $2
ORDER BY at DESC LIMIT 1 OFFSET $3)~";
inline constexpr std::string_view kNthAddressFailure = R"~(
SELECT at FROM login_failures WHERE client_addr = $1 AND at > $2
ORDER BY at DESC LIMIT 1 OFFSET $3)~";
inline constexpr std::string_view kClearAccountFailures =
    "DELETE FROM login_failures WHERE email_key = $1";
inline constexpr std::string_view kPurgeFailures = "DELETE FROM login_failures WHERE at < $1";

}  // namespace attache::users
