#include "domains/organisations/store.hpp"

#include <algorithm>
#include <map>

#include "core/enum_names.hpp"
#include "core/strings.hpp"
#include "domains/organisations/queries.hpp"
#include "text/normalize.hpp"
#include "text/organisation_key.hpp"

namespace attache::organisations {
namespace {

static_assert(db::SortsCovered(kSorts, kOrder),
              "every sort field of the API needs its column in kOrder");

std::optional<Date> OptDate(const db::Row& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return ParseDate(row.Text(column));
}

std::optional<int64_t> OptInt(const db::Row& row, int column) {
  if (row.IsNull(column)) return std::nullopt;
  return row.Int(column);
}

std::vector<HubService> ParseHubServices(std::string_view text) {
  std::vector<HubService> services;
  for (const std::string_view name : SplitList(text, ',')) {
    if (auto service = EnumValue(kHubServiceNames, name)) services.push_back(*service);
  }
  return services;
}

std::string JoinHubServices(const std::vector<HubService>& services) {
  std::string text;
  for (const HubService service : services) {
    if (!text.empty()) text += ',';
    text += ToString(service);
  }
  return text;
}

Organisation ReadOrganisation(const db::Row& row) {
  Organisation organisation;
  Fields& fields = organisation.fields;
  organisation.id = row.Int(0);
  fields.kind = EnumValue(kKindNames, row.Text(1)).value_or(Kind::kDomesticCompany);
  fields.name_ru = row.String(2);
  fields.name_en = row.String(3);
  fields.country = row.String(4);
  fields.inn = row.OptString(5);
  fields.ogrn = row.OptString(6);
  fields.website = row.String(7);
  if (!row.IsNull(8)) fields.size_band = EnumValue(kSizeBandNames, row.Text(8));
  fields.hq_region = row.OptString(9);
  fields.description_ru = row.String(10);
  fields.description_en = row.String(11);
  fields.accredited = row.Int(12) != 0;
  fields.accreditation_number = row.OptString(13);
  fields.accreditation_date = OptDate(row, 14);
  fields.parent_id = OptInt(row, 15);
  fields.hub_services = ParseHubServices(row.Text(16));
  fields.hub_operator_id = OptInt(row, 17);
  organisation.merged_into = OptInt(row, 18);
  organisation.version = row.Int(19);
  organisation.created_at = row.String(20);
  organisation.updated_at = row.String(21);
  organisation.solution_count = row.Int(22);
  organisation.contact_count = row.Int(23);
  return organisation;
}

Ref ReadRef(const db::Row& row) {
  return Ref{row.Int(0), row.String(1), row.String(2),
             EnumValue(kKindNames, row.Text(3)).value_or(Kind::kDomesticCompany), row.String(4)};
}

void AddFilters(db::SqlBuilder& sql, const Query& query) {
  if (query.only_id) sql.Where(kOnlyIdFilter, *query.only_id);
  if (query.text) sql.Where(kTextFilter, "%" + text::EscapeLike(text::Fold(*query.text)) + "%");
  std::vector<std::string_view> kinds;
  for (const Kind kind : query.kinds) kinds.push_back(ToString(kind));
  sql.WhereIn(kKindColumn, kinds);
  if (query.country) sql.Where(kCountryFilter, *query.country);
  if (query.market) {
    sql.Where(kMarketFilter, *query.market);
    std::vector<std::string_view> statuses;
    for (const MarketStatus status : query.market_status) statuses.push_back(ToString(status));
    sql.WhereIn(kMarketStatusColumn, statuses);
    sql.Append(kCloseExists);
  }
  if (query.sector) sql.Where(kSectorFilter, *query.sector);
  if (query.accredited) sql.Where(kAccreditedFilter, int64_t{*query.accredited ? 1 : 0});
  if (query.hq_region) sql.Where(kRegionFilter, *query.hq_region);
  if (query.parent_id) sql.Where(kParentFilter, *query.parent_id);
}

// Fills sectors, markets and residents of the organisations in `items`.
Status LoadChildren(db::Connection& conn, std::vector<Organisation>& items) {
  if (items.empty()) return {};
  std::map<int64_t, Organisation*> by_id;
  std::vector<int64_t> ids;
  for (Organisation& organisation : items) {
    by_id[organisation.id] = &organisation;
    ids.push_back(organisation.id);
  }
  auto status = db::QueryIn(
      conn, kSelectSectors, "organisation_id", ids, kChildOrder,
      [&](const db::Row& row) { by_id[row.Int(0)]->fields.sectors.push_back(row.String(1)); });
  if (!status) return status;
  status = db::QueryIn(
      conn, kSelectMarkets, "organisation_id", ids, kChildOrder, [&](const db::Row& row) {
        by_id[row.Int(0)]->fields.markets.push_back(
            Market{row.String(1),
                   EnumValue(kMarketStatusNames, row.Text(2)).value_or(MarketStatus::kInterested),
                   OptDate(row, 3), row.String(4)});
      });
  if (!status) return status;
  return db::QueryIn(conn, kSelectResidents, "hub_id", ids, kChildOrder, [&](const db::Row& row) {
    by_id[row.Int(0)]->fields.residents.push_back(Resident{row.Int(1), OptDate(row, 2)});
  });
}

// Derived columns: what search matches and the keys names sort by.
struct Derived {
  std::string search_text;
  std::string sort_en;
  std::string sort_ru;
  std::optional<std::string> accreditation_date;
  std::string hub_services;
};

Derived Derive(const Fields& fields) {
  const std::string& en = fields.name_en.empty() ? fields.name_ru : fields.name_en;
  const std::string& ru = fields.name_ru.empty() ? fields.name_en : fields.name_ru;
  Derived derived;
  derived.search_text =
      text::Fold(fields.name_ru + " " + fields.name_en + " " + fields.inn.value_or("") + " " +
                 fields.ogrn.value_or("") + " " + fields.website);
  derived.sort_en = text::SortKey(en, Lang::kEn);
  derived.sort_ru = text::SortKey(ru, Lang::kRu);
  if (fields.accreditation_date) derived.accreditation_date = fields.accreditation_date->ToString();
  derived.hub_services = JoinHubServices(fields.hub_services);
  return derived;
}

std::optional<std::string_view> SizeBandText(const Fields& fields) {
  if (!fields.size_band) return std::nullopt;
  return ToString(*fields.size_band);
}

db::Param OptText(const std::optional<std::string_view>& text) {
  if (!text) return nullptr;
  return *text;
}

db::Param OptId(const std::optional<int64_t>& id) {
  if (!id) return nullptr;
  return *id;
}

std::vector<std::string> NameKeys(const Fields& fields) {
  std::vector<std::string> keys;
  for (const std::string* name : {&fields.name_ru, &fields.name_en}) {
    std::string key = text::OrganisationKey(*name);
    if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end()) {
      keys.push_back(std::move(key));
    }
  }
  return keys;
}

}  // namespace

