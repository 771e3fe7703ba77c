// Passwords and secrets. Passwords are hashed with argon2id (libsodium crypto_pwhash_str, the
// "interactive" limits) and must be at least 12 characters, not among the commonest ones and not
// the e-mail. Session cookies, CSRF tokens and API tokens are 256-bit random secrets; only their
// BLAKE2b hashes are stored. Thread-safe; never logs a password or a secret.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace attache::users {

// Initialises libsodium; idempotent. Fails only when the system has no randomness.
Status InitCrypto();

Result<std::string> HashPassword(std::string_view password);
bool VerifyPassword(std::string_view hash, std::string_view password);
// True when `hash` was made with weaker limits than today's and should be replaced.
bool NeedsRehash(std::string_view hash);
// Takes about as long as VerifyPassword on a real hash, so that an unknown e-mail cannot be told
// from a wrong password by timing.
void VerifyAgainstDecoy(std::string_view password);

// What is wrong with a new password, for a validation error; empty when it is acceptable.
std::vector<Text> PasswordProblems(std::string_view password, std::string_view email);

// 20 characters in groups of five from an unambiguous alphabet (about 99 bits).
std::string OneTimePassword();
// 32 random bytes, base64url without padding (43 characters).
std::string NewSecret();
// Lower-case hex of the BLAKE2b-256 hash of `secret`: what the database keeps.
std::string HashSecret(std::string_view secret);
// The CSRF token of the session whose cookie holds `session_secret`.
std::string CsrfToken(std::string_view session_secret);

}  // namespace attache::users
