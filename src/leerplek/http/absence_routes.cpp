// Routes for absences: sickness reports and their certificate (R8), catch-up days (R9), work accidents (R10)
// and the coordinator's overview of what is still open.
#include <charconv>

#include "leerplek/app/absences.hpp"
#include "leerplek/domain/organisation.hpp"
#include "leerplek/http/handler_support.hpp"
#include "leerplek/http/json_body.hpp"
#include "leerplek/http/logbook_json.hpp"

namespace leerplek::http {
namespace {

namespace policy = app::policy;

json OptTimeJson(const std::optional<app::Timestamp>& t) {
  if (!t) return nullptr;
  return IsoTime(*t);
}

json OptClockJson(const std::optional<int>& minutes) {
  if (!minutes) return nullptr;
  return domain::ClockTime(*minutes);
}

json DatesJson(const std::vector<domain::Date>& days) {
  json out = json::array();
  for (const domain::Date& d : days) out.push_back(domain::IsoDate(d));
  return out;
}

// An hour written UU:MM; `required` fields must be there, others may be absent or null.
std::optional<int> ReadClock(JsonBody& b, const std::string& field, bool required, const std::string& example) {
  const std::optional<std::string> text = b.String(field, required);
  if (!text) return std::nullopt;
  std::optional<int> minutes = domain::ParseClockTime(*text);
  if (!minutes) b.Add(field, "Schrijf het uur als UU:MM, bv. " + example + ".");
  return minutes;
}

bool OpenOnly(const RouteContext& rc) { return rc.request.Query("open").value_or("") == "1"; }

// --- R8

Response ReportSicknessHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::PlacementId> id = PlacementOfPath(rc);
  if (!id) return ErrorResponse(id.error());
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  JsonBody& b = *parsed;
  domain::SicknessReport report;
  const std::optional<domain::Date> first = b.Date("first_day", true);
  const std::optional<domain::Date> last = b.Date("last_day", true);
  report.called_workplace_minutes = ReadClock(b, "called_workplace_at", false, "08:10");
  report.called_coordinator_minutes = ReadClock(b, "called_coordinator_at", false, "08:15");
  report.note = b.String("note", false).value_or("");
  if (Status ok = b.Check(); !ok) return ErrorResponse(ok.error());
  report.first_day = *first;
  report.last_day = *last;
  return Respond<app::SicknessView>(app::ReportSickness(ctx, *rc.actor, *id, report), 201, SicknessReportJson);
}

Response UploadCertificateHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::SicknessReportId> id = RecordParam<domain::SicknessReportId>(rc, "Deze ziekmelding bestaat niet.");
  if (!id) return ErrorResponse(id.error());
  const app::Upload upload{PercentDecode(rc.request.Query("file_name").value_or(""), true), rc.request.body};
  return Respond<app::SicknessView>(app::UploadSicknessCertificate(ctx, *rc.actor, *id, upload), 200,
                                    SicknessReportJson);
}

Response DownloadCertificateHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::SicknessReportId> id = RecordParam<domain::SicknessReportId>(rc, "Deze ziekmelding bestaat niet.");
  if (!id) return ErrorResponse(id.error());
  Result<app::CertificateDownload> download = app::DownloadSicknessCertificate(ctx, *rc.actor, *id);
  if (!download) return ErrorResponse(download.error());
  Response r;
  r.SetHeader("Content-Type", download->content_type);
  r.SetHeader("Content-Disposition", "attachment; filename=\"" + download->file_name + "\"");
  r.SetHeader("Cache-Control", "private, no-store");
  r.body = std::move(download->bytes);
  return r;
}

Response OriginalReceivedHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::SicknessReportId> id = RecordParam<domain::SicknessReportId>(rc, "Deze ziekmelding bestaat niet.");
  if (!id) return ErrorResponse(id.error());
  return Respond<app::SicknessView>(app::MarkOriginalCertificateReceived(ctx, *rc.actor, *id), 200, SicknessReportJson);
}

json SicknessListJson(const std::vector<app::SicknessView>& list) {
  json items = json::array();
  for (const auto& s : list) items.push_back(SicknessReportJson(s));
  return items;
}

Response ListSicknessHandler(const app::AppContext& ctx, RouteContext& rc) {
  return Respond<std::vector<app::SicknessView>>(app::ListSicknessReports(ctx, *rc.actor, OpenOnly(rc)), 200,
                                                 [](const std::vector<app::SicknessView>& list) {
                                                   return json{{"items", SicknessListJson(list)}};
                                                 });
}

// --- R9

