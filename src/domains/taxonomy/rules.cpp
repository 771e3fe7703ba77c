#include "domains/taxonomy/rules.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/field_checks.hpp"
#include "core/strings.hpp"

namespace attache::taxonomy {
namespace {

bool IsLowerOrDigit(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Words of lower-case letters and digits joined by single underscores, starting with a letter.
bool IsSnakeCase(std::string_view name) {
  if (name.empty() || name.front() < 'a' || name.front() > 'z' || name.back() == '_') return false;
  for (size_t i = 0; i < name.size(); ++i) {
    if (name[i] == '_' ? name[i - 1] == '_' : !IsLowerOrDigit(name[i])) return false;
  }
  return true;
}

void CheckLabel(std::vector<FieldError>& errors, std::string pointer, std::string_view label) {
  if (label.empty()) {
    AddError(errors, std::move(pointer), {"Required.", "Обязательное поле."});
  } else {
    CheckLength(errors, std::move(pointer), label, kMaxLabel);
  }
}

void CheckSynonyms(std::vector<FieldError>& errors, const std::string& pointer,
                   const std::vector<std::string>& synonyms) {
  if (synonyms.size() > kMaxSynonyms) {
    AddError(errors, pointer,
             {fmt::format("At most {} synonyms.", kMaxSynonyms),
              fmt::format("Не более {} синонимов.", kMaxSynonyms)});
    return;
  }
  for (size_t i = 0; i < synonyms.size(); ++i) {
    const std::string& synonym = synonyms[i];
    const std::string item = pointer + "/" + std::to_string(i);
    if (synonym.empty()) {
      AddError(errors, item, {"Cannot be empty.", "Не может быть пустым."});
    } else if (synonym.find('|') != std::string::npos) {
      AddError(errors, item, {"Cannot contain |.", "Не может содержать |."});
    } else if (std::find(synonyms.begin(), synonyms.begin() + static_cast<ptrdiff_t>(i), synonym) !=
               synonyms.begin() + static_cast<ptrdiff_t>(i)) {
      AddError(errors, item, {"Given twice.", "Указан дважды."});
    } else {
      CheckLength(errors, item, synonym, kMaxSynonym);
    }
  }
}

}  // namespace

bool IsGroupId(std::string_view id) {
  return !id.empty() && id.size() <= 16 &&
         std::all_of(id.begin(), id.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool IsClassId(std::string_view id, std::string_view group_id) {
  return id.size() <= kMaxId && IsGroupId(group_id) && id.size() > group_id.size() + 1 &&
         id.starts_with(group_id) && id[group_id.size()] == '.' &&
         IsSnakeCase(id.substr(group_id.size() + 1));
}

std::vector<FieldError> CheckClass(const ClassFields& fields) {
  std::vector<FieldError> errors;
  if (fields.group_id.empty()) {
    AddError(errors, "/group_id", {"Required.", "Обязательное поле."});
  } else if (!IsGroupId(fields.group_id)) {
    AddError(
        errors, "/group_id",
        {"Must be the id of a group, such as dat.", "Должен быть кодом группы, например dat."});
  }
  if (fields.id.empty()) {
    AddError(errors, "/id", {"Required.", "Обязательное поле."});
  } else if (CountChars(fields.id) > kMaxId) {
    AddError(errors, "/id", AtMost(kMaxId));
  } else if (IsGroupId(fields.group_id) && !IsClassId(fields.id, fields.group_id)) {
    AddError(errors, "/id",
             {fmt::format("Must be {0}. followed by lower-case Latin letters, digits and single "
                          "underscores, such as {0}.fraud_analytics.",
                          fields.group_id),
              fmt::format("Должен состоять из {0}. и строчных латинских букв, цифр и одиночных "
                          "подчёркиваний, например {0}.fraud_analytics.",
                          fields.group_id)});
  }
  CheckLabel(errors, "/label_en", fields.label_en);
  CheckLabel(errors, "/label_ru", fields.label_ru);
  CheckSynonyms(errors, "/synonyms_en", fields.synonyms_en);
  CheckSynonyms(errors, "/synonyms_ru", fields.synonyms_ru);
  return errors;
}

Error NoSuchClass(std::string_view id) {
  return Error{ErrorCode::kNotFound,
               {fmt::format("There is no taxonomy class {}.", id),
                fmt::format("Класса таксономии {} нет.", id)},
               {},
               {}};
}

FieldError NoSuchGroup(std::string_view group_id) {
  return {
      "/group_id",
      {},
      {fmt::format("There is no group {}.", group_id), fmt::format("Группы {} нет.", group_id)}};
}

FieldError IdTaken(std::string_view id) {
  return {"/id",
          {},
          {fmt::format("The id {} is already taken (ids are never reused, even of archived "
                       "classes).",
                       id),
           fmt::format("Код {} уже занят (коды не используются повторно, даже у классов в "
                       "архиве).",
                       id)}};
}

FieldError ReferenceClassStays() {
  return {"/archived",
          {},
          {"Classes of the reference taxonomy cannot be archived.",
           "Классы справочной таксономии нельзя отправить в архив."}};
}

FieldError ClassInUse(int64_t uses) {
  return {
      "/archived",
      {},
      {fmt::format("The class is in use ({} solutions and organisations): retag them first.", uses),
       fmt::format("Класс используется (решений и организаций: {}): сначала смените их "
                   "классы.",
                   uses)}};
}

std::vector<std::string> ExpandRelated(std::span<const std::string> related,
                                       std::span<const Class> classes) {
  std::vector<std::string> ids;
  const auto add = [&ids](const std::string& id) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  };
  for (const std::string& item : related) {
    const bool wildcard = item.ends_with(".*");
    const std::string_view group = std::string_view(item).substr(0, item.size() - 2);
    for (const Class& c : classes) {
      if (wildcard ? c.fields.group_id == group : c.fields.id == item) add(c.fields.id);
    }
  }
  return ids;
}

}  // namespace attache::taxonomy
