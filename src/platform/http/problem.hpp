// RFC 9457 problem details: the one table from ErrorCode to HTTP status and the JSON body.
#pragma once

#include <string_view>

#include "core/error.hpp"
#include "platform/http/message.hpp"

namespace attache::http {

int HttpStatus(ErrorCode code);

// An `application/problem+json` response in the request's language; internal details are logged
// by the caller, never sent.
Response ProblemResponse(const Error& error, const Request& request);
Response ProblemResponse(const Error& error, Lang lang, std::string_view request_id,
                         std::string_view instance);

}  // namespace attache::http
