#include "platform/http/record_writes.hpp"

#include "platform/http/etag.hpp"
#include "platform/http/input.hpp"

namespace attache::http {

Result<VersionedId> VersionedTarget(const Request& request,
                                    const std::function<Error(std::string_view)>& missing) {
  const auto id = IdParam(request);
  if (!id) return tl::unexpected(missing(request.PathParam("id")));
  auto version = IfMatchVersion(request);
  if (!version) return tl::unexpected(version.error());
  return VersionedId{*id, *version};
}

Response NoContent() {
  Response response;
  response.status = 204;
  return response;
}

}  // namespace attache::http
