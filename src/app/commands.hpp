// What the commands of `attache` share: their settings, how they fail, and opening the app.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "app/app.hpp"
#include "core/error.hpp"

namespace attache::app {

struct Settings {
  std::string data_dir = "./var";
  std::string db_url;
  std::string listen = "127.0.0.1:8080";
  std::string web_root;
  std::string log_format = "text";
  std::string log_level = "info";
  bool demo = false;
  int io_threads = 2;
  int workers = 4;
  int64_t session_idle_seconds = 3600;
  int64_t session_lifetime_seconds = 12 * 3600;
  bool trust_proxy = false;
  int showcase_per_minute = 120;
  std::string admin_email = "admin@attache.local";
};

// `attache user ...`.
struct UserCommand {
  std::string email;
  std::string role;
  std::string name;
  std::string lang = "ru";
  std::vector<std::string> countries;
  int64_t company_id = 0;
  std::string region;
  bool password_stdin = false;
};

// `attache import KIND FILE`.
struct ImportCommand {
  std::string kind;  // companies (or organisations), solutions, contacts
  std::string file;
  bool dry_run = false;
  bool skip_invalid = false;
  std::string encoding;
  bool json = false;
  std::string lang = "en";
};

// `attache fx import FILE`.
struct FxImportCommand {
  std::string file;
  std::string source = "Bank of Russia";
};

// Prints `attache: MESSAGE` on stderr as one line; returns the exit code 1.
int Failed(std::string_view message);
int Failed(const Error& error);
// A validation error with each field, as one line; exit code 1.
int Validation(const Error& error);

// Opens the database (creating the data directory), migrates, and builds the app.
Result<std::unique_ptr<App>> OpenApp(const Settings& settings);

int UserAdd(const Settings& settings, const UserCommand& command);
int UserPasswd(const Settings& settings, const UserCommand& command);
int UserDisable(const Settings& settings, const UserCommand& command);
int PrintPolicy(const Settings& settings);
// Exit codes: 0 every row valid (and written unless a dry run, or written with --skip-invalid),
// 1 a problem in the file or a failure (nothing written), 2 bad usage.
int Import(const Settings& settings, const ImportCommand& command);
// Exit codes: 0 every row valid and written, 1 a problem in the file (nothing written) or a
// failure.
int FxImport(const Settings& settings, const FxImportCommand& command);

}  // namespace attache::app
