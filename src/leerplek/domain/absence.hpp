// Absence rules: sickness (R8), catching up missed workplace days (R9) and work accidents (R10). Pure
// functions of their inputs: `today` and the report's local date and time are parameters, never a clock.
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

using SicknessReportId = Id<struct SicknessReportTag>;
using CatchUpRequestId = Id<struct CatchUpRequestTag>;
using AccidentId = Id<struct AccidentTag>;

inline constexpr int kLastMinuteOfDay = 24 * 60 - 1;  // local times are minutes since midnight, 0..1439

// --- R8 sickness

inline constexpr int kSickReportMaxDaysBack = 7;    // first_day at most this many days before today …
inline constexpr int kSickReportMaxDaysAhead = 30;  // … and at most this many days after it
inline constexpr int kMaxSicknessSpanDays = 30;     // last_day at most this many days after first_day
inline constexpr std::size_t kMaxSickNoteLength = 1000;

// What the student declares.
struct SicknessReport {
  Date first_day = {};
  Date last_day = {};
  // Declared local time (minutes since midnight, Europe/Brussels) of the phone call to the workplace, on
  // first_day; std::nullopt when the student did not say.
  std::optional<int> called_workplace_minutes = {};
  std::optional<int> called_coordinator_minutes = {};  // the same for the call to the coordinator
  std::string note = {};                               // optional, at most kMaxSickNoteLength code points
};

// Fields: "first_day" (a real date, at most 7 days before `today` and at most 30 days after it),
// "last_day" (a real date, not before first_day, at most 30 days after it), "called_workplace_at" and
// "called_coordinator_at" (when given: 0..1439), "note" (at most 1000 code points). Every problem at once;
// Dutch messages name the field and give dates as dd/mm/jjjj.
Status SicknessReportIsValid(const SicknessReport& report, Date today);

enum class ReportTiming { kOnTime, kLate };
std::string_view ReportTimingCode(ReportTiming t);  // "on_time", "late"

// R8: was the sickness reported on time? `reported_on` and `reported_minutes` are the local (Europe/Brussels)
// date and time at which the report was made in Leerplek; `organisation_start_minutes` is the workplace's
// start time on the first sick day.
//   - reported_on after first_day: late, whatever calls are declared.
//   - reported_on before first_day: on time, whatever calls are declared (the working day had not begun).
//   - reported_on == first_day: on time exactly when both the workplace and the coordinator count as called
//     in time, each on its own:
//       * a declared call counts as in time when its minutes ≤ organisation_start_minutes (a call exactly at
//         the start time is on time, one minute later is late);
//       * a call that is not declared is judged by the report's own time: in time when
//         reported_minutes ≤ organisation_start_minutes.
//     So a report made in Leerplek after the start time is still on time when both calls were declared
//     before (or at) the start time.
ReportTiming SicknessReportTiming(const SicknessReport& report, int organisation_start_minutes, Date reported_on,
                                  int reported_minutes);

// The days of the report that are workplace days: planned_days ∩ [first_day, last_day], sorted, each once.
// Empty when last_day is before first_day.
std::vector<Date> SickPlannedDays(const SicknessReport& report, const std::vector<Date>& planned_days);

// Certificate copy upload: PDF, JPEG or PNG recognised from the content's magic bytes (not the name): PDF
// starts with "%PDF-", JPEG with FF D8 FF, PNG with 89 50 4E 47 0D 0A 1A 0A. At most kMaxCertificateBytes
// (exactly 10 MiB is accepted). Field "file": Dutch messages for empty, too large, wrong type. Returns the
// MIME type: "application/pdf", "image/jpeg" or "image/png".
inline constexpr std::size_t kMaxCertificateBytes = 10 * 1024 * 1024;
Result<std::string> CertificateContentType(std::string_view bytes);

// --- R9 catch-up

inline constexpr std::size_t kMaxCatchUpNoteLength = 500;

enum class CatchUpState { kProposed, kApproved, kRejected };
std::string_view CatchUpStateCode(CatchUpState s);  // "proposed", "approved", "rejected"
std::optional<CatchUpState> ParseCatchUpState(std::string_view code);

// A proposed catch-up date (field "date"): a real date; only while there is an open obligation
// (open_obligations > 0, else a message that nothing is left to catch up); not before today (today itself is
// fine); not a Sunday; not a Belgian legal holiday (BelgianLegalHolidays, R2; 11 July is not one); not
// already a planned day of the placement; not already proposed or approved for this placement (`taken`).
// One message for "date", the first that applies in that order. Note at most 500 code points (field "note").
Status CatchUpProposalIsValid(Date date, Date today, const std::vector<Date>& planned_days,
                              const std::vector<Date>& taken, int open_obligations, std::string_view note);

// Only a proposed request can be decided (kFailedPrecondition otherwise); rejecting needs a comment that is
// not blank (field "comment"). Approving needs no comment.
Status CatchUpDecisionIsAllowed(CatchUpState current, bool approve, std::string_view comment);

// --- R10 work accident

inline constexpr std::size_t kMaxAccidentPlaceLength = 200;
inline constexpr std::size_t kMaxAccidentWhatHappenedLength = 4000;
inline constexpr std::size_t kMaxAccidentInjuriesLength = 2000;
inline constexpr std::size_t kMaxAccidentWitnessesLength = 1000;
inline constexpr std::size_t kMaxAccidentFirstAidLength = 1000;

enum class AccidentStatus { kOpen, kDeclared, kClosed };
std::string_view AccidentStatusCode(AccidentStatus s);       // "open", "declared", "closed"
std::string_view AccidentStatusDutchName(AccidentStatus s);  // "Open", "Aangegeven bij verzekeraar", "Afgesloten"
std::optional<AccidentStatus> ParseAccidentStatus(std::string_view code);

// What the insurer needs (R10).
struct AccidentReport {
  Date date = {};
  int time_minutes = 0;  // local time, minutes since midnight
  std::string place = {};
  bool on_the_way = false;  // on the way to or from the workplace, rather than on site
  std::string what_happened = {};
  std::string injuries = {};
  std::string witnesses = {};  // may be empty: no witnesses ("geen")
  std::string first_aid = {};
};

// Fields: "date" (a real date, not after `today`, not more than a year ago: the same calendar date one year
// earlier is still accepted, 28 February standing in for 29 February), "time" (0..1439), "place" (required,
// at most 200 code points), "what_happened" (required, at most 4000), "injuries" (required, at most 2000),
// "witnesses" (may be empty, at most 1000), "first_aid" (may be empty, at most 1000). Every problem at once.
Status AccidentReportIsValid(const AccidentReport& report, Date today);

// open → declared → closed; open → closed too (e.g. no injury, nothing to declare), but only with a reason
// that is not blank; no going back and no staying put. Field "status" (kFailedPrecondition for a transition
// that is not allowed, kInvalidArgument for a missing reason).
Status AccidentTransitionIsAllowed(AccidentStatus from, AccidentStatus to, std::string_view reason);

inline constexpr int kInsurerDeadlineDays = 8;  // calendar days after the accident

// Days left until the insurer's deadline (date + 8 calendar days): 8 on the day of the accident, 0 on the
// deadline itself, negative when overdue (-1 the day after). std::nullopt once declared or closed.
std::optional<int> DaysLeftToDeclare(const AccidentReport& report, AccidentStatus status, Date today);

}  // namespace leerplek::domain
