// Routes for holidays, curriculum import and editing, programmes, closures and staff.
#include <charconv>

#include "leerplek/app/calendar.hpp"
#include "leerplek/app/curricula.hpp"
#include "leerplek/http/handler_support.hpp"
#include "leerplek/http/json_body.hpp"

namespace leerplek::http {
namespace {

namespace policy = app::policy;

json VersionJson(const app::VersionInfo& v) {
  return {{"id", v.id},
          {"number", v.number},
          {"label", v.label},
          {"created_at", IsoTime(v.created_at)},
          {"origin", v.origin}};
}

json ProgrammeJson(const app::ProgrammeView& p) {
  json current = nullptr;
  if (p.current) current = VersionJson(*p.current);
  return {{"id", p.programme.id.value},
          {"code", p.programme.code},
          {"name", p.programme.name},
          {"institution", p.programme.institution},
          {"flemish_holiday", p.programme.flemish_holiday},
          {"current_version", current}};
}

json CurriculumJson(const app::CurriculumView& view) {
  const domain::Curriculum& c = view.curriculum;
  json units = json::array();
  for (const auto& u : c.course_units) {
    json unit = {
        {"name", u.name}, {"kind", domain::CourseUnitKindCode(u.kind)}, {"phase", u.phase}, {"semester", u.semester}};
    if (!u.module_code.empty()) unit["module"] = u.module_code;
    units.push_back(unit);
  }
  json modules = json::array();
  for (const auto& m : c.modules) {
    modules.push_back({{"code", m.code},
                       {"name", m.name},
                       {"phase", m.phase},
                       {"quarters", m.quarters},
                       {"required_days", m.required_days},
                       {"description", m.description},
                       {"goals", m.goals},
                       {"may_share_workplace_with", m.may_share_workplace_with}});
  }
  return {{"version", VersionJson(view.version)},
          {"programme",
           {{"code", c.programme_code},
            {"name", c.programme_name},
            {"institution", c.institution},
            {"version", c.version_label},
            {"phases", c.phases},
            {"notes", c.notes}}},
          {"course_units", units},
          {"modules", modules}};
}

// Reads a curriculum from JSON, naming every field with a wrong type by its path.
Result<domain::Curriculum> CurriculumFromJson(const std::string& body) {
  json j = json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return InvalidField("body", "De inhoud van het verzoek moet een JSON-object zijn.");
  FieldErrors errors;
  auto text = [&](const json& obj, const char* key, const std::string& path, bool required) -> std::string {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) {
      if (required) errors.Add(path, "Dit veld is verplicht.");
      return {};
    }
    if (!it->is_string()) {
      errors.Add(path, "Moet tekst zijn.");
      return {};
    }
    return it->get<std::string>();
  };
  auto integer = [&](const json& obj, const char* key, const std::string& path) -> int {
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_number_integer()) {
      errors.Add(path, "Moet een geheel getal zijn.");
      return 0;
    }
    const auto v = it->get<std::int64_t>();
    return static_cast<int>(std::clamp<std::int64_t>(v, -1000000, 1000000));
  };
  auto texts = [&](const json& obj, const char* key, const std::string& path) -> std::vector<std::string> {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return {};
    if (!it->is_array() || !std::all_of(it->begin(), it->end(), [](const json& e) { return e.is_string(); })) {
      errors.Add(path, "Moet een lijst van teksten zijn.");
      return {};
    }
    return it->get<std::vector<std::string>>();
  };
  auto array = [&](const json& obj, const char* key) -> json {
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_array()) {
      errors.Add(key, "Moet een lijst zijn.");
      return json::array();
    }
    return *it;
  };

  domain::Curriculum c;
  const json programme = j.contains("programme") && j["programme"].is_object() ? j["programme"] : json::object();
  if (!j.contains("programme") || !j["programme"].is_object()) errors.Add("programme", "Dit veld is verplicht.");
  c.programme_code = text(programme, "code", "programme.code", true);
  c.programme_name = text(programme, "name", "programme.name", true);
  c.institution = text(programme, "institution", "programme.institution", false);
  c.version_label = text(programme, "version", "programme.version", true);
  c.phases = programme.contains("phases") ? integer(programme, "phases", "programme.phases") : 0;
  c.notes = text(programme, "notes", "programme.notes", false);
  const json units = array(j, "course_units");
  for (std::size_t i = 0; i < units.size() && i < 500; ++i) {
    const std::string at = "course_units[" + std::to_string(i) + "].";
    const json& u = units[i].is_object() ? units[i] : json::object();
    domain::CourseUnit unit;
    unit.name = text(u, "name", at + "name", true);
    const std::string kind = text(u, "kind", at + "kind", true);
    if (auto k = domain::ParseCourseUnitKind(kind)) {
      unit.kind = *k;
    } else if (!kind.empty()) {
      errors.Add(at + "kind", "Kies professional_role, knowledge_frame of workplace_learning.");
    }
    unit.phase = integer(u, "phase", at + "phase");
    unit.semester = integer(u, "semester", at + "semester");
    unit.module_code = text(u, "module", at + "module", false);
    c.course_units.push_back(std::move(unit));
  }
  const json modules = array(j, "modules");
  for (std::size_t i = 0; i < modules.size() && i < 100; ++i) {
    const std::string at = "modules[" + std::to_string(i) + "].";
    const json& m = modules[i].is_object() ? modules[i] : json::object();
    domain::Module module;
    module.code = text(m, "code", at + "code", true);
    module.name = text(m, "name", at + "name", true);
    module.phase = integer(m, "phase", at + "phase");
    if (!m.contains("quarters") || !m["quarters"].is_array() ||
        !std::all_of(m["quarters"].begin(), m["quarters"].end(), [](const json& q) { return q.is_number_integer(); })) {
      errors.Add(at + "quarters", "Moet een lijst van kwartalen (gehele getallen) zijn.");
    } else {
      for (const json& q : m["quarters"])
        module.quarters.push_back(static_cast<int>(std::clamp<std::int64_t>(q.get<std::int64_t>(), -100, 100)));
    }
    module.required_days = integer(m, "required_days", at + "required_days");
    module.description = text(m, "description", at + "description", false);
    module.goals = texts(m, "goals", at + "goals");
    module.may_share_workplace_with = texts(m, "may_share_workplace_with", at + "may_share_workplace_with");
    c.modules.push_back(std::move(module));
  }
  if (!errors.Empty()) return errors.ToError();
  return c;
}

