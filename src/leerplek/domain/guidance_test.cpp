#include "leerplek/domain/guidance.hpp"

#include <gtest/gtest.h>

#include <string>

namespace leerplek::domain {
namespace {

Date D(std::string_view iso) { return ParseIsoDate(iso).value_or(Date{}); }

std::string FieldsOf(const Status& s) {
  std::string out;
  if (s) return out;
  for (const auto& f : s.error().fields) out += (out.empty() ? "" : ",") + f.field;
  return out;
}

std::string MessageOf(const Status& s, std::string_view field) {
  if (s) return "";
  for (const auto& f : s.error().fields) {
    if (f.field == field) return f.message;
  }
  return "";
}

const UserId kLotte{1};
const UserId kNoor{2};
const UserId kJonas{3};
const UserId kOutsider{9};

GuidanceMoment Moment() {
  GuidanceMoment m;
  m.cohort = CohortId{1};
  m.module_code = "hr-support";
  m.kind = GuidanceKind::kSupervision;
  m.date = D("2027-03-10");
  m.start_minutes = 14 * 60;
  m.duration_minutes = 90;
  m.title = "Supervisie 1: je eerste weken";
  m.place = "Campus De Vest, lokaal B204";
  m.mandatory = true;
  m.participants = {kLotte, kNoor};
  return m;
}

Status Valid(const GuidanceMoment& m) {
  return GuidanceMomentIsValid(m, D("2027-03-01"), {"hr-support", "payroll"}, {kLotte, kNoor, kJonas});
}

TEST(GuidanceCodes, KindsStatusesAndStatesRoundTripWithTheirDutchNames) {
  for (GuidanceKind k : {GuidanceKind::kSupervision, GuidanceKind::kIntervision})
    EXPECT_EQ(ParseGuidanceKind(GuidanceKindCode(k)), k);
  EXPECT_EQ(GuidanceKindDutchName(GuidanceKind::kIntervision), "Intervisie");
  for (AttendanceStatus s : {AttendanceStatus::kPresent, AttendanceStatus::kExcused, AttendanceStatus::kAbsent})
    EXPECT_EQ(ParseAttendanceStatus(AttendanceStatusCode(s)), s);
  EXPECT_EQ(AttendanceStatusCode(AttendanceStatus::kExcused), "excused");
  EXPECT_EQ(AttendanceStatusDutchName(AttendanceStatus::kExcused), "gewettigd afwezig");
  EXPECT_EQ(AttendanceStatusDutchName(AttendanceStatus::kPresent), "aanwezig");
  for (VisitState s : {VisitState::kPlanned, VisitState::kReported, VisitState::kCancelled})
    EXPECT_EQ(ParseVisitState(VisitStateCode(s)), s);
  EXPECT_FALSE(ParseAttendanceStatus("aanwezig"));
  EXPECT_FALSE(ParseGuidanceKind(""));
}

TEST(GuidanceMoments, AValidMomentPasses) {
  EXPECT_TRUE(Valid(Moment()));
  GuidanceMoment past = Moment();
  past.date = D("2027-02-01");  // recorded afterwards: fine
  EXPECT_TRUE(Valid(past));
}

TEST(GuidanceMoments, EveryFieldIsCheckedAtOnce) {
  GuidanceMoment m = Moment();
  m.module_code = "onbekend";
  m.date = D("2027-02-30");
  m.start_minutes = 24 * 60;
  m.duration_minutes = 10;
  m.title = " ";
  m.place = std::string(201, 'x');
  m.participants = {};
  const Status s = Valid(m);
  EXPECT_EQ(FieldsOf(s), "module,date,start,duration_minutes,title,place,student_ids");
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
}

TEST(GuidanceMoments, AMomentEndsBeforeMidnightAndLastsAtMostEightHours) {
  GuidanceMoment m = Moment();
  m.start_minutes = 23 * 60;
  m.duration_minutes = 59;
  EXPECT_TRUE(Valid(m));
  m.duration_minutes = 60;
  EXPECT_EQ(FieldsOf(Valid(m)), "duration_minutes");
  m.start_minutes = 9 * 60;
  m.duration_minutes = 8 * 60 + 1;
  EXPECT_EQ(FieldsOf(Valid(m)), "duration_minutes");
}

TEST(GuidanceMoments, OnlyStudentsOfTheCohortEachOnce) {
  GuidanceMoment m = Moment();
  m.participants = {kLotte, kOutsider};
  EXPECT_EQ(FieldsOf(Valid(m)), "student_ids");
  EXPECT_NE(MessageOf(Valid(m), "student_ids").find("cohorte"), std::string::npos);
  m.participants = {kLotte, kLotte};
  EXPECT_EQ(FieldsOf(Valid(m)), "student_ids");
}

TEST(GuidanceMoments, AtMostAYearFromToday) {
  GuidanceMoment m = Moment();
  m.date = D("2028-03-02");  // 2027-03-01 + 367 days
  EXPECT_EQ(FieldsOf(Valid(m)), "date");
  m.date = D("2028-03-01");
  EXPECT_TRUE(Valid(m));
}

TEST(GuidanceMoments, R20_AStudentWithRecordedAttendanceStaysOnTheMoment) {
  EXPECT_TRUE(ParticipantsMayChange({kLotte}, {kLotte, kJonas}));
  EXPECT_TRUE(ParticipantsMayChange({}, {kJonas}));
  EXPECT_EQ(FieldsOf(ParticipantsMayChange({kLotte}, {kNoor})), "student_ids");
}

TEST(GuidanceAttendance, RecordedFromTheDayOfTheMoment) {
  const Status early =
      AttendanceIsValid({{kLotte, AttendanceStatus::kPresent, ""}}, {kLotte}, D("2027-03-10"), D("2027-03-09"));
  ASSERT_FALSE(early);
  EXPECT_EQ(early.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_NE(early.error().message.find("10/03/2027"), std::string::npos);
  EXPECT_TRUE(
      AttendanceIsValid({{kLotte, AttendanceStatus::kPresent, ""}}, {kLotte}, D("2027-03-10"), D("2027-03-10")));
}

TEST(GuidanceAttendance, AnExcusedAbsenceNeedsAReason) {
  const std::vector<UserId> participants = {kLotte, kNoor, kJonas};
  EXPECT_TRUE(AttendanceIsValid({{kLotte, AttendanceStatus::kPresent, ""},
                                 {kNoor, AttendanceStatus::kExcused, "Ziek, attest bezorgd."},
                                 {kJonas, AttendanceStatus::kAbsent, ""}},
                                participants, D("2027-03-10"), D("2027-03-11")));
  const Status s = AttendanceIsValid(
      {{kLotte, AttendanceStatus::kExcused, "  "}, {kNoor, AttendanceStatus::kExcused, std::string(501, 'x')}},
      participants, D("2027-03-10"), D("2027-03-11"));
  EXPECT_EQ(FieldsOf(s), "attendance[0].reason,attendance[1].reason");
  EXPECT_EQ(MessageOf(s, "attendance[0].reason"), "Geef de reden van de gewettigde afwezigheid.");
}

TEST(GuidanceAttendance, OnlyParticipantsEachOnce) {
  const Status s = AttendanceIsValid({{kLotte, AttendanceStatus::kPresent, ""},
                                      {kLotte, AttendanceStatus::kAbsent, ""},
                                      {kOutsider, AttendanceStatus::kPresent, ""}},
                                     {kLotte}, D("2027-03-10"), D("2027-03-10"));
  EXPECT_EQ(FieldsOf(s), "attendance[1].student_id,attendance[2].student_id");
}

AttendanceLine Line(bool mandatory, std::optional<AttendanceStatus> status) {
  return {D("2027-03-10"), "supervision", "Supervisie",
          mandatory,       status,        status == AttendanceStatus::kExcused ? "Ziek" : ""};
}

TEST(R20AttendedMandatory, PresentAndExcusedCountNotAbsentOrUnrecorded) {
  EXPECT_EQ(AttendedMandatory({}), 0);
  EXPECT_EQ(AttendedMandatory({Line(true, AttendanceStatus::kPresent)}), 1);
  EXPECT_EQ(AttendedMandatory({Line(true, AttendanceStatus::kExcused)}), 1);
  EXPECT_EQ(AttendedMandatory({Line(true, AttendanceStatus::kAbsent)}), 0);
  EXPECT_EQ(AttendedMandatory({Line(true, std::nullopt)}), 0);
}

TEST(R20AttendedMandatory, OptionalMomentsNeverCount) {
  const std::vector<AttendanceLine> lines = {Line(true, AttendanceStatus::kPresent),
                                             Line(false, AttendanceStatus::kPresent),
                                             Line(true, AttendanceStatus::kExcused),
                                             Line(true, AttendanceStatus::kAbsent),
                                             Line(true, std::nullopt),
                                             Line(false, AttendanceStatus::kAbsent)};
  EXPECT_EQ(AttendedMandatory(lines), 2);
  EXPECT_EQ(MandatoryMoments(lines), 4);
}

VisitPlan Visit() { return {D("2027-03-15"), 10 * 60, 60, "Sofie (mentor) en Lotte", "Frankrijklei 120, Antwerpen"}; }

TEST(R22VisitPlan, AValidPlanPassesAndEveryFieldIsChecked) {
  EXPECT_TRUE(VisitPlanIsValid(Visit(), D("2027-03-01")));
  VisitPlan bad = Visit();
  bad.date = D("2027-13-01");
  bad.start_minutes = -1;
  bad.duration_minutes = 500;
  bad.with_whom = "";
  bad.place = std::string(301, 'x');
  EXPECT_EQ(FieldsOf(VisitPlanIsValid(bad, D("2027-03-01"))), "date,start,duration_minutes,with_whom,place");
}

TEST(R22VisitPlan, AVisitMayBeRecordedUpToSixtyDaysAfterwards) {
  VisitPlan v = Visit();
  v.date = D("2027-01-10");  // 60 days before 11/03/2027
  EXPECT_TRUE(VisitPlanIsValid(v, D("2027-03-11")));
  v.date = D("2027-01-09");
  const Status s = VisitPlanIsValid(v, D("2027-03-11"));
  EXPECT_EQ(FieldsOf(s), "date");
  EXPECT_NE(MessageOf(s, "date").find("10/01/2027"), std::string::npos);
}

TEST(R22VisitState, OnlyAPlannedVisitMovesOrIsCancelled) {
  EXPECT_TRUE(VisitMayChange(VisitState::kPlanned));
  EXPECT_EQ(VisitMayChange(VisitState::kReported).error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(VisitMayChange(VisitState::kCancelled).error().code, ErrorCode::kFailedPrecondition);
  EXPECT_TRUE(VisitMayBeCancelled(VisitState::kPlanned, ""));
  EXPECT_EQ(FieldsOf(VisitMayBeCancelled(VisitState::kPlanned, std::string(501, 'x'))), "reason");
  EXPECT_FALSE(VisitMayBeCancelled(VisitState::kCancelled, ""));
}

TEST(R22VisitReport, WrittenFromTheDayOfTheVisitNeverOnACancelledOne) {
  EXPECT_EQ(VisitReportIsValid(VisitState::kPlanned, D("2027-03-15"), D("2027-03-14"), "Goed gesprek.").error().code,
            ErrorCode::kFailedPrecondition);
  EXPECT_TRUE(VisitReportIsValid(VisitState::kPlanned, D("2027-03-15"), D("2027-03-15"), "Goed gesprek."));
  EXPECT_TRUE(VisitReportIsValid(VisitState::kReported, D("2027-03-15"), D("2027-03-20"), "Aangevuld."));
  EXPECT_EQ(FieldsOf(VisitReportIsValid(VisitState::kPlanned, D("2027-03-15"), D("2027-03-15"), " ")), "report");
  EXPECT_EQ(
      FieldsOf(VisitReportIsValid(VisitState::kPlanned, D("2027-03-15"), D("2027-03-15"), std::string(4001, 'x'))),
      "report");
  EXPECT_EQ(VisitReportIsValid(VisitState::kCancelled, D("2027-03-15"), D("2027-03-20"), "x").error().code,
            ErrorCode::kFailedPrecondition);
}

TEST(R22VisitInvitation, OnlyForAVisitStillToCome) {
  EXPECT_TRUE(VisitIsUpcoming(D("2027-03-15"), D("2027-03-15")));
  EXPECT_FALSE(VisitIsUpcoming(D("2027-03-14"), D("2027-03-15")));
}

}  // namespace
}  // namespace leerplek::domain
