#include "app/cli.hpp"

#include <fmt/format.h>
#include <sys/resource.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <thread>

#include "app/app.hpp"
#include "app/casework_generator.hpp"
#include "app/commands.hpp"
#include "app/demo.hpp"
#include "app/demo_generate.hpp"
#include "app/embedded_data.hpp"
#include "app/version.hpp"
#include "core/log.hpp"
#include "domains/access/policy.hpp"
#include "domains/fx/routes.hpp"
#include "domains/requests/routes.hpp"
#include "platform/db/migrations.hpp"
#include "platform/http/server.hpp"

namespace attache::app {

int Failed(std::string_view message) {
  std::string line(message);
  for (char& c : line) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  std::cerr << "attache: " << line << std::endl;
  return 1;
}

int Failed(const Error& error) {
  return Failed(error.internal.empty() ? error.detail.en : error.detail.en + ": " + error.internal);
}

namespace {

// Creates the data directory if needed and proves it writable.
Status PrepareDataDir(const std::string& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  const auto probe = std::filesystem::path(dir) / ".write-test";
  if (!ec) {
    std::ofstream out(probe);
    out << "ok";
    out.close();
    if (!out) ec = std::make_error_code(std::errc::permission_denied);
    std::error_code ignored;
    std::filesystem::remove(probe, ignored);
  }
  if (ec) {
    return Fail(ErrorCode::kUnavailable,
                {fmt::format("data directory {} is not writable: {}", dir, ec.message()),
                 fmt::format("каталог данных {} недоступен для записи: {}", dir, ec.message())});
  }
  return {};
}

std::string DatabaseUrl(const Settings& settings) {
  if (!settings.db_url.empty()) return settings.db_url;
  return "sqlite://" + std::filesystem::absolute(settings.data_dir).lexically_normal().string() +
         "/attache.db";
}

// The built web UI: --web-root, else web/dist under the working directory, else in the source tree.
std::filesystem::path WebRoot(const Settings& settings) {
  if (!settings.web_root.empty()) return settings.web_root;
  if (std::filesystem::is_directory("web/dist")) return "web/dist";
  return ATTACHE_SOURCE_WEB_ROOT;
}

Result<std::pair<std::string, uint16_t>> ParseListen(std::string_view listen) {
  const auto colon = listen.rfind(':');
  auto bad = [&] {
    return Fail(
        ErrorCode::kBadRequest,
        {fmt::format("--listen must be HOST:PORT, such as 127.0.0.1:8080, not '{}'", listen),
         fmt::format("--listen должен быть вида HOST:PORT, например 127.0.0.1:8080, а не '{}'",
                     listen)});
  };
  if (colon == std::string_view::npos || colon == 0) return bad();
  std::string host(listen.substr(0, colon));
  if (host.size() > 2 && host.front() == '[' && host.back() == ']')
    host = host.substr(1, host.size() - 2);
  int port = -1;
  const std::string_view digits = listen.substr(colon + 1);
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), port);
  if (ec != std::errc() || end != digits.data() + digits.size() || port < 0 || port > 65535) {
    return bad();
  }
  return std::pair{host, static_cast<uint16_t>(port)};
}

// Every connection holds a descriptor: raises the soft limit to the hard one and returns how
// many connections fit, leaving room for the database, logs and files.
size_t RaiseDescriptorLimit() {
  rlimit limit{};
  if (getrlimit(RLIMIT_NOFILE, &limit) == 0) {
    limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 65536);
    setrlimit(RLIMIT_NOFILE, &limit);
    getrlimit(RLIMIT_NOFILE, &limit);
  }
  const auto usable = limit.rlim_cur > 256 ? static_cast<size_t>(limit.rlim_cur) - 128 : 128;
  return std::min<size_t>(usable, 10000);
}

}  // namespace

Result<std::unique_ptr<App>> OpenApp(const Settings& settings) {
  if (auto ready = PrepareDataDir(settings.data_dir); !ready) return tl::unexpected(ready.error());
  AppOptions options;
  options.db_url = DatabaseUrl(settings);
  options.pool.pool_size = settings.workers + 2;
  options.web_root = WebRoot(settings);
  options.sessions.idle = std::chrono::seconds(settings.session_idle_seconds);
  options.sessions.lifetime = std::chrono::seconds(settings.session_lifetime_seconds);
  options.trust_proxy = settings.trust_proxy;
  options.showcase_per_minute = settings.showcase_per_minute;
  options.showcase_burst = settings.showcase_per_minute / 2;
  return App::Open(options);
}

