#include "leerplek/domain/calendar.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstddef>
#include <map>
#include <utility>

namespace leerplek::domain {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

constexpr int kMaxPatterns = 50;
constexpr int kMaxSingleDates = 500;
constexpr int kMaxPatternDays = 400;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

int DigitsToInt(std::string_view text) {
  int value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  return value;
}

void AppendPadded(std::string& out, int value, int width) {
  std::string digits = std::to_string(value < 0 ? -value : value);
  if (value < 0) out.push_back('-');
  if (static_cast<int>(digits.size()) < width) out.append(static_cast<std::size_t>(width) - digits.size(), '0');
  out += digits;
}

Date MakeDate(int year, unsigned month, unsigned day) {
  return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

std::string Indexed(std::string_view list, std::size_t index) {
  return std::string(list) + "[" + std::to_string(index) + "]";
}

void CheckSingleDates(const std::vector<Date>& dates, std::string_view field, std::string_view too_many,
                      FieldErrors& errors) {
  if (dates.size() > static_cast<std::size_t>(kMaxSingleDates)) {
    // Per-date errors would only bury this one: the list has to shrink first.
    errors.Add(std::string(field), std::string(too_many));
    return;
  }
  for (std::size_t i = 0; i < dates.size(); ++i) {
    if (!DateIsSupported(dates[i])) errors.Add(Indexed(field, i), "Geen geldige datum.");
  }
}

}  // namespace

bool DateIsSupported(Date date) {
  const int year = static_cast<int>(date.year());
  return date.ok() && year >= kFirstSupportedYear && year <= kLastSupportedYear;
}

Date AddDays(Date date, int n) { return Date{std::chrono::sys_days{date} + std::chrono::days{n}}; }

std::optional<Date> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  constexpr std::array<std::size_t, 8> kDigitPositions{0, 1, 2, 3, 5, 6, 8, 9};
  for (std::size_t i : kDigitPositions) {
    if (!IsDigit(text[i])) return std::nullopt;
  }
  const Date date = MakeDate(DigitsToInt(text.substr(0, 4)), static_cast<unsigned>(DigitsToInt(text.substr(5, 2))),
                             static_cast<unsigned>(DigitsToInt(text.substr(8, 2))));
  if (!DateIsSupported(date)) return std::nullopt;
  return date;
}

std::string IsoDate(Date date) {
  std::string out;
  out.reserve(10);
  AppendPadded(out, static_cast<int>(date.year()), 4);
  out.push_back('-');
  AppendPadded(out, static_cast<int>(static_cast<unsigned>(date.month())), 2);
  out.push_back('-');
  AppendPadded(out, static_cast<int>(static_cast<unsigned>(date.day())), 2);
  return out;
}

Date EasterSunday(int year) {
  assert(year >= 1583);  // the Gregorian computus means nothing before the reform
  const int a = year % 19;
  const int b = year / 100;
  const int c = year % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return MakeDate(year, static_cast<unsigned>(month), static_cast<unsigned>(day));
}

std::vector<Holiday> BelgianLegalHolidays(int year) {
  assert(year >= kFirstSupportedYear && year <= kLastSupportedYear);
  const sys_days easter{EasterSunday(year)};
  std::vector<Holiday> holidays{
      {MakeDate(year, 1, 1), "Nieuwjaar"},
      {Date{easter + days{1}}, "Paasmaandag"},
      {MakeDate(year, 5, 1), "Dag van de Arbeid"},
      {Date{easter + days{39}}, "Onze-Lieve-Heer-Hemelvaart"},
      {Date{easter + days{50}}, "Pinkstermaandag"},
      {MakeDate(year, 7, 21), "Nationale feestdag"},
      {MakeDate(year, 8, 15), "Onze-Lieve-Vrouw-Hemelvaart"},
      {MakeDate(year, 11, 1), "Allerheiligen"},
      {MakeDate(year, 11, 11), "Wapenstilstand"},
      {MakeDate(year, 12, 25), "Kerstmis"},
  };
  // Ascension can fall on 30 April (Easter on 22 March) or on 1 May itself, so the order is not fixed.
  std::stable_sort(holidays.begin(), holidays.end(),
                   [](const Holiday& x, const Holiday& y) { return x.date < y.date; });
  return holidays;
}

Holiday FlemishCommunityHoliday(int year) { return {MakeDate(year, 7, 11), "Feest van de Vlaamse Gemeenschap"}; }