Result<std::vector<int64_t>> SelectIds(db::Connection& conn, const Query& query) {
  db::SqlBuilder select(kSelect);
  AddFilters(select, query);
  select.OrderBy(query.sort, kOrder, kTiebreak);
  return db::ReadIds(conn, select);
}

Result<std::vector<Organisation>> SelectMany(db::Connection& conn, std::span<const int64_t> ids) {
  const std::string select = std::string(kSelect);
  auto items = db::ReadByIds<Organisation>(conn, select, "o.id", ids, ReadOrganisation,
                                           [](const Organisation& item) { return item.id; });
  if (!items) return items;
  if (auto loaded = LoadChildren(conn, *items); !loaded) return tl::unexpected(loaded.error());
  return items;
}

Result<Page<Organisation>> SelectOrganisations(db::Connection& conn, const Query& query) {
  db::SqlBuilder count(kCount);
  AddFilters(count, query);
  db::SqlBuilder select(kSelect);
  AddFilters(select, query);
  select.OrderBy(query.sort, kOrder, kTiebreak);
  select.Page(query.limit, query.offset);
  auto page = db::ReadPage<Organisation>(conn, count, select, query.offset, ReadOrganisation);
  if (!page) return page;
  if (auto loaded = LoadChildren(conn, page->items); !loaded) return tl::unexpected(loaded.error());
  return page;
}

