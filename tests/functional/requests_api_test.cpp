// Support requests on the real binary, on SQLite and on PostgreSQL: filing as a company, handling
// through the lifecycle as the country's attaché, the thread, scoping, the catalogue and its due
// dates, and concurrent moves of one request.
#include <gtest/gtest.h>

#include <atomic>
#include <map>
#include <set>
#include <thread>

#include "core/time.hpp"
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

class RequestsApi : public ApiTest {
 protected:
  HttpReply File(const nlohmann::json& body) const {
    return server_->SendJson("POST", "/api/v1/requests", body);
  }
  nlohmann::json FileOk(const nlohmann::json& body) const {
    const auto reply = File(body);
    EXPECT_EQ(reply.status, 201) << reply.body;
    return reply.json();
  }
  HttpReply Move(const nlohmann::json& request, const std::string& to,
                 const std::string& reason = "") const {
    nlohmann::json body = {{"to", to}};
    if (!reason.empty()) body["reason"] = reason;
    return server_->SendJson("POST", Path(request) + "/transition", body,
                             {IfMatch(request["version"].get<int64_t>())});
  }
  nlohmann::json MoveOk(const nlohmann::json& request, const std::string& to,
                        const std::string& reason = "") const {
    const auto reply = Move(request, to, reason);
    EXPECT_EQ(reply.status, 200) << to << ": " << reply.body;
    return reply.json();
  }
  static std::string Path(const nlohmann::json& request) {
    return "/api/v1/requests/" + request["id"].dump();
  }
  int64_t UserId() const { return server_->Get("/api/v1/me").json()["user"]["id"]; }
  void SetDueAt(int64_t id, const std::string& due_at) {
    Set(id, "UPDATE support_requests SET due_at = $1 WHERE id = $2", due_at);
  }
  // Runs `sql` with `value` as $1 and the request's id as $2, as time passing would change the
  // request; then a comment through the API, so that the server's cached answers (kept until
  // the next write, or a minute) see the change at once.
  // `notice`: the request to comment on, when not this one (an archived one takes none).
  void Set(int64_t id, const std::string& sql, const std::string& value, int64_t notice = 0) {
    auto db = OpenDatabase(database(), false);
    auto written = db->Write([&](db::Connection& conn) -> Status {
      auto changed = conn.Execute(sql, {std::string_view(value), id});
      if (!changed) return tl::unexpected(changed.error());
      return {};
    });
    ASSERT_TRUE(written);
    const auto noticed = server_->SendJson(
        "POST", "/api/v1/requests/" + std::to_string(notice == 0 ? id : notice) + "/comments",
        {{"body", "(test)"}});
    ASSERT_EQ(noticed.status, 201) << noticed.body;
  }
};

