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

json ClosuresToJson(const std::vector<domain::ClosurePeriod>& closures) {
  json out = json::array();
  for (const auto& c : closures)
    out.push_back({{"from", domain::IsoDate(c.from)}, {"to", domain::IsoDate(c.to)}, {"name", c.name}});
  return out;
}

std::vector<domain::ClosurePeriod> ClosuresFromJson(const json& list, FieldErrors& errors) {
  std::vector<domain::ClosurePeriod> out;
  if (!list.is_array()) {
    errors.Add("closures", "Moet een lijst zijn.");
    return out;
  }
  for (std::size_t i = 0; i < list.size() && i <= 200; ++i) {
    const json& c = list[i];
    const std::string at = "closures[" + std::to_string(i) + "].";
    auto date = [&](const char* key) -> std::optional<domain::Date> {
      std::optional<domain::Date> d;
      if (c.is_object() && c.contains(key) && c[key].is_string()) d = domain::ParseIsoDate(c[key].get<std::string>());
      if (!d) errors.Add(at + key, "Geen geldige datum (JJJJ-MM-DD).");
      return d;
    };
    const auto from = date("from");
    const auto to = date("to");
    const std::string name =
        c.is_object() && c.contains("name") && c["name"].is_string() ? c["name"].get<std::string>() : "";
    if (from && to) out.push_back({*from, *to, name});
  }
  return out;
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

json OptDateJson(const std::optional<domain::Date>& date) {
  if (!date) return nullptr;
  return domain::IsoDate(*date);
}

Response FileResponse(const Result<app::ExportFile>& file) {
  if (!file) return ErrorResponse(file.error());
  Response r;
  r.SetHeader("Content-Type", file->content_type);
  r.SetHeader("Content-Disposition", "attachment; filename=\"" + file->file_name + "\"");
  r.SetHeader("Cache-Control", "private, no-store");
  r.body = file->bytes;
  return r;
}

Result<domain::OrganisationId> OrganisationParam(const RouteContext& rc) {
  Result<std::int64_t> id = IdParam(rc, "id", "Deze werkplek bestaat niet.");
  if (!id) return id.error();
  return domain::OrganisationId{*id};
}

}  // namespace leerplek::http
