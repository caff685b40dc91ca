#include "leerplek/domain/absence.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <utility>

#include "leerplek/domain/text.hpp"

namespace leerplek::domain {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

int DaysBetween(Date from, Date to) { return static_cast<int>((sys_days{to} - sys_days{from}).count()); }

bool IsMinuteOfDay(int minutes) { return minutes >= 0 && minutes <= kLastMinuteOfDay; }

bool Contains(const std::vector<Date>& dates, Date date) {
  return std::find(dates.begin(), dates.end(), date) != dates.end();
}

std::string Count(std::size_t n) { return std::to_string(n); }

Error NotNow(std::string field, std::string message) {
  Error e{ErrorCode::kFailedPrecondition, message, {}, {}};
  if (!field.empty()) e.fields.push_back({std::move(field), std::move(message)});
  return e;
}

// The same calendar date one year earlier; 28 February for 29 February.
Date OneYearBefore(Date date) {
  const Date same{date.year() - std::chrono::years{1}, date.month(), date.day()};
  if (same.ok()) return same;
  return Date{
      std::chrono::year_month_day_last{date.year() - std::chrono::years{1}, std::chrono::month_day_last{date.month()}}};
}

struct AccidentStatusNames {
  AccidentStatus status;
  std::string_view code;
  std::string_view dutch;
};
constexpr std::array kAccidentStatusNames = {
    AccidentStatusNames{AccidentStatus::kOpen, "open", "Open"},
    AccidentStatusNames{AccidentStatus::kDeclared, "declared", "Aangegeven bij verzekeraar"},
    AccidentStatusNames{AccidentStatus::kClosed, "closed", "Afgesloten"},
};

}  // namespace

// --- R8 sickness

Status SicknessReportIsValid(const SicknessReport& report, Date today) {
  FieldErrors errors;
  const bool first_ok = DateIsSupported(report.first_day);
  if (!first_ok) {
    errors.Add("first_day", "Vul een geldige eerste ziektedag in.");
  } else if (DateIsSupported(today)) {
    const Date earliest = AddDays(today, -kSickReportMaxDaysBack);
    const Date latest = AddDays(today, kSickReportMaxDaysAhead);
    if (report.first_day < earliest) {
      errors.Add("first_day", "De eerste ziektedag mag hoogstens " + std::to_string(kSickReportMaxDaysBack) +
                                  " dagen geleden zijn (ten vroegste " + DutchDate(earliest) + ").");
    } else if (report.first_day > latest) {
      errors.Add("first_day", "De eerste ziektedag mag hoogstens " + std::to_string(kSickReportMaxDaysAhead) +
                                  " dagen vooruit liggen (ten laatste " + DutchDate(latest) + ").");
    }
  }
  if (!DateIsSupported(report.last_day)) {
    errors.Add("last_day", "Vul een geldige laatste ziektedag in.");
  } else if (first_ok) {
    if (report.last_day < report.first_day) {
      errors.Add("last_day", "De laatste ziektedag kan niet vóór de eerste ziektedag (" + DutchDate(report.first_day) +
                                 ") liggen.");
    } else if (DaysBetween(report.first_day, report.last_day) > kMaxSicknessSpanDays) {
      errors.Add("last_day", "De laatste ziektedag mag hoogstens " + std::to_string(kMaxSicknessSpanDays) +
                                 " dagen na de eerste liggen (ten laatste " +
                                 DutchDate(AddDays(report.first_day, kMaxSicknessSpanDays)) +
                                 "). Meld een langere afwezigheid opnieuw.");
    }
  }
  if (report.called_workplace_minutes && !IsMinuteOfDay(*report.called_workplace_minutes))
    errors.Add("called_workplace_at", "Vul een geldig uur in voor je telefoon naar de werkplek (00:00 tot 23:59).");
  if (report.called_coordinator_minutes && !IsMinuteOfDay(*report.called_coordinator_minutes))
    errors.Add("called_coordinator_at",
               "Vul een geldig uur in voor je telefoon naar de coördinator (00:00 tot 23:59).");
  if (CodePoints(report.note) > kMaxSickNoteLength)
    errors.Add("note", "Hou de opmerking onder " + Count(kMaxSickNoteLength) + " tekens.");
  if (!errors.Empty()) return errors.ToError();
  return {};
}

std::string_view ReportTimingCode(ReportTiming t) {
  switch (t) {
    case ReportTiming::kOnTime: return "on_time";
    case ReportTiming::kLate: return "late";
  }
  return "";  // unreachable: every timing is handled above
}