namespace {

// The first administrator, when the database has no users: its one-time password goes to the
// terminal once (never to the log).
Status EnsureFirstAdmin(App& app, const std::string& email) {
  auto created = app.users().EnsureFirstAdmin(email, Actor::System("first-start"));
  if (!created) return tl::unexpected(created.error());
  if (*created) {
    std::cout << fmt::format(
                     "attache: created the administrator {} with the one-time password {}\n"
                     "attache: it is shown only now; sign in with it and choose a new one.\n",
                     email, (*created)->one_time_password)
              << std::flush;
  }
  return {};
}

int Serve(const Settings& settings) {
  const std::map<std::string, log::Level> levels = {{"debug", log::Level::kDebug},
                                                    {"info", log::Level::kInfo},
                                                    {"warn", log::Level::kWarn},
                                                    {"error", log::Level::kError}};
  log::Init(settings.log_format == "json" ? log::Format::kJson : log::Format::kText,
            levels.at(settings.log_level));
  auto address = ParseListen(settings.listen);
  if (!address) return Failed(address.error());
  const auto started = std::chrono::steady_clock::now();
  auto app = OpenApp(settings);
  if (!app) return Failed(app.error());
  if (auto admin = EnsureFirstAdmin(**app, settings.admin_email); !admin) {
    return Failed(admin.error());
  }
  if (settings.demo) {
    auto outcome = LoadDemo((*app)->database(), SystemClock());
    if (!outcome) return Failed(outcome.error());
    if (*outcome == DemoOutcome::kNotEmpty) {
      log::Warn("demo_skipped", {{"reason", "the database already holds data"}});
    }
  }
  http::ServerOptions options;
  options.max_connections = RaiseDescriptorLimit();
  options.host = address->first;
  options.port = address->second;
  options.io_threads = settings.io_threads;
  options.workers = settings.workers;
  // Imports arrive as whole spreadsheets.
  options.larger_bodies = {
      {std::string(transfer::kImportPathPrefix), transfer::kMaxUploadBytes, ""},
      {std::string(requests::kAttachmentPathPrefix), requests::kMaxAttachmentBytes,
       std::string(requests::kAttachmentPathSuffix)},
      {std::string(fx::kImportPath), fx::kMaxImportBytes, ""}};
  App& served = **app;
  auto server = http::Server::Listen(
      options, [&served](http::Request& request) { return served.Handle(request); },
      [&served](http::Request& request) { return served.HandleImmediately(request); },
      [](const http::Request& request, const http::Response& response,
         std::chrono::microseconds took) {
        log::Info("request", {{"method", http::ToString(request.method)},
                              {"path", request.target},
                              {"status", int64_t{response.status}},
                              {"ms", static_cast<double>(took.count()) / 1000.0},
                              {"request_id", request.request_id}});
      });
  if (!server) return Failed(server.error());
  const std::string url = fmt::format("http://{}:{}", options.host, (*server)->port());
  const auto ready_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started);
  log::Lifecycle("listening on " + url, {{"url", url},
                                         {"database", served.database().description()},
                                         {"schema_version", int64_t{served.schema_version()}},
                                         {"web_files", static_cast<int64_t>(served.web_files())},
                                         {"startup_ms", ready_ms.count()}});
  (*server)->Run();
  log::Lifecycle("stopped");
  return 0;
}

int Migrate(const Settings& settings) {
  if (auto ready = PrepareDataDir(settings.data_dir); !ready) return Failed(ready.error());
  auto database = db::Database::Open(DatabaseUrl(settings));
  if (!database) return Failed(database.error());
  auto applied = PrepareSchema(**database);
  if (!applied) return Failed(applied.error());
  auto version = db::SchemaVersion(**database);
  if (!version) return Failed(version.error());
  std::cout << fmt::format("{}: applied {} migration(s); schema version {}\n",
                           (*database)->description(), *applied, *version);
  return 0;
}

int LoadDemoCommand(const Settings& settings) {
  auto app = OpenApp(settings);
  if (!app) return Failed(app.error());
  auto outcome = LoadDemo((*app)->database(), SystemClock());
  if (!outcome) return Failed(outcome.error());
  switch (*outcome) {
    case DemoOutcome::kLoaded:
      std::cout << "demo data loaded\n";
      return 0;
    case DemoOutcome::kAlreadyLoaded:
      std::cout << "demo data was already loaded\n";
      return 0;
    case DemoOutcome::kNotEmpty:
      return Failed("the database already holds data; the demo loads only into an empty one");
  }
  return 1;
}

}  // namespace

int Validation(const Error& error) {
  std::string text = error.detail.en;
  for (const FieldError& field : error.fields) {
    text += fmt::format(" {}: {}", field.pointer.empty() ? field.parameter : field.pointer,
                        field.message.en);
  }
  return Failed(text);
}

