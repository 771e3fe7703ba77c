#include "domains/solutions/store.hpp"

#include <map>

#include "core/enum_names.hpp"
#include "core/strings.hpp"
#include "domains/organisations/store.hpp"
#include "domains/search/word_index.hpp"
#include "domains/solutions/queries.hpp"
#include "text/normalize.hpp"

namespace attache::solutions {
namespace {

static_assert(db::SortsCovered(kSorts, kOrder),
              "every sort field of the API needs its column in kOrder");

// Lists kept in one column: languages comma-separated; certifications one per line (the API
// refuses control characters in them, so a newline never comes from a client).
constexpr char kLanguageSeparator = ',';
constexpr char kCertificationSeparator = '\n';

std::vector<std::string> SplitColumn(std::string_view text, char separator) {
  std::vector<std::string> items;
  for (const std::string_view item : SplitList(text, separator)) items.emplace_back(item);
  return items;
}

std::string JoinColumn(const std::vector<std::string>& items, char separator) {
  std::string text;
  for (const std::string& item : items) {
    if (!text.empty()) text += separator;
    text += item;
  }
  return text;
}

Solution ReadSolution(const db::Row& row) {
  Solution solution;
  Fields& fields = solution.fields;
  solution.id = row.Int(0);
  fields.organisation_id = row.Int(1);
  fields.name_ru = row.String(2);
  fields.name_en = row.String(3);
  fields.description_ru = row.String(4);
  fields.description_en = row.String(5);
  fields.kind = EnumValue(kKindNames, row.Text(6)).value_or(Kind::kSoftware);
  fields.main_class = row.String(7);
  fields.maturity = EnumValue(kMaturityNames, row.Text(8)).value_or(Maturity::kStable);
  fields.interface_languages = SplitColumn(row.Text(9), kLanguageSeparator);
  fields.certifications = SplitColumn(row.Text(10), kCertificationSeparator);
  fields.registry_number = row.OptString(11);
  if (!row.IsNull(12)) fields.licence = EnumValue(kLicenceNames, row.Text(12));
  fields.export_readiness = static_cast<int>(row.Int(13));
  fields.published = row.Int(14) != 0;
  solution.version = row.Int(15);
  solution.created_at = row.String(16);
  solution.updated_at = row.String(17);
  solution.owner = Owner{fields.organisation_id, row.String(18),   row.String(19),
                         row.String(20),         row.Int(21) != 0, row.String(22)};
  return solution;
}

void AddFilters(db::SqlBuilder& sql, const Query& query) {
  if (query.organisation_id) sql.Where(kOrganisationFilter, *query.organisation_id);
  if (query.published) sql.Where(kPublishedFilter, int64_t{*query.published ? 1 : 0});
  if (query.text) search::WhereWords(sql, kWords, *query.text);
  std::vector<std::string_view> kinds;
  for (const Kind kind : query.kinds) kinds.push_back(ToString(kind));
  sql.WhereIn(kKindColumn, kinds);
  std::vector<std::string_view> maturity;
  for (const Maturity value : query.maturity) maturity.push_back(ToString(value));
  sql.WhereIn(kMaturityColumn, maturity);
  if (query.taxonomy_class) sql.Where(kClassFilter, *query.taxonomy_class);
  if (query.reference_country) sql.Where(kReferenceCountryFilter, *query.reference_country);
  if (query.min_readiness) sql.Where(kReadinessFilter, int64_t{*query.min_readiness});
  if (query.accredited) sql.Where(kAccreditedFilter, int64_t{*query.accredited ? 1 : 0});
}

Status LoadChildren(db::Connection& conn, std::vector<Solution>& items) {
  if (items.empty()) return {};
  std::map<int64_t, Solution*> by_id;
  std::vector<int64_t> ids;
  for (Solution& solution : items) {
    by_id[solution.id] = &solution;
    ids.push_back(solution.id);
  }
  auto status = db::QueryIn(
      conn, kSelectClasses, "solution_id", ids, kClassOrder,
      [&](const db::Row& row) { by_id[row.Int(0)]->fields.classes.push_back(row.String(1)); });
  if (!status) return status;
  return db::QueryIn(
      conn, kSelectReferences, "solution_id", ids, kReferenceOrder, [&](const db::Row& row) {
        Reference reference{row.String(1), row.String(2), std::nullopt, row.String(4)};
        if (!row.IsNull(3)) reference.year = static_cast<int>(row.Int(3));
        by_id[row.Int(0)]->fields.references.push_back(std::move(reference));
      });
}

struct Derived {
  std::string search_text;
  std::string sort_en;
  std::string sort_ru;
  std::string languages;
  std::string certifications;
};

Derived Derive(const Fields& fields) {
  const std::string& en = fields.name_en.empty() ? fields.name_ru : fields.name_en;
  const std::string& ru = fields.name_ru.empty() ? fields.name_en : fields.name_ru;
  return Derived{
      text::Fold(fields.name_ru + " " + fields.name_en + " " + fields.registry_number.value_or("")),
      text::SortKey(en, Lang::kEn), text::SortKey(ru, Lang::kRu),
      JoinColumn(fields.interface_languages, kLanguageSeparator),
      JoinColumn(fields.certifications, kCertificationSeparator)};
}

db::Param LicenceParam(const Fields& fields) {
  if (!fields.licence) return nullptr;
  return ToString(*fields.licence);
}

Status Run(db::Connection& conn, std::string_view sql, std::initializer_list<db::Param> params) {
  auto done = conn.Execute(sql, params);
  if (!done) return tl::unexpected(done.error());
  return {};
}

}  // namespace

Result<std::vector<int64_t>> SelectIds(db::Connection& conn, const Query& query) {
  db::SqlBuilder select(kSelect);
  AddFilters(select, query);
  select.OrderBy(query.sort, kOrder, kTiebreak);
  return db::ReadIds(conn, select);
}

Result<std::vector<Solution>> SelectMany(db::Connection& conn, std::span<const int64_t> ids) {
  const std::string select = std::string(kSelect);
  auto items = db::ReadByIds<Solution>(conn, select, "s.id", ids, ReadSolution,
                                       [](const Solution& item) { return item.id; });
  if (!items) return items;
  if (auto loaded = LoadChildren(conn, *items); !loaded) return tl::unexpected(loaded.error());
  return items;
}

Result<Page<Solution>> SelectSolutions(db::Connection& conn, const Query& query) {
  db::SqlBuilder count(query.accredited ? kCountWithOwner : kCount);
  AddFilters(count, query);
  db::SqlBuilder select(kSelect);
  AddFilters(select, query);
  select.OrderBy(query.sort, kOrder, kTiebreak);
  select.Page(query.limit, query.offset);
  auto page = db::ReadPage<Solution>(conn, count, select, query.offset, ReadSolution);
  if (!page) return page;
  if (auto loaded = LoadChildren(conn, page->items); !loaded) return tl::unexpected(loaded.error());
  return page;
}

Result<std::optional<Solution>> SelectSolution(db::Connection& conn, int64_t id) {
  std::vector<Solution> found;
  const std::string sql = std::string(kSelect) + std::string(kById);
  auto status =
      conn.Query(sql, {id}, [&](const db::Row& row) { found.push_back(ReadSolution(row)); });
  if (!status) return tl::unexpected(status.error());
  if (found.empty()) return std::optional<Solution>();
  if (auto loaded = LoadChildren(conn, found); !loaded) return tl::unexpected(loaded.error());
  return std::optional<Solution>(std::move(found.front()));
}

Result<std::optional<OwnerCandidate>> SelectOwner(db::Connection& conn, int64_t organisation_id) {
  std::optional<OwnerCandidate> found;
  auto status = conn.Query(kSelectOwner, {organisation_id}, [&](const db::Row& row) {
    found = OwnerCandidate{Owner{row.Int(0), row.String(1), row.String(2), row.String(3),
                                 row.Int(4) != 0, row.String(5)},
                           row.String(6)};
  });
  if (!status) return tl::unexpected(status.error());
  return found;
}

Result<std::optional<int64_t>> SelectRegistryHolder(db::Connection& conn,
                                                    std::string_view registry_number,
                                                    int64_t except) {
  std::optional<int64_t> holder;
  auto status = conn.Query(kRegistryHolder, {registry_number, except},
                           [&](const db::Row& row) { holder = row.Int(0); });
  if (!status) return tl::unexpected(status.error());
  return holder;
}

Result<int64_t> InsertSolution(db::Connection& conn, const Fields& fields, TimePoint at,
                               const Actor& actor) {
  const Derived derived = Derive(fields);
  const std::string now = FormatTimestamp(at);
  return conn.QueryInt(
      kInsert,
      {fields.organisation_id, fields.name_ru, fields.name_en, fields.description_ru,
       fields.description_en, ToString(fields.kind), fields.main_class, ToString(fields.maturity),
       derived.languages, derived.certifications, db::Nullable(fields.registry_number),
       LicenceParam(fields), int64_t{fields.export_readiness}, int64_t{fields.published ? 1 : 0},
       derived.search_text, derived.sort_en, derived.sort_ru, now, db::Nullable(actor.user_id)});
}

Result<bool> UpdateSolution(db::Connection& conn, int64_t id, int64_t version, const Fields& fields,
                            TimePoint at) {
  const Derived derived = Derive(fields);
  const std::string now = FormatTimestamp(at);
  auto changed = conn.Execute(kUpdate, {fields.organisation_id,
                                        fields.name_ru,
                                        fields.name_en,
                                        fields.description_ru,
                                        fields.description_en,
                                        ToString(fields.kind),
                                        fields.main_class,
                                        ToString(fields.maturity),
                                        derived.languages,
                                        derived.certifications,
                                        db::Nullable(fields.registry_number),
                                        LicenceParam(fields),
                                        int64_t{fields.export_readiness},
                                        int64_t{fields.published ? 1 : 0},
                                        derived.search_text,
                                        derived.sort_en,
                                        derived.sort_ru,
                                        now,
                                        id,
                                        version});
  if (!changed) return tl::unexpected(changed.error());
  return *changed == 1;
}

Status WriteChildren(db::Connection& conn, int64_t id, const Fields& fields, const Fields* before) {
  if (!before || before->organisation_id != fields.organisation_id) {
    if (auto done = organisations::RecountSolutions(conn, fields.organisation_id); !done)
      return done;
    if (before) {
      if (auto done = organisations::RecountSolutions(conn, before->organisation_id); !done)
        return done;
    }
  }
  if (!before || before->name_ru != fields.name_ru || before->name_en != fields.name_en ||
      before->registry_number != fields.registry_number) {
    if (auto done = search::ReplaceWords(conn, kWords, id, Derive(fields).search_text); !done) {
      return done;
    }
  }
  if (!before || before->main_class != fields.main_class || before->classes != fields.classes) {
    if (auto done = Run(conn, kDeleteClasses, {id}); !done) return done;
    if (auto done = Run(conn, kInsertClass, {id, fields.main_class, int64_t{1}}); !done) {
      return done;
    }
    for (const std::string& id_of_class : fields.classes) {
      if (auto done = Run(conn, kInsertClass, {id, id_of_class, int64_t{0}}); !done) return done;
    }
  }
  if (!before || before->references != fields.references) {
    if (auto done = Run(conn, kDeleteReferences, {id}); !done) return done;
    for (size_t i = 0; i < fields.references.size(); ++i) {
      const Reference& reference = fields.references[i];
      const std::optional<int64_t> year =
          reference.year ? std::optional<int64_t>(*reference.year) : std::nullopt;
      if (auto done = Run(conn, kInsertReference,
                          {id, reference.country, reference.customer, db::Nullable(year),
                           reference.scale, static_cast<int64_t>(i)});
          !done) {
        return done;
      }
    }
  }
  return {};
}

Result<bool> ArchiveSolution(db::Connection& conn, int64_t id, int64_t version, TimePoint at) {
  auto changed = conn.Execute(kArchive, {FormatTimestamp(at), id, version});
  if (!changed) return tl::unexpected(changed.error());
  if (*changed != 1) return false;
  auto owner = conn.QueryInt(kOwnerOf, {id});
  if (!owner) return tl::unexpected(owner.error());
  if (auto done = organisations::RecountSolutions(conn, *owner); !done)
    return tl::unexpected(done.error());
  return true;
}

Status RebuildTerms(db::Connection& conn) {
  if (auto done = Run(conn, kDeleteAllTerms, {}); !done) return done;
  std::vector<std::pair<int64_t, std::string>> texts;
  auto read = conn.Query(kSelectSearchTexts, {}, [&](const db::Row& row) {
    texts.emplace_back(row.Int(0), row.String(1));
  });
  if (!read) return tl::unexpected(read.error());
  for (const auto& [id, search_text] : texts) {
    if (auto done = search::AddWords(conn, kWords, id, search_text); !done) return done;
  }
  return {};
}

}  // namespace attache::solutions