TEST_P(RequestsApi, ACompanyFilesAndTheAttacheHandlesItToResolution) {
  server_->SignInAs("attache");
  const int64_t attache = UserId();
  server_->SignInAs("company");
  const auto filed = FileOk({{"country", "vn"},
                             {"type", "consulting"},
                             {"subject", "  Partners for e-government in Hanoi "},
                             {"description", "We look for an integrator."},
                             {"desired_date", "2027-03-01"}});
  EXPECT_EQ(filed["organisation_id"], 1);
  EXPECT_EQ(filed["country"], "VN");
  EXPECT_EQ(filed["subject"], "Partners for e-government in Hanoi");
  EXPECT_EQ(filed["status"], "new");
  EXPECT_EQ(filed["parent_type"], "consulting");
  EXPECT_EQ(filed["assignee"]["id"], attache);  // the country's attaché, suggested
  EXPECT_EQ(filed["allowed_transitions"], nlohmann::json({"cancelled"}));
  EXPECT_EQ(filed["editable"], true);
  EXPECT_EQ(filed["overdue"], false);
  // Consulting is due in 10 days.
  const auto created = ParseTimestamp(filed["created_at"].get<std::string>());
  ASSERT_TRUE(created);
  EXPECT_EQ(filed["due_at"], FormatTimestamp(*created + std::chrono::days(10)));

  const auto mine = server_->Get("/api/v1/requests").json();
  EXPECT_EQ(mine["total"], 1);
  // The company may not triage its own request.
  EXPECT_EQ(Move(filed, "triaged").status, 422);

  server_->SignInAs("attache");
  const auto queue = server_->Get("/api/v1/requests?assignee=me&status=open&sort=due_at").json();
  ASSERT_EQ(queue["total"], 1) << queue.dump();
  nlohmann::json request = queue["items"][0];
  EXPECT_EQ(request["allowed_transitions"], nlohmann::json({"triaged", "declined", "cancelled"}));
  request = MoveOk(request, "triaged");
  request = MoveOk(request, "in_progress");
  const auto asked = server_->SendJson("POST", Path(request) + "/comments",
                                       {{"body", "Which provinces are of interest?"}});
  ASSERT_EQ(asked.status, 201) << asked.body;
  EXPECT_EQ(asked.json()["author"]["id"], attache);
  ASSERT_EQ(server_
                ->SendJson("POST", Path(request) + "/comments",
                           {{"body", "Call the ministry first."}, {"internal", true}})
                .status,
            201);
  request = MoveOk(request, "waiting_on_company");
  EXPECT_EQ(request["status"], "waiting_on_company");

  server_->SignInAs("company");
  const auto answer =
      server_->SendJson("POST", Path(request) + "/comments", {{"body", "Hanoi and Da Nang."}});
  ASSERT_EQ(answer.status, 201) << answer.body;
  const auto thread = server_->Get(Path(request) + "/comments").json()["items"];
  ASSERT_EQ(thread.size(), 2u) << thread.dump();  // the internal note is not shown
  EXPECT_EQ(thread[0]["body"], "Which provinces are of interest?");
  EXPECT_EQ(thread[1]["body"], "Hanoi and Da Nang.");
  EXPECT_EQ(
      server_->SendJson("POST", Path(request) + "/comments", {{"body", "note"}, {"internal", true}})
          .status,
      422);
  // The answer put the ball back with the service.
  const auto after_answer = server_->Get(Path(request)).json();
  EXPECT_EQ(after_answer["status"], "in_progress");
  EXPECT_EQ(after_answer["comment_count"], 3);
  EXPECT_EQ(after_answer["editable"], false);

  server_->SignInAs("attache");
  EXPECT_EQ(server_->Get(Path(request) + "/comments").json()["items"].size(), 3u);
  request = MoveOk(after_answer, "resolved", "Introduced to two integrators.");
  EXPECT_EQ(request["status"], "resolved");
  EXPECT_EQ(request["reason"], "Introduced to two integrators.");
  EXPECT_FALSE(request["closed_at"].is_null());
  EXPECT_EQ(request["allowed_transitions"], nlohmann::json::array());

  server_->SignInAs("company");
  const auto seen = server_->Get(Path(request)).json();
  EXPECT_EQ(seen["status"], "resolved");
  EXPECT_EQ(seen["editable"], false);

  server_->SignInAs("analyst");
  const auto history = server_->Get("/api/v1/audit?entity=request&id=" + request["id"].dump());
  ASSERT_EQ(history.status, 200) << history.body;
  EXPECT_GE(history.json()["total"].get<int>(), 9);  // create, 5 moves, 3 comments (+ 1 move)
}

TEST_P(RequestsApi, TheLifecycleRefusesWhatItDoesNotAllowAndChangesNothing) {
  const auto request = FileOk({{"organisation_id", 1},
                               {"country", "VN"},
                               {"type", "legal"},
                               {"subject", "Contract review"}});
  const DbSnapshot before = TakeSnapshot(database());
  const auto skip = Move(request, "resolved");
  ASSERT_EQ(skip.status, 422) << skip.body;
  EXPECT_EQ(Pointers(skip), std::set<std::string>{"/to"});
  EXPECT_NE(skip.body.find("triaged, declined, cancelled"), std::string::npos) << skip.body;
  const auto no_reason = Move(request, "declined");
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_EQ(Pointers(no_reason), std::set<std::string>{"/reason"});
  EXPECT_EQ(server_->SendJson("POST", Path(request) + "/transition", {{"to", "done"}}, {IfMatch(1)})
                .status,
            422);
  EXPECT_EQ(server_->SendJson("POST", Path(request) + "/transition", {{"to", "triaged"}}).status,
            428);
  EXPECT_EQ(
      server_->SendJson("POST", Path(request) + "/transition", {{"to", "triaged"}}, {IfMatch(7)})
          .status,
      409);
  EXPECT_EQ(server_
                ->SendJson("POST", "/api/v1/requests/999999/transition", {{"to", "triaged"}},
                           {IfMatch(1)})
                .status,
            404);
  EXPECT_EQ(TakeSnapshot(database()), before);
  EXPECT_EQ(server_->Get(Path(request)).json()["version"], 1);

  const auto declined = MoveOk(request, "declined", "Outside the service's scope");
  EXPECT_EQ(declined["status"], "declined");
  // A closed request neither moves nor changes.
  const auto reopen = Move(declined, "in_progress");
  EXPECT_EQ(reopen.status, 422);
  EXPECT_NE(reopen.body.find("closed"), std::string::npos);
  const auto edit = server_->SendJson("PATCH", Path(declined), {{"subject", "Another"}},
                                      {IfMatch(declined["version"].get<int64_t>())});
  EXPECT_EQ(edit.status, 409) << edit.body;
}

