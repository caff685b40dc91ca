#include "leerplek/http/api.hpp"

#include <algorithm>

#include <sodium.h>
#include <spdlog/spdlog.h>

#include "leerplek/app/accounts.hpp"
#include "leerplek/http/errors.hpp"

namespace leerplek::http {
namespace {

// CSP without inline script; the UI is built to need none.
constexpr const char* kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

bool ChangesState(const std::string& method) { return method != "GET" && method != "HEAD" && method != "OPTIONS"; }

std::vector<std::string> Segments(const std::string& path) {
  std::vector<std::string> out;
  std::size_t start = 1;
  while (start <= path.size()) {
    const auto slash = path.find('/', start);
    out.push_back(path.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return out;
}

std::optional<std::map<std::string, std::string>> Match(const std::string& pattern, const std::string& path) {
  const auto want = Segments(pattern);
  const auto have = Segments(path);
  if (want.size() != have.size()) return std::nullopt;
  std::map<std::string, std::string> params;
  for (std::size_t i = 0; i < want.size(); ++i) {
    if (want[i].size() > 2 && want[i].front() == '{' && want[i].back() == '}') {
      if (have[i].empty()) return std::nullopt;
      params[want[i].substr(1, want[i].size() - 2)] = have[i];
    } else if (want[i] != have[i]) {
      return std::nullopt;
    }
  }
  return params;
}

bool SameToken(const std::string& a, const std::string& b) {
  return a.size() == b.size() && !a.empty() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

void AddSecurityHeaders(Response& response) {
  response.SetHeader("Content-Security-Policy", kContentSecurityPolicy);
  response.SetHeader("X-Content-Type-Options", "nosniff");
  response.SetHeader("Referrer-Policy", "same-origin");
  response.SetHeader("X-Frame-Options", "DENY");
  response.SetHeader("Cross-Origin-Opener-Policy", "same-origin");
  response.SetHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
}

std::string SessionCookie(const std::string& value, bool secure, bool clear) {
  std::string cookie = std::string(kSessionCookie) + "=" + value + "; Path=/; HttpOnly; SameSite=Lax";
  if (secure) cookie += "; Secure";
  if (clear) cookie += "; Max-Age=0";
  return cookie;
}

}  // namespace

Response JsonResponse(int status, const std::string& json_text) {
  Response response;
  response.status = status;
  response.SetHeader("Content-Type", "application/json; charset=utf-8");
  response.body = json_text;
  return response;
}

Api::Api(app::AppContext ctx, ApiOptions options)
    : ctx_(std::move(ctx)), options_(std::move(options)), routes_(ApiRoutes()) {}

bool Api::AnswersWithoutStorage(const Request& request) {
  return (request.method == "GET" || request.method == "HEAD") && request.Path() == "/health";
}

Response Api::Handle(const Request& request) const {
  Response response;
  try {
    response = Dispatch(request);
  } catch (const std::exception& e) {
    spdlog::error("unhandled error on {} {}: {}", request.method, request.Path(), e.what());
    response =
        ErrorResponse(MakeError(ErrorCode::kInternal, "Er liep iets mis aan onze kant. Probeer het later opnieuw."));
  }
  AddSecurityHeaders(response);
  if (request.method == "HEAD") response.body.clear();
  return response;
}

Response Api::Dispatch(const Request& request) const {
  const std::string path = request.Path();
  if (path == "/health") return JsonResponse(200, R"({"status":"ok"})");
  if (path == "/ready") {
    if (ctx_.store.Ping()) return JsonResponse(200, R"({"status":"ready"})");
    return ErrorResponse(MakeError(ErrorCode::kUnavailable, "De databank is niet bereikbaar."));
  }
  if (path == "/api" || path.starts_with("/api/")) {
    Response response = HandleApi(request, path);
    response.SetHeader("Cache-Control", "no-store");
    return response;
  }
  if (options_.static_files) {
    if (auto file = options_.static_files->Serve(request)) return *file;
  }
  return ErrorResponse(MakeError(ErrorCode::kNotFound, "Deze pagina bestaat niet."));
}

bool Api::AcceptsUpload(const std::string& method, const std::string& target) const {
  Request request;
  request.method = method;
  request.target = target;
  const std::string path = request.Path();
  return std::any_of(routes_.begin(), routes_.end(),
                     [&](const Route& r) { return r.upload && r.method == method && Match(r.pattern, path); });
}

Response Api::HandleApi(const Request& request, const std::string& path) const {
  if (path == "/api/v1/openapi.yaml" && (request.method == "GET" || request.method == "HEAD")) {
    Response response;
    response.SetHeader("Content-Type", "application/yaml; charset=utf-8");
    response.body = options_.openapi_yaml;
    return response;
  }
  const Route* route = nullptr;
  std::map<std::string, std::string> params;
  std::string allowed;
  for (const Route& r : routes_) {
    auto matched = Match(r.pattern, path);
    if (!matched) continue;
    if (r.method == request.method) {
      route = &r;
      params = std::move(*matched);
      break;
    }
    allowed += (allowed.empty() ? "" : ", ") + r.method;
  }
  if (route == nullptr) {
    if (allowed.empty()) return ErrorResponse(MakeError(ErrorCode::kNotFound, "Deze API-route bestaat niet."));
    Response response = ErrorResponse(MakeError(ErrorCode::kInvalidArgument, "Deze methode is hier niet toegestaan."));
    response.status = 405;
    response.SetHeader("Allow", allowed);
    return response;
  }

  RouteContext rc{request, std::move(params), std::nullopt, std::nullopt, false};
  const std::optional<std::string> token = request.Cookie(kSessionCookie);
  if (token && !token->empty()) {
    Result<app::Actor> actor = app::Authenticate(ctx_, *token);
    if (actor) {
      rc.actor = std::move(*actor);
    } else if (actor.error().code != ErrorCode::kUnauthenticated) {
      return ErrorResponse(actor.error());
    }
  }
  if (Status allowed_here = app::Authorize(*route->access, rc.actor); !allowed_here) {
    return ErrorResponse(allowed_here.error());
  }
  // Public routes carry no ambient credential to abuse, so only sessions need the CSRF token.
  if (route->access->kind != app::Access::Kind::kPublic && ChangesState(request.method) &&
      !SameToken(request.Header("x-csrf-token"), rc.actor->csrf_token)) {
    return ErrorResponse(
        MakeError(ErrorCode::kPermissionDenied,
                  "Dit verzoek mist een geldige beveiligingscode (X-CSRF-Token). Laad de pagina opnieuw."));
  }

  Response response = route->handler(ctx_, rc);
  const bool secure = options_.always_secure_cookies || request.secure;
  if (rc.set_session_cookie) response.SetHeader("Set-Cookie", SessionCookie(*rc.set_session_cookie, secure, false));
  if (rc.clear_session_cookie) response.SetHeader("Set-Cookie", SessionCookie("", secure, true));
  return response;
}

}  // namespace leerplek::http
