#include "leerplek/http/errors.hpp"

#include <spdlog/spdlog.h>

#include <nlohmann/json.hpp>

namespace leerplek::http {

int HttpStatus(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument: return 422;
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kAlreadyExists: return 409;
    case ErrorCode::kFailedPrecondition: return 409;
    case ErrorCode::kPermissionDenied: return 403;
    case ErrorCode::kUnauthenticated: return 401;
    case ErrorCode::kConflict: return 409;
    case ErrorCode::kRateLimited: return 429;
    case ErrorCode::kUnavailable: return 503;
    case ErrorCode::kInternal: return 500;
  }
  return 500;
}

std::string_view ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kInvalidArgument: return "invalid_argument";
    case ErrorCode::kNotFound: return "not_found";
    case ErrorCode::kAlreadyExists: return "already_exists";
    case ErrorCode::kFailedPrecondition: return "failed_precondition";
    case ErrorCode::kPermissionDenied: return "permission_denied";
    case ErrorCode::kUnauthenticated: return "unauthenticated";
    case ErrorCode::kConflict: return "conflict";
    case ErrorCode::kRateLimited: return "rate_limited";
    case ErrorCode::kUnavailable: return "unavailable";
    case ErrorCode::kInternal: return "internal";
  }
  return "internal";
}

Response ErrorResponse(const Error& error) {
  const int status = HttpStatus(error.code);
  if (status >= 500) spdlog::error("{} {}: {}", status, error.message, error.detail);
  nlohmann::json fields = nlohmann::json::array();
  for (const FieldError& f : error.fields) fields.push_back({{"field", f.field}, {"message", f.message}});
  nlohmann::json body = {
      {"error", {{"code", ErrorCodeName(error.code)}, {"message", error.message}, {"fields", fields}}}};
  Response response;
  response.status = status;
  response.SetHeader("Content-Type", "application/json; charset=utf-8");
  response.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return response;
}

}  // namespace leerplek::http
