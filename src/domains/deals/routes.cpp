#include "domains/deals/routes.hpp"

#include "core/strings.hpp"
#include "domains/deals/json.hpp"
#include "domains/deals/rules.hpp"
#include "platform/http/etag.hpp"
#include "platform/http/problem.hpp"
#include "platform/http/record_writes.hpp"
#include "platform/http/reply.hpp"

namespace attache::deals {
namespace {

using access::Principal;
using http::Request;
using http::Response;

Response DealReply(int status, const Deal& deal, const Principal& principal) {
  return http::VersionedReply(status, ToJson(deal, PermitsOf(deal, principal)), deal.version);
}

Response MilestoneReply(int status, const Milestone& milestone) {
  return http::VersionedReply(status, ToJson(milestone), milestone.version);
}

std::optional<int64_t> MilestoneId(const Request& request) {
  return http::IdParam(request, "milestone_id");
}

// The filters lists, the board and the reports share: countries, category, owner, company.
void ReadFilters(http::QueryReader& query, const Principal& principal, Query& filter) {
  filter.countries = query.Countries();
  filter.categories = query.EnumList<Category>("category", kCategoryNames);
  filter.owner_id = query.UserId("owner", principal.user_id);
  filter.organisation_id = query.Id("organisation");
  if (auto text = query.String("q", 200); text && !Trim(*text).empty()) {
    filter.text = std::string(Trim(*text));
  }
}

Response ListStages(Service& service, Request& request, const Principal&) {
  http::QueryReader query(request);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  return http::ItemsReply(service.Stages(), request);
}

Response PatchStage(Service& service, Request& request, const Principal& principal) {
  const std::string code(request.PathParam("code"));
  auto version = http::IfMatchVersion(request);
  if (!version) return http::ProblemResponse(version.error(), request);
  auto json = http::ParseJsonObject(request, true);
  if (!json) return http::ProblemResponse(json.error(), request);
  http::BodyReader body(*json);
  const auto probability = http::ValueOf(body.Integer("probability", 0, 100, true));
  if (auto ok = body.Finish({"probability"}); !ok) {
    return http::ProblemResponse(ok.error(), request);
  }
  auto stage = service.SetProbability(code, *version, static_cast<int>(*probability),
                                      access::ActorOf(request, principal));
  if (!stage) return http::ProblemResponse(stage.error(), request);
  return http::VersionedReply(200, ToJson(*stage), stage->version);
}

Response List(Service& service, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  Query filter = ReadQuery(query, principal);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto page = service.List(std::move(filter), principal);
  if (!page) return http::ProblemResponse(page.error(), request);
  nlohmann::json items = nlohmann::json::array();
  for (const Deal& deal : page->items) items.push_back(ToJson(deal, PermitsOf(deal, principal)));
  return http::JsonReply(200, http::PageJson(std::move(items), page->total, page->next_offset));
}

Response BoardOf(Service& service, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  Query filter;
  ReadFilters(query, principal, filter);
  const int per_column = query.Limit(30, 100);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto board = service.MakeBoard(std::move(filter), per_column, principal);
  if (!board) return http::ProblemResponse(board.error(), request);
  return http::JsonReply(200, ToJson(*board, principal));
}

Response Create(Service& service, Request& request, const Principal& principal) {
  auto json = http::ParseJsonObject(request);
  if (!json) return http::ProblemResponse(json.error(), request);
  auto fields = FieldsFromJson(*json);
  if (!fields) return http::ProblemResponse(fields.error(), request);
  auto created = service.Create(std::move(*fields), principal, access::ActorOf(request, principal));
  if (!created) return http::ProblemResponse(created.error(), request);
  Response response = DealReply(201, *created, principal);
  response.headers.Set("Location", "/api/v1/deals/" + std::to_string(created->id));
  return response;
}

Response Get(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchDeal(request.PathParam("id")), request);
  auto found = service.Get(*id, principal);
  if (!found) return http::ProblemResponse(found.error(), request);
  return DealReply(200, *found, principal);
}

Response Patch(Service& service, Request& request, const Principal& principal) {
  auto target = http::VersionedTarget(request, NoSuchDeal);
  if (!target) return http::ProblemResponse(target.error(), request);
  auto patch = http::ParseJsonObject(request, true);
  if (!patch) return http::ProblemResponse(patch.error(), request);
  const Change change = http::MergePatchChange<Fields>(
      *patch, [](const Fields& fields) { return ToJson(fields); }, FieldsFromJson);
  auto changed = service.Update(target->id, target->version, change, principal,
                                access::ActorOf(request, principal));
  if (!changed) return http::ProblemResponse(changed.error(), request);
  return DealReply(200, *changed, principal);
}

Response Transition(Service& service, Request& request, const Principal& principal) {
  auto target = http::VersionedTarget(request, NoSuchDeal);
  if (!target) return http::ProblemResponse(target.error(), request);
  auto json = http::ParseJsonObject(request);
  if (!json) return http::ProblemResponse(json.error(), request);
  http::BodyReader body(*json);
  Move move;
  move.to = http::ValueOf(body.Enum<Stage>("to", kStageNames, true)).value_or(Stage::kLead);
  move.reason = http::ValueOf(body.String("reason", kMaxReason)).value_or("");
  move.lost_to = http::ValueOf(body.String("lost_to", kMaxLostTo)).value_or("");
  if (auto ok = body.Finish({"to", "reason", "lost_to"}); !ok) {
    return http::ProblemResponse(ok.error(), request);
  }
  auto moved = service.MoveTo(target->id, target->version, std::move(move), principal,
                              access::ActorOf(request, principal));
  if (!moved) return http::ProblemResponse(moved.error(), request);
  return DealReply(200, *moved, principal);
}

Response ConfirmWin(Service& service, Request& request, const Principal& principal) {
  auto target = http::VersionedTarget(request, NoSuchDeal);
  if (!target) return http::ProblemResponse(target.error(), request);
  auto json = http::ParseJsonObject(request);
  if (!json) return http::ProblemResponse(json.error(), request);
  auto win = WinFromJson(*json);
  if (!win) return http::ProblemResponse(win.error(), request);
  auto confirmed = service.ConfirmWin(target->id, target->version, std::move(*win), principal,
                                      access::ActorOf(request, principal));
  if (!confirmed) return http::ProblemResponse(confirmed.error(), request);
  return DealReply(200, *confirmed, principal);
}

Response History(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchDeal(request.PathParam("id")), request);
  return http::ItemsReply(service.History(*id, principal), request);
}

