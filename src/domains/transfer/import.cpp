#include "domains/transfer/import.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <unordered_map>

#include "core/strings.hpp"
#include "domains/audit/store.hpp"
#include "domains/contacts/json.hpp"
#include "domains/contacts/rules.hpp"
#include "domains/contacts/service.hpp"
#include "domains/contacts/store.hpp"
#include "domains/organisations/json.hpp"
#include "domains/organisations/rules.hpp"
#include "domains/organisations/service.hpp"
#include "domains/organisations/store.hpp"
#include "domains/solutions/json.hpp"
#include "domains/solutions/rules.hpp"
#include "domains/solutions/service.hpp"
#include "domains/solutions/store.hpp"
#include "domains/transfer/queries.hpp"
#include "platform/tabular/csv_reader.hpp"
#include "platform/tabular/xlsx_reader.hpp"
#include "text/normalize.hpp"

namespace attache::transfer {
namespace {

enum class Outcome { kCreated, kUpdated, kUnchanged };

// One row's cells, sorted by what they are for.
struct RowInput {
  int64_t number = 0;
  nlohmann::json fields = nlohmann::json::object();  // the field columns the file has
  std::optional<int64_t> id;
  std::optional<std::string> owner_inn;
};

// The file's columns in order; null where the import ignores one (read-only columns).
struct Layout {
  std::vector<const Column*> columns;
  std::vector<std::string> headers;

  // The file's name for the column of `key`, or the key when the file has no such column.
  std::string HeaderOf(std::string_view key) const {
    for (size_t i = 0; i < columns.size(); ++i) {
      if (columns[i] && columns[i]->key == key) return headers[i];
    }
    return std::string(key);
  }
};

class Collector {
 public:
  Collector(Report& report, const Layout& layout) : report_(report), layout_(layout) {}

  void Problem(int64_t row, std::string column, Text message) {
    ++report_.problem_count;
    if (report_.problems.size() < kMaxReported) {
      report_.problems.push_back({row, std::move(column), std::move(message)});
    }
  }
  void Warning(int64_t row, std::string column, Text message) {
    ++report_.warning_count;
    if (report_.warnings.size() < kMaxReported) {
      report_.warnings.push_back({row, std::move(column), std::move(message)});
    }
  }

  // The problems of an error, each at the column its JSON pointer names.
  void Problems(int64_t row, const Error& error) {
    if (error.fields.empty()) return Problem(row, "", error.detail);
    for (const FieldError& field : error.fields) {
      std::string_view pointer = field.pointer.empty() ? field.parameter : field.pointer;
      if (pointer.starts_with('/')) pointer.remove_prefix(1);
      const size_t slash = pointer.find('/');
      const std::string column = layout_.HeaderOf(pointer.substr(0, slash));
      Text message = field.message;
      // "/markets/1/country": say which item of the cell.
      if (slash != std::string_view::npos) {
        const std::string_view rest = pointer.substr(slash + 1);
        const std::string_view index = rest.substr(0, rest.find('/'));
        if (!index.empty() && std::all_of(index.begin(), index.end(), ::isdigit)) {
          const int item = std::stoi(std::string(index)) + 1;
          message = {fmt::format("Item {}: {}", item, message.en),
                     fmt::format("Элемент {}: {}", item, message.ru)};
        }
      }
      Problem(row, column, std::move(message));
    }
  }

