// The audit trail and the outbox, written together with the change they describe, inside the
// caller's transaction: if the change rolls back, so do they.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "core/time.hpp"
#include "platform/db/connection.hpp"

namespace attache::audit {

struct Change {
  std::string_view entity;  // "country", "attache"
  std::string entity_id;
  std::string_view action;  // "create", "update", "archive"
  nlohmann::json diff;      // see Diff()
};

Status Record(db::Connection& conn, const Actor& actor, TimePoint at, const Change& change);

// {"field": {"from": old, "to": new}} for each top-level field that differs; `before` may be
// null (a creation: then fields that are null are left out).
nlohmann::json Diff(const nlohmann::json& before, const nlohmann::json& after);

}  // namespace attache::audit
