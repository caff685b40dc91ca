// Routes for placements: requests, decisions, supervisors, the agreement and the other R17 records.
#include "leerplek/app/placements.hpp"
#include "leerplek/http/handler_support.hpp"
#include "leerplek/http/json_body.hpp"

namespace leerplek::http {
namespace {

namespace policy = app::policy;
using domain::PlacementId;

json TasksJson(const std::vector<domain::OfferedTask>& tasks) {
  json out = json::array();
  for (const auto& t : tasks) {
    out.push_back({{"domain", domain::HrDomainCode(t.domain)},
                   {"domain_name", domain::HrDomainDutchName(t.domain)},
                   {"text", t.text}});
  }
  return out;
}

json PlacementJson(const app::PlacementView& v) {
  const domain::Placement& p = v.placement;
  json blockers = json::array();
  for (const auto& b : v.blockers) blockers.push_back({{"code", b.code}, {"message", b.message}});
  json history = json::array();
  for (const auto& e : v.events) {
    history.push_back({{"at", IsoTime(e.at)}, {"actor", e.actor_name}, {"action", e.action}, {"comment", e.comment}});
  }
  json agreement = nullptr;
  if (v.agreement) {
    agreement = {{"file_name", v.agreement->file_name},
                 {"size_bytes", v.agreement->size_bytes},
                 {"uploaded_at", IsoTime(v.agreement->uploaded_at)}};
  } else if (p.agreement_document) {
    agreement = json::object();  // on file; its details are in the placement's own view
  }
  json dimona = nullptr;
  if (v.dimona) dimona = {{"reference", v.dimona->reference}, {"recorded_at", IsoTime(v.dimona->recorded_at)}};
  json supervisor = nullptr;
  if (p.supervisor) supervisor = {{"id", p.supervisor->value}, {"name", v.supervisor_name}};
  return {
      {"id", p.id.value},
      {"cohort", {{"id", p.cohort.value}, {"name", v.cohort_name}, {"academic_year", v.academic_year}}},
      {"student", {{"id", p.student.value}, {"name", v.student_name}}},
      {"module", {{"code", p.module_code}, {"name", v.module_name}}},
      {"organisation",
       {{"id", p.organisation ? json(p.organisation->value) : json(nullptr)},
        {"name", v.organisation_name},
        {"proposed", {{"name", p.proposed_organisation.name}, {"city", p.proposed_organisation.city}}}}},
      {"mentor",
       {{"id", p.mentor ? json(p.mentor->value) : json(nullptr)},
        {"name", v.mentor_name},
        {"email", v.mentor_email},
        {"proposed",
         {{"name", p.proposed_mentor.name}, {"email", p.proposed_mentor.email}, {"phone", p.proposed_mentor.phone}}}}},
      {"supervisor", supervisor},
      {"status", domain::PlacementStatusCode(v.shown_status)},
      {"status_name", domain::PlacementStatusDutchName(v.shown_status)},
      {"tasks", TasksJson(p.tasks)},
      {"domains_covered", v.domains_covered},
      {"domains_total", domain::kAllHrDomains.size()},
      {"motivation", p.motivation},
      {"reuse_conflicts", v.reuse_conflicts},
      {"reuse_override_reason", p.reuse_override_reason},
      {"first_day", OptDateJson(v.first_day)},
      {"last_day", OptDateJson(v.last_day)},
      {"planned_days", v.planned_days},
      {"blockers", blockers},
      {"agreement", agreement},
      {"signatures",
       {{"student", OptDateJson(p.signatures.student)},
        {"organisation", OptDateJson(p.signatures.organisation)},
        {"school", OptDateJson(p.signatures.school)}}},
      {"risk_analysis",
       {{"on_file", v.risk_analysis_on_file}, {"valid_until", OptDateJson(v.risk_analysis_valid_until)}}},
      {"dimona", dimona},
      {"history", history},
      {"created_at", IsoTime(p.created_at)},
      {"updated_at", IsoTime(p.updated_at)}};
}

// The request's fields; every missing or mistyped one is named.
Result<domain::Placement> RequestFromJson(const std::string& body) {
  Result<JsonBody> parsed = JsonBody::Parse(body);
  if (!parsed) return parsed.error();
  JsonBody& b = *parsed;
  domain::Placement p;
  p.cohort = domain::CohortId{b.Id("cohort_id", true).value_or(0)};
  p.student = domain::UserId{b.Id("student_id", false).value_or(0)};
  p.module_code = b.String("module", true).value_or("");
  if (auto id = b.Id("organisation_id", false)) p.organisation = domain::OrganisationId{*id};
  auto org = b.Strings("new_organisation", {"name", "city"});
  p.proposed_organisation = {org["name"], org["city"]};
  if (auto id = b.Id("mentor_id", false)) p.mentor = domain::UserId{*id};
  auto mentor = b.Strings("new_mentor", {"name", "email", "phone"});
  p.proposed_mentor = {mentor["name"], mentor["email"], mentor["phone"]};
  p.motivation = b.String("motivation", false).value_or("");
  if (const json* tasks = b.Raw("tasks")) {
    if (!tasks->is_array()) {
      b.Add("tasks", "Geef de taken als lijst met domein en tekst.");
    } else {
      for (std::size_t i = 0; i < tasks->size() && i <= domain::kMaxOfferedTasks; ++i) {
        const json& t = (*tasks)[i];
        const std::string at = "tasks[" + std::to_string(i) + "].";
        std::optional<domain::HrDomain> d;
        if (t.is_object() && t.contains("domain") && t["domain"].is_string())
          d = domain::ParseHrDomain(t["domain"].get<std::string>());
        if (!d) b.Add(at + "domain", "Kies een HR-domein uit de lijst.");
        if (!t.is_object() || !t.contains("text") || !t["text"].is_string()) {
          b.Add(at + "text", "Beschrijf de taak.");
        } else if (d) {
          p.tasks.push_back({*d, t["text"].get<std::string>()});
        }
      }
    }
  }
  if (Status ok = b.Check(); !ok) return ok.error();
  return p;
}

Result<PlacementId> PlacementParam(const RouteContext& rc) {
  return RecordParam<PlacementId>(rc, "Deze werkplekaanvraag bestaat niet.");
}

// Runs `call` with the placement id from the path and answers with the placement.
Response WithPlacement(RouteContext& rc, const std::function<Result<app::PlacementView>(PlacementId)>& call) {
  Result<PlacementId> id = PlacementParam(rc);
  if (!id) return ErrorResponse(id.error());
  return Respond<app::PlacementView>(call(*id), 200, PlacementJson);
}

Response ListHandler(const app::AppContext& ctx, RouteContext& rc) {
  app::PlacementListQuery query;
  if (auto cohort = rc.request.Query("cohort")) {
    try {
      query.cohort = domain::CohortId{std::stoll(*cohort)};
    } catch (const std::exception&) {
      return ErrorResponse(InvalidField("cohort", "Geef de cohorte als getal."));
    }
  }
  query.caseload_only = rc.request.Query("caseload").value_or("") == "1";
  return Respond<std::vector<app::PlacementView>>(app::ListPlacements(ctx, *rc.actor, query), 200,
                                                  [](const std::vector<app::PlacementView>& vs) {
                                                    json items = json::array();
                                                    for (const auto& v : vs) items.push_back(PlacementJson(v));
                                                    return json{{"items", items}};
                                                  });
}

Response GetHandler(const app::AppContext& ctx, RouteContext& rc) {
  return WithPlacement(rc, [&](PlacementId id) { return app::GetPlacement(ctx, *rc.actor, id); });
}

Response CreateHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::Placement> request = RequestFromJson(rc.request.body);
  if (!request) return ErrorResponse(request.error());
  return Respond<app::PlacementView>(app::RequestPlacement(ctx, *rc.actor, std::move(*request)), 201, PlacementJson);
}

Response ChangeHandler(const app::AppContext& ctx, RouteContext& rc) {
  return WithPlacement(rc, [&](PlacementId id) -> Result<app::PlacementView> {
    Result<domain::Placement> request = RequestFromJson(rc.request.body);
    if (!request) return request.error();
    request->id = id;
    return app::ChangePlacementRequest(ctx, *rc.actor, std::move(*request));
  });
}

Response DecisionHandler(const app::AppContext& ctx, RouteContext& rc) {
  return WithPlacement(rc, [&](PlacementId id) -> Result<app::PlacementView> {
    Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
    if (!parsed) return parsed.error();
    JsonBody& b = *parsed;
    app::DecideCommand command;
    command.id = id;
    const std::string decision = b.String("decision", true).value_or("");
    command.comment = b.String("comment", false).value_or("");
    if (auto org = b.Id("organisation_id", false)) command.organisation = domain::OrganisationId{*org};
    if (auto mentor = b.Id("mentor_id", false)) command.mentor = domain::UserId{*mentor};
    command.invite_proposed_mentor = b.Bool("invite_proposed_mentor", false).value_or(false);
    command.override_reason = b.String("override_reason", false).value_or("");
    if (Status ok = b.Check(); !ok) return ok.error();
    auto parsed_decision = domain::ParsePlacementDecision(decision);
    if (!parsed_decision) return InvalidField("decision", "Kies goedkeuren, weigeren of terugsturen.");
    command.decision = *parsed_decision;
    return app::DecidePlacement(ctx, *rc.actor, command);
  });
}

Response SupervisorHandler(const app::AppContext& ctx, RouteContext& rc) {
  return WithPlacement(rc, [&](PlacementId id) -> Result<app::PlacementView> {
    Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
    if (!parsed) return parsed.error();
    std::optional<std::int64_t> supervisor = parsed->Id("supervisor_id", false);
    if (Status ok = parsed->Check(); !ok) return ok.error();
    std::optional<domain::UserId> chosen;
    if (supervisor) chosen = domain::UserId{*supervisor};
    return app::AssignSupervisor(ctx, *rc.actor, id, chosen);
  });
}

Response SignaturesHandler(const app::AppContext& ctx, RouteContext& rc) {
  return WithPlacement(rc, [&](PlacementId id) -> Result<app::PlacementView> {
    Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
    if (!parsed) return parsed.error();
    domain::AgreementSignatures s{parsed->Date("student", false), parsed->Date("organisation", false),
                                  parsed->Date("school", false)};
    if (Status ok = parsed->Check(); !ok) return ok.error();
    return app::RecordSignatures(ctx, *rc.actor, id, s);
  });
}

Response CancelHandler(const app::AppContext& ctx, RouteContext& rc) {
  return WithPlacement(rc, [&](PlacementId id) -> Result<app::PlacementView> {
    Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
    if (!parsed) return parsed.error();
    const std::string reason = parsed->String("reason", true).value_or("");
    if (Status ok = parsed->Check(); !ok) return ok.error();
    return app::CancelPlacement(ctx, *rc.actor, id, reason);
  });
}

Response CompleteHandler(const app::AppContext& ctx, RouteContext& rc) {
  return WithPlacement(rc, [&](PlacementId id) { return app::CompletePlacement(ctx, *rc.actor, id); });
}

app::Upload UploadOf(const RouteContext& rc) {
  return {PercentDecode(rc.request.Query("file_name").value_or(""), true), rc.request.body};
}

Response PdfResponse(const Result<app::Download>& download) {
  if (!download) return ErrorResponse(download.error());
  Response r;
  r.SetHeader("Content-Type", "application/pdf");
  r.SetHeader("Content-Disposition", "attachment; filename=\"" + download->file_name + "\"");
  r.SetHeader("Cache-Control", "private, no-store");
  r.body = download->bytes;
  return r;
}

Response UploadAgreementHandler(const app::AppContext& ctx, RouteContext& rc) {
  return WithPlacement(rc, [&](PlacementId id) { return app::UploadAgreement(ctx, *rc.actor, id, UploadOf(rc)); });
}

Response DownloadAgreementHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<PlacementId> id = PlacementParam(rc);
  if (!id) return ErrorResponse(id.error());
  return PdfResponse(app::DownloadAgreement(ctx, *rc.actor, *id));
}

