#include "leerplek/domain/progress.hpp"

#include <gtest/gtest.h>

namespace leerplek::domain {
namespace {

Date D(std::string_view iso) { return ParseIsoDate(iso).value_or(Date{}); }

ProgressInput FourPlannedDays(std::string_view today) {
  ProgressInput in;
  in.required_days = 4;
  in.planned_days = {D("2027-02-09"), D("2027-02-10"), D("2027-02-16"), D("2027-02-17")};
  in.today = D(today);
  return in;
}

TEST(Progress, R5_ApprovedDaysAreSummedAsDayEquivalentsCappedAtOneEach) {
  ProgressInput in = FourPlannedDays("2027-02-18");
  in.entries = {{D("2027-02-09"), 450, EntryState::kApproved},
                {D("2027-02-10"), 500, EntryState::kApproved},  // over 8 h still counts one day
                {D("2027-02-16"), 225, EntryState::kApproved},  // half a day
                {D("2027-02-17"), 449, EntryState::kSubmitted}};
  const Progress p = ModuleProgress(in);
  EXPECT_EQ(p.planned_days, 4);
  EXPECT_DOUBLE_EQ(p.approved_days, 2.5);
  EXPECT_DOUBLE_EQ(p.pending_days, 449.0 / 450.0);
  EXPECT_EQ(p.missed_days, 0);
  EXPECT_DOUBLE_EQ(p.share_done, 2.5 / 4);
}

TEST(Progress, R5_DraftsAndReturnedEntriesCountNothing) {
  ProgressInput in = FourPlannedDays("2027-02-11");
  in.entries = {{D("2027-02-09"), 450, EntryState::kDraft}, {D("2027-02-10"), 450, EntryState::kReturned}};
  const Progress p = ModuleProgress(in);
  EXPECT_DOUBLE_EQ(p.approved_days, 0);
  EXPECT_DOUBLE_EQ(p.pending_days, 0);
  EXPECT_EQ(p.missed_days, 2);  // both past days lack a submitted entry
}

TEST(Progress, R9_PastDaysWithoutEntryAndReportedAbsencesAreMissed) {
  ProgressInput in = FourPlannedDays("2027-02-16");  // today is the third planned day
  in.entries = {{D("2027-02-09"), 450, EntryState::kApproved}};
  in.absences = {D("2027-02-17")};  // sickness reported ahead for a future day
  const Progress p = ModuleProgress(in);
  EXPECT_EQ(p.missed_days, 2);  // 10/02 (past, no entry) and 17/02 (absent); today is not missed yet
  EXPECT_EQ(p.catch_up_open, 2);
}

TEST(Progress, R9_AnApprovedCatchUpDayClosesOneObligationAndCountsAsWork) {
  ProgressInput in = FourPlannedDays("2027-03-01");
  in.entries = {{D("2027-02-09"), 450, EntryState::kApproved},
                {D("2027-02-10"), 450, EntryState::kApproved},
                {D("2027-02-16"), 450, EntryState::kApproved},
                {D("2027-02-24"), 450, EntryState::kSubmitted, true}};
  in.absences = {D("2027-02-17")};
  Progress p = ModuleProgress(in);
  EXPECT_EQ(p.missed_days, 1);
  EXPECT_EQ(p.catch_up_open, 1);  // the catch-up entry waits for approval
  in.entries.back().state = EntryState::kApproved;
  p = ModuleProgress(in);
  EXPECT_EQ(p.catch_up_open, 0);
  EXPECT_DOUBLE_EQ(p.approved_days, 4);
  EXPECT_DOUBLE_EQ(p.share_done, 1.0);
}

TEST(Progress, R9_MoreCatchUpDaysThanMissedLeaveNothingNegative) {
  ProgressInput in = FourPlannedDays("2027-02-01");
  in.entries = {{D("2027-01-20"), 450, EntryState::kApproved, true}};
  const Progress p = ModuleProgress(in);
  EXPECT_EQ(p.missed_days, 0);
  EXPECT_EQ(p.catch_up_open, 0);
  in.required_days = 0;
  EXPECT_DOUBLE_EQ(ModuleProgress(in).share_done, 0);
}

}  // namespace
}  // namespace leerplek::domain
