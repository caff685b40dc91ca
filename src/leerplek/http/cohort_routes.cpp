// Routes for cohorts, their members and CSV import, the calendar and the iCalendar feed.
#include "leerplek/app/calendar.hpp"
#include "leerplek/app/cohorts.hpp"
#include "leerplek/http/handler_support.hpp"
#include "leerplek/http/icalendar.hpp"
#include "leerplek/http/json_body.hpp"

namespace leerplek::http {
namespace {

namespace policy = app::policy;

Result<domain::CohortId> CohortParam(const RouteContext& rc) {
  Result<std::int64_t> id = IdParam(rc, "id", "Deze cohorte bestaat niet.");
  if (!id) return id.error();
  return domain::CohortId{*id};
}

json VersionJson(const std::optional<app::VersionInfo>& v) {
  if (!v) return nullptr;
  return {{"id", v->id},
          {"number", v->number},
          {"label", v->label},
          {"created_at", IsoTime(v->created_at)},
          {"origin", v->origin}};
}

json ContactsJson(const std::vector<domain::CohortContact>& contacts) {
  json out = json::array();
  for (const auto& c : contacts) {
    out.push_back(
        {{"role", domain::ContactRoleCode(c.role)}, {"name", c.name}, {"phone", c.phone}, {"email", c.email}});
  }
  return out;
}

json CohortJson(const app::CohortView& v) {
  return {{"id", v.cohort.id.value},
          {"programme", {{"id", v.programme.id.value}, {"code", v.programme.code}, {"name", v.programme.name}}},
          {"name", v.cohort.name},
          {"academic_year", v.cohort.academic_year},
          {"curriculum_version", VersionJson(v.version)},
          {"contacts", ContactsJson(v.contacts)},
          {"student_count", v.counts.students},
          {"mentor_count", v.counts.mentors}};
}

json MemberJson(const app::CohortMember& m) {
  return {
      {"user", AccountJson(m.user)}, {"role", domain::MemberRoleCode(m.role)}, {"student_number", m.student_number}};
}

std::string_view RowStatusCode(app::ImportRowStatus s) {
  switch (s) {
    case app::ImportRowStatus::kNew: return "new";
    case app::ImportRowStatus::kExisting: return "existing";
    case app::ImportRowStatus::kMember: return "member";
    case app::ImportRowStatus::kError: return "error";
  }
  return "error";
}

json ImportJson(const app::StudentImport& i) {
  json rows = json::array();
  for (const auto& r : i.rows) {
    json errors = json::array();
    for (const auto& e : r.errors) errors.push_back({{"field", e.field}, {"message", e.message}});
    rows.push_back({{"line", r.line},
                    {"name", r.name},
                    {"email", r.email},
                    {"student_number", r.student_number},
                    {"status", RowStatusCode(r.status)},
                    {"errors", errors}});
  }
  return {{"rows", rows}, {"valid_count", i.valid}, {"error_count", i.invalid}};
}

std::string_view WarningKindCode(domain::DayWarningKind k) {
  switch (k) {
    case domain::DayWarningKind::kLegalHoliday: return "legal_holiday";
    case domain::DayWarningKind::kFlemishHoliday: return "flemish_holiday";
    case domain::DayWarningKind::kSunday: return "sunday";
    case domain::DayWarningKind::kClosure: return "closure";
    case domain::DayWarningKind::kOtherModule: return "other_module";
  }
  return "";
}

json DatesJson(const std::vector<domain::Date>& dates) {
  json out = json::array();
  for (const auto& d : dates) out.push_back(domain::IsoDate(d));
  return out;
}

json ModuleCalendarJson(const app::ModuleCalendar& m) {
  json patterns = json::array();
  for (const auto& p : m.rule.patterns) {
    patterns.push_back({{"from", domain::IsoDate(p.from)}, {"to", domain::IsoDate(p.to)}, {"weekdays", p.weekdays}});
  }
  json warnings = json::array();
  for (const auto& w : m.warnings) {
    warnings.push_back({{"date", domain::IsoDate(w.date)}, {"kind", WarningKindCode(w.kind)}, {"message", w.message}});
  }
  return {
      {"code", m.code},
      {"name", m.name},
      {"required_days", m.required_days},
      {"rule", {{"patterns", patterns}, {"added", DatesJson(m.rule.added)}, {"removed", DatesJson(m.rule.removed)}}},
      {"days", DatesJson(m.days)},
      {"warnings", warnings},
      {"started", m.started}};
}

// Reads {"rule": {...}, "confirm_started": bool} with every problem named by its path.
Result<app::SetModuleCalendarCommand> CalendarCommand(const RouteContext& rc) {
  Result<domain::CohortId> cohort = CohortParam(rc);
  if (!cohort) return cohort.error();
  json j = json::parse(rc.request.body, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return InvalidField("body", "De inhoud van het verzoek moet een JSON-object zijn.");
  app::SetModuleCalendarCommand command{*cohort, rc.params.at("module"), {}, false};
  FieldErrors errors;
  if (j.contains("confirm_started")) {
    if (j["confirm_started"].is_boolean()) {
      command.confirm_started = j["confirm_started"].get<bool>();
    } else {
      errors.Add("confirm_started", "Moet waar of onwaar (true/false) zijn.");
    }
  }
  const json rule = j.contains("rule") && j["rule"].is_object() ? j["rule"] : json();
  if (rule.is_null()) {
    errors.Add("rule", "Dit veld is verplicht.");
    return errors.ToError();
  }
  auto date = [&](const json& v, const std::string& path) -> std::optional<domain::Date> {
    std::optional<domain::Date> d;
    if (v.is_string()) d = domain::ParseIsoDate(v.get<std::string>());
    if (!d) errors.Add(path, "Geen geldige datum (JJJJ-MM-DD).");
    return d;
  };
  auto dates = [&](const char* key, std::vector<domain::Date>& out) {
    if (!rule.contains(key)) return;
    if (!rule[key].is_array()) {
      errors.Add(std::string("rule.") + key, "Moet een lijst van datums zijn.");
      return;
    }
    for (std::size_t i = 0; i < rule[key].size() && i < 1000; ++i) {
      if (auto d = date(rule[key][i], std::string("rule.") + key + "[" + std::to_string(i) + "]")) out.push_back(*d);
    }
  };
  if (rule.contains("patterns") && !rule["patterns"].is_array()) errors.Add("rule.patterns", "Moet een lijst zijn.");
  if (rule.contains("patterns") && rule["patterns"].is_array()) {
    for (std::size_t i = 0; i < rule["patterns"].size() && i < 100; ++i) {
      const json& p = rule["patterns"][i];
      const std::string at = "rule.patterns[" + std::to_string(i) + "].";
      if (!p.is_object()) {
        errors.Add(at.substr(0, at.size() - 1), "Moet een object met from, to en weekdays zijn.");
        continue;
      }
      auto from = date(p.value("from", json()), at + "from");
      auto to = date(p.value("to", json()), at + "to");
      std::vector<int> weekdays;
      const json w = p.value("weekdays", json());
      if (!w.is_array() || !std::all_of(w.begin(), w.end(), [](const json& e) { return e.is_number_integer(); })) {
        errors.Add(at + "weekdays", "Moet een lijst van weekdagen (1 = maandag … 7 = zondag) zijn.");
      } else {
        for (const json& e : w)
          weekdays.push_back(static_cast<int>(std::clamp<std::int64_t>(e.get<std::int64_t>(), -100, 100)));
      }
      if (from && to) command.rule.patterns.push_back({*from, *to, weekdays});
    }
  }
  dates("added", command.rule.added);
  dates("removed", command.rule.removed);
  if (!errors.Empty()) return errors.ToError();
  return command;
}

// The domain names rule fields without the "rule." prefix the API uses.
Error PrefixRuleFields(Error e) {
  for (auto& f : e.fields) {
    if (f.field.rfind("patterns", 0) == 0 || f.field.rfind("added", 0) == 0 || f.field.rfind("removed", 0) == 0) {
      f.field = "rule." + f.field;
    }
  }
  return e;
}

Response ModuleCalendarResponse(const Result<app::ModuleCalendar>& result) {
  if (!result) return ErrorResponse(PrefixRuleFields(result.error()));
  return Json(200, ModuleCalendarJson(*result));
}

std::string FeedUrl(const app::AppContext& ctx, const std::string& token) {
  return ctx.settings.base_url + "/api/v1/calendar-feeds/" + token + ".ics";
}

Response ListCohortsHandler(const app::AppContext& ctx, RouteContext& rc) {
  return Respond<std::vector<app::CohortView>>(app::ListCohorts(ctx, *rc.actor), 200,
                                               [](const std::vector<app::CohortView>& cs) {
                                                 json items = json::array();
                                                 for (const auto& c : cs) items.push_back(CohortJson(c));
                                                 return json{{"items", items}};
                                               });
}

Response CreateCohortHandler(const app::AppContext& ctx, RouteContext& rc) {
  json j = json::parse(rc.request.body, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return ErrorResponse(InvalidField("body", "De inhoud van het verzoek moet een JSON-object zijn."));
  FieldErrors errors;
  app::CreateCohortCommand command;
  if (!j.contains("programme_id") || !j["programme_id"].is_number_integer()) {
    errors.Add("programme_id", "Kies een opleiding.");
  } else {
    command.programme = domain::ProgrammeId{j["programme_id"].get<std::int64_t>()};
  }
  if (!j.contains("name") || !j["name"].is_string())
    errors.Add("name", "Dit veld is verplicht.");
  else
    command.name = j["name"].get<std::string>();
  if (!j.contains("academic_year") || !j["academic_year"].is_string())
    errors.Add("academic_year", "Dit veld is verplicht.");
  else
    command.academic_year = j["academic_year"].get<std::string>();
  if (!errors.Empty()) return ErrorResponse(errors.ToError());
  return Respond<app::CohortView>(app::CreateCohort(ctx, *rc.actor, command), 201, CohortJson);
}

Response GetCohortHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::CohortId> id = CohortParam(rc);
  if (!id) return ErrorResponse(id.error());
  return Respond<app::CohortView>(app::GetCohort(ctx, *rc.actor, *id), 200, CohortJson);
}

Response UpdateCohortHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::CohortId> id = CohortParam(rc);
  if (!id) return ErrorResponse(id.error());
  json j = json::parse(rc.request.body, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return ErrorResponse(InvalidField("body", "De inhoud van het verzoek moet een JSON-object zijn."));
  FieldErrors errors;
  app::UpdateCohortCommand command{*id, std::nullopt, std::nullopt};
  if (j.contains("name")) {
    if (j["name"].is_string())
      command.name = j["name"].get<std::string>();
    else
      errors.Add("name", "Moet tekst zijn.");
  }
  if (j.contains("contacts")) {
    if (!j["contacts"].is_array()) {
      errors.Add("contacts", "Moet een lijst zijn.");
    } else {
      command.contacts.emplace();
      for (std::size_t i = 0; i < j["contacts"].size() && i < 50; ++i) {
        const json& c = j["contacts"][i];
        const std::string at = "contacts[" + std::to_string(i) + "].";
        domain::CohortContact contact;
        auto text = [&](const char* key) -> std::string {
          if (c.is_object() && c.contains(key) && c[key].is_string()) return c[key].get<std::string>();
          errors.Add(at + key, "Moet tekst zijn.");
          return {};
        };
        const std::string role = text("role");
        if (auto r = domain::ParseContactRole(role))
          contact.role = *r;
        else if (!role.empty())
          errors.Add(at + "role", "Kies coordinator of programme_lead.");
        contact.name = text("name");
        contact.phone = text("phone");
        contact.email = text("email");
        command.contacts->push_back(std::move(contact));
      }
    }
  }
  if (!errors.Empty()) return ErrorResponse(errors.ToError());
  return Respond<app::CohortView>(app::UpdateCohort(ctx, *rc.actor, command), 200, CohortJson);
}

Response ListMembersHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::CohortId> id = CohortParam(rc);
  if (!id) return ErrorResponse(id.error());
  return Respond<std::vector<app::CohortMember>>(app::ListMembers(ctx, *rc.actor, *id), 200,
                                                 [](const std::vector<app::CohortMember>& ms) {
                                                   json items = json::array();
                                                   for (const auto& m : ms) items.push_back(MemberJson(m));
                                                   return json{{"items", items}};
                                                 });
}

Response AddMemberHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::CohortId> id = CohortParam(rc);
  if (!id) return ErrorResponse(id.error());
  Result<JsonBody> body = JsonBody::Parse(rc.request.body);
  if (!body) return ErrorResponse(body.error());
  app::AddMemberCommand command;
  command.cohort = *id;
  command.email = body->String("email", true).value_or("");
  command.name = body->String("name", true).value_or("");
  command.role = body->String("role", true).value_or("");
  command.student_number = body->String("student_number", false).value_or("");
  if (Status ok = body->Check(); !ok) return ErrorResponse(ok.error());
  return Respond<app::CohortMember>(app::AddCohortMember(ctx, *rc.actor, command), 201, MemberJson);
}

Response PreviewImportHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::CohortId> id = CohortParam(rc);
  if (!id) return ErrorResponse(id.error());
  return Respond<app::StudentImport>(app::PreviewStudentImport(ctx, *rc.actor, *id, rc.request.body), 200, ImportJson);
}