Result<std::optional<Organisation>> SelectOrganisation(db::Connection& conn, int64_t id) {
  std::vector<Organisation> found;
  const std::string sql = std::string(kSelect) + std::string(kById);
  auto status =
      conn.Query(sql, {id}, [&](const db::Row& row) { found.push_back(ReadOrganisation(row)); });
  if (!status) return tl::unexpected(status.error());
  if (found.empty()) return std::optional<Organisation>();
  if (auto loaded = LoadChildren(conn, found); !loaded) return tl::unexpected(loaded.error());
  return std::optional<Organisation>(std::move(found.front()));
}

Result<std::vector<Ref>> SelectRefs(db::Connection& conn, std::span<const int64_t> ids) {
  std::vector<Ref> refs;
  if (ids.empty()) return refs;
  db::SqlBuilder select(kSelectRefs);
  select.WhereIn(kRefIdColumn, ids);
  auto status = conn.Query(select.sql(), select.params(),
                           [&](const db::Row& row) { refs.push_back(ReadRef(row)); });
  if (!status) return tl::unexpected(status.error());
  return refs;
}

Result<Links> SelectLinks(db::Connection& conn, const Organisation& organisation) {
  Links links;
  std::vector<int64_t> ids;
  if (organisation.fields.parent_id) ids.push_back(*organisation.fields.parent_id);
  if (organisation.fields.hub_operator_id) ids.push_back(*organisation.fields.hub_operator_id);
  for (const Resident& resident : organisation.fields.residents) {
    ids.push_back(resident.organisation_id);
  }
  auto refs = SelectRefs(conn, ids);
  if (!refs) return tl::unexpected(refs.error());
  const auto find = [&](int64_t id) -> std::optional<Ref> {
    for (const Ref& ref : *refs) {
      if (ref.id == id) return ref;
    }
    return std::nullopt;
  };
  if (organisation.fields.parent_id) links.parent = find(*organisation.fields.parent_id);
  if (organisation.fields.hub_operator_id) {
    links.hub_operator = find(*organisation.fields.hub_operator_id);
  }
  for (const Resident& resident : organisation.fields.residents) {
    if (auto ref = find(resident.organisation_id)) links.residents.push_back(std::move(*ref));
  }
  const auto list = [&](std::string_view tail, std::vector<Ref>& out) {
    const std::string sql = std::string(kSelectRefs) + std::string(tail);
    return conn.Query(sql, {organisation.id},
                      [&](const db::Row& row) { out.push_back(ReadRef(row)); });
  };
  if (auto status = list(kChildrenOf, links.children); !status) {
    return tl::unexpected(status.error());
  }
  if (auto status = list(kResidentOf, links.resident_of); !status) {
    return tl::unexpected(status.error());
  }
  if (auto status = list(kOperates, links.operates); !status) {
    return tl::unexpected(status.error());
  }
  return links;
}

Result<std::vector<MarketChange>> SelectMarketHistory(db::Connection& conn, int64_t id) {
  std::vector<MarketChange> changes;
  auto status = conn.Query(kSelectMarketHistory, {id}, [&](const db::Row& row) {
    MarketChange change;
    change.country = row.String(0);
    if (!row.IsNull(1)) change.status = EnumValue(kMarketStatusNames, row.Text(1));
    change.note = row.String(2);
    change.changed_at = row.String(3);
    change.changed_by = OptInt(row, 4);
    changes.push_back(std::move(change));
  });
  if (!status) return tl::unexpected(status.error());
  return changes;
}

Result<std::optional<int64_t>> SelectParent(db::Connection& conn, int64_t id) {
  std::optional<int64_t> parent;
  auto status = conn.Query(kParentOf, {id}, [&](const db::Row& row) { parent = row.Int(0); });
  if (!status) return tl::unexpected(status.error());
  return parent;
}

