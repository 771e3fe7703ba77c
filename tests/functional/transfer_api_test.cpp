// Imports and exports on the real binary, on SQLite and on PostgreSQL: all-or-nothing and
// skip-invalid, idempotent re-imports, Windows-1251, duplicate warnings, and exports that import
// back unchanged.
#include <gtest/gtest.h>

#include <fstream>

#include "harness.hpp"

namespace attache::testing {
namespace {

constexpr const char* kCsv = "Content-Type: text/csv";

// A 10-digit INN with a correct check digit after nine given digits.
std::string Inn(const std::string& nine) {
  constexpr int kWeights[] = {2, 4, 10, 3, 5, 9, 4, 6, 8};
  int sum = 0;
  for (int i = 0; i < 9; ++i) sum += kWeights[i] * (nine[i] - '0');
  return nine + std::to_string(sum % 11 % 10);
}

// Cyrillic UTF-8 as Windows-1251 (А..я and Ё ё; ASCII as is), as Excel saves a Russian CSV.
std::string ToWindows1251(const std::string& utf8) {
  std::string out;
  for (size_t i = 0; i < utf8.size(); ++i) {
    const auto byte = static_cast<unsigned char>(utf8[i]);
    if (byte < 0x80) {
      out += static_cast<char>(byte);
      continue;
    }
    const unsigned code = ((byte & 0x1F) << 6) | (static_cast<unsigned char>(utf8[++i]) & 0x3F);
    if (code >= 0x410 && code <= 0x44F) {
      out += static_cast<char>(0xC0 + (code - 0x410));
    } else if (code == 0xAB || code == 0xBB) {
      out += static_cast<char>(code);  // « and » sit at the same places in Windows-1251
    } else if (code == 0x401) {
      out += static_cast<char>(0xA8);
    } else if (code == 0x451) {
      out += static_cast<char>(0xB8);
    } else {
      out += '?';
    }
  }
  return out;
}

class TransferApi : public ApiTest {
 protected:
  HttpReply Upload(const std::string& kind, const std::string& file,
                   const std::string& query = "") const {
    return server_->Request("POST", "/api/v1/imports/" + kind + query, file, {kCsv});
  }
  int64_t Total(const std::string& path) const {
    const auto reply = server_->Get(path);
    EXPECT_EQ(reply.status, 200) << path << " " << reply.body;
    return reply.json().value("total", int64_t{-1});
  }
};

// Three companies in Russian Excel's CSV (`;`, Windows-1251); the third one's INN is wrong.
std::string CompaniesCsv() {
  return ToWindows1251(
      "Вид;Наименование (рус.);Наименование (англ.);Страна;ИНН;Аккредитация ИТ;"
      "Дата аккредитации;Экспортные рынки\r\n"
      "domestic_company;ООО «Северный код»;Severny Kod;RU;" +
      Inn("770100001") +
      ";да;15.03.2022;\"VN:exporting; IN:interested\"\r\n"
      "domestic_company;АО «Южные системы»;Yuzhnye Sistemy;RU;" +
      Inn("230100002") +
      ";нет;;\r\n"
      "domestic_company;ООО «Третий»;Tretiy;RU;1234567890;нет;;\r\n");
}

TEST_P(TransferApi, AFileWithABadRowWritesNothingAndSaysWhere) {
  const int64_t before = Total("/api/v1/organisations?limit=1");
  const auto refused = Upload("organisations", CompaniesCsv());
  ASSERT_EQ(refused.status, 422) << refused.body;
  const auto report = refused.json()["report"];
  EXPECT_EQ(report["written"], false);
  EXPECT_EQ(report["rows"], 3);
  EXPECT_EQ(report["invalid"], 1);
  ASSERT_EQ(report["problems"].size(), 1U) << report.dump();
  EXPECT_EQ(report["problems"][0]["row"], 4) << "the header is row 1";
  EXPECT_EQ(report["problems"][0]["column"], "ИНН");
  EXPECT_EQ(Total("/api/v1/organisations?limit=1"), before) << "nothing was written";

  // The same file, dry run: the same report, still nothing written.
  const auto dry = Upload("organisations", CompaniesCsv(), "?dry_run=true");
  ASSERT_EQ(dry.status, 200) << dry.body;
  EXPECT_EQ(dry.json()["created"], 2);
  EXPECT_EQ(dry.json()["written"], false);
  EXPECT_EQ(Total("/api/v1/organisations?limit=1"), before);

  // Skipping the invalid row writes the two others, with their markets and accreditation.
  const auto skipped = Upload("organisations", CompaniesCsv(), "?skip_invalid=true");
  ASSERT_EQ(skipped.status, 200) << skipped.body;
  EXPECT_EQ(skipped.json()["created"], 2);
  EXPECT_EQ(skipped.json()["invalid"], 1);
  EXPECT_EQ(skipped.json()["written"], true);
  EXPECT_EQ(Total("/api/v1/organisations?limit=1"), before + 2);
  const auto found = server_->Get("/api/v1/organisations?q=Severny").json();
  ASSERT_EQ(found["total"], 1);
  const auto company = found["items"][0];
  EXPECT_EQ(company["name_ru"], "ООО «Северный код»") << "read as Windows-1251";
  EXPECT_EQ(company["accredited"], true);
  EXPECT_EQ(company["accreditation_date"], "2022-03-15");
  EXPECT_EQ(company["markets"].size(), 2U);

  // Again: found by INN, nothing changes; the audit trail records the import once.
  const auto again = Upload("organisations", CompaniesCsv(), "?skip_invalid=true");
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(again.json()["created"], 0);
  EXPECT_EQ(again.json()["unchanged"], 2);
  const auto audit = server_->Get("/api/v1/audit?entity=import").json();
  EXPECT_EQ(audit["total"], 1) << audit.dump();
}

TEST_P(TransferApi, WarnsOfLikelyDuplicatesAndRepeatedKeys) {
  const std::string inn = Inn("770200003");
  const std::string file =
      "kind,name_ru,name_en,country,inn\n"
      "domestic_company,АО «Лаборатория Касперского»,,RU,\n"
      "domestic_company,ООО «Повтор»,Povtor,RU," +
      inn +
      "\n"
      "domestic_company,ООО «Повтор»,Povtor Two,RU," +
      inn + "\n";
  const auto reply = Upload("organisations", file, "?dry_run=true");
  ASSERT_EQ(reply.status, 200) << reply.body;
  const auto warnings = reply.json()["warnings"];
  ASSERT_EQ(warnings.size(), 2U) << warnings.dump();
  EXPECT_EQ(warnings[0]["row"], 2);
  EXPECT_NE(warnings[0]["message"].get<std::string>().find("Kaspersky Lab"), std::string::npos);
  EXPECT_EQ(warnings[1]["row"], 4);
  EXPECT_EQ(warnings[1]["column"], "inn");
}

TEST_P(TransferApi, RefusesUnknownColumnsAndUnreadableCells) {
  const auto unknown = Upload("solutions", "name_en,colour\nA,red\n");
  ASSERT_EQ(unknown.status, 422) << unknown.body;
  EXPECT_EQ(unknown.json()["report"]["problems"][0]["column"], "colour");
  EXPECT_EQ(unknown.json()["report"]["problems"][0]["row"], 1);

  const auto cells = Upload(
      "organisations", "name_en,country,accredited,accreditation_date\nA,RU,perhaps,31.02.2024\n");
  ASSERT_EQ(cells.status, 422) << cells.body;
  EXPECT_EQ(cells.json()["report"]["problems"].size(), 2U);

  EXPECT_EQ(Upload("companies", "name_en\nA\n").status, 404);
  EXPECT_EQ(Upload("organisations", "").status, 400);
  const auto quote = Upload("organisations", "name_en\n\"unterminated\n");
  EXPECT_EQ(quote.status, 400) << quote.body;
}

TEST_P(TransferApi, SolutionsFindTheirOwnerByInnAndUpdateByRegistryNumber) {
  const std::string inn = Inn("770300004");
  const auto owner = server_->SendJson(
      "POST", "/api/v1/organisations",
      {{"kind", "domestic_company"}, {"name_en", "Owner by INN"}, {"country", "RU"}, {"inn", inn}});
  ASSERT_EQ(owner.status, 201) << owner.body;
  const std::string header =
      "Organisation INN,Name (English),Kind,Main class,Maturity,Registry number,Deployments,"
      "Export readiness (0-3),Published\n";
  const auto first = Upload("solutions", header + inn +
                                             ",Imported shield,software,isc.ics_security,beta,"
                                             "98765,\"VN | A ministry | 2023 | national\",2,yes\n");
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json()["created"], 1);
  const auto second =
      Upload("solutions", header + inn +
                              ",Imported shield,software,isc.ics_security,stable,"
                              "98765,\"VN | A ministry | 2023 | national\",2,yes\n");
  ASSERT_EQ(second.status, 200) << second.body;
  EXPECT_EQ(second.json()["updated"], 1);
  EXPECT_EQ(second.json()["created"], 0);
  const auto found = server_->Get("/api/v1/solutions?q=98765").json();
  ASSERT_EQ(found["total"], 1);
  EXPECT_EQ(found["items"][0]["maturity"], "stable");
  EXPECT_EQ(found["items"][0]["references"][0]["customer"], "A ministry");