Response ListMilestones(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchDeal(request.PathParam("id")), request);
  return http::ItemsReply(service.Milestones(*id, principal), request);
}

Response AddMilestone(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  if (!id) return http::ProblemResponse(NoSuchDeal(request.PathParam("id")), request);
  auto json = http::ParseJsonObject(request);
  if (!json) return http::ProblemResponse(json.error(), request);
  auto fields = MilestoneFieldsFromJson(*json);
  if (!fields) return http::ProblemResponse(fields.error(), request);
  auto milestone =
      service.AddMilestone(*id, std::move(*fields), principal, access::ActorOf(request, principal));
  if (!milestone) return http::ProblemResponse(milestone.error(), request);
  Response response = MilestoneReply(201, *milestone);
  response.headers.Set("Location", "/api/v1/deals/" + std::to_string(*id) + "/milestones/" +
                                       std::to_string(milestone->id));
  return response;
}

Response PatchMilestone(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  const auto milestone_id = MilestoneId(request);
  if (!id || !milestone_id) {
    return http::ProblemResponse(NoSuchMilestone(request.PathParam("milestone_id")), request);
  }
  auto version = http::IfMatchVersion(request);
  if (!version) return http::ProblemResponse(version.error(), request);
  auto patch = http::ParseJsonObject(request, true);
  if (!patch) return http::ProblemResponse(patch.error(), request);
  const MilestoneChange change = http::MergePatchChange<MilestoneFields>(
      *patch, [](const MilestoneFields& fields) { return ToJson(fields); },
      MilestoneFieldsFromJson);
  auto milestone = service.UpdateMilestone(*id, *milestone_id, *version, change, principal,
                                           access::ActorOf(request, principal));
  if (!milestone) return http::ProblemResponse(milestone.error(), request);
  return MilestoneReply(200, *milestone);
}

Response RemoveMilestone(Service& service, Request& request, const Principal& principal) {
  const auto id = http::IdParam(request);
  const auto milestone_id = MilestoneId(request);
  if (!id || !milestone_id) {
    return http::ProblemResponse(NoSuchMilestone(request.PathParam("milestone_id")), request);
  }
  auto version = http::IfMatchVersion(request);
  if (!version) return http::ProblemResponse(version.error(), request);
  auto removed = service.RemoveMilestone(*id, *milestone_id, *version, principal,
                                         access::ActorOf(request, principal));
  if (!removed) return http::ProblemResponse(removed.error(), request);
  return http::NoContent();
}

Response PipelineReportOf(Service& service, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  PipelineQuery report = ReadPipelineQuery(query, principal, ToDate(service.clock()()));
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto made = service.Pipeline(std::move(report), principal);
  if (!made) return http::ProblemResponse(made.error(), request);
  return http::JsonReply(200, ToJson(*made));
}

