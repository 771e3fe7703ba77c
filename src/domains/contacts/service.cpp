#include "domains/contacts/service.hpp"

#include <fmt/format.h>

#include "domains/access/policy.hpp"
#include "domains/audit/store.hpp"
#include "domains/contacts/json.hpp"
#include "domains/contacts/rules.hpp"
#include "domains/contacts/store.hpp"
#include "domains/organisations/store.hpp"

namespace attache::contacts {
namespace {

using access::Action;
using access::Permission;
using access::Resource;

constexpr Permission kRead{Resource::kContact, Action::kRead};
constexpr Permission kUpdate{Resource::kContact, Action::kUpdate};
// Erasure and export: the data subject's requests, handled at HQ.
constexpr Permission kDataRequest{Resource::kContact, Action::kDelete};

// A contact is in a caller's scope when its organisation is (policy.cpp).
access::Subject SubjectOf(const OrganisationRef& organisation) {
  return {.country = organisation.country, .company_id = organisation.id};
}

// Any contact, archived or not.
Result<Contact> LoadAny(db::Connection& conn, int64_t id) {
  return Found(SelectContact(conn, id),
               [&] { return tl::unexpected(NoSuchContact(std::to_string(id))); });
}

// A live contact `by` may read.
Result<Contact> LoadReadable(db::Connection& conn, int64_t id, const access::Principal& by) {
  auto contact = LoadAny(conn, id);
  if (!contact) return contact;
  if (contact->archived_at || !access::Allows(by, kRead, SubjectOf(contact->organisation))) {
    return tl::unexpected(NoSuchContact(std::to_string(id)));
  }
  return contact;
}

// The live organisation a contact is to belong to: a 422 on /organisation_id when there is none.
Result<OrganisationRef> LoadOrganisation(db::Connection& conn, int64_t id) {
  const int64_t ids[] = {id};
  auto refs = organisations::SelectRefs(conn, ids);
  if (!refs) return tl::unexpected(refs.error());
  if (refs->empty()) {
    return FailValidation({FieldError{"/organisation_id",
                                      {},
                                      {fmt::format("There is no organisation with the id {}.", id),
                                       fmt::format("Организации с номером {} нет.", id)}}});
  }
  const organisations::Ref& ref = refs->front();
  return OrganisationRef{ref.id, ref.name_ru, ref.name_en, ref.country};
}

Status CheckFieldsOf(Fields& fields, Date today) {
  Canonicalise(fields);
  if (auto errors = CheckFields(fields, today); !errors.empty()) {
    return FailValidation(std::move(errors));
  }
  return {};
}

// What `by` may read of a list: a company user only their own company's.
Query Scoped(Query query, const access::Principal& by) {
  if (access::ScopeOf(by, kRead) == access::Scope::kOwnCompany) {
    query.only_organisation_id = by.company_id.value_or(0);
  }
  query.text_matches_email = access::SeesPersonalData(by);
  return query;
}

}  // namespace

Result<int64_t> CreateIn(db::Connection& conn, Fields fields, TimePoint now, const Actor& actor) {
  if (auto valid = CheckFieldsOf(fields, ToDate(now)); !valid) {
    return tl::unexpected(valid.error());
  }
  if (auto organisation = LoadOrganisation(conn, fields.organisation_id); !organisation) {
    return tl::unexpected(organisation.error());
  }
  auto id = InsertContact(conn, fields, now, actor);
  if (!id) return id;
  auto recorded = audit::Record(
      conn, actor, now,
      {"contact", std::to_string(*id), "create", audit::Diff(nullptr, ToJson(fields))});
  if (!recorded) return tl::unexpected(recorded.error());
  return id;
}

Status ReplaceIn(db::Connection& conn, const Contact& before, Fields fields, TimePoint now,
                 const Actor& actor) {
  if (before.erased_at) return tl::unexpected(Erased(before.id));
  if (auto valid = CheckFieldsOf(fields, ToDate(now)); !valid) return valid;
  if (fields.organisation_id != before.fields.organisation_id) {
    if (auto moved_to = LoadOrganisation(conn, fields.organisation_id); !moved_to) {
      return tl::unexpected(moved_to.error());
    }
  }
  auto updated = UpdateContact(conn, before.id, before.version, fields, now);
  if (!updated) return tl::unexpected(updated.error());
  if (!*updated) return Stale(before.version + 1);
  return audit::Record(conn, actor, now,
                       {"contact", std::to_string(before.id), "update",
                        audit::Diff(ToJson(before.fields), ToJson(fields))});
}

Result<std::vector<int64_t>> Service::ListIds(Query query, const access::Principal& by) {
  query = Scoped(std::move(query), by);
  return database_.Read([&](db::Connection& conn) { return SelectIds(conn, query); });
}

Result<std::vector<Contact>> Service::GetMany(std::span<const int64_t> ids,
                                              const access::Principal& by) {
  auto items = database_.Read([&](db::Connection& conn) { return SelectMany(conn, ids); });
  if (!items) return items;
  // Checked again: a record may have moved out of `by`'s scope since its id was listed.
  std::erase_if(*items, [&](const Contact& item) {
    return !access::Allows(by, kRead, SubjectOf(item.organisation));
  });
  return items;
}

Result<Page<Contact>> Service::List(Query query, const access::Principal& by) {
  query = Scoped(std::move(query), by);
  return database_.Read([&](db::Connection& conn) { return SelectContacts(conn, query); });
}

Result<Contact> Service::Get(int64_t id, const access::Principal& by) {
  return database_.Read([&](db::Connection& conn) { return LoadReadable(conn, id, by); });
}

Result<Contact> Service::Create(Fields fields, const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  if (auto valid = CheckFieldsOf(fields, ToDate(now)); !valid) {
    return tl::unexpected(valid.error());
  }
  return database_.Write([&](db::Connection& conn) -> Result<Contact> {
    auto organisation = LoadOrganisation(conn, fields.organisation_id);
    if (!organisation) return tl::unexpected(organisation.error());
    if (!access::Allows(by, {Resource::kContact, Action::kCreate}, SubjectOf(*organisation))) {
      return tl::unexpected(NotYours());
    }
    auto id = CreateIn(conn, std::move(fields), now, actor);
    if (!id) return tl::unexpected(id.error());
    return LoadAny(conn, *id);
  });
}

Result<Contact> Service::Update(int64_t id, int64_t version, const Change& change,
                                const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<Contact> {
    auto before = LoadReadable(conn, id, by);
    if (!before) return before;
    if (!access::Allows(by, kUpdate, SubjectOf(before->organisation))) {
      return tl::unexpected(NotYours());
    }
    if (before->erased_at) return tl::unexpected(Erased(id));
    if (before->version != version) return Stale(before->version);
    auto after = change(before->fields);
    if (!after) return tl::unexpected(after.error());
    if (after->organisation_id != before->fields.organisation_id) {
      auto moved_to = LoadOrganisation(conn, after->organisation_id);
      if (moved_to && !access::Allows(by, kUpdate, SubjectOf(*moved_to))) {
        return tl::unexpected(NotYours());
      }
    }
    if (auto replaced = ReplaceIn(conn, *before, std::move(*after), now, actor); !replaced) {
      return tl::unexpected(replaced.error());
    }
    return LoadAny(conn, id);
  });
}

