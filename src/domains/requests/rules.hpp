// The rules of support requests: the lifecycle (which status may follow which, and who may make
// the move), due dates and field checks. Pure functions: every problem becomes a FieldError with
// the JSON pointer of the field, in both languages.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/media_type.hpp"
#include "domains/requests/model.hpp"

namespace attache::requests {

inline constexpr size_t kMaxSubject = 200;
inline constexpr size_t kMaxDescription = 10000;
inline constexpr size_t kMaxReason = 2000;
inline constexpr size_t kMaxComment = 10000;
inline constexpr size_t kMaxTypeName = 200;
inline constexpr int kMaxSlaDays = 365;
inline constexpr size_t kMaxAttachmentBytes = 10 * 1024 * 1024;
inline constexpr int64_t kMaxAttachments = 20;
inline constexpr size_t kMaxFileName = 200;

// Who moves a request: staff of its country (attaché, HQ) may make every move the lifecycle
// allows; the company that filed it may only withdraw it.
enum class Mover { kStaff, kCompany };

// The statuses the lifecycle allows after `from`, in the order a queue shows them:
// new -> triaged -> in_progress <-> waiting_on_company -> resolved, and declined or cancelled
// from any open status. None after a final status.
std::vector<RequestStatus> NextStatuses(RequestStatus from);
// The part of NextStatuses that `mover` may make.
std::vector<RequestStatus> AllowedMoves(RequestStatus from, Mover mover);

// Problems of moving from `from` to `to` with `reason` (trimmed): a move the lifecycle or the
// mover may not make (on /to, naming the allowed ones), a missing reason for declined and
// cancelled, or a reason over kMaxReason (on /reason).
std::vector<FieldError> CheckMove(RequestStatus from, RequestStatus to, std::string_view reason,
                                  Mover mover);

// The time a request filed at `filed` is due: `sla_days` whole days later.
TimePoint DueAt(TimePoint filed, int sla_days);

// A request is overdue while open and past its due time (both ISO-8601 UTC timestamps).
bool IsOverdue(const SupportRequest& request, std::string_view now);

// Trims the texts and upper-cases the country.
void Canonicalise(Fields& fields);
// Subject required, country of two letters, type given, desired date not in the past more than a
// year (a typo) nor over five years ahead.
std::vector<FieldError> CheckFields(const Fields& fields, Date today);

// A subtype's code (lower-case letters, digits, `_`, 2-40 long), parent (one of kTypeCodes),
// names (at least one) and days (1-kMaxSlaDays).
std::vector<FieldError> CheckTypeFields(const TypeFields& fields, bool creating);

// The name an uploaded file is kept under: directories, control characters and surrounding blanks
// gone, at most kMaxFileName characters, "attachment" when nothing is left, and the sniffed
// type's extension added when the name has none.
std::string CleanFileName(std::string_view name, const MediaType& type);
// Whether the name's extension says what the bytes are (jpg or jpeg; txt, csv, tsv, md or log
// for plain text).
bool ExtensionMatches(std::string_view name, const MediaType& type);

Error NoSuchRequest(std::string_view id);
Error NoSuchType(std::string_view code);
// A write outside the caller's scope.
Error NotYours();
// A change to a request in a final status.
Error Closed(int64_t id, RequestStatus status);

}  // namespace attache::requests
