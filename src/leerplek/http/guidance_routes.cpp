// Routes for guidance by the school: supervision and intervision moments with their attendance (R20 "other
// agreements") and workplace visits with their invitation and report (R22).
#include "leerplek/app/guidance.hpp"
#include "leerplek/domain/organisation.hpp"
#include "leerplek/http/handler_support.hpp"
#include "leerplek/http/json_body.hpp"
#include "leerplek/http/logbook_json.hpp"

namespace leerplek::http {
namespace {

namespace policy = app::policy;
using domain::UserId;

json OptTimeJson(const std::optional<app::Timestamp>& t) {
  if (!t) return nullptr;
  return IsoTime(*t);
}

// An hour written UU:MM.
std::optional<int> ReadClock(JsonBody& b, const std::string& field, const std::string& example) {
  const std::optional<std::string> text = b.String(field, true);
  if (!text) return std::nullopt;
  std::optional<int> minutes = domain::ParseClockTime(*text);
  if (!minutes) b.Add(field, "Schrijf het uur als UU:MM, bv. " + example + ".");
  return minutes;
}

// A whole number of minutes; the domain checks its range.
std::optional<int> ReadMinutes(JsonBody& b, const std::string& field) {
  const nlohmann::json* v = b.Raw(field);
  if (v == nullptr || v->is_null()) {
    b.Add(field, "Dit veld is verplicht.");
    return std::nullopt;
  }
  if (!v->is_number_integer() || v->get<std::int64_t>() < 0 || v->get<std::int64_t>() > 24 * 60) {
    b.Add(field, "Geef de duur in minuten (een geheel getal).");
    return std::nullopt;
  }
  return static_cast<int>(v->get<std::int64_t>());
}

std::vector<UserId> ReadIds(JsonBody& b, const std::string& field) {
  std::vector<UserId> out;
  const nlohmann::json* v = b.Raw(field);
  if (v == nullptr || v->is_null()) {
    b.Add(field, "Kies minstens één student.");
    return out;
  }
  if (!v->is_array()) {
    b.Add(field, "Dit veld moet een lijst van ids zijn.");
    return out;
  }
  for (const nlohmann::json& e : *v) {
    if (!e.is_number_integer() || e.get<std::int64_t>() <= 0) {
      b.Add(field, "Dit veld moet een lijst van ids zijn.");
      return {};
    }
    out.push_back(UserId{e.get<std::int64_t>()});
  }
  return out;
}

// --- moments

json MomentJson(const app::GuidanceMomentView& v) {
  const domain::GuidanceMoment& m = v.record.moment;
  json students = json::array();
  for (UserId id : m.participants) students.push_back(id.value);
  json attendance = json::array();
  for (const app::AttendanceView& a : v.attendance) {
    attendance.push_back({{"student", {{"id", a.student.value}, {"name", a.student_name}}},
                          {"status", a.status ? json(domain::AttendanceStatusCode(*a.status)) : json(nullptr)},
                          {"status_name", a.status ? json(domain::AttendanceStatusDutchName(*a.status)) : json("")},
                          {"reason", a.reason},
                          {"recorded_at", OptTimeJson(a.recorded_at)},
                          {"recorded_by", a.status ? json(a.recorded_by_name) : json(nullptr)}});
  }
  return {{"id", m.id.value},
          {"cohort", {{"id", m.cohort.value}, {"name", v.cohort_name}}},
          {"module", {{"code", m.module_code}, {"name", v.module_name}}},
          {"kind", domain::GuidanceKindCode(m.kind)},
          {"kind_name", domain::GuidanceKindDutchName(m.kind)},
          {"date", domain::IsoDate(m.date)},
          {"start", domain::ClockTime(m.start_minutes)},
          {"end", domain::ClockTime(m.start_minutes + m.duration_minutes)},
          {"duration_minutes", m.duration_minutes},
          {"title", m.title},
          {"place", m.place},
          {"mandatory", m.mandatory},
          {"student_ids", students},
          {"planned_by", v.planned_by_name},
          {"attendance", attendance},
          {"may_edit", v.may_edit}};
}

json MomentListJson(const std::vector<app::GuidanceMomentView>& list) {
  json items = json::array();
  for (const auto& m : list) items.push_back(MomentJson(m));
  return items;
}

// The fields of a moment, as planned or changed.
Result<domain::GuidanceMoment> ReadMoment(const RouteContext& rc) {
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return parsed.error();
  JsonBody& b = *parsed;
  domain::GuidanceMoment m;
  m.module_code = b.String("module", true).value_or("");
  const std::string kind = b.String("kind", true).value_or("");
  const std::optional<domain::Date> date = b.Date("date", true);
  const std::optional<int> start = ReadClock(b, "start", "14:00");
  const std::optional<int> duration = ReadMinutes(b, "duration_minutes");
  m.title = b.String("title", true).value_or("");
  m.place = b.String("place", true).value_or("");
  const std::optional<bool> mandatory = b.Bool("mandatory", true);
  m.participants = ReadIds(b, "student_ids");
  const std::optional<domain::GuidanceKind> parsed_kind = domain::ParseGuidanceKind(kind);
  if (!kind.empty() && !parsed_kind) b.Add("kind", "Kies supervisie (supervision) of intervisie (intervision).");
  if (Status ok = b.Check(); !ok) return ok.error();
  m.kind = *parsed_kind;
  m.date = *date;
  m.start_minutes = *start;
  m.duration_minutes = *duration;
  m.mandatory = *mandatory;
  return m;
}

Response PlanMomentHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::CohortId> cohort = RecordParam<domain::CohortId>(rc, "Deze cohorte bestaat niet.");
  if (!cohort) return ErrorResponse(cohort.error());
  Result<domain::GuidanceMoment> moment = ReadMoment(rc);
  if (!moment) return ErrorResponse(moment.error());
  moment->cohort = *cohort;
  return Respond<app::GuidanceMomentView>(app::PlanGuidanceMoment(ctx, *rc.actor, *moment), 201, MomentJson);
}

Response ListMomentsHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::CohortId> cohort = RecordParam<domain::CohortId>(rc, "Deze cohorte bestaat niet.");
  if (!cohort) return ErrorResponse(cohort.error());
  std::optional<std::string> module = rc.request.Query("module");
  if (module && module->empty()) module.reset();
  return Respond<std::vector<app::GuidanceMomentView>>(app::ListGuidanceMoments(ctx, *rc.actor, *cohort, module), 200,
                                                       [](const std::vector<app::GuidanceMomentView>& list) {
                                                         return json{{"items", MomentListJson(list)}};
                                                       });
}

