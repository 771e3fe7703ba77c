// `attache import companies|solutions|contacts FILE`: the same import as the web UI's upload.
#include <fmt/format.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "app/commands.hpp"
#include "core/enum_names.hpp"
#include "domains/fx/service.hpp"
#include "domains/transfer/import.hpp"
#include "domains/transfer/json.hpp"

namespace attache::app {
namespace {

void PrintProblems(std::string_view title, const std::vector<transfer::Problem>& problems,
                   int64_t count, Lang lang) {
  if (problems.empty()) return;
  std::cout << fmt::format("{} ({}):\n", title, count);
  for (const transfer::Problem& problem : problems) {
    std::cout << fmt::format("  {} {}{}: {}\n", lang == Lang::kRu ? "строка" : "row", problem.row,
                             problem.column.empty() ? "" : ", " + problem.column,
                             problem.message.In(lang));
  }
  if (count > static_cast<int64_t>(problems.size())) {
    std::cout << fmt::format("  … {}\n", count - static_cast<int64_t>(problems.size()));
  }
}

void PrintReport(const transfer::Report& report, Lang lang) {
  const bool ru = lang == Lang::kRu;
  PrintProblems(ru ? "ошибки" : "problems", report.problems, report.problem_count, lang);
  PrintProblems(ru ? "предупреждения" : "warnings", report.warnings, report.warning_count, lang);
  const std::string counts =
      ru ? fmt::format("строк {}: новых {}, изменённых {}, без изменений {}, с ошибками {}",
                       report.rows, report.created, report.updated, report.unchanged,
                       report.invalid)
         : fmt::format("{} rows: {} new, {} changed, {} unchanged, {} invalid", report.rows,
                       report.created, report.updated, report.unchanged, report.invalid);
  const std::string outcome =
      report.options.dry_run ? (ru ? "проверка, ничего не записано" : "dry run, nothing written")
      : report.written ? (ru ? "записано" : "written")
                       : (ru ? "ничего не записано" : "nothing written");
  std::cout << counts << " — " << outcome << "\n";
}

}  // namespace

int Import(const Settings& settings, const ImportCommand& command) {
  const Lang lang = command.lang == "ru" ? Lang::kRu : Lang::kEn;
  const auto kind = command.kind == "companies"
                        ? std::optional(transfer::Kind::kOrganisations)
                        : EnumValue(transfer::kImportKindNames, command.kind);
  if (!kind) return Failed("the kind must be companies, solutions or contacts");
  auto encoding = tabular::Encoding::kDetect;
  if (!command.encoding.empty()) {
    auto known = tabular::ParseEncoding(command.encoding);
    if (!known) return Failed("the encoding must be utf-8 or windows-1251");
    encoding = *known;
  }
  std::ifstream in(command.file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) return Failed(fmt::format("cannot read {}", command.file));
  auto table = transfer::ReadUpload(bytes.str(), encoding);
  if (!table) return Failed(table.error());
  auto app = OpenApp(settings);
  if (!app) return Failed(app.error());
  const transfer::ImportOptions options{command.dry_run, command.skip_invalid};
  auto report = transfer::Import((*app)->database(), *kind, *table, options,
                                 Actor::System("cli-import"), SystemClock()());
  if (!report) return Failed(report.error());
  if (command.json) {
    std::cout << transfer::ToJson(*report, lang).dump(2) << "\n";
  } else {
    PrintReport(*report, lang);
  }
  const bool clean = report->problem_count == 0;
  return clean || (report->written && command.skip_invalid) ? 0 : 1;
}

int FxImport(const Settings& settings, const FxImportCommand& command) {
  std::ifstream in(command.file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) return Failed(fmt::format("cannot read {}", command.file));
  auto table = transfer::ReadUpload(bytes.str(), tabular::Encoding::kDetect);
  if (!table) return Failed(table.error());
  auto app = OpenApp(settings);
  if (!app) return Failed(app.error());
  fx::Service service((*app)->database(), SystemClock());
  auto report = service.Import(*table, command.source, Actor::System("cli-fx-import"));
  if (!report) return Failed(report.error());
  for (const fx::RowProblem& problem : report->problems) {
    std::cout << fmt::format("  row {}, {}: {}\n", problem.row, problem.column, problem.message.en);
  }
  std::cout << fmt::format("{} rows: {} new, {} replaced — {}\n", report->rows, report->created,
                           report->updated, report->written ? "written" : "nothing written");
  return report->problems.empty() ? 0 : 1;
}

}  // namespace attache::app
