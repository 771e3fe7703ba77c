// Support requests: what companies ask the service for in a country (consulting, information and
// analytics, legal, organisational support), followed from filing to resolution against a due
// date. Plain values, no I/O.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/enum_names.hpp"
#include "core/time.hpp"
#include "core/user_ref.hpp"

namespace attache::requests {

enum class RequestStatus {
  kNew,
  kTriaged,
  kInProgress,
  kWaitingOnCompany,
  kResolved,
  kDeclined,
  kCancelled,
};
inline constexpr std::pair<std::string_view, RequestStatus> kStatusNames[] = {
    {"new", RequestStatus::kNew},
    {"triaged", RequestStatus::kTriaged},
    {"in_progress", RequestStatus::kInProgress},
    {"waiting_on_company", RequestStatus::kWaitingOnCompany},
    {"resolved", RequestStatus::kResolved},
    {"declined", RequestStatus::kDeclined},
    {"cancelled", RequestStatus::kCancelled},
};
inline std::string_view ToString(RequestStatus status) { return EnumName(kStatusNames, status); }

// Resolved, declined and cancelled requests are closed for good.
constexpr bool IsFinal(RequestStatus status) {
  return status == RequestStatus::kResolved || status == RequestStatus::kDeclined ||
         status == RequestStatus::kCancelled;
}

// The four types every subtype belongs to; reports group by them.
inline constexpr std::string_view kTypeCodes[] = {"consulting", "information", "legal",
                                                  "organisational"};

// An entry of the service catalogue: one of the four types, or a subtype of one.
struct RequestType {
  std::string code;
  std::optional<std::string> parent;  // the type of a subtype
  std::string name_ru;
  std::string name_en;
  std::optional<int> sla_days;  // a subtype without its own takes its type's
  int effective_sla_days = 0;
  int position = 0;
  bool archived = false;
  int64_t version = 1;

  // The type reports group it under: its parent, or itself.
  const std::string& group() const { return parent ? *parent : code; }
};

// What a client sets on a new subtype, or changes on any entry.
struct TypeFields {
  std::string code;
  std::string parent;
  std::string name_ru;
  std::string name_en;
  std::optional<int> sla_days;
  bool archived = false;
};

// What a client sets on a request.
struct Fields {
  int64_t organisation_id = 0;
  std::string country;  // ISO 3166-1 alpha-2
  std::string type;     // a type or subtype code
  std::string subject;
  std::string description;
  std::optional<Date> desired_date;
  std::optional<int64_t> assignee_id;
};

struct OrganisationRef {
  int64_t id = 0;
  std::string name_ru;
  std::string name_en;
  std::string country;
};

struct SupportRequest {
  int64_t id = 0;
  Fields fields;
  OrganisationRef organisation;
  std::string parent_type;
  std::string type_name_ru;
  std::string type_name_en;
  RequestStatus status = RequestStatus::kNew;
  std::string reason;  // why declined or cancelled, or how resolved
  std::optional<UserRef> assignee;
  std::optional<UserRef> filed_by;
  std::string due_at;
  std::string status_changed_at;
  std::optional<std::string> closed_at;
  int64_t comment_count = 0;
  int64_t version = 1;
  std::string created_at;
  std::string updated_at;
};

struct Query {
  std::optional<std::string> text;
  std::optional<int64_t> number;  // "#123" or "123": that request
  std::vector<std::string> countries;
  std::vector<RequestStatus> statuses;
  bool open_only = false;
  std::optional<std::string> type;  // a type also keeps its subtypes' requests
  std::optional<int64_t> assignee_id;
  bool unassigned = false;
  std::optional<int64_t> organisation_id;
  bool overdue = false;
  std::string now;  // what "overdue" is measured against
  // A caller's scope: an attaché's countries, a company user's organisation.
  std::optional<std::vector<std::string>> only_countries;
  std::optional<int64_t> only_organisation_id;
  std::string sort = "-created_at";
  int limit = 50;
  int64_t offset = 0;
};

inline constexpr std::string_view kSorts[] = {"created_at", "due_at", "updated_at",
                                              "status_changed_at"};

struct Comment {
  int64_t id = 0;
  int64_t request_id = 0;
  std::string body;
  bool internal = false;
  std::optional<UserRef> author;
  std::string created_at;
};

// A file attached to a request; its bytes are read separately (AttachmentFile).
struct Attachment {
  int64_t id = 0;
  int64_t request_id = 0;
  std::string name;
  std::string media_type;  // sniffed from the bytes
  int64_t size = 0;
  std::string sha256;  // hex
  std::optional<UserRef> uploaded_by;
  std::string created_at;
  int64_t version = 1;
};

struct AttachmentFile {
  Attachment attachment;
  std::string bytes;
};

// Someone who may take a country's requests.
struct Candidate {
  int64_t id = 0;
  std::string display_name;
  std::string role;  // "attache" or "analyst"
  int64_t open_requests = 0;
};

}  // namespace attache::requests