 private:
  Report& report_;
  const Layout& layout_;
};

tl::unexpected<Error> ColumnError(std::string_view key, Text message) {
  return FailValidation({FieldError{"/" + std::string(key), {}, std::move(message)}});
}

Result<std::optional<int64_t>> FindId(db::Connection& conn, std::string_view sql,
                                      std::initializer_list<db::Param> params) {
  auto id = conn.QueryInt(sql, params);
  if (id) return std::optional<int64_t>(*id);
  if (id.error().code == ErrorCode::kNotFound) return std::optional<int64_t>();
  return tl::unexpected(id.error());
}

std::optional<std::string> TextOf(const nlohmann::json& fields, std::string_view key) {
  const auto found = fields.find(key);
  if (found == fields.end() || !found->is_string() || found->get<std::string>().empty()) {
    return std::nullopt;
  }
  return found->get<std::string>();
}

std::optional<int64_t> IntOf(const nlohmann::json& fields, std::string_view key) {
  const auto found = fields.find(key);
  if (found == fields.end() || !found->is_number_integer()) return std::nullopt;
  return found->get<int64_t>();
}

// The record's current JSON with the row's columns laid over it. A market keeps what the cell
// cannot say (its note, and its date when the cell gives none).
nlohmann::json Overlay(nlohmann::json base, const nlohmann::json& row) {
  for (const auto& [key, value] : row.items()) {
    if (key == "markets" && base.contains("markets") && value.is_array()) {
      nlohmann::json markets = value;
      for (auto& market : markets) {
        for (const auto& old : base["markets"]) {
          if (old.value("country", "") != market.value("country", "")) continue;
          market["note"] = old.value("note", "");
          if (!market.contains("since")) market["since"] = old.value("since", nlohmann::json());
        }
      }
      base[key] = std::move(markets);
    } else {
      base[key] = value;
    }
  }
  return base;
}

// Resolves a solution's or contact's owner given by INN into organisation_id.
Status ResolveOwner(db::Connection& conn, RowInput& input) {
  if (!input.owner_inn || IntOf(input.fields, "organisation_id")) return {};
  auto owner = FindId(conn, sql::kOrganisationByInn, {std::string_view(*input.owner_inn)});
  if (!owner) return tl::unexpected(owner.error());
  if (!*owner) {
    return ColumnError("organisation_inn",
                       {fmt::format("There is no organisation with INN {}.", *input.owner_inn),
                        fmt::format("Организации с ИНН {} нет.", *input.owner_inn)});
  }
  input.fields["organisation_id"] = **owner;
  return {};
}

tl::unexpected<Error> NoRecord(std::string_view what_en, std::string_view what_ru, int64_t id) {
  return ColumnError("id", {fmt::format("There is no {} with the id {}.", what_en, id),
                            fmt::format("{} с номером {} нет.", what_ru, id)});
}

// Writes one row; its problems come back as the error, its warnings go to `collector`.
struct RowWriter {
  db::Connection& conn;
  const Actor& actor;
  TimePoint now;
  Collector& collector;
  const Layout& layout;
  // The rows each natural key was first seen on.
  std::unordered_map<std::string, int64_t> seen;

  void NoteKey(const RowInput& input, std::string key, std::string_view column) {
    const auto [at, inserted] = seen.emplace(std::move(key), input.number);
    if (inserted) return;
    collector.Warning(
        input.number, layout.HeaderOf(column),
        {fmt::format("Row {} has the same key: this row changes what that row wrote.", at->second),
         fmt::format("В строке {} тот же ключ: эта строка изменит записанное ею.", at->second)});
  }

  Result<Outcome> Organisation(RowInput& input) {
    using namespace organisations;
    std::optional<int64_t> id = input.id;
    const auto inn = TextOf(input.fields, "inn");
    if (id) {
      auto found = FindId(conn, sql::kOrganisationById, {*id});
      if (!found) return tl::unexpected(found.error());
      if (!*found) return NoRecord("organisation", "Организации", *id);
      NoteKey(input, fmt::format("id:{}", *id), "id");
    } else if (inn) {
      auto found = FindId(conn, sql::kOrganisationByInn, {std::string_view(*inn)});
      if (!found) return tl::unexpected(found.error());
      id = *found;
      NoteKey(input, "inn:" + *inn, "inn");
    }
    std::optional<organisations::Organisation> before;
    if (id) {
      auto loaded = SelectOrganisation(conn, *id);
      if (!loaded) return tl::unexpected(loaded.error());
      before = std::move(*loaded);
    }
    auto fields = FieldsFromJson(
        Overlay(before ? ToJson(before->fields) : nlohmann::json::object(), input.fields));
    if (!fields) return tl::unexpected(fields.error());
    if (before) {
      fields->website = NormaliseWebsite(fields->website);
      Canonicalise(*fields);
      if (ToJson(*fields) == ToJson(before->fields)) return Outcome::kUnchanged;
      if (auto replaced = ReplaceIn(conn, *before, std::move(*fields), now, actor); !replaced) {
        return tl::unexpected(replaced.error());
      }
      return Outcome::kUpdated;
    }
    // A new organisation whose name another one already has is worth a second look.
    std::vector<std::string> names;
    for (const std::string* name : {&fields->name_ru, &fields->name_en}) {
      if (!name->empty()) names.push_back(*name);
    }
    auto candidates = SelectCandidates(conn, Probe{names, std::nullopt, std::nullopt});
    if (!candidates) return tl::unexpected(candidates.error());
    for (const Candidate& candidate : *candidates) {
      const Ref& ref = candidate.organisation;
      const std::string& name_en = ref.name_en.empty() ? ref.name_ru : ref.name_en;
      const std::string& name_ru = ref.name_ru.empty() ? ref.name_en : ref.name_ru;
      collector.Warning(input.number,
                        layout.HeaderOf(fields->name_en.empty() ? "name_ru" : "name_en"),
                        {fmt::format("Looks like {} (id {}), which is already in the catalogue.",
                                     name_en, ref.id),
                         fmt::format("Похоже на «{}» (номер {}), которая уже есть в каталоге.",
                                     name_ru, ref.id)});
    }
    auto created = CreateIn(conn, std::move(*fields), now, actor);
    if (!created) return tl::unexpected(created.error());
    return Outcome::kCreated;
  }

