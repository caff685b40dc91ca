// Dates, Belgian holidays (R2) and the workplace-day calendar (R1): pure functions of their inputs.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "leerplek/domain/result.hpp"

namespace leerplek::domain {

using Date = std::chrono::year_month_day;

// "YYYY-MM-DD" ↔ Date. Parsing refuses anything but a real calendar date between 1900 and 2100.
std::optional<Date> ParseIsoDate(std::string_view text);
std::string IsoDate(Date date);

inline constexpr int kFirstSupportedYear = 1900;
inline constexpr int kLastSupportedYear = 2100;

// A date the calendar can work with: a real date within the supported years.
bool DateIsSupported(Date date);
// `date` moved `n` days (back when negative).
Date AddDays(Date date, int n);

struct Holiday {
  Date date;
  std::string name;  // Dutch, e.g. "Paasmaandag"
  bool operator==(const Holiday&) const = default;
};

// Easter Sunday in the Gregorian calendar (anonymous Gregorian computus).
Date EasterSunday(int year);

// R2: the 10 Belgian legal holidays of `year`, in date order, with their Dutch names:
// Nieuwjaar (1/1), Paasmaandag, Dag van de Arbeid (1/5), Onze-Lieve-Heer-Hemelvaart (Easter + 39),
// Pinkstermaandag (Easter + 50), Nationale feestdag (21/7), Onze-Lieve-Vrouw-Hemelvaart (15/8),
// Allerheiligen (1/11), Wapenstilstand (11/11), Kerstmis (25/12). Year must be 1900–2100.
std::vector<Holiday> BelgianLegalHolidays(int year);

// R2: 11 July, "Feest van de Vlaamse Gemeenschap" (configurable per programme, not a legal holiday).
Holiday FlemishCommunityHoliday(int year);

// A closed period (school closure, or an organisation's closure/replacement day), both ends included.
struct ClosurePeriod {
  Date from;
  Date to;
  std::string name;
};

// R1: how a module's workplace days are fixed: weekday patterns over date ranges, plus single dates
// added or removed. `weekdays` uses ISO numbering 1 = Monday … 7 = Sunday.
struct WeekdayPattern {
  Date from;
  Date to;
  std::vector<int> weekdays;
};
struct CalendarRule {
  std::vector<WeekdayPattern> patterns;
  std::vector<Date> added;
  std::vector<Date> removed;
};

// Checks a rule: from ≤ to, weekdays 1–7 and not empty, at most 400 days per pattern, dates in range.
// Field names: "patterns[i].from", "patterns[i].to", "patterns[i].weekdays", "added[i]", "removed[i]".
Status CalendarRuleIsValid(const CalendarRule& rule);

// R1: the explicit, sorted list of distinct workplace days: every date of every pattern that falls on
// one of its weekdays, plus `added`, minus `removed` (removed wins over both).
std::vector<Date> WorkplaceDaysFromRule(const CalendarRule& rule);

enum class DayWarningKind { kLegalHoliday, kFlemishHoliday, kSunday, kClosure, kOtherModule };
struct DayWarning {
  Date date;
  DayWarningKind kind;
  std::string message;  // Dutch, e.g. "Paasmaandag (wettelijke feestdag)"
};

// R2: warnings for workplace days that fall on a legal holiday, on 11 July (when `flemish_holiday`),
// on a Sunday, or inside a closure period. One warning per cause, in date order.
std::vector<DayWarning> WarningsForWorkplaceDays(const std::vector<Date>& days, bool flemish_holiday,
                                                 const std::vector<ClosurePeriod>& closures);

// R1: a student cannot be at two workplaces on one day. Warnings (kOtherModule, "ook werkplekdag van
// <module>") for each day of `days` that is also a day of another module of the same cohort.
struct ModuleDays {
  std::string name;
  std::vector<Date> days;  // sorted
};
std::vector<DayWarning> DaysSharedWithOtherModules(const std::vector<Date>& days,
                                                   const std::vector<ModuleDays>& other_modules);

}  // namespace leerplek::domain
