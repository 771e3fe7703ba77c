#include "domains/solutions/service.hpp"

#include <fmt/format.h>

#include "core/field_checks.hpp"
#include "domains/access/policy.hpp"
#include "domains/audit/store.hpp"
#include "domains/countries/store.hpp"
#include "domains/solutions/json.hpp"
#include "domains/solutions/rules.hpp"
#include "domains/solutions/store.hpp"
#include "domains/taxonomy/store.hpp"

namespace attache::solutions {
namespace {

using access::Action;
using access::Permission;
using access::Resource;

access::Subject SubjectOf(const Owner& owner) {
  return {.country = owner.country, .company_id = owner.id};
}

Result<Solution> Load(db::Connection& conn, int64_t id) {
  return Found(SelectSolution(conn, id),
               [&] { return tl::unexpected(NoSuchSolution(std::to_string(id))); });
}

// The owner of `fields`, which must be a live domestic company or university.
Result<Owner> CheckOwner(db::Connection& conn, const Fields& fields) {
  auto owner = SelectOwner(conn, fields.organisation_id);
  if (!owner) return tl::unexpected(owner.error());
  if (!*owner) {
    return FailValidation({FieldError{
        "/organisation_id", {}, {"There is no such organisation.", "Такой организации нет."}}});
  }
  if ((*owner)->kind != "domestic_company" && (*owner)->kind != "university") {
    return FailValidation({FieldError{"/organisation_id",
                                      {},
                                      {"Solutions belong to domestic companies or universities.",
                                       "Решения принадлежат российским компаниям или вузам."}}});
  }
  return (*owner)->owner;
}

// What the database must confirm: classes and countries exist, the registry number is free.
Status CheckReferences(db::Connection& conn, const Fields& fields, int64_t self) {
  std::vector<FieldError> errors;
  std::vector<std::string> classes{fields.main_class};
  classes.insert(classes.end(), fields.classes.begin(), fields.classes.end());
  auto unknown = taxonomy::UnknownClasses(conn, classes);
  if (!unknown) return tl::unexpected(unknown.error());
  for (const std::string& id : *unknown) {
    const Text message{fmt::format("There is no taxonomy class {}.", id),
                       fmt::format("Класса таксономии {} нет.", id)};
    AddError(errors, id == fields.main_class ? "/main_class" : "/classes", message);
  }
  std::vector<std::string> countries;
  for (const Reference& reference : fields.references) countries.push_back(reference.country);
  auto unknown_countries = countries::UnknownCountries(conn, countries);
  if (!unknown_countries) return tl::unexpected(unknown_countries.error());
  for (size_t i = 0; i < fields.references.size(); ++i) {
    const std::string& code = fields.references[i].country;
    if (std::find(unknown_countries->begin(), unknown_countries->end(), code) !=
        unknown_countries->end()) {
      AddError(errors, fmt::format("/references/{}/country", i),
               {fmt::format("There is no country {}.", code), fmt::format("Страны {} нет.", code)});
    }
  }
  if (!errors.empty()) return FailValidation(std::move(errors));
  if (fields.registry_number) {
    auto holder = SelectRegistryHolder(conn, *fields.registry_number, self);
    if (!holder) return tl::unexpected(holder.error());
    if (*holder) {
      return tl::unexpected(
          Error{ErrorCode::kConflict,
                {fmt::format("Registry entry {} already belongs to solution {}.",
                             *fields.registry_number, **holder),
                 fmt::format("Запись реестра {} уже указана у решения {}.", *fields.registry_number,
                             **holder)},
                {FieldError{"/registry_number", {}, {"Already taken.", "Уже занят."}}},
                {}});
    }
  }
  return {};
}

Status Validate(db::Connection& conn, Fields& fields, int64_t self, Date today) {
  if (auto owner = CheckOwner(conn, fields); !owner) return tl::unexpected(owner.error());
  if (auto errors = CheckFields(fields, today); !errors.empty()) {
    return FailValidation(std::move(errors));
  }
  Canonicalise(fields);
  return CheckReferences(conn, fields, self);
}

// What `by` may read of a list: a company user only their own company's.
Query Scoped(Query query, const access::Principal& by) {
  if (access::ScopeOf(by, {Resource::kSolution, Action::kRead}) == access::Scope::kOwnCompany) {
    query.organisation_id = by.company_id.value_or(0);
  }
  return query;
}

}  // namespace

Result<std::vector<int64_t>> Service::ListIds(Query query, const access::Principal& by) {
  query = Scoped(std::move(query), by);
  return database_.Read([&](db::Connection& conn) { return SelectIds(conn, query); });
}

Result<std::vector<Solution>> Service::GetMany(std::span<const int64_t> ids,
                                               const access::Principal& by) {
  auto items = database_.Read([&](db::Connection& conn) { return SelectMany(conn, ids); });
  if (!items) return items;
  // Checked again: a record may have moved out of `by`'s scope since its id was listed.
  std::erase_if(*items, [&](const Solution& item) {
    return !access::Allows(by, {Resource::kSolution, Action::kRead}, SubjectOf(item.owner));
  });
  return items;
}

Result<Page<Solution>> Service::List(Query query, const access::Principal& by) {
  query = Scoped(std::move(query), by);
  return database_.Read([&](db::Connection& conn) { return SelectSolutions(conn, query); });
}

Result<Solution> Service::Get(int64_t id, const access::Principal& by) {
  auto solution = database_.Read([&](db::Connection& conn) { return Load(conn, id); });
  if (!solution) return solution;
  if (!access::Allows(by, {Resource::kSolution, Action::kRead}, SubjectOf(solution->owner))) {
    return tl::unexpected(NoSuchSolution(std::to_string(id)));
  }
  return solution;
}

Result<Page<Solution>> Service::ListPublished(Query query) {
  query.published = true;
  return database_.Read([&](db::Connection& conn) { return SelectSolutions(conn, query); });
}

Result<Solution> Service::GetPublished(int64_t id) {
  auto solution = database_.Read([&](db::Connection& conn) { return Load(conn, id); });
  if (!solution) return solution;
  if (!solution->fields.published) return tl::unexpected(NoSuchSolution(std::to_string(id)));
  return solution;
}

Result<int64_t> CreateIn(db::Connection& conn, Fields fields, TimePoint now, const Actor& actor) {
  if (auto valid = Validate(conn, fields, 0, ToDate(now)); !valid) {
    return tl::unexpected(valid.error());
  }
  auto id = InsertSolution(conn, fields, now, actor);
  if (!id) return tl::unexpected(id.error());
  if (auto written = WriteChildren(conn, *id, fields, nullptr); !written) {
    return tl::unexpected(written.error());
  }
  auto recorded = audit::Record(
      conn, actor, now,
      {"solution", std::to_string(*id), "create", audit::Diff(nullptr, ToJson(fields))});
  if (!recorded) return tl::unexpected(recorded.error());
  return *id;
}

Status ReplaceIn(db::Connection& conn, const Solution& before, Fields fields, TimePoint now,
                 const Actor& actor) {
  if (auto valid = Validate(conn, fields, before.id, ToDate(now)); !valid) return valid;
  auto updated = UpdateSolution(conn, before.id, before.version, fields, now);
  if (!updated) return tl::unexpected(updated.error());
  if (!*updated) return Stale(before.version + 1);
  if (auto written = WriteChildren(conn, before.id, fields, &before.fields); !written) {
    return written;
  }
  return audit::Record(conn, actor, now,
                       {"solution", std::to_string(before.id), "update",
                        audit::Diff(ToJson(before.fields), ToJson(fields))});
}

Result<Solution> Service::Create(Fields fields, const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<Solution> {
    auto owner = CheckOwner(conn, fields);
    if (!owner) return tl::unexpected(owner.error());
    if (!access::Allows(by, {Resource::kSolution, Action::kCreate}, SubjectOf(*owner))) {
      return tl::unexpected(NotYours());
    }
    auto id = CreateIn(conn, std::move(fields), now, actor);
    if (!id) return tl::unexpected(id.error());
    return Load(conn, *id);
  });
}

