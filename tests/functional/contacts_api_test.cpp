// The contacts API on the real binary, on SQLite and on PostgreSQL: scoping by organisation,
// personal fields hidden from viewers, and a person's rights — export and erasure.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "harness.hpp"

namespace attache::testing {
namespace {

const std::string kJson = "Content-Type: application/json";

std::string IfMatch(int64_t version) { return "If-Match: \"" + std::to_string(version) + "\""; }

class ContactsApi : public ApiTest {
 protected:
  // A new foreign organisation, or organisation 1 when `first` — the demo company user's own —
  // created if the database has none yet. Call while signed in as the analyst.
  int64_t Organisation(const std::string& name, const std::string& country, bool first = false) {
    if (first && server_->Get("/api/v1/organisations/1").status == 200) return 1;
    const auto created =
        server_->SendJson("POST", "/api/v1/organisations?allow_duplicate=true",
                          {{"kind", "foreign_company"}, {"name_en", name}, {"country", country}});
    EXPECT_EQ(created.status, 201) << created.body;
    const int64_t id = created.json().value("id", int64_t{0});
    if (first) {
      EXPECT_EQ(id, 1);
    }
    return id;
  }

  nlohmann::json Person(int64_t organisation) const {
    return {{"organisation_id", organisation},
            {"name_ru", "Нгуен Ван Ан"},
            {"name_en", "Nguyen Van An"},
            {"position", "CTO"},
            {"email", "An.Nguyen@VietSoft.example"},
            {"phone", "+84 (24) 3936-1234"},
            {"languages", {"vi", "EN"}},
            {"consent_date", "2025-03-14"},
            {"consent_basis", "consent"},
            {"notes", "Met at the Hanoi IT fair."}};
  }

  HttpReply Create(const nlohmann::json& body) const {
    return server_->SendJson("POST", "/api/v1/contacts", body);
  }

  // Contacts and the sum of their versions: what a rejected request must leave as it was.
  std::pair<int64_t, int64_t> ContactsState() {
    std::pair<int64_t, int64_t> state;
    auto db = OpenDatabase(database(), false);
    auto read = db->Read([&](db::Connection& conn) -> Status {
      auto count = conn.QueryInt("SELECT COUNT(*) FROM contacts", {});
      auto versions = conn.QueryInt("SELECT COALESCE(SUM(version), 0) FROM contacts", {});
      if (!count || !versions) return tl::unexpected(count ? versions.error() : count.error());
      state = {*count, *versions};
      return {};
    });
    EXPECT_TRUE(read);
    return state;
  }

  // The audit diffs of a contact, straight from the table.
  std::vector<std::string> StoredDiffs(int64_t id) {
    std::vector<std::string> diffs;
    auto db = OpenDatabase(database(), false);
    const std::string entity_id = std::to_string(id);
    auto read = db->Read([&](db::Connection& conn) {
      return conn.Query(
          "SELECT diff FROM audit_log WHERE entity = 'contact' AND entity_id = $1 ORDER BY id",
          {std::string_view(entity_id)},
          [&](const db::Row& row) { diffs.push_back(row.String(0)); });
    });
    EXPECT_TRUE(read);
    return diffs;
  }
};

TEST_P(ContactsApi, CreatesReadsAndListsAContact) {
  const int64_t organisation = Organisation("Viet Soft", "VN");
  const auto created = Create(Person(organisation));
  ASSERT_EQ(created.status, 201) << created.body;
  const auto body = created.json();
  const int64_t id = body["id"];
  const std::string path = "/api/v1/contacts/" + std::to_string(id);
  EXPECT_EQ(created.header("location"), path);
  EXPECT_EQ(created.header("etag"), "\"1\"");
  EXPECT_EQ(body["organisation"]["id"], organisation);
  EXPECT_EQ(body["organisation"]["name_en"], "Viet Soft");
  EXPECT_EQ(body["email"], "An.Nguyen@VietSoft.example");
  EXPECT_EQ(body["languages"], nlohmann::json({"vi", "en"}));
  EXPECT_EQ(body["consent_basis"], "consent");
  EXPECT_EQ(body["erased"], false);

  const auto read = server_->Get(path);
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.json()["phone"], "+84 (24) 3936-1234");
  EXPECT_EQ(read.header("etag"), "\"1\"");

