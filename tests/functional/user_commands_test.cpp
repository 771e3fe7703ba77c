// `attache user ...`, `attache policy` and the first administrator, run as a person would run
// them, against a SQLite database a server also uses.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <thread>

#include "harness.hpp"

namespace attache::testing {
namespace {

const char* const kOneTimePassword = "[a-z2-9]{5}(?:-[a-z2-9]{5}){3}";

// The first group of `pattern` in `text`, or "".
std::string Find(const std::string& text, const std::string& pattern) {
  std::smatch match;
  return std::regex_search(text, match, std::regex(pattern)) ? match[1].str() : "";
}

size_t Occurrences(const std::string& text, const std::string& needle) {
  size_t count = 0;
  for (auto at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) {
    ++count;
  }
  return count;
}

std::vector<std::string> Words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> words;
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

class UserCommands : public ::testing::Test {
 protected:
  void SetUp() override {
    database_ = TempDatabase::Create(db::Dialect::kSqlite);
    ASSERT_NE(database_, nullptr);
  }

  // `args` with the options that name this test's database.
  std::vector<std::string> On(std::vector<std::string> args) const {
    args.insert(args.end(), {"--db", database_->url(), "--data", database_->dir().string()});
    return args;
  }

  // A sign-in attempt without any session: its status.
  static long Attempt(Server& server, const std::string& email, const std::string& password) {
    server.Use({});
    return server.SendJson("POST", "/api/v1/session", {{"email", email}, {"password", password}})
        .status;
  }

