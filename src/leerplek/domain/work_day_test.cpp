#include "leerplek/domain/work_day.hpp"

#include <gtest/gtest.h>

#include <string>

namespace leerplek::domain {
namespace {

Date D(std::string_view iso) { return ParseIsoDate(iso).value_or(Date{}); }

// A Tuesday that is no holiday, from 09:00 with `worked` minutes of work and `pause` minutes of break.
WorkDayInput Day(int worked, int pause = 30, std::string_view date = "2027-02-16") {
  return {D(date), 9 * 60, 9 * 60 + worked + pause, pause};
}

std::string Flags(const Result<WorkDayEvaluation>& r) {
  std::string out;
  for (WorkDayFlag f : r.value().flags) out += (out.empty() ? "" : ",") + std::string(WorkDayFlagCode(f));
  return out;
}

TEST(WorkDay, R3_WorkedIsEndMinusStartMinusBreaks) {
  const auto r = EvaluateWorkDay({D("2027-02-16"), 8 * 60 + 30, 17 * 60, 45});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->worked_minutes, 465);
  EXPECT_EQ(r->counted_minutes, 465);
  EXPECT_DOUBLE_EQ(r->day_equivalent, 1.0);
  EXPECT_EQ(Flags(r), "");
}

TEST(WorkDay, R5_449MinutesIsAPartialDayAnd450IsAWholeOne) {
  auto r = EvaluateWorkDay(Day(449));
  EXPECT_EQ(Flags(r), "partial_day");
  EXPECT_DOUBLE_EQ(r->day_equivalent, 449.0 / 450.0);
  r = EvaluateWorkDay(Day(450));
  EXPECT_EQ(Flags(r), "");
  EXPECT_DOUBLE_EQ(r->day_equivalent, 1.0);
}

TEST(WorkDay, R5_MinutesAbove480AreNotCountedAndFlagged) {
  auto r = EvaluateWorkDay(Day(480));
  EXPECT_EQ(r->counted_minutes, 480);
  EXPECT_EQ(Flags(r), "");
  r = EvaluateWorkDay(Day(481));
  EXPECT_EQ(r->worked_minutes, 481);
  EXPECT_EQ(r->counted_minutes, 480);
  EXPECT_DOUBLE_EQ(r->day_equivalent, 1.0);
  EXPECT_EQ(Flags(r), "over_max_hours");
}

TEST(WorkDay, R5_MoreThanSixHoursNeedsFifteenMinutesOfBreak) {
  EXPECT_EQ(Flags(EvaluateWorkDay(Day(360, 14))), "partial_day");  // exactly 6 h: not more than 6 h
  EXPECT_EQ(Flags(EvaluateWorkDay(Day(361, 14))), "partial_day,short_break");
  EXPECT_EQ(Flags(EvaluateWorkDay(Day(361, 15))), "partial_day");
  EXPECT_EQ(Flags(EvaluateWorkDay(Day(450, 0))), "short_break");
}

TEST(WorkDay, R4_ASundayCountsAsOneDayNeverDouble) {
  const auto r = EvaluateWorkDay(Day(450, 30, "2027-02-21"));
  EXPECT_EQ(Flags(r), "sunday");
  EXPECT_DOUBLE_EQ(r->day_equivalent, 1.0);
}

TEST(WorkDay, R4_EachLegalHolidayIsFlaggedAndCountsOnce) {
  for (const Holiday& h : BelgianLegalHolidays(2027)) {
    const auto r = EvaluateWorkDay(Day(450, 30, IsoDate(h.date)));
    ASSERT_TRUE(r) << h.name;
    const std::string flags = Flags(r);
    EXPECT_NE(flags.find("legal_holiday"), std::string::npos) << h.name;
    EXPECT_DOUBLE_EQ(r->day_equivalent, 1.0) << h.name;
  }
  // 11 July is the Flemish Community's day, not a legal holiday.
  EXPECT_EQ(Flags(EvaluateWorkDay(Day(450, 30, "2027-07-12"))), "");
  EXPECT_EQ(Flags(EvaluateWorkDay(Day(450, 30, "2026-07-11"))), "");
}

TEST(WorkDay, R3_ADayThatEndsBeforeItStartsOrABreakLongerThanTheDayIsInvalid) {
  auto r = EvaluateWorkDay({D("2027-02-16"), 17 * 60, 9 * 60, 30});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at(0).field, "end");
  r = EvaluateWorkDay({D("2027-02-16"), 9 * 60, 9 * 60, 0});
  ASSERT_FALSE(r);
  r = EvaluateWorkDay({D("2027-02-16"), 9 * 60, 10 * 60, 61});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at(0).field, "break_minutes");
  r = EvaluateWorkDay({D("2027-02-16"), 9 * 60, 10 * 60, -1});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at(0).field, "break_minutes");
  r = EvaluateWorkDay({D("2027-02-16"), 9 * 60, 10 * 60, 60});  // all break: nothing worked, still a day entry
  ASSERT_TRUE(r);
  EXPECT_EQ(r->worked_minutes, 0);
  EXPECT_EQ(Flags(r), "partial_day");
}

}  // namespace
}  // namespace leerplek::domain