  ASSERT_EQ(Create({{"organisation_id", organisation}, {"name_en", "Tran Thi Binh"}}).status, 201);
  const std::string list = "/api/v1/contacts?organisation=" + std::to_string(organisation);
  const auto all = server_->Get(list);
  ASSERT_EQ(all.status, 200);
  EXPECT_EQ(all.json()["total"], 2);
  EXPECT_EQ(all.json()["items"][0]["name_en"], "Nguyen Van An");  // by English name
  EXPECT_EQ(all.json()["items"][1]["organisation"]["name_en"], "Viet Soft");
  const auto by_name = server_->Get(list + "&q=%D0%BD%D0%B3%D1%83%D0%B5%D0%BD").json();
  ASSERT_EQ(by_name["total"], 1);  // нгуен
  EXPECT_EQ(by_name["items"][0]["id"], id);
  EXPECT_EQ(server_->Get(list + "&q=an.nguyen%40vietsoft").json()["total"], 1);
  EXPECT_EQ(server_->Get(list + "&language=VI").json()["total"], 1);
  EXPECT_EQ(server_->Get(list + "&language=fr").json()["total"], 0);
  EXPECT_EQ(server_->Get("/api/v1/contacts?language=xx").status, 400);
  EXPECT_EQ(server_->Get("/api/v1/contacts?sort=-organisation").status, 200);
  EXPECT_EQ(server_->Get("/api/v1/contacts?sort=email").status, 400);
  EXPECT_EQ(
      server_->Get("/api/v1/organisations/" + std::to_string(organisation)).json()["contact_count"],
      2);
}

TEST_P(ContactsApi, ValidationPointsAtEachBadFieldAndChangesNothing) {
  const int64_t organisation = Organisation("Viet Soft", "VN");
  struct Case {
    std::string name;
    nlohmann::json patch;  // merged into a valid person
    std::set<std::string> pointers;
  };
  const std::vector<Case> cases = {
      {"no organisation", {{"organisation_id", nullptr}}, {"/organisation_id"}},
      {"unknown organisation", {{"organisation_id", 999999}}, {"/organisation_id"}},
      {"no name", {{"name_ru", ""}, {"name_en", nullptr}}, {"/name_ru", "/name_en"}},
      {"long name", {{"name_en", std::string(201, 'a')}}, {"/name_en"}},
      {"long position", {{"position", std::string(201, 'a')}}, {"/position"}},
      {"bad e-mail", {{"email", "an.vietsoft.example"}}, {"/email"}},
      {"bad phone", {{"phone", "call me"}}, {"/phone"}},
      {"short phone", {{"phone", "+1 234"}}, {"/phone"}},
      {"unknown language", {{"languages", {"vi", "xx"}}}, {"/languages/1"}},
      {"too many languages", {{"languages", std::vector<std::string>(11, "en")}}, {"/languages"}},
      {"consent without a date", {{"consent_date", nullptr}}, {"/consent_date"}},
      {"consent in the future", {{"consent_date", UtcDate(2)}}, {"/consent_date"}},
      {"unknown basis", {{"consent_basis", "gut_feeling"}}, {"/consent_basis"}},
      {"long notes", {{"notes", std::string(2001, 'x')}}, {"/notes"}},
      {"unknown field", {{"nickname", "An"}}, {"/nickname"}},
  };
  const auto before = ContactsState();
  const DbSnapshot snapshot = TakeSnapshot(database());
  for (const Case& c : cases) {
    nlohmann::json body = Person(organisation);
    body.merge_patch(c.patch);
    const auto reply = Create(body);
    ASSERT_EQ(reply.status, 422) << c.name << ": " << reply.body;
    std::set<std::string> pointers;
    const auto problem = reply.json();
    for (const auto& error : problem["errors"]) {
      pointers.insert(error["pointer"].get<std::string>());
    }
    EXPECT_EQ(pointers, c.pointers) << c.name;
  }
  EXPECT_EQ(ContactsState(), before);
  EXPECT_EQ(TakeSnapshot(database()), snapshot);
}

TEST_P(ContactsApi, ViewersSeeNoPersonalFieldsAndCannotSearchThem) {
  const int64_t organisation = Organisation("Viet Soft", "VN");
  const auto created = Create(Person(organisation));
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string path = "/api/v1/contacts/" + created.json()["id"].dump();
  const std::string list_path = "/api/v1/contacts?organisation=" + std::to_string(organisation);
  server_->SignInAs("viewer");
  const auto read = server_->Get(path);
  ASSERT_EQ(read.status, 200);
  const auto body = read.json();
  EXPECT_EQ(body["name_en"], "Nguyen Van An");
  EXPECT_EQ(body["position"], "CTO");
  for (const char* key :
       {"email", "phone", "languages", "consent_date", "consent_basis", "notes"}) {
    EXPECT_TRUE(body[key].is_null()) << key;
  }
  const auto list = server_->Get(list_path);
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.json()["total"], 1);
  EXPECT_TRUE(list.json()["items"][0]["email"].is_null());
  for (const char* secret : {"VietSoft.example", "3936", "Hanoi"}) {
    EXPECT_EQ(list.body.find(secret), std::string::npos) << secret;
    EXPECT_EQ(read.body.find(secret), std::string::npos) << secret;
  }
  EXPECT_EQ(server_->Get(list_path + "&q=vietsoft").json()["total"], 0);
  EXPECT_EQ(server_->Get(list_path + "&language=vi").status, 400);
  EXPECT_EQ(server_->Get(path + "/export").status, 403);
  server_->SignInAs("attache");
  EXPECT_EQ(server_->Get(list_path + "&q=vietsoft").json()["total"], 1);
}