Result<Solution> Service::Update(int64_t id, int64_t version, const Change& change,
                                 const access::Principal& by, const Actor& actor) {
  const Permission update{Resource::kSolution, Action::kUpdate};
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<Solution> {
    auto before = Load(conn, id);
    if (!before) return before;
    if (!access::Allows(by, update, SubjectOf(before->owner))) return tl::unexpected(NotYours());
    if (before->version != version) return Stale(before->version);
    auto after = change(before->fields);
    if (!after) return tl::unexpected(after.error());
    auto owner = CheckOwner(conn, *after);
    if (!owner) return tl::unexpected(owner.error());
    if (!access::Allows(by, update, SubjectOf(*owner))) return tl::unexpected(NotYours());
    if (auto replaced = ReplaceIn(conn, *before, std::move(*after), now, actor); !replaced) {
      return tl::unexpected(replaced.error());
    }
    return Load(conn, id);
  });
}

Status Service::Archive(int64_t id, int64_t version, const access::Principal& by,
                        const Actor& actor) {
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Status {
    auto solution = Load(conn, id);
    if (!solution) return tl::unexpected(solution.error());
    if (!access::Allows(by, {Resource::kSolution, Action::kDelete}, SubjectOf(solution->owner))) {
      return tl::unexpected(NotYours());
    }
    if (solution->version != version) return Stale(solution->version);
    auto archived = ArchiveSolution(conn, id, version, now);
    if (!archived) return tl::unexpected(archived.error());
    if (!*archived) return Stale(solution->version + 1);
    return audit::Record(conn, actor, now,
                         {"solution", std::to_string(id), "archive", nlohmann::json::object()});
  });
}

}  // namespace attache::solutions
