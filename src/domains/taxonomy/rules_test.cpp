#include "domains/taxonomy/rules.hpp"

#include <gtest/gtest.h>

#include <functional>

namespace attache::taxonomy {
namespace {

std::vector<std::string> Pointers(const std::vector<FieldError>& errors) {
  std::vector<std::string> pointers;
  for (const auto& error : errors) pointers.push_back(error.pointer);
  return pointers;
}

TEST(TaxonomyRules, ClassIdsAreTheGroupAndSnakeCase) {
  for (const auto& [id, group] : {std::pair{"dat.bi", "dat"},
                                  {"dat.fraud_analytics", "dat"},
                                  {"tel.broadband_5g", "tel"},
                                  {"dat.a1_b2", "dat"}}) {
    EXPECT_TRUE(IsClassId(id, group)) << id;
  }
  for (const char* id : {"dat.", "dat", "dat.Bi", "dat.bi-x", "dat._bi", "dat.bi_", "dat.bi__x",
                         "dat.1bi", "dat.bi.x", "dat.бизнес", "svc.bi", "data.bi", " dat.bi"}) {
    EXPECT_FALSE(IsClassId(id, "dat")) << id;
  }
  const std::string longest = "dat." + std::string(kMaxId - 4, 'x');
  EXPECT_TRUE(IsClassId(longest, "dat"));
  EXPECT_FALSE(IsClassId(longest + "x", "dat"));
  EXPECT_FALSE(IsClassId("dat.bi", "DAT"));
}

ClassFields Valid() {
  return {"dat.fraud_analytics", "dat",          "Fraud analytics",
          "Антифрод-аналитика",  {"anti-fraud"}, {"антифрод", "выявление мошенничества"}};
}

struct Case {
  const char* name;
  std::function<void(ClassFields&)> change;
  std::vector<std::string> expected;
};

TEST(TaxonomyRules, TableOfCases) {
  const std::vector<Case> cases = {
      {"valid", [](ClassFields&) {}, {}},
      {"no synonyms",
       [](ClassFields& f) {
         f.synonyms_en.clear();
         f.synonyms_ru.clear();
       },
       {}},
      {"no id", [](ClassFields& f) { f.id.clear(); }, {"/id"}},
      {"id of another group", [](ClassFields& f) { f.id = "svc.fraud_analytics"; }, {"/id"}},
      {"upper-case id", [](ClassFields& f) { f.id = "dat.Fraud"; }, {"/id"}},
      {"long id", [](ClassFields& f) { f.id = "dat." + std::string(kMaxId, 'x'); }, {"/id"}},
      {"no group", [](ClassFields& f) { f.group_id.clear(); }, {"/group_id"}},
      {"bad group", [](ClassFields& f) { f.group_id = "Dat"; }, {"/group_id"}},
      {"no labels",
       [](ClassFields& f) {
         f.label_en.clear();
         f.label_ru.clear();
       },
       {"/label_en", "/label_ru"}},
      {"label at the limit", [](ClassFields& f) { f.label_en = std::string(kMaxLabel, 'x'); }, {}},
      {"long label",
       [](ClassFields& f) { f.label_ru = std::string(kMaxLabel + 1, 'x'); },
       {"/label_ru"}},
      {"empty synonym",
       [](ClassFields& f) {
         f.synonyms_en = {"x", ""};
       },
       {"/synonyms_en/1"}},
      {"synonym with the separator",
       [](ClassFields& f) { f.synonyms_ru = {"a|b"}; },
       {"/synonyms_ru/0"}},
      {"synonym twice",
       [](ClassFields& f) {
         f.synonyms_en = {"a", "b", "a"};
       },
       {"/synonyms_en/2"}},
      {"long synonym",
       [](ClassFields& f) { f.synonyms_en = {std::string(kMaxSynonym + 1, 'x')}; },
       {"/synonyms_en/0"}},
      {"too many synonyms",
       [](ClassFields& f) {
         f.synonyms_ru.clear();
         for (size_t i = 0; i <= kMaxSynonyms; ++i) f.synonyms_ru.push_back(std::to_string(i));
       },
       {"/synonyms_ru"}},
  };
  for (const auto& c : cases) {
    ClassFields fields = Valid();
    c.change(fields);
    EXPECT_EQ(Pointers(CheckClass(fields)), c.expected) << c.name;
  }
}

TEST(TaxonomyRules, LabelLengthCountsCharactersNotBytes) {
  ClassFields fields = Valid();
  fields.label_ru.clear();
  for (size_t i = 0; i < kMaxLabel; ++i) fields.label_ru += "ж";
  EXPECT_TRUE(CheckClass(fields).empty());
}

TEST(TaxonomyRules, IdErrorsNameTheGroupInBothLanguages) {
  ClassFields fields = Valid();
  fields.id = "svc.fraud";
  const auto errors = CheckClass(fields);
  ASSERT_EQ(errors.size(), 1U);
  EXPECT_NE(errors[0].message.en.find("dat."), std::string::npos);
  EXPECT_NE(errors[0].message.ru.find("dat."), std::string::npos);
}

Class Of(std::string id, std::string group) {
  Class out;
  out.fields.id = std::move(id);
  out.fields.group_id = std::move(group);
  return out;
}

TEST(TaxonomyRules, RelatedWildcardsExpandToTheGroupsClassesInOrderOnce) {
  const std::vector<Class> classes = {Of("svc.portal", "svc"), Of("idt.digital_id", "idt"),
                                      Of("svc.forms", "svc"), Of("int.etl", "int")};
  const std::vector<std::string> related = {"svc.*", "idt.digital_id", "svc.forms", "int.gone",
                                            "web.*"};
  EXPECT_EQ(ExpandRelated(related, classes),
            (std::vector<std::string>{"svc.portal", "svc.forms", "idt.digital_id"}));
  EXPECT_TRUE(ExpandRelated({}, classes).empty());
}

}  // namespace
}  // namespace attache::taxonomy