TEST_P(ContactsApi, CompanyUsersAndAttachesWorkWithinTheirScope) {
  const int64_t own = Organisation("Company One", "VN", true);  // the company user's
  const int64_t vietnam = Organisation("Viet Soft", "VN");      // the attaché's country
  const int64_t other = Organisation("Turk Yazilim", "TR");
  std::map<int64_t, std::string> paths;
  for (const int64_t organisation : {own, vietnam, other}) {
    const auto created = Create(Person(organisation));
    ASSERT_EQ(created.status, 201) << created.body;
    paths[organisation] = "/api/v1/contacts/" + created.json()["id"].dump();
  }
  const auto patch = [&](int64_t organisation, const std::string& body) {
    return server_->Request("PATCH", paths[organisation], body, {kJson, IfMatch(1)}).status;
  };
  const std::string move_to_other = R"({"organisation_id":)" + std::to_string(other) + "}";

  server_->SignInAs("company");
  const auto list = server_->Get("/api/v1/contacts?limit=500").json();
  ASSERT_GE(list["total"], 1);
  for (const auto& item : list["items"]) EXPECT_EQ(item["organisation"]["id"], own);
  EXPECT_EQ(server_->Get("/api/v1/contacts?organisation=" + std::to_string(other)).json()["total"],
            0);
  EXPECT_EQ(server_->Get(paths[other]).status, 404);
  EXPECT_EQ(server_->Get(paths[own]).status, 200);
  EXPECT_EQ(Create({{"organisation_id", other}, {"name_en", "Intruder"}}).status, 403);
  EXPECT_EQ(Create({{"organisation_id", own}, {"name_en", "Colleague"}}).status, 201);
  EXPECT_EQ(patch(own, move_to_other), 403);
  EXPECT_EQ(patch(other, R"({"position":"CEO"})"), 404);

  server_->SignInAs("attache");  // Vietnam
  EXPECT_EQ(Create({{"organisation_id", other}, {"name_en", "Not mine"}}).status, 403);
  EXPECT_EQ(patch(other, R"({"position":"CEO"})"), 403);
  EXPECT_EQ(patch(vietnam, move_to_other), 403);
  const auto patched =
      server_->Request("PATCH", paths[vietnam], R"({"position":"CEO"})", {kJson, IfMatch(1)});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_EQ(patched.json()["position"], "CEO");
}