  // Waits (a few seconds at most) until the server answers GET `path` with `status`.
  static long Eventually(Server& server, const std::string& path, long status) {
    long last = 0;
    for (int i = 0; i < 50; ++i) {
      last = server.Get(path).status;
      if (last == status) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return last;
  }

  int64_t CountUsers() const {
    auto db = OpenDatabase(*database_, false);
    if (!db) return -1;
    auto count = db->Read(
        [](db::Connection& conn) { return conn.QueryInt("SELECT COUNT(*) FROM users", {}); });
    EXPECT_TRUE(count) << count.error().internal;
    return count ? *count : -1;
  }

  std::unique_ptr<TempDatabase> database_;
};

TEST_F(UserCommands, UserAddPrintsAOneTimePasswordThatSignsIn) {
  const auto [code, output] =
      RunCommand(On({"user", "add", "--email", "n.petrova@example.org", "--role", "attache",
                     "--country", "VN,TH", "--name", "Nina Petrova"}));
  ASSERT_EQ(code, 0) << output;
  EXPECT_NE(output.find("created user n.petrova@example.org (attache), id "), std::string::npos)
      << output;
  const std::string otp =
      Find(output, std::string("one-time password: (") + kOneTimePassword + ")\n");
  ASSERT_FALSE(otp.empty()) << output;

  // Someone exists already, so the first start makes no administrator.
  auto server = Server::Start(*database_, false);
  ASSERT_NE(server, nullptr);
  EXPECT_EQ(server->process().output().find("created the administrator"), std::string::npos);
  server->SignIn("N.Petrova@example.org", otp);
  auto me = server->Get("/api/v1/me").json();
  EXPECT_EQ(me["user"]["role"], "attache");
  EXPECT_EQ(me["user"]["display_name"], "Nina Petrova");
  EXPECT_EQ(me["user"]["countries"], nlohmann::json({"TH", "VN"}));
  EXPECT_EQ(me["user"]["must_change_password"], true);
  EXPECT_EQ(server->Get("/api/v1/attaches").json()["type"], "/problems/password-change-required");

  // Refused additions say why in one line and add nobody.
  struct Case {
    std::vector<std::string> args;
    int code;
    std::string says;
  };
  for (const Case& c : std::vector<Case>{
           {{"--email", "N.PETROVA@example.org", "--role", "viewer"}, 1, "already exists"},
           {{"--email", "no.country@example.org", "--role", "attache"}, 1, "/countries"},
           {{"--email", "bad.country@example.org", "--role", "attache", "--country", "QQ"},
            1,
            "No country has the code QQ"},
           {{"--email", "not-an-address", "--role", "viewer"}, 1, "/email"},
           {{"--email", "region@example.org", "--role", "region", "--region", "Kazan"},
            1,
            "/region"},
           {{"--email", "boss@example.org", "--role", "superuser"}, 2, "superuser"}}) {
    std::vector<std::string> args = {"user", "add"};
    args.insert(args.end(), c.args.begin(), c.args.end());
    const auto [refused, says] = RunCommand(On(args));
    EXPECT_EQ(refused, c.code) << c.says << ": " << says;
    EXPECT_NE(says.find(c.says), std::string::npos) << says;
    if (c.code == 1) {
      EXPECT_TRUE(says.starts_with("attache: ")) << says;
      EXPECT_EQ(Occurrences(says, "\n"), 1U) << says;
    }
  }
  EXPECT_EQ(CountUsers(), 1);
}

TEST_F(UserCommands, APasswordFromStandardInputMustBeStrong) {
  const auto add = On(
      {"user", "add", "--email", "weak.user@example.org", "--role", "viewer", "--password-stdin"});
  for (const auto& [input, says] :
       std::vector<std::pair<std::string, std::string>>{{"short\n", "at least 12 characters"},
                                                        {"password1234\n", "too common"},
                                                        {"weak.user@example.org\n", "e-mail"},
                                                        {"weak.user2026!!\n", "e-mail"},
                                                        {"\n", "no password on standard input"},
                                                        {"", "no password on standard input"}}) {
    const auto [code, output] = RunCommandWithInput(add, input);
    EXPECT_EQ(code, 1) << input << ": " << output;
    EXPECT_TRUE(output.starts_with("attache: ")) << output;
    EXPECT_NE(output.find(says), std::string::npos) << input << ": " << output;
    EXPECT_EQ(Occurrences(output, "\n"), 1U) << output;
  }
  EXPECT_EQ(CountUsers(), 0);

  const std::string chosen = "a long and sturdy passphrase";
  const auto [code, output] = RunCommandWithInput(add, chosen + "\n");
  ASSERT_EQ(code, 0) << output;
  EXPECT_EQ(output.find("one-time password"), std::string::npos) << output;
  EXPECT_EQ(output.find(chosen), std::string::npos) << output;
  auto server = Server::Start(*database_, false);
  ASSERT_NE(server, nullptr);
  server->SignIn("weak.user@example.org", chosen);
  EXPECT_EQ(server->Get("/api/v1/me").json()["user"]["must_change_password"], false);
  EXPECT_EQ(server->Get("/api/v1/countries?limit=1").status, 200);
}

TEST_F(UserCommands, PasswdAndDisableEndTheSessionsOfARunningServer) {
  const std::string email = "ops@example.org";
  const std::string first = "first sturdy passphrase";
  ASSERT_EQ(RunCommandWithInput(
                On({"user", "add", "--email", email, "--role", "analyst", "--password-stdin"}),
                first + "\n")
                .first,
            0);
  auto server = Server::Start(*database_, false);
  ASSERT_NE(server, nullptr);
  server->SignIn(email, first);
  ASSERT_EQ(server->Get("/api/v1/me").status, 200);

  // A new one-time password: the running server hears of it through the database.
  const auto [reset, reset_output] = RunCommand(On({"user", "passwd", "--email", email}));
  ASSERT_EQ(reset, 0) << reset_output;
  const std::string otp = Find(reset_output, "one-time password of ops@example.org: (" +
                                                 std::string(kOneTimePassword) + ")\n");
  ASSERT_FALSE(otp.empty()) << reset_output;
  EXPECT_EQ(Eventually(*server, "/api/v1/me", 401), 401);
  EXPECT_EQ(Attempt(*server, email, first), 401);
  server->SignIn(email, otp);
  EXPECT_EQ(server->Get("/api/v1/me").json()["user"]["must_change_password"], true);

  // A chosen one, read from standard input; weak ones are refused.
  const auto passwd = On({"user", "passwd", "--email", email, "--password-stdin"});
  const auto [weak, weak_output] = RunCommandWithInput(passwd, "qwerty123456\n");
  EXPECT_EQ(weak, 1) << weak_output;
  EXPECT_NE(weak_output.find("too common"), std::string::npos) << weak_output;
  EXPECT_EQ(server->Get("/api/v1/me").status, 200);
  const std::string second = "second sturdy passphrase";
  const auto [set, set_output] = RunCommandWithInput(passwd, second + "\n");
  ASSERT_EQ(set, 0) << set_output;
  EXPECT_NE(set_output.find("password of ops@example.org changed"), std::string::npos);
  EXPECT_EQ(Eventually(*server, "/api/v1/me", 401), 401);
  EXPECT_EQ(Attempt(*server, email, otp), 401);
  server->SignIn(email, second);
  EXPECT_EQ(server->Get("/api/v1/me").json()["user"]["must_change_password"], false);
  const Credentials session = server->credentials();

  // Disabled: the session ends and signing in fails.
  const auto [disabled, disabled_output] = RunCommand(On({"user", "disable", "--email", email}));
  ASSERT_EQ(disabled, 0) << disabled_output;
  EXPECT_NE(disabled_output.find("disabled ops@example.org"), std::string::npos);
  server->Use(session);
  EXPECT_EQ(Eventually(*server, "/api/v1/me", 401), 401);
  EXPECT_EQ(Attempt(*server, email, second), 401);

  const auto [unknown, unknown_output] =
      RunCommand(On({"user", "disable", "--email", "nobody@example.org"}));
  EXPECT_EQ(unknown, 1);
  EXPECT_NE(unknown_output.find("nobody@example.org"), std::string::npos) << unknown_output;
}

TEST_F(UserCommands, TheFirstStartPrintsTheAdministratorsPasswordOnce) {
  auto first = Server::Start(*database_, false);
  ASSERT_NE(first, nullptr);
  const std::string output = first->process().output();
  const std::string otp =
      Find(output, std::string("attache: created the administrator admin@attache.local "
                               "with the one-time password (") +
                       kOneTimePassword + ")\n");
  ASSERT_FALSE(otp.empty()) << output;
  EXPECT_EQ(Occurrences(output, otp), 1U) << output;
  first->SignIn("admin@attache.local", otp);
  auto me = first->Get("/api/v1/me").json();
  EXPECT_EQ(me["user"]["role"], "admin");
  EXPECT_EQ(me["user"]["must_change_password"], true);
  EXPECT_EQ(first->Get("/api/v1/users").json()["type"], "/problems/password-change-required");
  first.reset();

  auto second = Server::Start(*database_, false);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->process().output().find("one-time password"), std::string::npos)
      << second->process().output();
  second->SignIn("admin@attache.local", otp);  // still the same password
  second.reset();

