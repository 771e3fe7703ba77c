#include "domains/taxonomy/reference.hpp"

#include <gtest/gtest.h>

#include <set>

#include "domains/taxonomy/service.hpp"
#include "domains/taxonomy/store.hpp"
#include "support/temp_database.hpp"

namespace attache::taxonomy {
namespace {

TEST(TaxonomyReference, TheEmbeddedFilesHoldFifteenGroupsAnd143ClassesAnd34Areas) {
  auto reference = EmbeddedReference();
  ASSERT_TRUE(reference) << reference.error().internal;
  ASSERT_EQ(reference->groups.size(), 15U);
  ASSERT_EQ(reference->classes.size(), 143U);
  ASSERT_EQ(reference->areas.size(), 34U);
  std::set<std::string> groups_with_classes;
  for (const Class& c : reference->classes) {
    EXPECT_FALSE(c.fields.synonyms_en.empty()) << c.fields.id;
    EXPECT_FALSE(c.fields.synonyms_ru.empty()) << c.fields.id;
    EXPECT_FALSE(c.anchors.empty()) << c.fields.id;
    groups_with_classes.insert(c.fields.group_id);
  }
  EXPECT_EQ(groups_with_classes.size(), 15U);

  const Class& first = reference->classes.front();
  EXPECT_EQ(first.fields.id, "idt.digital_id");
  EXPECT_EQ(first.fields.label_ru, "Цифровая идентификация и аутентификация");
  EXPECT_EQ(first.fields.synonyms_en,
            (std::vector<std::string>{"identity management", "eID", "SSO", "identity provider"}));
  EXPECT_EQ(first.anchors.front(), "GS:Identity");
  EXPECT_EQ(reference->groups.back().label_ru, "Интернет-платформы и потребительские сервисы");
  EXPECT_EQ(reference->areas.front().id, "coop.egov");
  EXPECT_EQ(reference->areas.front().related,
            (std::vector<std::string>{"svc.*", "idt.*", "int.info_mediator"}));
}

constexpr std::string_view kGroups = "group_id;label_en;label_ru\nab;Alpha;Альфа\ncd;Cee;Це\n";
constexpr std::string_view kClasses =
    "id;group;label_en;label_ru;synonyms_en;synonyms_ru;anchors\n"
    "ab.one;ab;One;Один; uno | ein ;раз;P\n"
    "cd.two_b;cd;Two;Два;;;\n";
constexpr std::string_view kAreas =
    "id;label_en;label_ru;related_taxonomy\ncoop.x;X;Икс;ab.*|cd.two_b\ncoop.y;Y;Игрек;\n";

TEST(TaxonomyReference, ParsesListsAndWindowsLineEnds) {
  std::string classes(kClasses);
  for (size_t at = classes.find('\n'); at != std::string::npos; at = classes.find('\n', at + 2)) {
    classes.insert(at, "\r");
  }
  auto reference = ParseReference(kGroups, classes, kAreas);
  ASSERT_TRUE(reference) << reference.error().internal;
  ASSERT_EQ(reference->classes.size(), 2U);
  EXPECT_EQ(reference->classes[0].fields.synonyms_en, (std::vector<std::string>{"uno", "ein"}));
  EXPECT_EQ(reference->classes[1].fields.label_ru, "Два");
  EXPECT_TRUE(reference->classes[1].fields.synonyms_ru.empty());
  EXPECT_TRUE(reference->classes[1].anchors.empty());
  EXPECT_TRUE(reference->areas[1].related.empty());
}

TEST(TaxonomyReference, RefusesMalformedFilesNamingTheFileAndLine) {
  struct Case {
    const char* name;
    std::string groups;
    std::string classes;
    std::string areas;
    const char* expected;
  };
  const std::string g(kGroups);
  const std::string c(kClasses);
  const std::string a(kAreas);
  const std::vector<Case> cases = {
      {"empty", "", c, a, "groups.csv line 1: no header"},
      {"other header", "id;label_en;label_ru\nab;A;А\n", c, a, "groups.csv line 1"},
      {"upper-case group", g + "EF;E;Е\n", c, a, "groups.csv line 4"},
      {"group twice", g + "ab;A;А\n", c, a, "groups.csv line 4: a second group ab"},
      {"missing column", g, c + "ab.three;ab;Three;Три;;\n", a, "classes.csv line 4: 6 columns"},
      {"extra column", g, c + "ab.three;ab;Three;Три;;;;\n", a, "classes.csv line 4: 8 columns"},
      {"no label", g, c + "ab.three;ab;Three;;;;\n", a, "classes.csv line 4: no label_ru"},
      {"unknown group", g, c + "ef.three;ef;Three;Три;;;\n", a, "classes.csv line 4: no group ef"},
      {"prefix of another group", g, c + "cd.three;ab;Three;Три;;;\n", a, "classes.csv line 4"},
      {"not snake case", g, c + "ab.Three;ab;Three;Три;;;\n", a, "classes.csv line 4"},
      {"class twice", g, c + "ab.one;ab;Again;Снова;;;\n", a, "a second class ab.one"},
      {"unknown related class", g, c, a + "coop.z;Z;Зет;ab.two\n", "line 4: no class ab.two"},
      {"unknown related group", g, c, a + "coop.z;Z;Зет;ef.*\n", "line 4: no class ef.*"},
      {"area twice", g, c, a + "coop.x;X;Икс;\n", "a second area coop.x"},
  };
  for (const Case& test : cases) {
    auto parsed = ParseReference(test.groups, test.classes, test.areas);
    ASSERT_FALSE(parsed) << test.name;
    EXPECT_EQ(parsed.error().code, ErrorCode::kInternal) << test.name;
    EXPECT_NE(parsed.error().internal.find(test.expected), std::string::npos)
        << test.name << ": " << parsed.error().internal;
  }
}

const TimePoint kNow =
    std::chrono::sys_days{std::chrono::year{2026} / 11 / 21} + std::chrono::hours(9);

class TaxonomySync : public testing::BackendTest {
 protected:
  TaxonomySync() : BackendTest(testing::Open::kMigrated) {}
  void SetUp() override {
    BackendTest::SetUp();
    if (!db_) return;
    auto reference = EmbeddedReference();
    ASSERT_TRUE(reference) << reference.error().internal;
    reference_ = std::move(*reference);
  }