TEST_P(ContactsApi, PatchMergesChecksVersionsAndArchives) {
  const int64_t organisation = Organisation("Viet Soft", "VN");
  const auto created = Create(Person(organisation));
  ASSERT_EQ(created.status, 201);
  const std::string path = "/api/v1/contacts/" + created.json()["id"].dump();
  const std::string merge = "Content-Type: application/merge-patch+json";
  const auto patched = server_->Request(
      "PATCH", path, R"({"email":null,"languages":["ru"],"consent_basis":"contract"})",
      {merge, IfMatch(1)});
  ASSERT_EQ(patched.status, 200) << patched.body;
  EXPECT_TRUE(patched.json()["email"].is_null());
  EXPECT_EQ(patched.json()["languages"], nlohmann::json({"ru"}));
  EXPECT_EQ(patched.json()["name_en"], "Nguyen Van An");
  EXPECT_EQ(patched.json()["version"], 2);
  EXPECT_EQ(patched.header("etag"), "\"2\"");

  const auto state = ContactsState();
  const DbSnapshot snapshot = TakeSnapshot(database());
  EXPECT_EQ(server_->Request("PATCH", path, R"({"position":"CEO"})", {kJson, IfMatch(1)}).status,
            409);
  EXPECT_EQ(server_->Request("PATCH", path, R"({"position":"CEO"})", {kJson}).status, 428);
  const auto invalid = server_->Request("PATCH", path, R"({"phone":"none"})", {kJson, IfMatch(2)});
  ASSERT_EQ(invalid.status, 422);
  EXPECT_EQ(invalid.json()["errors"][0]["pointer"], "/phone");
  EXPECT_EQ(server_->Request("DELETE", path, "", {IfMatch(1)}).status, 409);
  EXPECT_EQ(server_->Request("DELETE", path).status, 428);
  EXPECT_EQ(ContactsState(), state);
  EXPECT_EQ(TakeSnapshot(database()), snapshot);

  EXPECT_EQ(server_->Request("DELETE", path, "", {IfMatch(2)}).status, 204);
  EXPECT_EQ(server_->Get(path).status, 404);
  EXPECT_EQ(
      server_->Get("/api/v1/contacts?organisation=" + std::to_string(organisation)).json()["total"],
      0);
  EXPECT_EQ(server_->Request("PATCH", path, R"({"position":"CEO"})", {kJson, IfMatch(3)}).status,
            404);
}

TEST_P(ContactsApi, ExportHoldsTheRecordAndItsHistory) {
  const auto created = Create(Person(Organisation("Viet Soft", "VN")));
  ASSERT_EQ(created.status, 201);
  const std::string id = created.json()["id"].dump();
  const std::string path = "/api/v1/contacts/" + id;
  ASSERT_EQ(
      server_->Request("PATCH", path, R"({"email":"an@new.example"})", {kJson, IfMatch(1)}).status,
      200);
  const auto exported = server_->Get(path + "/export");
  ASSERT_EQ(exported.status, 200) << exported.body;
  EXPECT_EQ(exported.header("content-disposition"),
            "attachment; filename=\"contact-" + id + ".json\"");
  const auto body = exported.json();
  EXPECT_EQ(body["contact"]["email"], "an@new.example");
  EXPECT_EQ(body["contact"]["notes"], "Met at the Hanoi IT fair.");
  ASSERT_EQ(body["history"].size(), 2U);
  EXPECT_EQ(body["history"][0]["action"], "create");
  EXPECT_EQ(body["history"][0]["diff"]["email"]["to"], "An.Nguyen@VietSoft.example");
  EXPECT_EQ(body["history"][1]["action"], "update");
  EXPECT_EQ(body["history"][1]["diff"]["email"]["to"], "an@new.example");
  // Taking the copy is itself on the record.
  const auto trail = server_->Get("/api/v1/audit?entity=contact&id=" + id).json();
  EXPECT_EQ(trail["items"][0]["action"], "export");

  server_->SignInAs("attache");
  EXPECT_EQ(server_->Get(path + "/export").status, 403);
}

