#include "leerplek/http/handler_support.hpp"

#include <date/date.h>

#include <charconv>

namespace leerplek::http {

json RolesJson(const domain::RoleSet& roles) {
  json out = json::array();
  for (domain::Role r : roles.ToVector()) out.push_back(domain::RoleCode(r));
  return out;
}

json UserJson(const domain::User& user) {
  return {{"id", user.id.value}, {"email", user.email}, {"name", user.name}, {"roles", RolesJson(user.roles)}};
}

json AccountJson(const domain::User& user) {
  json out = UserJson(user);
  out["active"] = user.active;
  out["has_password"] = user.has_password;
  return out;
}

std::string IsoTime(app::Timestamp t) { return date::format("%FT%TZ", t); }

Response Json(int status, const json& body) {
  return JsonResponse(status, body.dump(-1, ' ', false, json::error_handler_t::replace));
}

Response NoContent() {
  Response r;
  r.status = 204;
  return r;
}

Result<std::int64_t> IdParam(const RouteContext& rc, const std::string& name, const std::string& not_found_message) {
  const std::string& text = rc.params.at(name);
  std::int64_t id = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || ptr != text.data() + text.size() || id <= 0) {
    return MakeError(ErrorCode::kNotFound, not_found_message);
  }
  return id;
}

}  // namespace leerplek::http