  // --admin-email names the first administrator of another database.
  auto other = TempDatabase::Create(db::Dialect::kSqlite);
  ASSERT_NE(other, nullptr);
  auto custom = Server::Start(*other, false, {"--admin-email", "chief@example.org"});
  ASSERT_NE(custom, nullptr);
  const std::string chief_otp =
      Find(custom->process().output(),
           std::string("created the administrator chief@example.org with the one-time password (") +
               kOneTimePassword + ")");
  ASSERT_FALSE(chief_otp.empty()) << custom->process().output();
  custom->SignIn("chief@example.org", chief_otp);
}

TEST_F(UserCommands, PolicyPrintsEveryRouteWithTheScopeOfEachRole) {
  const auto [code, table] = RunCommand(On({"policy"}));
  ASSERT_EQ(code, 0) << table;
  std::istringstream lines(table);
  std::vector<std::vector<std::string>> rows;
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty()) rows.push_back(Words(line));
  }
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows[0],
            (std::vector<std::string>{"method", "path", "permission", "admin", "analyst", "attache",
                                      "company", "region", "viewer", "anonymous"}));
  const auto row_of = [&](const std::string& method, const std::string& path) {
    for (const auto& row : rows) {
      if (row.size() >= 2 && row[0] == method && row[1] == path) return row;
    }
    return std::vector<std::string>{};
  };
  EXPECT_EQ(row_of("DELETE", "/api/v1/tokens/{id}"),
            (std::vector<std::string>{"DELETE", "/api/v1/tokens/{id}", "token.delete", "all",
                                      "self", "self", "self", "self", "self", "none"}));

  // The server's own table is the same, route for route.
  auto server = Server::Start(*database_, false);
  ASSERT_NE(server, nullptr);
  const std::string otp =
      Find(server->process().output(), std::string("one-time password (") + kOneTimePassword + ")");
  ASSERT_FALSE(otp.empty());
  server->SignIn("admin@attache.local", otp);
  const auto policy = server->Get("/api/v1/policy");
  ASSERT_EQ(policy.status, 200) << policy.body;
  auto roles = policy.json()["roles"].get<std::vector<std::string>>();
  EXPECT_EQ(roles, std::vector<std::string>(rows[0].begin() + 3, rows[0].end()));
  auto routes = policy.json()["routes"];
  EXPECT_EQ(rows.size(), routes.size() + 1);
  for (auto& route : routes) {
    const auto row = row_of(route["method"].get<std::string>(), route["path"].get<std::string>());
    ASSERT_EQ(row.size(), 3 + roles.size()) << route;
    EXPECT_EQ(row[2], route["permission"]) << route;
    for (size_t i = 0; i < roles.size(); ++i) {
      EXPECT_EQ(row[3 + i], route["scopes"].value(roles[i], "")) << route << " " << roles[i];
    }
  }

  // Every path the API documents is in the table.
  std::ifstream openapi(std::string(ATTACHE_SOURCE_DIR) + "/docs/openapi.yaml");
  ASSERT_TRUE(openapi.good());
  const std::regex documented(R"(^  (/api/v1/[^:]*):\s*$)");
  int paths = 0;
  for (std::string line; std::getline(openapi, line);) {
    std::smatch match;
    if (!std::regex_match(line, match, documented)) continue;
    ++paths;
    const bool listed = std::any_of(rows.begin(), rows.end(), [&](const auto& row) {
      return row.size() > 1 && row[1] == match[1].str();
    });
    EXPECT_TRUE(listed) << match[1].str() << " is documented but not in the policy table";
  }
  EXPECT_GE(paths, 15);
}

}  // namespace
}  // namespace attache::testing
