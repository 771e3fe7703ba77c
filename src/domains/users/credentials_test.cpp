// Password hashing and rules, one-time passwords and the secrets of sessions and tokens.
#include "domains/users/credentials.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace attache::users {
namespace {

constexpr std::string_view kEmail = "ivanov@example.org";

class Credentials : public ::testing::Test {
 protected:
  void SetUp() override { ASSERT_TRUE(InitCrypto()); }
};

// The English texts of the problems with a password.
std::vector<std::string> Problems(std::string_view password, std::string_view email = kEmail) {
  std::vector<std::string> texts;
  for (const Text& problem : PasswordProblems(password, email)) texts.push_back(problem.en);
  return texts;
}

using Texts = std::vector<std::string>;
const std::string kTooShort = "Must be at least 12 characters long.";
const std::string kTooCommon = "This password is too common or too simple; choose another.";
const std::string kEmailMade = "Must not be made of the e-mail address.";

bool IsBase64Url(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
  });
}

TEST_F(Credentials, HashVerifiesTheRightPasswordOnly) {
  const auto hash = HashPassword("correct horse battery staple");
  ASSERT_TRUE(hash.has_value());
  EXPECT_TRUE(hash->starts_with("$argon2id$")) << *hash;
  EXPECT_TRUE(VerifyPassword(*hash, "correct horse battery staple"));
  EXPECT_FALSE(VerifyPassword(*hash, "correct horse battery stapl"));
  EXPECT_FALSE(VerifyPassword(*hash, "Correct horse battery staple"));
  EXPECT_FALSE(VerifyPassword(*hash, ""));
  EXPECT_FALSE(NeedsRehash(*hash));
}

TEST_F(Credentials, DistinctCharactersAreCountedNotBytes) {
  EXPECT_EQ(Problems("абвгабвгабвг"), Texts{kTooCommon});  // four letters, twelve times
  EXPECT_EQ(Problems("abcdabcdabcd"), Texts{kTooCommon});
  EXPECT_EQ(Problems("абвгдабвгдаб"), Texts{});
}

TEST_F(Credentials, HashesOfOnePasswordDifferBySalt) {
  const auto first = HashPassword("correct horse battery staple");
  const auto second = HashPassword("correct horse battery staple");
  ASSERT_TRUE(first && second);
  EXPECT_NE(*first, *second);
  EXPECT_TRUE(VerifyPassword(*second, "correct horse battery staple"));
}

TEST_F(Credentials, GarbageHashVerifiesNothingAndNeedsRehash) {
  EXPECT_FALSE(VerifyPassword("", "anything at all"));
  EXPECT_FALSE(VerifyPassword("$argon2id$broken", "anything at all"));
  EXPECT_TRUE(NeedsRehash("$argon2id$broken"));
  VerifyAgainstDecoy("anything at all");  // must neither fail nor throw
}

TEST_F(Credentials, PasswordNeedsTwelveCharacters) {
  EXPECT_EQ(Problems("tea-kettle1"), Texts{kTooShort});  // 11
  EXPECT_EQ(Problems("tea-kettle12"), Texts{});          // 12
  EXPECT_EQ(Problems(""), Texts{kTooShort});
}

TEST_F(Credentials, PasswordLengthCountsCharactersNotBytes) {
  EXPECT_EQ(Problems("безопасность"), Texts{});          // 12 letters, 24 bytes
  EXPECT_EQ(Problems("безопасност"), Texts{kTooShort});  // 11 letters, 22 bytes
}

TEST_F(Credentials, PasswordIsAtMostTwoHundredBytes) {
  std::string long_password;
  for (int i = 0; i < 20; ++i) long_password += "tea-kettle";
  EXPECT_EQ(Problems(long_password), Texts{});  // 200 bytes
  EXPECT_EQ(Problems(long_password + "!"), Texts{"Must be at most 200 bytes long."});
}

TEST_F(Credentials, CommonPasswordsAreRefusedWhateverTheCase) {
  for (const char* common : {"password1234", "Password1234", "PASSWORD1234", "QwErTy123456",
                             "ПарольПароль", "ПАРОЛЬ123456"}) {
    EXPECT_EQ(Problems(common), Texts{kTooCommon}) << common;
  }
  EXPECT_EQ(Problems("Password12345x"), Texts{});
}

