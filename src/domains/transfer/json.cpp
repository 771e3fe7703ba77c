#include "domains/transfer/json.hpp"

namespace attache::transfer {
namespace {

nlohmann::json ProblemsJson(const std::vector<Problem>& problems, Lang lang) {
  nlohmann::json list = nlohmann::json::array();
  for (const Problem& problem : problems) {
    list.push_back(
        {{"row", problem.row}, {"column", problem.column}, {"message", problem.message.In(lang)}});
  }
  return list;
}

}  // namespace

nlohmann::json ToJson(const Report& report, Lang lang) {
  return {{"kind", ToString(report.kind)},
          {"dry_run", report.options.dry_run},
          {"skip_invalid", report.options.skip_invalid},
          {"rows", report.rows},
          {"created", report.created},
          {"updated", report.updated},
          {"unchanged", report.unchanged},
          {"invalid", report.invalid},
          {"written", report.written},
          {"problems", ProblemsJson(report.problems, lang)},
          {"problem_count", report.problem_count},
          {"warnings", ProblemsJson(report.warnings, lang)},
          {"warning_count", report.warning_count}};
}

}  // namespace attache::transfer
