#include "domains/audit/routes.hpp"

#include <nlohmann/json.hpp>

#include "core/strings.hpp"
#include "domains/access/policy.hpp"
#include "domains/audit/reader.hpp"
#include "platform/http/input.hpp"
#include "platform/http/problem.hpp"
#include "platform/http/reply.hpp"

namespace attache::audit {
namespace {

std::optional<Date> DateParam(http::QueryReader& query, std::string_view name) {
  auto text = query.String(name, 10);
  if (!text) return std::nullopt;
  auto date = ParseDate(*text);
  if (!date) {
    query.AddError(name, {"Must be a date YYYY-MM-DD.", "Должно быть датой ГГГГ-ММ-ДД."});
  }
  return date;
}

http::Response ListEntries(db::Database& database, http::Request& request,
                           const access::Principal& principal) {
  http::QueryReader query(request);
  const Query filter = ReadQuery(query);
  if (auto ok = query.Finish(); !ok) return http::ProblemResponse(ok.error(), request);
  auto slice = database.Read([&](db::Connection& conn) { return SelectEntries(conn, filter); });
  if (!slice) return http::ProblemResponse(slice.error(), request);
  const bool with_accounts = SeesAccounts(principal);
  nlohmann::json items = nlohmann::json::array();
  for (const Entry& entry : slice->items) items.push_back(ToJson(entry, with_accounts));
  return http::JsonReply(200, http::PageJson(std::move(items), slice->total, slice->next_below));
}

}  // namespace

nlohmann::json ToJson(const Entry& entry, bool with_accounts) {
  const bool account = entry.entity == "user" || entry.entity == "token";
  nlohmann::json diff = account && !with_accounts
                            ? nlohmann::json::object()
                            : nlohmann::json::parse(entry.diff, nullptr, false);
  if (diff.is_discarded()) diff = nlohmann::json::object();
  nlohmann::json user;
  if (entry.user_id) {
    user = {{"id", *entry.user_id}, {"email", entry.user_email}, {"display_name", entry.user_name}};
  }
  return {{"id", entry.id},
          {"at", entry.at},
          {"user", std::move(user)},
          {"action", entry.action},
          {"entity", entry.entity},
          {"entity_id", entry.entity_id},
          {"diff", std::move(diff)},
          {"request_id", entry.request_id},
          {"client_address", entry.client_address}};
}

bool SeesAccounts(const access::Principal& principal) {
  return access::ScopeOf(principal, {access::Resource::kUser, access::Action::kRead}) ==
         access::Scope::kAll;
}

Query ReadQuery(http::QueryReader& query) {
  Query filter;
  filter.entity = query.String("entity", 40);
  filter.entity_id = query.String("id", 100);
  if (filter.entity_id && !filter.entity) {
    query.AddError("id", {"Give `entity` too.", "Укажите также `entity`."});
  }
  filter.user_id = query.Id("user");
  if (auto actions = query.String("action", 400)) {
    for (const std::string_view action : SplitList(*actions, ',')) {
      const std::string item(Trim(action));
      if (!item.empty() && filter.actions.size() < 20 &&
          std::find(filter.actions.begin(), filter.actions.end(), item) == filter.actions.end()) {
        filter.actions.push_back(item);
      }
    }
  }
  filter.from = DateParam(query, "from");
  filter.to = DateParam(query, "to");
  if (filter.from && filter.to && *filter.to < *filter.from) {
    query.AddError("to", {"Must not be before `from`.", "Не может быть раньше `from`."});
  }
  filter.limit = query.Limit();
  if (const int64_t below = query.Offset(); below > 0) filter.below = below;
  return filter;
}

void AddRoutes(access::Routes& routes, db::Database& database) {
  routes.Add(
      {http::Method::kGet, "/api/v1/audit", {access::Resource::kAudit, access::Action::kRead}},
      [&database](http::Request& request, const access::Principal& principal) {
        return ListEntries(database, request, principal);
      });
}

}  // namespace attache::audit
