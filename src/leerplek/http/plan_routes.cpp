// Routes for a module's saved plans: the Expeditie HR rotation (R14) and the Digitaal vaardig groups (R15).
#include "leerplek/app/module_plans.hpp"
#include "leerplek/http/handler_support.hpp"
#include "leerplek/http/json_body.hpp"

namespace leerplek::http {
namespace {

namespace policy = app::policy;

json UsersJson(const std::vector<domain::User>& users) {
  json out = json::array();
  for (const auto& u : users) out.push_back({{"id", std::to_string(u.id.value)}, {"name", u.name}});
  return out;
}

json OptId(const auto& id) {
  if (!id) return nullptr;
  return id->value;
}

json RotationJson(const app::RotationPlanView& v) {
  json days = json::array();
  for (const auto& d : v.days) days.push_back(domain::IsoDate(d));
  json out = {{"cohort_id", v.cohort.value},       {"module", v.module}, {"module_name", v.module_name}, {"days", days},
              {"students", UsersJson(v.students)}, {"plan", nullptr}};
  if (v.plan) {
    json settings = json::array();
    for (const auto& s : v.plan->settings) {
      settings.push_back({{"id", s.id},
                          {"capacity", s.capacity},
                          {"organisation_id", OptId(s.organisation)},
                          {"mentor_id", OptId(s.mentor)}});
    }
    json assignments = json::array();
    for (const auto& a : v.plan->assignments) {
      assignments.push_back({{"student", a.student}, {"date", domain::IsoDate(a.date)}, {"setting", a.setting}});
    }
    out["plan"] = {{"block_days", v.plan->block_days},
                   {"settings", settings},
                   {"assignments", assignments},
                   {"min_distinct_settings", v.distinct.min_per_student},
                   {"total_distinct", v.distinct.total},
                   {"published_at", v.plan->published_at ? json(IsoTime(*v.plan->published_at)) : json(nullptr)},
                   {"updated_at", IsoTime(v.plan->updated_at)}};
  }
  return out;
}

json GroupingJson(const app::GroupingView& v) {
  json out = {{"cohort_id", v.cohort.value},
              {"module", v.module},
              {"module_name", v.module_name},
              {"students", UsersJson(v.students)},
              {"grouping", nullptr}};
  if (v.grouping) {
    json companies = json::array();
    for (const auto& c : v.grouping->companies) companies.push_back({{"id", c.id}, {"capacity", c.capacity}});
    json groups = json::array();
    for (const auto& g : v.grouping->groups) groups.push_back({{"students", g.students}, {"company", g.company}});
    out["grouping"] = {
        {"companies", companies},
        {"preferences", v.grouping->preferences},
        {"groups", groups},
        {"preferences_honoured", v.preferences_honoured},
        {"published_at", v.grouping->published_at ? json(IsoTime(*v.grouping->published_at)) : json(nullptr)},
        {"updated_at", IsoTime(v.grouping->updated_at)}};
  }
  return out;
}

struct ModuleParams {
  domain::CohortId cohort;
  std::string module;
};

Result<ModuleParams> ModuleOf(const RouteContext& rc) {
  Result<std::int64_t> id = IdParam(rc, "id", "Deze cohorte bestaat niet.");
  if (!id) return id.error();
  return ModuleParams{domain::CohortId{*id}, rc.params.at("module")};
}

// An array member of the body, each element read by `each`; a wrong shape is named by its path.
void ForEach(JsonBody& b, const std::string& field, bool required,
             const std::function<void(const json&, const std::string&)>& each) {
  const json* list = b.Raw(field);
  if (list == nullptr) {
    if (required) b.Add(field, "Dit veld is verplicht.");
    return;
  }
  if (!list->is_array() || list->size() > 10000) {
    b.Add(field, "Dit veld moet een lijst zijn.");
    return;
  }
  for (std::size_t i = 0; i < list->size(); ++i) each((*list)[i], field + "[" + std::to_string(i) + "]");
}

std::optional<std::string> TextAt(JsonBody& b, const json& j, const std::string& path, const char* member) {
  if (j.is_object() && j.contains(member) && j[member].is_string()) return j[member].get<std::string>();
  b.Add(path + "." + member, "Moet tekst zijn.");
  return std::nullopt;
}

std::optional<int> IntAt(JsonBody& b, const json& j, const std::string& path, const char* member) {
  if (j.is_object() && j.contains(member) && j[member].is_number_integer())
    return static_cast<int>(std::clamp<std::int64_t>(j[member].get<std::int64_t>(), -1, 100000));
  b.Add(path + "." + member, "Moet een geheel getal zijn.");
  return std::nullopt;
}

template <typename IdT>
std::optional<IdT> OptIdAt(JsonBody& b, const json& j, const std::string& path, const char* member) {
  if (!j.is_object() || !j.contains(member) || j[member].is_null()) return std::nullopt;
  if (j[member].is_number_integer() && j[member].get<std::int64_t>() > 0) return IdT{j[member].get<std::int64_t>()};
  b.Add(path + "." + member, "Moet een id zijn.");
  return std::nullopt;
}

Response GetRotationHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<ModuleParams> m = ModuleOf(rc);
  if (!m) return ErrorResponse(m.error());
  return Respond<app::RotationPlanView>(app::GetRotationPlan(ctx, *rc.actor, m->cohort, m->module), 200, RotationJson);
}

Response PutRotationHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<ModuleParams> m = ModuleOf(rc);
  if (!m) return ErrorResponse(m.error());
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  JsonBody& b = *parsed;
  app::SaveRotationCommand command{m->cohort, m->module, 1, {}, std::nullopt};
  if (const json* block = b.Raw("block_days"); block && block->is_number_integer()) {
    command.block_days = static_cast<int>(std::clamp<std::int64_t>(block->get<std::int64_t>(), -1, 100000));
  } else {
    b.Add("block_days", "Geef het aantal dagen per blok als geheel getal.");
  }
  ForEach(b, "settings", true, [&](const json& s, const std::string& at) {
    app::RotationSettingRecord r;
    r.id = TextAt(b, s, at, "id").value_or("");
    r.capacity = IntAt(b, s, at, "capacity").value_or(0);
    r.organisation = OptIdAt<domain::OrganisationId>(b, s, at, "organisation_id");
    r.mentor = OptIdAt<domain::UserId>(b, s, at, "mentor_id");
    command.settings.push_back(std::move(r));
  });
  if (b.Raw("assignments") != nullptr) {
    command.assignments.emplace();
    ForEach(b, "assignments", false, [&](const json& a, const std::string& at) {
      domain::RotationAssignment r;
      r.student = TextAt(b, a, at, "student").value_or("");
      r.setting = TextAt(b, a, at, "setting").value_or("");
      const std::optional<std::string> date = TextAt(b, a, at, "date");
      if (auto d = date ? domain::ParseIsoDate(*date) : std::nullopt) {
        r.date = *d;
      } else if (date) {
        b.Add(at + ".date", "Geen geldige datum (JJJJ-MM-DD).");
      }
      command.assignments->push_back(std::move(r));
    });
  }
  if (Status ok = b.Check(); !ok) return ErrorResponse(ok.error());
  return Respond<app::RotationPlanView>(app::SaveRotationPlan(ctx, *rc.actor, command), 200, RotationJson);
}

