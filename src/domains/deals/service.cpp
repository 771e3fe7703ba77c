#include "domains/deals/service.hpp"

#include <fmt/format.h>

#include "core/field_checks.hpp"
#include "core/strings.hpp"
#include "domains/access/policy.hpp"
#include "domains/audit/store.hpp"
#include "domains/countries/store.hpp"
#include "domains/deals/json.hpp"
#include "domains/deals/store.hpp"
#include "domains/organisations/store.hpp"
#include "domains/users/store.hpp"
#include "text/normalize.hpp"

namespace attache::deals {
namespace {

using access::Action;
using access::Permission;
using access::Resource;

constexpr Permission kRead{Resource::kDeal, Action::kRead};
constexpr Permission kCreate{Resource::kDeal, Action::kCreate};
constexpr Permission kUpdate{Resource::kDeal, Action::kUpdate};
constexpr Permission kConfirm{Resource::kExportWin, Action::kCreate};

access::Subject SubjectOf(const Deal& deal) {
  return {.country = deal.fields.country, .company_id = deal.fields.organisation_id};
}

Result<Deal> LoadReadable(db::Connection& conn, int64_t id, const access::Principal& by) {
  auto deal =
      Found(SelectDeal(conn, id), [&] { return tl::unexpected(NoSuchDeal(std::to_string(id))); });
  if (!deal) return deal;
  if (!access::Allows(by, kRead, SubjectOf(*deal))) {
    return tl::unexpected(NoSuchDeal(std::to_string(id)));
  }
  return deal;
}

// A readable deal `by` may also change with `permission`, at `version`, still open.
Result<Deal> LoadWritable(db::Connection& conn, int64_t id, const access::Principal& by,
                          Permission permission = kUpdate) {
  auto deal = LoadReadable(conn, id, by);
  if (!deal) return deal;
  if (!access::Allows(by, permission, SubjectOf(*deal))) return tl::unexpected(NotYours());
  return deal;
}

Status Record(db::Connection& conn, const Actor& actor, TimePoint at, int64_t id,
              std::string_view action, nlohmann::json diff) {
  return audit::Record(conn, actor, at, {"deal", std::to_string(id), action, std::move(diff)});
}

// The text `q` finds a deal by: its title and the names of both parties.
std::string SearchText(const Fields& fields, const organisations::Ref& seller,
                       const std::optional<organisations::Ref>& buyer) {
  std::string text = fields.title + " " + seller.name_ru + " " + seller.name_en;
  if (buyer) text += " " + buyer->name_ru + " " + buyer->name_en;
  return text::Fold(text);
}

// What the fields refer to, looked up; 422 on each field that names something missing or
// someone else's.
Result<std::string> Resolve(db::Connection& conn, const Fields& fields) {
  std::vector<FieldError> errors;
  std::vector<int64_t> ids = {fields.organisation_id};
  if (fields.counterparty_id) ids.push_back(*fields.counterparty_id);
  auto refs = organisations::SelectRefs(conn, ids);
  if (!refs) return tl::unexpected(refs.error());
  const auto find = [&](int64_t id) -> std::optional<organisations::Ref> {
    for (const organisations::Ref& ref : *refs) {
      if (ref.id == id) return ref;
    }
    return std::nullopt;
  };
  const auto seller = find(fields.organisation_id);
  if (!seller) {
    AddError(errors, "/organisation_id",
             {fmt::format("There is no organisation with the id {}.", fields.organisation_id),
              fmt::format("Организации с номером {} нет.", fields.organisation_id)});
  } else if (seller->kind != organisations::Kind::kDomesticCompany) {
    AddError(errors, "/organisation_id",
             {"Export deals are for domestic companies.",
              "Экспортные сделки ведутся для отечественных компаний."});
  }
  std::optional<organisations::Ref> buyer;
  if (fields.counterparty_id) {
    buyer = find(*fields.counterparty_id);
    if (!buyer) {
      AddError(errors, "/counterparty_id",
               {fmt::format("There is no organisation with the id {}.", *fields.counterparty_id),
                fmt::format("Организации с номером {} нет.", *fields.counterparty_id)});
    }
  }
  auto country = countries::CountryExists(conn, fields.country);
  if (!country) return tl::unexpected(country.error());
  if (!*country) {
    AddError(errors, "/country", {"There is no such country.", "Такой страны нет."});
  }
  if (fields.owner_id) {
    auto owner = users::IsCaseOwner(conn, *fields.owner_id);
    if (!owner) return tl::unexpected(owner.error());
    if (!*owner) {
      AddError(errors, "/owner_id",
               {"The owner is an attaché or an HQ analyst with an active account.",
                "Ответственный — атташе или аналитик центра с действующей учётной записью."});
    }
  }
  const auto check_owned = [&](std::string_view pointer, const std::vector<int64_t>& linked,
                               const std::map<int64_t, int64_t>& owners, std::string_view en,
                               std::string_view ru) {
    for (size_t i = 0; i < linked.size(); ++i) {
      const auto owner = owners.find(linked[i]);
      if (owner == owners.end() || owner->second != fields.organisation_id) {
        AddError(errors, fmt::format("{}/{}", pointer, i),
                 {fmt::format("{} {} is not the company's.", en, linked[i]),
                  fmt::format("{} {} не принадлежит компании.", ru, linked[i])});
      }
    }
  };
  auto solutions = SelectSolutionOwners(conn, fields.solution_ids);
  if (!solutions) return tl::unexpected(solutions.error());
  check_owned("/solution_ids", fields.solution_ids, *solutions, "Solution", "Решение");
  auto requests = SelectRequestOwners(conn, fields.request_ids);
  if (!requests) return tl::unexpected(requests.error());
  check_owned("/request_ids", fields.request_ids, *requests, "Request", "Запрос");
  if (!errors.empty()) return FailValidation(std::move(errors));
  return SearchText(fields, *seller, buyer);
}

Status Check(Fields& fields, Date today) {
  Canonicalise(fields);
  if (auto errors = CheckFields(fields, today); !errors.empty()) {
    return FailValidation(std::move(errors));
  }
  return {};
}

bool CanPlan(Stage stage) { return stage == Stage::kSigned || stage == Stage::kInImplementation; }

Error NotPlanning(int64_t id, Stage stage) {
  const Text name = Label(stage);
  return Error{ErrorCode::kConflict,
               {fmt::format("Deal {} is {}: milestones belong to a signed contract being carried "
                            "out.",
                            id, name.en),
                fmt::format("Сделка {} на стадии {}: этапы ведутся по подписанному контракту "
                            "до его исполнения.",
                            id, name.ru)},
               {},
               {}};
}

}  // namespace

Permits PermitsOf(const Deal& deal, const access::Principal& by) {
  Permits permits;
  if (access::Allows(by, kUpdate, SubjectOf(deal))) {
    permits.moves = NextStages(deal.stage);
    permits.editable = !IsFinal(deal.stage);
    permits.plan = CanPlan(deal.stage);
  }
  permits.confirm_win = IsWon(deal.stage) && access::Allows(by, kConfirm, SubjectOf(deal));
  return permits;
}

Result<std::vector<StageInfo>> Service::Stages() {
  return database_.Read([](db::Connection& conn) { return SelectStages(conn); });
}

Result<StageInfo> Service::SetProbability(std::string_view code, int64_t version, int probability,
                                          const Actor& actor) {
  const auto stage = EnumValue(kStageNames, code);
  if (!stage) return tl::unexpected(NoSuchStage(code));
  if (auto errors = CheckProbability(*stage, probability); !errors.empty()) {
    return FailValidation(std::move(errors));
  }
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<StageInfo> {
    auto stages = SelectStages(conn);
    if (!stages) return tl::unexpected(stages.error());
    const auto before = std::find_if(stages->begin(), stages->end(),
                                     [&](const StageInfo& info) { return info.stage == *stage; });
    if (before == stages->end()) return tl::unexpected(NoSuchStage(code));
    if (before->version != version) return Stale(before->version);
    auto updated = UpdateStage(conn, *stage, version, probability, now);
    if (!updated) return tl::unexpected(updated.error());
    if (!*updated) return Stale(version + 1);
    if (auto recorded = audit::Record(
            conn, actor, now,
            {"deal_stage",
             std::string(code),
             "update",
             {{"probability", {{"from", before->probability}, {"to", probability}}}}});
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    StageInfo after = *before;
    after.probability = probability;
    after.version = version + 1;
    return after;
  });
}

Result<Page<Deal>> Service::List(Query query, const access::Principal& by) {
  access::Narrow(query, by, kRead);
  return database_.Read([&](db::Connection& conn) { return SelectDeals(conn, query); });
}

Result<Deal> Service::Get(int64_t id, const access::Principal& by) {
  return database_.Read([&](db::Connection& conn) { return LoadReadable(conn, id, by); });
}

Result<std::vector<StageChange>> Service::History(int64_t id, const access::Principal& by) {
  return database_.Read([&](db::Connection& conn) -> Result<std::vector<StageChange>> {
    if (auto deal = LoadReadable(conn, id, by); !deal) return tl::unexpected(deal.error());
    return SelectStageChanges(conn, id);
  });
}

Result<Deal> Service::Create(Fields fields, const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  if (!fields.owner_id &&
      (by.role == access::Role::kAttache || by.role == access::Role::kAnalyst)) {
    fields.owner_id = by.user_id;
  }
  if (auto valid = Check(fields, ToDate(now)); !valid) return tl::unexpected(valid.error());
  return database_.Write([&](db::Connection& conn) -> Result<Deal> {
    auto search = Resolve(conn, fields);
    if (!search) return tl::unexpected(search.error());
    if (!access::Allows(by, kCreate,
                        {.country = fields.country, .company_id = fields.organisation_id})) {
      return tl::unexpected(NotYours());
    }
    auto id = InsertDeal(conn, fields, *search, now, actor);
    if (!id) return tl::unexpected(id.error());
    if (auto recorded =
            Record(conn, actor, now, *id, "create", audit::Diff(nullptr, ToJson(fields)));
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    return LoadReadable(conn, *id, by);
  });
}

Result<Deal> Service::Update(int64_t id, int64_t version, const Change& change,
                             const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  // The changed deal is read after the commit: the write holds the lock for the change alone.
  auto done = database_.Write([&](db::Connection& conn) -> Status {
    auto before = LoadWritable(conn, id, by);
    if (!before) return tl::unexpected(before.error());
    if (IsFinal(before->stage)) return tl::unexpected(Closed(id, before->stage));
    if (before->version != version) return Stale(before->version);
    auto after = change(before->fields);
    if (!after) return tl::unexpected(after.error());
    if (auto valid = Check(*after, ToDate(now)); !valid) return tl::unexpected(valid.error());
    std::vector<FieldError> errors = MissingFor(before->stage, *after);
    if (after->organisation_id != before->fields.organisation_id) {
      AddError(errors, "/organisation_id",
               {"A deal stays with its company.", "Сделка остаётся за своей компанией."});
    }
    if (!errors.empty()) return FailValidation(std::move(errors));
    auto search = Resolve(conn, *after);
    if (!search) return tl::unexpected(search.error());
    if (!access::Allows(by, kUpdate,
                        {.country = after->country, .company_id = after->organisation_id})) {
      return tl::unexpected(NotYours());
    }
    auto updated = UpdateDeal(conn, id, version, *after, *search, now);
    if (!updated) return tl::unexpected(updated.error());
    if (!*updated) return Stale(version + 1);
    if (auto recorded = Record(conn, actor, now, id, "update",
                               audit::Diff(ToJson(before->fields), ToJson(*after)));
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    return {};
  });
  if (!done) return tl::unexpected(done.error());
  return Get(id, by);
}

Result<Deal> Service::MoveTo(int64_t id, int64_t version, Move move, const access::Principal& by,
                             const Actor& actor) {
  const TimePoint now = clock_();
  move.reason = std::string(Trim(move.reason));
  move.lost_to = std::string(Trim(move.lost_to));
  // The moved deal is read after the commit: the write holds the lock for the move alone.
  auto done = database_.Write([&](db::Connection& conn) -> Status {
    auto before = LoadWritable(conn, id, by);
    if (!before) return tl::unexpected(before.error());
    if (IsFinal(before->stage)) return tl::unexpected(Closed(id, before->stage));
    if (before->version != version) return Stale(before->version);
    // Only the contract's stages look at its milestones.
    Result<std::vector<Milestone>> milestones;
    if (move.to == Stage::kInImplementation || move.to == Stage::kCompleted) {
      milestones = SelectMilestones(conn, id);
      if (!milestones) return tl::unexpected(milestones.error());
    }
    if (auto errors = CheckMove(*before, move, *milestones); !errors.empty()) {
      return FailValidation(std::move(errors));
    }
    auto moved = MoveDeal(conn, *before, move, now, actor);
    if (!moved) return tl::unexpected(moved.error());
    if (!*moved) return Stale(version + 1);
    nlohmann::json diff = {
        {"stage", {{"from", ToString(before->stage)}, {"to", ToString(move.to)}}}};
    if (!move.reason.empty())
      diff["reason"] = {{"from", before->close_reason}, {"to", move.reason}};
    if (!move.lost_to.empty()) diff["lost_to"] = {{"from", before->lost_to}, {"to", move.lost_to}};
    return Record(conn, actor, now, id, "transition", std::move(diff));
  });
  if (!done) return tl::unexpected(done.error());
  return Get(id, by);
}

Result<Deal> Service::ConfirmWin(int64_t id, int64_t version, Win win, const access::Principal& by,
                                 const Actor& actor) {
  const TimePoint now = clock_();
  win.value.currency = AsciiUpper(Trim(win.value.currency));
  win.how = std::string(Trim(win.how));
  if (auto errors = CheckWin(win); !errors.empty()) return FailValidation(std::move(errors));
  return database_.Write([&](db::Connection& conn) -> Result<Deal> {
    auto before = LoadWritable(conn, id, by, kConfirm);
    if (!before) return before;
    if (!IsWon(before->stage)) {
      const std::string_view name = ToString(before->stage);
      return Fail(
          ErrorCode::kConflict,
          {fmt::format("Deal {} is {}: a win is confirmed once the contract is signed.", id, name),
           fmt::format("Сделка {} на стадии {}: успех подтверждают после подписания "
                       "контракта.",
                       id, name)});
    }
    if (before->version != version) return Stale(before->version);
    auto confirmed = deals::ConfirmWin(conn, id, version, win, now, actor);
    if (!confirmed) return tl::unexpected(confirmed.error());
    if (!*confirmed) return Stale(version + 1);
    nlohmann::json previous = before->win ? ToJson(*before->win) : nlohmann::json();
    if (auto recorded = Record(conn, actor, now, id, "confirm_win",
                               {{"win", {{"from", previous}, {"to", ToJson(win)}}}});
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    return LoadReadable(conn, id, by);
  });
}

Result<std::vector<Milestone>> Service::Milestones(int64_t id, const access::Principal& by) {
  return database_.Read([&](db::Connection& conn) -> Result<std::vector<Milestone>> {
    if (auto deal = LoadReadable(conn, id, by); !deal) return tl::unexpected(deal.error());
    return SelectMilestones(conn, id);
  });
}

Result<Milestone> Service::AddMilestone(int64_t id, MilestoneFields fields,
                                        const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  fields.title = std::string(Trim(fields.title));
  if (fields.amount) fields.amount->currency = AsciiUpper(Trim(fields.amount->currency));
  if (auto errors = CheckMilestone(fields, ToDate(now)); !errors.empty()) {
    return FailValidation(std::move(errors));
  }
  return database_.Write([&](db::Connection& conn) -> Result<Milestone> {
    auto deal = LoadWritable(conn, id, by);
    if (!deal) return tl::unexpected(deal.error());
    if (!CanPlan(deal->stage)) return tl::unexpected(NotPlanning(id, deal->stage));
    auto count = SelectMilestones(conn, id);
    if (!count) return tl::unexpected(count.error());
    if (static_cast<int64_t>(count->size()) >= kMaxMilestones) {
      return Fail(ErrorCode::kConflict,
                  {fmt::format("A deal has at most {} milestones.", kMaxMilestones),
                   fmt::format("У сделки не больше {} этапов.", kMaxMilestones)});
    }
    auto milestone_id = InsertMilestone(conn, id, fields, now, actor);
    if (!milestone_id) return tl::unexpected(milestone_id.error());
    if (auto touched = TouchDeal(conn, id, now); !touched) return tl::unexpected(touched.error());
    if (auto recorded = Record(conn, actor, now, id, "add_milestone",
                               {{"milestone", {{"from", nullptr}, {"to", ToJson(fields)}}}});
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    return Found(SelectMilestone(conn, id, *milestone_id),
                 [] { return FailInternal(ErrorCode::kInternal, "inserted milestone not found"); });
  });
}

Result<Milestone> Service::UpdateMilestone(int64_t id, int64_t milestone_id, int64_t version,
                                           const MilestoneChange& change,
                                           const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Result<Milestone> {
    auto deal = LoadWritable(conn, id, by);
    if (!deal) return tl::unexpected(deal.error());
    if (!CanPlan(deal->stage)) return tl::unexpected(NotPlanning(id, deal->stage));
    auto before = Found(SelectMilestone(conn, id, milestone_id), [&] {
      return tl::unexpected(NoSuchMilestone(std::to_string(milestone_id)));
    });
    if (!before) return before;
    if (before->version != version) return Stale(before->version);
    auto after = change(before->fields);
    if (!after) return tl::unexpected(after.error());
    after->title = std::string(Trim(after->title));
    if (after->amount) after->amount->currency = AsciiUpper(Trim(after->amount->currency));
    if (auto errors = CheckMilestone(*after, ToDate(now)); !errors.empty()) {
      return FailValidation(std::move(errors));
    }
    auto updated = deals::UpdateMilestone(conn, id, milestone_id, version, *after, now);
    if (!updated) return tl::unexpected(updated.error());
    if (!*updated) return Stale(version + 1);
    if (auto touched = TouchDeal(conn, id, now); !touched) return tl::unexpected(touched.error());
    if (auto recorded =
            Record(conn, actor, now, id, "update_milestone",
                   {{"milestone",
                     {{"id", milestone_id},
                      {"change", audit::Diff(ToJson(before->fields), ToJson(*after))}}}});
        !recorded) {
      return tl::unexpected(recorded.error());
    }
    return Found(SelectMilestone(conn, id, milestone_id),
                 [&] { return tl::unexpected(NoSuchMilestone(std::to_string(milestone_id))); });
  });
}

Status Service::RemoveMilestone(int64_t id, int64_t milestone_id, int64_t version,
                                const access::Principal& by, const Actor& actor) {
  const TimePoint now = clock_();
  return database_.Write([&](db::Connection& conn) -> Status {
    auto deal = LoadWritable(conn, id, by);
    if (!deal) return tl::unexpected(deal.error());
    if (!CanPlan(deal->stage)) return tl::unexpected(NotPlanning(id, deal->stage));
    auto before = Found(SelectMilestone(conn, id, milestone_id), [&] {
      return tl::unexpected(NoSuchMilestone(std::to_string(milestone_id)));
    });
    if (!before) return tl::unexpected(before.error());
    if (before->version != version) return Stale(before->version);
    auto archived = ArchiveMilestone(conn, id, milestone_id, version, now);
    if (!archived) return tl::unexpected(archived.error());
    if (!*archived) return Stale(version + 1);
    if (auto touched = TouchDeal(conn, id, now); !touched) return touched;
    return Record(conn, actor, now, id, "remove_milestone",
                  {{"milestone", {{"from", ToJson(before->fields)}, {"to", nullptr}}}});
  });
}

Result<Board> Service::MakeBoard(Query filter, int per_column, const access::Principal& by) {
  access::Narrow(filter, by, kRead);
  const Date today = ToDate(clock_());
  return database_.Read(
      [&](db::Connection& conn) { return SelectBoard(conn, filter, per_column, today); });
}

Result<PipelineReport> Service::Pipeline(PipelineQuery query, const access::Principal& by) {
  access::Narrow(query.filter, by, kRead);
  return database_.Read([&](db::Connection& conn) { return SelectPipeline(conn, query); });
}

Result<WinsReport> Service::Wins(WinsQuery query, const access::Principal& by) {
  access::Narrow(query.filter, by, kRead);
  return database_.Read([&](db::Connection& conn) { return SelectWins(conn, query); });
}

}  // namespace attache::deals