TEST_P(RequestsApi, FilingIsValidatedFieldByFieldAndWritesNothingWhenInvalid) {
  const DbSnapshot before = TakeSnapshot(database());
  struct Case {
    nlohmann::json body;
    std::set<std::string> pointers;
  };
  const std::vector<Case> cases = {
      {{{"organisation_id", 1}, {"country", "VN"}, {"type", "consulting"}}, {"/subject"}},
      {{{"organisation_id", 1}, {"country", "ZZ"}, {"type", "consulting"}, {"subject", "x"}},
       {"/country"}},
      {{{"organisation_id", 1}, {"country", "VN"}, {"type", "sales"}, {"subject", "x"}}, {"/type"}},
      {{{"organisation_id", 999999}, {"country", "VN"}, {"type", "legal"}, {"subject", "x"}},
       {"/organisation_id"}},
      {{{"country", "VN"}, {"type", "legal"}, {"subject", "x"}}, {"/organisation_id"}},
      {{{"organisation_id", 1},
        {"country", "TR"},
        {"type", "legal"},
        {"subject", "x"},
        {"assignee_id", 1}},
       {"/assignee_id"}},  // the administrator is no attaché of Türkiye
      {{{"organisation_id", 1},
        {"country", "VN"},
        {"type", "legal"},
        {"subject", "x"},
        {"desired_date", "1999-01-01"}},
       {"/desired_date"}},
      {{{"organisation_id", 1},
        {"country", "VN"},
        {"type", "legal"},
        {"subject", std::string(201, 'a')}},
       {"/subject"}},
      {{{"organisation_id", 1}, {"country", "VN"}, {"type", "legal"}, {"subject", "x"}, {"x", 1}},
       {"/x"}},
  };
  for (const Case& c : cases) {
    const auto reply = File(c.body);
    EXPECT_EQ(reply.status, 422) << c.body.dump() << ": " << reply.body;
    EXPECT_EQ(Pointers(reply), c.pointers) << c.body.dump();
  }
  EXPECT_EQ(TakeSnapshot(database()), before);
  EXPECT_EQ(server_->Get("/api/v1/requests").json()["total"], 0);
}

TEST_P(RequestsApi, AttachesSeeTheirCountriesAndCompaniesTheirOwnRequests) {
  const auto turkey = FileOk({{"organisation_id", 1},
                              {"country", "TR"},
                              {"type", "organisational"},
                              {"subject", "Istanbul fair stand"}});
  EXPECT_TRUE(turkey["assignee"].is_null());  // no attaché in Türkiye
  const auto other_company = FileOk({{"organisation_id", 2},
                                     {"country", "VN"},
                                     {"type", "information"},
                                     {"subject", "Market size of ERP in Vietnam"}});

  server_->SignInAs("attache");
  EXPECT_EQ(server_->Get(Path(turkey)).status, 404);
  EXPECT_EQ(Move(turkey, "triaged").status, 404);
  EXPECT_EQ(server_->Get(Path(turkey) + "/comments").status, 404);
  const auto list = server_->Get("/api/v1/requests").json();
  ASSERT_EQ(list["total"], 1);
  EXPECT_EQ(list["items"][0]["id"], other_company["id"]);
  EXPECT_EQ(server_->Get("/api/v1/requests?country=TR").json()["total"], 0);
  // Filing for a country outside one's own is refused.
  EXPECT_EQ(
      File({{"organisation_id", 1}, {"country", "TR"}, {"type", "legal"}, {"subject", "x"}}).status,
      403);

  server_->SignInAs("company");
  const auto own = server_->Get("/api/v1/requests").json();
  ASSERT_EQ(own["total"], 1);
  EXPECT_EQ(own["items"][0]["id"], turkey["id"]);
  EXPECT_EQ(server_->Get(Path(other_company)).status, 404);
  EXPECT_EQ(
      File({{"organisation_id", 2}, {"country", "VN"}, {"type", "legal"}, {"subject", "x"}}).status,
      403);
  EXPECT_EQ(
      File({{"country", "VN"}, {"type", "legal"}, {"subject", "x"}, {"assignee_id", 3}}).status,
      422);
  // A company withdraws its request, with a reason.
  const auto cancelled = MoveOk(turkey, "cancelled", "The fair was postponed.");
  EXPECT_EQ(cancelled["status"], "cancelled");

  server_->SignInAs("viewer");
  EXPECT_EQ(server_->Get("/api/v1/requests").json()["total"], 2);
  EXPECT_EQ(
      File({{"organisation_id", 1}, {"country", "VN"}, {"type", "legal"}, {"subject", "x"}}).status,
      403);
}

