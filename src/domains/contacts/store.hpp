// Reads and writes of the contacts domain, each inside the caller's transaction. No validation
// here (see rules.hpp): these functions do what they are told.
#pragma once

#include <optional>
#include <span>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "domains/contacts/model.hpp"
#include "platform/db/connection.hpp"

namespace attache::contacts {

// Live contacts only.
Result<Page<Contact>> SelectContacts(db::Connection& conn, const Query& query);
// The ids of every record `query` finds, in its order; then the records, in batches (exports).
Result<std::vector<int64_t>> SelectIds(db::Connection& conn, const Query& query);
Result<std::vector<Contact>> SelectMany(db::Connection& conn, std::span<const int64_t> ids);
// Archived ones too (see Contact::archived_at).
Result<std::optional<Contact>> SelectContact(db::Connection& conn, int64_t id);

Result<int64_t> InsertContact(db::Connection& conn, const Fields& fields, TimePoint at,
                              const Actor& actor);
// False when `version` is not the current one, or the contact is archived or erased.
Result<bool> UpdateContact(db::Connection& conn, int64_t id, int64_t version, const Fields& fields,
                           TimePoint at);
Result<bool> ArchiveContact(db::Connection& conn, int64_t id, int64_t version, TimePoint at);
// Blanks every personal column and sets erased_at; false when it was erased already.
Result<bool> EraseContact(db::Connection& conn, int64_t id, TimePoint at);

// The audit trail of a contact, oldest first.
Result<std::vector<HistoryEntry>> SelectHistory(db::Connection& conn, int64_t id);
// Replaces the diff of every audit entry of the contact by `{"redacted": true}`.
Status RedactHistory(db::Connection& conn, int64_t id);

}  // namespace attache::contacts
