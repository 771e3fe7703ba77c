// What the writes to one record (`PATCH` and `DELETE /things/{id}`) of every domain share: the
// id from the path with the version from If-Match, the JSON merge patch applied to the record as
// the API shows it, and the empty answer of an archive.
#pragma once

#include <cstdint>
#include <functional>
#include <nlohmann/json.hpp>
#include <string_view>

#include "core/error.hpp"
#include "platform/http/message.hpp"

namespace attache::http {

struct VersionedId {
  int64_t id = 0;
  int64_t version = 0;
};

// The `{id}` of the path and the If-Match version; `missing(text)` is the domain's 404 for a
// path segment that is not an id.
Result<VersionedId> VersionedTarget(const Request& request,
                                    const std::function<Error(std::string_view)>& missing);

// A change from a record's current fields to those a merge patch makes of them: `to_json`
// writes the fields as the API shows them, the patch is merged in, and `read` reads the result
// whole (so a patch passes the checks a creation does).
template <class Fields, class ToJson, class Read>
std::function<Result<Fields>(const Fields&)> MergePatchChange(const nlohmann::json& patch,
                                                              ToJson to_json, Read read) {
  return [&patch, to_json, read](const Fields& current) -> Result<Fields> {
    nlohmann::json merged = to_json(current);
    merged.merge_patch(patch);
    return read(merged);
  };
}

// 204 No Content.
Response NoContent();

}  // namespace attache::http
