#include "domains/users/credentials.hpp"

#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <array>
#include <mutex>
#include <set>

#include "text/normalize.hpp"

namespace attache::users {
namespace {

constexpr unsigned long long kOpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t kMemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

// Common passwords of 12 characters or more (shorter ones are refused anyway), compared after
// case folding.
constexpr std::string_view kCommonPasswords[] = {
    "000000000000",     "111111111111",   "123123123123",     "123321123321",
    "123456123456",     "123456789012",   "1234567890123",    "12345678901234",
    "123456789012345",  "1234567890qwerty", "1234qwerasdf",   "12qwaszx12qwaszx",
    "1q2w3e4r5t6y",     "1q2w3e4r5t6y7u", "1qaz2wsx3edc",     "987654321098",
    "abc123456789",     "abcdefghijkl",   "abcd1234abcd",     "adminadmin12",
    "administrator",    "administrator1", "asdfasdfasdf",     "asdfghjkl123",
    "attache123456",    "baseball1234",   "changeme1234",     "changeme12345",
    "dragon123456",     "football1234",   "iloveyou1234",     "letmein12345",
    "masterkey123",     "monkey123456",   "p@ssw0rd1234",     "p@ssword1234",
    "passw0rd1234",     "password1234",   "password12345",    "password123456",
    "passwordpassword", "princess1234",   "q1w2e3r4t5y6",     "qazwsxedcrfv",
    "qwerty123456",     "qwerty1234567",  "qwerty123456789",  "qwertyqwerty",
    "qwertyuiop12",     "qwertyuiopasdf", "sunshine1234",     "superman1234",
    "trustno11234",     "welcome12345",   "welcome123456",    "zaq12wsxcde3",
    "zxcvbnm12345",     "йцукенгшщзхъ",   "пароль123456",     "парольпароль",
};

size_t CountChars(std::string_view text) {
  size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

std::string Base64Url(const unsigned char* bytes, size_t size) {
  std::string out(sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.data(), out.size(), bytes, size, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.resize(out.find('\0'));
  return out;
}

std::string Hex(const unsigned char* bytes, size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes, size);
  out.pop_back();
  return out;
}

const std::string& DecoyHash() {
  static const std::string hash = [] {
    (void)InitCrypto();
    return HashPassword(NewSecret()).value_or("");
  }();
  return hash;
}

}  // namespace

Status InitCrypto() {
  static const int result = sodium_init();
  if (result < 0) {
    return FailInternal(ErrorCode::kInternal, "libsodium could not be initialised");
  }
  return {};
}

Result<std::string> HashPassword(std::string_view password) {
  std::array<char, crypto_pwhash_STRBYTES> out{};
  if (crypto_pwhash_str(out.data(), password.data(), password.size(), kOpsLimit, kMemLimit) != 0) {
    return FailInternal(ErrorCode::kUnavailable, "crypto_pwhash_str ran out of memory");
  }
  return std::string(out.data());
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
  const std::string terminated(hash);
  return crypto_pwhash_str_verify(terminated.c_str(), password.data(), password.size()) == 0;
}

bool NeedsRehash(std::string_view hash) {
  const std::string terminated(hash);
  return crypto_pwhash_str_needs_rehash(terminated.c_str(), kOpsLimit, kMemLimit) != 0;
}

void VerifyAgainstDecoy(std::string_view password) { (void)VerifyPassword(DecoyHash(), password); }

std::vector<Text> PasswordProblems(std::string_view password, std::string_view email) {
  std::vector<Text> problems;
  const size_t chars = CountChars(password);
  if (chars < 12) {
    problems.push_back({"Must be at least 12 characters long.",
                        "Должен содержать не менее 12 символов."});
    return problems;
  }
  if (password.size() > 200) {
    problems.push_back({"Must be at most 200 bytes long.", "Должен быть не длиннее 200 байт."});
    return problems;
  }
  const std::string folded = text::Fold(password);
  const bool common = std::find(std::begin(kCommonPasswords), std::end(kCommonPasswords),
                                folded) != std::end(kCommonPasswords);
  // Distinct characters, not bytes: Cyrillic letters share their first byte.
  std::set<std::string_view> distinct;
  for (size_t i = 0; i < password.size();) {
    size_t length = 1;
    while (i + length < password.size() &&
           (static_cast<unsigned char>(password[i + length]) & 0xC0) == 0x80) {
      ++length;
    }
    distinct.insert(password.substr(i, length));
    i += length;
  }
  if (common || distinct.size() < 5) {
    problems.push_back({"This password is too common or too simple; choose another.",
                        "Этот пароль слишком распространён или прост; выберите другой."});
  }
  // The e-mail, or its name with only digits and signs around it ("ivanov2026!").
  const std::string mail = text::Fold(email);
  const std::string local = mail.substr(0, mail.find('@'));
  const auto letters = [](std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](unsigned char c) { return std::isalpha(c) || c >= 0x80; });
  };
  const auto at = local.empty() ? std::string::npos : folded.find(local);
  if (!mail.empty() && (folded == mail || (at != std::string::npos &&
                                           !letters(folded.substr(0, at)) &&
                                           !letters(folded.substr(at + local.size()))))) {
    problems.push_back({"Must not be made of the e-mail address.",
                        "Не должен состоять из адреса электронной почты."});
  }
  return problems;
}

std::string OneTimePassword() {
  constexpr std::string_view kAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  std::string out;
  for (int i = 0; i < 20; ++i) {
    if (i > 0 && i % 5 == 0) out += '-';
    out += kAlphabet[randombytes_uniform(static_cast<uint32_t>(kAlphabet.size()))];
  }
  return out;
}

std::string NewSecret() {
  std::array<unsigned char, 32> bytes{};
  randombytes_buf(bytes.data(), bytes.size());
  return Base64Url(bytes.data(), bytes.size());
}

std::string HashSecret(std::string_view secret) {
  std::array<unsigned char, 32> hash{};
  crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(secret.data()),
                     secret.size(), nullptr, 0);
  return Hex(hash.data(), hash.size());
}

std::string CsrfToken(std::string_view session_secret) {
  static constexpr std::string_view kContext = "attache.csrf-token.v1";
  std::array<unsigned char, 32> hash{};
  crypto_generichash(hash.data(), hash.size(),
                     reinterpret_cast<const unsigned char*>(session_secret.data()),
                     session_secret.size(), reinterpret_cast<const unsigned char*>(kContext.data()),
                     kContext.size());
  return Base64Url(hash.data(), hash.size());
}

}  // namespace attache::users