Response ImportStudentsHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::CohortId> id = CohortParam(rc);
  if (!id) return ErrorResponse(id.error());
  Result<app::StudentImportOutcome> outcome = app::ImportStudents(ctx, *rc.actor, *id, rc.request.body);
  if (!outcome) return ErrorResponse(outcome.error());
  if (!outcome->saved) {
    Response r = ErrorResponse(
        MakeError(ErrorCode::kInvalidArgument,
                  std::to_string(outcome->import.invalid) + " rij(en) bevatten fouten; er is niets geïmporteerd."));
    json body = json::parse(r.body);
    body["rows"] = ImportJson(outcome->import)["rows"];
    r.body = body.dump();
    return r;
  }
  return Json(201, ImportJson(outcome->import));
}

Response CalendarHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::CohortId> id = CohortParam(rc);
  if (!id) return ErrorResponse(id.error());
  return Respond<
      app::CohortCalendar>(app::GetCohortCalendar(ctx, *rc.actor, *id), 200, [](const app::CohortCalendar& c) {
    json modules = json::array();
    for (const auto& m : c.modules) modules.push_back(ModuleCalendarJson(m));
    return json{{"modules", modules}, {"flemish_holiday", c.flemish_holiday}, {"closures", ClosuresToJson(c.closures)}};
  });
}