TEST_P(ContactsApi, ErasureBlanksThePersonAndRedactsTheTrail) {
  const int64_t organisation = Organisation("Viet Soft", "VN");
  const auto created = Create(Person(organisation));
  ASSERT_EQ(created.status, 201);
  const std::string id = created.json()["id"].dump();
  const std::string path = "/api/v1/contacts/" + id;
  ASSERT_EQ(
      server_->Request("PATCH", path, R"({"email":"an@new.example"})", {kJson, IfMatch(1)}).status,
      200);

  const auto erased = server_->SendJson("POST", path + "/erase", nlohmann::json::object());
  ASSERT_EQ(erased.status, 200) << erased.body;
  const auto body = erased.json();
  EXPECT_EQ(body["erased"], true);
  EXPECT_FALSE(body["erased_at"].is_null());
  EXPECT_EQ(body["version"], 3);
  EXPECT_EQ(body["organisation"]["id"], organisation);
  for (const char* key : {"name_ru", "name_en", "position", "notes"})
    EXPECT_EQ(body[key], "") << key;
  for (const char* key : {"email", "phone", "consent_date", "consent_basis"}) {
    EXPECT_TRUE(body[key].is_null()) << key;
  }
  EXPECT_TRUE(body["languages"].empty());

  // Who did what and when stays; what the person's data was does not.
  const auto trail = server_->Get("/api/v1/audit?entity=contact&id=" + id);
  ASSERT_EQ(trail.status, 200);
  const auto items = trail.json()["items"];  // newest first
  ASSERT_EQ(items.size(), 3U);
  EXPECT_EQ(items[0]["action"], "erase");
  EXPECT_EQ(items[0]["diff"], nlohmann::json::parse(R"({"erased":{"from":null,"to":true}})"));
  EXPECT_EQ(items[1]["action"], "update");
  EXPECT_EQ(items[2]["action"], "create");
  EXPECT_EQ(items[2]["diff"], nlohmann::json::parse(R"({"redacted":true})"));
  for (const std::string& diff : StoredDiffs(std::stoll(id))) {
    for (const char* secret : {"@", "Nguyen", "Нгуен", "3936", "Hanoi", "CTO"}) {
      EXPECT_EQ(diff.find(secret), std::string::npos) << secret << " in " << diff;
    }
  }
  EXPECT_EQ(server_->Get("/api/v1/contacts?q=nguyen&organisation=" + std::to_string(organisation))
                .json()["total"],
            0);
  EXPECT_EQ(server_->Get(path).json()["erased"], true);

  const auto state = ContactsState();
  const auto patched =
      server_->Request("PATCH", path, R"({"name_en":"Back again"})", {kJson, IfMatch(3)});
  EXPECT_EQ(patched.status, 409) << patched.body;
  EXPECT_NE(patched.json()["detail"].get<std::string>().find("erased"), std::string::npos);
  const DbSnapshot snapshot = TakeSnapshot(database());
  EXPECT_EQ(server_->SendJson("POST", path + "/erase", nlohmann::json::object()).status, 200);
  EXPECT_EQ(TakeSnapshot(database()), snapshot);  // erasing again records nothing
  EXPECT_EQ(ContactsState(), state);

  // An erased contact may still be archived, and an archived one still exported.
  EXPECT_EQ(server_->Request("DELETE", path, "", {IfMatch(3)}).status, 204);
  const auto exported = server_->Get(path + "/export");
  ASSERT_EQ(exported.status, 200);
  EXPECT_FALSE(exported.json()["contact"]["archived_at"].is_null());
  EXPECT_EQ(exported.body.find("Nguyen"), std::string::npos);
}

TEST_P(ContactsApi, ArchivedContactsCanStillBeErased) {
  const auto created = Create(Person(Organisation("Viet Soft", "VN")));
  ASSERT_EQ(created.status, 201);
  const std::string path = "/api/v1/contacts/" + created.json()["id"].dump();
  ASSERT_EQ(server_->Request("DELETE", path, "", {IfMatch(1)}).status, 204);
  const auto erased = server_->SendJson("POST", path + "/erase", nlohmann::json::object());
  ASSERT_EQ(erased.status, 200) << erased.body;
  EXPECT_TRUE(erased.json()["email"].is_null());
  for (const std::string& diff : StoredDiffs(created.json()["id"].get<int64_t>())) {
    EXPECT_EQ(diff.find('@'), std::string::npos) << diff;
  }
  EXPECT_EQ(
      server_->SendJson("POST", "/api/v1/contacts/999999/erase", nlohmann::json::object()).status,
      404);
}

INSTANTIATE_TEST_SUITE_P(Backends, ContactsApi, kBackends, BackendName);

}  // namespace
}  // namespace attache::testing
