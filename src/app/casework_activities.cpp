// The activities of `attache demo casework`: meetings, calls, visits, e-mails and events of the
// attachés and analysts over the last two years, each in the country it concerns (one in ten in
// two), a third about a deal and a fifth about a support request of that country, with the
// author as participant; one in twenty has a follow-up task, done unless it is recent.
#include <fmt/format.h>

#include <chrono>
#include <iostream>
#include <map>
#include <random>

#include "app/casework_generator.hpp"
#include "text/normalize.hpp"

namespace attache::app {
namespace {

constexpr std::string_view kPresence =
    "SELECT iso2 FROM countries WHERE presence_status IN ('active', 'planned') ORDER BY iso2";
constexpr std::string_view kStaff =
    "SELECT u.id, COALESCE(uc.country, '') FROM users u "
    "LEFT JOIN user_countries uc ON uc.user_id = u.id "
    "WHERE u.role IN ('attache', 'analyst') AND u.disabled_at IS NULL ORDER BY u.id";
constexpr std::string_view kDeals =
    "SELECT id, country FROM deals WHERE archived_at IS NULL ORDER BY id";
constexpr std::string_view kRequests =
    "SELECT id, country FROM support_requests WHERE archived_at IS NULL ORDER BY id";
constexpr std::string_view kInsertActivity = R"~(
INSERT INTO activities (kind, occurred_on, subject, notes, deal_id, request_id, search_text,
                        created_at, updated_at, created_by)
VALUES ($1, $2, $3, '', $4, $5, $6, $7, $7, $8)
RETURNING id)~";
constexpr std::string_view kInsertCountry =
    "INSERT INTO activity_countries (activity_id, country, occurred_on) VALUES ($1, $2, $3)";
constexpr std::string_view kInsertParticipant =
    "INSERT INTO activity_participants (activity_id, kind, ref_id) VALUES ($1, 'user', $2)";
constexpr std::string_view kInsertTask = R"~(
INSERT INTO tasks (activity_id, title, due_on, assignee_id, country, done_at, is_open, created_at,
                   updated_at, created_by)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $4))~";

constexpr std::string_view kKinds[] = {"meeting", "call", "visit", "email", "event"};
constexpr std::string_view kSubjects[] = {
    "Meeting at the ministry of digital economy",
    "Call with the buyer's procurement office",
    "Visit to the national data centre",
    "Follow-up e-mail on the commercial offer",
    "Stand at the national IT exhibition",
    "Working session with the integrator",
    "Round table on e-government",
    "Call with the company's export manager",
};

}  // namespace

Status GenerateActivities(db::Connection& conn, const CaseworkOptions& options, TimePoint now) {
  if (options.activities == 0) return {};
  std::mt19937_64 random(options.seed + 11);
  std::vector<std::string> countries;
  std::map<std::string, std::vector<int64_t>> staff;  // by country; "" for HQ analysts
  std::map<std::string, std::vector<int64_t>> deals;
  std::map<std::string, std::vector<int64_t>> requests;
  auto read =
      conn.Query(kPresence, {}, [&](const db::Row& row) { countries.push_back(row.String(0)); });
  if (read) {
    read = conn.Query(kStaff, {},
                      [&](const db::Row& row) { staff[row.String(1)].push_back(row.Int(0)); });
  }
  if (read) {
    read = conn.Query(kDeals, {},
                      [&](const db::Row& row) { deals[row.String(1)].push_back(row.Int(0)); });
  }
  if (read) {
    read = conn.Query(kRequests, {},
                      [&](const db::Row& row) { requests[row.String(1)].push_back(row.Int(0)); });
  }
  if (!read) return tl::unexpected(read.error());
  if (countries.empty()) countries.push_back("VN");

  const auto pick = [&](size_t size) {
    return std::uniform_int_distribution<size_t>(0, size - 1)(random);
  };
  const auto uniform = [&] { return std::uniform_real_distribution<>(0, 1)(random); };
  const auto one_of = [&](const std::map<std::string, std::vector<int64_t>>& by_country,
                          const std::string& country) -> std::optional<int64_t> {
    const auto found = by_country.find(country);
    if (found == by_country.end() || found->second.empty()) return std::nullopt;
    return found->second[pick(found->second.size())];
  };
  constexpr int64_t kDay = 24 * 3600;
  for (int64_t i = 1; i <= options.activities; ++i) {
    const std::string& country = countries[pick(countries.size())];
    const int64_t age = std::uniform_int_distribution<int64_t>(0, 730 * kDay)(random);
    const TimePoint at = now - std::chrono::seconds(age);
    const std::string occurred = ToDate(at).ToString();
    const std::string created = FormatTimestamp(at);
    std::optional<int64_t> author = one_of(staff, country);
    if (!author) author = one_of(staff, "");
    const double roll = uniform();
    std::optional<int64_t> deal;
    std::optional<int64_t> request;
    if (roll < 0.33) {
      deal = one_of(deals, country);
    } else if (roll < 0.53) {
      request = one_of(requests, country);
    }
    const std::string subject = std::string(kSubjects[pick(std::size(kSubjects))]);
    auto id = conn.QueryInt(
        kInsertActivity,
        {kKinds[pick(std::size(kKinds))], std::string_view(occurred), std::string_view(subject),
         db::Nullable(deal), db::Nullable(request), std::string_view(text::Fold(subject)),
         std::string_view(created), db::Nullable(author)});
    if (!id) return tl::unexpected(id.error());
    Status written =
        conn.Execute(kInsertCountry, {*id, std::string_view(country), std::string_view(occurred)})
            .map([](int64_t) {});
    if (written && uniform() < 0.1) {
      const std::string& other = countries[pick(countries.size())];
      if (other != country) {
        written =
            conn.Execute(kInsertCountry, {*id, std::string_view(other), std::string_view(occurred)})
                .map([](int64_t) {});
      }
    }
    if (written && author) {
      written = conn.Execute(kInsertParticipant, {*id, *author}).map([](int64_t) {});
    }
    if (written && author && uniform() < 0.05) {
      const Date due = ToDate(at + std::chrono::days(static_cast<int64_t>(pick(21)) + 1));
      const bool done = age > 30 * kDay;
      std::optional<std::string> done_at;
      if (done) done_at = FormatTimestamp(at + std::chrono::days(7));
      written = conn.Execute(kInsertTask, {*id, std::string_view("Send the follow-up materials"),
                                           std::string_view(due.ToString()), *author,
                                           std::string_view(country), db::Nullable(done_at),
                                           int64_t{done ? 0 : 1}, std::string_view(created)})
                    .map([](int64_t) {});
    }
    if (!written) return written;
    if (i % 100000 == 0) {
      std::cout << fmt::format("attache: activities {}/{}\n", i, options.activities);
    }
  }
  return {};
}

}  // namespace attache::app
