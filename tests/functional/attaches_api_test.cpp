// The attachés API on the real binary, on SQLite and on PostgreSQL.
#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <thread>

#include "harness.hpp"

namespace attache::testing {
namespace {

class AttachesApi : public ApiTest {
 protected:
  HttpReply Create(const nlohmann::json& body) const {
    return server_->SendJson("POST", "/api/v1/attaches", body);
  }
};

TEST_P(AttachesApi, CreatesReadsAndListsAnAttache) {
  const auto created = Create({{"country", "vn"},
                               {"name_ru", "Иван Петров"},
                               {"name_en", "Ivan Petrov"},
                               {"status", "active"},
                               {"start_date", "2023-03-01"},
                               {"email", "i.petrov@example.org"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const auto body = created.json();
  const int64_t id = body["id"];
  EXPECT_EQ(body["country"], "VN");
  EXPECT_EQ(body["version"], 1);
  EXPECT_EQ(created.header("location"), "/api/v1/attaches/" + std::to_string(id));
  EXPECT_EQ(created.header("etag"), "\"1\"");

  const auto read = server_->Get("/api/v1/attaches/" + std::to_string(id));
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.json()["name_ru"], "Иван Петров");
  EXPECT_EQ(read.json()["end_date"], nullptr);

  const auto in_vietnam = server_->Get("/api/v1/attaches?country=VN&sort=-start_date").json();
  EXPECT_EQ(in_vietnam["total"], 2);  // the demo post and this one
  EXPECT_EQ(in_vietnam["items"][0]["id"], id);
  const auto by_name =
      server_->Get("/api/v1/attaches?q=%D0%BF%D0%B5%D1%82%D1%80%D0%BE%D0%B2").json();
  ASSERT_EQ(by_name["total"], 1);
  EXPECT_EQ(by_name["items"][0]["id"], id);
  EXPECT_EQ(server_->Get("/api/v1/countries/VN").json()["attache_count"], 2);
}

TEST_P(AttachesApi, ValidationReportsEveryBadField) {
  const auto reply = Create({{"country", "VN"},
                             {"status", "ended"},
                             {"start_date", "2024-05-01"},
                             {"end_date", "2024-04-01"},
                             {"email", "not-an-address"}});
  ASSERT_EQ(reply.status, 422) << reply.body;
  std::set<std::string> pointers;
  const auto problem = reply.json();
  for (const auto& error : problem["errors"]) pointers.insert(error["pointer"].get<std::string>());
  EXPECT_EQ(pointers, (std::set<std::string>{"/name_ru", "/name_en", "/end_date", "/email"}));

  const auto no_country = Create({{"country", "ZZ"}, {"name_en", "X"}, {"status", "planned"}});
  ASSERT_EQ(no_country.status, 422);
  EXPECT_EQ(no_country.json()["errors"][0]["pointer"], "/country");
  const auto missing = Create({{"name_en", "X"}});
  ASSERT_EQ(missing.status, 422);
  EXPECT_EQ(missing.json()["errors"].size(), 2U);  // country and status
  const auto wrong_type = Create({{"country", "VN"}, {"name_en", 5}, {"status", "planned"}});
  ASSERT_EQ(wrong_type.status, 422);
  EXPECT_EQ(wrong_type.json()["errors"][0]["pointer"], "/name_en");
  EXPECT_EQ(server_->Get("/api/v1/attaches?limit=500").json()["total"], 19);
}

TEST_P(AttachesApi, PatchChangesOnlyWhatItSaysAndNullClears) {
  const auto created = Create({{"country", "TR"},
                               {"name_en", "Post"},
                               {"status", "planned"},
                               {"email", "post@example.org"}});
  ASSERT_EQ(created.status, 201);
  const std::string path = "/api/v1/attaches/" + created.json()["id"].dump();
  const auto patched =
      server_->Request("PATCH", path, R"({"status":"en_route","email":null,"name_ru":"Пост"})",
                       {"Content-Type: application/merge-patch+json", "If-Match: \"1\""});
  ASSERT_EQ(patched.status, 200) << patched.body;
  const auto body = patched.json();
  EXPECT_EQ(body["status"], "en_route");
  EXPECT_EQ(body["email"], nullptr);
  EXPECT_EQ(body["name_en"], "Post");
  EXPECT_EQ(body["name_ru"], "Пост");
  EXPECT_EQ(body["version"], 2);

  const auto stale = server_->Request("PATCH", path, R"({"status":"active"})",
                                      {"Content-Type: application/json", "If-Match: \"1\""});
  EXPECT_EQ(stale.status, 409);
  const auto invalid = server_->Request("PATCH", path, R"({"status":"ended"})",
                                        {"Content-Type: application/json", "If-Match: \"2\""});
  ASSERT_EQ(invalid.status, 422);
  EXPECT_EQ(invalid.json()["errors"][0]["pointer"], "/end_date");
  EXPECT_EQ(server_->Get(path).json()["version"], 2);
  EXPECT_EQ(server_
                ->Request("PATCH", "/api/v1/attaches/999999", "{}",
                          {"Content-Type: application/json", "If-Match: \"1\""})
                .status,
            404);
}

TEST_P(AttachesApi, EndedPostingsLeaveTheCountrysCount) {
  const auto list = server_->Get("/api/v1/attaches?country=TM").json();
  ASSERT_EQ(list["total"], 1);
  const std::string path = "/api/v1/attaches/" + list["items"][0]["id"].dump();
  const auto ended = server_->Request(
      "PATCH", path, R"({"status":"ended","start_date":"2025-01-01","end_date":"2025-06-01"})",
      {"Content-Type: application/json", "If-Match: \"1\""});
  ASSERT_EQ(ended.status, 200) << ended.body;
  EXPECT_EQ(server_->Get("/api/v1/countries/TM").json()["attache_count"], 0);
}

TEST_P(AttachesApi, TwoConcurrentUpdatesOfOneVersionExactlyOneWins) {
  const auto created = Create({{"country", "IN"}, {"name_en", "Race"}, {"status", "planned"}});
  ASSERT_EQ(created.status, 201);
  const std::string path = "/api/v1/attaches/" + created.json()["id"].dump();
  for (int round = 0; round < 5; ++round) {
    const std::string version = server_->Get(path).json()["version"].dump();
    std::atomic<int> ok{0}, conflict{0}, other{0};
    std::vector<std::thread> racers;
    for (int i = 0; i < 4; ++i) {
      racers.emplace_back([&, i] {
        const auto reply =
            server_->Request("PATCH", path, R"({"name_en":"Racer )" + std::to_string(i) + R"("})",
                             {"Content-Type: application/json", "If-Match: \"" + version + "\""});
        (reply.status == 200 ? ok : reply.status == 409 ? conflict : other)++;
      });
    }
    for (auto& racer : racers) racer.join();
    EXPECT_EQ(ok, 1) << "round " << round;
    EXPECT_EQ(conflict, 3) << "round " << round;
    EXPECT_EQ(other, 0) << "round " << round;
  }
}

TEST_P(AttachesApi, RejectedWritesChangeNothing) {
  const auto created = Create({{"country", "EG"}, {"name_en", "Kept"}, {"status", "planned"}});
  ASSERT_EQ(created.status, 201);
  const std::string path = "/api/v1/attaches/" + created.json()["id"].dump();
  const std::string json = "Content-Type: application/json";
  struct Case {
    std::string name;
    std::string method;
    std::string path;
    std::string body;
    std::vector<std::string> headers;
    long status;
  };
  const std::vector<Case> cases = {
      {"overflowing number",
       "POST",
       "/api/v1/attaches",
       R"({"country":"VN","name_en":1e400,"status":"planned"})",
       {json},
       400},
      {"NUL in a name",
       "POST",
       "/api/v1/attaches",
       R"({"country":"VN","name_en":"abc\u0000def","status":"planned"})",
       {json},
       422},
      {"unknown country",
       "POST",
       "/api/v1/attaches",
       R"({"country":"QQ","name_en":"X","status":"planned"})",
       {json},
       422},
      {"not JSON", "POST", "/api/v1/attaches", "name=X", {"Content-Type: text/plain"}, 415},
      {"stale patch", "PATCH", path, R"({"name_en":"Lost"})", {json, "If-Match: \"9\""}, 409},
      {"patch without If-Match", "PATCH", path, R"({"name_en":"Lost"})", {json}, 428},
      {"invalid patch",
       "PATCH",
       path,
       R"({"end_date":"2020-01-01","start_date":"2021-01-01"})",
       {json, "If-Match: \"1\""},
       422},
      {"patch to a missing country",
       "PATCH",
       path,
       R"({"country":"QQ"})",
       {json, "If-Match: \"1\""},
       422},
      {"control character in the query", "GET", "/api/v1/attaches?q=a%00b", "", {}, 400},
  };
  const DbSnapshot before = TakeSnapshot(database());
  for (const Case& c : cases) {
    const auto reply = server_->Request(c.method, c.path, c.body, c.headers);
    EXPECT_EQ(reply.status, c.status) << c.name << ": " << reply.body;
    EXPECT_EQ(TakeSnapshot(database()), before) << c.name;
  }
  EXPECT_EQ(server_->Get(path).json()["name_en"], "Kept");
  EXPECT_EQ(server_->Get(path).json()["version"], 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, AttachesApi, kBackends, BackendName);

}  // namespace
}  // namespace attache::testing
