// The composition root: one database, the domain services on it, and the HTTP handler that
// serves the API, the health checks and the web UI. Everything is built here and only here.
#pragma once

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "core/error.hpp"
#include "domains/access/routes.hpp"
#include "domains/activities/service.hpp"
#include "domains/contacts/service.hpp"
#include "domains/countries/service.hpp"
#include "domains/deals/service.hpp"
#include "domains/fx/service.hpp"
#include "domains/organisations/service.hpp"
#include "domains/relocation/service.hpp"
#include "domains/requests/service.hpp"
#include "domains/solutions/service.hpp"
#include "domains/taxonomy/service.hpp"
#include "domains/transfer/routes.hpp"
#include "domains/users/identity.hpp"
#include "domains/users/service.hpp"
#include "platform/db/change_feed.hpp"
#include "platform/db/database.hpp"
#include "platform/http/rate_limiter.hpp"
#include "platform/http/response_cache.hpp"
#include "platform/http/router.hpp"
#include "platform/http/static_files.hpp"

namespace attache::app {

struct AppOptions {
  std::string db_url;
  db::Options pool;
  std::filesystem::path web_root;
  std::chrono::milliseconds change_poll{250};
  users::SessionOptions sessions;
  users::ThrottleOptions throttle;
  // Believe X-Forwarded-For and X-Forwarded-Proto (the service runs behind a reverse proxy).
  bool trust_proxy = false;
  // Each client address's budget on the public showcase: requests a minute, and at once.
  double showcase_per_minute = 120;
  double showcase_burst = 60;
};

// Migrates the database to this binary's schema, rebuilds the tables the application derives
// with its own code (db::BuildDerivedTables) where their version differs and refreshes SQLite's
// planner statistics; returns the number of migrations applied.
Result<int> PrepareSchema(db::Database& database);

class App {
 public:
  // Opens the database, applies pending migrations, and brings reference data up to date.
  static Result<std::unique_ptr<App>> Open(const AppOptions& options);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  db::Database& database() { return *database_; }
  contacts::Service& contacts() { return contacts_; }
  countries::Service& countries() { return countries_; }
  organisations::Service& organisations() { return organisations_; }
  solutions::Service& solutions() { return solutions_; }
  users::Service& users() { return users_; }
  users::Identity& identity() { return identity_; }
  // Every API route with the permission it needs.
  const std::vector<access::RouteSpec>& routes() const { return routes_.specs(); }
  int schema_version() const { return schema_version_; }
  size_t web_files() const { return static_files_.size(); }

  // Handles any request; thread-safe. Adds the headers every response carries.
  http::Response Handle(http::Request& request);
  // What can be answered from memory without waiting (see http::ImmediateHandler): liveness,
  // cached API reads of a remembered caller, the web UI's files.
  std::optional<http::Response> HandleImmediately(http::Request& request);

 private:
  App(std::unique_ptr<db::Database> database, const AppOptions& options);
  void AddRoutes();
  http::Response Ready(const http::Request& request);
  http::Response Policy(const http::Request& request);
  void Arrived(http::Request& request) const;
  static http::Response Finish(const http::Request& request, http::Response response);

  std::unique_ptr<db::Database> database_;
  db::ChangeFeed feed_;
  http::ResponseCache cache_;
  activities::Service activities_;
  contacts::Service contacts_;
  countries::Service countries_;
  deals::Service deals_;
  fx::Service fx_;
  organisations::Service organisations_;
  relocation::Service relocation_;
  requests::Service requests_;
  solutions::Service solutions_;
  http::RateLimiter showcase_limiter_;
  taxonomy::Service taxonomy_;
  users::Service users_;
  transfer::Services transfer_;
  users::Identity identity_;
  http::StaticFiles static_files_;
  http::Router router_;
  access::Routes routes_;
  bool trust_proxy_ = false;
  int schema_version_ = 0;
};

}  // namespace attache::app