Response WinsReportOf(Service& service, Request& request, const Principal& principal) {
  http::QueryReader query(request);
  WinsQuery report = ReadWinsQuery(query, principal);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto made = service.Wins(std::move(report), principal);
  if (!made) return http::ProblemResponse(made.error(), request);
  return http::JsonReply(200, ToJson(*made));
}

}  // namespace

Query ReadQuery(http::QueryReader& query, const Principal& principal) {
  Query filter;
  ReadFilters(query, principal, filter);
  filter.stages = query.EnumList<Stage>("stage", kStageNames, "open", &filter.open_only);
  filter.confirmed = query.Boolean("confirmed");
  filter.sort = query.Sort(kSorts, "-updated_at");
  filter.limit = query.Limit();
  filter.offset = query.Offset();
  return filter;
}

PipelineQuery ReadPipelineQuery(http::QueryReader& query, const Principal& principal, Date today) {
  PipelineQuery report;
  ReadFilters(query, principal, report.filter);
  report.group = query.EnumList<PipelineDimension>("group", kPipelineDimensionNames);
  report.on = query.CalendarDate("on").value_or(today);
  return report;
}

WinsQuery ReadWinsQuery(http::QueryReader& query, const Principal& principal) {
  WinsQuery report;
  ReadFilters(query, principal, report.filter);
  report.from = query.CalendarDate("from");
  report.to = query.CalendarDate("to");
  if (report.from && report.to && *report.to < *report.from) {
    query.AddError("to", {"The period ends before it begins.", "Период кончается раньше начала."});
  }
  report.group = query.EnumList<WinDimension>("group", kWinDimensionNames);
  return report;
}

void AddRoutes(access::Routes& routes, Service& service) {
  using access::Action;
  using access::Resource;
  using http::Method;
  const auto bind = [&service](Response (*handler)(Service&, Request&, const Principal&)) {
    return [&service, handler](Request& request, const Principal& principal) {
      return handler(service, request, principal);
    };
  };
  constexpr bool kCached = true;
  // Board and reports convert at the day's rates: a kept answer serves at most a minute.
  constexpr int kFreshSeconds = 60;
  const std::string stages = "/api/v1/deal-stages";
  routes.Add({Method::kGet, stages, {Resource::kDealStage, Action::kRead}, kCached},
             bind(ListStages));
  routes.Add({Method::kPatch, stages + "/{code}", {Resource::kDealStage, Action::kUpdate}},
             bind(PatchStage));
  const std::string base = "/api/v1/deals";
  const std::string item = base + "/{id}";
  const access::Permission read{Resource::kDeal, Action::kRead};
  const access::Permission update{Resource::kDeal, Action::kUpdate};
  // `owner=me` makes the list and the board the caller's own.
  routes.Add({.method = Method::kGet,
              .pattern = base,
              .permission = read,
              .cached = kCached,
              .per_user = true},
             bind(List));
  routes.Add({Method::kPost, base, {Resource::kDeal, Action::kCreate}}, bind(Create));
  routes.Add({.method = Method::kGet,
              .pattern = base + "/board",
              .permission = read,
              .cached = kCached,
              .per_user = true,
              .fresh_seconds = kFreshSeconds},
             bind(BoardOf));
  routes.Add({.method = Method::kGet,
              .pattern = "/api/v1/reports/pipeline",
              .permission = read,
              .cached = kCached,
              .per_user = true,
              .fresh_seconds = kFreshSeconds},
             bind(PipelineReportOf));
  routes.Add({.method = Method::kGet,
              .pattern = "/api/v1/reports/wins",
              .permission = read,
              .cached = kCached,
              .per_user = true},
             bind(WinsReportOf));
  routes.Add({Method::kGet, item, read}, bind(Get));
  routes.Add({Method::kPatch, item, update}, bind(Patch));
  routes.Add({Method::kPost, item + "/transition", update}, bind(Transition));
  routes.Add({Method::kPost, item + "/win", {Resource::kExportWin, Action::kCreate}},
             bind(ConfirmWin));
  routes.Add({Method::kGet, item + "/history", read}, bind(History));
  const std::string milestones = item + "/milestones";
  routes.Add({Method::kGet, milestones, read}, bind(ListMilestones));
  routes.Add({Method::kPost, milestones, update}, bind(AddMilestone));
  routes.Add({Method::kPatch, milestones + "/{milestone_id}", update}, bind(PatchMilestone));
  routes.Add({Method::kDelete, milestones + "/{milestone_id}", update}, bind(RemoveMilestone));
}

}  // namespace attache::deals
