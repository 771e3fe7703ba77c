// The use cases of support requests: the service catalogue, filing, triage and handling through
// the lifecycle (rules.hpp), assignment to an attaché of the country, and the comment thread.
// Scoping: staff of a country (attachés) act on its requests, HQ on all, a company user on its own
// company's, and only to withdraw them or to talk. One transaction per write with its audit entry
// and outbox row; every update names the version it changes (kConflict when stale). Thread-safe.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "core/page.hpp"
#include "domains/access/model.hpp"
#include "domains/requests/model.hpp"
#include "domains/requests/report.hpp"
#include "domains/requests/rules.hpp"
#include "platform/db/database.hpp"

namespace attache::requests {

// How an update changes a request or a catalogue entry: from the current fields to the new ones,
// or a 422.
using Change = std::function<Result<Fields>(const Fields& current)>;
using TypeChange = std::function<Result<TypeFields>(const TypeFields& current)>;

// What a caller may do with a request now: the statuses it may move it to, and whether it may
// change its fields.
struct Permits {
  std::vector<RequestStatus> moves;
  bool editable = false;
};
Permits PermitsOf(const SupportRequest& request, const access::Principal& by);
Mover MoverOf(const access::Principal& by);

class Service {
 public:
  Service(db::Database& database, Clock clock) : database_(database), clock_(std::move(clock)) {}

  Clock& clock() { return clock_; }

  // Archived subtypes only when asked, and only for who may change the catalogue.
  Result<std::vector<RequestType>> Types(bool with_archived, const access::Principal& by);
  Result<RequestType> CreateType(TypeFields fields, const Actor& actor);
  // kConflict when `version` is stale. The four types cannot be archived.
  Result<RequestType> UpdateType(std::string_view code, int64_t version, const TypeChange& change,
                                 const Actor& actor);

  // Only what `by` may read (attachés: their countries; company users: their company).
  Result<Page<SupportRequest>> List(Query query, const access::Principal& by);
  // kNotFound for requests `by` may not read.
  Result<SupportRequest> Get(int64_t id, const access::Principal& by);

  // A company user files for its own company (the default) and may not choose the assignee;
  // without one, the request goes to the suggested attaché (Candidates), or stays unassigned.
  Result<SupportRequest> Create(Fields fields, const access::Principal& by, const Actor& actor);
  // Staff change an open request; a company user its own while `new`, never the assignee or
  // the company. kConflict when stale or closed.
  Result<SupportRequest> Update(int64_t id, int64_t version, const Change& change,
                                const access::Principal& by, const Actor& actor);
  // A move the lifecycle and the caller's role allow (422 naming the allowed ones otherwise).
  Result<SupportRequest> Move(int64_t id, int64_t version, RequestStatus to, std::string reason,
                              const access::Principal& by, const Actor& actor);

  // The thread, oldest first; company users do not receive internal notes.
  Result<std::vector<Comment>> Comments(int64_t id, const access::Principal& by);
  // request.update on the request. Only staff write internal notes. A company user's comment on
  // a request waiting on it moves it back to in_progress.
  Result<Comment> AddComment(int64_t id, std::string body, bool internal,
                             const access::Principal& by, const Actor& actor);

  // The files of a request `by` may read, oldest first.
  Result<std::vector<Attachment>> Attachments(int64_t id, const access::Principal& by);
  // request.update on the request. The type is sniffed from the bytes: anything but the
  // documents core/media_type.hpp knows, or a name whose extension says otherwise, is
  // kUnsupportedMediaType; over kMaxAttachmentBytes kPayloadTooLarge; beyond kMaxAttachments
  // files kConflict.
  Result<Attachment> Attach(int64_t id, std::string_view name, std::string_view bytes,
                            const access::Principal& by, const Actor& actor);
  Result<AttachmentFile> Download(int64_t id, int64_t attachment_id, const access::Principal& by);
  // Staff, or the company user who uploaded it; kConflict when `version` is stale.
  Status Detach(int64_t id, int64_t attachment_id, int64_t version, const access::Principal& by,
                const Actor& actor);

  // The report over the requests `by` may read.
  Result<Report> MakeReport(ReportQuery query, const access::Principal& by);

  // Who may take requests of `country` (an ISO code), the suggestion first.
  Result<std::vector<Candidate>> Candidates(std::string_view country);

 private:
  db::Database& database_;
  Clock clock_;
};

}  // namespace attache::requests
