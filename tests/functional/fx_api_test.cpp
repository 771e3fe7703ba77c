// Exchange rates on the real binary, on SQLite and on PostgreSQL: importing a table (all or
// nothing, replacing a day's rate), listing it, converting amounts at the rate of their date, and
// `attache fx import`.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "harness.hpp"

namespace attache::testing {
namespace {

const std::string kRates =
    "date;currency;rate;nominal\n"
    "15.03.2024;USD;91,8466;1\n"
    "2024-03-15;VND;37,0829;10000\n"
    "2024-03-15;CNY;12,7327;1\n"
    "2024-04-01;USD;92,3660;\n";

class FxApi : public ApiTest {
 protected:
  HttpReply Import(const std::string& csv) const {
    return server_->Request("POST", "/api/v1/fx/rates/import?source=CBR", csv,
                            {"Content-Type: text/csv"});
  }
  nlohmann::json Convert(const std::string& query) const {
    const auto reply = server_->Get("/api/v1/fx/convert?" + query);
    EXPECT_EQ(reply.status, 200) << query << ": " << reply.body;
    return reply.json();
  }
};

TEST_P(FxApi, ImportsRatesAndConvertsAtTheRateOfTheDate) {
  const auto imported = Import(kRates);
  ASSERT_EQ(imported.status, 200) << imported.body;
  EXPECT_EQ(imported.json()["created"], 4);
  EXPECT_EQ(imported.json()["written"], true);

  const auto list = server_->Get("/api/v1/fx/rates?currency=usd").json();
  ASSERT_EQ(list["total"], 2);
  EXPECT_EQ(list["items"][0]["date"], "2024-04-01");  // newest first
  EXPECT_EQ(list["items"][1]["rate"], "91.846600");
  EXPECT_EQ(list["items"][1]["source"], "CBR");

  // One billion dong on 15 March 2024: 3,708,290 roubles, at 91.8466 RUB per dollar.
  const auto dong = Convert("amount=1000000000&currency=VND&date=2024-03-15");
  EXPECT_EQ(dong["amount"]["minor"], 1000000000);
  EXPECT_EQ(dong["rub"]["minor"], 370829000);
  EXPECT_EQ(dong["usd"]["minor"], 4037482);  // $40,374.82
  EXPECT_EQ(dong["rates"].size(), 2u);
  // A weekend takes Friday's rate; April takes April's.
  EXPECT_EQ(Convert("amount=1000&currency=USD&date=2024-03-17")["rub"]["minor"], 9184660);
  EXPECT_EQ(Convert("amount=1000&currency=USD&date=2024-04-02")["rub"]["minor"], 9236600);
  // Roubles need only the dollar.
  EXPECT_EQ(Convert("amount=2500000000&currency=RUB&date=2024-03-15")["usd"]["minor"], 2721929826);

  // A rate of the same day replaces the old one.
  const auto again = Import("date,currency,rate\n2024-03-15,USD,90.0000\n");
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(again.json()["updated"], 1);
  EXPECT_EQ(Convert("amount=1&currency=USD&date=2024-03-15")["rub"]["minor"], 9000);
}

TEST_P(FxApi, AMissingRateIsAClearErrorAndABadTableWritesNothing) {
  ASSERT_EQ(Import(kRates).status, 200);
  const auto before = server_->Get("/api/v1/fx/rates").json()["total"];

  const auto old = server_->Get("/api/v1/fx/convert?amount=5&currency=USD&date=2023-01-10");
  EXPECT_EQ(old.status, 422) << old.body;
  EXPECT_NE(old.body.find("There is no rate of USD on 2023-01-10"), std::string::npos) << old.body;
  const auto stale = server_->Get("/api/v1/fx/convert?amount=5&currency=CNY&date=2024-04-20");
  EXPECT_EQ(stale.status, 422);  // March's rate is too old for 20 April
  EXPECT_NE(stale.body.find("CNY"), std::string::npos);
  for (const std::string bad :
       {"amount=5&currency=ZZZ&date=2024-03-15", "amount=5.001&currency=USD&date=2024-03-15",
        "amount=5&currency=VND&date=2024-13-01", "amount=5&currency=USD"}) {
    EXPECT_EQ(server_->Get("/api/v1/fx/convert?" + bad).status, 400) << bad;
  }

  const auto bad = Import(
      "date;currency;rate\n2024-03-20;USD;92,1\n2024-03-20;RUB;1\n2099-01-01;EUR;100\n"
      "yesterday;EUR;x\n");
  ASSERT_EQ(bad.status, 422) << bad.body;
  const auto problems = bad.json()["report"]["problems"];
  EXPECT_EQ(problems.size(), 4u) << problems.dump();
  EXPECT_EQ(problems[0]["row"], 3);
  EXPECT_EQ(problems[0]["column"], "currency");
  EXPECT_EQ(server_->Get("/api/v1/fx/rates").json()["total"], before);
  EXPECT_EQ(Import("when;what\n1;2\n").status, 422);
  EXPECT_EQ(server_->Get("/api/v1/fx/rates?currency=US").status, 400);

  server_->SignInAs("attache");
  EXPECT_EQ(Import(kRates).status, 403);
  EXPECT_EQ(server_->Get("/api/v1/fx/convert?amount=5&currency=USD&date=2024-03-15").status, 200);
}

TEST_P(FxApi, TheCommandLineImportsATable) {
  const std::filesystem::path file = database().dir() / "rates.csv";
  std::ofstream(file) << kRates;
  const auto [code, output] = RunCommand({"fx", "import", "--db", database().url(), file.string()});
  EXPECT_EQ(code, 0) << output;
  EXPECT_NE(output.find("4 rows: 4 new, 0 replaced"), std::string::npos) << output;
  std::ofstream(file) << "date,currency,rate\n2024-03-15,XYZ,1\n";
  const auto [failed, failure] =
      RunCommand({"fx", "import", "--db", database().url(), file.string()});
  EXPECT_EQ(failed, 1);
  EXPECT_NE(failure.find("row 2, currency"), std::string::npos) << failure;
  EXPECT_EQ(server_->Get("/api/v1/fx/rates").json()["total"], 4);
}

INSTANTIATE_TEST_SUITE_P(Backends, FxApi, kBackends, BackendName);

}  // namespace
}  // namespace attache::testing
