// Reads and writes of the requests domain, each inside the caller's transaction. No validation
// here (see rules.hpp): these functions do what they are told.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "core/page.hpp"
#include "domains/requests/model.hpp"
#include "platform/db/connection.hpp"

namespace attache::requests {

// The catalogue in its order (types, each followed by its subtypes).
Result<std::vector<RequestType>> SelectTypes(db::Connection& conn, bool with_archived);
Result<std::optional<RequestType>> SelectType(db::Connection& conn, std::string_view code);
// kConflict when the code is taken.
Status InsertType(db::Connection& conn, const TypeFields& fields, TimePoint at, const Actor& actor);
// False when `version` is not the current one.
Result<bool> UpdateType(db::Connection& conn, std::string_view code, int64_t version,
                        const TypeFields& fields, TimePoint at);

Result<Page<SupportRequest>> SelectRequests(db::Connection& conn, const Query& query);
Result<std::optional<SupportRequest>> SelectRequest(db::Connection& conn, int64_t id);

// A new request in status `new`, due at `due_at`, filed by the actor's user.
// The version of the words request_terms holds; changes with what the words are made of.
inline constexpr int kTermsVersion = 1;
// Writes request `id`'s words (its subject's and its company's names) anew.
Status IndexWords(db::Connection& conn, int64_t id);
// Fills request_terms again from every request (db::DerivedTable; `attache demo casework`).
Status RebuildTerms(db::Connection& conn);

// Also writes the request's words, as UpdateRequest does.
Result<int64_t> InsertRequest(db::Connection& conn, const Fields& fields,
                              std::string_view parent_type, TimePoint due_at, TimePoint at,
                              const Actor& actor);
// False when `version` is not the current one or the request is closed.
Result<bool> UpdateRequest(db::Connection& conn, int64_t id, int64_t version, const Fields& fields,
                           std::string_view parent_type, TimePoint at);
// Moves `request` to `to` (closing it when final, with the time it took when resolved); false
// when its version is no longer the current one.
Result<bool> MoveRequest(db::Connection& conn, const SupportRequest& request, RequestStatus to,
                         std::string_view reason, TimePoint at);

Result<bool> CountryExists(db::Connection& conn, std::string_view iso2);
// Attachés of the country (fewest open requests first), then HQ analysts.
Result<std::vector<Candidate>> SelectCandidates(db::Connection& conn, std::string_view country);

Result<std::vector<Comment>> SelectComments(db::Connection& conn, int64_t request_id,
                                            bool with_internal);
Result<Comment> InsertComment(db::Connection& conn, int64_t request_id, std::string_view body,
                              bool internal, TimePoint at, const Actor& actor);

// Live attachments of a request, oldest first (without their bytes).
Result<std::vector<Attachment>> SelectAttachments(db::Connection& conn, int64_t request_id);
Result<std::optional<Attachment>> SelectAttachment(db::Connection& conn, int64_t request_id,
                                                   int64_t id);
Result<int64_t> CountAttachments(db::Connection& conn, int64_t request_id);
// The bytes of a live attachment.
Result<std::optional<std::string>> SelectAttachmentBytes(db::Connection& conn, int64_t id);
// Stores `bytes` (hashing and encoding them); the new attachment's id.
Result<int64_t> InsertAttachment(db::Connection& conn, int64_t request_id, std::string_view name,
                                 std::string_view media_type, std::string_view bytes, TimePoint at,
                                 const Actor& actor);
// False when `version` is not the current one.
Result<bool> ArchiveAttachment(db::Connection& conn, int64_t request_id, int64_t id,
                               int64_t version, TimePoint at);

}  // namespace attache::requests