Response UploadRiskAnalysisHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::OrganisationId> id = OrganisationParam(rc);
  if (!id) return ErrorResponse(id.error());
  std::optional<domain::Date> valid_until;
  if (auto text = rc.request.Query("valid_until")) valid_until = domain::ParseIsoDate(*text);
  if (!valid_until)
    return ErrorResponse(
        InvalidField("valid_until", "Geef de datum tot wanneer de risicoanalyse geldig is (JJJJ-MM-DD)."));
  Result<domain::Organisation> o = app::UploadRiskAnalysis(ctx, *rc.actor, *id, *valid_until, UploadOf(rc));
  if (!o) return ErrorResponse(o.error());
  return Json(200, {{"id", o->id.value},
                    {"risk_analysis_valid_until", OptDateJson(o->risk_analysis_valid_until)},
                    {"risk_analysis_on_file", o->risk_analysis_document.has_value()}});
}

Response DownloadRiskAnalysisHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::OrganisationId> id = OrganisationParam(rc);
  if (!id) return ErrorResponse(id.error());
  return PdfResponse(app::DownloadRiskAnalysis(ctx, *rc.actor, *id));
}

Response DimonaHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<std::int64_t> student = IdParam(rc, "id", "Deze student bestaat niet.");
  if (!student) return ErrorResponse(student.error());
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  const std::string year = parsed->String("academic_year", true).value_or("");
  const std::string reference = parsed->String("reference", true).value_or("");
  if (Status ok = parsed->Check(); !ok) return ErrorResponse(ok.error());
  return Respond<app::DimonaRecord>(app::RecordDimona(ctx, *rc.actor, domain::UserId{*student}, year, reference), 200,
                                    [](const app::DimonaRecord& d) {
                                      return json{{"student_id", d.student.value},
                                                  {"academic_year", d.academic_year},
                                                  {"reference", d.reference},
                                                  {"recorded_at", IsoTime(d.recorded_at)}};
                                    });
}