  Result<Outcome> Solution(RowInput& input) {
    using namespace solutions;
    if (auto owner = ResolveOwner(conn, input); !owner) return tl::unexpected(owner.error());
    std::optional<int64_t> id = input.id;
    const auto registry = TextOf(input.fields, "registry_number");
    const auto owner_id = IntOf(input.fields, "organisation_id");
    const auto name_en = TextOf(input.fields, "name_en").value_or("");
    const auto name_ru = TextOf(input.fields, "name_ru").value_or("");
    Result<std::optional<int64_t>> found = std::optional<int64_t>();
    if (id) {
      found = FindId(conn, sql::kSolutionById, {*id});
      if (found && !*found) return NoRecord("solution", "Решения", *id);
      NoteKey(input, fmt::format("id:{}", *id), "id");
    } else if (registry) {
      found = FindId(conn, sql::kSolutionByRegistryNumber, {std::string_view(*registry)});
      NoteKey(input, "registry:" + *registry, "registry_number");
    } else if (owner_id && (!name_en.empty() || !name_ru.empty())) {
      found = FindId(conn, sql::kSolutionByName,
                     {*owner_id, std::string_view(name_en), std::string_view(name_ru)});
      NoteKey(input, fmt::format("name:{}:{}|{}", *owner_id, name_en, name_ru),
              name_en.empty() ? "name_ru" : "name_en");
    }
    if (!found) return tl::unexpected(found.error());
    std::optional<solutions::Solution> before;
    if (*found) {
      auto loaded = SelectSolution(conn, **found);
      if (!loaded) return tl::unexpected(loaded.error());
      before = std::move(*loaded);
    }
    auto fields = FieldsFromJson(
        Overlay(before ? ToJson(before->fields) : nlohmann::json::object(), input.fields));
    if (!fields) return tl::unexpected(fields.error());
    if (before) {
      Canonicalise(*fields);
      if (ToJson(*fields) == ToJson(before->fields)) return Outcome::kUnchanged;
      if (auto replaced = ReplaceIn(conn, *before, std::move(*fields), now, actor); !replaced) {
        return tl::unexpected(replaced.error());
      }
      return Outcome::kUpdated;
    }
    auto created = CreateIn(conn, std::move(*fields), now, actor);
    if (!created) return tl::unexpected(created.error());
    return Outcome::kCreated;
  }

