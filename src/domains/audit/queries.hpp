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

namespace attache::audit {

inline constexpr std::string_view kAuditSelect = R"~(
SELECT a.id, a.at, a.user_id, u.email, u.display_name, a.action, a.entity, a.entity_id, a.diff,
       a.request_id, a.client_addr
FROM audit_log a LEFT JOIN users u ON u.id = a.user_id WHERE 1 = 1)~";
inline constexpr std::string_view kAuditCount = "SELECT COUNT(*) FROM audit_log a WHERE 1 = 1";
inline constexpr std::string_view kAuditEntityFilter = " AND a.entity = ${}";
inline constexpr std::string_view kAuditEntityIdFilter = " AND a.entity_id = ${}";
inline constexpr std::string_view kAuditUserFilter = " AND a.user_id = ${}";
inline constexpr std::string_view kAuditActionColumn = "a.action";
inline constexpr std::string_view kAuditFromFilter = " AND a.at >= ${}";
inline constexpr std::string_view kAuditBeforeFilter = " AND a.at < ${}";
inline constexpr std::string_view kAuditBelowIdFilter = " AND a.id < ${}";
inline constexpr std::string_view kAuditOrder = " ORDER BY a.id DESC LIMIT ";

}  // namespace attache::audit