ReportTiming SicknessReportTiming(const SicknessReport& report, int organisation_start_minutes, Date reported_on,
                                  int reported_minutes) {
  if (reported_on < report.first_day) return ReportTiming::kOnTime;
  if (reported_on > report.first_day) return ReportTiming::kLate;
  // Reported on the first sick day: each call must have been made at or before the start time; a call the
  // student did not declare is taken to be the report itself.
  const auto in_time = [&](const std::optional<int>& call) {
    return call.value_or(reported_minutes) <= organisation_start_minutes;
  };
  if (in_time(report.called_workplace_minutes) && in_time(report.called_coordinator_minutes))
    return ReportTiming::kOnTime;
  return ReportTiming::kLate;
}

std::vector<Date> SickPlannedDays(const SicknessReport& report, const std::vector<Date>& planned_days) {
  std::vector<Date> out;
  for (const Date& d : planned_days) {
    if (d >= report.first_day && d <= report.last_day) out.push_back(d);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Result<std::string> CertificateContentType(std::string_view bytes) {
  if (bytes.empty())
    return InvalidField("file", "Kies een bestand met de kopie van het ziekteattest (PDF, JPEG of PNG).");
  if (bytes.size() > kMaxCertificateBytes) {
    return InvalidField("file", "Het bestand is groter dan " + Count(kMaxCertificateBytes / (1024 * 1024)) +
                                    " MB. Verklein of scan het opnieuw.");
  }
  constexpr std::string_view kPdf = "%PDF-";
  constexpr std::string_view kJpeg = "\xFF\xD8\xFF";
  constexpr std::string_view kPng = "\x89PNG\r\n\x1A\n";
  if (bytes.substr(0, kPdf.size()) == kPdf) return std::string("application/pdf");
  if (bytes.substr(0, kJpeg.size()) == kJpeg) return std::string("image/jpeg");
  if (bytes.substr(0, kPng.size()) == kPng) return std::string("image/png");
  return InvalidField("file", "Dit bestand is geen PDF, JPEG of PNG. Laad het attest op als PDF of als foto.");
}

// --- R9 catch-up

std::string_view CatchUpStateCode(CatchUpState s) {
  switch (s) {
    case CatchUpState::kProposed: return "proposed";
    case CatchUpState::kApproved: return "approved";
    case CatchUpState::kRejected: return "rejected";
  }
  return "";  // unreachable: every state is handled above
}

std::optional<CatchUpState> ParseCatchUpState(std::string_view code) {
  for (CatchUpState s : {CatchUpState::kProposed, CatchUpState::kApproved, CatchUpState::kRejected}) {
    if (CatchUpStateCode(s) == code) return s;
  }
  return std::nullopt;
}

Status CatchUpProposalIsValid(Date date, Date today, const std::vector<Date>& planned_days,
                              const std::vector<Date>& taken, int open_obligations, std::string_view note) {
  FieldErrors errors;
  if (!DateIsSupported(date)) {
    errors.Add("date", "Vul een geldige datum voor de inhaaldag in.");
  } else if (open_obligations <= 0) {
    errors.Add("date", "Er valt niets meer in te halen: er staat geen gemiste werkplekdag meer open.");
  } else if (date < today) {
    errors.Add("date", "Een inhaaldag kan niet in het verleden liggen (ten vroegste " + DutchDate(today) + ").");
  } else if (std::chrono::weekday{sys_days{date}} == std::chrono::Sunday) {
    errors.Add("date", DutchDate(date) + " is een zondag. Kies een andere datum voor de inhaaldag.");
  } else {
    const auto holidays = BelgianLegalHolidays(static_cast<int>(date.year()));
    const auto holiday =
        std::find_if(holidays.begin(), holidays.end(), [&](const Holiday& h) { return h.date == date; });
    if (holiday != holidays.end()) {
      errors.Add("date", DutchDate(date) + " is een wettelijke feestdag (" + holiday->name +
                             "). Kies een andere datum voor de inhaaldag.");
    } else if (Contains(planned_days, date)) {
      errors.Add("date", DutchDate(date) + " is al een geplande werkplekdag. Kies een andere datum voor de inhaaldag.");
    } else if (Contains(taken, date)) {
      errors.Add("date", "Voor " + DutchDate(date) + " is al een inhaaldag voorgesteld of goedgekeurd.");
    }
  }
  if (CodePoints(note) > kMaxCatchUpNoteLength)
    errors.Add("note", "Hou de toelichting onder " + Count(kMaxCatchUpNoteLength) + " tekens.");
  if (!errors.Empty()) return errors.ToError();
  return {};
}

Status CatchUpDecisionIsAllowed(CatchUpState current, bool approve, std::string_view comment) {
  if (current != CatchUpState::kProposed) {
    return NotNow("", std::string("Over deze inhaaldag is al beslist (") +
                          (current == CatchUpState::kApproved ? "goedgekeurd" : "geweigerd") + ").");
  }
  if (!approve && IsBlank(comment))
    return InvalidField("comment", "Zeg de student waarom de inhaaldag geweigerd wordt.");
  return {};
}

// --- R10 work accident

std::string_view AccidentStatusCode(AccidentStatus s) {
  for (const auto& n : kAccidentStatusNames) {
    if (n.status == s) return n.code;
  }
  return "";  // unreachable: every status is in the table
}

std::string_view AccidentStatusDutchName(AccidentStatus s) {
  for (const auto& n : kAccidentStatusNames) {
    if (n.status == s) return n.dutch;
  }
  return "";  // unreachable: every status is in the table
}

std::optional<AccidentStatus> ParseAccidentStatus(std::string_view code) {
  for (const auto& n : kAccidentStatusNames) {
    if (n.code == code) return n.status;
  }
  return std::nullopt;
}

Status AccidentReportIsValid(const AccidentReport& report, Date today) {
  FieldErrors errors;
  if (!DateIsSupported(report.date)) {
    errors.Add("date", "Vul een geldige datum van het ongeval in.");
  } else if (report.date > today) {
    errors.Add("date", "De datum van het ongeval kan niet in de toekomst liggen.");
  } else if (report.date < OneYearBefore(today)) {
    errors.Add("date", "De datum van het ongeval mag hoogstens een jaar geleden zijn (ten vroegste " +
                           DutchDate(OneYearBefore(today)) + ").");
  }
  if (!IsMinuteOfDay(report.time_minutes))
    errors.Add("time", "Vul een geldig uur van het ongeval in (00:00 tot 23:59).");
  const auto text = [&](const std::string& value, const char* field, std::size_t max, const char* what,
                        const char* missing) {
    if (missing != nullptr && IsBlank(value)) {
      errors.Add(field, missing);
    } else if (CodePoints(value) > max) {
      errors.Add(field, std::string("Beschrijf ") + what + " in hoogstens " + Count(max) + " tekens.");
    }
  };
  text(report.place, "place", kMaxAccidentPlaceLength, "de plaats van het ongeval",
       "Vul de plaats van het ongeval in.");
  text(report.what_happened, "what_happened", kMaxAccidentWhatHappenedLength, "wat er gebeurd is",
       "Beschrijf wat er gebeurd is.");
  text(report.injuries, "injuries", kMaxAccidentInjuriesLength, "de verwondingen",
       "Beschrijf de verwondingen (of schrijf \"geen\").");
  text(report.witnesses, "witnesses", kMaxAccidentWitnessesLength, "de getuigen", nullptr);
  text(report.first_aid, "first_aid", kMaxAccidentFirstAidLength, "de eerste hulp", nullptr);
  if (!errors.Empty()) return errors.ToError();
  return {};
}

Status AccidentTransitionIsAllowed(AccidentStatus from, AccidentStatus to, std::string_view reason) {
  const bool forward = (from == AccidentStatus::kOpen && to != AccidentStatus::kOpen) ||
                       (from == AccidentStatus::kDeclared && to == AccidentStatus::kClosed);
  if (!forward) {
    if (from == to)
      return NotNow("status", "Het ongeval staat al op \"" + std::string(AccidentStatusDutchName(from)) + "\".");
    return NotNow("status", "Het ongeval kan niet terug van \"" + std::string(AccidentStatusDutchName(from)) +
                                "\" naar \"" + std::string(AccidentStatusDutchName(to)) + "\".");
  }
  if (from == AccidentStatus::kOpen && to == AccidentStatus::kClosed && IsBlank(reason)) {
    return InvalidField("status",
                        "Geef een reden om het ongeval af te sluiten zonder aangifte bij de verzekeraar "
                        "(bijvoorbeeld: geen letsel).");
  }
  return {};
}

std::optional<int> DaysLeftToDeclare(const AccidentReport& report, AccidentStatus status, Date today) {
  if (status != AccidentStatus::kOpen) return std::nullopt;
  return DaysBetween(today, AddDays(report.date, kInsurerDeadlineDays));
}

}  // namespace leerplek::domain
