#include "leerplek/domain/calendar.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

namespace leerplek::domain {
namespace {

using std::chrono::sys_days;

Date D(std::string_view iso) {
  const auto date = ParseIsoDate(iso);
  EXPECT_TRUE(date.has_value()) << iso;
  return date.value_or(Date{});
}

std::vector<std::string> Iso(const std::vector<Date>& dates) {
  std::vector<std::string> out;
  out.reserve(dates.size());
  for (Date date : dates) out.push_back(IsoDate(date));
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// An independent reference for R2: Gauss's Easter algorithm (with the Gregorian M and N taken from the
// century) and plain (year, month, day) arithmetic with its own month lengths, no <chrono>.

struct RefDate {
  int year;
  int month;
  int day;
};

bool RefIsLeap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int RefMonthLength(int year, int month) {
  static constexpr int kLengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && RefIsLeap(year) ? 29 : kLengths[month - 1];
}

RefDate RefAddDays(RefDate date, int count) {
  for (int i = 0; i < count; ++i) {
    if (++date.day > RefMonthLength(date.year, date.month)) {
      date.day = 1;
      if (++date.month > 12) {
        date.month = 1;
        ++date.year;
      }
    }
  }
  return date;
}

RefDate GaussEaster(int year) {
  const int k = year / 100;
  const int p = (13 + 8 * k) / 25;
  const int q = k / 4;
  const int m = (15 - p + k - q) % 30;
  const int n = (4 + k - q) % 7;
  const int a = year % 19;
  const int b = year % 4;
  const int c = year % 7;
  const int d = (19 * a + m) % 30;
  const int e = (2 * b + 4 * c + 6 * d + n) % 7;
  if (d == 29 && e == 6) return {year, 4, 19};
  if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19) return {year, 4, 18};
  const int march_day = 22 + d + e;
  return march_day <= 31 ? RefDate{year, 3, march_day} : RefDate{year, 4, march_day - 31};
}

std::string RefIso(RefDate date) {
  std::string out = std::to_string(date.year) + "-";
  if (date.month < 10) out += "0";
  out += std::to_string(date.month) + "-";
  if (date.day < 10) out += "0";
  return out + std::to_string(date.day);
}

// The ten holidays as (ISO date, name), in date order; on a shared date in the order R2 lists them.
std::vector<std::pair<std::string, std::string>> ReferenceHolidays(int year) {
  const RefDate easter = GaussEaster(year);
  std::vector<std::pair<std::string, std::string>> list{
      {RefIso({year, 1, 1}), "Nieuwjaar"},
      {RefIso(RefAddDays(easter, 1)), "Paasmaandag"},
      {RefIso({year, 5, 1}), "Dag van de Arbeid"},
      {RefIso(RefAddDays(easter, 39)), "Onze-Lieve-Heer-Hemelvaart"},
      {RefIso(RefAddDays(easter, 50)), "Pinkstermaandag"},
      {RefIso({year, 7, 21}), "Nationale feestdag"},
      {RefIso({year, 8, 15}), "Onze-Lieve-Vrouw-Hemelvaart"},
      {RefIso({year, 11, 1}), "Allerheiligen"},
      {RefIso({year, 11, 11}), "Wapenstilstand"},
      {RefIso({year, 12, 25}), "Kerstmis"},
  };
  std::stable_sort(list.begin(), list.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  return list;
}

// ---------------------------------------------------------------------------------------------------------
// Dates

TEST(IsoDates, EveryDayFrom1900To2100SurvivesARoundTrip) {
  int count = 0;
  for (sys_days day{D("1900-01-01")}; day <= sys_days{D("2100-12-31")}; day += std::chrono::days{1}) {
    const Date date{day};
    const auto parsed = ParseIsoDate(IsoDate(date));
    ASSERT_TRUE(parsed.has_value()) << IsoDate(date);
    ASSERT_EQ(*parsed, date);
    ++count;
  }
  EXPECT_EQ(count, 73414);  // 201 years, 49 of them leap (1900 and 2100 are not)
}

TEST(IsoDates, FormatsWithLeadingZeros) {
  using namespace std::chrono;
  EXPECT_EQ(IsoDate(year{2026} / January / 5), "2026-01-05");
  EXPECT_EQ(IsoDate(year{1900} / December / 31), "1900-12-31");
}

TEST(IsoDates, ParsingAcceptsLeapDaysOnlyInLeapYears) {
  EXPECT_TRUE(ParseIsoDate("2024-02-29").has_value());
  EXPECT_TRUE(ParseIsoDate("2000-02-29").has_value());
  EXPECT_FALSE(ParseIsoDate("1900-02-29").has_value());
  EXPECT_FALSE(ParseIsoDate("2100-02-29").has_value());
}

TEST(IsoDates, ParsingRefusesAnythingButARealDateInRange) {
  for (std::string_view bad :
       {"2026-02-30", "2026-2-3", "1899-12-31", "2101-01-01", "abcd-ef-gh", "", "2026-01-01x", "2026-13-01",
        "2026-00-10", "2026-01-00", "2026/01/01", " 2026-01-01", "2026-01-0a", "+026-01-01", "2026--1-01"}) {
    EXPECT_FALSE(ParseIsoDate(bad).has_value()) << '"' << bad << '"';
  }
  EXPECT_TRUE(ParseIsoDate("1900-01-01").has_value());
  EXPECT_TRUE(ParseIsoDate("2100-12-31").has_value());
}

// ---------------------------------------------------------------------------------------------------------
// R2: Easter and the Belgian legal holidays

TEST(Easter, R2_PublishedDates) {
  EXPECT_EQ(IsoDate(EasterSunday(2024)), "2024-03-31");
  EXPECT_EQ(IsoDate(EasterSunday(2025)), "2025-04-20");
  EXPECT_EQ(IsoDate(EasterSunday(2026)), "2026-04-05");
  EXPECT_EQ(IsoDate(EasterSunday(2027)), "2027-03-28");
  EXPECT_EQ(IsoDate(EasterSunday(2038)), "2038-04-25");  // the latest possible date
  EXPECT_EQ(IsoDate(EasterSunday(1943)), "1943-04-25");
  EXPECT_EQ(IsoDate(EasterSunday(1913)), "1913-03-23");
  EXPECT_EQ(IsoDate(EasterSunday(2008)), "2008-03-23");
  EXPECT_EQ(IsoDate(EasterSunday(1981)), "1981-04-19");  // Gauss's d = 29, e = 6 exception
  EXPECT_EQ(IsoDate(EasterSunday(1954)), "1954-04-18");  // Gauss's d = 28, e = 6 exception
}

TEST(Easter, R2_AlwaysASundayBetween22MarchAnd25AprilAndAgreesWithGauss) {
  for (int year = kFirstSupportedYear; year <= kLastSupportedYear; ++year) {
    const Date easter = EasterSunday(year);
    ASSERT_TRUE(easter.ok()) << year;
    EXPECT_EQ(std::chrono::weekday{sys_days{easter}}, std::chrono::Sunday) << year;
    const auto month_day = static_cast<unsigned>(easter.month()) * 100 + static_cast<unsigned>(easter.day());
    EXPECT_GE(month_day, 322U) << year;
    EXPECT_LE(month_day, 425U) << year;
    EXPECT_EQ(IsoDate(easter), RefIso(GaussEaster(year))) << year;
  }
}

TEST(BelgianHolidays, R2_TenLegalHolidaysIn2026) {
  const std::vector<Holiday> expected{
      {D("2026-01-01"), "Nieuwjaar"},
      {D("2026-04-06"), "Paasmaandag"},
      {D("2026-05-01"), "Dag van de Arbeid"},
      {D("2026-05-14"), "Onze-Lieve-Heer-Hemelvaart"},
      {D("2026-05-25"), "Pinkstermaandag"},
      {D("2026-07-21"), "Nationale feestdag"},
      {D("2026-08-15"), "Onze-Lieve-Vrouw-Hemelvaart"},
      {D("2026-11-01"), "Allerheiligen"},
      {D("2026-11-11"), "Wapenstilstand"},
      {D("2026-12-25"), "Kerstmis"},
  };
  EXPECT_EQ(BelgianLegalHolidays(2026), expected);
}

TEST(BelgianHolidays, R2_EveryYearFrom1900To2100MatchesAnIndependentComputation) {
  for (int year = kFirstSupportedYear; year <= kLastSupportedYear; ++year) {
    const std::vector<Holiday> actual = BelgianLegalHolidays(year);
    const auto expected = ReferenceHolidays(year);
    ASSERT_EQ(actual.size(), 10U) << year;
    for (std::size_t i = 0; i < expected.size(); ++i) {
      EXPECT_EQ(IsoDate(actual[i].date), expected[i].first) << year << " #" << i;
      EXPECT_EQ(actual[i].name, expected[i].second) << year << " #" << i;
    }
  }
}

TEST(BelgianHolidays, R2_InDateOrderEvenWhenAscensionFallsOnTheFirstOfMay) {
  // Easter on 23 March (1913, 2008) puts Ascension on 1 May, the same day as Labour Day.
  for (int year : {1913, 2008}) {
    const std::vector<Holiday> holidays = BelgianLegalHolidays(year);
    EXPECT_EQ(holidays[2].name, "Dag van de Arbeid");
    EXPECT_EQ(holidays[3].name, "Onze-Lieve-Heer-Hemelvaart");
    EXPECT_EQ(holidays[2].date, holidays[3].date);
    EXPECT_TRUE(std::is_sorted(holidays.begin(), holidays.end(),
                               [](const Holiday& x, const Holiday& y) { return x.date < y.date; }));
  }
}

TEST(BelgianHolidays, R2_FlemishCommunityHolidayIsEleventhOfJuly) {
  const Holiday flemish = FlemishCommunityHoliday(2026);
  EXPECT_EQ(IsoDate(flemish.date), "2026-07-11");
  EXPECT_EQ(flemish.name, "Feest van de Vlaamse Gemeenschap");
}

// ---------------------------------------------------------------------------------------------------------
// R1: calendar rules and the workplace days they produce

WeekdayPattern Pattern(std::string_view from, std::string_view to, std::vector<int> weekdays) {
  return {D(from), D(to), std::move(weekdays)};
}

TEST(WorkplaceDays, R1_EveryTuesdayAndWednesdayOfASpringTerm) {
  const CalendarRule rule{{Pattern("2027-02-10", "2027-05-20", {2, 3})}, {}, {}};
  ASSERT_TRUE(CalendarRuleIsValid(rule).has_value());
  const std::vector<Date> days = WorkplaceDaysFromRule(rule);
  ASSERT_EQ(days.size(), 29U);  // 15 Wednesdays (10 Feb … 19 May) and 14 Tuesdays (16 Feb … 18 May)
  EXPECT_EQ(IsoDate(days.front()), "2027-02-10");
  EXPECT_EQ(IsoDate(days[1]), "2027-02-16");
  EXPECT_EQ(IsoDate(days[2]), "2027-02-17");
  EXPECT_EQ(IsoDate(days.back()), "2027-05-19");
  for (Date day : days) {
    const auto weekday = std::chrono::weekday{sys_days{day}};
    EXPECT_TRUE(weekday == std::chrono::Tuesday || weekday == std::chrono::Wednesday) << IsoDate(day);
  }
  EXPECT_TRUE(std::is_sorted(days.begin(), days.end()));
}

TEST(WorkplaceDays, R1_AddedDatesAreIncludedAndRemovedDatesLeftOut) {
  const CalendarRule rule{{Pattern("2027-03-01", "2027-03-14", {1})},  // Mondays 1 and 8 March
                          {D("2027-03-10"), D("2027-03-20")},
                          {D("2027-03-08")}};
  EXPECT_EQ(Iso(WorkplaceDaysFromRule(rule)), (std::vector<std::string>{"2027-03-01", "2027-03-10", "2027-03-20"}));
}

TEST(WorkplaceDays, R1_RemovedWinsOverPatternAndAdded) {
  const CalendarRule rule{{Pattern("2027-03-01", "2027-03-07", {1, 2})},
                          {D("2027-03-02"), D("2027-03-05")},
                          {D("2027-03-02"), D("2027-03-05")}};
  EXPECT_EQ(Iso(WorkplaceDaysFromRule(rule)), (std::vector<std::string>{"2027-03-01"}));
}

TEST(WorkplaceDays, R1_OverlappingPatternsAndRepeatedDatesGiveNoDuplicates) {
  const CalendarRule rule{{Pattern("2027-03-01", "2027-03-14", {1, 3}), Pattern("2027-03-08", "2027-03-21", {3, 3}),
                           Pattern("2027-03-01", "2027-03-31", {5})},
                          {D("2027-03-03"), D("2027-03-03"), D("2027-03-05")},
                          {}};
  EXPECT_EQ(Iso(WorkplaceDaysFromRule(rule)),
            (std::vector<std::string>{"2027-03-01", "2027-03-03", "2027-03-05", "2027-03-08", "2027-03-10",
                                      "2027-03-12", "2027-03-17", "2027-03-19", "2027-03-26"}));
}

TEST(WorkplaceDays, R1_ARangeOfOneDay) {
  EXPECT_EQ(Iso(WorkplaceDaysFromRule({{Pattern("2027-03-03", "2027-03-03", {3})}, {}, {}})),
            (std::vector<std::string>{"2027-03-03"}));
  EXPECT_TRUE(WorkplaceDaysFromRule({{Pattern("2027-03-03", "2027-03-03", {4})}, {}, {}}).empty());
}

TEST(WorkplaceDays, R1_AWeekdayThatNeverOccursInTheRangeGivesNothing) {
  // 1–4 March 2027 is Monday to Thursday.
  EXPECT_TRUE(WorkplaceDaysFromRule({{Pattern("2027-03-01", "2027-03-04", {5, 6, 7})}, {}, {}}).empty());
}

TEST(WorkplaceDays, R1_OnlyAddedDatesAreSorted) {
  const CalendarRule rule{{}, {D("2027-06-02"), D("2027-01-15"), D("2026-12-31")}, {}};
  EXPECT_EQ(Iso(WorkplaceDaysFromRule(rule)), (std::vector<std::string>{"2026-12-31", "2027-01-15", "2027-06-02"}));
}

TEST(WorkplaceDays, R1_SundayIsSeven) {
  const CalendarRule rule{{Pattern("2027-03-01", "2027-03-14", {7})}, {}, {}};
  EXPECT_EQ(Iso(WorkplaceDaysFromRule(rule)), (std::vector<std::string>{"2027-03-07", "2027-03-14"}));
}

// ---------------------------------------------------------------------------------------------------------
// R1: validating a calendar rule

std::vector<FieldError> ErrorsOf(const CalendarRule& rule) {
  const Status status = CalendarRuleIsValid(rule);
  if (status.has_value()) return {};
  EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
  return status.error().fields;
}

TEST(CalendarRuleValidation, R1_AValidRulePasses) {
  EXPECT_TRUE(CalendarRuleIsValid(
                  {{Pattern("2026-09-21", "2027-06-30", {1, 2, 3, 4, 5})}, {D("2027-07-01")}, {D("2026-11-11")}})
                  .has_value());
  EXPECT_TRUE(CalendarRuleIsValid({}).has_value());
}

TEST(CalendarRuleValidation, R1_EndBeforeStartIsRefused) {
  EXPECT_EQ(ErrorsOf({{Pattern("2027-03-02", "2027-03-01", {1})}, {}, {}}),
            (std::vector<FieldError>{{"patterns[0].to", "De einddatum ligt vóór de begindatum."}}));
}

TEST(CalendarRuleValidation, R1_AtLeastOneWeekday) {
  EXPECT_EQ(ErrorsOf({{Pattern("2027-03-01", "2027-03-31", {})}, {}, {}}),
            (std::vector<FieldError>{{"patterns[0].weekdays", "Kies minstens één weekdag."}}));
}

TEST(CalendarRuleValidation, R1_WeekdaysRunFromOneToSeven) {
  const std::vector<FieldError> expected{
      {"patterns[0].weekdays", "Een weekdag is een getal van 1 (maandag) tot 7 (zondag)."}};
  EXPECT_EQ(ErrorsOf({{Pattern("2027-03-01", "2027-03-31", {0})}, {}, {}}), expected);
  EXPECT_EQ(ErrorsOf({{Pattern("2027-03-01", "2027-03-31", {1, 8})}, {}, {}}), expected);
  EXPECT_EQ(ErrorsOf({{Pattern("2027-03-01", "2027-03-31", {-1, 9})}, {}, {}}), expected);  // reported once
  EXPECT_TRUE(ErrorsOf({{Pattern("2027-03-01", "2027-03-31", {1, 7})}, {}, {}}).empty());
}

TEST(CalendarRuleValidation, R1_APeriodIsAtMostFourHundredDays) {
  // 2027-01-01 … 2028-02-04 is exactly 400 days (2027 has 365, 35 more in 2028).
  EXPECT_TRUE(ErrorsOf({{Pattern("2027-01-01", "2028-02-04", {1})}, {}, {}}).empty());
  EXPECT_EQ(ErrorsOf({{Pattern("2027-01-01", "2028-02-05", {1})}, {}, {}}),
            (std::vector<FieldError>{{"patterns[0].to", "Een periode mag hoogstens 400 dagen lang zijn."}}));
}

TEST(CalendarRuleValidation, R1_DatesMustBeRealAndInRange) {
  using namespace std::chrono;
  const Date impossible = year{2027} / February / 30;
  const Date too_early = year{1899} / December / 31;
  const Date too_late = year{2101} / January / 1;
  EXPECT_EQ(ErrorsOf({{{impossible, too_late, {1}}}, {too_early}, {D("2027-01-01"), impossible}}),
            (std::vector<FieldError>{{"patterns[0].from", "Geen geldige datum."},
                                     {"patterns[0].to", "Geen geldige datum."},
                                     {"added[0]", "Geen geldige datum."},
                                     {"removed[1]", "Geen geldige datum."}}));
}

TEST(CalendarRuleValidation, R1_EveryProblemIsReportedAtOnce) {
  const CalendarRule rule{{Pattern("2027-03-01", "2027-03-31", {1}), Pattern("2027-04-10", "2027-04-01", {}),
                           Pattern("2027-05-01", "2027-05-31", {2, 10})},
                          {},
                          {}};
  const Status status = CalendarRuleIsValid(rule);
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().message, "Controleer de gemarkeerde velden.");
  EXPECT_EQ(status.error().fields,
            (std::vector<FieldError>{
                {"patterns[1].to", "De einddatum ligt vóór de begindatum."},
                {"patterns[1].weekdays", "Kies minstens één weekdag."},
                {"patterns[2].weekdays", "Een weekdag is een getal van 1 (maandag) tot 7 (zondag)."},
            }));
}

TEST(CalendarRuleValidation, R1_AtMostFiftyPatternsAndFiveHundredAddedOrRemovedDates) {
  CalendarRule at_limit;
  at_limit.patterns.assign(50, Pattern("2027-03-01", "2027-03-31", {1}));
  at_limit.added.assign(500, D("2027-04-01"));
  at_limit.removed.assign(500, D("2027-04-02"));
  EXPECT_TRUE(CalendarRuleIsValid(at_limit).has_value());

  CalendarRule over = at_limit;
  over.patterns.push_back(Pattern("2027-03-01", "2027-03-31", {1}));
  over.added.push_back(D("2027-04-01"));
  over.removed.push_back(D("2027-04-02"));
  EXPECT_EQ(ErrorsOf(over), (std::vector<FieldError>{
                                {"patterns", "Een kalender mag hoogstens 50 patronen bevatten."},
                                {"added", "Er mogen hoogstens 500 dagen toegevoegd worden."},
                                {"removed", "Er mogen hoogstens 500 dagen geschrapt worden."},
                            }));
}

// ---------------------------------------------------------------------------------------------------------
// R2: warnings for workplace days

TEST(DayWarnings, R2_EasterMondayIsALegalHoliday) {
  const std::vector<DayWarning> warnings = WarningsForWorkplaceDays({D("2026-04-06")}, false, {});
  ASSERT_EQ(warnings.size(), 1U);
  EXPECT_EQ(warnings[0].date, D("2026-04-06"));
  EXPECT_EQ(warnings[0].kind, DayWarningKind::kLegalHoliday);
  EXPECT_EQ(warnings[0].message, "Paasmaandag (wettelijke feestdag)");
}

TEST(DayWarnings, R2_EleventhOfJulyOnlyWhenTheProgrammeObservesIt) {
  EXPECT_TRUE(WarningsForWorkplaceDays({D("2026-07-11")}, false, {}).empty());
  const std::vector<DayWarning> warnings = WarningsForWorkplaceDays({D("2026-07-11")}, true, {});
  ASSERT_EQ(warnings.size(), 1U);
  EXPECT_EQ(warnings[0].kind, DayWarningKind::kFlemishHoliday);
  EXPECT_EQ(warnings[0].message, "Feest van de Vlaamse Gemeenschap");
}

TEST(DayWarnings, R2_ASunday) {
  const std::vector<DayWarning> warnings = WarningsForWorkplaceDays({D("2026-03-01")}, true, {});
  ASSERT_EQ(warnings.size(), 1U);
  EXPECT_EQ(warnings[0].kind, DayWarningKind::kSunday);
  EXPECT_EQ(warnings[0].message, "zondag");
}

TEST(DayWarnings, R2_AClosureIncludesBothEnds) {
  const std::vector<ClosurePeriod> closures{{D("2027-02-15"), D("2027-02-19"), "Krokusvakantie"}};
  const std::vector<DayWarning> warnings = WarningsForWorkplaceDays(
      {D("2027-02-12"), D("2027-02-15"), D("2027-02-17"), D("2027-02-19"), D("2027-02-22")}, false, closures);
  ASSERT_EQ(warnings.size(), 3U);
  EXPECT_EQ(warnings[0].date, D("2027-02-15"));
  EXPECT_EQ(warnings[1].date, D("2027-02-17"));
  EXPECT_EQ(warnings[2].date, D("2027-02-19"));
  for (const DayWarning& warning : warnings) {
    EXPECT_EQ(warning.kind, DayWarningKind::kClosure);
    EXPECT_EQ(warning.message, "Krokusvakantie (sluiting)");
  }
}

TEST(DayWarnings, R2_ANormalDayGivesNothing) {
  const std::vector<ClosurePeriod> closures{{D("2027-02-15"), D("2027-02-19"), "Krokusvakantie"}};
  EXPECT_TRUE(WarningsForWorkplaceDays({D("2027-03-03")}, true, closures).empty());
  EXPECT_TRUE(WarningsForWorkplaceDays({}, true, closures).empty());
}

TEST(DayWarnings, R2_OneWarningPerCauseInDateOrder) {
  // 1 November 2026 is a Sunday; two closures overlap it.
  const std::vector<ClosurePeriod> closures{{D("2026-10-26"), D("2026-11-01"), "Herfstvakantie"},
                                            {D("2026-11-01"), D("2026-11-01"), "Inventaris"}};
  const std::vector<DayWarning> warnings =
      WarningsForWorkplaceDays({D("2026-07-11"), D("2026-11-01"), D("2026-12-25")}, true, closures);
  ASSERT_EQ(warnings.size(), 6U);
  EXPECT_EQ(warnings[0].message, "Feest van de Vlaamse Gemeenschap");
  EXPECT_EQ(warnings[1].message, "Allerheiligen (wettelijke feestdag)");
  EXPECT_EQ(warnings[2].message, "zondag");
  EXPECT_EQ(warnings[3].message, "Herfstvakantie (sluiting)");
  EXPECT_EQ(warnings[4].message, "Inventaris (sluiting)");
  EXPECT_EQ(warnings[5].message, "Kerstmis (wettelijke feestdag)");
  EXPECT_EQ(warnings[5].date, D("2026-12-25"));
}

TEST(DayWarnings, R2_LabourDayAndAscensionOnTheSameDayGiveTwoWarnings) {
  const std::vector<DayWarning> warnings = WarningsForWorkplaceDays({D("2008-05-01")}, false, {});
  ASSERT_EQ(warnings.size(), 2U);
  EXPECT_EQ(warnings[0].message, "Dag van de Arbeid (wettelijke feestdag)");
  EXPECT_EQ(warnings[1].message, "Onze-Lieve-Heer-Hemelvaart (wettelijke feestdag)");
}

TEST(DayWarnings, R2_DaysAcrossSeveralYearsUseEachYearsHolidays) {
  const std::vector<DayWarning> warnings =
      WarningsForWorkplaceDays({D("2025-04-21"), D("2026-04-06"), D("2027-03-29"), D("2027-04-06")}, false, {});
  ASSERT_EQ(warnings.size(), 3U);
  EXPECT_EQ(warnings[0].date, D("2025-04-21"));
  EXPECT_EQ(warnings[1].date, D("2026-04-06"));
  EXPECT_EQ(warnings[2].date, D("2027-03-29"));
  for (const DayWarning& warning : warnings) EXPECT_EQ(warning.message, "Paasmaandag (wettelijke feestdag)");
}

}  // namespace
}  // namespace leerplek::domain

namespace leerplek::domain {
namespace {

TEST(SharedDays, R1_ADayOfTwoModulesIsFlaggedWithTheOtherModulesName) {
  const Date a{std::chrono::year{2027}, std::chrono::month{2}, std::chrono::day{9}};
  const Date b{std::chrono::year{2027}, std::chrono::month{2}, std::chrono::day{10}};
  const Date c{std::chrono::year{2027}, std::chrono::month{2}, std::chrono::day{11}};
  auto warnings = DaysSharedWithOtherModules(
      {a, b, c},
      {{"Instroom", {b}}, {"Payroll", {c, Date{std::chrono::year{2027}, std::chrono::month{3}, std::chrono::day{1}}}}});
  ASSERT_EQ(warnings.size(), 2U);
  EXPECT_EQ(warnings[0].date, b);
  EXPECT_EQ(warnings[0].kind, DayWarningKind::kOtherModule);
  EXPECT_EQ(warnings[0].message, "ook werkplekdag van Instroom");
  EXPECT_EQ(warnings[1].message, "ook werkplekdag van Payroll");
  EXPECT_TRUE(DaysSharedWithOtherModules({a}, {}).empty());
}

}  // namespace
}  // namespace leerplek::domain
