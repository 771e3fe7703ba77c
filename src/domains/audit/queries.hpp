#pragma once

#include <string_view>

namespace attache::audit {

inline constexpr std::string_view kInsertAudit = R"~(
INSERT INTO audit_log (at, user_id, action, entity, entity_id, diff, request_id, client_addr)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8))~";

inline constexpr std::string_view kNextOutboxSeq =
    "UPDATE outbox_seq SET last = last + 1 WHERE id = 1 RETURNING last";

inline constexpr std::string_view kInsertOutbox = R"~(
INSERT INTO outbox (seq, at, entity, entity_id, op) VALUES ($1, $2, $3, $4, $5))~";

}  // namespace attache::audit
