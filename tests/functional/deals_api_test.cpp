// Export deals on the real binary, on SQLite and on PostgreSQL: a deal from lead to a signed
// contract past its stage gates, the company's confirmation of the win, the contract's milestones
// to completion, scoping, concurrent moves, the board and the reports in roubles and dollars.
#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>

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

constexpr int64_t kKaspersky = 1;           // domestic; the demo company user's company
constexpr int64_t kRostelecom = 2;          // domestic
constexpr int64_t kVietnamTelecom = 23;     // foreign, in VN
constexpr int64_t kAntiMalware = 1;         // Kaspersky's solution
constexpr int64_t kIntelligentNetwork = 2;  // Rostelecom's

nlohmann::json Usd(int64_t dollars) { return {{"minor", dollars * 100}, {"currency", "USD"}}; }

class DealsApi : public ApiTest {
 protected:
  HttpReply Open(const nlohmann::json& body) const {
    return server_->SendJson("POST", "/api/v1/deals", body);
  }
  nlohmann::json OpenOk(const nlohmann::json& body) const {
    const auto reply = Open(body);
    EXPECT_EQ(reply.status, 201) << reply.body;
    return reply.json();
  }
  // A deal with every field the gates up to signed ask for.
  nlohmann::json Complete(const std::string& country = "VN", int64_t company = kKaspersky) const {
    return OpenOk({{"organisation_id", company},
                   {"country", country},
                   {"category", "software"},
                   {"title", "Endpoint protection for the " + country + " tax service"},
                   {"counterparty_id", kVietnamTelecom},
                   {"value", Usd(1'000'000)},
                   {"expected_close_date", UtcDate(60)},
                   {"contract_number", "C-" + country + "-1"},
                   {"contract_date", UtcDate(-3)},
                   {"solution_ids", company == kKaspersky ? nlohmann::json{kAntiMalware}
                                                          : nlohmann::json{kIntelligentNetwork}}});
  }
  HttpReply Move(const nlohmann::json& deal, const std::string& to,
                 const nlohmann::json& extra = nlohmann::json::object()) const {
    nlohmann::json body = extra;
    body["to"] = to;
    return server_->SendJson("POST", Path(deal) + "/transition", body,
                             {IfMatch(deal["version"].get<int64_t>())});
  }
  nlohmann::json MoveOk(const nlohmann::json& deal, const std::string& to,
                        const nlohmann::json& extra = nlohmann::json::object()) const {
    const auto reply = Move(deal, to, extra);
    EXPECT_EQ(reply.status, 200) << to << ": " << reply.body;
    return reply.json();
  }
  HttpReply Patch(const nlohmann::json& deal, const nlohmann::json& patch) const {
    return server_->SendJson("PATCH", Path(deal), patch, {IfMatch(deal["version"].get<int64_t>())});
  }
  static std::string Path(const nlohmann::json& deal) {
    return "/api/v1/deals/" + deal["id"].dump();
  }
  // Dollars at 90 roubles, euros at 100, from a week ago (as the analyst).
  void ImportRates() const {
    const auto imported = server_->Request(
        "POST", "/api/v1/fx/rates/import?source=test",
        "date,currency,rate\n" + UtcDate(-7) + ",USD,90.0000\n" + UtcDate(-7) + ",EUR,100.0000\n",
        {"Content-Type: text/csv"});
    ASSERT_EQ(imported.status, 200) << imported.body;
  }
  int64_t UserId() const { return server_->Get("/api/v1/me").json()["user"]["id"]; }
};