Response ChangeMomentHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::GuidanceMomentId> id =
      RecordParam<domain::GuidanceMomentId>(rc, "Dit begeleidingsmoment bestaat niet.");
  if (!id) return ErrorResponse(id.error());
  Result<domain::GuidanceMoment> moment = ReadMoment(rc);
  if (!moment) return ErrorResponse(moment.error());
  moment->id = *id;
  return Respond<app::GuidanceMomentView>(app::ChangeGuidanceMoment(ctx, *rc.actor, *moment), 200, MomentJson);
}

Response AttendanceHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::GuidanceMomentId> id =
      RecordParam<domain::GuidanceMomentId>(rc, "Dit begeleidingsmoment bestaat niet.");
  if (!id) return ErrorResponse(id.error());
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  JsonBody& b = *parsed;
  std::vector<domain::AttendanceMark> marks;
  const nlohmann::json* list = b.Raw("attendance");
  if (list == nullptr || list->is_null() || !list->is_array()) {
    b.Add("attendance", "Geef de aanwezigheden als lijst: [{student_id, status, reason}].");
  } else {
    for (std::size_t i = 0; i < list->size(); ++i) {
      const nlohmann::json& e = (*list)[i];
      const std::string at = "attendance[" + std::to_string(i) + "]";
      domain::AttendanceMark m;
      const auto id_it = e.is_object() ? e.find("student_id") : e.end();
      if (!e.is_object() || id_it == e.end() || !id_it->is_number_integer() || id_it->get<std::int64_t>() <= 0) {
        b.Add(at + ".student_id", "Kies een student (student_id).");
      } else {
        m.student = UserId{id_it->get<std::int64_t>()};
      }
      const auto status_it = e.is_object() ? e.find("status") : e.end();
      std::optional<domain::AttendanceStatus> status;
      if (status_it != e.end() && status_it->is_string())
        status = domain::ParseAttendanceStatus(status_it->get<std::string>());
      if (!status) {
        b.Add(at + ".status", "Kies aanwezig (present), gewettigd afwezig (excused) of afwezig (absent).");
      } else {
        m.status = *status;
      }
      const auto reason_it = e.is_object() ? e.find("reason") : e.end();
      if (reason_it != e.end() && !reason_it->is_null()) {
        if (reason_it->is_string()) {
          m.reason = reason_it->get<std::string>();
        } else {
          b.Add(at + ".reason", "Dit veld moet tekst zijn.");
        }
      }
      marks.push_back(std::move(m));
    }
  }
  if (Status ok = b.Check(); !ok) return ErrorResponse(ok.error());
  return Respond<app::GuidanceMomentView>(app::RecordAttendance(ctx, *rc.actor, *id, marks), 200, MomentJson);
}