  Result<Outcome> Contact(RowInput& input) {
    using namespace contacts;
    if (auto owner = ResolveOwner(conn, input); !owner) return tl::unexpected(owner.error());
    std::optional<int64_t> id = input.id;
    const auto email = TextOf(input.fields, "email");
    const auto owner_id = IntOf(input.fields, "organisation_id");
    Result<std::optional<int64_t>> found = std::optional<int64_t>();
    if (id) {
      found = FindId(conn, sql::kContactById, {*id});
      if (found && !*found) return NoRecord("contact", "Контакта", *id);
      NoteKey(input, fmt::format("id:{}", *id), "id");
    } else if (owner_id && email) {
      const std::string key = text::Fold(*email);
      found = FindId(conn, sql::kContactByEmail, {*owner_id, std::string_view(key)});
      NoteKey(input, fmt::format("email:{}:{}", *owner_id, key), "email");
    }
    if (!found) return tl::unexpected(found.error());
    std::optional<contacts::Contact> before;
    if (*found) {
      auto loaded = SelectContact(conn, **found);
      if (!loaded) return tl::unexpected(loaded.error());
      before = std::move(*loaded);
    }
    auto fields = FieldsFromJson(
        Overlay(before ? ToJson(before->fields) : nlohmann::json::object(), input.fields));
    if (!fields) return tl::unexpected(fields.error());
    if (before) {
      Canonicalise(*fields);
      if (ToJson(*fields) == ToJson(before->fields)) return Outcome::kUnchanged;
      if (auto replaced = ReplaceIn(conn, *before, std::move(*fields), now, actor); !replaced) {
        return tl::unexpected(replaced.error());
      }
      return Outcome::kUpdated;
    }
    auto created = CreateIn(conn, std::move(*fields), now, actor);
    if (!created) return tl::unexpected(created.error());
    return Outcome::kCreated;
  }
};

// The file's header against the kind's columns: every column must be known, and once.
Layout ReadLayout(Kind kind, const tabular::Table& table, Collector& collector) {
  Layout layout;
  for (const std::string& header : table.header) {
    const Column* column = nullptr;
    if (!Trim(header).empty()) {
      column = FindColumn(kind, header);
      if (!column) {
        collector.Problem(1, header,
                          {"Unknown column: use the headers of the import template.",
                           "Неизвестный столбец: используйте заголовки шаблона импорта."});
      } else {
        for (size_t i = 0; i < layout.columns.size(); ++i) {
          if (layout.columns[i] == column) {
            collector.Problem(1, header,
                              {fmt::format("The same column as \"{}\".", layout.headers[i]),
                               fmt::format("Тот же столбец, что и «{}».", layout.headers[i])});
          }
        }
      }
    }
    layout.columns.push_back(column && column->role != Role::kReadOnly ? column : nullptr);
    layout.headers.push_back(std::string(Trim(header)));
  }
  return layout;
}

// The row's cells as JSON; false when a cell does not read (its problem is reported).
bool ReadRow(const Layout& layout, const tabular::Row& row, RowInput& input, Collector& collector) {
  bool ok = true;
  input.number = row.number;
  for (size_t i = 0; i < layout.columns.size(); ++i) {
    const Column* column = layout.columns[i];
    if (!column) continue;
    CellValue cell = ReadCell(*column, row.Cell(i));
    if (cell.problem) {
      collector.Problem(row.number, layout.headers[i], std::move(*cell.problem));
      ok = false;
      continue;
    }
    switch (column->role) {
      case Role::kId:
        if (cell.value.is_number_integer()) input.id = cell.value.get<int64_t>();
        break;
      case Role::kOwnerInn:
        if (cell.value.is_string()) input.owner_inn = cell.value.get<std::string>();
        break;
      case Role::kField:
        input.fields[std::string(column->key)] = std::move(cell.value);
        break;
      case Role::kReadOnly:
        break;
    }
  }
  return ok;
}

bool Fatal(const Error& error) {
  return error.code == ErrorCode::kUnavailable || error.code == ErrorCode::kInternal;
}

}  // namespace

Result<tabular::Table> ReadUpload(std::string_view bytes, tabular::Encoding encoding) {
  if (bytes.starts_with(std::string_view("PK\x03\x04", 4))) return tabular::ReadXlsx(bytes);
  return tabular::ReadCsv(bytes, encoding);
}

Result<Report> Import(db::Database& database, Kind kind, const tabular::Table& table,
                      const ImportOptions& options, const Actor& actor, TimePoint now) {
  return database.WriteOrDiscard([&](db::Connection& conn, bool& keep) -> Result<Report> {
    Report report;
    report.kind = kind;
    report.options = options;
    report.rows = static_cast<int64_t>(table.rows.size());
    Layout layout;
    Collector collector(report, layout);
    layout = ReadLayout(kind, table, collector);
    if (table.rows.empty()) {
      collector.Problem(
          1, "", {"The file has no rows below the header.", "В файле нет строк под заголовком."});
    }
    if (report.problem_count > 0) {
      keep = false;
      return report;
    }
    RowWriter writer{conn, actor, now, collector, layout, {}};
    for (const tabular::Row& row : table.rows) {
      RowInput input;
      if (!ReadRow(layout, row, input, collector)) {
        ++report.invalid;
        continue;
      }
      if (auto saved = conn.Execute(sql::kSavepoint, {}); !saved) {
        return tl::unexpected(saved.error());
      }
      Result<Outcome> outcome = kind == Kind::kOrganisations ? writer.Organisation(input)
                                : kind == Kind::kSolutions   ? writer.Solution(input)
                                                             : writer.Contact(input);
      if (!outcome) {
        if (Fatal(outcome.error())) return tl::unexpected(outcome.error());
        // PostgreSQL refuses every statement after a failed one until the savepoint is undone.
        if (auto undone = conn.Execute(sql::kRollbackTo, {}); !undone) {
          return tl::unexpected(undone.error());
        }
        collector.Problems(row.number, outcome.error());
        ++report.invalid;
      } else {
        ++(*outcome == Outcome::kCreated   ? report.created
           : *outcome == Outcome::kUpdated ? report.updated
                                           : report.unchanged);
      }
      if (auto released = conn.Execute(sql::kRelease, {}); !released) {
        return tl::unexpected(released.error());
      }
    }
    keep = !options.dry_run && (report.invalid == 0 || options.skip_invalid);
    if (keep && report.created + report.updated > 0) {
      auto recorded = audit::Record(conn, actor, now,
                                    {"import",
                                     std::string(ToString(kind)),
                                     "file_import",
                                     {{"rows", report.rows},
                                      {"created", report.created},
                                      {"updated", report.updated},
                                      {"unchanged", report.unchanged},
                                      {"skipped", report.invalid}}});
      if (!recorded) return tl::unexpected(recorded.error());
    }
    report.written = keep;
    return report;
  });
}

}  // namespace attache::transfer