Status CalendarRuleIsValid(const CalendarRule& rule) {
  FieldErrors errors;
  if (rule.patterns.size() > static_cast<std::size_t>(kMaxPatterns)) {
    errors.Add("patterns", "Een kalender mag hoogstens 50 patronen bevatten.");
  } else {
    for (std::size_t i = 0; i < rule.patterns.size(); ++i) {
      const WeekdayPattern& pattern = rule.patterns[i];
      const std::string prefix = Indexed("patterns", i);
      const bool from_ok = DateIsSupported(pattern.from);
      const bool to_ok = DateIsSupported(pattern.to);
      if (!from_ok) errors.Add(prefix + ".from", "Geen geldige datum.");
      if (!to_ok) errors.Add(prefix + ".to", "Geen geldige datum.");
      if (from_ok && to_ok) {
        const auto length = (sys_days{pattern.to} - sys_days{pattern.from}).count() + 1;
        if (length < 1) {
          errors.Add(prefix + ".to", "De einddatum ligt vóór de begindatum.");
        } else if (length > kMaxPatternDays) {
          errors.Add(prefix + ".to", "Een periode mag hoogstens 400 dagen lang zijn.");
        }
      }
      if (pattern.weekdays.empty()) {
        errors.Add(prefix + ".weekdays", "Kies minstens één weekdag.");
      } else if (std::any_of(pattern.weekdays.begin(), pattern.weekdays.end(),
                             [](int weekday) { return weekday < 1 || weekday > 7; })) {
        errors.Add(prefix + ".weekdays", "Een weekdag is een getal van 1 (maandag) tot 7 (zondag).");
      }
    }
  }
  CheckSingleDates(rule.added, "added", "Er mogen hoogstens 500 dagen toegevoegd worden.", errors);
  CheckSingleDates(rule.removed, "removed", "Er mogen hoogstens 500 dagen geschrapt worden.", errors);
  if (!errors.Empty()) return errors.ToError();
  return {};
}

std::vector<Date> WorkplaceDaysFromRule(const CalendarRule& rule) {
  // Meant for a rule that passed CalendarRuleIsValid; parts that would not (unsupported dates, weekdays
  // outside 1–7) are skipped rather than trusted, so a bad rule can never make this loop run away.
  std::vector<sys_days> result;
  for (const WeekdayPattern& pattern : rule.patterns) {
    if (!DateIsSupported(pattern.from) || !DateIsSupported(pattern.to)) continue;
    std::array<bool, 8> wanted{};  // indexed by ISO weekday
    for (int weekday : pattern.weekdays) {
      if (weekday >= 1 && weekday <= 7) wanted[static_cast<std::size_t>(weekday)] = true;
    }
    for (sys_days day{pattern.from}; day <= sys_days{pattern.to}; day += days{1}) {
      if (wanted[std::chrono::weekday{day}.iso_encoding()]) result.push_back(day);
    }
  }
  for (Date date : rule.added) {
    if (DateIsSupported(date)) result.emplace_back(date);
  }
  std::sort(result.begin(), result.end());
  result.erase(std::unique(result.begin(), result.end()), result.end());

  std::vector<sys_days> removed;
  for (Date date : rule.removed) {
    if (DateIsSupported(date)) removed.emplace_back(date);
  }
  std::sort(removed.begin(), removed.end());
  std::erase_if(result, [&](sys_days day) { return std::binary_search(removed.begin(), removed.end(), day); });

  return {result.begin(), result.end()};
}

std::vector<DayWarning> WarningsForWorkplaceDays(const std::vector<Date>& days, bool flemish_holiday,
                                                 const std::vector<ClosurePeriod>& closures) {
  std::map<int, std::vector<Holiday>> holidays_by_year;  // computed once per year involved
  std::vector<DayWarning> warnings;
  for (Date date : days) {
    if (!DateIsSupported(date)) continue;
    const int year = static_cast<int>(date.year());
    auto found = holidays_by_year.find(year);
    if (found == holidays_by_year.end()) found = holidays_by_year.emplace(year, BelgianLegalHolidays(year)).first;
    for (const Holiday& holiday : found->second) {
      if (holiday.date == date) {
        warnings.push_back({date, DayWarningKind::kLegalHoliday, holiday.name + " (wettelijke feestdag)"});
      }
    }
    if (flemish_holiday) {
      Holiday flemish = FlemishCommunityHoliday(year);
      if (flemish.date == date) warnings.push_back({date, DayWarningKind::kFlemishHoliday, std::move(flemish.name)});
    }
    if (std::chrono::weekday{sys_days{date}} == std::chrono::Sunday) {
      warnings.push_back({date, DayWarningKind::kSunday, "zondag"});
    }
    for (const ClosurePeriod& closure : closures) {
      if (closure.from <= date && date <= closure.to) {
        warnings.push_back({date, DayWarningKind::kClosure, closure.name + " (sluiting)"});
      }
    }
  }
  // Callers normally pass sorted days; keep the promised date order even when they do not.
  std::stable_sort(warnings.begin(), warnings.end(),
                   [](const DayWarning& x, const DayWarning& y) { return x.date < y.date; });
  return warnings;
}

std::vector<DayWarning> DaysSharedWithOtherModules(const std::vector<Date>& days,
                                                   const std::vector<ModuleDays>& other_modules) {
  std::vector<DayWarning> warnings;
  for (const Date& date : days) {
    for (const ModuleDays& other : other_modules) {
      if (std::binary_search(other.days.begin(), other.days.end(), date)) {
        warnings.push_back({date, DayWarningKind::kOtherModule, "ook werkplekdag van " + other.name});
      }
    }
  }
  return warnings;
}

}  // namespace leerplek::domain
