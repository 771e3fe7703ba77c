#include "domains/organisations/service.hpp"

#include <fmt/format.h>

#include "core/field_checks.hpp"
#include "domains/access/policy.hpp"
#include "domains/audit/store.hpp"
#include "domains/countries/store.hpp"
#include "domains/organisations/json.hpp"
#include "domains/organisations/rules.hpp"
#include "domains/organisations/store.hpp"
#include "domains/taxonomy/store.hpp"

namespace attache::organisations {
namespace {

using access::Action;
using access::Permission;
using access::Resource;

constexpr int kMaxParentDepth = 32;

access::Subject SubjectOf(int64_t id, const Fields& fields) {
  return {.country = fields.country, .company_id = id};
}

std::string NameOf(const Ref& ref) { return ref.name_en.empty() ? ref.name_ru : ref.name_en; }

Result<Organisation> Load(db::Connection& conn, int64_t id) {
  return Found(SelectOrganisation(conn, id),
               [&] { return tl::unexpected(NoSuchOrganisation(std::to_string(id))); });
}

// The fields a company user may not change on their own profile: HQ keeps them.
std::vector<FieldError> CheckCompanyEdit(const Fields& before, const Fields& after) {
  std::vector<FieldError> errors;
  const Text message{"Only the service's staff may change this.",
                     "Это поле могут изменить только сотрудники службы."};
  if (before.kind != after.kind) AddError(errors, "/kind", message);
  if (before.country != after.country) AddError(errors, "/country", message);
  if (before.inn != after.inn) AddError(errors, "/inn", message);
  if (before.ogrn != after.ogrn) AddError(errors, "/ogrn", message);
  if (before.accredited != after.accredited) AddError(errors, "/accredited", message);
  if (before.accreditation_number != after.accreditation_number) {
    AddError(errors, "/accreditation_number", message);
  }
  if (before.accreditation_date != after.accreditation_date) {
    AddError(errors, "/accreditation_date", message);
  }
  if (before.parent_id != after.parent_id) AddError(errors, "/parent_id", message);
  return errors;
}

// What the database must confirm: countries, classes and organisations that are referred to
// exist, and the parent chain has no cycle.
Status CheckReferences(db::Connection& conn, const Fields& fields, std::optional<int64_t> self) {
  std::vector<FieldError> errors;
  std::vector<std::string> countries{fields.country};
  for (const Market& market : fields.markets) countries.push_back(market.country);
  auto unknown_countries = countries::UnknownCountries(conn, countries);
  if (!unknown_countries) return tl::unexpected(unknown_countries.error());
  for (const std::string& code : *unknown_countries) {
    const Text message{fmt::format("There is no country {}.", code),
                       fmt::format("Страны {} нет.", code)};
    if (code == fields.country) AddError(errors, "/country", message);
    for (size_t i = 0; i < fields.markets.size(); ++i) {
      if (fields.markets[i].country == code) {
        AddError(errors, fmt::format("/markets/{}/country", i), message);
      }
    }
  }
  auto unknown_classes = taxonomy::UnknownClasses(conn, fields.sectors);
  if (!unknown_classes) return tl::unexpected(unknown_classes.error());
  for (const std::string& id : *unknown_classes) {
    AddError(errors, "/sectors",
             {fmt::format("There is no taxonomy class {}.", id),
              fmt::format("Класса таксономии {} нет.", id)});
  }
  std::vector<int64_t> ids;
  if (fields.parent_id) ids.push_back(*fields.parent_id);
  if (fields.hub_operator_id) ids.push_back(*fields.hub_operator_id);
  for (const Resident& resident : fields.residents) ids.push_back(resident.organisation_id);
  auto refs = SelectRefs(conn, ids);
  if (!refs) return tl::unexpected(refs.error());
  const auto exists = [&](int64_t id) {
    return std::any_of(refs->begin(), refs->end(), [&](const Ref& ref) { return ref.id == id; });
  };
  const Text missing{"There is no such organisation.", "Такой организации нет."};
  const Text itself{"Cannot refer to the organisation itself.",
                    "Не может ссылаться на саму организацию."};
  if (fields.parent_id) {
    if (*fields.parent_id == self) {
      AddError(errors, "/parent_id", itself);
    } else if (!exists(*fields.parent_id)) {
      AddError(errors, "/parent_id", missing);
    } else if (self) {
      std::optional<int64_t> above = fields.parent_id;
      for (int depth = 0; above && depth < kMaxParentDepth; ++depth) {
        auto next = SelectParent(conn, *above);
        if (!next) return tl::unexpected(next.error());
        above = *next;
        if (above == self) {
          AddError(errors, "/parent_id",
                   {"The parent is already below this organisation in the group.",
                    "Выбранная головная организация уже входит в группу этой организации."});
          break;
        }
      }
    }
  }
  if (fields.hub_operator_id) {
    if (*fields.hub_operator_id == self) {
      AddError(errors, "/hub_operator_id", itself);
    } else if (!exists(*fields.hub_operator_id)) {
      AddError(errors, "/hub_operator_id", missing);
    }
  }
  for (size_t i = 0; i < fields.residents.size(); ++i) {
    const int64_t id = fields.residents[i].organisation_id;
    const std::string pointer = fmt::format("/residents/{}/organisation_id", i);
    if (id == self) {
      AddError(errors, pointer, itself);
    } else if (!exists(id)) {
      AddError(errors, pointer, missing);
    }
  }
  if (!errors.empty()) return FailValidation(std::move(errors));
  return {};
}

Status CheckInnFree(db::Connection& conn, const Fields& fields, std::optional<int64_t> self) {
  if (!fields.inn) return {};
  auto holders = SelectCandidates(conn, Probe{{}, fields.inn, self});
  if (!holders) return tl::unexpected(holders.error());
  for (const Candidate& holder : *holders) {
    if (holder.reason != "inn") continue;
    Error error{ErrorCode::kConflict,
                {fmt::format("INN {} already belongs to {} (id {}).", *fields.inn,
                             NameOf(holder.organisation), holder.organisation.id),
                 fmt::format("ИНН {} уже принадлежит организации «{}» (номер {}).", *fields.inn,
                             holder.organisation.name_ru.empty() ? holder.organisation.name_en
                                                                 : holder.organisation.name_ru,
                             holder.organisation.id)},
                {FieldError{"/inn", {}, {"Already taken.", "Уже занят."}}},
                {}};
    return tl::unexpected(std::move(error));
  }
  return {};
}

// Validation of a new state; `fields` is canonicalised when it passes.
Status Validate(db::Connection& conn, Fields& fields, std::optional<int64_t> self, Date today) {
  fields.website = NormaliseWebsite(fields.website);
  if (auto errors = CheckFields(fields, today); !errors.empty()) {
    return FailValidation(std::move(errors));
  }
  if (auto checked = CheckReferences(conn, fields, self); !checked) return checked;
  Canonicalise(fields);
  return CheckInnFree(conn, fields, self);
}

Result<Detail> LoadDetail(db::Connection& conn, int64_t id) {
  auto organisation = Load(conn, id);
  if (!organisation) return tl::unexpected(organisation.error());
  auto links = SelectLinks(conn, *organisation);
  if (!links) return tl::unexpected(links.error());
  return Detail{std::move(*organisation), std::move(*links)};
}

// Fills the empty fields of `kept` from `duplicate`.
Fields FillFrom(Fields kept, const Fields& duplicate) {
  const auto fill = [](std::string& to, const std::string& from) {
    if (to.empty()) to = from;
  };
  fill(kept.name_ru, duplicate.name_ru);
  fill(kept.name_en, duplicate.name_en);
  fill(kept.website, duplicate.website);
  fill(kept.description_ru, duplicate.description_ru);
  fill(kept.description_en, duplicate.description_en);
  if (!kept.inn) kept.inn = duplicate.inn;
  if (!kept.ogrn) kept.ogrn = duplicate.ogrn;
  if (!kept.size_band) kept.size_band = duplicate.size_band;
  if (!kept.hq_region) kept.hq_region = duplicate.hq_region;
  if (!kept.accredited && duplicate.accredited) {
    kept.accredited = true;
    kept.accreditation_number = duplicate.accreditation_number;
    kept.accreditation_date = duplicate.accreditation_date;
  }
  return kept;
}

// What `by` may read of a list: a company user only their own company's.
Query Scoped(Query query, const access::Principal& by) {
  if (access::ScopeOf(by, {Resource::kOrganisation, Action::kRead}) == access::Scope::kOwnCompany) {
    query.only_id = by.company_id.value_or(0);
  }
  return query;
}

}  // namespace

Result<std::vector<int64_t>> Service::ListIds(Query query, const access::Principal& by) {
  query = Scoped(std::move(query), by);
  return database_.Read([&](db::Connection& conn) { return SelectIds(conn, query); });
}

Result<std::vector<Organisation>> Service::GetMany(std::span<const int64_t> ids,
                                                   const access::Principal& by) {
  auto items = database_.Read([&](db::Connection& conn) { return SelectMany(conn, ids); });
  if (!items) return items;
  // Checked again: a record may have moved out of `by`'s scope since its id was listed.
  std::erase_if(*items, [&](const Organisation& item) {
    return !access::Allows(by, {Resource::kOrganisation, Action::kRead},
                           SubjectOf(item.id, item.fields));
  });
  return items;
}

Result<Page<Organisation>> Service::List(Query query, const access::Principal& by) {
  query = Scoped(std::move(query), by);
  return database_.Read([&](db::Connection& conn) { return SelectOrganisations(conn, query); });
}

Result<Detail> Service::Get(int64_t id, const access::Principal& by) {
  auto detail = database_.Read([&](db::Connection& conn) { return LoadDetail(conn, id); });
  if (!detail) return detail;
  if (!access::Allows(by, {Resource::kOrganisation, Action::kRead},
                      SubjectOf(id, detail->organisation.fields))) {
    return tl::unexpected(NoSuchOrganisation(std::to_string(id)));
  }
  return detail;
}

Result<std::vector<MarketChange>> Service::MarketHistory(int64_t id, const access::Principal& by) {
  return database_.Read([&](db::Connection& conn) -> Result<std::vector<MarketChange>> {
    auto organisation = Load(conn, id);
    if (!organisation) return tl::unexpected(organisation.error());
    if (!access::Allows(by, {Resource::kOrganisation, Action::kRead},
                        SubjectOf(id, organisation->fields))) {
      return tl::unexpected(NoSuchOrganisation(std::to_string(id)));
    }
    return SelectMarketHistory(conn, id);
  });
}

Result<std::vector<Candidate>> Service::FindDuplicates(const Probe& probe) {
  return database_.Read([&](db::Connection& conn) { return SelectCandidates(conn, probe); });
}

Result<int64_t> CreateIn(db::Connection& conn, Fields fields, TimePoint now, const Actor& actor) {
  if (auto valid = Validate(conn, fields, std::nullopt, ToDate(now)); !valid) {
    return tl::unexpected(valid.error());
  }
  auto id = InsertOrganisation(conn, fields, now, actor);
  if (!id) return tl::unexpected(id.error());
  if (auto written = WriteChildren(conn, *id, fields, nullptr, now, actor); !written) {
    return tl::unexpected(written.error());
  }
  auto recorded = audit::Record(
      conn, actor, now,
      {"organisation", std::to_string(*id), "create", audit::Diff(nullptr, ToJson(fields))});
  if (!recorded) return tl::unexpected(recorded.error());
  return *id;
}

Status ReplaceIn(db::Connection& conn, const Organisation& before, Fields fields, TimePoint now,
                 const Actor& actor) {
  if (auto valid = Validate(conn, fields, before.id, ToDate(now)); !valid) return valid;
  auto updated = UpdateOrganisation(conn, before.id, before.version, fields, now);
  if (!updated) return tl::unexpected(updated.error());
  if (!*updated) return Stale(before.version + 1);
  if (auto written = WriteChildren(conn, before.id, fields, &before.fields, now, actor); !written) {
    return written;
  }
  return audit::Record(conn, actor, now,
                       {"organisation", std::to_string(before.id), "update",
                        audit::Diff(ToJson(before.fields), ToJson(fields))});
}

Result<Detail> Service::Create(Fields fields, const access::Principal& by, const Actor& actor) {
  if (!access::Allows(by, {Resource::kOrganisation, Action::kCreate}, SubjectOf(0, fields))) {
    return tl::unexpected(NotYours());
  }
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<Detail> {
    auto id = CreateIn(conn, std::move(fields), now, actor);
    if (!id) return tl::unexpected(id.error());
    return LoadDetail(conn, *id);
  });
}