Result<domain::ProgrammeId> ProgrammeParam(const RouteContext& rc) {
  return RecordParam<domain::ProgrammeId>(rc, "Deze opleiding bestaat niet.");
}

json ClosuresJson(const app::ProgrammeClosures& c) {
  return {{"flemish_holiday", c.flemish_holiday}, {"closures", ClosuresToJson(c.closures)}};
}

Response HolidaysHandler(const app::AppContext&, RouteContext& rc) {
  const std::optional<std::string> text = rc.request.Query("year");
  int year = 0;
  if (!text || text->size() != 4 || std::from_chars(text->data(), text->data() + 4, year).ptr != text->data() + 4) {
    return ErrorResponse(InvalidField("year", "Geef een jaartal tussen 1900 en 2100, bv. ?year=2027."));
  }
  return Respond<std::vector<domain::Holiday>>(app::LegalHolidays(year), 200,
                                               [](const std::vector<domain::Holiday>& hs) {
                                                 json out = json::array();
                                                 for (const auto& h : hs)
                                                   out.push_back({{"date", domain::IsoDate(h.date)}, {"name", h.name}});
                                                 return out;
                                               });
}

Response ImportCurriculumHandler(const app::AppContext& ctx, RouteContext& rc) {
  return Respond<app::ImportedCurriculum>(
      app::ImportCurriculum(ctx, rc.actor, rc.request.body), 201, [](const app::ImportedCurriculum& i) {
        return json{{"programme", ProgrammeJson(i.programme)}, {"version", VersionJson(i.version)}};
      });
}

Response ListProgrammesHandler(const app::AppContext& ctx, RouteContext& rc) {
  return Respond<std::vector<app::ProgrammeView>>(app::ListProgrammes(ctx, *rc.actor), 200,
                                                  [](const std::vector<app::ProgrammeView>& ps) {
                                                    json items = json::array();
                                                    for (const auto& p : ps) items.push_back(ProgrammeJson(p));
                                                    return json{{"items", items}};
                                                  });
}

