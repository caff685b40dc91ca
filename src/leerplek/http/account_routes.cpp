// Routes for accounts, users and the audit trail: thin handlers, JSON in, a use case, JSON out.
#include <charconv>

#include "leerplek/app/accounts.hpp"
#include "leerplek/app/audit.hpp"
#include "leerplek/app/users.hpp"
#include "leerplek/http/api.hpp"
#include "leerplek/http/handler_support.hpp"
#include "leerplek/http/json_body.hpp"

namespace leerplek::http {
namespace {

namespace policy = app::policy;

Result<domain::UserId> UserIdParam(const RouteContext& rc) {
  Result<std::int64_t> id = IdParam(rc, "id", "Deze gebruiker bestaat niet.");
  if (!id) return id.error();
  return domain::UserId{*id};
}

Response LogInHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<JsonBody> body = JsonBody::Parse(rc.request.body);
  if (!body) return ErrorResponse(body.error());
  app::LogInCommand command;
  command.email = body->String("email", true).value_or("");
  command.password = body->String("password", true).value_or("");
  command.remote_address = rc.request.remote_address;
  if (Status ok = body->Check(); !ok) return ErrorResponse(ok.error());
  Result<app::LogInResult> result = app::LogIn(ctx, command);
  if (!result) return ErrorResponse(result.error());
  rc.set_session_cookie = result->session_token;
  return Json(200, {{"user", UserJson(result->user)}, {"csrf_token", result->csrf_token}});
}

Response LogOutHandler(const app::AppContext& ctx, RouteContext& rc) {
  if (Status ok = app::LogOut(ctx, *rc.actor); !ok) return ErrorResponse(ok.error());
  rc.clear_session_cookie = true;
  return NoContent();
}

Response MeHandler(const app::AppContext&, RouteContext& rc) {
  Response response = Json(200, UserJson(rc.actor->user));
  response.SetHeader("X-CSRF-Token", rc.actor->csrf_token);
  return response;
}

Response RequestResetHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<JsonBody> body = JsonBody::Parse(rc.request.body);
  if (!body) return ErrorResponse(body.error());
  app::RequestPasswordResetCommand command{body->String("email", true).value_or("")};
  if (Status ok = body->Check(); !ok) return ErrorResponse(ok.error());
  if (Status ok = app::RequestPasswordReset(ctx, command); !ok) return ErrorResponse(ok.error());
  return Json(202, json::object());
}

Response InspectLinkHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<app::OneTimeLinkInfo> info = app::InspectOneTimeLink(ctx, rc.params.at("token"));
  return Respond<app::OneTimeLinkInfo>(info, 200, [](const app::OneTimeLinkInfo& i) {
    return json{{"purpose", i.purpose == domain::TokenPurpose::kInvitation ? "invitation" : "password_reset"},
                {"email", i.email},
                {"name", i.name}};
  });
}

Response SetPasswordHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<JsonBody> body = JsonBody::Parse(rc.request.body);
  if (!body) return ErrorResponse(body.error());
  app::SetPasswordWithLinkCommand command;
  command.token = body->String("token", true).value_or("");
  command.password = body->String("password", true).value_or("");
  if (Status ok = body->Check(); !ok) return ErrorResponse(ok.error());
  if (Status ok = app::SetPasswordWithLink(ctx, command); !ok) return ErrorResponse(ok.error());
  return NoContent();
}

Response ListUsersHandler(const app::AppContext& ctx, RouteContext& rc) {
  return Respond<std::vector<domain::User>>(app::ListUsers(ctx, *rc.actor), 200,
                                            [](const std::vector<domain::User>& users) {
                                              json items = json::array();
                                              for (const domain::User& u : users) items.push_back(AccountJson(u));
                                              return json{{"items", items}};
                                            });
}

Response GetUserHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::UserId> id = UserIdParam(rc);
  if (!id) return ErrorResponse(id.error());
  return Respond<domain::User>(app::GetUser(ctx, *rc.actor, *id), 200, AccountJson);
}