namespace {

void AddDatabaseOptions(CLI::App& command, Settings& settings) {
  command.add_option("--data", settings.data_dir, "Data directory (SQLite file, search index)")
      ->envname("ATTACHE_DATA")
      ->capture_default_str();
  command
      .add_option("--db", settings.db_url,
                  "sqlite:///path/file.db or postgresql://user@host:port/db "
                  "(default: sqlite in the data directory)")
      ->envname("ATTACHE_DB");
}

}  // namespace

int RunCli(int argc, char** argv) {
  CLI::App cli{"Attaché: the platform of the IT-export support service", "attache"};
  cli.require_subcommand(1);
  Settings settings;

  auto* serve = cli.add_subcommand("serve", "Serve the API and the web UI");
  AddDatabaseOptions(*serve, settings);
  serve->add_option("--listen", settings.listen, "HOST:PORT to listen on (port 0: any free one)")
      ->envname("ATTACHE_LISTEN")
      ->capture_default_str();
  serve->add_flag("--demo", settings.demo, "Load the demo data into an empty database");
  serve->add_option("--log-format", settings.log_format, "text or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  serve
      ->add_option("--log-level", settings.log_level,
                   "debug, info (one line per request), warn or error")
      ->check(CLI::IsMember({"debug", "info", "warn", "error"}))
      ->capture_default_str();
  serve->add_option("--web-root", settings.web_root, "Directory of the built web UI (web/dist)")
      ->envname("ATTACHE_WEB_ROOT");
  serve->add_option("--io-threads", settings.io_threads, "Threads doing network I/O")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  serve->add_option("--workers", settings.workers, "Threads running request handlers")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();

  serve
      ->add_option("--session-idle", settings.session_idle_seconds,
                   "Seconds without requests after which a session ends")
      ->check(CLI::Range(int64_t{1}, int64_t{30} * 24 * 3600))
      ->capture_default_str();
  serve
      ->add_option("--session-lifetime", settings.session_lifetime_seconds,
                   "Seconds after sign-in after which a session ends regardless")
      ->check(CLI::Range(int64_t{1}, int64_t{90} * 24 * 3600))
      ->capture_default_str();
  serve->add_flag("--trust-proxy", settings.trust_proxy,
                  "Take the client address and https from X-Forwarded-For/-Proto (behind a "
                  "reverse proxy only)");
  serve
      ->add_option("--showcase-rate", settings.showcase_per_minute,
                   "Requests a minute each client address may make to the public showcase")
      ->check(CLI::Range(1, 100000000))
      ->capture_default_str();
  serve
      ->add_option("--admin-email", settings.admin_email,
                   "E-mail of the administrator created when there are no users")
      ->capture_default_str();

  auto* migrate = cli.add_subcommand("migrate", "Apply pending database migrations and exit");
  AddDatabaseOptions(*migrate, settings);

  auto* demo = cli.add_subcommand("demo", "Demo data");
  demo->require_subcommand(1);
  auto* demo_load = demo->add_subcommand("load", "Load the demo data into an empty database");
  AddDatabaseOptions(*demo_load, settings);
  GeneratorOptions generate;
  auto* demo_generate = demo->add_subcommand(
      "generate",
      "Add a synthetic catalogue (the same for the same seed) to an empty database "
      "or one with only the demo data");
  AddDatabaseOptions(*demo_generate, settings);
  demo_generate->add_option("--companies", generate.companies, "Domestic companies")
      ->check(CLI::Range(int64_t{1}, int64_t{1000000}))
      ->capture_default_str();
  demo_generate->add_option("--solutions", generate.solutions, "Solutions")
      ->check(CLI::Range(int64_t{0}, int64_t{5000000}))
      ->capture_default_str();
  demo_generate->add_option("--contacts", generate.contacts, "Contacts")
      ->check(CLI::Range(int64_t{0}, int64_t{5000000}))
      ->capture_default_str();
  demo_generate->add_option("--seed", generate.seed, "Seed of the generator")
      ->capture_default_str();

  CaseworkOptions casework;
  auto* demo_casework = demo->add_subcommand(
      "casework",
      "Add synthetic support requests, export deals and activities (the same for the same seed) "
      "over the catalogue's companies and the countries of presence");
  AddDatabaseOptions(*demo_casework, settings);
  demo_casework->add_option("--requests", casework.requests, "Support requests")
      ->check(CLI::Range(int64_t{1}, int64_t{5000000}))
      ->capture_default_str();
  demo_casework->add_option("--deals", casework.deals, "Export deals")
      ->check(CLI::Range(int64_t{0}, int64_t{5000000}))
      ->capture_default_str();
  demo_casework->add_option("--activities", casework.activities, "Activities")
      ->check(CLI::Range(int64_t{0}, int64_t{5000000}))
      ->capture_default_str();
  demo_casework->add_option("--seed", casework.seed, "Seed of the generator")
      ->capture_default_str();

  UserCommand user_command;
  auto* user = cli.add_subcommand("user", "Manage users");
  user->require_subcommand(1);
  auto* user_add = user->add_subcommand(
      "add", "Create a user; prints a one-time password unless --password-stdin");
  AddDatabaseOptions(*user_add, settings);
  user_add->add_option("--email", user_command.email, "E-mail (the sign-in name)")->required();
  std::vector<std::string> role_names;
  for (const auto& [name, role] : access::kRoleNames) role_names.emplace_back(name);
  user_add->add_option("--role", user_command.role, "Role")
      ->required()
      ->check(CLI::IsMember(role_names));
  user_add->add_option("--name", user_command.name, "Display name");
  user_add->add_option("--lang", user_command.lang, "ru or en")
      ->check(CLI::IsMember({"ru", "en"}))
      ->capture_default_str();
  user_add->add_option("--country", user_command.countries, "Countries of an attaché: VN,TH")
      ->delimiter(',');
  user_add->add_option("--company", user_command.company_id, "Company id of a company user");
  user_add->add_option("--region", user_command.region, "Region of a regional user: RU-TA");
  user_add->add_flag("--password-stdin", user_command.password_stdin,
                     "Read the password from standard input");
  auto* user_passwd = user->add_subcommand(
      "passwd",
      "Set a new one-time password (or --password-stdin); ends the user's sessions and tokens");
  AddDatabaseOptions(*user_passwd, settings);
  user_passwd->add_option("--email", user_command.email, "E-mail of the user")->required();
  user_passwd->add_flag("--password-stdin", user_command.password_stdin,
                        "Read the password from standard input");
  auto* user_disable =
      user->add_subcommand("disable", "Disable a user; its sessions and API tokens end");
  AddDatabaseOptions(*user_disable, settings);
  user_disable->add_option("--email", user_command.email, "E-mail of the user")->required();

  ImportCommand import_command;
  auto* import = cli.add_subcommand(
      "import", "Import companies, solutions or contacts from a CSV or XLSX file");
  AddDatabaseOptions(*import, settings);
  import->add_option("kind", import_command.kind, "companies, solutions or contacts")
      ->required()
      ->check(CLI::IsMember({"companies", "organisations", "solutions", "contacts"}));
  import->add_option("file", import_command.file, "The .csv or .xlsx file")
      ->required()
      ->check(CLI::ExistingFile);
  import->add_flag("--dry-run", import_command.dry_run,
                   "Check every row and report, writing nothing");
  import->add_flag("--skip-invalid", import_command.skip_invalid,
                   "Write the valid rows and report the others");
  import->add_option("--encoding", import_command.encoding,
                     "utf-8 or windows-1251 (detected when not given)");
  import->add_flag("--json", import_command.json, "Print the report as JSON");
  import->add_option("--lang", import_command.lang, "Language of the report: ru or en")
      ->check(CLI::IsMember({"ru", "en"}))
      ->capture_default_str();

  FxImportCommand fx_command;
  auto* fx = cli.add_subcommand("fx", "Exchange rates");
  fx->require_subcommand(1);
  auto* fx_import = fx->add_subcommand(
      "import", "Load dated exchange rates (date, currency, rate[, nominal]) from CSV or XLSX");
  AddDatabaseOptions(*fx_import, settings);
  fx_import->add_option("file", fx_command.file, "The .csv or .xlsx file")
      ->required()
      ->check(CLI::ExistingFile);
  fx_import->add_option("--source", fx_command.source, "Where the rates come from")
      ->capture_default_str();

  auto* policy = cli.add_subcommand("policy", "Print who may use which API route");
  AddDatabaseOptions(*policy, settings);

  auto* version = cli.add_subcommand("version", "Print the version");

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = cli.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (*serve) return Serve(settings);
  if (*migrate) return Migrate(settings);
  if (*demo_load) return LoadDemoCommand(settings);
  if (*demo_generate) return GenerateDemoCommand(settings, generate);
  if (*demo_casework) return GenerateCaseworkCommand(settings, casework);
  if (*user_add) return UserAdd(settings, user_command);
  if (*user_passwd) return UserPasswd(settings, user_command);
  if (*user_disable) return UserDisable(settings, user_command);
  if (*policy) return PrintPolicy(settings);
  if (*import) return Import(settings, import_command);
  if (*fx_import) return FxImport(settings, fx_command);
  if (*version) {
    std::cout << "attache " << kVersion
              << (kRevision[0] != '\0' ? fmt::format(" ({})", kRevision) : "") << "\n";
    return 0;
  }
  return 2;
}

}  // namespace attache::app