Response GetCurriculumHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::ProgrammeId> id = ProgrammeParam(rc);
  if (!id) return ErrorResponse(id.error());
  return Respond<app::CurriculumView>(app::GetCurrentCurriculum(ctx, *rc.actor, *id), 200, CurriculumJson);
}

Response PutCurriculumHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::ProgrammeId> id = ProgrammeParam(rc);
  if (!id) return ErrorResponse(id.error());
  Result<domain::Curriculum> curriculum = CurriculumFromJson(rc.request.body);
  if (!curriculum) return ErrorResponse(curriculum.error());
  return Respond<app::CurriculumView>(app::SaveCurriculum(ctx, *rc.actor, *id, std::move(*curriculum)), 201,
                                      CurriculumJson);
}

Response VersionsHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::ProgrammeId> id = ProgrammeParam(rc);
  if (!id) return ErrorResponse(id.error());
  return Respond<std::vector<app::VersionInfo>>(app::ListCurriculumVersions(ctx, *rc.actor, *id), 200,
                                                [](const std::vector<app::VersionInfo>& vs) {
                                                  json items = json::array();
                                                  for (const auto& v : vs) items.push_back(VersionJson(v));
                                                  return json{{"items", items}};
                                                });
}

Response GetClosuresHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::ProgrammeId> id = ProgrammeParam(rc);
  if (!id) return ErrorResponse(id.error());
  return Respond<app::ProgrammeClosures>(app::GetClosures(ctx, *rc.actor, *id), 200, ClosuresJson);
}

Response PutClosuresHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::ProgrammeId> id = ProgrammeParam(rc);
  if (!id) return ErrorResponse(id.error());
  json j = json::parse(rc.request.body, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return ErrorResponse(InvalidField("body", "De inhoud van het verzoek moet een JSON-object zijn."));
  FieldErrors errors;
  app::ProgrammeClosures closures;
  if (!j.contains("flemish_holiday") || !j["flemish_holiday"].is_boolean()) {
    errors.Add("flemish_holiday", "Moet waar of onwaar (true/false) zijn.");
  } else {
    closures.flemish_holiday = j["flemish_holiday"].get<bool>();
  }
  closures.closures = ClosuresFromJson(j.value("closures", json()), errors);
  if (!errors.Empty()) return ErrorResponse(errors.ToError());
  return Respond<app::ProgrammeClosures>(app::SaveClosures(ctx, *rc.actor, *id, closures), 200, ClosuresJson);
}

Response AddStaffHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::ProgrammeId> id = ProgrammeParam(rc);
  if (!id) return ErrorResponse(id.error());
  json j = json::parse(rc.request.body, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("user_id") || !j["user_id"].is_number_integer()) {
    return ErrorResponse(InvalidField("user_id", "Geef het nummer van de gebruiker (user_id)."));
  }
  if (Status ok = app::AddProgrammeStaff(ctx, rc.actor, *id, domain::UserId{j["user_id"].get<std::int64_t>()}); !ok) {
    return ErrorResponse(ok.error());
  }
  return NoContent();
}

}  // namespace

std::vector<Route> ProgrammeRoutes() {
  return {
      {"GET", "/api/v1/holidays", &policy::kAnyUser, HolidaysHandler},
      {"POST", "/api/v1/curriculum-imports", &policy::kImportCurriculum, ImportCurriculumHandler},
      {"GET", "/api/v1/programmes", &policy::kProgrammeStaff, ListProgrammesHandler},
      {"GET", "/api/v1/programmes/{id}/curriculum", &policy::kAnyUser, GetCurriculumHandler},
      {"PUT", "/api/v1/programmes/{id}/curriculum", &policy::kEditCurriculum, PutCurriculumHandler},
      {"GET", "/api/v1/programmes/{id}/versions", &policy::kProgrammeStaff, VersionsHandler},
      {"GET", "/api/v1/programmes/{id}/closures", &policy::kProgrammeStaff, GetClosuresHandler},
      {"PUT", "/api/v1/programmes/{id}/closures", &policy::kEditCurriculum, PutClosuresHandler},
      {"POST", "/api/v1/programmes/{id}/staff", &policy::kImportCurriculum, AddStaffHandler},
  };
}

}  // namespace leerplek::http
