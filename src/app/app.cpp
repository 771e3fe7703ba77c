#include "app/app.hpp"

#include <nlohmann/json.hpp>

#include "app/embedded_data.hpp"
#include "core/strings.hpp"
#include "domains/access/policy.hpp"
#include "domains/activities/routes.hpp"
#include "domains/audit/routes.hpp"
#include "domains/contacts/routes.hpp"
#include "domains/countries/routes.hpp"
#include "domains/deals/routes.hpp"
#include "domains/fx/routes.hpp"
#include "domains/organisations/routes.hpp"
#include "domains/relocation/routes.hpp"
#include "domains/requests/routes.hpp"
#include "domains/requests/store.hpp"
#include "domains/solutions/routes.hpp"
#include "domains/solutions/store.hpp"
#include "domains/taxonomy/routes.hpp"
#include "domains/transfer/export.hpp"
#include "domains/users/credentials.hpp"
#include "domains/users/routes.hpp"
#include "platform/db/migrations.hpp"
#include "platform/http/problem.hpp"
#include "platform/http/reply.hpp"

namespace attache::app {

App::App(std::unique_ptr<db::Database> database, const AppOptions& options)
    : database_(std::move(database)),
      feed_(*database_, options.change_poll),
      cache_([this] { return feed_.generation(); }),
      activities_(*database_, SystemClock()),
      contacts_(*database_, SystemClock()),
      countries_(*database_, SystemClock()),
      deals_(*database_, SystemClock()),
      fx_(*database_, SystemClock()),
      organisations_(*database_, SystemClock()),
      relocation_(*database_, SystemClock()),
      requests_(*database_, SystemClock()),
      solutions_(*database_, SystemClock()),
      showcase_limiter_(options.showcase_per_minute, options.showcase_burst),
      taxonomy_(*database_, SystemClock()),
      users_(*database_, SystemClock()),
      transfer_{*database_,
                organisations_,
                solutions_,
                contacts_,
                countries_,
                taxonomy_,
                users_,
                requests_,
                deals_,
                SystemClock(),
                std::filesystem::temp_directory_path()},
      identity_(
          *database_, SystemClock(), [this] { return feed_.generation(); }, options.sessions,
          options.throttle),
      routes_(router_, identity_, cache_),
      trust_proxy_(options.trust_proxy) {}

App::~App() = default;

Result<int> PrepareSchema(db::Database& database) {
  auto migrations = db::ParseMigrations(embedded::Migrations());
  if (!migrations) return tl::unexpected(migrations.error());
  auto migrated = db::Migrate(database, *migrations);
  if (!migrated) return migrated;
  const db::DerivedTable derived[] = {
      {"solution_terms", solutions::kTermsVersion, solutions::RebuildTerms},
      {"request_terms", requests::kTermsVersion, requests::RebuildTerms},
  };
  if (auto built = db::BuildDerivedTables(database, derived); !built) {
    return tl::unexpected(built.error());
  }
  if (auto analysed = db::UpdatePlannerStatistics(database); !analysed) {
    return tl::unexpected(analysed.error());
  }
  return migrated;
}

Result<std::unique_ptr<App>> App::Open(const AppOptions& options) {
  if (auto crypto = users::InitCrypto(); !crypto) return tl::unexpected(crypto.error());
  auto database = db::Database::Open(options.db_url, options.pool);
  if (!database) return tl::unexpected(database.error());
  if (auto prepared = PrepareSchema(**database); !prepared) {
    return tl::unexpected(prepared.error());
  }
  auto version = db::SchemaVersion(**database);
  if (!version) return tl::unexpected(version.error());
  std::unique_ptr<App> app(new App(std::move(*database), options));
  app->schema_version_ = *version;
  if (auto synced = app->countries_.SyncReference(Actor::System("reference-sync")); !synced) {
    return tl::unexpected(synced.error());
  }
  if (auto synced = app->taxonomy_.SyncReference(Actor::System("reference-sync")); !synced) {
    return tl::unexpected(synced.error());
  }
  auto files = http::StaticFiles::Load(options.web_root);
  if (!files) return tl::unexpected(files.error());
  app->static_files_ = std::move(*files);
  app->AddRoutes();
  // Exports of other instances may be running: only spools a day old are surely left behind.
  transfer::RemoveStaleSpools(app->transfer_.temp_dir, std::chrono::hours(24));
  return app;
}

void App::AddRoutes() {
  router_.Add(http::Method::kGet, "/healthz", [](http::Request&) {
    return http::JsonReply(200, {{"status", "ok"}});
  });
  router_.Add(http::Method::kGet, "/readyz",
              [this](http::Request& request) { return Ready(request); });
  countries::AddRoutes(routes_, countries_);
  organisations::AddRoutes(routes_, organisations_);
  contacts::AddRoutes(routes_, contacts_);
  requests::AddRoutes(routes_, requests_);
  fx::AddRoutes(routes_, fx_);
  deals::AddRoutes(routes_, deals_);
  relocation::AddRoutes(routes_, relocation_);
  activities::AddRoutes(routes_, activities_);
  solutions::AddRoutes(routes_, solutions_);
  solutions::AddShowcaseRoutes(routes_, solutions_, showcase_limiter_);
  taxonomy::AddRoutes(routes_, taxonomy_);
  transfer::AddRoutes(routes_, transfer_);
  users::AddRoutes(routes_, users_, identity_);
  audit::AddRoutes(routes_, *database_);
  routes_.Add(
      {http::Method::kGet, "/api/v1/policy", {access::Resource::kProfile, access::Action::kRead}},
      [this](http::Request& request, const access::Principal&) { return Policy(request); });
  router_.SetFallback([this](http::Request& request) { return static_files_.Serve(request); });
}

http::Response App::Ready(const http::Request& request) {
  auto version = db::SchemaVersion(*database_);
  if (!version) return http::ProblemResponse(version.error(), request);
  if (*version != schema_version_) {
    return http::ProblemResponse(Error{ErrorCode::kUnavailable,
                                       {"The database schema is not the one this binary expects.",
                                        "Схема базы данных не та, что ожидает программа."},
                                       {},
                                       {}},
                                 request);
  }
  return http::JsonReply(200, {{"status", "ready"},
                               {"schema_version", *version},
                               {"database", db::ToString(database_->dialect())}});
}

http::Response App::Policy(const http::Request&) {
  nlohmann::json roles = nlohmann::json::array();
  for (const auto& [name, role] : access::kRoleNames) roles.push_back(name);
  roles.push_back("anonymous");
  nlohmann::json routes = nlohmann::json::array();
  for (const access::RouteSpec& spec : routes_.specs()) {
    nlohmann::json scopes = nlohmann::json::object();
    for (size_t i = 0; i < access::kRoleCount; ++i) {
      const auto role = static_cast<access::Role>(i);
      scopes[std::string(access::ToString(role))] =
          access::ToString(access::ScopeOf(role, spec.permission));
    }
    routes.push_back({{"method", http::ToString(spec.method)},
                      {"path", spec.pattern},
                      {"permission", access::ToString(spec.permission)},
                      {"scopes", std::move(scopes)}});
  }
  return http::JsonReply(200, {{"roles", std::move(roles)}, {"routes", std::move(routes)}});
}

// Where the request really comes from, when a trusted proxy says so. A proxy may append its hop
// to the client's header or add a line of its own: the last hop of all the lines is the one the
// proxy saw.
void App::Arrived(http::Request& request) const {
  if (!trust_proxy_) return;
  std::optional<std::string_view> address;
  std::optional<std::string_view> proto;
  for (const auto& [name, value] : request.headers.fields()) {
    if (EqualsIgnoreCase(name, "X-Forwarded-For")) {
      const auto hops = SplitList(value, ',');
      if (!hops.empty() && !Trim(hops.back()).empty()) address = Trim(hops.back());
    } else if (EqualsIgnoreCase(name, "X-Forwarded-Proto")) {
      const auto hops = SplitList(value, ',');
      if (!hops.empty()) proto = Trim(hops.back());
    }
  }
  if (address) request.client_address = std::string(*address);
  if (proto) request.secure = EqualsIgnoreCase(*proto, "https");
}

http::Response App::Handle(http::Request& request) {
  Arrived(request);
  return Finish(request, router_.Dispatch(request));
}

std::optional<http::Response> App::HandleImmediately(http::Request& request) {
  if (request.method != http::Method::kGet && request.method != http::Method::kHead) {
    return std::nullopt;
  }
  Arrived(request);
  if (request.path.starts_with("/api/")) {
    if (auto quick = router_.DispatchQuickly(request)) return Finish(request, std::move(*quick));
    return std::nullopt;
  }
  if (request.path == "/readyz") return std::nullopt;  // asks the database
  return Finish(request, router_.Dispatch(request));   // /healthz and the web UI's files
}

http::Response App::Finish(const http::Request& request, http::Response response) {
  // No inline scripts and nothing from elsewhere; antd and ECharts set inline styles.
  response.headers.Set("Content-Security-Policy",
                       "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                       "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
                       "object-src 'none'; base-uri 'none'; form-action 'self'; "
                       "frame-ancestors 'none'");
  response.headers.Set("X-Content-Type-Options", "nosniff");
  response.headers.Set("X-Frame-Options", "DENY");
  if (request.secure) {
    response.headers.Set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  }
  response.headers.Set("Referrer-Policy", "same-origin");
  if (request.path.starts_with("/api/") && !response.headers.Get("Cache-Control")) {
    response.headers.Set("Cache-Control", "no-store");
  }
  return response;
}

}  // namespace attache::app