Status Service::Archive(int64_t id, int64_t version, const access::Principal& by,
                        const Actor& actor) {
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Status {
    auto contact = LoadReadable(conn, id, by);
    if (!contact) return tl::unexpected(contact.error());
    if (!access::Allows(by, kUpdate, SubjectOf(contact->organisation))) {
      return tl::unexpected(NotYours());
    }
    if (contact->version != version) return Stale(contact->version);
    auto archived = ArchiveContact(conn, id, version, now);
    if (!archived) return tl::unexpected(archived.error());
    if (!*archived) return Stale(contact->version + 1);
    return audit::Record(conn, actor, now,
                         {"contact", std::to_string(id), "archive", nlohmann::json::object()});
  });
}

Result<Export> Service::ExportData(int64_t id, const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<Export> {
    auto contact = LoadAny(conn, id);
    if (!contact) return tl::unexpected(contact.error());
    if (!access::Allows(by, kDataRequest, SubjectOf(contact->organisation))) {
      return tl::unexpected(NoSuchContact(std::to_string(id)));
    }
    auto history = SelectHistory(conn, id);
    if (!history) return tl::unexpected(history.error());
    // Who took a copy of a person's data is itself worth knowing.
    auto recorded = audit::Record(
        conn, actor, now, {"contact", std::to_string(id), "export", nlohmann::json::object()});
    if (!recorded) return tl::unexpected(recorded.error());
    return Export{std::move(*contact), std::move(*history), FormatTimestamp(now)};
  });
}

Result<Contact> Service::Erase(int64_t id, const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<Contact> {
    auto contact = LoadAny(conn, id);
    if (!contact) return contact;
    if (!access::Allows(by, kDataRequest, SubjectOf(contact->organisation))) {
      return tl::unexpected(NoSuchContact(std::to_string(id)));
    }
    if (contact->erased_at) return contact;
    // The earlier diffs hold the data being erased; the erasure's own entry comes after them.
    if (auto redacted = RedactHistory(conn, id); !redacted) {
      return tl::unexpected(redacted.error());
    }
    auto erased = EraseContact(conn, id, now);
    if (!erased) return tl::unexpected(erased.error());
    auto recorded = audit::Record(
        conn, actor, now,
        {"contact", std::to_string(id), "erase", {{"erased", {{"from", nullptr}, {"to", true}}}}});
    if (!recorded) return tl::unexpected(recorded.error());
    return LoadAny(conn, id);
  });
}

}  // namespace attache::contacts