Response PublishRotationHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<ModuleParams> m = ModuleOf(rc);
  if (!m) return ErrorResponse(m.error());
  return Respond<app::RotationPlanView>(app::PublishRotationPlan(ctx, *rc.actor, m->cohort, m->module), 200,
                                        RotationJson);
}

Response GetGroupingHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<ModuleParams> m = ModuleOf(rc);
  if (!m) return ErrorResponse(m.error());
  return Respond<app::GroupingView>(app::GetGrouping(ctx, *rc.actor, m->cohort, m->module), 200, GroupingJson);
}

Response PutGroupingHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<ModuleParams> m = ModuleOf(rc);
  if (!m) return ErrorResponse(m.error());
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  JsonBody& b = *parsed;
  app::SaveGroupingCommand command{m->cohort, m->module, {}, {}, std::nullopt};
  ForEach(b, "companies", true, [&](const json& c, const std::string& at) {
    std::string id;
    if (c.is_object() && c.contains("id") && c["id"].is_number_integer()) {
      id = std::to_string(c["id"].get<std::int64_t>());
    } else if (auto text = TextAt(b, c, at, "id")) {
      id = *text;
    }
    command.companies.push_back({id, IntAt(b, c, at, "capacity").value_or(0)});
  });
  if (const json* prefs = b.Raw("preferences")) {
    if (!prefs->is_object()) {
      b.Add("preferences", "Geef de voorkeuren als object student → bedrijf.");
    } else {
      for (const auto& [student, company] : prefs->items()) {
        if (company.is_string()) {
          command.preferences[student] = company.get<std::string>();
        } else if (company.is_number_integer()) {
          command.preferences[student] = std::to_string(company.get<std::int64_t>());
        } else if (!company.is_null()) {
          b.Add("preferences." + student, "Kies een bedrijf.");
        }
      }
    }
  }
  if (b.Raw("groups") != nullptr) {
    command.groups.emplace();
    ForEach(b, "groups", false, [&](const json& g, const std::string& at) {
      domain::StudentGroup group;
      group.company = TextAt(b, g, at, "company").value_or("");
      if (g.is_object() && g.contains("students") && g["students"].is_array()) {
        for (const json& s : g["students"]) {
          if (s.is_string()) group.students.push_back(s.get<std::string>());
        }
      } else {
        b.Add(at + ".students", "Geef de studenten van de groep als lijst.");
      }
      command.groups->push_back(std::move(group));
    });
  }
  if (Status ok = b.Check(); !ok) return ErrorResponse(ok.error());
  return Respond<app::GroupingView>(app::SaveGrouping(ctx, *rc.actor, command), 200, GroupingJson);
}

