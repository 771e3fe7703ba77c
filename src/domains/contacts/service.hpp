// The use cases of the contacts domain: scoping by the contact's organisation, validation, one
// transaction per write with its audit entry, and the data subject's rights — export of
// everything held about a person, and erasure that also scrubs the person out of the audit
// trail. Thread-safe.
#pragma once

#include <functional>
#include <span>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "domains/access/model.hpp"
#include "domains/contacts/model.hpp"
#include "platform/db/database.hpp"

namespace attache::contacts {

// How an update changes a contact: from its current fields to the new ones, or a 422.
using Change = std::function<Result<Fields>(const Fields& current)>;

// Validate a new state and write it with its audit entry, inside the caller's transaction and
// without scope checks (the callers do them): for the service and imports.
Result<int64_t> CreateIn(db::Connection& conn, Fields fields, TimePoint now, const Actor& actor);
// kConflict when `before` is no longer the current version or was erased.
Status ReplaceIn(db::Connection& conn, const Contact& before, Fields fields, TimePoint now,
                 const Actor& actor);

class Service {
 public:
  Service(db::Database& database, Clock clock) : database_(database), clock_(std::move(clock)) {}

  // Only what `by` may read (a company user: their organisation's contacts); the e-mail is
  // searched only for callers who may see it.
  Result<Page<Contact>> List(Query query, const access::Principal& by);
  // For exports: the ids of the whole list `by` may read, in its order, then the records in
  // batches — no re-sorting at growing offsets, and memory bounded by the batch.
  Result<std::vector<int64_t>> ListIds(Query query, const access::Principal& by);
  Result<std::vector<Contact>> GetMany(std::span<const int64_t> ids, const access::Principal& by);
  // kNotFound for archived contacts and for those `by` may not read.
  Result<Contact> Get(int64_t id, const access::Principal& by);

  // The organisation must exist and lie within `by`'s contact.create scope.
  Result<Contact> Create(Fields fields, const access::Principal& by, const Actor& actor);
  // kConflict when `version` is stale or the contact was erased. Moving a contact to another
  // organisation needs contact.update on both.
  Result<Contact> Update(int64_t id, int64_t version, const Change& change,
                         const access::Principal& by, const Actor& actor);
  Status Archive(int64_t id, int64_t version, const access::Principal& by, const Actor& actor);

  // contact.delete, archived contacts included. The export itself is recorded in the trail.
  Result<Export> ExportData(int64_t id, const access::Principal& by, const Actor& actor);
  // contact.delete: blanks the person's fields, redacts the diffs of the contact's earlier audit
  // entries and records the erasure. No version needed: whatever was changed meanwhile goes too.
  // Erasing an erased contact changes nothing.
  Result<Contact> Erase(int64_t id, const access::Principal& by, const Actor& actor);

 private:
  db::Database& database_;
  Clock clock_;
};

}  // namespace attache::contacts
