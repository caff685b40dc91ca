// The one mapping from the app's error codes to HTTP, and the JSON error body.
#pragma once

#include <string_view>

#include "leerplek/domain/result.hpp"
#include "leerplek/http/message.hpp"

namespace leerplek::http {

int HttpStatus(ErrorCode code);
std::string_view ErrorCodeName(ErrorCode code);
// {"error":{"code","message","fields":[…]}}; 5xx details go to the log, never to the client.
Response ErrorResponse(const Error& error);

}  // namespace leerplek::http