  const auto stranger = Upload("solutions", header + Inn("990000001") + ",X,software,,,,,,\n");
  ASSERT_EQ(stranger.status, 422);
  EXPECT_EQ(stranger.json()["report"]["problems"][0]["column"], "Organisation INN");
}

TEST_P(TransferApi, ContactsImportOncePerEmail) {
  const std::string file =
      "organisation_id,name_en,position,email,languages\n"
      "1,Anna Petrova,Export manager,Anna.Petrova@example.org,\"ru, en\"\n";
  const auto first = Upload("contacts", file);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json()["created"], 1);
  const auto again = Upload("contacts", file);
  ASSERT_EQ(again.status, 200) << again.body;
  EXPECT_EQ(again.json()["unchanged"], 1);
}

TEST_P(TransferApi, ExportsTheFilteredListAndItImportsBackUnchanged) {
  const int64_t software = Total("/api/v1/solutions?kind=software&limit=1");
  ASSERT_GT(software, 0);
  const auto csv = server_->Get("/api/v1/solutions/export?kind=software&lang=ru");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_EQ(csv.header("content-type"), "text/csv; charset=utf-8");
  EXPECT_NE(csv.header("content-disposition").find("solutions-"), std::string::npos);
  ASSERT_TRUE(csv.body.starts_with("\xEF\xBB\xBF")) << "a BOM for Excel";
  EXPECT_NE(csv.body.find("Наименование (рус.);"), std::string::npos) << "Russian headers, `;`";
  int64_t lines = 0;
  for (const char c : csv.body) lines += c == '\n';
  EXPECT_GE(lines, software + 1);

  const auto back = Upload("solutions", csv.body);
  ASSERT_EQ(back.status, 200) << back.body;
  EXPECT_EQ(back.json()["unchanged"], software) << back.body;
  EXPECT_EQ(back.json()["updated"], 0);

  const auto xlsx = server_->Get("/api/v1/organisations/export?format=xlsx&kind=domestic_company");
  ASSERT_EQ(xlsx.status, 200) << xlsx.body;
  ASSERT_TRUE(xlsx.body.starts_with("PK")) << "a zip";
  const auto xlsx_back = Upload("organisations", xlsx.body);
  ASSERT_EQ(xlsx_back.status, 200) << xlsx_back.body;
  EXPECT_EQ(xlsx_back.json()["created"], 0);
  EXPECT_EQ(xlsx_back.json()["updated"], 0) << xlsx_back.body;

  const auto audit = server_->Get("/api/v1/audit?entity=export").json();
  EXPECT_EQ(audit["total"], 2) << "each export is recorded";
  EXPECT_EQ(server_->Get("/api/v1/solutions/export?format=pdf").status, 400);
}