TEST_P(RequestsApi, TheQueueFiltersSortsAndFlagsOverdueRequests) {
  const auto research = FileOk({{"organisation_id", 1},
                                {"country", "VN"},
                                {"type", "market_research"},
                                {"subject", "Рынок ERP во Вьетнаме"}});
  EXPECT_EQ(research["parent_type"], "information");
  EXPECT_EQ(research["type_name_en"], "Market research");
  const auto legal = FileOk({{"organisation_id", 2},
                             {"country", "VN"},
                             {"type", "legal"},
                             {"subject", "Contract review"},
                             {"assignee_id", nullptr}});
  const auto tender = FileOk({{"organisation_id", 1},
                              {"country", "TR"},
                              {"type", "tender_support"},
                              {"subject", "Tender of the Ministry of Transport"}});
  // Tender support is due in 7 days, sooner than the others.
  const auto by_due = server_->Get("/api/v1/requests?sort=due_at").json()["items"];
  ASSERT_EQ(by_due.size(), 3u);
  EXPECT_EQ(by_due[0]["id"], tender["id"]);

  const auto total = [&](const std::string& query) {
    const auto reply = server_->Get("/api/v1/requests?" + query);
    EXPECT_EQ(reply.status, 200) << query << ": " << reply.body;
    return reply.json().value("total", -1);
  };
  EXPECT_EQ(total("type=information"), 1);
  EXPECT_EQ(total("type=market_research"), 1);
  EXPECT_EQ(total("type=consulting"), 1);
  EXPECT_EQ(total("country=vn"), 2);
  EXPECT_EQ(total("country=VN,TR"), 3);
  EXPECT_EQ(total("q=%D0%B2%D1%8C%D0%B5%D1%82%D0%BD%D0%B0%D0%BC"), 1);  // вьетнам
  EXPECT_EQ(total("q=kaspersky"), 2);                                   // the company's name
  EXPECT_EQ(total("q=%23" + legal["id"].dump()), 1);
  // The word index: words that begin with each word typed, whatever their order.
  EXPECT_EQ(total("q=transp%20minis"), 1);
  EXPECT_EQ(total("q=ransport"), 0);  // the middle of a word is not its beginning
  EXPECT_EQ(total("q=-"), 0);         // no word at all
  const auto renamed = server_->SendJson("PATCH", "/api/v1/requests/" + tender["id"].dump(),
                                         {{"subject", "Tender of the Ministry of Health"}},
                                         {IfMatch(tender["version"].get<int64_t>())});
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(total("q=transport"), 0);
  EXPECT_EQ(total("q=health"), 1);
  EXPECT_EQ(total("organisation=2"), 1);
  EXPECT_EQ(total("assignee=none"), 1);  // Türkiye has no attaché
  EXPECT_EQ(total("status=open"), 3);
  EXPECT_EQ(total("status=new,triaged"), 3);
  EXPECT_EQ(total("overdue=true"), 0);

  SetDueAt(legal["id"].get<int64_t>(), "2020-01-01T00:00:00.000Z");
  EXPECT_EQ(total("overdue=true"), 1);
  EXPECT_EQ(server_->Get(Path(legal)).json()["overdue"], true);
  // A closed request is never overdue.
  MoveOk(server_->Get(Path(legal)).json(), "declined", "Duplicate of another request");
  EXPECT_EQ(total("overdue=true"), 0);
  EXPECT_EQ(server_->Get(Path(legal)).json()["overdue"], false);

  for (const std::string bad : {"status=done", "sort=subject", "country=VNM", "assignee=x",
                                "overdue=maybe", "colour=red"}) {
    EXPECT_EQ(server_->Get("/api/v1/requests?" + bad).status, 400) << bad;
  }
}

