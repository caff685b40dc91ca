// The JSON API and everything else the server answers, as one plain function
// of a request; the route table is the single list of what exists and who may call it.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "leerplek/app/context.hpp"
#include "leerplek/app/policy.hpp"
#include "leerplek/http/message.hpp"
#include "leerplek/http/static_files.hpp"

namespace leerplek::http {

inline constexpr const char* kSessionCookie = "leerplek_session";

struct RouteContext {
  const Request& request;
  std::map<std::string, std::string> params;
  std::optional<app::Actor> actor;
  // Set by a handler that starts or ends a session.
  std::optional<std::string> set_session_cookie;
  bool clear_session_cookie = false;
};

using Handler = std::function<Response(const app::AppContext&, RouteContext&)>;

struct Route {
  std::string method;
  std::string pattern;  // segments in braces are parameters: /api/v1/users/{id}
  const app::Access* access;
  Handler handler;
  bool upload = false;  // takes a file as its body, up to ServerOptions::max_upload_bytes
};

struct ApiOptions {
  std::string openapi_yaml;
  std::optional<StaticFiles> static_files;
  bool always_secure_cookies = false;  // true when the public URL is https
};

class Api {
 public:
  Api(app::AppContext ctx, ApiOptions options);
  [[nodiscard]] Response Handle(const Request& request) const;
  [[nodiscard]] const std::vector<Route>& Routes() const { return routes_; }
  // True for requests answered without storage or disk (GET /health), safe on an I/O thread.
  [[nodiscard]] static bool AnswersWithoutStorage(const Request& request);
  // True when the request goes to an upload route (the server then allows a larger body).
  [[nodiscard]] bool AcceptsUpload(const std::string& method, const std::string& target) const;

 private:
  Response Dispatch(const Request& request) const;
  Response HandleApi(const Request& request, const std::string& path) const;
  app::AppContext ctx_;
  ApiOptions options_;
  std::vector<Route> routes_;
};

// Every route of the API (health and static files are outside it).
std::vector<Route> ApiRoutes();

Response JsonResponse(int status, const std::string& json_text);

}  // namespace leerplek::http