TEST_P(TransferApi, ViewersExportContactsWithoutPersonalData) {
  server_->SignInAs("viewer");
  const auto csv = server_->Get("/api/v1/contacts/export?lang=en");
  ASSERT_EQ(csv.status, 200) << csv.body;
  EXPECT_NE(csv.body.find("Position"), std::string::npos);
  EXPECT_EQ(csv.body.find("E-mail"), std::string::npos);
  EXPECT_EQ(csv.body.find("@"), std::string::npos);
  EXPECT_EQ(Upload("contacts", "name_en\nA\n").status, 403) << "viewers do not import";
}

// The rows of a CSV export: its lines less the header (no cell of these lists spans lines).
int64_t Rows(const HttpReply& csv) {
  int64_t lines = 0;
  for (const char c : csv.body) lines += c == '\n';
  return lines - 1;
}

TEST_P(TransferApi, CountriesAttachesUsersTokensAndTheAuditTrailExportTheirFilteredView) {
  const auto active = server_->Get("/api/v1/countries/export?presence=active&sort=iso2");
  ASSERT_EQ(active.status, 200) << active.body;
  EXPECT_TRUE(active.body.find("ISO code,ISO alpha-3,Name (English)") != std::string::npos)
      << active.body.substr(0, 200);
  EXPECT_EQ(Rows(active), Total("/api/v1/countries?presence=active&limit=1"));
  EXPECT_NE(active.body.find("\nAM,ARM,Armenia,"), std::string::npos) << "sorted by code";
  EXPECT_EQ(active.body.find(",planned,"), std::string::npos) << "filtered";
  const auto all_ru = server_->Get("/api/v1/countries/export?lang=ru&format=xlsx");
  ASSERT_EQ(all_ru.status, 200) << all_ru.body;
  EXPECT_TRUE(all_ru.body.starts_with("PK"));
  // Paging parameters do not cut the file short.
  const auto ru = server_->Get("/api/v1/countries/export?lang=ru&limit=5");
  ASSERT_EQ(ru.status, 200) << ru.body;
  EXPECT_EQ(Rows(ru), 249);
  EXPECT_NE(ru.body.find("Код ISO;"), std::string::npos);
  EXPECT_NE(ru.body.find("Вьетнам;"), std::string::npos);
  EXPECT_EQ(server_->Get("/api/v1/countries/export?presence=lost").status, 400);

  const auto created = server_->SendJson("POST", "/api/v1/attaches",
                                         {{"country", "VN"},
                                          {"name_en", "Ivan Petrov"},
                                          {"status", "active"},
                                          {"email", "i.petrov@example.org"}});
  ASSERT_EQ(created.status, 201) << created.body;
  const auto vietnam = server_->Get("/api/v1/attaches/export?country=VN");
  ASSERT_EQ(vietnam.status, 200) << vietnam.body;
  EXPECT_EQ(Rows(vietnam), Total("/api/v1/attaches?country=VN&limit=1"));
  EXPECT_NE(vietnam.body.find("i.petrov@example.org"), std::string::npos);
  EXPECT_EQ(vietnam.body.find(",AR,"), std::string::npos) << "only Vietnam";

  // Accounts: only for who reads users, never a secret.
  EXPECT_EQ(server_->Get("/api/v1/users/export").status, 403) << "analysts do not read users";
  server_->SignInAs("admin");
  const auto attaches = server_->Get("/api/v1/users/export?role=attache");
  ASSERT_EQ(attaches.status, 200) << attaches.body;
  EXPECT_EQ(Rows(attaches), Total("/api/v1/users?role=attache&limit=1"));
  EXPECT_EQ(attaches.body.find(",analyst,"), std::string::npos);
  EXPECT_EQ(attaches.body.find("argon2"), std::string::npos);

  const auto trail = server_->Get("/api/v1/audit/export?entity=attache");
  ASSERT_EQ(trail.status, 200) << trail.body;
  EXPECT_EQ(Rows(trail), Total("/api/v1/audit?entity=attache&limit=1"));
  EXPECT_NE(trail.body.find("Ivan Petrov"), std::string::npos) << "the diff as JSON text";
  // Each export above is in the trail (the refused ones are not).
  EXPECT_EQ(Total("/api/v1/audit?entity=export&limit=1"), 6);

  // Tokens: the prefix the list shows, never the secret; only one's own for most roles.
  const auto token = server_->SendJson(
      "POST", "/api/v1/tokens",
      {{"name", "Nightly report"}, {"permissions", {"country.read"}}, {"expires_on", UtcDate(30)}});
  ASSERT_EQ(token.status, 201) << token.body;
  const std::string secret = token.json().value("secret", "");
  ASSERT_FALSE(secret.empty());
  const auto tokens = server_->Get("/api/v1/tokens/export?status=active");
  ASSERT_EQ(tokens.status, 200) << tokens.body;
  EXPECT_EQ(Rows(tokens), Total("/api/v1/tokens?status=active&limit=1"));
  EXPECT_NE(tokens.body.find("Nightly report"), std::string::npos);
  EXPECT_EQ(tokens.body.find(secret), std::string::npos);

  server_->SignInAs("viewer");
  const auto hidden = server_->Get("/api/v1/attaches/export?country=VN");
  ASSERT_EQ(hidden.status, 200) << hidden.body;
  EXPECT_EQ(hidden.body.find("E-mail"), std::string::npos);
  EXPECT_EQ(hidden.body.find("@"), std::string::npos);
  EXPECT_EQ(server_->Get("/api/v1/audit/export").status, 403);
}