Response PlacementAttendanceHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::PlacementId> id = PlacementOfPath(rc);
  if (!id) return ErrorResponse(id.error());
  return Respond<app::PlacementAttendance>(
      app::GetPlacementAttendance(ctx, *rc.actor, *id), 200, [](const app::PlacementAttendance& a) {
        json lines = json::array();
        for (const app::AttendanceLine& l : a.lines) {
          lines.push_back({{"date", domain::IsoDate(l.date)},
                           {"kind", l.kind},
                           {"title", l.title},
                           {"mandatory", l.mandatory},
                           {"status", l.status ? json(domain::AttendanceStatusCode(*l.status)) : json(nullptr)},
                           {"status_name", l.status ? json(domain::AttendanceStatusDutchName(*l.status)) : json("")},
                           {"reason", l.reason}});
        }
        return json{{"placement", PlacementSummaryJson(a.placement)},
                    {"items", lines},
                    {"attended_mandatory", a.attended_mandatory},
                    {"mandatory", a.mandatory}};
      });
}

// --- visits

json VisitJson(const app::VisitView& v) {
  const app::VisitRecord& r = v.record;
  return {{"id", r.id.value},
          {"placement", PlacementSummaryJson(v.placement)},
          {"date", domain::IsoDate(r.date)},
          {"start", domain::ClockTime(r.start_minutes)},
          {"end", domain::ClockTime(r.start_minutes + r.duration_minutes)},
          {"duration_minutes", r.duration_minutes},
          {"with_whom", r.with_whom},
          {"place", r.place},
          {"state", domain::VisitStateCode(r.state)},
          {"state_name", domain::VisitStateDutchName(r.state)},
          {"sequence", r.sequence},
          {"report", r.report},
          {"planned_by", v.planned_by_name},
          {"planned_at", IsoTime(r.planned_at)},
          {"reported_by", r.reported_by ? json(v.reported_by_name) : json(nullptr)},
          {"reported_at", OptTimeJson(r.reported_at)},
          {"cancel_reason", r.cancel_reason},
          {"cancelled_at", OptTimeJson(r.cancelled_at)},
          {"may_edit", v.may_edit}};
}

json VisitListJson(const std::vector<app::VisitView>& list) {
  json items = json::array();
  for (const auto& v : list) items.push_back(VisitJson(v));
  return items;
}

Result<domain::VisitPlan> ReadVisitPlan(const RouteContext& rc) {
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return parsed.error();
  JsonBody& b = *parsed;
  domain::VisitPlan plan;
  const std::optional<domain::Date> date = b.Date("date", true);
  const std::optional<int> start = ReadClock(b, "start", "10:00");
  const std::optional<int> duration = ReadMinutes(b, "duration_minutes");
  plan.with_whom = b.String("with_whom", true).value_or("");
  plan.place = b.String("place", false).value_or("");
  if (Status ok = b.Check(); !ok) return ok.error();
  plan.date = *date;
  plan.start_minutes = *start;
  plan.duration_minutes = *duration;
  return plan;
}