TEST_P(RequestsApi, TheCatalogueIsExtendedByAdministratorsAndSetsDueDates) {
  const auto catalogue = server_->Get("/api/v1/request-types").json()["items"];
  ASSERT_GE(catalogue.size(), 11u);
  EXPECT_EQ(catalogue[0]["code"], "consulting");
  EXPECT_EQ(catalogue[1]["parent"], "consulting");  // each type followed by its subtypes
  const nlohmann::json subtype = {{"code", "localisation_audit"},
                                  {"parent", "legal"},
                                  {"name_ru", "Аудит локализации"},
                                  {"name_en", "Localisation audit"},
                                  {"sla_days", 3}};
  EXPECT_EQ(server_->SendJson("POST", "/api/v1/request-types", subtype).status, 403);

  server_->SignInAs("admin");
  const auto created = server_->SendJson("POST", "/api/v1/request-types", subtype);
  ASSERT_EQ(created.status, 201) << created.body;
  EXPECT_EQ(created.json()["effective_sla_days"], 3);
  EXPECT_EQ(server_->SendJson("POST", "/api/v1/request-types", subtype).status, 422);
  const auto bad = server_->SendJson("POST", "/api/v1/request-types",
                                     {{"code", "X"}, {"parent", "sales"}, {"sla_days", 2}});
  EXPECT_EQ(Pointers(bad), (std::set<std::string>{"/code", "/parent", "/name_en"}));
  nlohmann::json no_days = subtype;
  no_days["code"] = "other";
  no_days["sla_days"] = 0;
  EXPECT_EQ(Pointers(server_->SendJson("POST", "/api/v1/request-types", no_days)),
            std::set<std::string>{"/sla_days"});

  // The types' days change what new requests are due in.
  const auto legal = server_->Get("/api/v1/request-types").json()["items"];
  int64_t legal_version = 0;
  for (const auto& type : legal) {
    if (type["code"] == "legal") legal_version = type["version"];
  }
  const auto patched = server_->SendJson("PATCH", "/api/v1/request-types/legal", {{"sla_days", 5}},
                                         {IfMatch(legal_version)});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(server_
                ->SendJson("PATCH", "/api/v1/request-types/legal", {{"archived", true}},
                           {IfMatch(patched.json()["version"].get<int64_t>())})
                .status,
            422);
  EXPECT_EQ(server_
                ->SendJson("PATCH", "/api/v1/request-types/legal", {{"sla_days", 6}},
                           {IfMatch(legal_version)})
                .status,
            409);
  const auto dispute = FileOk(
      {{"organisation_id", 1}, {"country", "VN"}, {"type", "dispute"}, {"subject", "Unpaid"}});
  const auto filed_at = ParseTimestamp(dispute["created_at"].get<std::string>());
  EXPECT_EQ(dispute["due_at"], FormatTimestamp(*filed_at + std::chrono::days(5)));

  // An archived subtype is no longer offered nor accepted.
  const auto archived = server_->SendJson("PATCH", "/api/v1/request-types/localisation_audit",
                                          {{"archived", true}}, {IfMatch(1)});
  ASSERT_EQ(archived.status, 200) << archived.body;
  const auto live = server_->Get("/api/v1/request-types").json()["items"];
  for (const auto& type : live) EXPECT_NE(type["code"], "localisation_audit");
  EXPECT_EQ(server_->Get("/api/v1/request-types?archived=true").json()["items"].size(),
            live.size() + 1);
  const auto refused = File({{"organisation_id", 1},
                             {"country", "VN"},
                             {"type", "localisation_audit"},
                             {"subject", "x"}});
  EXPECT_EQ(Pointers(refused), std::set<std::string>{"/type"});
}

TEST_P(RequestsApi, TwoUsersMovingOneRequestAtOnceGetOneSuccessAndConflicts) {
  const auto request = FileOk({{"organisation_id", 1},
                               {"country", "VN"},
                               {"type", "consulting"},
                               {"subject", "Concurrent"}});
  constexpr int kMovers = 8;
  std::atomic<int> ok = 0;
  std::atomic<int> conflict = 0;
  std::atomic<int> other = 0;
  std::vector<std::thread> movers;
  for (int i = 0; i < kMovers; ++i) {
    movers.emplace_back([&, i] {
      const auto reply = Move(request, i % 2 == 0 ? "triaged" : "declined", "race");
      if (reply.status == 200) {
        ++ok;
      } else if (reply.status == 409) {
        ++conflict;
      } else {
        ++other;
      }
    });
  }
  for (std::thread& mover : movers) mover.join();
  EXPECT_EQ(ok, 1);
  EXPECT_EQ(conflict, kMovers - 1);
  EXPECT_EQ(other, 0);
  EXPECT_EQ(server_->Get(Path(request)).json()["version"], 2);
}