Response ProposeCatchUpHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::PlacementId> id = PlacementOfPath(rc);
  if (!id) return ErrorResponse(id.error());
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  JsonBody& b = *parsed;
  const std::optional<domain::Date> date = b.Date("date", true);
  const std::string note = b.String("note", false).value_or("");
  if (Status ok = b.Check(); !ok) return ErrorResponse(ok.error());
  return Respond<app::CatchUpView>(app::ProposeCatchUpDay(ctx, *rc.actor, *id, *date, note), 201, CatchUpRequestJson);
}

Response DecideCatchUpHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::CatchUpRequestId> id = RecordParam<domain::CatchUpRequestId>(rc, "Deze inhaaldag bestaat niet.");
  if (!id) return ErrorResponse(id.error());
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  JsonBody& b = *parsed;
  const std::string decision = b.String("decision", true).value_or("");
  const std::string comment = b.String("comment", false).value_or("");
  if (Status ok = b.Check(); !ok) return ErrorResponse(ok.error());
  if (decision != "approve" && decision != "reject")
    return ErrorResponse(InvalidField("decision", "Kies goedkeuren (approve) of weigeren (reject)."));
  return Respond<app::CatchUpView>(app::DecideCatchUpDay(ctx, *rc.actor, *id, decision == "approve", comment), 200,
                                   CatchUpRequestJson);
}

// --- R10

json AccidentJson(const app::AccidentView& v) {
  const app::AccidentRecord& a = v.record;
  const domain::Date declare_by{std::chrono::sys_days{a.report.date} + std::chrono::days{domain::kInsurerDeadlineDays}};
  return {{"id", a.id.value},
          {"placement", PlacementSummaryJson(v.placement)},
          {"date", domain::IsoDate(a.report.date)},
          {"time", domain::ClockTime(a.report.time_minutes)},
          {"place", a.report.place},
          {"on_the_way", a.report.on_the_way},
          {"what_happened", a.report.what_happened},
          {"injuries", a.report.injuries},
          {"witnesses", a.report.witnesses},
          {"first_aid", a.report.first_aid},
          {"status", domain::AccidentStatusCode(a.status)},
          {"status_name", domain::AccidentStatusDutchName(a.status)},
          {"status_reason", a.status_reason},
          {"reported_by", v.reported_by_name},
          {"reported_at", IsoTime(a.reported_at)},
          {"declared_at", OptTimeJson(a.declared_at)},
          {"closed_at", OptTimeJson(a.closed_at)},
          {"declare_by", domain::IsoDate(declare_by)},
          {"days_left_to_declare", v.days_left_to_declare ? json(*v.days_left_to_declare) : json(nullptr)}};
}

Response ReportAccidentHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::PlacementId> id = PlacementOfPath(rc);
  if (!id) return ErrorResponse(id.error());
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  JsonBody& b = *parsed;
  domain::AccidentReport report;
  const std::optional<domain::Date> date = b.Date("date", true);
  const std::optional<int> time = ReadClock(b, "time", true, "10:45");
  report.place = b.String("place", true).value_or("");
  const std::optional<bool> on_the_way = b.Bool("on_the_way", true);
  report.what_happened = b.String("what_happened", true).value_or("");
  report.injuries = b.String("injuries", true).value_or("");
  report.witnesses = b.String("witnesses", false).value_or("");
  report.first_aid = b.String("first_aid", false).value_or("");
  if (Status ok = b.Check(); !ok) return ErrorResponse(ok.error());
  report.date = *date;
  report.time_minutes = *time;
  report.on_the_way = *on_the_way;
  return Respond<app::AccidentView>(app::ReportAccident(ctx, *rc.actor, *id, report), 201, AccidentJson);
}

Response AccidentStatusHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::AccidentId> id = RecordParam<domain::AccidentId>(rc, "Dit ongeval bestaat niet.");
  if (!id) return ErrorResponse(id.error());
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  JsonBody& b = *parsed;
  const std::string code = b.String("status", true).value_or("");
  const std::string reason = b.String("reason", false).value_or("");
  if (Status ok = b.Check(); !ok) return ErrorResponse(ok.error());
  const std::optional<domain::AccidentStatus> status = domain::ParseAccidentStatus(code);
  if (!status) {
    return ErrorResponse(
        InvalidField("status", "Kies aangegeven bij de verzekeraar (declared) of afgesloten (closed)."));
  }
  return Respond<app::AccidentView>(app::ChangeAccidentStatus(ctx, *rc.actor, *id, *status, reason), 200, AccidentJson);
}

json AccidentListJson(const std::vector<app::AccidentView>& list) {
  json items = json::array();
  for (const auto& a : list) items.push_back(AccidentJson(a));
  return items;
}

Response ListAccidentsHandler(const app::AppContext& ctx, RouteContext& rc) {
  return Respond<std::vector<app::AccidentView>>(app::ListAccidents(ctx, *rc.actor, OpenOnly(rc)), 200,
                                                 [](const std::vector<app::AccidentView>& list) {
                                                   return json{{"items", AccidentListJson(list)}};
                                                 });
}

