#include "app/demo_generate.hpp"

#include <fmt/format.h>

#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/queries.hpp"
#include "domains/audit/store.hpp"
#include "domains/contacts/rules.hpp"
#include "domains/contacts/store.hpp"
#include "domains/organisations/rules.hpp"
#include "domains/organisations/store.hpp"
#include "domains/solutions/rules.hpp"
#include "domains/solutions/store.hpp"
#include "domains/taxonomy/store.hpp"

namespace attache::app {
namespace {

constexpr std::string_view kGeneratedMarker = "catalogue_generated";
constexpr int64_t kProgressEvery = 10000;

tl::unexpected<Error> Rejected(std::string_view what, int64_t number,
                               const std::vector<FieldError>& errors) {
  std::string text;
  for (const FieldError& error : errors)
    text += fmt::format(" {} {}", error.pointer, error.message.en);
  return FailInternal(ErrorCode::kInternal,
                      fmt::format("generated {} {} breaks the rules:{}", what, number, text));
}

// Generating next to real records would mix made-up companies into them, and a second run would
// double the catalogue: only an empty catalogue, or the demo's, takes one.
Status CheckRoom(db::Connection& conn) {
  auto generated = conn.QueryInt(kSelectSetting, {kGeneratedMarker});
  if (!generated) return tl::unexpected(generated.error());
  if (*generated > 0) {
    return Fail(ErrorCode::kConflict,
                {"the database already holds a generated catalogue; generate into a new one",
                 "в базе уже есть сгенерированный каталог; создайте новую базу"});
  }
  auto others = conn.QueryInt(kCountOrganisationsBeyondDemo, {});
  if (!others) return tl::unexpected(others.error());
  if (*others > 0) {
    return Fail(
        ErrorCode::kConflict,
        {fmt::format("the database already holds {} organisation(s) besides the demo's; the "
                     "synthetic catalogue goes only into an empty database or one with "
                     "just the demo data",
                     *others),
         fmt::format("в базе уже есть организации помимо демонстрационных ({}); "
                     "синтетический каталог создаётся только в пустой базе или в базе с "
                     "одними демонстрационными данными",
                     *others)});
  }
  return {};
}

Result<std::vector<taxonomy::Class>> ReferenceClasses(db::Connection& conn) {
  auto live = taxonomy::SelectLiveClasses(conn);
  if (!live) return tl::unexpected(live.error());
  std::vector<taxonomy::Class> classes;
  for (taxonomy::Class& known : *live) {
    if (known.origin == taxonomy::Origin::kReference) classes.push_back(std::move(known));
  }
  if (classes.empty()) return FailInternal(ErrorCode::kInternal, "the taxonomy has no classes");
  return classes;
}

Result<Taken> TakenKeys(db::Connection& conn) {
  Taken taken;
  auto status =
      conn.Query(kSelectInns, {}, [&](const db::Row& row) { taken.inns.insert(row.String(0)); });
  if (!status) return tl::unexpected(status.error());
  status = conn.Query(kSelectRegistryNumbers, {},
                      [&](const db::Row& row) { taken.registry_numbers.insert(row.String(0)); });
  if (!status) return tl::unexpected(status.error());
  return taken;
}

// Writes generated records the way the domains' CreateIn would, minus what only a real write
// needs: the same rules (CheckFields, Canonicalise) and the same store functions, so the derived
// columns (search text, sort keys, name keys, e-mail keys) and child rows are the application's
// own. What CreateIn checks against the database (classes and countries exist, INNs and registry
// numbers are free) holds by construction, and the schema's keys would refuse it otherwise. No
// audit entry per record: generated data has no author to account for, and 170,000 diffs would
// only bury the trail; the run as a whole gets one entry.
class Writer {
 public:
  Writer(db::Connection& conn, Date today, Actor actor)
      : conn_(conn), today_(today), actor_(std::move(actor)) {}

  Status Organisation(GeneratedOrganisation generated) {
    organisations::Fields& fields = generated.fields;
    const int64_t number = static_cast<int64_t>(ids_.size()) + 1;
    fields.website = organisations::NormaliseWebsite(fields.website);
    if (fields.parent_id) fields.parent_id = IdAt(*fields.parent_id);
    if (fields.hub_operator_id) fields.hub_operator_id = IdAt(*fields.hub_operator_id);
    for (organisations::Resident& resident : fields.residents) {
      resident.organisation_id = IdAt(resident.organisation_id);
    }
    if (auto errors = organisations::CheckFields(fields, today_); !errors.empty()) {
      return Rejected("organisation", number, errors);
    }
    organisations::Canonicalise(fields);
    organisations::Fields first = fields;
    if (generated.markets_changed_at) {
      first.markets = std::move(generated.first_markets);
      organisations::Canonicalise(first);
    }
    auto id = organisations::InsertOrganisation(conn_, first, generated.created_at, actor_);
    if (!id) return tl::unexpected(id.error());
    auto written =
        organisations::WriteChildren(conn_, *id, first, nullptr, generated.created_at, actor_);
    if (!written) return written;
    if (generated.markets_changed_at) {
      // What ReplaceIn writes when markets change: the new state and a history row per change.
      const TimePoint at = *generated.markets_changed_at;
      auto updated = organisations::UpdateOrganisation(conn_, *id, 1, fields, at);
      if (!updated) return tl::unexpected(updated.error());
      written = organisations::WriteChildren(conn_, *id, fields, &first, at, actor_);
      if (!written) return written;
    }
    ids_.push_back(*id);
    return {};
  }