TEST_P(RequestsApi, AssigneesAreTheCountrysAttachesFirst) {
  server_->SignInAs("attache");
  const int64_t attache = UserId();
  server_->SignInAs("analyst");
  const auto vietnam = server_->Get("/api/v1/requests/assignees?country=vn").json();
  EXPECT_EQ(vietnam["suggested"], attache);
  ASSERT_GE(vietnam["items"].size(), 2u);
  EXPECT_EQ(vietnam["items"][0]["role"], "attache");
  EXPECT_EQ(vietnam["items"][1]["role"], "analyst");
  const auto turkey = server_->Get("/api/v1/requests/assignees?country=TR").json();
  EXPECT_TRUE(turkey["suggested"].is_null());
  EXPECT_EQ(server_->Get("/api/v1/requests/assignees").status, 400);
  // An analyst may be assigned anywhere.
  const int64_t analyst = UserId();
  const auto filed = FileOk({{"organisation_id", 1},
                             {"country", "TR"},
                             {"type", "legal"},
                             {"subject", "HQ handles it"},
                             {"assignee_id", analyst}});
  EXPECT_EQ(filed["assignee"]["id"], analyst);
  const auto reassigned =
      server_->SendJson("PATCH", Path(filed), {{"assignee_id", nullptr}}, {IfMatch(1)});
  ASSERT_EQ(reassigned.status, 200) << reassigned.body;
  EXPECT_TRUE(reassigned.json()["assignee"].is_null());
  const auto to_vietnam = server_->SendJson(
      "PATCH", Path(filed), {{"country", "VN"}, {"assignee_id", attache}}, {IfMatch(2)});
  ASSERT_EQ(to_vietnam.status, 200) << to_vietnam.body;
  EXPECT_EQ(to_vietnam.json()["assignee"]["id"], attache);
  const auto not_eligible =
      server_->SendJson("PATCH", Path(filed), {{"country", "TR"}}, {IfMatch(3)});
  EXPECT_EQ(Pointers(not_eligible), std::set<std::string>{"/assignee_id"});
}

TEST_P(RequestsApi, FilesAreKeptAsWhatTheirBytesAreWithinLimits) {
  server_->SignInAs("company");
  const auto request = FileOk({{"country", "VN"}, {"type", "legal"}, {"subject", "Certificate"}});
  const std::string files = Path(request) + "/attachments";
  const std::string pdf = std::string("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n") + std::string(5000, 'x');
  const auto uploaded = server_->Request(
      "POST", files + "?name=%D0%A1%D0%B5%D1%80%D1%82%D0%B8%D1%84%D0%B8%D0%BA%D0%B0%D1%82.pdf", pdf,
      {"Content-Type: application/octet-stream"});
  ASSERT_EQ(uploaded.status, 201) << uploaded.body;
  const auto attachment = uploaded.json();
  EXPECT_EQ(attachment["name"], "Сертификат.pdf");
  EXPECT_EQ(attachment["media_type"], "application/pdf");
  EXPECT_EQ(attachment["size"], pdf.size());
  EXPECT_EQ(attachment["sha256"].get<std::string>().size(), 64u);

  const auto download = server_->Get(files + "/" + attachment["id"].dump());
  ASSERT_EQ(download.status, 200);
  EXPECT_EQ(download.body, pdf);
  EXPECT_EQ(download.header("content-type"), "application/pdf");
  EXPECT_NE(download.header("content-disposition").find("filename*=UTF-8''%D0%A1"),
            std::string::npos);
  EXPECT_EQ(download.header("x-content-type-options"), "nosniff");

  const DbSnapshot before = TakeSnapshot(database());
  // The bytes decide: a script called .pdf, a PNG called .pdf, nothing at all.
  EXPECT_EQ(server_->Request("POST", files + "?name=offer.pdf", "<script>alert(1)</script>").status,
            415);
  const std::string png = std::string("\x89PNG\r\n\x1A\n", 8) + std::string(100, '\0');
  const auto renamed = server_->Request("POST", files + "?name=offer.pdf", png);
  EXPECT_EQ(renamed.status, 415);
  EXPECT_NE(renamed.body.find("image/png"), std::string::npos) << renamed.body;
  EXPECT_EQ(server_->Request("POST", files + "?name=empty.txt", "").status, 400);
  // Over 10 MiB: refused before the handler runs.
  const std::string huge = "%PDF-" + std::string(10 * 1024 * 1024, 'x');
  EXPECT_EQ(server_->Request("POST", files + "?name=huge.pdf", huge).status, 413);
  EXPECT_EQ(TakeSnapshot(database()), before);

  // A PNG without an extension gets one; the list shows both files.
  const auto photo = server_->Request("POST", files + "?name=stand", png);
  ASSERT_EQ(photo.status, 201) << photo.body;
  EXPECT_EQ(photo.json()["name"], "stand.png");
  EXPECT_EQ(server_->Get(files).json()["items"].size(), 2u);

  // Others' files: the attaché of Vietnam may read and remove them; a company only its own.
  server_->SignInAs("attache");
  EXPECT_EQ(server_->Get(files + "/" + attachment["id"].dump()).status, 200);
  const auto note =
      server_->Request("POST", files + "?name=note.txt", "Checked with the ministry.");
  ASSERT_EQ(note.status, 201) << note.body;
  server_->SignInAs("company");
  const auto not_own =
      server_->Request("DELETE", files + "/" + note.json()["id"].dump(), "", {IfMatch(1)});
  EXPECT_EQ(not_own.status, 403);
  EXPECT_NE(not_own.body.find("whoever uploaded"), std::string::npos) << not_own.body;
  EXPECT_EQ(server_->Request("DELETE", files + "/" + photo.json()["id"].dump()).status, 428);
  EXPECT_EQ(
      server_->Request("DELETE", files + "/" + photo.json()["id"].dump(), "", {IfMatch(2)}).status,
      409);
  EXPECT_EQ(
      server_->Request("DELETE", files + "/" + photo.json()["id"].dump(), "", {IfMatch(1)}).status,
      204);
  EXPECT_EQ(server_->Get(files + "/" + photo.json()["id"].dump()).status, 404);
  EXPECT_EQ(server_->Get(files).json()["items"].size(), 2u);

  // Outside one's scope there is nothing to see.
  server_->SignInAs("analyst");
  const auto turkey = FileOk(
      {{"organisation_id", 2}, {"country", "TR"}, {"type", "legal"}, {"subject", "Elsewhere"}});
  server_->SignInAs("attache");
  EXPECT_EQ(server_->Get(Path(turkey) + "/attachments").status, 404);
  EXPECT_EQ(server_->Request("POST", Path(turkey) + "/attachments?name=a.txt", "text").status, 404);
}

