// The use cases of the taxonomy: reading it, administrators adding and changing classes (one
// transaction each, with its audit entry), and bringing the reference data up to date on start.
// Thread-safe (the database pools its sessions). Who may call what is the routes' business:
// taxonomy permissions have no narrower scope than "all".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"
#include "core/time.hpp"
#include "domains/taxonomy/model.hpp"
#include "platform/db/database.hpp"

namespace attache::taxonomy {

// A change to a class: absent fields stay. `archived` true retires the class, false brings it
// back.
struct ClassPatch {
  std::optional<std::string> label_en;
  std::optional<std::string> label_ru;
  std::optional<std::vector<std::string>> synonyms_en;
  std::optional<std::vector<std::string>> synonyms_ru;
  std::optional<bool> archived;
};

class Service {
 public:
  Service(db::Database& database, Clock clock) : database_(database), clock_(std::move(clock)) {}

  // The live taxonomy; `with_uses` also counts the records tagged with each class (it reads every
  // tag: for administrators).
  Result<Taxonomy> Get(bool with_uses);
  Result<Class> GetClass(std::string_view id);
  // kValidation when the fields break the rules, the group does not exist or the id was ever
  // taken.
  Result<Class> CreateClass(const ClassFields& fields, const Actor& actor);
  // kConflict when `version` is not the class's current one; kValidation when archiving a
  // reference class or one that records use. A patch that changes nothing writes nothing.
  Result<Class> PatchClass(std::string_view id, int64_t version, const ClassPatch& patch,
                           const Actor& actor);

  // Brings the database up to the taxonomy compiled into the binary; returns how many rows
  // changed.
  Result<size_t> SyncReference(const Actor& actor);

 private:
  db::Database& database_;
  Clock clock_;
};

}  // namespace attache::taxonomy