  Status Solution(GeneratedSolution generated, int64_t number) {
    solutions::Fields& fields = generated.fields;
    fields.organisation_id = IdAt(fields.organisation_id);
    if (auto errors = solutions::CheckFields(fields, today_); !errors.empty()) {
      return Rejected("solution", number, errors);
    }
    solutions::Canonicalise(fields);
    auto id = solutions::InsertSolution(conn_, fields, generated.created_at, actor_);
    if (!id) return tl::unexpected(id.error());
    return solutions::WriteChildren(conn_, *id, fields, nullptr);
  }

  Status Contact(GeneratedContact generated, int64_t number) {
    contacts::Fields& fields = generated.fields;
    fields.organisation_id = IdAt(fields.organisation_id);
    contacts::Canonicalise(fields);
    if (auto errors = contacts::CheckFields(fields, today_); !errors.empty()) {
      return Rejected("contact", number, errors);
    }
    auto id = contacts::InsertContact(conn_, fields, generated.created_at, actor_);
    if (!id) return tl::unexpected(id.error());
    return {};
  }

 private:
  int64_t IdAt(int64_t position) const { return ids_.at(static_cast<size_t>(position - 1)); }

  db::Connection& conn_;
  const Date today_;
  const Actor actor_;
  std::vector<int64_t> ids_;  // of the organisations written, by position - 1
};

}  // namespace

Result<GenerateSummary> GenerateCatalogue(db::Database& database, const GeneratorOptions& options,
                                          const Clock& clock, const GenerateProgress& progress) {
  const TimePoint now = clock();
  const Actor actor = Actor::System("demo-generate");
  return database.Write([&](db::Connection& conn) -> Result<GenerateSummary> {
    if (auto locked = db::LockAcrossInstances(conn); !locked) return tl::unexpected(locked.error());
    if (auto room = CheckRoom(conn); !room) return tl::unexpected(room.error());
    auto classes = ReferenceClasses(conn);
    if (!classes) return tl::unexpected(classes.error());
    auto taken = TakenKeys(conn);
    if (!taken) return tl::unexpected(taken.error());
    CatalogueGenerator generator(options, std::move(*classes), std::move(*taken));
    Writer writer(conn, ToDate(now), actor);
    const auto step = [&](std::string_view what, int64_t done, int64_t total) {
      if (progress && (done % kProgressEvery == 0 || done == total)) progress(what, done, total);
    };

    GenerateSummary summary;
    summary.organisations = generator.plan().total();
    summary.domestic_companies = generator.plan().domestic;
    summary.solutions = options.solutions;
    summary.contacts = options.contacts;
    for (int64_t i = 1; i <= summary.organisations; ++i) {
      if (auto done = writer.Organisation(generator.NextOrganisation()); !done) {
        return tl::unexpected(done.error());
      }
      step("organisations", i, summary.organisations);
    }
    for (int64_t i = 1; i <= summary.solutions; ++i) {
      if (auto done = writer.Solution(generator.NextSolution(), i); !done) {
        return tl::unexpected(done.error());
      }
      step("solutions", i, summary.solutions);
    }
    for (int64_t i = 1; i <= summary.contacts; ++i) {
      if (auto done = writer.Contact(generator.NextContact(), i); !done) {
        return tl::unexpected(done.error());
      }
      step("contacts", i, summary.contacts);
    }

    const nlohmann::json facts = {{"seed", options.seed},
                                  {"organisations", summary.organisations},
                                  {"domestic_companies", summary.domestic_companies},
                                  {"solutions", summary.solutions},
                                  {"contacts", summary.contacts}};
    auto marked =
        conn.Execute(kInsertSetting, {kGeneratedMarker, facts.dump(), FormatTimestamp(now)});
    if (!marked) return tl::unexpected(marked.error());
    // One entry for the run; its outbox row also tells other instances that the data changed.
    auto recorded = audit::Record(
        conn, actor, now, {"catalogue", "generated", "generate", audit::Diff(nullptr, facts)});
    if (!recorded) return tl::unexpected(recorded.error());
    return summary;
  });
}

int GenerateDemoCommand(const Settings& settings, const GeneratorOptions& options) {
  auto app = OpenApp(settings);
  if (!app) return Failed(app.error());
  const auto started = std::chrono::steady_clock::now();
  auto summary = GenerateCatalogue(
      (*app)->database(), options, SystemClock(),
      [](std::string_view what, int64_t done, int64_t total) {
        std::cout << fmt::format("attache: {} {}/{}\n", what, done, total) << std::flush;
      });
  if (!summary) return Failed(summary.error());
  const std::chrono::duration<double> took = std::chrono::steady_clock::now() - started;
  std::cout << fmt::format(
      "generated {} organisations ({} domestic companies), {} solutions and {} contacts with seed "
      "{} in {:.1f} s\n",
      summary->organisations, summary->domestic_companies, summary->solutions, summary->contacts,
      options.seed, took.count());
  return 0;
}

}  // namespace attache::app