Result<int64_t> InsertOrganisation(db::Connection& conn, const Fields& fields, TimePoint at,
                                   const Actor& actor) {
  const Derived derived = Derive(fields);
  const std::string now = FormatTimestamp(at);
  return conn.QueryInt(kInsert, {ToString(fields.kind),
                                 fields.name_ru,
                                 fields.name_en,
                                 fields.country,
                                 db::Nullable(fields.inn),
                                 db::Nullable(fields.ogrn),
                                 fields.website,
                                 OptText(SizeBandText(fields)),
                                 db::Nullable(fields.hq_region),
                                 fields.description_ru,
                                 fields.description_en,
                                 int64_t{fields.accredited ? 1 : 0},
                                 db::Nullable(fields.accreditation_number),
                                 db::Nullable(derived.accreditation_date),
                                 OptId(fields.parent_id),
                                 derived.hub_services,
                                 OptId(fields.hub_operator_id),
                                 derived.search_text,
                                 derived.sort_en,
                                 derived.sort_ru,
                                 now,
                                 OptId(actor.user_id)});
}

Result<bool> UpdateOrganisation(db::Connection& conn, int64_t id, int64_t version,
                                const Fields& fields, TimePoint at) {
  const Derived derived = Derive(fields);
  const std::string now = FormatTimestamp(at);
  auto changed = conn.Execute(kUpdate, {ToString(fields.kind),
                                        fields.name_ru,
                                        fields.name_en,
                                        fields.country,
                                        db::Nullable(fields.inn),
                                        db::Nullable(fields.ogrn),
                                        fields.website,
                                        OptText(SizeBandText(fields)),
                                        db::Nullable(fields.hq_region),
                                        fields.description_ru,
                                        fields.description_en,
                                        int64_t{fields.accredited ? 1 : 0},
                                        db::Nullable(fields.accreditation_number),
                                        db::Nullable(derived.accreditation_date),
                                        OptId(fields.parent_id),
                                        derived.hub_services,
                                        OptId(fields.hub_operator_id),
                                        derived.search_text,
                                        derived.sort_en,
                                        derived.sort_ru,
                                        now,
                                        id,
                                        version});
  if (!changed) return tl::unexpected(changed.error());
  return *changed == 1;
}

Status WriteChildren(db::Connection& conn, int64_t id, const Fields& fields, const Fields* before,
                     TimePoint at, const Actor& actor) {
  const auto run = [&](std::string_view sql, std::initializer_list<db::Param> params) -> Status {
    auto done = conn.Execute(sql, params);
    if (!done) return tl::unexpected(done.error());
    return {};
  };
  if (!before || before->sectors != fields.sectors) {
    if (auto done = run(kDeleteSectors, {id}); !done) return done;
    for (const std::string& sector : fields.sectors) {
      if (auto done = run(kInsertSector, {id, sector}); !done) return done;
    }
  }
  if (!before || before->markets != fields.markets) {
    if (auto done = run(kDeleteMarkets, {id}); !done) return done;
    for (const Market& market : fields.markets) {
      const std::optional<std::string> since =
          market.since ? std::optional(market.since->ToString()) : std::nullopt;
      if (auto done = run(kInsertMarket, {id, market.country, ToString(market.status),
                                          db::Nullable(since), market.note});
          !done) {
        return done;
      }
    }
    // The history: a row for each market added, changed in status, or removed.
    const std::string now = FormatTimestamp(at);
    std::map<std::string, const Market*> old_markets;
    if (before) {
      for (const Market& market : before->markets) old_markets[market.country] = &market;
    }
    for (const Market& market : fields.markets) {
      auto old = old_markets.find(market.country);
      const bool changed = old == old_markets.end() || old->second->status != market.status;
      if (old != old_markets.end()) old_markets.erase(old);
      if (!changed) continue;
      if (auto done = run(kInsertMarketChange, {id, market.country, ToString(market.status), now,
                                                OptId(actor.user_id), market.note});
          !done) {
        return done;
      }
    }
    for (const auto& [country, market] : old_markets) {
      if (auto done = run(kInsertMarketChange,
                          {id, country, nullptr, now, OptId(actor.user_id), std::string_view("")});
          !done) {
        return done;
      }
    }
  }
  if (!before || before->residents != fields.residents) {
    if (auto done = run(kDeleteResidents, {id}); !done) return done;
    for (const Resident& resident : fields.residents) {
      const std::optional<std::string> since =
          resident.since ? std::optional(resident.since->ToString()) : std::nullopt;
      if (auto done = run(kInsertResident, {id, resident.organisation_id, db::Nullable(since)});
          !done) {
        return done;
      }
    }
  }
  if (!before || before->name_ru != fields.name_ru || before->name_en != fields.name_en) {
    if (auto done = run(kDeleteNameKeys, {id}); !done) return done;
    for (const std::string& key : NameKeys(fields)) {
      if (auto done = run(kInsertNameKey, {id, key}); !done) return done;
    }
  }
  return {};
}