// --- overview

Response OverviewHandler(const app::AppContext& ctx, RouteContext& rc) {
  const std::string text = rc.request.Query("cohort").value_or("");
  std::int64_t cohort = 0;
  const auto [rest, problem] = std::from_chars(text.data(), text.data() + text.size(), cohort);
  if (text.empty() || problem != std::errc() || rest != text.data() + text.size() || cohort <= 0)
    return ErrorResponse(InvalidField("cohort", "Kies een cohorte (cohort=…, een getal)."));
  return Respond<app::AbsenceOverview>(app::CohortAbsences(ctx, *rc.actor, domain::CohortId{cohort}), 200,
                                       [](const app::AbsenceOverview& o) {
                                         json catch_up = json::array();
                                         for (const auto& c : o.catch_up) catch_up.push_back(CatchUpRequestJson(c));
                                         return json{{"sickness", SicknessListJson(o.sickness)},
                                                     {"catch_up", catch_up},
                                                     {"accidents", AccidentListJson(o.accidents)}};
                                       });
}

}  // namespace

json SicknessReportJson(const app::SicknessView& v) {
  const app::SicknessRecord& s = v.record;
  json certificate = nullptr;
  if (v.certificate) {
    certificate = {{"file_name", v.certificate->file_name},
                   {"size_bytes", v.certificate->size_bytes},
                   {"uploaded_at", IsoTime(v.certificate->uploaded_at)}};
  } else if (s.certificate) {
    certificate = json::object();  // on file; its details are in the report's own answers
  }
  return {{"id", s.id.value},
          {"placement", PlacementSummaryJson(v.placement)},
          {"first_day", domain::IsoDate(s.report.first_day)},
          {"last_day", domain::IsoDate(s.report.last_day)},
          {"called_workplace_at", OptClockJson(s.report.called_workplace_minutes)},
          {"called_coordinator_at", OptClockJson(s.report.called_coordinator_minutes)},
          {"note", s.report.note},
          {"timing", domain::ReportTimingCode(s.timing)},
          {"reported_at", IsoTime(s.reported_at)},
          {"sick_planned_days", DatesJson(v.sick_planned_days)},
          {"certificate", certificate},
          {"certificate_on_file", s.certificate.has_value()},
          {"original_received", s.original_received_at.has_value()},
          {"original_received_at", OptTimeJson(s.original_received_at)},
          {"original_received_by", s.original_received_at ? json(v.original_received_by_name) : json(nullptr)},
          {"open", v.open}};
}

json CatchUpRequestJson(const app::CatchUpView& v) {
  const app::CatchUpRequest& c = v.request;
  return {{"id", c.id.value},
          {"placement", PlacementSummaryJson(v.placement)},
          {"date", domain::IsoDate(c.date)},
          {"note", c.note},
          {"state", domain::CatchUpStateCode(c.state)},
          {"proposed_by", v.proposed_by_name},
          {"proposed_at", IsoTime(c.proposed_at)},
          {"decided_by", c.decided_by ? json(v.decided_by_name) : json(nullptr)},
          {"decided_at", OptTimeJson(c.decided_at)},
          {"decision_comment", c.decision_comment}};
}

std::vector<Route> AbsenceRoutes() {
  return {
      {"POST", "/api/v1/placements/{id}/sickness-reports", &policy::kStudentOnly, ReportSicknessHandler},
      {"GET", "/api/v1/sickness-reports", &policy::kReadSicknessReports, ListSicknessHandler},
      {"PUT", "/api/v1/sickness-reports/{id}/certificate", &policy::kStudentOnly, UploadCertificateHandler, true},
      {"GET", "/api/v1/sickness-reports/{id}/certificate", &policy::kReadSicknessReports, DownloadCertificateHandler},
      {"POST", "/api/v1/sickness-reports/{id}/original-received", &policy::kReceiveCertificates,
       OriginalReceivedHandler},
      {"POST", "/api/v1/placements/{id}/catch-up-days", &policy::kStudentsAndMentors, ProposeCatchUpHandler},
      {"POST", "/api/v1/catch-up-days/{id}/decision", &policy::kCoordinatePlacements, DecideCatchUpHandler},
      {"POST", "/api/v1/placements/{id}/accidents", &policy::kStudentsAndMentors, ReportAccidentHandler},
      {"GET", "/api/v1/accidents", &policy::kReadAccidents, ListAccidentsHandler},
      {"PUT", "/api/v1/accidents/{id}/status", &policy::kCoordinatePlacements, AccidentStatusHandler},
      {"GET", "/api/v1/absences/overview", &policy::kProgrammeStaff, OverviewHandler},
  };
}

}  // namespace leerplek::http