TEST_P(RequestsApi, TheQueueExportsItsFilteredView) {
  FileOk({{"organisation_id", 1},
          {"country", "VN"},
          {"type", "market_research"},
          {"subject", "ERP market, Vietnam"}});
  FileOk({{"organisation_id", 1},
          {"country", "TR"},
          {"type", "legal"},
          {"subject", "Turkish certification"}});
  const auto file = server_->Get("/api/v1/requests/export?format=csv&lang=en&country=VN");
  ASSERT_EQ(file.status, 200) << file.body;
  EXPECT_NE(file.header("content-disposition").find("requests-"), std::string::npos);
  EXPECT_NE(file.body.find("Number,Subject,Company,Country,Kind of support,Status"),
            std::string::npos)
      << file.body;
  EXPECT_NE(file.body.find("\"ERP market, Vietnam\",Kaspersky Lab,VN,Market research,new"),
            std::string::npos)
      << file.body;
  EXPECT_EQ(file.body.find("Turkish certification"), std::string::npos);
  const auto russian = server_->Get("/api/v1/requests/export?format=xlsx&lang=ru");
  EXPECT_EQ(russian.status, 200);
  EXPECT_EQ(server_->Get("/api/v1/requests/export?status=done").status, 400);
  // The company user's file holds its own requests only.
  server_->SignInAs("attache");
  const auto scoped = server_->Get("/api/v1/requests/export?format=csv&lang=en");
  EXPECT_EQ(scoped.body.find("Turkish certification"), std::string::npos);
  EXPECT_NE(scoped.body.find("ERP market"), std::string::npos);
}

