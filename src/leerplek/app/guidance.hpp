// Guidance by the school: a supervisor plans supervision and intervision moments for students of a cohort and
// records their attendance (the "other agreements" of R20), and plans, reports on or cancels visits to the
// workplaces of their own placements (R22), with an iCalendar invitation to the student and the mentor.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "leerplek/app/context.hpp"
#include "leerplek/app/placements.hpp"
#include "leerplek/domain/guidance.hpp"

namespace leerplek::app {

using domain::AttendanceLine;

// --- R20 moments

struct AttendanceView {
  UserId student;
  std::string student_name;
  std::optional<domain::AttendanceStatus> status;  // none while not recorded
  std::string reason;
  std::optional<Timestamp> recorded_at;
  std::string recorded_by_name;
};

struct GuidanceMomentView {
  GuidanceMomentRecord record;
  std::string cohort_name;
  std::string module_name;
  std::string planned_by_name;
  std::vector<AttendanceView> attendance;  // one per participant, by name; a student sees only their own
  bool may_edit = false;                   // a supervisor of the programme
};

// A supervisor of the cohort's programme plans a moment for students of the cohort (`moment.cohort`).
Result<GuidanceMomentView> PlanGuidanceMoment(const AppContext& ctx, const Actor& actor,
                                              const domain::GuidanceMoment& moment);
// A supervisor of the programme changes every field of a moment (`moment.id`); a student whose attendance is
// recorded stays on it.
Result<GuidanceMomentView> ChangeGuidanceMoment(const AppContext& ctx, const Actor& actor,
                                                const domain::GuidanceMoment& moment);
// A supervisor of the programme records attendance, from the moment's day on; students not in `marks` keep
// what they had.
Result<GuidanceMomentView> RecordAttendance(const AppContext& ctx, const Actor& actor, domain::GuidanceMomentId id,
                                            const std::vector<domain::AttendanceMark>& marks);
// A cohort's moments, by date: all of them for its programme's staff; for a student of the cohort only the
// moments they take part in, with only their own attendance. `module` narrows to one module.
Result<std::vector<GuidanceMomentView>> ListGuidanceMoments(const AppContext& ctx, const Actor& actor,
                                                            domain::CohortId cohort,
                                                            const std::optional<std::string>& module);

// For the score (R20) and the appeal file (R23): the student's moments in the cohort for one module, by date,
// with their attendance. No access check: the caller has done it.
std::vector<AttendanceLine> AttendanceOf(Repositories& repos, domain::CohortId cohort, UserId student,
                                         const std::string& module);

struct PlacementAttendance {
  PlacementView placement;
  std::vector<AttendanceLine> lines;
  int attended_mandatory = 0;  // domain::AttendedMandatory
  int mandatory = 0;
};
// The attendance of the placement's student in its module: for the student, and the programme's supervisors,
// coordinators and programme lead.
Result<PlacementAttendance> GetPlacementAttendance(const AppContext& ctx, const Actor& actor,
                                                   domain::PlacementId placement);

// --- R22 visits

struct VisitView {
  VisitRecord record;
  PlacementView placement;
  std::string planned_by_name;
  std::string reported_by_name;
  bool may_edit = false;  // the placement's own supervisor
};

// The placement's supervisor plans a visit to an approved placement; a blank place becomes the organisation's
// address. The student and the mentor get an e-mail with the invitation (.ics) when the visit is still to come.
Result<VisitView> PlanVisit(const AppContext& ctx, const Actor& actor, domain::PlacementId placement,
                            const domain::VisitPlan& plan);
// Moves or changes a planned visit; the invitation is sent again with a higher SEQUENCE.
Result<VisitView> ChangeVisit(const AppContext& ctx, const Actor& actor, domain::VisitId id,
                              const domain::VisitPlan& plan);
// Cancels a planned visit; an upcoming one is cancelled in the invitees' calendars (METHOD:CANCEL).
Result<VisitView> CancelVisit(const AppContext& ctx, const Actor& actor, domain::VisitId id, const std::string& reason);
// The supervisor writes (or rewrites) the report, from the day of the visit.
Result<VisitView> ReportVisit(const AppContext& ctx, const Actor& actor, domain::VisitId id, const std::string& report);
// A placement's visits, by date, with their reports: for its student, mentor and supervisor and the
// programme's coordinators and programme lead.
Result<std::vector<VisitView>> ListVisits(const AppContext& ctx, const Actor& actor, domain::PlacementId placement);

// For the appeal file (R23) and others: a placement's visits by date, whatever their state. No access check.
std::vector<VisitRecord> VisitsOf(Repositories& repos, domain::PlacementId placement);

struct MyGuidanceView {
  std::vector<GuidanceMomentView> moments;  // from today: a student's own; the moments a supervisor planned
  std::vector<VisitView> visits;            // upcoming planned visits; a supervisor also past ones without report
};
// What is coming for the actor: students, mentors and supervisors.
Result<MyGuidanceView> MyGuidance(const AppContext& ctx, const Actor& actor);

}  // namespace leerplek::app