Response SetCalendarHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<app::SetModuleCalendarCommand> command = CalendarCommand(rc);
  if (!command) return ErrorResponse(command.error());
  return ModuleCalendarResponse(app::SetModuleCalendar(ctx, *rc.actor, *command));
}

Response PreviewCalendarHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<app::SetModuleCalendarCommand> command = CalendarCommand(rc);
  if (!command) return ErrorResponse(command.error());
  return ModuleCalendarResponse(app::PreviewModuleCalendar(ctx, *rc.actor, *command));
}

Response GetFeedHandler(const app::AppContext& ctx, RouteContext& rc) {
  return Respond<app::CalendarFeed>(app::GetMyCalendarFeed(ctx, *rc.actor), 200, [&](const app::CalendarFeed& f) {
    return json{{"url", FeedUrl(ctx, f.token)}, {"created_at", IsoTime(f.created_at)}};
  });
}

Response RenewFeedHandler(const app::AppContext& ctx, RouteContext& rc) {
  return Respond<app::CalendarFeed>(app::RenewMyCalendarFeed(ctx, *rc.actor), 201, [&](const app::CalendarFeed& f) {
    return json{{"url", FeedUrl(ctx, f.token)}, {"created_at", IsoTime(f.created_at)}};
  });
}

Response RevokeFeedHandler(const app::AppContext& ctx, RouteContext& rc) {
  if (Status ok = app::RevokeMyCalendarFeed(ctx, *rc.actor); !ok) return ErrorResponse(ok.error());
  return NoContent();
}