Result<Detail> Service::Update(int64_t id, int64_t version, const Change& change,
                               const access::Principal& by, const Actor& actor) {
  const Permission update{Resource::kOrganisation, Action::kUpdate};
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<Detail> {
    auto before = Load(conn, id);
    if (!before) return tl::unexpected(before.error());
    if (!access::Allows(by, update, SubjectOf(id, before->fields))) {
      return tl::unexpected(NotYours());
    }
    if (before->version != version) return Stale(before->version);
    auto after = change(before->fields);
    if (!after) return tl::unexpected(after.error());
    if (!access::Allows(by, update, SubjectOf(id, *after))) return tl::unexpected(NotYours());
    if (access::ScopeOf(by, update) == access::Scope::kOwnCompany) {
      if (auto errors = CheckCompanyEdit(before->fields, *after); !errors.empty()) {
        return FailValidation(std::move(errors));
      }
    }
    if (auto replaced = ReplaceIn(conn, *before, std::move(*after), now, actor); !replaced) {
      return tl::unexpected(replaced.error());
    }
    return LoadDetail(conn, id);
  });
}

Status Service::Archive(int64_t id, int64_t version, const access::Principal& by,
                        const Actor& actor) {
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Status {
    auto detail = LoadDetail(conn, id);
    if (!detail) return tl::unexpected(detail.error());
    const Organisation& organisation = detail->organisation;
    if (!access::Allows(by, {Resource::kOrganisation, Action::kDelete},
                        SubjectOf(id, organisation.fields))) {
      return tl::unexpected(NotYours());
    }
    if (organisation.version != version) return Stale(organisation.version);
    if (organisation.solution_count > 0 || organisation.contact_count > 0 ||
        !detail->links.children.empty()) {
      return Fail(ErrorCode::kConflict,
                  {"The organisation still has solutions, contacts or subsidiaries: move or "
                   "archive them first, or merge the organisation into another.",
                   "У организации остались решения, контакты или дочерние организации: сначала "
                   "перенесите или архивируйте их либо объедините организацию с другой."});
    }
    auto archived = ArchiveOrganisation(conn, id, version, now);
    if (!archived) return tl::unexpected(archived.error());
    if (!*archived) return Stale(organisation.version + 1);
    return audit::Record(conn, actor, now,
                         {"organisation", std::to_string(id), "archive", nlohmann::json::object()});
  });
}