Response CreateUserHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<JsonBody> body = JsonBody::Parse(rc.request.body);
  if (!body) return ErrorResponse(body.error());
  app::CreateUserCommand command;
  command.email = body->String("email", true).value_or("");
  command.name = body->String("name", true).value_or("");
  command.roles = body->StringList("roles", true).value_or(std::vector<std::string>{});
  command.send_invitation = body->Bool("send_invitation", false).value_or(true);
  if (Status ok = body->Check(); !ok) return ErrorResponse(ok.error());
  return Respond<domain::User>(app::CreateUser(ctx, *rc.actor, command), 201, AccountJson);
}

Response UpdateUserHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::UserId> id = UserIdParam(rc);
  if (!id) return ErrorResponse(id.error());
  Result<JsonBody> body = JsonBody::Parse(rc.request.body);
  if (!body) return ErrorResponse(body.error());
  app::UpdateUserCommand command;
  command.id = *id;
  command.name = body->String("name", false);
  command.roles = body->StringList("roles", false);
  command.active = body->Bool("active", false);
  if (Status ok = body->Check(); !ok) return ErrorResponse(ok.error());
  return Respond<domain::User>(app::UpdateUser(ctx, *rc.actor, command), 200, AccountJson);
}

Response SendInvitationHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::UserId> id = UserIdParam(rc);
  if (!id) return ErrorResponse(id.error());
  if (Status ok = app::SendInvitation(ctx, *rc.actor, *id); !ok) return ErrorResponse(ok.error());
  return Json(202, json::object());
}

json SnapshotJson(const std::optional<app::Snapshot>& s) {
  if (!s) return nullptr;
  return json(*s);
}

Response ListAuditHandler(const app::AppContext& ctx, RouteContext& rc) {
  app::ListAuditEventsQuery query;
  FieldErrors errors;
  auto read_int = [&](const char* name, auto assign) {
    if (auto text = rc.request.Query(name)) {
      std::int64_t v = 0;
      auto [ptr, ec] = std::from_chars(text->data(), text->data() + text->size(), v);
      if (ec != std::errc() || ptr != text->data() + text->size() || v < 1) {
        errors.Add(name, "Geef een positief geheel getal.");
      } else {
        assign(v);
      }
    }
  };
  read_int("limit", [&](std::int64_t v) { query.limit = static_cast<int>(std::min<std::int64_t>(v, 1000)); });
  read_int("before", [&](std::int64_t v) { query.before_id = v; });
  if (!errors.Empty()) return ErrorResponse(errors.ToError());
  return Respond<app::AuditPage>(app::ListAuditEvents(ctx, *rc.actor, query), 200, [](const app::AuditPage& page) {
    json items = json::array();
    for (const app::AuditEvent& e : page.items) {
      json actor = nullptr;
      if (e.actor) actor = {{"id", e.actor->value}, {"name", e.actor_name}};
      items.push_back({{"id", e.id},
                       {"at", IsoTime(e.at)},
                       {"actor", actor},
                       {"action", e.action},
                       {"entity", e.entity},
                       {"entity_id", e.entity_id},
                       {"before", SnapshotJson(e.before)},
                       {"after", SnapshotJson(e.after)}});
    }
    json next = nullptr;
    if (page.next_before) next = *page.next_before;
    return json{{"items", items}, {"next_before", next}};
  });
}

}  // namespace

std::vector<Route> AccountRoutes() {
  return {
      {"POST", "/api/v1/session", &policy::kPublic, LogInHandler},
      {"DELETE", "/api/v1/session", &policy::kAnyUser, LogOutHandler},
      {"GET", "/api/v1/me", &policy::kAnyUser, MeHandler},
      {"POST", "/api/v1/password-reset-requests", &policy::kPublic, RequestResetHandler},
      {"GET", "/api/v1/password-resets/{token}", &policy::kPublic, InspectLinkHandler},
      {"POST", "/api/v1/password-resets", &policy::kPublic, SetPasswordHandler},
      {"GET", "/api/v1/users", &policy::kManageUsers, ListUsersHandler},
      {"POST", "/api/v1/users", &policy::kManageUsers, CreateUserHandler},
      {"GET", "/api/v1/users/{id}", &policy::kManageUsers, GetUserHandler},
      {"PATCH", "/api/v1/users/{id}", &policy::kManageUsers, UpdateUserHandler},
      {"POST", "/api/v1/users/{id}/invitations", &policy::kManageUsers, SendInvitationHandler},
      {"GET", "/api/v1/audit-events", &policy::kReadAuditTrail, ListAuditHandler},
  };
}

}  // namespace leerplek::http