Result<bool> ArchiveOrganisation(db::Connection& conn, int64_t id, int64_t version, TimePoint at) {
  const std::string now = FormatTimestamp(at);
  auto changed = conn.Execute(kArchive, {now, id, version});
  if (!changed) return tl::unexpected(changed.error());
  return *changed == 1;
}

Result<std::vector<Candidate>> SelectCandidates(db::Connection& conn, const Probe& probe) {
  std::vector<Candidate> candidates;
  const int64_t exclude = probe.exclude_id.value_or(0);
  const auto read = [&](std::string reason) {
    return [&candidates, reason](const db::Row& row) {
      for (const Candidate& known : candidates) {
        if (known.organisation.id == row.Int(0)) return;
      }
      candidates.push_back(Candidate{ReadRef(row), row.OptString(5), reason});
    };
  };
  if (probe.inn) {
    auto status = conn.Query(kCandidatesByInn, {*probe.inn, exclude}, read("inn"));
    if (!status) return tl::unexpected(status.error());
  }
  std::vector<std::string> keys;
  for (const std::string& name : probe.names) {
    std::string key = text::OrganisationKey(name);
    if (!key.empty()) keys.push_back(std::move(key));
  }
  if (!keys.empty()) {
    db::SqlBuilder select(kCandidatesByName);
    select.Where(kNotId, exclude);
    std::vector<std::string_view> views(keys.begin(), keys.end());
    select.WhereIn(kNameKeyColumn, views);
    select.Append(kCandidateLimit);
    auto status = conn.Query(select.sql(), select.params(), read("name"));
    if (!status) return tl::unexpected(status.error());
  }
  return candidates;
}

Result<MergeReport> MoveLinks(db::Connection& conn, int64_t kept, int64_t duplicate, TimePoint at) {
  MergeReport report{kept, duplicate, {}};
  for (const Relink& relink : kRelinks) {
    auto moved = conn.Execute(relink.sql, {kept, duplicate});
    if (!moved) return tl::unexpected(moved.error());
    if (*moved > 0) report.moved.emplace_back(std::string(relink.name), *moved);
  }
  for (const int64_t id : {kept, duplicate}) {
    if (auto counted = RecountSolutions(conn, id); !counted) return tl::unexpected(counted.error());
  }
  for (const std::string_view sql : kDropMergedChildren) {
    auto dropped = conn.Execute(sql, {duplicate});
    if (!dropped) return tl::unexpected(dropped.error());
  }
  auto archived = conn.Execute(kArchiveMerged, {kept, FormatTimestamp(at), duplicate});
  if (!archived) return tl::unexpected(archived.error());
  return report;
}

Status RecountSolutions(db::Connection& conn, int64_t id) {
  if (auto locked = conn.Execute(kLockForRecount, {id}); !locked) {
    return tl::unexpected(locked.error());
  }
  auto counted = conn.Execute(kRecountSolutions, {id});
  if (!counted) return tl::unexpected(counted.error());
  return {};
}

}  // namespace attache::organisations
