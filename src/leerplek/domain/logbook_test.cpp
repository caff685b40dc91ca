#include "leerplek/domain/logbook.hpp"

#include <gtest/gtest.h>

namespace leerplek::domain {
namespace {

Date D(std::string_view iso) { return ParseIsoDate(iso).value_or(Date{}); }

std::string FieldOf(const Status& s) { return s ? "" : (s.error().fields.empty() ? "" : s.error().fields[0].field); }

LogbookEntry Day(std::string_view date, int start, int end, int pause, std::string activities) {
  LogbookEntry e;
  e.date = D(date);
  e.start_minutes = start;
  e.end_minutes = end;
  e.break_minutes = pause;
  e.activities = std::move(activities);
  return e;
}

const std::vector<Date> kPlanned = {D("2027-02-16"), D("2027-02-23")};

TEST(LoggableDay, R6_APlannedDayCanBeLoggedFromThatDayOn) {
  EXPECT_EQ(LoggableDay(D("2027-02-16"), D("2027-02-16"), kPlanned, {}).value(), LoggableDayKind::kPlanned);
  EXPECT_EQ(LoggableDay(D("2027-02-16"), D("2027-03-30"), kPlanned, {}).value(), LoggableDayKind::kPlanned);
}

TEST(LoggableDay, R6_AFutureDayIsRefused) {
  Result<LoggableDayKind> r = LoggableDay(D("2027-02-23"), D("2027-02-22"), kPlanned, {});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at(0).field, "date");
  EXPECT_NE(r.error().message.find("23/02/2027"), std::string::npos);
}

TEST(LoggableDay, R1_ADayThatIsNotPlannedIsRefusedWithTheDate) {
  Result<LoggableDayKind> r = LoggableDay(D("2027-02-17"), D("2027-03-01"), kPlanned, {});
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().fields.at(0).field, "date");
  EXPECT_NE(r.error().message.find("17/02/2027"), std::string::npos);
  EXPECT_NE(r.error().message.find("inhaaldag"), std::string::npos);
}

TEST(LoggableDay, R9_AnApprovedCatchUpDayCanBeLogged) {
  EXPECT_EQ(LoggableDay(D("2027-02-17"), D("2027-02-17"), kPlanned, {D("2027-02-17")}).value(),
            LoggableDayKind::kCatchUp);
}

TEST(EntryIsValid, R6_ADraftMayBeEmptyButASubmittedEntrySaysWhatWasDone) {
  LogbookEntry e = Day("2027-02-16", 510, 1020, 30, "  ");
  EXPECT_TRUE(EntryIsValid(e, 3, false));
  EXPECT_EQ(FieldOf(EntryIsValid(e, 3, true)), "activities");
  e.activities = "Cv's gescreend voor de vacature payrollmedewerker.";
  EXPECT_TRUE(EntryIsValid(e, 3, true));
}

TEST(EntryIsValid, R6_ActivitiesAreShortAtMost2000CodePoints) {
  LogbookEntry e = Day("2027-02-16", 510, 1020, 30, std::string(2000, 'a'));
  EXPECT_TRUE(EntryIsValid(e, 3, true));
  e.activities = std::string(1999, 'a') + "é";  // 2000 code points, 2001 bytes
  EXPECT_TRUE(EntryIsValid(e, 3, true));
  e.activities = std::string(2001, 'a');
  EXPECT_EQ(FieldOf(EntryIsValid(e, 3, false)), "activities");
}

TEST(EntryIsValid, R3_TimesFollowTheWorkingDayRules) {
  EXPECT_EQ(FieldOf(EntryIsValid(Day("2027-02-16", 1020, 510, 0, "x"), 3, true)), "end");
  EXPECT_EQ(FieldOf(EntryIsValid(Day("2027-02-16", 510, 540, 31, "x"), 3, true)), "break_minutes");
  EXPECT_EQ(FieldOf(EntryIsValid(Day("2027-02-16", -10, 540, 0, "x"), 3, true)), "start");
  EXPECT_EQ(FieldOf(EntryIsValid(Day("2027-02-16", 510, 1440, 0, "x"), 3, true)), "end");
}

TEST(EntryIsValid, GoalsAreDistinctNumbersOfTheModule) {
  LogbookEntry e = Day("2027-02-16", 510, 1020, 30, "x");
  e.goals = {1, 3};
  EXPECT_TRUE(EntryIsValid(e, 3, true));
  e.goals = {0};
  EXPECT_EQ(FieldOf(EntryIsValid(e, 3, true)), "goals");
  e.goals = {4};
  EXPECT_EQ(FieldOf(EntryIsValid(e, 3, true)), "goals");
  e.goals = {2, 2};
  EXPECT_EQ(FieldOf(EntryIsValid(e, 3, true)), "goals");
}