TEST_P(TransferApi, TheTaxonomyExportsAsItsPageFiltersIt) {
  const auto found =
      server_->Get("/api/v1/taxonomy/export?q=%D0%90%D0%9D%D0%A2%D0%98%D0%92%D0%98%D0%A0");
  ASSERT_EQ(found.status, 200) << found.body;
  EXPECT_NE(found.body.find("isc.antivirus,"), std::string::npos) << "«АНТИВИР» in any case";
  EXPECT_EQ(found.body.find("dat.bi,"), std::string::npos);
  EXPECT_NE(found.body.find(",Information security,"), std::string::npos) << "the group's name";

  const auto taxonomy = server_->Get("/api/v1/taxonomy").json();
  size_t in_group = 0;
  for (const auto& group : taxonomy["groups"]) {
    if (group["id"] == "dat") in_group = group["classes"].size();
  }
  ASSERT_GT(in_group, 0U);
  const auto group = server_->Get("/api/v1/taxonomy/export?group=dat&lang=ru");
  ASSERT_EQ(group.status, 200) << group.body;
  EXPECT_EQ(Rows(group), static_cast<int64_t>(in_group));
  EXPECT_NE(group.body.find("Код;Группа;"), std::string::npos);
  EXPECT_EQ(group.body.find("isc."), std::string::npos);
  EXPECT_EQ(Total("/api/v1/audit?entity=export&limit=1"), 2);

  // Anyone may read the taxonomy, and take it as a file; only callers signed in are recorded.
  server_->Use({});
  const auto anonymous = server_->Get("/api/v1/taxonomy/export?group=isc");
  ASSERT_EQ(anonymous.status, 200) << anonymous.body;
  EXPECT_NE(anonymous.body.find("isc.antivirus"), std::string::npos);
  server_->SignInAs("analyst");
  EXPECT_EQ(Total("/api/v1/audit?entity=export&limit=1"), 2);
}

