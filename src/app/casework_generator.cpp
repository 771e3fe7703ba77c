#include "app/casework_generator.hpp"

#include <fmt/format.h>

#include <chrono>
#include <iostream>
#include <map>
#include <random>

#include "domains/audit/store.hpp"
#include "domains/requests/store.hpp"
#include "text/normalize.hpp"

namespace attache::app {
namespace {

constexpr std::string_view kDomesticCompanies =
    "SELECT id FROM organisations WHERE kind = 'domestic_company' AND archived_at IS NULL "
    "ORDER BY id";
constexpr std::string_view kPresence =
    "SELECT iso2 FROM countries WHERE presence_status IN ('active', 'planned') ORDER BY iso2";
constexpr std::string_view kTypes = R"~(
SELECT t.code, COALESCE(t.parent_code, t.code), COALESCE(t.sla_days, p.sla_days)
FROM request_types t LEFT JOIN request_types p ON p.code = t.parent_code
WHERE t.archived_at IS NULL ORDER BY t.code)~";
constexpr std::string_view kAttaches =
    "SELECT uc.country, u.id FROM user_countries uc JOIN users u ON u.id = uc.user_id "
    "WHERE u.role = 'attache' AND u.disabled_at IS NULL ORDER BY u.id";
constexpr std::string_view kInsert = R"~(
INSERT INTO support_requests (organisation_id, country, type, parent_type, subject, description,
                              status, is_open, reason, assignee_id, due_at, status_changed_at,
                              closed_at, resolution_seconds, search_text, created_at, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $12))~";

constexpr std::string_view kSubjects[] = {
    "Partner search for a system integrator",
    "Tender of the Ministry of Digital Development",
    "Certification of a data protection product",
    "Market research: electronic government",
    "Stand at the national IT exhibition",
    "Visa support for a team of engineers",
    "Dispute over an unpaid delivery",
    "Localisation of an office suite",
    "Introduction to the central bank's IT department",
    "Legal review of a distribution contract",
};

struct Type {
  std::string code;
  std::string group;
  int sla_days = 10;
};

}  // namespace

