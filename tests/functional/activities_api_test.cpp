// Activities, follow-up tasks and notifications on the real binary, on SQLite and on PostgreSQL:
// recording a meeting about a deal, following it up, what each user is reminded of, scoping by
// country, and bad input.
#include <gtest/gtest.h>

#include <set>

#include "harness.hpp"

namespace attache::testing {
namespace {

std::string IfMatch(int64_t version) { return "If-Match: \"" + std::to_string(version) + "\""; }

std::set<std::string> Pointers(const HttpReply& reply) {
  std::set<std::string> pointers;
  for (const auto& error : reply.json().value("errors", nlohmann::json::array())) {
    pointers.insert(error.value("pointer", ""));
  }
  return pointers;
}

std::set<int64_t> Ids(const nlohmann::json& notices, const std::string& kind) {
  std::set<int64_t> ids;
  for (const auto& notice : notices) {
    if (notice["kind"] == kind) ids.insert(notice["id"].get<int64_t>());
  }
  return ids;
}

constexpr int64_t kVietnamTelecom = 23;

class ActivitiesApi : public ApiTest {
 protected:
  HttpReply Record(const nlohmann::json& body) const {
    return server_->SendJson("POST", "/api/v1/activities", body);
  }
  nlohmann::json RecordOk(const nlohmann::json& body) const {
    const auto reply = Record(body);
    EXPECT_EQ(reply.status, 201) << reply.body;
    return reply.json();
  }
  nlohmann::json TaskOk(const nlohmann::json& body) const {
    const auto reply = server_->SendJson("POST", "/api/v1/tasks", body);
    EXPECT_EQ(reply.status, 201) << reply.body;
    return reply.json();
  }
  int64_t Me() const { return server_->Get("/api/v1/me").json()["user"]["id"]; }
  int64_t NewDeal(const std::string& country) const {
    const auto deal = server_->SendJson("POST", "/api/v1/deals",
                                        {{"organisation_id", 1},
                                         {"country", country},
                                         {"category", "software"},
                                         {"title", "Deal"}});
    EXPECT_EQ(deal.status, 201) << deal.body;
    return deal.json().value("id", int64_t{0});
  }
};

TEST_P(ActivitiesApi, AMeetingAboutADealIsFollowedUpAndRemindedOf) {
  const int64_t deal = NewDeal("VN");
  server_->SignInAs("attache");
  const int64_t attache = Me();
  const auto meeting = RecordOk(
      {{"kind", "meeting"},
       {"occurred_on", UtcDate(-1)},
       {"subject", "  Meeting at the Ministry of Information "},
       {"notes", "They want a pilot in Da Nang."},
       {"countries", {"vn"}},
       {"participants",
        {{{"kind", "organisation"}, {"id", kVietnamTelecom}}, {{"kind", "user"}, {"id", attache}}}},
       {"deal_id", deal}});
  EXPECT_EQ(meeting["subject"], "Meeting at the Ministry of Information");
  EXPECT_EQ(meeting["countries"], nlohmann::json({"VN"}));
  ASSERT_EQ(meeting["participants"].size(), 2u);
  EXPECT_EQ(meeting["participants"][0]["kind"], "user");
  EXPECT_EQ(meeting["participants"][1]["name_en"], "Vietnam Telecom International");
  EXPECT_EQ(meeting["created_by"]["id"], attache);
  const std::string about = "/api/v1/activities?deal=" + std::to_string(deal);
  EXPECT_EQ(server_->Get(about).json()["total"], 1);
  EXPECT_EQ(server_->Get("/api/v1/activities?country=VN&q=da%20nang").json()["total"], 1);
  EXPECT_EQ(server_->Get("/api/v1/activities?kind=call").json()["total"], 0);
  EXPECT_EQ(server_->Get("/api/v1/activities?user=me").json()["total"], 1);
  EXPECT_EQ(server_->Get("/api/v1/activities?user=" + std::to_string(attache)).json()["total"], 1);
  EXPECT_EQ(server_->Get("/api/v1/activities?user=me&kind=call").json()["total"], 0);
  EXPECT_EQ(server_->Get("/api/v1/activities?contact=1").json()["total"], 0);
  EXPECT_EQ(server_->Get("/api/v1/activities?user=nobody").status, 400);

  const auto late = TaskOk({{"title", "Send the pilot's plan"},
                            {"due_on", UtcDate(-1)},
                            {"assignee_id", attache},
                            {"activity_id", meeting["id"]}});
  EXPECT_EQ(late["country"], "VN");
  EXPECT_EQ(late["activity_subject"], "Meeting at the Ministry of Information");
  const auto soon = TaskOk({{"title", "Call the ministry back"},
                            {"due_on", UtcDate(2)},
                            {"assignee_id", attache},
                            {"activity_id", meeting["id"]}});
  TaskOk({{"title", "Prepare the mission"}, {"due_on", UtcDate(30)}, {"assignee_id", attache}});
  EXPECT_EQ(server_->Get("/api/v1/activities/" + meeting["id"].dump()).json()["open_tasks"], 2);

  auto notices = server_->Get("/api/v1/notifications").json();
  EXPECT_EQ(Ids(notices["overdue"], "task"), std::set<int64_t>{late["id"].get<int64_t>()});
  EXPECT_EQ(Ids(notices["due_soon"], "task"), std::set<int64_t>{soon["id"].get<int64_t>()});
  EXPECT_EQ(Ids(notices["assigned"], "task").size(), 3u);

  const auto done = server_->SendJson("PATCH", "/api/v1/tasks/" + late["id"].dump(),
                                      {{"done", true}}, {IfMatch(late["version"])});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.json()["done"], true);
  EXPECT_FALSE(done.json()["done_at"].is_null());
  notices = server_->Get("/api/v1/notifications").json();
  EXPECT_TRUE(notices["overdue"].empty()) << notices.dump();
  EXPECT_EQ(server_->Get("/api/v1/tasks?assignee=me&status=open").json()["total"], 2);
  EXPECT_EQ(server_->Get("/api/v1/tasks?status=done").json()["total"], 1);
  // By country and by due date (the task without an activity has no country).
  EXPECT_EQ(server_->Get("/api/v1/tasks?country=VN").json()["total"], 2);
  EXPECT_EQ(server_->Get("/api/v1/tasks?country=TR").json()["total"], 0);
  const auto due_soon =
      server_->Get("/api/v1/tasks?due_from=" + UtcDate(0) + "&due_to=" + UtcDate(7)).json();
  ASSERT_EQ(due_soon["total"], 1) << due_soon.dump();
  EXPECT_EQ(due_soon["items"][0]["id"], soon["id"]);
  EXPECT_EQ(server_->Get("/api/v1/tasks?due_to=" + UtcDate(0)).json()["total"], 1);
  const auto one = server_->Get("/api/v1/tasks/" + soon["id"].dump());
  ASSERT_EQ(one.status, 200) << one.body;
  EXPECT_EQ(one.json()["title"], "Call the ministry back");
  EXPECT_EQ(one.header("etag"), "\"" + soon["version"].dump() + "\"");
  // Stale.
  EXPECT_EQ(server_
                ->SendJson("PATCH", "/api/v1/tasks/" + late["id"].dump(), {{"done", false}},
                           {IfMatch(late["version"])})
                .status,
            409);
}

TEST_P(ActivitiesApi, CompaniesAreRemindedOfRequestsWaitingOnThem) {
  server_->SignInAs("company");
  const auto filed = server_->SendJson(
      "POST", "/api/v1/requests",
      {{"country", "VN"}, {"type", "consulting"}, {"subject", "Partners in Hanoi"}});
  ASSERT_EQ(filed.status, 201) << filed.body;
  EXPECT_TRUE(server_->Get("/api/v1/notifications").json()["assigned"].empty());
  server_->SignInAs("attache");
  EXPECT_EQ(Ids(server_->Get("/api/v1/notifications").json()["assigned"], "request"),
            std::set<int64_t>{filed.json()["id"].get<int64_t>()});
  nlohmann::json request = filed.json();
  for (const char* to : {"triaged", "in_progress", "waiting_on_company"}) {
    const auto moved =
        server_->SendJson("POST", "/api/v1/requests/" + request["id"].dump() + "/transition",
                          {{"to", to}}, {IfMatch(request["version"])});
    ASSERT_EQ(moved.status, 200) << moved.body;
    request = moved.json();
  }
  server_->SignInAs("company");
  EXPECT_EQ(Ids(server_->Get("/api/v1/notifications").json()["assigned"], "request"),
            std::set<int64_t>{request["id"].get<int64_t>()});
  EXPECT_EQ(server_->Get("/api/v1/activities").status, 403);
}

TEST_P(ActivitiesApi, AttachesSeeTheActivitiesOfTheirCountries) {
  const auto turkey = RecordOk({{"kind", "event"},
                                {"occurred_on", UtcDate(-3)},
                                {"subject", "Istanbul IT week"},
                                {"countries", {"TR"}}});
  const auto both = RecordOk({{"kind", "call"},
                              {"occurred_on", UtcDate(-2)},
                              {"subject", "Regional call"},
                              {"countries", {"TR", "VN"}}});
  const int64_t analyst = Me();
  const auto task = TaskOk({{"title", "Turkish follow-up"},
                            {"due_on", UtcDate(5)},
                            {"assignee_id", analyst},
                            {"activity_id", turkey["id"]}});

  server_->SignInAs("attache");
  const auto listed = server_->Get("/api/v1/activities").json();
  ASSERT_EQ(listed["total"], 1) << listed.dump();
  EXPECT_EQ(listed["items"][0]["id"], both["id"]);
  EXPECT_EQ(server_->Get("/api/v1/activities/" + turkey["id"].dump()).status, 404);
  EXPECT_EQ(Record({{"kind", "call"},
                    {"occurred_on", UtcDate(0)},
                    {"subject", "Not mine"},
                    {"countries", {"TR"}}})
                .status,
            403);
  EXPECT_EQ(server_->Get("/api/v1/tasks").json()["total"], 0);
  EXPECT_EQ(server_->Get("/api/v1/tasks/" + task["id"].dump()).status, 404);
  EXPECT_EQ(server_
                ->SendJson("PATCH", "/api/v1/tasks/" + task["id"].dump(), {{"done", true}},
                           {IfMatch(task["version"])})
                .status,
            404);

  server_->SignInAs("viewer");
  EXPECT_EQ(server_->Get("/api/v1/activities").json()["total"], 2);
  EXPECT_EQ(server_->Get("/api/v1/tasks").json()["total"], 1);
  EXPECT_EQ(server_->Get("/api/v1/tasks/" + task["id"].dump()).status, 200);
}

TEST_P(ActivitiesApi, ACountrysTimelineIsNewestFirstAndPagesThroughItsDays) {
  std::vector<int64_t> vietnam;  // oldest first
  for (int day = -4; day <= -1; ++day) {
    vietnam.push_back(RecordOk(
        {{"kind", "meeting"},
         {"occurred_on", UtcDate(day)},
         {"subject", "Hanoi " + std::to_string(-day)},
         {"countries", day == -3 ? nlohmann::json{"VN", "TR"} : nlohmann::json{"VN"}}})["id"]);
  }
  RecordOk({{"kind", "call"},
            {"occurred_on", UtcDate(-1)},
            {"subject", "Ankara"},
            {"countries", {"TR"}}});
  const auto ids = [&](const std::string& query) {
    const auto reply = server_->Get("/api/v1/activities?" + query);
    EXPECT_EQ(reply.status, 200) << query << ": " << reply.body;
    const auto body = reply.json();
    std::vector<int64_t> found;
    for (const auto& item : body["items"]) found.push_back(item["id"]);
    return std::make_pair(body.value("total", -1), found);
  };
  // One country (its index alone), several (the general query): the same order and counts.
  EXPECT_EQ(ids("country=VN&limit=2"),
            std::make_pair(4, std::vector<int64_t>{vietnam[3], vietnam[2]}));
  const std::string next =
      server_->Get("/api/v1/activities?country=VN&limit=2").json()["next_cursor"];
  EXPECT_EQ(ids("country=VN&limit=2&cursor=" + next),
            std::make_pair(4, std::vector<int64_t>{vietnam[1], vietnam[0]}));
  EXPECT_EQ(ids("country=VN&from=" + UtcDate(-3) + "&to=" + UtcDate(-2)),
            std::make_pair(2, std::vector<int64_t>{vietnam[2], vietnam[1]}));
  EXPECT_EQ(ids("country=VN,TR").first, 5);
  EXPECT_EQ(ids("country=VN&kind=call").first, 0);
  // The attaché of Viet Nam: the same timeline with or without naming the country.
  server_->SignInAs("attache");
  EXPECT_EQ(ids("limit=3"), ids("country=VN&limit=3"));
  // Of Türkiye's, only the meeting that also concerned Viet Nam.
  EXPECT_EQ(ids("country=TR"), std::make_pair(1, std::vector<int64_t>{vietnam[1]}));
}

TEST_P(ActivitiesApi, BadInputGetsClearErrorsAndChangesNothing) {
  const int64_t turkish_deal = NewDeal("TR");
  const auto before = TakeSnapshot(database());
  EXPECT_EQ(
      Pointers(Record({{"kind", "lunch"},
                       {"occurred_on", "yesterday"},
                       {"countries", {"Vietnam"}},
                       {"colour", "red"}})),
      (std::set<std::string>{"/kind", "/occurred_on", "/subject", "/countries/0", "/colour"}));
  EXPECT_EQ(Pointers(Record({{"kind", "call"},
                             {"occurred_on", "2001-01-01"},
                             {"subject", "Long ago"},
                             {"countries", nlohmann::json::array()}})),
            (std::set<std::string>{"/countries", "/occurred_on"}));
  EXPECT_EQ(Pointers(Record({{"kind", "call"},
                             {"occurred_on", UtcDate(0)},
                             {"subject", "Wrong links"},
                             {"countries", {"VN", "QQ"}},
                             {"participants", {{{"kind", "contact"}, {"id", 999999}}}},
                             {"deal_id", turkish_deal}})),
            (std::set<std::string>{"/countries/0", "/participants/0", "/deal_id"}));
  EXPECT_EQ(server_->Get("/api/v1/activities?kind=lunch").status, 400);
  EXPECT_EQ(server_->Get("/api/v1/tasks?status=later").status, 400);
  EXPECT_EQ(server_->Get("/api/v1/tasks?due_from=2026-02-30").status, 400);
  EXPECT_EQ(server_->Get("/api/v1/tasks?country=Vietnam").status, 400);
  const auto backwards = server_->Get("/api/v1/tasks?due_from=2026-05-02&due_to=2026-05-01");
  EXPECT_EQ(backwards.status, 400);
  EXPECT_NE(backwards.body.find("due_to"), std::string::npos) << backwards.body;
  EXPECT_EQ(server_->Get("/api/v1/tasks/999999").status, 404);
  EXPECT_EQ(TakeSnapshot(database()).audit, before.audit);
  server_->SignInAs("company");
  const int64_t company_user = Me();
  server_->SignInAs("analyst");
  const auto refused =
      server_->SendJson("POST", "/api/v1/tasks",
                        {{"title", "x"}, {"due_on", UtcDate(1)}, {"assignee_id", company_user}});
  EXPECT_EQ(Pointers(refused), std::set<std::string>{"/assignee_id"});
  EXPECT_EQ(server_->Get("/api/v1/activities/999999").status, 404);
}

INSTANTIATE_TEST_SUITE_P(Backends, ActivitiesApi, kBackends, BackendName);

}  // namespace
}  // namespace attache::testing
