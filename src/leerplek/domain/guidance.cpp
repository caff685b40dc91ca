#include "leerplek/domain/guidance.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <set>

#include "leerplek/domain/text.hpp"

namespace leerplek::domain {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

std::string Count(std::size_t n) { return std::to_string(n); }

Error NotNow(std::string field, std::string message) {
  Error e{ErrorCode::kFailedPrecondition, message, {}, {}};
  if (!field.empty()) e.fields.push_back({std::move(field), std::move(message)});
  return e;
}

template <typename E>
struct Names {
  E value;
  std::string_view code;
  std::string_view dutch;
};

constexpr std::array kKindNames = {
    Names<GuidanceKind>{GuidanceKind::kSupervision, "supervision", "Supervisie"},
    Names<GuidanceKind>{GuidanceKind::kIntervision, "intervision", "Intervisie"},
};
constexpr std::array kAttendanceNames = {
    Names<AttendanceStatus>{AttendanceStatus::kPresent, "present", "aanwezig"},
    Names<AttendanceStatus>{AttendanceStatus::kExcused, "excused", "gewettigd afwezig"},
    Names<AttendanceStatus>{AttendanceStatus::kAbsent, "absent", "afwezig"},
};
constexpr std::array kVisitStateNames = {
    Names<VisitState>{VisitState::kPlanned, "planned", "Gepland"},
    Names<VisitState>{VisitState::kReported, "reported", "Verslag geschreven"},
    Names<VisitState>{VisitState::kCancelled, "cancelled", "Geannuleerd"},
};

template <typename E, std::size_t N>
std::string_view CodeOf(const std::array<Names<E>, N>& table, E value) {
  for (const auto& n : table) {
    if (n.value == value) return n.code;
  }
  return "";  // unreachable: every value is in its table
}
template <typename E, std::size_t N>
std::string_view DutchOf(const std::array<Names<E>, N>& table, E value) {
  for (const auto& n : table) {
    if (n.value == value) return n.dutch;
  }
  return "";  // unreachable: every value is in its table
}
template <typename E, std::size_t N>
std::optional<E> Parse(const std::array<Names<E>, N>& table, std::string_view code) {
  for (const auto& n : table) {
    if (n.code == code) return n.value;
  }
  return std::nullopt;
}

// "start" and "duration_minutes" of a moment or visit that ends by midnight of its own day.
void CheckTimes(int start, int duration, FieldErrors& errors) {
  const bool start_ok = start >= 0 && start <= 24 * 60 - 1;
  if (!start_ok) errors.Add("start", "Vul een geldig beginuur in (00:00 tot 23:59).");
  if (duration < kMinGuidanceMinutes || duration > kMaxGuidanceMinutes) {
    errors.Add("duration_minutes", "De duur is minstens " + std::to_string(kMinGuidanceMinutes) +
                                       " minuten en hoogstens " + std::to_string(kMaxGuidanceMinutes / 60) + " uur.");
  } else if (start_ok && start + duration >= 24 * 60) {
    errors.Add("duration_minutes", "Het moment moet eindigen vóór middernacht. Kies een kortere duur.");
  }
}

// A required text within `max` code points.
void CheckText(const std::string& value, const char* field, std::size_t max, const char* missing, const char* what,
               FieldErrors& errors) {
  if (IsBlank(value)) {
    errors.Add(field, missing);
  } else if (CodePoints(value) > max) {
    errors.Add(field, std::string("Hou ") + what + " onder " + Count(max) + " tekens.");
  }
}

bool Contains(const std::vector<UserId>& ids, UserId id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

}  // namespace

std::string_view GuidanceKindCode(GuidanceKind kind) { return CodeOf(kKindNames, kind); }
std::string_view GuidanceKindDutchName(GuidanceKind kind) { return DutchOf(kKindNames, kind); }
std::optional<GuidanceKind> ParseGuidanceKind(std::string_view code) { return Parse(kKindNames, code); }

std::string_view AttendanceStatusCode(AttendanceStatus status) { return CodeOf(kAttendanceNames, status); }
std::string_view AttendanceStatusDutchName(AttendanceStatus status) { return DutchOf(kAttendanceNames, status); }
std::optional<AttendanceStatus> ParseAttendanceStatus(std::string_view code) { return Parse(kAttendanceNames, code); }

std::string_view VisitStateCode(VisitState state) { return CodeOf(kVisitStateNames, state); }
std::string_view VisitStateDutchName(VisitState state) { return DutchOf(kVisitStateNames, state); }
std::optional<VisitState> ParseVisitState(std::string_view code) { return Parse(kVisitStateNames, code); }

// --- moments

Status GuidanceMomentIsValid(const GuidanceMoment& moment, Date today, const std::vector<std::string>& modules,
                             const std::vector<UserId>& cohort_students) {
  FieldErrors errors;
  if (std::find(modules.begin(), modules.end(), moment.module_code) == modules.end())
    errors.Add("module", "Kies een module van de cohorte.");
  if (!DateIsSupported(moment.date)) {
    errors.Add("date", "Vul een geldige datum in.");
  } else if (DateIsSupported(today) && (moment.date < AddDays(today, -kGuidanceMaxDaysAway) ||
                                        moment.date > AddDays(today, kGuidanceMaxDaysAway))) {
    errors.Add("date", "De datum ligt hoogstens een jaar van vandaag (" + DutchDate(today) + ").");
  }
  CheckTimes(moment.start_minutes, moment.duration_minutes, errors);
  CheckText(moment.title, "title", kMaxGuidanceTitleLength, "Geef het moment een titel.", "de titel", errors);
  CheckText(moment.place, "place", kMaxGuidancePlaceLength, "Vul de plaats in (een lokaal of een online link).",
            "de plaats", errors);
  if (moment.participants.empty()) {
    errors.Add("student_ids", "Kies minstens één student.");
  } else {
    std::set<std::int64_t> seen;
    bool twice = false;
    bool outsider = false;
    for (UserId id : moment.participants) {
      twice = twice || !seen.insert(id.value).second;
      outsider = outsider || !Contains(cohort_students, id);
    }
    if (outsider) {
      errors.Add("student_ids", "Kies alleen studenten van deze cohorte.");
    } else if (twice) {
      errors.Add("student_ids", "Elke student staat maar één keer op de lijst.");
    }
  }
  if (!errors.Empty()) return errors.ToError();
  return {};
}

Status ParticipantsMayChange(const std::vector<UserId>& recorded, const std::vector<UserId>& participants) {
  for (UserId id : recorded) {
    if (!Contains(participants, id)) {
      return InvalidField("student_ids",
                          "Je kunt geen student weghalen van wie de aanwezigheid al geregistreerd is: die hoort bij "
                          "het evaluatiedossier.");
    }
  }
  return {};
}

Status AttendanceIsValid(const std::vector<AttendanceMark>& marks, const std::vector<UserId>& participants,
                         Date moment_date, Date today) {
  if (today < moment_date) {
    return NotNow("attendance",
                  "De aanwezigheid registreer je vanaf de dag van het moment (" + DutchDate(moment_date) + ").");
  }
  FieldErrors errors;
  std::set<std::int64_t> seen;
  for (std::size_t i = 0; i < marks.size(); ++i) {
    const AttendanceMark& m = marks[i];
    const std::string at = Indexed("attendance", i);
    if (!Contains(participants, m.student)) {
      errors.Add(at + ".student_id", "Deze student neemt niet deel aan dit moment.");
    } else if (!seen.insert(m.student.value).second) {
      errors.Add(at + ".student_id", "Deze student staat twee keer in de lijst.");
    }
    if (m.status == AttendanceStatus::kExcused) {
      if (IsBlank(m.reason)) {
        errors.Add(at + ".reason", "Geef de reden van de gewettigde afwezigheid.");
      } else if (CodePoints(m.reason) > kMaxExcuseLength) {
        errors.Add(at + ".reason", "Hou de reden onder " + Count(kMaxExcuseLength) + " tekens.");
      }
    }
  }
  if (!errors.Empty()) return errors.ToError();
  return {};
}

int AttendedMandatory(const std::vector<AttendanceLine>& lines) {
  return static_cast<int>(std::count_if(lines.begin(), lines.end(), [](const AttendanceLine& l) {
    return l.mandatory && l.status &&
           (*l.status == AttendanceStatus::kPresent || *l.status == AttendanceStatus::kExcused);
  }));
}

int MandatoryMoments(const std::vector<AttendanceLine>& lines) {
  return static_cast<int>(
      std::count_if(lines.begin(), lines.end(), [](const AttendanceLine& l) { return l.mandatory; }));
}

// --- visits

Status VisitPlanIsValid(const VisitPlan& plan, Date today) {
  FieldErrors errors;
  if (!DateIsSupported(plan.date)) {
    errors.Add("date", "Vul een geldige datum voor het bezoek in.");
  } else if (DateIsSupported(today)) {
    if (plan.date < AddDays(today, -kVisitMaxDaysBack)) {
      errors.Add("date", "Een bezoek achteraf registreren kan tot " + std::to_string(kVisitMaxDaysBack) +
                             " dagen terug (ten vroegste " + DutchDate(AddDays(today, -kVisitMaxDaysBack)) + ").");
    } else if (plan.date > AddDays(today, kGuidanceMaxDaysAway)) {
      errors.Add("date", "Plan een bezoek hoogstens een jaar vooruit (ten laatste " +
                             DutchDate(AddDays(today, kGuidanceMaxDaysAway)) + ").");
    }
  }
  CheckTimes(plan.start_minutes, plan.duration_minutes, errors);
  CheckText(plan.with_whom, "with_whom", kMaxWithWhomLength, "Vul in met wie je praat, bv. de mentor en de student.",
            "\"met wie\"", errors);
  CheckText(plan.place, "place", kMaxVisitPlaceLength, "Vul de plaats van het bezoek in.", "de plaats", errors);
  if (!errors.Empty()) return errors.ToError();
  return {};
}

Status VisitMayChange(VisitState state) {
  if (state == VisitState::kPlanned) return {};
  return NotNow("state", state == VisitState::kCancelled ? "Dit bezoek is geannuleerd; plan een nieuw bezoek."
                                                         : "Over dit bezoek is al een verslag geschreven.");
}

Status VisitMayBeCancelled(VisitState state, std::string_view reason) {
  if (Status ok = VisitMayChange(state); !ok) return ok;
  if (CodePoints(reason) > kMaxCancelReasonLength)
    return InvalidField("reason", "Hou de reden onder " + Count(kMaxCancelReasonLength) + " tekens.");
  return {};
}

Status VisitReportIsValid(VisitState state, Date visit_date, Date today, std::string_view report) {
  if (state == VisitState::kCancelled) return NotNow("state", "Een geannuleerd bezoek krijgt geen verslag.");
  if (today < visit_date) {
    return NotNow("report", "Het verslag schrijf je vanaf de dag van het bezoek (" + DutchDate(visit_date) + ").");
  }
  if (IsBlank(report)) return InvalidField("report", "Schrijf een kort verslag van het bezoek.");
  if (CodePoints(report) > kMaxVisitReportLength)
    return InvalidField("report", "Hou het verslag onder " + Count(kMaxVisitReportLength) + " tekens.");
  return {};
}

bool VisitIsUpcoming(Date visit_date, Date today) { return visit_date >= today; }

}  // namespace leerplek::domain
