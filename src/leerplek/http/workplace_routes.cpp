// Routes for workplaces (R11, R16), mentor profiles and rotation planning (R14).
#include "leerplek/app/rotation_plans.hpp"
#include "leerplek/app/workplaces.hpp"
#include "leerplek/http/handler_support.hpp"
#include "leerplek/http/json_body.hpp"

namespace leerplek::http {
namespace {

namespace policy = app::policy;

// Reads the contract's request, naming every field with a wrong type by its path.
Result<domain::RotationRequest> RotationRequestFromJson(const std::string& body) {
  json j = json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return InvalidField("body", "De inhoud van het verzoek moet een JSON-object zijn.");
  FieldErrors errors;
  domain::RotationRequest request;
  if (!j.contains("days") || !j["days"].is_array()) {
    errors.Add("days", "Geef de werkplekdagen als lijst van datums (JJJJ-MM-DD).");
  } else {
    for (std::size_t i = 0; i < j["days"].size() && i <= domain::kMaxRotationDays; ++i) {
      const json& d = j["days"][i];
      std::optional<domain::Date> date;
      if (d.is_string()) date = domain::ParseIsoDate(d.get<std::string>());
      if (date) {
        request.days.push_back(*date);
      } else {
        errors.Add("days[" + std::to_string(i) + "]", "Geen geldige datum (JJJJ-MM-DD).");
      }
    }
  }
  if (!j.contains("block_days") || !j["block_days"].is_number_integer()) {
    errors.Add("block_days", "Geef het aantal dagen per blok als geheel getal.");
  } else {
    request.block_days = static_cast<int>(std::clamp<std::int64_t>(j["block_days"].get<std::int64_t>(), -1, 100000));
  }
  if (!j.contains("settings") || !j["settings"].is_array()) {
    errors.Add("settings", "Geef de werkplekken als lijst met id en capacity.");
  } else {
    for (std::size_t i = 0; i < j["settings"].size() && i <= domain::kMaxRotationSettings; ++i) {
      const json& s = j["settings"][i];
      const std::string at = "settings[" + std::to_string(i) + "].";
      domain::RotationSetting setting;
      if (s.is_object() && s.contains("id") && s["id"].is_string()) {
        setting.id = s["id"].get<std::string>();
      } else {
        errors.Add(at + "id", "Moet tekst zijn.");
      }
      if (s.is_object() && s.contains("capacity") && s["capacity"].is_number_integer()) {
        setting.capacity = static_cast<int>(std::clamp<std::int64_t>(s["capacity"].get<std::int64_t>(), -1, 100000));
      } else {
        errors.Add(at + "capacity", "Moet een geheel getal zijn.");
      }
      request.settings.push_back(std::move(setting));
    }
  }
  if (!j.contains("students") || !j["students"].is_array()) {
    errors.Add("students", "Geef de studenten als lijst van id's.");
  } else {
    for (std::size_t i = 0; i < j["students"].size() && i <= domain::kMaxRotationStudents; ++i) {
      const json& s = j["students"][i];
      if (s.is_string()) {
        request.students.push_back(s.get<std::string>());
      } else {
        errors.Add("students[" + std::to_string(i) + "]", "Moet tekst zijn.");
      }
    }
  }
  if (!errors.Empty()) return errors.ToError();
  return request;
}

Response PreviewRotationHandler(const app::AppContext&, RouteContext& rc) {
  Result<domain::RotationRequest> request = RotationRequestFromJson(rc.request.body);
  if (!request) return ErrorResponse(request.error());
  return Respond<domain::RotationPlan>(
      app::PreviewRotationPlan(*rc.actor, *request), 200, [](const domain::RotationPlan& p) {
        json assignments = json::array();
        for (const auto& a : p.assignments) {
          assignments.push_back({{"student", a.student}, {"date", domain::IsoDate(a.date)}, {"setting", a.setting}});
        }
        return json{{"assignments", assignments}, {"min_distinct_settings", p.min_distinct_settings}};
      });
}

json OrganisationJson(const domain::Organisation& o) {
  return {{"id", o.id.value},
          {"name", o.name},
          {"kind", domain::OrganisationKindCode(o.kind)},
          {"kind_name", domain::OrganisationKindDutchName(o.kind)},
          {"street", o.street},
          {"postcode", o.postcode},
          {"city", o.city},
          {"start_time", domain::ClockTime(o.start_minutes)},
          {"risk_analysis_valid_until", OptDateJson(o.risk_analysis_valid_until)},
          {"closures", ClosuresToJson(o.closures)}};
}

// Reads a whole organisation; every missing or mistyped field is named.
Result<domain::Organisation> OrganisationFromJson(const std::string& body) {
  Result<JsonBody> parsed = JsonBody::Parse(body);
  if (!parsed) return parsed.error();
  JsonBody& b = *parsed;
  domain::Organisation o;
  FieldErrors extra;
  o.name = b.String("name", true).value_or("");
  const std::string kind = b.String("kind", true).value_or("");
  o.street = b.String("street", false).value_or("");
  o.postcode = b.String("postcode", true).value_or("");
  o.city = b.String("city", true).value_or("");
  const std::string start = b.String("start_time", true).value_or("08:30");
  const std::optional<std::string> risk = b.String("risk_analysis_valid_until", false);
  if (Status ok = b.Check(); !ok) return ok.error();
  if (auto k = domain::ParseOrganisationKind(kind)) {
    o.kind = *k;
  } else {
    extra.Add("kind", "Kies een soort werkplek uit de lijst.");
  }
  if (auto minutes = domain::ParseClockTime(start)) {
    o.start_minutes = *minutes;
  } else {
    extra.Add("start_time", "Schrijf het beginuur als UU:MM, bv. 08:30.");
  }
  if (risk && !risk->empty()) {
    if (auto d = domain::ParseIsoDate(*risk)) {
      o.risk_analysis_valid_until = *d;
    } else {
      extra.Add("risk_analysis_valid_until", "Geen geldige datum (JJJJ-MM-DD).");
    }
  }
  const json j = json::parse(body, nullptr, false);
  if (j.contains("closures")) o.closures = ClosuresFromJson(j["closures"], extra);
  if (!extra.Empty()) return extra.ToError();
  return o;
}

Response ListOrganisationsHandler(const app::AppContext& ctx, RouteContext& rc) {
  return Respond<std::vector<domain::Organisation>>(app::ListOrganisations(ctx, *rc.actor), 200,
                                                    [](const std::vector<domain::Organisation>& os) {
                                                      json items = json::array();
                                                      for (const auto& o : os) items.push_back(OrganisationJson(o));
                                                      return json{{"items", items}};
                                                    });
}

Response GetOrganisationHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::OrganisationId> id = OrganisationParam(rc);
  if (!id) return ErrorResponse(id.error());
  return Respond<domain::Organisation>(app::GetOrganisation(ctx, *rc.actor, *id), 200, OrganisationJson);
}

Response RegisterOrganisationHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::Organisation> o = OrganisationFromJson(rc.request.body);
  if (!o) return ErrorResponse(o.error());
  return Respond<domain::Organisation>(app::RegisterOrganisation(ctx, *rc.actor, std::move(*o)), 201, OrganisationJson);
}

