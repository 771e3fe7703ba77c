#include "domains/contacts/store.hpp"

#include "core/enum_names.hpp"
#include "core/strings.hpp"
#include "domains/contacts/queries.hpp"
#include "text/normalize.hpp"

namespace attache::contacts {
namespace {

static_assert(db::SortsCovered(kSorts, kOrder),
              "every sort field of the API needs its column in kOrder");

constexpr std::string_view kRedacted = R"({"redacted":true})";

std::vector<std::string> ParseLanguages(std::string_view text) {
  std::vector<std::string> languages;
  for (const std::string_view code : SplitList(text, ',')) languages.emplace_back(code);
  return languages;
}

std::string JoinLanguages(const std::vector<std::string>& languages) {
  std::string text;
  for (const std::string& code : languages) {
    if (!text.empty()) text += ',';
    text += code;
  }
  return text;
}

Contact ReadContact(const db::Row& row) {
  Contact contact;
  Fields& fields = contact.fields;
  contact.id = row.Int(0);
  fields.organisation_id = row.Int(1);
  fields.name_ru = row.String(2);
  fields.name_en = row.String(3);
  fields.position = row.String(4);
  fields.email = row.OptString(5);
  fields.phone = row.OptString(6);
  fields.languages = ParseLanguages(row.Text(7));
  if (!row.IsNull(8)) fields.consent_date = ParseDate(row.Text(8));
  if (!row.IsNull(9)) fields.consent_basis = EnumValue(kConsentBasisNames, row.Text(9));
  fields.notes = row.String(10);
  contact.erased_at = row.OptString(11);
  contact.archived_at = row.OptString(12);
  contact.version = row.Int(13);
  contact.created_at = row.String(14);
  contact.updated_at = row.String(15);
  contact.organisation = {fields.organisation_id, row.String(16), row.String(17), row.String(18)};
  return contact;
}

void AddFilters(db::SqlBuilder& sql, const Query& query) {
  if (query.text) {
    sql.Where(query.text_matches_email ? kTextOrEmailFilter : kTextFilter,
              "%" + text::EscapeLike(text::Fold(*query.text)) + "%");
  }
  if (query.organisation_id) sql.Where(kOrganisationFilter, *query.organisation_id);
  if (query.only_organisation_id) sql.Where(kOrganisationFilter, *query.only_organisation_id);
  if (query.language) sql.Where(kLanguageFilter, "%," + *query.language + ",%");
}

// Derived columns: what search and e-mail lookups match, and the keys names sort by.
struct Derived {
  std::string search_text;
  std::optional<std::string> email_key;
  std::string sort_en;
  std::string sort_ru;
  std::string languages;
  std::optional<std::string> consent_date;
  std::optional<std::string_view> consent_basis;
};

Derived Derive(const Fields& fields) {
  const std::string& en = fields.name_en.empty() ? fields.name_ru : fields.name_en;
  const std::string& ru = fields.name_ru.empty() ? fields.name_en : fields.name_ru;
  Derived derived;
  // No personal fields: the e-mail is matched separately, for those who may see it.
  derived.search_text = text::Fold(fields.name_ru + " " + fields.name_en + " " + fields.position);
  if (fields.email) derived.email_key = text::Fold(*fields.email);
  derived.sort_en = text::SortKey(en, Lang::kEn);
  derived.sort_ru = text::SortKey(ru, Lang::kRu);
  derived.languages = JoinLanguages(fields.languages);
  if (fields.consent_date) derived.consent_date = fields.consent_date->ToString();
  if (fields.consent_basis) derived.consent_basis = ToString(*fields.consent_basis);
  return derived;
}

db::Param OptText(const std::optional<std::string_view>& text) {
  if (!text) return nullptr;
  return *text;
}

}  // namespace

Result<std::vector<int64_t>> SelectIds(db::Connection& conn, const Query& query) {
  db::SqlBuilder select(kSelect);
  select.Append(kLive);
  AddFilters(select, query);
  select.OrderBy(query.sort, kOrder, kTiebreak);
  return db::ReadIds(conn, select);
}

Result<std::vector<Contact>> SelectMany(db::Connection& conn, std::span<const int64_t> ids) {
  const std::string select = std::string(kSelect) + std::string(kLive);
  auto items = db::ReadByIds<Contact>(conn, select, "c.id", ids, ReadContact,
                                      [](const Contact& item) { return item.id; });
  if (!items) return items;
  return items;
}

Result<Page<Contact>> SelectContacts(db::Connection& conn, const Query& query) {
  db::SqlBuilder count(kCount);
  AddFilters(count, query);
  db::SqlBuilder select(kSelect);
  select.Append(kLive);
  AddFilters(select, query);
  select.OrderBy(query.sort, kOrder, kTiebreak);
  select.Page(query.limit, query.offset);
  return db::ReadPage<Contact>(conn, count, select, query.offset, ReadContact);
}

Result<std::optional<Contact>> SelectContact(db::Connection& conn, int64_t id) {
  std::optional<Contact> contact;
  const std::string sql = std::string(kSelect) + std::string(kById);
  auto status = conn.Query(sql, {id}, [&](const db::Row& row) { contact = ReadContact(row); });
  if (!status) return tl::unexpected(status.error());
  return contact;
}

Result<int64_t> InsertContact(db::Connection& conn, const Fields& fields, TimePoint at,
                              const Actor& actor) {
  const Derived derived = Derive(fields);
  const std::string now = FormatTimestamp(at);
  return conn.QueryInt(
      kInsert, {fields.organisation_id, fields.name_ru, fields.name_en, fields.position,
                db::Nullable(fields.email), db::Nullable(fields.phone), derived.languages,
                db::Nullable(derived.consent_date), OptText(derived.consent_basis), fields.notes,
                db::Nullable(derived.email_key), derived.search_text, derived.sort_en,
                derived.sort_ru, now, db::Nullable(actor.user_id)});
}

Result<bool> UpdateContact(db::Connection& conn, int64_t id, int64_t version, const Fields& fields,
                           TimePoint at) {
  const Derived derived = Derive(fields);
  const std::string now = FormatTimestamp(at);
  auto changed = conn.Execute(
      kUpdate, {fields.organisation_id, fields.name_ru, fields.name_en, fields.position,
                db::Nullable(fields.email), db::Nullable(fields.phone), derived.languages,
                db::Nullable(derived.consent_date), OptText(derived.consent_basis), fields.notes,
                db::Nullable(derived.email_key), derived.search_text, derived.sort_en,
                derived.sort_ru, now, id, version});
  if (!changed) return tl::unexpected(changed.error());
  return *changed == 1;
}

Result<bool> ArchiveContact(db::Connection& conn, int64_t id, int64_t version, TimePoint at) {
  const std::string now = FormatTimestamp(at);
  auto changed = conn.Execute(kArchive, {now, id, version});
  if (!changed) return tl::unexpected(changed.error());
  return *changed == 1;
}

Result<bool> EraseContact(db::Connection& conn, int64_t id, TimePoint at) {
  const std::string now = FormatTimestamp(at);
  auto changed = conn.Execute(kErase, {now, id});
  if (!changed) return tl::unexpected(changed.error());
  return *changed == 1;
}

Result<std::vector<HistoryEntry>> SelectHistory(db::Connection& conn, int64_t id) {
  std::vector<HistoryEntry> history;
  const std::string entity_id = std::to_string(id);
  auto status = conn.Query(kSelectHistory, {std::string_view(entity_id)}, [&](const db::Row& row) {
    history.push_back(HistoryEntry{row.Int(0), row.String(1), row.String(2), row.String(3)});
  });
  if (!status) return tl::unexpected(status.error());
  return history;
}

Status RedactHistory(db::Connection& conn, int64_t id) {
  const std::string entity_id = std::to_string(id);
  auto redacted = conn.Execute(kRedactHistory, {kRedacted, std::string_view(entity_id)});
  if (!redacted) return tl::unexpected(redacted.error());
  return {};
}

}  // namespace attache::contacts
