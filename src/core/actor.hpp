// Who is doing a write, for the audit trail: the user (none yet for system jobs), the request
// and the client address.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace attache {

struct Actor {
  std::optional<int64_t> user_id;
  std::string request_id;
  std::string client_address;

  static Actor System(std::string job) { return Actor{std::nullopt, std::move(job), "local"}; }
};

}  // namespace attache
