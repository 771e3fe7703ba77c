#include "domains/relocation/service.hpp"

#include <fmt/format.h>

#include "core/field_checks.hpp"
#include "core/strings.hpp"
#include "domains/access/policy.hpp"
#include "domains/audit/reader.hpp"
#include "domains/audit/store.hpp"
#include "domains/countries/store.hpp"
#include "domains/organisations/store.hpp"
#include "domains/relocation/json.hpp"
#include "domains/relocation/store.hpp"
#include "domains/users/store.hpp"
#include "text/normalize.hpp"

namespace attache::relocation {
namespace {

using access::Action;
using access::Permission;
using access::Resource;

constexpr Permission kRead{Resource::kRelocation, Action::kRead};
constexpr Permission kCreate{Resource::kRelocation, Action::kCreate};
constexpr Permission kUpdate{Resource::kRelocation, Action::kUpdate};

access::Subject SubjectOf(const Fields& fields) { return {.country = fields.from_country}; }

Result<Case> LoadReadable(db::Connection& conn, int64_t id, const access::Principal& by) {
  auto found =
      Found(SelectCase(conn, id), [&] { return tl::unexpected(NoSuchCase(std::to_string(id))); });
  if (!found) return found;
  if (!access::Allows(by, kRead, SubjectOf(found->fields))) {
    return tl::unexpected(NoSuchCase(std::to_string(id)));
  }
  return found;
}

// A readable case `by` may also change, still open and at `version`.
Result<Case> LoadWritable(db::Connection& conn, int64_t id, int64_t version,
                          const access::Principal& by) {
  auto found = LoadReadable(conn, id, by);
  if (!found) return found;
  if (!access::Allows(by, kUpdate, SubjectOf(found->fields))) return tl::unexpected(NotYours());
  if (IsFinal(found->stage)) return tl::unexpected(Closed(id, found->stage));
  if (found->version != version) return Stale(found->version);
  return found;
}

Status Record(db::Connection& conn, const Actor& actor, TimePoint at, int64_t id,
              std::string_view action, nlohmann::json diff) {
  return audit::Record(conn, actor, at,
                       {"relocation_case", std::to_string(id), action, std::move(diff)});
}

// The organisation, looked up: foreign (not a domestic company); the country and the owner
// exist. The folded text `q` finds the case by, or a 422 on each field at fault.
Result<std::string> Resolve(db::Connection& conn, const Fields& fields) {
  std::vector<FieldError> errors;
  const int64_t ids[] = {fields.organisation_id};
  auto refs = organisations::SelectRefs(conn, ids);
  if (!refs) return tl::unexpected(refs.error());
  std::string search = fields.title;
  if (refs->empty()) {
    AddError(errors, "/organisation_id",
             {fmt::format("There is no organisation with the id {}.", fields.organisation_id),
              fmt::format("Организации с номером {} нет.", fields.organisation_id)});
  } else if (refs->front().kind == organisations::Kind::kDomesticCompany ||
             refs->front().country == "RU") {
    AddError(errors, "/organisation_id",
             {"Relocation cases are for foreign companies.",
              "Дела о переезде ведутся по иностранным компаниям."});
  } else {
    search += " " + refs->front().name_ru + " " + refs->front().name_en;
  }
  auto country = countries::CountryExists(conn, fields.from_country);
  if (!country) return tl::unexpected(country.error());
  if (!*country) {
    AddError(errors, "/from_country", {"There is no such country.", "Такой страны нет."});
  }
  if (fields.owner_id) {
    auto owner = users::IsCaseOwner(conn, *fields.owner_id);
    if (!owner) return tl::unexpected(owner.error());
    if (!*owner) {
      AddError(errors, "/owner_id",
               {"The owner is an attaché or an HQ analyst with an active account.",
                "Ответственный — атташе или аналитик центра с действующей учётной записью."});
    }
  }
  if (!errors.empty()) return FailValidation(std::move(errors));
  return text::Fold(search);
}

Status Check(Fields& fields) {
  Canonicalise(fields);
  if (auto errors = CheckFields(fields); !errors.empty()) return FailValidation(std::move(errors));
  return {};
}

}  // namespace

Permits PermitsOf(const Case& current, const access::Principal& by) {
  Permits permits;
  if (!access::Allows(by, kUpdate, SubjectOf(current.fields))) return permits;
  permits.moves = NextStages(current.stage);
  permits.editable = !IsFinal(current.stage);
  return permits;
}

Result<Page<Case>> Service::List(Query query, const access::Principal& by) {
  access::Narrow(query, by, kRead);
  return database_.Read([&](db::Connection& conn) { return SelectCases(conn, query); });
}

namespace {

// More moves than a case makes in its life.
constexpr int kMaxHistory = 1000;

// A move as the audit recorded it: `{"stage": {"from", "to"}, "reason": {"to"}}`, or the case's
// opening (every case opens at prospect); nothing for an entry that moved no stage.
std::optional<StageChange> ChangeOf(const audit::Entry& entry) {
  if (entry.action == "create") {
    StageChange opening;
    opening.to = Stage::kProspect;
    if (entry.user_id) opening.by = UserRef{*entry.user_id, entry.user_name};
    opening.at = entry.at;
    return opening;
  }
  const auto diff = nlohmann::json::parse(entry.diff, nullptr, false);
  if (!diff.is_object() || !diff.contains("stage")) return std::nullopt;
  const nlohmann::json& stage = diff["stage"];
  if (!stage.is_object() || !stage.contains("to") || !stage["to"].is_string()) return std::nullopt;
  const auto to = EnumValue(kStageNames, stage["to"].get<std::string>());
  if (!to) return std::nullopt;
  StageChange change;
  change.to = *to;
  if (stage.contains("from") && stage["from"].is_string()) {
    change.from = EnumValue(kStageNames, stage["from"].get<std::string>());
  }
  if (diff.contains("reason") && diff["reason"].is_object() && diff["reason"]["to"].is_string()) {
    change.reason = diff["reason"]["to"].get<std::string>();
  }
  if (entry.user_id) change.by = UserRef{*entry.user_id, entry.user_name};
  change.at = entry.at;
  return change;
}

}  // namespace

Result<std::vector<StageChange>> Service::History(int64_t id, const access::Principal& by) {
  return database_.Read([&](db::Connection& conn) -> Result<std::vector<StageChange>> {
    if (auto found = LoadReadable(conn, id, by); !found) return tl::unexpected(found.error());
    audit::Query query;
    query.entity = "relocation_case";
    query.entity_id = std::to_string(id);
    query.actions = {"create", "transition"};
    query.limit = kMaxHistory;
    auto entries = audit::SelectEntries(conn, query);
    if (!entries) return tl::unexpected(entries.error());
    std::vector<StageChange> changes;
    for (auto entry = entries->items.rbegin(); entry != entries->items.rend(); ++entry) {
      if (auto change = ChangeOf(*entry)) changes.push_back(std::move(*change));
    }
    return changes;
  });
}

Result<Case> Service::Get(int64_t id, const access::Principal& by) {
  return database_.Read([&](db::Connection& conn) { return LoadReadable(conn, id, by); });
}

Result<Case> Service::Create(Fields fields, const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  if (!fields.owner_id &&
      (by.role == access::Role::kAttache || by.role == access::Role::kAnalyst)) {
    fields.owner_id = by.user_id;
  }
  return database_.Write([&](db::Connection& conn) -> Result<Case> {
    if (Trim(fields.from_country).empty() && fields.organisation_id > 0) {
      const int64_t ids[] = {fields.organisation_id};
      auto refs = organisations::SelectRefs(conn, ids);
      if (!refs) return tl::unexpected(refs.error());
      if (!refs->empty()) fields.from_country = refs->front().country;
    }
    if (auto valid = Check(fields); !valid) return tl::unexpected(valid.error());
    auto search = Resolve(conn, fields);
    if (!search) return tl::unexpected(search.error());
    if (!access::Allows(by, kCreate, SubjectOf(fields))) return tl::unexpected(NotYours());
    auto id = InsertCase(conn, fields, *search, now, actor);
    if (!id) return tl::unexpected(id.error());
    if (auto recorded =
            Record(conn, actor, now, *id, "create", audit::Diff(nullptr, ToJson(fields)));
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    return LoadReadable(conn, *id, by);
  });
}

Result<Case> Service::Update(int64_t id, int64_t version, const Change& change,
                             const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<Case> {
    auto before = LoadWritable(conn, id, version, by);
    if (!before) return before;
    auto after = change(before->fields);
    if (!after) return tl::unexpected(after.error());
    if (auto valid = Check(*after); !valid) return tl::unexpected(valid.error());
    std::vector<FieldError> errors = MissingFor(before->stage, *after);
    if (after->organisation_id != before->fields.organisation_id) {
      AddError(errors, "/organisation_id",
               {"A case stays with its company.", "Дело остаётся за своей компанией."});
    }
    if (!errors.empty()) return FailValidation(std::move(errors));
    auto search = Resolve(conn, *after);
    if (!search) return tl::unexpected(search.error());
    if (!access::Allows(by, kUpdate, SubjectOf(*after))) return tl::unexpected(NotYours());
    auto updated = UpdateCase(conn, id, version, *after, *search, now);
    if (!updated) return tl::unexpected(updated.error());
    if (!*updated) return Stale(version + 1);
    if (auto recorded = Record(conn, actor, now, id, "update",
                               audit::Diff(ToJson(before->fields), ToJson(*after)));
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    return LoadReadable(conn, id, by);
  });
}

Result<Case> Service::MoveTo(int64_t id, int64_t version, Stage to, std::string reason,
                             const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  reason = std::string(Trim(reason));
  return database_.Write([&](db::Connection& conn) -> Result<Case> {
    auto before = LoadWritable(conn, id, version, by);
    if (!before) return before;
    if (auto errors = CheckMove(*before, to, reason); !errors.empty()) {
      return FailValidation(std::move(errors));
    }
    auto moved = MoveCase(conn, *before, to, reason, now);
    if (!moved) return tl::unexpected(moved.error());
    if (!*moved) return Stale(version + 1);
    nlohmann::json diff = {{"stage", {{"from", ToString(before->stage)}, {"to", ToString(to)}}}};
    if (!reason.empty()) diff["reason"] = {{"from", before->close_reason}, {"to", reason}};
    if (auto recorded = Record(conn, actor, now, id, "transition", std::move(diff)); !recorded) {
      return tl::unexpected(recorded.error());
    }
    return LoadReadable(conn, id, by);
  });
}

}  // namespace attache::relocation