Response FeedHandler(const app::AppContext& ctx, RouteContext& rc) {
  std::string token = rc.params.at("token");
  if (token.size() > 4 && token.ends_with(".ics")) token.resize(token.size() - 4);
  Result<std::vector<app::FeedDay>> days = app::CalendarFeedDays(ctx, token);
  if (!days) return ErrorResponse(days.error());
  std::string host = ctx.settings.base_url;
  if (auto p = host.find("://"); p != std::string::npos) host = host.substr(p + 3);
  host = host.substr(0, host.find_first_of(":/"));
  Response r;
  r.SetHeader("Content-Type", "text/calendar; charset=utf-8");
  r.SetHeader("Content-Disposition", "inline; filename=\"werkplekleren.ics\"");
  r.body = WorkplaceDaysCalendar(*days, ctx.clock.Now(), host.empty() ? "leerplek" : host);
  return r;
}

}  // namespace

std::vector<Route> CohortRoutes() {
  return {
      {"GET", "/api/v1/cohorts", &policy::kAnyUser, ListCohortsHandler},
      {"POST", "/api/v1/cohorts", &policy::kManageCohorts, CreateCohortHandler},
      {"GET", "/api/v1/cohorts/{id}", &policy::kAnyUser, GetCohortHandler},
      {"PATCH", "/api/v1/cohorts/{id}", &policy::kManageCohorts, UpdateCohortHandler},
      {"GET", "/api/v1/cohorts/{id}/members", &policy::kProgrammeStaff, ListMembersHandler},
      {"POST", "/api/v1/cohorts/{id}/members", &policy::kManageCohorts, AddMemberHandler},
      {"POST", "/api/v1/cohorts/{id}/student-imports/preview", &policy::kManageCohorts, PreviewImportHandler},
      {"POST", "/api/v1/cohorts/{id}/student-imports", &policy::kManageCohorts, ImportStudentsHandler},
      {"GET", "/api/v1/cohorts/{id}/calendar", &policy::kAnyUser, CalendarHandler},
      {"PUT", "/api/v1/cohorts/{id}/calendar/{module}", &policy::kEditCurriculum, SetCalendarHandler},
      {"POST", "/api/v1/cohorts/{id}/calendar/{module}/preview", &policy::kEditCurriculum, PreviewCalendarHandler},
      {"GET", "/api/v1/me/calendar-feed", &policy::kStudentOnly, GetFeedHandler},
      {"POST", "/api/v1/me/calendar-feed", &policy::kStudentOnly, RenewFeedHandler},
      {"DELETE", "/api/v1/me/calendar-feed", &policy::kStudentOnly, RevokeFeedHandler},
      {"GET", "/api/v1/calendar-feeds/{token}", &policy::kPublic, FeedHandler},
  };
}

}  // namespace leerplek::http