TEST(EntryContentChanged, R7_TimesTextAndGoalsCountButNotTheirOrderOrSurroundingSpace) {
  LogbookEntry a = Day("2027-02-16", 510, 1020, 30, "Onthaal nieuwe medewerkers");
  a.goals = {1, 2};
  LogbookEntry b = a;
  b.activities = " Onthaal nieuwe medewerkers\n";
  b.goals = {2, 1};
  EXPECT_FALSE(EntryContentChanged(a, b));
  b.break_minutes = 45;
  EXPECT_TRUE(EntryContentChanged(a, b));
  b = a;
  b.activities += ".";
  EXPECT_TRUE(EntryContentChanged(a, b));
  b = a;
  b.goals = {1};
  EXPECT_TRUE(EntryContentChanged(a, b));
}

TEST(StateAfterSave, R7_SubmitOrKeepAsDraft) {
  EXPECT_EQ(StateAfterSave(EntryState::kDraft, true, false), EntryState::kDraft);
  EXPECT_EQ(StateAfterSave(EntryState::kDraft, true, true), EntryState::kSubmitted);
  EXPECT_EQ(StateAfterSave(EntryState::kReturned, true, true), EntryState::kSubmitted);
  EXPECT_EQ(StateAfterSave(EntryState::kSubmitted, false, false), EntryState::kDraft);
}

TEST(StateAfterSave, R7_AChangedApprovedEntryMustBeApprovedAgain) {
  EXPECT_EQ(StateAfterSave(EntryState::kApproved, true, true), EntryState::kSubmitted);
  EXPECT_EQ(StateAfterSave(EntryState::kApproved, true, false), EntryState::kDraft);
  EXPECT_EQ(StateAfterSave(EntryState::kApproved, false, true), EntryState::kApproved);
}

TEST(ReviewIsAllowed, R7_OnlySubmittedEntriesAndAReturnNeedsAComment) {
  EXPECT_TRUE(ReviewIsAllowed(EntryState::kSubmitted, true, ""));
  EXPECT_EQ(FieldOf(ReviewIsAllowed(EntryState::kSubmitted, false, " ")), "comment");
  EXPECT_TRUE(ReviewIsAllowed(EntryState::kSubmitted, false, "Vul je pauze aan."));
  for (EntryState s : {EntryState::kDraft, EntryState::kApproved, EntryState::kReturned}) {
    const Status st = ReviewIsAllowed(s, true, "");
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().code, ErrorCode::kFailedPrecondition);
  }
  EXPECT_EQ(FieldOf(ReviewIsAllowed(EntryState::kSubmitted, false, std::string(1001, 'x'))), "comment");
}

TEST(LogbookIsOpen, OnlyForAnApprovedPlacement) {
  EXPECT_TRUE(LogbookIsOpen(PlacementStatus::kApproved));
  for (PlacementStatus s : {PlacementStatus::kRequested, PlacementStatus::kSentBack, PlacementStatus::kRejected,
                            PlacementStatus::kCompleted, PlacementStatus::kCancelled}) {
    EXPECT_FALSE(LogbookIsOpen(s));
  }
}

TEST(DaysAwaitingEntry, R6_DaysOldEnoughWithoutASubmittedEntryAndNotAbsent) {
  const std::vector<Date> days = {D("2027-02-16"), D("2027-02-18"), D("2027-02-22"), D("2027-02-23")};
  LogbookEntry submitted = Day("2027-02-16", 510, 1020, 30, "x");
  submitted.state = EntryState::kSubmitted;
  LogbookEntry draft = Day("2027-02-22", 510, 1020, 30, "x");
  // Today 24/02, two days: 22/02 is exactly two days old (a draft is not written yet), 23/02 too recent,
  // 18/02 reported absent.
  EXPECT_EQ(DaysAwaitingEntry(days, {submitted, draft}, {D("2027-02-18")}, D("2027-02-24"), 2),
            std::vector<Date>{D("2027-02-22")});
  EXPECT_EQ(DaysAwaitingEntry(days, {submitted, draft}, {}, D("2027-02-24"), 3), (std::vector<Date>{D("2027-02-18")}));
  EXPECT_TRUE(DaysAwaitingEntry(days, {}, {}, D("2027-02-15"), 0).empty());
}

TEST(EntryState, CodesRoundTrip) {
  for (EntryState s : {EntryState::kDraft, EntryState::kSubmitted, EntryState::kApproved, EntryState::kReturned})
    EXPECT_EQ(ParseEntryState(EntryStateCode(s)), s);
  EXPECT_FALSE(ParseEntryState("klad"));
}

}  // namespace
}  // namespace leerplek::domain