TEST_F(Credentials, PasswordNeedsFiveDistinctCharacters) {
  EXPECT_EQ(Problems("aaaaaaaaaaab"), Texts{kTooCommon});
  EXPECT_EQ(Problems("abcdabcdabcd"), Texts{kTooCommon});  // 4
  EXPECT_EQ(Problems("abcdeabcdeab"), Texts{});            // 5
}

TEST_F(Credentials, PasswordMadeOfTheEmailIsRefused) {
  for (const char* made : {"ivanov2026!!", "!!ivanov2026", "IVANOV-2026-", "ivanov@example.org",
                           "Ivanov@Example.org"}) {
    EXPECT_EQ(Problems(made), Texts{kEmailMade}) << made;
  }
  EXPECT_EQ(Problems("ivanov-likes-tea"), Texts{});
  EXPECT_EQ(Problems("tea-for-ivanov"), Texts{});
  EXPECT_EQ(Problems("ivanov2026!!", "petrova@example.org"), Texts{});
  EXPECT_EQ(Problems("ivanov2026!!", ""), Texts{});
}

TEST_F(Credentials, PasswordMayHaveSeveralProblems) {
  EXPECT_EQ(Problems("111111111111", "111111111111@example.org"), (Texts{kTooCommon, kEmailMade}));
}

TEST_F(Credentials, OneTimePasswordsAreGroupsOfFiveFromTheAlphabet) {
  const std::regex format("[a-hjkmnp-z2-9]{5}(-[a-hjkmnp-z2-9]{5}){3}");
  std::set<std::string> seen;
  for (int i = 0; i < 50; ++i) {
    const std::string password = OneTimePassword();
    EXPECT_TRUE(std::regex_match(password, format)) << password;
    EXPECT_EQ(Problems(password, "someone@example.org"), Texts{}) << password;
    seen.insert(password);
  }
  EXPECT_EQ(seen.size(), 50u);
}

TEST_F(Credentials, SecretsAreFortyThreeBase64UrlCharactersAndUnique) {
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    const std::string secret = NewSecret();
    EXPECT_EQ(secret.size(), 43u) << secret;
    EXPECT_TRUE(IsBase64Url(secret)) << secret;
    seen.insert(secret);
  }
  EXPECT_EQ(seen.size(), 100u);
}

TEST_F(Credentials, HashSecretIsBlake2b256InLowerCaseHex) {
  // Reference values from Python's hashlib.blake2b(digest_size=32).
  EXPECT_EQ(HashSecret(""), "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
  EXPECT_EQ(HashSecret("att_example-secret"),
            "6f89d4b879ab05e8583a4e300d950e2607d3783af07fa88d405ec59125ec24dd");
  const std::string secret = NewSecret();
  const std::string hash = HashSecret(secret);
  EXPECT_EQ(hash.size(), 64u);
  EXPECT_TRUE(std::all_of(hash.begin(), hash.end(), [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  })) << hash;
  EXPECT_EQ(HashSecret(secret), hash);
  EXPECT_NE(HashSecret(secret + "x"), hash);
}

TEST_F(Credentials, CsrfTokenIsKeyedBySessionSecretAndDiffersFromItsHash) {
  // hashlib.blake2b(secret, digest_size=32, key=b"attache.csrf-token.v1"), base64url unpadded.
  EXPECT_EQ(CsrfToken("session-secret-for-tests"), "N9FyZ8SyP0GFiYLVqWnr01WFPoTeOSbf0F6NOxDMXFY");
  EXPECT_EQ(HashSecret("session-secret-for-tests"),
            "0946b0db89e384a678c769e43c3368df3ef6f624f0f166e588b820a91200ab2b");

  const std::string secret = NewSecret();
  const std::string token = CsrfToken(secret);
  EXPECT_EQ(token.size(), 43u);
  EXPECT_TRUE(IsBase64Url(token)) << token;
  EXPECT_EQ(CsrfToken(secret), token);
  EXPECT_NE(CsrfToken(NewSecret()), token);
  EXPECT_NE(token, HashSecret(secret));
  EXPECT_NE(token, secret);
}

}  // namespace
}  // namespace attache::users
