#include "domains/taxonomy/store.hpp"

#include <algorithm>
#include <set>

#include "core/strings.hpp"
#include "domains/taxonomy/queries.hpp"
#include "platform/db/sql_builder.hpp"

namespace attache::taxonomy {
namespace {

Class ReadClass(const db::Row& row) {
  Class out;
  out.fields.id = row.String(0);
  out.fields.group_id = row.String(1);
  out.fields.label_en = row.String(2);
  out.fields.label_ru = row.String(3);
  out.fields.synonyms_en = SplitStoredList(row.Text(4));
  out.fields.synonyms_ru = SplitStoredList(row.Text(5));
  out.anchors = SplitStoredList(row.Text(6));
  out.origin = ParseOrigin(row.Text(7)).value_or(Origin::kReference);
  out.version = row.Int(8);
  out.updated_at = row.String(9);
  out.archived_at = row.OptString(10);
  return out;
}

Result<std::vector<Class>> SelectClasses(db::Connection& conn, std::string_view sql,
                                         std::initializer_list<db::Param> params) {
  std::vector<Class> classes;
  auto status =
      conn.Query(sql, params, [&](const db::Row& row) { classes.push_back(ReadClass(row)); });
  if (!status) return tl::unexpected(status.error());
  return classes;
}

Result<bool> Positive(Result<int64_t> count) {
  if (!count) return tl::unexpected(count.error());
  return *count > 0;
}

}  // namespace

std::string JoinStoredList(std::span<const std::string> values) {
  std::string text;
  for (const std::string& value : values) text += (text.empty() ? "" : "|") + value;
  return text;
}

std::vector<std::string> SplitStoredList(std::string_view text) {
  std::vector<std::string> values;
  for (const std::string_view value : SplitList(text, '|')) values.emplace_back(value);
  return values;
}

Result<std::vector<std::string>> UnknownClasses(db::Connection& conn,
                                                std::span<const std::string> ids) {
  std::vector<std::string_view> wanted;
  for (const std::string& id : ids) {
    if (std::find(wanted.begin(), wanted.end(), id) == wanted.end()) wanted.emplace_back(id);
  }
  if (wanted.empty()) return std::vector<std::string>{};
  db::SqlBuilder sql(kLiveClassIds);
  sql.WhereIn(kIdColumn, wanted);
  std::set<std::string, std::less<>> live;
  auto status =
      conn.Query(sql.sql(), sql.params(), [&](const db::Row& row) { live.insert(row.String(0)); });
  if (!status) return tl::unexpected(status.error());
  std::vector<std::string> unknown;
  for (const std::string_view id : wanted) {
    if (!live.contains(id)) unknown.emplace_back(id);
  }
  return unknown;
}

Result<std::map<std::string, ClassLabel>> ClassLabels(db::Connection& conn) {
  std::map<std::string, ClassLabel> labels;
  auto status = conn.Query(kClassLabels, {}, [&](const db::Row& row) {
    labels[row.String(0)] = {row.String(1), row.String(2), row.String(3), !row.IsNull(4)};
  });
  if (!status) return tl::unexpected(status.error());
  return labels;
}

Result<std::vector<Group>> SelectGroups(db::Connection& conn) {
  std::vector<Group> groups;
  auto status = conn.Query(kSelectGroups, {}, [&](const db::Row& row) {
    groups.push_back({row.String(0), row.String(1), row.String(2)});
  });
  if (!status) return tl::unexpected(status.error());
  return groups;
}

Result<bool> GroupExists(db::Connection& conn, std::string_view id) {
  return Positive(conn.QueryInt(kGroupExists, {id}));
}

Result<std::vector<Class>> SelectLiveClasses(db::Connection& conn) {
  return SelectClasses(conn, std::string(kClassSelect) + std::string(kLiveClassesInOrder), {});
}

Result<std::optional<Class>> SelectClass(db::Connection& conn, std::string_view id) {
  auto classes = SelectClasses(conn, std::string(kClassSelect) + std::string(kClassById), {id});
  if (!classes) return tl::unexpected(classes.error());
  if (classes->empty()) return std::nullopt;
  return std::move(classes->front());
}

Result<bool> ClassExists(db::Connection& conn, std::string_view id) {
  return Positive(conn.QueryInt(kClassExists, {id}));
}

Result<std::vector<CooperationArea>> SelectAreas(db::Connection& conn) {
  std::vector<CooperationArea> areas;
  auto status = conn.Query(kSelectAreas, {}, [&](const db::Row& row) {
    areas.push_back({row.String(0), row.String(1), row.String(2), SplitStoredList(row.Text(3))});
  });
  if (!status) return tl::unexpected(status.error());
  return areas;
}

Result<std::map<std::string, int64_t, std::less<>>> SelectClassUses(db::Connection& conn) {
  std::map<std::string, int64_t, std::less<>> uses;
  auto status =
      conn.Query(kClassUses, {}, [&](const db::Row& row) { uses[row.String(0)] = row.Int(1); });
  if (!status) return tl::unexpected(status.error());
  return uses;
}

Result<int64_t> CountClassUses(db::Connection& conn, std::string_view id) {
  return conn.QueryInt(kClassUseCount, {id});
}

Status InsertCustomClass(db::Connection& conn, const ClassFields& fields, TimePoint at,
                         const Actor& actor) {
  auto position = conn.QueryInt(kNextClassPosition, {});
  if (!position) return tl::unexpected(position.error());
  const std::string synonyms_en = JoinStoredList(fields.synonyms_en);
  const std::string synonyms_ru = JoinStoredList(fields.synonyms_ru);
  const std::string now = FormatTimestamp(at);
  // Custom classes have no sources. An empty std::string: a default string_view binds as NULL.
  const std::string anchors;
  auto inserted =
      conn.Execute(kInsertClass, {fields.id, fields.group_id, fields.label_en, fields.label_ru,
                                  synonyms_en, synonyms_ru, anchors, ToString(Origin::kCustom),
                                  *position, now, db::Nullable(actor.user_id)});
  if (!inserted) return tl::unexpected(inserted.error());
  return {};
}

Result<bool> UpdateClass(db::Connection& conn, int64_t version, const Class& after, TimePoint at) {
  const std::string synonyms_en = JoinStoredList(after.fields.synonyms_en);
  const std::string synonyms_ru = JoinStoredList(after.fields.synonyms_ru);
  const std::string now = FormatTimestamp(at);
  auto changed = conn.Execute(
      kUpdateClass, {after.fields.label_en, after.fields.label_ru, synonyms_en, synonyms_ru,
                     db::Nullable(after.archived_at), now, after.fields.id, version});
  if (!changed) return tl::unexpected(changed.error());
  return *changed == 1;
}

}  // namespace attache::taxonomy