Result<MergeReport> Service::Merge(int64_t kept, int64_t duplicate, const access::Principal& by,
                                   const Actor& actor) {
  if (kept == duplicate) {
    return FailValidation({FieldError{"/duplicate_id",
                                      {},
                                      {"Cannot merge an organisation into itself.",
                                       "Нельзя объединить организацию саму с собой."}}});
  }
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<MergeReport> {
    auto keep = Load(conn, kept);
    if (!keep) return tl::unexpected(keep.error());
    auto drop = Found(SelectOrganisation(conn, duplicate), [&] {
      return FailValidation({FieldError{
          "/duplicate_id", {}, {"There is no such organisation.", "Такой организации нет."}}});
    });
    if (!drop) return tl::unexpected(drop.error());
    const Permission merge{Resource::kOrganisation, Action::kDelete};
    if (!access::Allows(by, merge, SubjectOf(kept, keep->fields)) ||
        !access::Allows(by, merge, SubjectOf(duplicate, drop->fields))) {
      return tl::unexpected(NotYours());
    }
    auto report = MoveLinks(conn, kept, duplicate, now);
    if (!report) return tl::unexpected(report.error());
    // The duplicate is archived now, so its INN is free for the organisation kept.
    Fields filled = FillFrom(keep->fields, drop->fields);
    if (filled.parent_id == duplicate) filled.parent_id.reset();
    if (filled.hub_operator_id == duplicate) filled.hub_operator_id.reset();
    std::erase_if(filled.residents,
                  [&](const Resident& resident) { return resident.organisation_id == duplicate; });
    auto merged = Load(conn, kept);  // the children moved: markets and sectors grew
    if (!merged) return tl::unexpected(merged.error());
    filled.sectors = merged->fields.sectors;
    filled.markets = merged->fields.markets;
    filled.residents = merged->fields.residents;
    if (filled.accredited && filled.kind != Kind::kDomesticCompany) filled.accredited = false;
    if (!filled.accredited) {
      filled.accreditation_number.reset();
      filled.accreditation_date.reset();
    }
    if (filled.country != kHomeCountry) {
      filled.inn.reset();
      filled.ogrn.reset();
    }
    auto updated = UpdateOrganisation(conn, kept, merged->version, filled, now);
    if (!updated) return tl::unexpected(updated.error());
    if (auto written = WriteChildren(conn, kept, filled, &merged->fields, now, actor); !written) {
      return tl::unexpected(written.error());
    }
    nlohmann::json diff = audit::Diff(ToJson(keep->fields), ToJson(filled));
    diff["merged_from"] = {{"from", nullptr}, {"to", ToJson(*report)}};
    auto recorded =
        audit::Record(conn, actor, now, {"organisation", std::to_string(kept), "merge", diff});
    if (!recorded) return tl::unexpected(recorded.error());
    recorded = audit::Record(conn, actor, now,
                             {"organisation",
                              std::to_string(duplicate),
                              "merged",
                              {{"merged_into", {{"from", nullptr}, {"to", kept}}}}});
    if (!recorded) return tl::unexpected(recorded.error());
    return *report;
  });
}

}  // namespace attache::organisations
