#include "app/app.hpp"

#include <nlohmann/json.hpp>

#include "app/embedded_data.hpp"
#include "domains/countries/routes.hpp"
#include "platform/db/migrations.hpp"
#include "platform/http/problem.hpp"
#include "platform/http/reply.hpp"

namespace attache::app {

App::App(std::unique_ptr<db::Database> database, const AppOptions& options)
    : database_(std::move(database)),
      feed_(*database_, options.change_poll),
      cache_([this] { return feed_.generation(); }),
      countries_(*database_, SystemClock()) {}

App::~App() = default;

Result<std::unique_ptr<App>> App::Open(const AppOptions& options) {
  auto database = db::Database::Open(options.db_url, options.pool);
  if (!database) return tl::unexpected(database.error());
  auto migrations = db::ParseMigrations(embedded::Migrations());
  if (!migrations) return tl::unexpected(migrations.error());
  if (auto migrated = db::Migrate(**database, *migrations); !migrated) {
    return tl::unexpected(migrated.error());
  }
  std::unique_ptr<App> app(new App(std::move(*database), options));
  app->schema_version_ = migrations->back().version;
  if (auto synced = app->countries_.SyncReference(Actor::System("reference-sync")); !synced) {
    return tl::unexpected(synced.error());
  }
  auto files = http::StaticFiles::Load(options.web_root);
  if (!files) return tl::unexpected(files.error());
  app->static_files_ = std::move(*files);
  app->AddRoutes();
  return app;
}

void App::AddRoutes() {
  router_.Add(http::Method::kGet, "/healthz", [](http::Request&) {
    return http::JsonReply(200, {{"status", "ok"}});
  });
  router_.Add(http::Method::kGet, "/readyz",
              [this](http::Request& request) { return Ready(request); });
  countries::AddRoutes(router_, countries_, cache_);
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

http::Response App::Handle(http::Request& request) {
  return Finish(request, router_.Dispatch(request));
}

std::optional<http::Response> App::HandleImmediately(http::Request& request) {
  if (request.method != http::Method::kGet && request.method != http::Method::kHead) {
    return std::nullopt;
  }
  if (request.path.starts_with("/api/")) {
    if (auto hit = cache_.Lookup(request)) return Finish(request, std::move(*hit));
    return std::nullopt;
  }
  if (request.path == "/readyz") return std::nullopt;  // asks the database
  return Finish(request, router_.Dispatch(request));   // /healthz and the web UI's files
}

http::Response App::Finish(const http::Request& request, http::Response response) {
  response.headers.Set("Referrer-Policy", "same-origin");
  if (request.path.starts_with("/api/") && !response.headers.Get("Cache-Control")) {
    response.headers.Set("Cache-Control", "no-store");
  }
  return response;
}

}  // namespace attache::app
