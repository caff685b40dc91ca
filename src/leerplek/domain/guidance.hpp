// Guidance by the school: supervision and intervision moments with their attendance (the "other agreements"
// of R20) and workplace visits (R22). Pure functions of their inputs: `today` is a parameter, never a clock.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "leerplek/domain/calendar.hpp"
#include "leerplek/domain/ids.hpp"
#include "leerplek/domain/result.hpp"

namespace leerplek::domain {

using GuidanceMomentId = Id<struct GuidanceMomentTag>;
using VisitId = Id<struct VisitTag>;

inline constexpr std::size_t kMaxGuidanceTitleLength = 200;
inline constexpr std::size_t kMaxGuidancePlaceLength = 200;
inline constexpr std::size_t kMaxExcuseLength = 500;
inline constexpr int kMinGuidanceMinutes = 15;
inline constexpr int kMaxGuidanceMinutes = 8 * 60;
inline constexpr int kGuidanceMaxDaysAway = 366;  // a moment or visit lies at most this many days from today

// --- R20 "other agreements": supervision and intervision moments

enum class GuidanceKind { kSupervision, kIntervision };
std::string_view GuidanceKindCode(GuidanceKind kind);       // "supervision", "intervision"
std::string_view GuidanceKindDutchName(GuidanceKind kind);  // "Supervisie", "Intervisie"
std::optional<GuidanceKind> ParseGuidanceKind(std::string_view code);

enum class AttendanceStatus { kPresent, kExcused, kAbsent };
std::string_view AttendanceStatusCode(AttendanceStatus status);       // "present", "excused", "absent"
std::string_view AttendanceStatusDutchName(AttendanceStatus status);  // "aanwezig", "gewettigd afwezig", "afwezig"
std::optional<AttendanceStatus> ParseAttendanceStatus(std::string_view code);

// A moment a supervisor plans for students of one cohort, for one module.
struct GuidanceMoment {
  GuidanceMomentId id;
  CohortId cohort;
  std::string module_code;
  GuidanceKind kind = GuidanceKind::kSupervision;
  Date date = {};
  int start_minutes = 0;  // local time (Europe/Brussels), minutes since midnight
  int duration_minutes = 0;
  std::string title;
  std::string place;
  bool mandatory = true;
  std::vector<UserId> participants;  // students of the cohort
};

// Fields: "module" (one of `modules`), "date" (a real date, at most kGuidanceMaxDaysAway days from today
// either way), "start" (00:00–23:59), "duration_minutes" (15–480, and the moment ends before midnight), "title"
// (required, at most 200 code points), "place" (required, at most 200), "student_ids" (at least one, each
// once, each a student of the cohort: `cohort_students`). Every problem at once, in Dutch.
Status GuidanceMomentIsValid(const GuidanceMoment& moment, Date today, const std::vector<std::string>& modules,
                             const std::vector<UserId>& cohort_students);

// A change may not take a student off a moment whose attendance is already recorded (field "student_ids"):
// the attendance belongs to the evaluation file (R20, R23).
Status ParticipantsMayChange(const std::vector<UserId>& recorded, const std::vector<UserId>& participants);

// Attendance of one student at one moment.
struct AttendanceMark {
  UserId student;
  AttendanceStatus status = AttendanceStatus::kPresent;
  std::string reason;  // required for kExcused, empty otherwise
};

// Attendance is recorded on or after the moment's day (kFailedPrecondition before it). Each mark: a
// participant of the moment ("attendance[i].student_id", each once), an excused absence with a reason that
// is not blank and at most 500 code points ("attendance[i].reason"). Every problem at once.
Status AttendanceIsValid(const std::vector<AttendanceMark>& marks, const std::vector<UserId>& participants,
                         Date moment_date, Date today);

// One moment as the score (R20) and the appeal file (R23) see it, for one student.
struct AttendanceLine {
  Date date = {};
  std::string kind;  // "supervision" | "intervision"
  std::string title;
  bool mandatory = false;
  std::optional<AttendanceStatus> status;  // none while the attendance is not recorded
  std::string reason;                      // the excuse, for kExcused
};

// R20: the mandatory moments the student attended. An excused absence (always with its reason) is not a
// missed moment, so it counts as attended; an absence without excuse does not, and neither does a moment
// whose attendance is not recorded yet. Optional moments never count. (ADR 0018)
int AttendedMandatory(const std::vector<AttendanceLine>& lines);
// R20: how many of the lines are mandatory (the denominator next to AttendedMandatory).
int MandatoryMoments(const std::vector<AttendanceLine>& lines);

// --- R22 workplace visits

inline constexpr std::size_t kMaxWithWhomLength = 200;
inline constexpr std::size_t kMaxVisitPlaceLength = 300;
inline constexpr std::size_t kMaxVisitReportLength = 4000;
inline constexpr std::size_t kMaxCancelReasonLength = 500;
inline constexpr int kVisitMaxDaysBack = 60;  // a visit that took place may be recorded afterwards

enum class VisitState { kPlanned, kReported, kCancelled };
std::string_view VisitStateCode(VisitState state);       // "planned", "reported", "cancelled"
std::string_view VisitStateDutchName(VisitState state);  // "Gepland", "Verslag geschreven", "Geannuleerd"
std::optional<VisitState> ParseVisitState(std::string_view code);

struct VisitPlan {
  Date date = {};
  int start_minutes = 0;  // local time (Europe/Brussels)
  int duration_minutes = 0;
  std::string with_whom;  // free text: "Sofie (mentor) en Lotte"
  std::string place;      // defaults to the organisation's address
};

// Fields: "date" (a real date, at most 60 days before today — a visit recorded afterwards — and at most
// kGuidanceMaxDaysAway after it), "start" (00:00–23:59), "duration_minutes" (15–480, ending before midnight),
// "with_whom" (required, at most 200 code points), "place" (required, at most 300). Every problem at once.
Status VisitPlanIsValid(const VisitPlan& plan, Date today);

// Only a planned visit may be moved or cancelled (kFailedPrecondition, field "state"); a cancel reason is
// optional, at most 500 code points (field "reason").
Status VisitMayChange(VisitState state);
Status VisitMayBeCancelled(VisitState state, std::string_view reason);

// The report is written once the visit's day has come (kFailedPrecondition before), on a planned visit or to
// change an earlier report (not on a cancelled one); field "report": required, at most 4000 code points.
Status VisitReportIsValid(VisitState state, Date visit_date, Date today, std::string_view report);

// Whether an invitation (iCalendar) is worth sending: the visit is today or later.
bool VisitIsUpcoming(Date visit_date, Date today);

}  // namespace leerplek::domain
