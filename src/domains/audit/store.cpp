#include "domains/audit/store.hpp"

#include "domains/audit/queries.hpp"

namespace attache::audit {

Status Record(db::Connection& conn, const Actor& actor, TimePoint at, const Change& change) {
  const std::string when = FormatTimestamp(at);
  const std::string diff =
      change.diff.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  auto audited =
      conn.Execute(kInsertAudit, {when, db::Nullable(actor.user_id), change.action, change.entity,
                                  change.entity_id, diff, actor.request_id, actor.client_address});
  if (!audited) return tl::unexpected(audited.error());
  auto seq = conn.QueryInt(kNextOutboxSeq, {});
  if (!seq) return tl::unexpected(seq.error());
  auto queued =
      conn.Execute(kInsertOutbox, {*seq, when, change.entity, change.entity_id, change.action});
  if (!queued) return tl::unexpected(queued.error());
  return {};
}

nlohmann::json Diff(const nlohmann::json& before, const nlohmann::json& after) {
  nlohmann::json diff = nlohmann::json::object();
  for (const auto& [key, value] : after.items()) {
    const bool had = before.is_object() && before.contains(key);
    if (!had && value.is_null()) continue;  // a new record's empty fields say nothing
    if (!had || before.at(key) != value) {
      diff[key] = {{"from", had ? before.at(key) : nlohmann::json()}, {"to", value}};
    }
  }
  return diff;
}

}  // namespace attache::audit