  std::vector<std::string> Sync(const Reference& reference) {
    auto written =
        db_->Write([&](db::Connection& conn) { return SyncReference(conn, reference, kNow); });
    EXPECT_TRUE(written) << written.error().internal;
    std::vector<std::string> ids;
    for (const SyncedRow& row : written.value_or(std::vector<SyncedRow>{})) {
      ids.push_back(std::string(row.entity) + " " + row.id);
    }
    return ids;
  }

  Class Stored(const std::string& id) {
    auto found = db_->Read([&](db::Connection& conn) { return SelectClass(conn, id); });
    EXPECT_TRUE(found && *found) << id;
    return found && *found ? **found : Class{};
  }

  Class& Find(Reference& reference, const std::string& id) {
    for (Class& c : reference.classes) {
      if (c.fields.id == id) return c;
    }
    ADD_FAILURE() << id;
    return reference.classes.front();
  }

  Reference reference_;
};

TEST_P(TaxonomySync, WritesEverythingOnceAndThenNothing) {
  EXPECT_EQ(Sync(reference_).size(), 15U + 143U + 34U);
  EXPECT_TRUE(Sync(reference_).empty());
  const Class stored = Stored("dat.llm");
  EXPECT_EQ(stored.origin, Origin::kReference);
  EXPECT_EQ(stored.version, 1);
  EXPECT_EQ(stored.fields.synonyms_en,
            (std::vector<std::string>{"LLM", "GenAI", "foundation model", "AI assistant"}));
  EXPECT_EQ(stored.updated_at, "2026-11-21T09:00:00.000Z");
}

TEST_P(TaxonomySync, FileChangesReachClassesAdministratorsHaveNotEdited) {
  Sync(reference_);
  Service service(*db_, [] { return kNow; });
  ClassPatch patch;
  patch.label_en = "Business intelligence";
  ASSERT_TRUE(service.PatchClass("dat.bi", 1, patch, Actor::System("test")));

  Reference next = reference_;
  Find(next, "dat.bi").fields.label_en = "BI and reporting";
  Find(next, "dat.bi").anchors = {"GS:Reporting"};
  Find(next, "dat.search").fields.label_ru = "Поисковые системы и сервисы";
  Find(next, "dat.search").fields.synonyms_en.push_back("site search");
  next.groups[0].label_en = "Identity and trust";
  next.areas[0].related = {"svc.portal"};
  Class added = Find(next, "dat.search");
  added.fields.id = "dat.knowledge_graphs";
  next.classes.push_back(added);
  std::erase_if(next.classes, [](const Class& c) { return c.fields.id == "web.games"; });
  const auto written = Sync(next);
  // The classes after the removed one move up a place.
  EXPECT_EQ(written, (std::vector<std::string>{
                         "taxonomy_group idt", "taxonomy_class dat.bi", "taxonomy_class dat.search",
                         "taxonomy_class web.adtech", "taxonomy_class web.media_streaming",
                         "taxonomy_class dat.knowledge_graphs", "cooperation_area coop.egov"}));

  const Class edited = Stored("dat.bi");
  EXPECT_EQ(edited.fields.label_en, "Business intelligence") << "the administrator's wording stays";
  EXPECT_EQ(edited.anchors, (std::vector<std::string>{"GS:Reporting"}));
  EXPECT_EQ(edited.version, 2);
  const Class search = Stored("dat.search");
  EXPECT_EQ(search.fields.label_ru, "Поисковые системы и сервисы");
  EXPECT_EQ(search.fields.synonyms_en.back(), "site search");
  EXPECT_EQ(search.version, 1);
  EXPECT_EQ(Stored("dat.knowledge_graphs").origin, Origin::kReference);
  EXPECT_EQ(Stored("web.games").fields.label_en, "Games & entertainment") << "never deleted";
  EXPECT_TRUE(Sync(next).empty());
}

TEST_P(TaxonomySync, AnAdministratorsClassKeepsAnIdTheFileTakesLater) {
  Sync(reference_);
  Service service(*db_, [] { return kNow; });
  ASSERT_TRUE(
      service.CreateClass({"dat.graphs", "dat", "Graphs", "Графы", {}, {}}, Actor::System("test")));
  Reference next = reference_;
  Class clash = Find(next, "dat.search");
  clash.fields.id = "dat.graphs";
  next.classes.push_back(clash);
  EXPECT_TRUE(Sync(next).empty());
  const Class stored = Stored("dat.graphs");
  EXPECT_EQ(stored.origin, Origin::kCustom);
  EXPECT_EQ(stored.fields.label_en, "Graphs");
}

INSTANTIATE_TEST_SUITE_P(Backends, TaxonomySync, testing::kBackends, testing::BackendName);

}  // namespace
}  // namespace attache::taxonomy