TEST_P(RequestsApi, TheReportCountsOutcomesComplianceAndMediansByCountryTypeAndAssignee) {
  const auto file = [&](int64_t organisation, const std::string& country, const std::string& type) {
    return FileOk({{"organisation_id", organisation},
                   {"country", country},
                   {"type", type},
                   {"subject", "Report " + country + " " + type}});
  };
  std::vector<nlohmann::json> consulting;
  for (int i = 0; i < 3; ++i) consulting.push_back(file(1, "VN", "tender_support"));
  const auto legal_vn = file(2, "VN", "legal");
  const auto legal_tr = file(1, "TR", "legal");
  // Three resolved, in 100 s, 300 s and 1000 s, the last one after its due date.
  const int64_t seconds[] = {1000, 100, 300};
  for (size_t i = 0; i < consulting.size(); ++i) {
    auto request = MoveOk(consulting[i], "triaged");
    request = MoveOk(request, "in_progress");
    MoveOk(request, "resolved", "Done");
    const int64_t id = consulting[i]["id"];
    Set(id, "UPDATE support_requests SET resolution_seconds = CAST($1 AS BIGINT) WHERE id = $2",
        std::to_string(seconds[i]));
  }
  Set(consulting[0]["id"], "UPDATE support_requests SET closed_at = $1 WHERE id = $2",
      "2099-01-01T00:00:00.000Z");
  MoveOk(legal_vn, "declined", "Not our field");
  SetDueAt(legal_tr["id"], "2020-01-01T00:00:00.000Z");

  const auto report = [&](const std::string& query) {
    const auto reply = server_->Get("/api/v1/reports/requests?" + query);
    EXPECT_EQ(reply.status, 200) << query << ": " << reply.body;
    return reply.json();
  };
  const auto total = report("")["total"];
  EXPECT_EQ(total["filed"], 5);
  EXPECT_EQ(total["open"], 1);
  EXPECT_EQ(total["overdue"], 1);
  EXPECT_EQ(total["resolved"], 3);
  EXPECT_EQ(total["declined"], 1);
  EXPECT_EQ(total["cancelled"], 0);
  EXPECT_EQ(total["resolved_on_time"], 2);
  EXPECT_NEAR(total["sla_compliance"].get<double>(), 2.0 / 3.0, 1e-9);
  EXPECT_EQ(total["median_resolution_seconds"], 300);

  const auto by_country_type = report("group=country,type")["rows"];
  std::map<std::string, nlohmann::json> rows;
  for (const auto& row : by_country_type) {
    rows[row["country"].get<std::string>() + "/" + row["type"].get<std::string>()] = row;
  }
  ASSERT_EQ(rows.size(), 3u) << by_country_type.dump();
  EXPECT_EQ(report("group=country,type")["total"], total);  // the same total, grouped or not
  EXPECT_EQ(rows["VN/consulting"]["filed"], 3);             // tender support is consulting
  EXPECT_EQ(rows["VN/consulting"]["median_resolution_seconds"], 300);
  EXPECT_EQ(rows["VN/legal"]["declined"], 1);
  EXPECT_TRUE(rows["VN/legal"]["median_resolution_seconds"].is_null());
  EXPECT_TRUE(rows["VN/legal"]["sla_compliance"].is_null());
  EXPECT_EQ(rows["TR/legal"]["overdue"], 1);

  // The same report as a file: kinds of support by name, compliance in percent, hours.
  const auto spreadsheet =
      server_->Get("/api/v1/reports/requests/export?format=csv&lang=en&group=country,type");
  ASSERT_EQ(spreadsheet.status, 200) << spreadsheet.body;
  EXPECT_NE(spreadsheet.header("content-disposition").find("requests-report-"), std::string::npos);
  EXPECT_NE(spreadsheet.body.find("Country,Kind of support,Assignee,Filed,Open,Overdue,Resolved"),
            std::string::npos)
      << spreadsheet.body;
  EXPECT_NE(spreadsheet.body.find("VN,Consulting,,3,0,0,3,0,0,2,66.7,0.1"), std::string::npos)
      << spreadsheet.body;
  EXPECT_NE(spreadsheet.body.find("Total,,,5,1,1,3,1,0,2,66.7,0.1"), std::string::npos)
      << spreadsheet.body;
  const auto russian = server_->Get("/api/v1/reports/requests/export?format=csv&lang=ru");
  EXPECT_NE(russian.body.find("Итого;;;5;1;1;3;1;0;2;66,7;0,1"), std::string::npos) << russian.body;
  EXPECT_EQ(server_->Get("/api/v1/reports/requests/export?group=colour").status, 400);

  // Two resolved in Vietnam's consulting when one is left out: the median is their mean.
  EXPECT_EQ(report("type=consulting&group=country")["rows"][0]["filed"], 3);
  Set(consulting[0]["id"], "UPDATE support_requests SET archived_at = $1 WHERE id = $2",
      "2026-01-01T00:00:00.000Z", consulting[1]["id"]);
  EXPECT_EQ(report("country=VN")["total"]["median_resolution_seconds"], 200);

  server_->SignInAs("attache");
  const auto workload = report("group=assignee")["rows"];
  ASSERT_EQ(workload.size(), 1u) << workload.dump();  // Türkiye is not the attaché's
  EXPECT_EQ(workload[0]["assignee"]["display_name"], "Demo attaché in Vietnam");
  EXPECT_EQ(workload[0]["filed"], 3);
  server_->SignInAs("company");
  EXPECT_EQ(report("")["total"]["filed"], 3);  // organisation 1's live requests
  server_->SignInAs("analyst");
  const auto unassigned = report("group=assignee&country=TR")["rows"];
  ASSERT_EQ(unassigned.size(), 1u);
  EXPECT_TRUE(unassigned[0]["assignee"].is_null());

  EXPECT_EQ(report("from=2099-01-01")["total"]["filed"], 0);
  EXPECT_EQ(report("to=2020-01-01")["total"]["filed"], 0);
  const std::string today = ToDate(std::chrono::system_clock::now()).ToString();
  EXPECT_EQ(report("from=" + today + "&to=" + today)["total"]["filed"], 4);
  for (const std::string bad :
       {"group=colour", "from=2026-13-01", "from=2026-02-01&to=2026-01-01", "country=VNM"}) {
    EXPECT_EQ(server_->Get("/api/v1/reports/requests?" + bad).status, 400) << bad;
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, RequestsApi, kBackends, BackendName);

}  // namespace
}  // namespace attache::testing
