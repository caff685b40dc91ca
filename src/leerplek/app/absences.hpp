// Absences: the student reports sickness and uploads the certificate copy, the ombudsdienst marks the original
// received (R8); missed days are made up on catch-up days the coordinator approves (R9); work accidents are
// reported at once and followed up until declared to the insurer or closed (R10).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "leerplek/app/context.hpp"
#include "leerplek/app/placements.hpp"
#include "leerplek/domain/absence.hpp"

namespace leerplek::app {

// --- R8 sickness

struct SicknessView {
  SicknessRecord record;
  PlacementView placement;
  std::vector<domain::Date> sick_planned_days;  // the planned workplace days it covers: missed (R9)
  std::optional<DocumentRecord> certificate;    // the copy on file
  std::string original_received_by_name;
  bool open = false;  // certificate copy missing, original not received, or reported late
};

// The placement's student reports sick (only while the placement runs). The timing is judged against the
// workplace's start time and the report's own local time in Europe/Brussels; the mentor and the cohort's
// coordinator contacts are e-mailed at once.
Result<SicknessView> ReportSickness(const AppContext& ctx, const Actor& actor, domain::PlacementId placement,
                                    const domain::SicknessReport& report);

// The student uploads the copy of the medical certificate (PDF, JPEG or PNG, recognised by content); a new
// upload replaces the copy on file.
Result<SicknessView> UploadSicknessCertificate(const AppContext& ctx, const Actor& actor, domain::SicknessReportId id,
                                               const Upload& upload);

struct CertificateDownload {
  std::string file_name;
  std::string content_type;  // "application/pdf", "image/jpeg", "image/png"
  std::string bytes;
};
// The copy, for the student, the placement's mentor, a coordinator of the cohort's programme and the
// ombudsdienst (school-wide).
Result<CertificateDownload> DownloadSicknessCertificate(const AppContext& ctx, const Actor& actor,
                                                        domain::SicknessReportId id);

// The ombudsdienst records that the original certificate came in (who, when); once.
Result<SicknessView> MarkOriginalCertificateReceived(const AppContext& ctx, const Actor& actor,
                                                     domain::SicknessReportId id);

// The student their own reports, a mentor those of their students, a coordinator those of their programmes'
// cohorts, the ombudsdienst all; newest first sick day first.
Result<std::vector<SicknessView>> ListSicknessReports(const AppContext& ctx, const Actor& actor, bool open_only);

// --- R9 catch-up

struct CatchUpView {
  CatchUpRequest request;
  PlacementView placement;
  std::string proposed_by_name;
  std::string decided_by_name;
};

// The placement's student or mentor proposes a date to make up a missed day; the cohort's coordinator
// contacts are e-mailed. Only while missed days are open that no other proposed or approved day covers.
Result<CatchUpView> ProposeCatchUpDay(const AppContext& ctx, const Actor& actor, domain::PlacementId placement,
                                      domain::Date date, const std::string& note);

// A coordinator of the programme approves or rejects (with a comment) a proposed day; the student and the
// mentor hear it by e-mail. An approved day can then be written in the logbook.
Result<CatchUpView> DecideCatchUpDay(const AppContext& ctx, const Actor& actor, domain::CatchUpRequestId id,
                                     bool approve, const std::string& comment);

// --- R10 work accidents

struct AccidentView {
  AccidentRecord record;
  PlacementView placement;
  std::string reported_by_name;
  std::optional<int> days_left_to_declare;  // until the insurer's deadline; none once declared or closed
};

// The placement's student or mentor reports an accident; the cohort's coordinator contacts hear it at once.
Result<AccidentView> ReportAccident(const AppContext& ctx, const Actor& actor, domain::PlacementId placement,
                                    const domain::AccidentReport& report);

// A coordinator of the programme records the declaration to the insurer or closes the accident.
Result<AccidentView> ChangeAccidentStatus(const AppContext& ctx, const Actor& actor, domain::AccidentId id,
                                          domain::AccidentStatus status, const std::string& reason);

// The student and mentor their own, a coordinator those of their programmes' cohorts; open ones first, the
// nearest deadline first.
Result<std::vector<AccidentView>> ListAccidents(const AppContext& ctx, const Actor& actor, bool open_only);

// --- the coordinator's overview

struct AbsenceOverview {
  std::vector<SicknessView> sickness;   // open reports
  std::vector<CatchUpView> catch_up;    // days waiting for a decision
  std::vector<AccidentView> accidents;  // not closed
};
// What is still open in a cohort, for its programme's coordinators, supervisors and programme lead.
Result<AbsenceOverview> CohortAbsences(const AppContext& ctx, const Actor& actor, domain::CohortId cohort);

// For the logbook: the sickness reports and catch-up requests of one placement (its view given), by date.
std::vector<SicknessView> SicknessViewsOf(Repositories& repos, const PlacementView& placement);
std::vector<CatchUpView> CatchUpViewsOf(Repositories& repos, const PlacementView& placement);

}  // namespace leerplek::app