TEST_P(DealsApi, ADealPassesItsGatesToSignatureAndTheCompanyConfirmsTheWin) {
  ImportRates();
  server_->SignInAs("attache");
  const int64_t attache = UserId();
  nlohmann::json deal = OpenOk({{"organisation_id", kKaspersky},
                                {"country", "vn"},
                                {"category", "software"},
                                {"title", "  Endpoint protection for the tax service "},
                                {"solution_ids", {kAntiMalware, kAntiMalware}}});
  EXPECT_EQ(deal["stage"], "lead");
  EXPECT_EQ(deal["country"], "VN");
  EXPECT_EQ(deal["title"], "Endpoint protection for the tax service");
  EXPECT_EQ(deal["owner"]["id"], attache);  // the attaché who opened it
  EXPECT_EQ(deal["solution_ids"], nlohmann::json({kAntiMalware}));
  EXPECT_EQ(deal["solutions"][0]["name_en"], "Anti-malware protection");
  EXPECT_EQ(deal["probability"], 10);
  EXPECT_EQ(deal["won"], false);
  EXPECT_EQ(deal["can_confirm_win"], false);

  // The proposal needs the value, the counterparty and (from qualified) the close date.
  const auto early = Move(deal, "proposal");
  EXPECT_EQ(early.status, 422) << early.body;
  EXPECT_EQ(Pointers(early),
            (std::set<std::string>{"/expected_close_date", "/value", "/counterparty_id"}));
  auto patched = Patch(deal, {{"value", Usd(1'500'000)},
                              {"counterparty_id", kVietnamTelecom},
                              {"expected_close_date", UtcDate(90)}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  deal = MoveOk(patched.json(), "proposal");
  EXPECT_EQ(deal["probability"], 40);
  EXPECT_EQ(deal["counterparty"]["name_en"], "Vietnam Telecom International");
  // A deal at proposal keeps its value.
  EXPECT_EQ(Pointers(Patch(deal, {{"value", nullptr}})), std::set<std::string>{"/value"});

  const auto unsigned_ = Move(deal, "signed");
  EXPECT_EQ(Pointers(unsigned_), (std::set<std::string>{"/contract_number", "/contract_date"}));
  patched = Patch(deal, {{"contract_number", "VN-2026/14"}, {"contract_date", UtcDate(-3)}});
  ASSERT_EQ(patched.status, 200) << patched.body;
  deal = MoveOk(patched.json(), "signed");
  EXPECT_EQ(deal["won"], true);
  EXPECT_EQ(deal["allowed_transitions"], nlohmann::json({"in_implementation", "abandoned"}));
  EXPECT_EQ(deal["can_confirm_win"], false);  // the company confirms, not the attaché
  EXPECT_EQ(server_
                ->SendJson("POST", Path(deal) + "/win",
                           {{"value", Usd(1)}, {"helped", true}, {"how", "x"}},
                           {IfMatch(deal["version"])})
                .status,
            403);

  server_->SignInAs("company");
  const auto mine = server_->Get("/api/v1/deals").json();
  ASSERT_EQ(mine["total"], 1) << mine.dump();
  deal = mine["items"][0];
  EXPECT_EQ(deal["can_confirm_win"], true);
  EXPECT_EQ(deal["allowed_transitions"], nlohmann::json::array());
  EXPECT_EQ(Patch(deal, {{"title", "mine"}}).status, 403);
  EXPECT_EQ(Move(deal, "in_implementation").status, 403);
  const auto vague =
      server_->SendJson("POST", Path(deal) + "/win", {{"value", Usd(1'400'000)}, {"helped", true}},
                        {IfMatch(deal["version"])});
  EXPECT_EQ(Pointers(vague), std::set<std::string>{"/how"});
  const auto confirmed = server_->SendJson(
      "POST", Path(deal) + "/win",
      {{"value", Usd(1'400'000)}, {"helped", true}, {"how", "The attaché found the buyer."}},
      {IfMatch(deal["version"])});
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  EXPECT_EQ(confirmed.json()["win"]["value"], Usd(1'400'000));
  EXPECT_EQ(confirmed.json()["win"]["helped"], true);
  EXPECT_EQ(server_
                ->SendJson("POST", Path(deal) + "/win", {{"value", Usd(1)}, {"helped", false}},
                           {IfMatch(deal["version"])})
                .status,
            409);  // stale

  server_->SignInAs("analyst");
  const auto wins = server_->Get("/api/v1/reports/wins?group=country,category");
  ASSERT_EQ(wins.status, 200) << wins.body;
  const auto row = wins.json()["rows"][0];
  EXPECT_EQ(row["country"], "VN");
  EXPECT_EQ(row["category"], "software");
  EXPECT_EQ(row["confirmed"]["deals"], 1);
  EXPECT_EQ(row["confirmed"]["value"]["usd"], 1'400'000 * 100);
  EXPECT_EQ(row["confirmed"]["value"]["rub"], int64_t{1'400'000} * 90 * 100);
  EXPECT_EQ(row["unconfirmed"]["deals"], 0);
  EXPECT_EQ(row["helped"], 1);
  // By one dimension, the others neither shown nor splitting the row.
  const auto by_year = server_->Get("/api/v1/reports/wins?group=year").json()["rows"];
  ASSERT_EQ(by_year.size(), 1u) << by_year.dump();
  EXPECT_EQ(by_year[0]["year"], std::stoi(UtcDate(-3).substr(0, 4)));
  EXPECT_TRUE(by_year[0]["country"].is_null()) << by_year.dump();
  EXPECT_EQ(by_year[0]["confirmed"]["value"]["usd"], 1'400'000 * 100);
  const auto history = server_->Get(Path(deal) + "/history").json()["items"];
  ASSERT_EQ(history.size(), 3u) << history.dump();
  EXPECT_TRUE(history[0]["from"].is_null());
  EXPECT_EQ(history[2]["from"], "proposal");
  EXPECT_EQ(history[2]["to"], "signed");
}

TEST_P(DealsApi, MilestonesCarryTheContractFromSignatureToCompletion) {
  nlohmann::json deal = MoveOk(Complete(), "signed");
  const auto unplanned = Move(deal, "in_implementation");
  EXPECT_EQ(Pointers(unplanned), std::set<std::string>{"/milestones"});
  const std::string milestones = Path(deal) + "/milestones";
  const auto no_amount =
      server_->SendJson("POST", milestones, {{"kind", "payment"}, {"due_on", UtcDate(30)}});
  EXPECT_EQ(Pointers(no_amount), std::set<std::string>{"/amount"});
  const auto payment = server_->SendJson("POST", milestones,
                                         {{"kind", "payment"},
                                          {"title", "Advance"},
                                          {"due_on", UtcDate(30)},
                                          {"amount", Usd(300'000)}});
  ASSERT_EQ(payment.status, 201) << payment.body;
  // The plan changed the deal: the version the board holds is stale.
  EXPECT_EQ(Move(deal, "in_implementation").status, 409);
  deal = server_->Get(Path(deal)).json();
  deal = MoveOk(deal, "in_implementation");
  EXPECT_EQ(Pointers(Move(deal, "completed")), std::set<std::string>{"/milestones"});
  const auto paid =
      server_->SendJson("PATCH", milestones + "/" + payment.json()["id"].dump(),
                        {{"done_on", UtcDate(-1)}}, {IfMatch(payment.json()["version"])});
  ASSERT_EQ(paid.status, 200) << paid.body;
  EXPECT_EQ(paid.json()["done_on"], UtcDate(-1));
  EXPECT_EQ(server_->Get(milestones).json()["items"].size(), 1u);
  deal = server_->Get(Path(deal)).json();
  deal = MoveOk(deal, "completed");
  EXPECT_FALSE(deal["closed_at"].is_null());
  // Closed: nothing changes any more.
  EXPECT_EQ(
      server_->SendJson("POST", milestones, {{"kind", "delivery"}, {"due_on", UtcDate(3)}}).status,
      409);
  EXPECT_EQ(Patch(deal, {{"title", "x"}}).status, 409);
  EXPECT_EQ(Move(deal, "abandoned", {{"reason", "x"}}).status, 409);
}

TEST_P(DealsApi, LostNeedsTheReasonAndTheWinner) {
  const auto deal = Complete();
  EXPECT_EQ(Pointers(Move(deal, "lost")), (std::set<std::string>{"/reason", "/lost_to"}));
  EXPECT_EQ(Pointers(Move(deal, "completed")), std::set<std::string>{"/to"});
  const auto lost = MoveOk(
      deal, "lost", {{"reason", "Price: the buyer chose a local vendor"}, {"lost_to", "CMC"}});
  EXPECT_EQ(lost["lost_to"], "CMC");
  EXPECT_EQ(lost["allowed_transitions"], nlohmann::json::array());
  EXPECT_EQ(server_->Get("/api/v1/deals?stage=open").json()["total"], 0);
  EXPECT_EQ(server_->Get("/api/v1/deals?stage=lost").json()["total"], 1);
}

TEST_P(DealsApi, AttachesSeeTheirCountriesAndCompaniesTheirOwnDeals) {
  const auto vietnam = Complete("VN", kRostelecom);
  const auto turkey = Complete("TR", kKaspersky);

  server_->SignInAs("attache");
  const auto listed = server_->Get("/api/v1/deals").json();
  ASSERT_EQ(listed["total"], 1);
  EXPECT_EQ(listed["items"][0]["id"], vietnam["id"]);
  EXPECT_EQ(server_->Get(Path(turkey)).status, 404);
  EXPECT_EQ(Move(turkey, "qualified").status, 404);
  EXPECT_EQ(Open({{"organisation_id", kKaspersky},
                  {"country", "TR"},
                  {"category", "software"},
                  {"title", "Not mine"}})
                .status,
            403);
  const auto board = server_->Get("/api/v1/deals/board").json();
  int64_t on_board = 0;
  for (const auto& column : board["columns"]) on_board += column["deals"].get<int64_t>();
  EXPECT_EQ(on_board, 1);

  server_->SignInAs("company");
  const auto own = server_->Get("/api/v1/deals").json();
  ASSERT_EQ(own["total"], 1);
  EXPECT_EQ(own["items"][0]["id"], turkey["id"]);
  EXPECT_EQ(server_->Get(Path(vietnam)).status, 404);
  EXPECT_EQ(Open({{"organisation_id", kKaspersky},
                  {"country", "VN"},
                  {"category", "software"},
                  {"title", "Ours"}})
                .status,
            403);

  server_->SignInAs("viewer");
  EXPECT_EQ(server_->Get("/api/v1/deals").json()["total"], 2);
  EXPECT_EQ(Move(vietnam, "qualified").status, 403);
}

TEST_P(DealsApi, TwoUsersMovingOneDealAtOnceGetOneSuccessAndConflicts) {
  const auto deal = Complete();
  constexpr int kMovers = 8;
  std::atomic<int> ok = 0;
  std::atomic<int> conflict = 0;
  std::atomic<int> other = 0;
  std::vector<std::thread> movers;
  for (int i = 0; i < kMovers; ++i) {
    movers.emplace_back([&, i] {
      const auto reply = Move(deal, i % 2 == 0 ? "proposal" : "negotiation");
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
  const auto after = server_->Get(Path(deal)).json();
  EXPECT_EQ(after["version"], 2);
  EXPECT_EQ(server_->Get(Path(deal) + "/history").json()["items"].size(), 2u);
}

TEST_P(DealsApi, ThePipelineWeighsValuesByProbabilityAndNamesMissingRates) {
  ImportRates();
  MoveOk(Complete(), "proposal");  // $1,000,000 at 40%
  auto euro = Complete();
  euro = Patch(euro, {{"value", {{"minor", 50'000'000}, {"currency", "EUR"}}}}).json();
  MoveOk(euro, "negotiation");  // EUR 500,000 at 60%
  auto yen = Complete();
  yen = Patch(yen, {{"value", {{"minor", 1'000'000}, {"currency", "JPY"}}}}).json();
  OpenOk({{"organisation_id", kKaspersky},
          {"country", "TR"},
          {"category", "it_service"},
          {"title", "Unvalued lead"}});

  auto report = server_->Get("/api/v1/reports/pipeline?group=stage");
  ASSERT_EQ(report.status, 200) << report.body;
  std::map<std::string, nlohmann::json> rows;
  const auto body = report.json();
  for (const auto& row : body["rows"]) rows[row["stage"]] = row;
  ASSERT_EQ(rows.size(), 3u) << report.body;
  EXPECT_EQ(rows["proposal"]["value"]["usd"], 100'000'000);
  EXPECT_EQ(rows["proposal"]["weighted"]["usd"], 40'000'000);
  EXPECT_EQ(rows["proposal"]["value"]["rub"], int64_t{9'000'000'000});
  // 500,000 euros at 100 roubles, in dollars at 90.
  EXPECT_EQ(rows["negotiation"]["value"]["rub"], int64_t{5'000'000'000});
  EXPECT_EQ(rows["negotiation"]["weighted"]["rub"], int64_t{3'000'000'000});
  EXPECT_EQ(rows["lead"]["deals"], 2);
  EXPECT_EQ(rows["lead"]["unvalued"], 1);
  EXPECT_EQ(body["total"]["deals"], 4);
  const auto missing = body["missing_rates"];
  ASSERT_EQ(missing.size(), 1u) << report.body;
  EXPECT_EQ(missing[0]["currency"], "JPY");
  EXPECT_EQ(missing[0]["deals"], 1);

  // Administrators set the probabilities; the report follows.
  EXPECT_EQ(
      server_
          ->SendJson("PATCH", "/api/v1/deal-stages/proposal", {{"probability", 50}}, {IfMatch(1)})
          .status,
      403);
  server_->SignInAs("admin");
  EXPECT_EQ(
      server_
          ->SendJson("PATCH", "/api/v1/deal-stages/proposal", {{"probability", 101}}, {IfMatch(1)})
          .status,
      422);
  EXPECT_EQ(
      server_->SendJson("PATCH", "/api/v1/deal-stages/lost", {{"probability", 5}}, {IfMatch(1)})
          .status,
      422);
  const auto set = server_->SendJson("PATCH", "/api/v1/deal-stages/proposal", {{"probability", 50}},
                                     {IfMatch(1)});
  ASSERT_EQ(set.status, 200) << set.body;
  EXPECT_EQ(set.json()["version"], 2);
  report = server_->Get("/api/v1/reports/pipeline?group=stage,country");
  const auto by_country = report.json();
  bool seen = false;
  for (const auto& row : by_country["rows"]) {
    if (row["stage"] != "proposal") continue;
    EXPECT_EQ(row["country"], "VN");
    EXPECT_EQ(row["weighted"]["usd"], 50'000'000);
    seen = true;
  }
  EXPECT_TRUE(seen) << report.body;
  EXPECT_EQ(server_->Get("/api/v1/reports/pipeline?group=owner").status, 400);
}

TEST_P(DealsApi, DealsAndTheirReportsExportAsTheScreenShowsThem) {
  ImportRates();
  MoveOk(Complete(), "proposal");  // $1,000,000 at 40%, in Vietnam
  auto yen = Complete("TR");
  yen = Patch(yen, {{"value", {{"minor", 1'500'000}, {"currency", "JPY"}}}}).json();

  const auto deals = server_->Get("/api/v1/deals/export?format=csv&lang=en&country=VN");
  ASSERT_EQ(deals.status, 200) << deals.body;
  EXPECT_NE(deals.header("content-disposition").find("deals-"), std::string::npos);
  EXPECT_NE(deals.body.find("Number,Deal,Company,Country,Buyer,Category,Stage,Probability (%)"),
            std::string::npos)
      << deals.body;
  EXPECT_NE(deals.body.find("Endpoint protection for the VN tax service,Kaspersky Lab,VN"),
            std::string::npos)
      << deals.body;
  EXPECT_NE(deals.body.find("Software,Proposal,40,1000000.00,USD"), std::string::npos)
      << deals.body;
  EXPECT_EQ(deals.body.find("TR tax service"), std::string::npos);
  // Yen have no minor unit; a Russian file names stages in Russian with decimal commas.
  const auto russian = server_->Get("/api/v1/deals/export?format=csv&lang=ru&country=TR");
  ASSERT_EQ(russian.status, 200) << russian.body;
  EXPECT_NE(russian.body.find(";Программное обеспечение;Лид;10;1500000;JPY;"), std::string::npos)
      << russian.body;
  EXPECT_EQ(server_->Get("/api/v1/deals/export?format=xlsx&lang=ru").status, 200);
  EXPECT_EQ(server_->Get("/api/v1/deals/export?stage=won").status, 400);

  const auto pipeline =
      server_->Get("/api/v1/reports/pipeline/export?format=csv&lang=ru&group=stage");
  ASSERT_EQ(pipeline.status, 200) << pipeline.body;
  EXPECT_NE(pipeline.body.find("Стадия;Страна;Сделок;Без суммы;Сумма, руб.;Сумма, долл. США"),
            std::string::npos)
      << pipeline.body;
  // 1,000,000 dollars at 90 roubles, weighted at 40%.
  EXPECT_NE(pipeline.body.find("Предложение;;1;0;90000000,00;1000000,00;36000000,00;400000,00;"),
            std::string::npos)
      << pipeline.body;
  EXPECT_NE(pipeline.body.find("Итого;;2;0;90000000,00;1000000,00;"), std::string::npos)
      << pipeline.body;
  EXPECT_EQ(server_->Get("/api/v1/reports/pipeline/export?group=owner").status, 400);

  MoveOk(MoveOk(server_->Get("/api/v1/deals?country=VN").json()["items"][0], "negotiation"),
         "signed");
  const auto wins =
      server_->Get("/api/v1/reports/wins/export?format=csv&lang=en&group=country,category");
  ASSERT_EQ(wins.status, 200) << wins.body;
  EXPECT_NE(wins.body.find("Year,Country,Category,Confirmed wins,Confirmed (RUB)"),
            std::string::npos)
      << wins.body;
  EXPECT_NE(wins.body.find(",VN,Software,0,0.00,0.00,0,1,90000000.00,1000000.00"),
            std::string::npos)
      << wins.body;
  EXPECT_NE(wins.body.find(",Total,,0,0.00,0.00,0,1,90000000.00,1000000.00"), std::string::npos)
      << wins.body;
  EXPECT_EQ(server_->Get("/api/v1/reports/wins/export?from=2026-02-01&to=2026-01-01").status, 400);
  EXPECT_EQ(server_->Get("/api/v1/reports/wins/export?format=xlsx").status, 200);

  // The company user's file holds its own deals only.
  server_->SignInAs("company");
  const auto own = server_->Get("/api/v1/deals/export?format=csv&lang=en");
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_NE(own.body.find("VN tax service"), std::string::npos);
}

TEST_P(DealsApi, TheBoardShowsEveryStageWithItsDeals) {
  ImportRates();
  const auto first = MoveOk(Complete(), "qualified");
  Complete();
  const auto board = server_->Get("/api/v1/deals/board?country=VN&limit=5");
  ASSERT_EQ(board.status, 200) << board.body;
  const auto columns = board.json()["columns"];
  ASSERT_EQ(columns.size(), 9u);
  EXPECT_EQ(columns[0]["stage"]["code"], "lead");
  EXPECT_EQ(columns[0]["deals"], 1);
  EXPECT_EQ(columns[1]["stage"]["code"], "qualified");
  EXPECT_EQ(columns[1]["items"][0]["id"], first["id"]);
  EXPECT_EQ(columns[1]["value"]["usd"], 100'000'000);
  EXPECT_EQ(columns[8]["stage"]["code"], "abandoned");
  EXPECT_EQ(columns[8]["items"].size(), 0u);
  EXPECT_EQ(server_->Get("/api/v1/deal-stages").json()["items"].size(), 9u);
}

TEST_P(DealsApi, BadInputGetsClearErrorsAndChangesNothing) {
  const auto before = TakeSnapshot(database());
  const auto bad = Open({{"organisation_id", kVietnamTelecom},
                         {"country", "Vietnam"},
                         {"category", "games"},
                         {"title", ""},
                         {"value", {{"minor", -5}, {"currency", "XYZ"}}},
                         {"solution_ids", {0}},
                         {"colour", "red"}});
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(Pointers(bad), (std::set<std::string>{"/country", "/category", "/title", "/value/minor",
                                                  "/solution_ids/0", "/colour"}));
  const auto wrong = Open({{"organisation_id", kVietnamTelecom},
                           {"country", "VN"},
                           {"category", "software"},
                           {"title", "Foreign seller"},
                           {"value", {{"minor", 5}, {"currency", "XYZ"}}},
                           {"owner_id", 999},
                           {"solution_ids", {kIntelligentNetwork}}});
  EXPECT_EQ(Pointers(wrong), (std::set<std::string>{"/value/currency"}));
  const auto foreign = Open({{"organisation_id", kVietnamTelecom},
                             {"country", "QQ"},
                             {"category", "software"},
                             {"title", "Foreign seller"},
                             {"owner_id", 999},
                             {"solution_ids", {kIntelligentNetwork}}});
  EXPECT_EQ(Pointers(foreign), (std::set<std::string>{"/organisation_id", "/country", "/owner_id",
                                                      "/solution_ids/0"}));
  EXPECT_EQ(
      server_->Request("POST", "/api/v1/deals", "{", {"Content-Type: application/json"}).status,
      400);
  EXPECT_EQ(server_->Get("/api/v1/deals?stage=won").status, 400);
  EXPECT_EQ(server_->Get("/api/v1/deals?owner=someone").status, 400);
  EXPECT_EQ(server_->Get("/api/v1/deals").json()["total"], 0);
  EXPECT_EQ(TakeSnapshot(database()).audit, before.audit);
  const auto deal = Complete();
  EXPECT_EQ(server_->SendJson("POST", Path(deal) + "/transition", {{"to", "qualified"}}).status,
            428);
  EXPECT_EQ(server_->Get("/api/v1/deals/999999").status, 404);
}

INSTANTIATE_TEST_SUITE_P(Backends, DealsApi, kBackends, BackendName);

}  // namespace
}  // namespace attache::testing