TEST_P(TransferApi, TemplatesHoldTheImportColumns) {
  const auto ru = server_->Get("/api/v1/imports/solutions/template?lang=ru");
  ASSERT_EQ(ru.status, 200) << ru.body;
  EXPECT_NE(ru.body.find("ИНН организации"), std::string::npos);
  EXPECT_EQ(ru.body.find("Изменено"), std::string::npos) << "read-only columns are not imported";
  const auto xlsx = server_->Get("/api/v1/imports/contacts/template?format=xlsx");
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_TRUE(xlsx.body.starts_with("PK"));
}

INSTANTIATE_TEST_SUITE_P(Backends, TransferApi, kBackends, BackendName);

// The command line runs the same import.
class ImportCommand : public ::testing::Test {};

TEST_F(ImportCommand, ChecksAndWritesAFile) {
  auto database = TempDatabase::Create(db::Dialect::kSqlite);
  ASSERT_NE(database, nullptr);
  const auto file = database->dir() / "companies.csv";
  {
    std::ofstream out(file, std::ios::binary);
    out << CompaniesCsv();
  }
  const std::vector<std::string> where = {"--db", database->url(), "--data",
                                          database->dir().string()};
  auto args = [&](std::vector<std::string> head) {
    head.insert(head.end(), where.begin(), where.end());
    return head;
  };
  const auto [refused, refused_out] = RunCommand(args({"import", "companies", file.string()}));
  EXPECT_EQ(refused, 1) << refused_out;
  EXPECT_NE(refused_out.find("row 4, ИНН"), std::string::npos) << refused_out;
  EXPECT_NE(refused_out.find("nothing written"), std::string::npos) << refused_out;
  const auto [written, written_out] =
      RunCommand(args({"import", "companies", file.string(), "--skip-invalid", "--lang", "ru"}));
  EXPECT_EQ(written, 0) << written_out;
  EXPECT_NE(written_out.find("новых 2"), std::string::npos) << written_out;
  const auto [json_code, json_out] =
      RunCommand(args({"import", "companies", file.string(), "--dry-run", "--json"}));
  EXPECT_EQ(json_code, 1) << json_out;
  EXPECT_NE(json_out.find("\"unchanged\": 2"), std::string::npos) << json_out;
}

}  // namespace
}  // namespace attache::testing