Response UpdateOrganisationHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::OrganisationId> id = OrganisationParam(rc);
  if (!id) return ErrorResponse(id.error());
  Result<domain::Organisation> o = OrganisationFromJson(rc.request.body);
  if (!o) return ErrorResponse(o.error());
  o->id = *id;
  return Respond<domain::Organisation>(app::UpdateOrganisation(ctx, *rc.actor, std::move(*o)), 200, OrganisationJson);
}

json ProfileJson(const domain::MentorProfile& p) {
  json domains = json::array();
  for (auto d : p.domains) domains.push_back(domain::HrDomainCode(d));
  return {{"job_title", p.job_title},
          {"years_of_hr_experience", p.years_of_hr_experience},
          {"domains", domains},
          {"phone", p.phone}};
}

Result<domain::UserId> MentorParam(const RouteContext& rc) {
  Result<std::int64_t> id = IdParam(rc, "id", "Deze mentor bestaat niet.");
  if (!id) return id.error();
  return domain::UserId{*id};
}

Response GetProfileHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::UserId> id = MentorParam(rc);
  if (!id) return ErrorResponse(id.error());
  return Respond<domain::MentorProfile>(app::GetMentorProfile(ctx, *rc.actor, *id), 200, ProfileJson);
}

Response PutProfileHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::UserId> id = MentorParam(rc);
  if (!id) return ErrorResponse(id.error());
  json j = json::parse(rc.request.body, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return ErrorResponse(InvalidField("body", "De inhoud van het verzoek moet een JSON-object zijn."));
  FieldErrors errors;
  domain::MentorProfile p;
  if (j.contains("job_title") && j["job_title"].is_string())
    p.job_title = j["job_title"].get<std::string>();
  else
    errors.Add("job_title", "Vul je functie in.");
  if (j.contains("years_of_hr_experience") && j["years_of_hr_experience"].is_number_integer()) {
    p.years_of_hr_experience =
        static_cast<int>(std::clamp<std::int64_t>(j["years_of_hr_experience"].get<std::int64_t>(), -1, 1000));
  } else {
    errors.Add("years_of_hr_experience", "Moet een geheel getal zijn.");
  }
  if (j.contains("domains")) {
    if (!j["domains"].is_array()) {
      errors.Add("domains", "Moet een lijst van domeinen zijn.");
    } else {
      for (const json& d : j["domains"]) {
        std::optional<domain::HrDomain> parsed;
        if (d.is_string()) parsed = domain::ParseHrDomain(d.get<std::string>());
        if (parsed)
          p.domains.push_back(*parsed);
        else
          errors.Add("domains", "Onbekend HR-domein.");
      }
    }
  }
  if (j.contains("phone")) {
    if (j["phone"].is_string())
      p.phone = j["phone"].get<std::string>();
    else
      errors.Add("phone", "Moet tekst zijn.");
  }
  if (!errors.Empty()) return ErrorResponse(errors.ToError());
  return Respond<domain::MentorProfile>(app::UpdateMentorProfile(ctx, *rc.actor, *id, p), 200, ProfileJson);
}

}  // namespace

std::vector<Route> WorkplaceRoutes() {
  return {
      {"POST", "/api/v1/rotation-plans/preview", &policy::kPlanRotations, PreviewRotationHandler},
      {"GET", "/api/v1/organisations", &policy::kReadWorkplaceRegister, ListOrganisationsHandler},
      {"POST", "/api/v1/organisations", &policy::kKeepWorkplaceRegister, RegisterOrganisationHandler},
      {"GET", "/api/v1/organisations/{id}", &policy::kReadWorkplaceRegister, GetOrganisationHandler},
      {"PUT", "/api/v1/organisations/{id}", &policy::kKeepWorkplaceRegister, UpdateOrganisationHandler},
      {"GET", "/api/v1/users/{id}/mentor-profile", &policy::kMentorProfiles, GetProfileHandler},
      {"PUT", "/api/v1/users/{id}/mentor-profile", &policy::kMentorProfiles, PutProfileHandler},
  };
}

}  // namespace leerplek::http
