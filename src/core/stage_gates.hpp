// Stage gates, as the pipelines of casework use them (deals, relocation cases): the fields a
// record needs from a stage on, and the errors for those it lacks. Pure.
#pragma once

#include <fmt/format.h>

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/field_checks.hpp"

namespace attache {

// A field a record needs from stage `from` on: where it is in the body, what it is called in
// both languages, and whether a record has it.
template <class Stage, class Fields>
struct Gate {
  Stage from;
  std::string_view pointer;
  std::string_view en;
  std::string_view ru;
  bool (*present)(const Fields&);
};

// One error per field `fields` lacks among the gates `reached(gate stage)` holds for, on the
// field's pointer: "Needed from the proposal stage on: the value of the deal." (`label` names a
// stage in both languages, as a Text).
template <class Stage, class Fields, class Reached, class Label>
std::vector<FieldError> MissingFields(std::span<const Gate<Stage, Fields>> gates,
                                      const Fields& fields, Reached reached, Label label) {
  std::vector<FieldError> errors;
  for (const Gate<Stage, Fields>& gate : gates) {
    if (!reached(gate.from) || gate.present(fields)) continue;
    const Text stage = label(gate.from);
    AddError(errors, std::string(gate.pointer),
             {fmt::format("Needed from the {} stage on: {}.", stage.en, gate.en),
              fmt::format("Нужно со стадии {}: {}.", stage.ru, gate.ru)});
  }
  return errors;
}

// "lead, qualified, lost" and «Лид», «Квалифицирована», «Проиграна»: `stages` by `label`.
template <class Stage, class Label>
Text JoinLabels(std::span<const Stage> stages, Label label) {
  Text text;
  for (const Stage stage : stages) {
    const Text one = label(stage);
    if (!text.en.empty()) {
      text.en += ", ";
      text.ru += ", ";
    }
    text.en += one.en;
    text.ru += one.ru;
  }
  return text;
}

}  // namespace attache
