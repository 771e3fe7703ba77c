#include "domains/taxonomy/service.hpp"

#include <fmt/format.h>

#include "domains/audit/store.hpp"
#include "domains/taxonomy/json.hpp"
#include "domains/taxonomy/reference.hpp"
#include "domains/taxonomy/rules.hpp"
#include "domains/taxonomy/store.hpp"

namespace attache::taxonomy {
namespace {

constexpr std::string_view kEntity = "taxonomy_class";

tl::unexpected<Error> Stale(int64_t current) {
  return Fail(ErrorCode::kConflict,
              {fmt::format("The class was changed meanwhile (it is now version {}). Reload it and "
                           "make your change again.",
                           current),
               fmt::format("Класс изменился, пока вы его редактировали (теперь версия {}). "
                           "Обновите его и внесите изменения снова.",
                           current)});
}

Result<Class> Reload(db::Connection& conn, std::string_view id) {
  return Found(SelectClass(conn, id), [&] { return tl::unexpected(NoSuchClass(id)); });
}

// What the audit trail compares: what administrators may change.
nlohmann::json AuditJson(const Class& taxonomy_class) {
  nlohmann::json json = ToJson(taxonomy_class.fields);
  json["archived"] = taxonomy_class.archived_at.has_value();
  return json;
}

Class Merge(Class merged, const ClassPatch& patch, const std::string& now) {
  if (patch.label_en) merged.fields.label_en = *patch.label_en;
  if (patch.label_ru) merged.fields.label_ru = *patch.label_ru;
  if (patch.synonyms_en) merged.fields.synonyms_en = *patch.synonyms_en;
  if (patch.synonyms_ru) merged.fields.synonyms_ru = *patch.synonyms_ru;
  if (patch.archived && !*patch.archived) merged.archived_at.reset();
  if (patch.archived && *patch.archived && !merged.archived_at) merged.archived_at = now;
  return merged;
}

std::string_view ActionOf(const Class& before, const Class& after) {
  if (after.archived_at && !before.archived_at) return "archive";
  if (before.archived_at && !after.archived_at) return "restore";
  return "update";
}

}  // namespace

Result<Taxonomy> Service::Get(bool with_uses) {
  return database_.Read([&](db::Connection& conn) -> Result<Taxonomy> {
    auto groups = SelectGroups(conn);
    if (!groups) return tl::unexpected(groups.error());
    auto classes = SelectLiveClasses(conn);
    if (!classes) return tl::unexpected(classes.error());
    auto areas = SelectAreas(conn);
    if (!areas) return tl::unexpected(areas.error());
    if (with_uses) {
      auto uses = SelectClassUses(conn);
      if (!uses) return tl::unexpected(uses.error());
      for (Class& taxonomy_class : *classes) {
        const auto found = uses->find(taxonomy_class.fields.id);
        taxonomy_class.used = found == uses->end() ? 0 : found->second;
      }
    }
    for (CooperationArea& area : *areas) area.related = ExpandRelated(area.related, *classes);
    return Taxonomy{std::move(*groups), std::move(*classes), std::move(*areas)};
  });
}

Result<Class> Service::GetClass(std::string_view id) {
  return database_.Read([&](db::Connection& conn) { return Reload(conn, id); });
}

Result<Class> Service::CreateClass(const ClassFields& fields, const Actor& actor) {
  if (auto errors = CheckClass(fields); !errors.empty()) return FailValidation(std::move(errors));
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<Class> {
    auto group = GroupExists(conn, fields.group_id);
    if (!group) return tl::unexpected(group.error());
    auto taken = ClassExists(conn, fields.id);
    if (!taken) return tl::unexpected(taken.error());
    std::vector<FieldError> errors;
    if (!*group) errors.push_back(NoSuchGroup(fields.group_id));
    if (*taken) errors.push_back(IdTaken(fields.id));
    if (!errors.empty()) return FailValidation(std::move(errors));
    if (auto inserted = InsertCustomClass(conn, fields, now, actor); !inserted) {
      // Another administrator took the id since the check above.
      if (inserted.error().code == ErrorCode::kConflict)
        return FailValidation({IdTaken(fields.id)});
      return tl::unexpected(inserted.error());
    }
    auto recorded = audit::Record(
        conn, actor, now, {kEntity, fields.id, "create", audit::Diff(nullptr, ToJson(fields))});
    if (!recorded) return tl::unexpected(recorded.error());
    return Reload(conn, fields.id);
  });
}

Result<Class> Service::PatchClass(std::string_view id, int64_t version, const ClassPatch& patch,
                                  const Actor& actor) {
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<Class> {
    auto before = Reload(conn, id);
    if (!before) return before;
    if (before->version != version) return Stale(before->version);
    const Class after = Merge(*before, patch, FormatTimestamp(now));
    if (auto errors = CheckClass(after.fields); !errors.empty()) {
      return FailValidation(std::move(errors));
    }
    const std::string_view action = ActionOf(*before, after);
    if (action == "archive") {
      if (before->origin == Origin::kReference) return FailValidation({ReferenceClassStays()});
      auto uses = CountClassUses(conn, id);
      if (!uses) return tl::unexpected(uses.error());
      if (*uses > 0) return FailValidation({ClassInUse(*uses)});
    }
    const nlohmann::json was = AuditJson(*before);
    const nlohmann::json is = AuditJson(after);
    if (was == is) return before;
    auto updated = UpdateClass(conn, version, after, now);
    if (!updated) return tl::unexpected(updated.error());
    if (!*updated) return Stale(before->version + 1);
    auto recorded =
        audit::Record(conn, actor, now, {kEntity, std::string(id), action, audit::Diff(was, is)});
    if (!recorded) return tl::unexpected(recorded.error());
    return Reload(conn, id);
  });
}

Result<size_t> Service::SyncReference(const Actor& actor) {
  auto reference = EmbeddedReference();
  if (!reference) return tl::unexpected(reference.error());
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<size_t> {
    if (auto locked = db::LockAcrossInstances(conn); !locked) return tl::unexpected(locked.error());
    auto written = taxonomy::SyncReference(conn, *reference, now);
    if (!written) return tl::unexpected(written.error());
    for (const SyncedRow& row : *written) {
      auto recorded = audit::Record(
          conn, actor, now, {row.entity, row.id, "reference_sync", nlohmann::json::object()});
      if (!recorded) return tl::unexpected(recorded.error());
    }
    return written->size();
  });
}

}  // namespace attache::taxonomy