Response PublishGroupingHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<ModuleParams> m = ModuleOf(rc);
  if (!m) return ErrorResponse(m.error());
  return Respond<app::GroupingView>(app::PublishGrouping(ctx, *rc.actor, m->cohort, m->module), 200, GroupingJson);
}

Response MyPlansHandler(const app::AppContext& ctx, RouteContext& rc) {
  return Respond<app::MyPlans>(app::GetMyPlans(ctx, *rc.actor), 200, [](const app::MyPlans& p) {
    json days = json::array();
    for (const auto& d : p.days) {
      days.push_back({{"module", d.module},
                      {"module_name", d.module_name},
                      {"date", domain::IsoDate(d.date)},
                      {"setting", d.setting},
                      {"organisation", d.organisation_name},
                      {"student", d.student_name}});
    }
    json groups = json::array();
    for (const auto& g : p.groups) {
      groups.push_back(
          {{"module", g.module}, {"module_name", g.module_name}, {"members", g.members}, {"company", g.company_name}});
    }
    return json{{"rotation_days", days}, {"groups", groups}};
  });
}

}  // namespace

std::vector<Route> PlanRoutes() {
  return {
      {"GET", "/api/v1/cohorts/{id}/rotation-plans/{module}", &policy::kProgrammeStaff, GetRotationHandler},
      {"PUT", "/api/v1/cohorts/{id}/rotation-plans/{module}", &policy::kPlanRotations, PutRotationHandler},
      {"POST", "/api/v1/cohorts/{id}/rotation-plans/{module}/publication", &policy::kPlanRotations,
       PublishRotationHandler},
      {"GET", "/api/v1/cohorts/{id}/groupings/{module}", &policy::kProgrammeStaff, GetGroupingHandler},
      {"PUT", "/api/v1/cohorts/{id}/groupings/{module}", &policy::kPlanRotations, PutGroupingHandler},
      {"POST", "/api/v1/cohorts/{id}/groupings/{module}/publication", &policy::kPlanRotations, PublishGroupingHandler},
      {"GET", "/api/v1/me/plans", &policy::kStudentsAndMentors, MyPlansHandler},
  };
}

}  // namespace leerplek::http