Response SupervisorsHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<std::int64_t> cohort = IdParam(rc, "id", "Deze cohorte bestaat niet.");
  if (!cohort) return ErrorResponse(cohort.error());
  return Respond<std::vector<app::SupervisorLoad>>(
      app::ListSupervisors(ctx, *rc.actor, domain::CohortId{*cohort}), 200,
      [](const std::vector<app::SupervisorLoad>& list) {
        json items = json::array();
        for (const auto& s : list) {
          items.push_back({{"id", s.supervisor.id.value}, {"name", s.supervisor.name}, {"placements", s.placements}});
        }
        return json{{"items", items}};
      });
}

Response HrDomainsHandler(const app::AppContext&, RouteContext&) {
  json items = json::array();
  for (domain::HrDomain d : domain::kAllHrDomains) {
    json examples = json::array();
    for (std::string_view e : domain::ExampleTasks(d)) examples.push_back(e);
    items.push_back(
        {{"code", domain::HrDomainCode(d)}, {"name", domain::HrDomainDutchName(d)}, {"examples", examples}});
  }
  return Json(200, {{"items", items}});
}

}  // namespace

std::vector<Route> PlacementRoutes() {
  return {
      {"GET", "/api/v1/hr-domains", &policy::kAnyUser, HrDomainsHandler},
      {"GET", "/api/v1/placements", &policy::kReadPlacements, ListHandler},
      {"POST", "/api/v1/placements", &policy::kRequestPlacements, CreateHandler},
      {"GET", "/api/v1/placements/{id}", &policy::kReadPlacements, GetHandler},
      {"PUT", "/api/v1/placements/{id}", &policy::kRequestPlacements, ChangeHandler},
      {"POST", "/api/v1/placements/{id}/decision", &policy::kCoordinatePlacements, DecisionHandler},
      {"PUT", "/api/v1/placements/{id}/supervisor", &policy::kCoordinatePlacements, SupervisorHandler},
      {"PUT", "/api/v1/placements/{id}/signatures", &policy::kCoordinatePlacements, SignaturesHandler},
      {"POST", "/api/v1/placements/{id}/cancellation", &policy::kCoordinatePlacements, CancelHandler},
      {"POST", "/api/v1/placements/{id}/completion", &policy::kCoordinatePlacements, CompleteHandler},
      {"PUT", "/api/v1/placements/{id}/agreement", &policy::kRequestPlacements, UploadAgreementHandler, true},
      {"GET", "/api/v1/placements/{id}/agreement", &policy::kReadPlacements, DownloadAgreementHandler},
      {"PUT", "/api/v1/organisations/{id}/risk-analysis", &policy::kKeepWorkplaceRegister, UploadRiskAnalysisHandler,
       true},
      {"GET", "/api/v1/organisations/{id}/risk-analysis", &policy::kReadWorkplaceRegister, DownloadRiskAnalysisHandler},
      {"PUT", "/api/v1/users/{id}/dimona", &policy::kCoordinatePlacements, DimonaHandler},
      {"GET", "/api/v1/cohorts/{id}/supervisors", &policy::kProgrammeStaff, SupervisorsHandler},
  };
}

}  // namespace leerplek::http