Response PlanVisitHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::PlacementId> id = PlacementOfPath(rc);
  if (!id) return ErrorResponse(id.error());
  Result<domain::VisitPlan> plan = ReadVisitPlan(rc);
  if (!plan) return ErrorResponse(plan.error());
  return Respond<app::VisitView>(app::PlanVisit(ctx, *rc.actor, *id, *plan), 201, VisitJson);
}

Response ListVisitsHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::PlacementId> id = PlacementOfPath(rc);
  if (!id) return ErrorResponse(id.error());
  return Respond<std::vector<app::VisitView>>(app::ListVisits(ctx, *rc.actor, *id), 200,
                                              [](const std::vector<app::VisitView>& list) {
                                                return json{{"items", VisitListJson(list)}};
                                              });
}

Response ChangeVisitHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::VisitId> id = RecordParam<domain::VisitId>(rc, "Dit werkplekbezoek bestaat niet.");
  if (!id) return ErrorResponse(id.error());
  Result<domain::VisitPlan> plan = ReadVisitPlan(rc);
  if (!plan) return ErrorResponse(plan.error());
  return Respond<app::VisitView>(app::ChangeVisit(ctx, *rc.actor, *id, *plan), 200, VisitJson);
}

Response CancelVisitHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::VisitId> id = RecordParam<domain::VisitId>(rc, "Dit werkplekbezoek bestaat niet.");
  if (!id) return ErrorResponse(id.error());
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  const std::string reason = parsed->String("reason", false).value_or("");
  if (Status ok = parsed->Check(); !ok) return ErrorResponse(ok.error());
  return Respond<app::VisitView>(app::CancelVisit(ctx, *rc.actor, *id, reason), 200, VisitJson);
}

Response ReportVisitHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::VisitId> id = RecordParam<domain::VisitId>(rc, "Dit werkplekbezoek bestaat niet.");
  if (!id) return ErrorResponse(id.error());
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  const std::string report = parsed->String("report", true).value_or("");
  if (Status ok = parsed->Check(); !ok) return ErrorResponse(ok.error());
  return Respond<app::VisitView>(app::ReportVisit(ctx, *rc.actor, *id, report), 200, VisitJson);
}

Response MyGuidanceHandler(const app::AppContext& ctx, RouteContext& rc) {
  return Respond<app::MyGuidanceView>(app::MyGuidance(ctx, *rc.actor), 200, [](const app::MyGuidanceView& g) {
    return json{{"moments", MomentListJson(g.moments)}, {"visits", VisitListJson(g.visits)}};
  });
}

}  // namespace

std::vector<Route> GuidanceRoutes() {
  return {
      {"POST", "/api/v1/cohorts/{id}/guidance-moments", &policy::kLeadGuidance, PlanMomentHandler},
      {"GET", "/api/v1/cohorts/{id}/guidance-moments", &policy::kReadGuidanceMoments, ListMomentsHandler},
      {"PUT", "/api/v1/guidance-moments/{id}", &policy::kLeadGuidance, ChangeMomentHandler},
      {"PUT", "/api/v1/guidance-moments/{id}/attendance", &policy::kLeadGuidance, AttendanceHandler},
      {"GET", "/api/v1/placements/{id}/attendance", &policy::kReadGuidanceMoments, PlacementAttendanceHandler},
      {"POST", "/api/v1/placements/{id}/visits", &policy::kLeadGuidance, PlanVisitHandler},
      {"GET", "/api/v1/placements/{id}/visits", &policy::kReadVisits, ListVisitsHandler},
      {"PUT", "/api/v1/visits/{id}", &policy::kLeadGuidance, ChangeVisitHandler},
      {"POST", "/api/v1/visits/{id}/cancellation", &policy::kLeadGuidance, CancelVisitHandler},
      {"PUT", "/api/v1/visits/{id}/report", &policy::kLeadGuidance, ReportVisitHandler},
      {"GET", "/api/v1/me/guidance", &policy::kMyGuidance, MyGuidanceHandler},
  };
}

}  // namespace leerplek::http