Result<int64_t> GenerateCasework(db::Database& database, const CaseworkOptions& options,
                                 const Clock& clock) {
  const TimePoint now = clock();
  const Actor actor = Actor::System("demo-casework");
  return database.Write([&](db::Connection& conn) -> Result<int64_t> {
    std::vector<int64_t> companies;
    std::vector<std::string> countries;
    std::vector<Type> types;
    std::map<std::string, std::vector<int64_t>> attaches;
    auto read = conn.Query(kDomesticCompanies, {},
                           [&](const db::Row& row) { companies.push_back(row.Int(0)); });
    if (read) {
      read = conn.Query(kPresence, {},
                        [&](const db::Row& row) { countries.push_back(row.String(0)); });
    }
    if (read) {
      read = conn.Query(kTypes, {}, [&](const db::Row& row) {
        types.push_back({row.String(0), row.String(1), static_cast<int>(row.Int(2))});
      });
    }
    if (read) {
      read = conn.Query(kAttaches, {},
                        [&](const db::Row& row) { attaches[row.String(0)].push_back(row.Int(1)); });
    }
    if (!read) return tl::unexpected(read.error());
    if (companies.empty() || types.empty()) {
      return Fail(ErrorCode::kConflict,
                  {"the database has no domestic companies: load or generate a catalogue first",
                   "в базе нет отечественных компаний: сначала загрузите или создайте каталог"});
    }
    if (countries.empty()) countries.push_back("VN");

    std::mt19937_64 random(options.seed);
    const auto pick = [&](size_t size) {
      return std::uniform_int_distribution<size_t>(0, size - 1)(random);
    };
    const auto chance = [&](double p) {
      return std::uniform_real_distribution<>(0, 1)(random) < p;
    };
    constexpr int64_t kTwoYears = 730LL * 24 * 3600;
    for (int64_t i = 1; i <= options.requests; ++i) {
      const std::string& country = countries[pick(countries.size())];
      const Type& type = types[pick(types.size())];
      const std::string subject = fmt::format("{} ({})", kSubjects[pick(std::size(kSubjects))], i);
      const int64_t age = std::uniform_int_distribution<int64_t>(0, kTwoYears)(random);
      const TimePoint created = now - std::chrono::seconds(age);
      const TimePoint due = created + std::chrono::days(type.sla_days);
      std::optional<int64_t> assignee;
      if (auto found = attaches.find(country); found != attaches.end()) {
        assignee = found->second[pick(found->second.size())];
      }
      // Older requests are mostly closed; resolved ones took from a day to six weeks.
      const bool closed = chance(age > 60LL * 24 * 3600 ? 0.9 : 0.3);
      std::string status = "in_progress";
      std::string reason;
      TimePoint changed = created + std::chrono::hours(24);
      std::optional<std::string> closed_at;
      std::optional<int64_t> took;
      if (closed) {
        const int64_t seconds = std::uniform_int_distribution<int64_t>(86400, 42LL * 86400)(random);
        changed = std::min(now, created + std::chrono::seconds(seconds));
        closed_at = FormatTimestamp(changed);
        const double outcome = std::uniform_real_distribution<>(0, 1)(random);
        status = outcome < 0.8 ? "resolved" : outcome < 0.92 ? "declined" : "cancelled";
        if (status == "resolved") {
          took = std::chrono::duration_cast<std::chrono::seconds>(changed - created).count();
          reason = "Introduced to partners";
        } else {
          reason = status == "declined" ? "Outside the service's scope" : "Withdrawn";
        }
      } else {
        const std::string_view open[] = {"new", "triaged", "in_progress", "waiting_on_company"};
        status = std::string(open[pick(std::size(open))]);
        changed = std::min(now, created + std::chrono::hours(static_cast<int64_t>(pick(240))));
      }
      const std::string created_text = FormatTimestamp(created);
      const std::string due_text = FormatTimestamp(due);
      const std::string changed_text = FormatTimestamp(changed);
      const std::string search = text::Fold(subject);
      auto inserted = conn.Execute(
          kInsert,
          {companies[pick(companies.size())], std::string_view(country),
           std::string_view(type.code), std::string_view(type.group), std::string_view(subject),
           std::string_view(""), std::string_view(status), int64_t{closed ? 0 : 1},
           std::string_view(reason), db::Nullable(assignee), std::string_view(due_text),
           std::string_view(changed_text), db::Nullable(closed_at), db::Nullable(took),
           std::string_view(search), std::string_view(created_text)});
      if (!inserted) return tl::unexpected(inserted.error());
      if (i % 50000 == 0)
        std::cout << fmt::format("attache: requests {}/{}\n", i, options.requests);
    }
    // The queue's word index, for the requests written above by SQL.
    if (auto words = requests::RebuildTerms(conn); !words) return tl::unexpected(words.error());
    if (auto deals = GenerateDeals(conn, options, now); !deals) {
      return tl::unexpected(deals.error());
    }
    if (auto activities = GenerateActivities(conn, options, now); !activities) {
      return tl::unexpected(activities.error());
    }
    auto recorded = audit::Record(conn, actor, now,
                                  {"casework",
                                   "generated",
                                   "generate",
                                   {{"requests", {{"from", nullptr}, {"to", options.requests}}},
                                    {"deals", {{"from", nullptr}, {"to", options.deals}}},
                                    {"activities", {{"from", nullptr}, {"to", options.activities}}},
                                    {"seed", {{"from", nullptr}, {"to", options.seed}}}}});
    if (!recorded) return tl::unexpected(recorded.error());
    return options.requests;
  });
}

int GenerateCaseworkCommand(const Settings& settings, const CaseworkOptions& options) {
  auto app = OpenApp(settings);
  if (!app) return Failed(app.error());
  const auto started = std::chrono::steady_clock::now();
  auto written = GenerateCasework((*app)->database(), options, SystemClock());
  if (!written) return Failed(written.error());
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
  std::cout << fmt::format(
      "generated {} requests, {} deals and {} activities with seed {} in {:.1f} s\n", *written,
      options.deals, options.activities, options.seed, took.count());
  return 0;
}

}  // namespace attache::app
