#include "leerplek/domain/absence.hpp"

#include <gtest/gtest.h>

#include <string>

namespace leerplek::domain {
namespace {

Date D(std::string_view iso) { return ParseIsoDate(iso).value_or(Date{}); }

std::string FieldsOf(const Error& e) {
  std::string out;
  for (const auto& f : e.fields) out += (out.empty() ? "" : ",") + f.field;
  return out;
}
std::string FieldsOf(const Status& s) { return s ? std::string() : FieldsOf(s.error()); }
template <typename T>
std::string FieldsOf(const Result<T>& r) {
  return r ? std::string() : FieldsOf(r.error());
}

// The message for `field`, or "" when there is none.
std::string MessageOf(const Status& s, std::string_view field) {
  if (s) return "";
  for (const auto& f : s.error().fields) {
    if (f.field == field) return f.message;
  }
  return "";
}

std::string Repeated(std::string_view piece, std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += piece;
  return out;
}

bool Has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

// --- R8 sickness: the report

constexpr int kStart = 9 * 60;  // the organisation starts at 09:00

SicknessReport Sick(std::string_view first, std::string_view last) {
  SicknessReport r;
  r.first_day = D(first);
  r.last_day = D(last);
  return r;
}

TEST(R8SicknessReport, AValidReportPasses) {
  SicknessReport r = Sick("2027-02-16", "2027-02-17");
  r.called_workplace_minutes = 8 * 60;
  r.called_coordinator_minutes = 8 * 60 + 5;
  r.note = "Griep.";
  EXPECT_TRUE(SicknessReportIsValid(r, D("2027-02-16")));
  EXPECT_TRUE(SicknessReportIsValid(Sick("2027-02-16", "2027-02-16"), D("2027-02-16")));  // one day, no calls
}

TEST(R8SicknessReport, FirstDayAtMostSevenDaysBeforeToday) {
  const Date today = D("2027-02-16");
  EXPECT_TRUE(SicknessReportIsValid(Sick("2027-02-09", "2027-02-10"), today));
  const Status s = SicknessReportIsValid(Sick("2027-02-08", "2027-02-10"), today);
  EXPECT_EQ(FieldsOf(s), "first_day");
  EXPECT_TRUE(Has(MessageOf(s, "first_day"), "eerste ziektedag")) << MessageOf(s, "first_day");
  EXPECT_TRUE(Has(MessageOf(s, "first_day"), "09/02/2027")) << MessageOf(s, "first_day");
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
}

TEST(R8SicknessReport, FirstDayAtMostThirtyDaysAfterToday) {
  const Date today = D("2027-02-16");
  EXPECT_TRUE(SicknessReportIsValid(Sick("2027-03-18", "2027-03-18"), today));
  const Status s = SicknessReportIsValid(Sick("2027-03-19", "2027-03-19"), today);
  EXPECT_EQ(FieldsOf(s), "first_day");
  EXPECT_TRUE(Has(MessageOf(s, "first_day"), "18/03/2027")) << MessageOf(s, "first_day");
}

TEST(R8SicknessReport, LastDayNotBeforeFirstDay) {
  const Status s = SicknessReportIsValid(Sick("2027-02-16", "2027-02-15"), D("2027-02-16"));
  EXPECT_EQ(FieldsOf(s), "last_day");
  EXPECT_TRUE(Has(MessageOf(s, "last_day"), "laatste ziektedag")) << MessageOf(s, "last_day");
  EXPECT_TRUE(Has(MessageOf(s, "last_day"), "16/02/2027")) << MessageOf(s, "last_day");
}

TEST(R8SicknessReport, LastDayAtMostThirtyDaysAfterFirstDay) {
  const Date today = D("2027-02-16");
  EXPECT_TRUE(SicknessReportIsValid(Sick("2027-02-16", "2027-03-18"), today));
  const Status s = SicknessReportIsValid(Sick("2027-02-16", "2027-03-19"), today);
  EXPECT_EQ(FieldsOf(s), "last_day");
  EXPECT_TRUE(Has(MessageOf(s, "last_day"), "18/03/2027")) << MessageOf(s, "last_day");
}

TEST(R8SicknessReport, DatesMustBeRealDates) {
  EXPECT_EQ(FieldsOf(SicknessReportIsValid(SicknessReport{}, D("2027-02-16"))), "first_day,last_day");
}

TEST(R8SicknessReport, CallTimesAreMinutesOfTheDay) {
  const Date today = D("2027-02-16");
  SicknessReport r = Sick("2027-02-16", "2027-02-16");
  r.called_workplace_minutes = 0;
  r.called_coordinator_minutes = 1439;
  EXPECT_TRUE(SicknessReportIsValid(r, today));
  r.called_workplace_minutes = -1;
  r.called_coordinator_minutes = 1440;
  const Status s = SicknessReportIsValid(r, today);
  EXPECT_EQ(FieldsOf(s), "called_workplace_at,called_coordinator_at");
  EXPECT_TRUE(Has(MessageOf(s, "called_workplace_at"), "werkplek")) << MessageOf(s, "called_workplace_at");
  EXPECT_TRUE(Has(MessageOf(s, "called_coordinator_at"), "coördinator")) << MessageOf(s, "called_coordinator_at");
}

TEST(R8SicknessReport, NoteAtMostThousandCodePoints) {
  SicknessReport r = Sick("2027-02-16", "2027-02-16");
  r.note = Repeated("é", 1000);  // 2000 bytes, 1000 characters
  EXPECT_TRUE(SicknessReportIsValid(r, D("2027-02-16")));
  r.note += "e";
  const Status s = SicknessReportIsValid(r, D("2027-02-16"));
  EXPECT_EQ(FieldsOf(s), "note");
  EXPECT_TRUE(Has(MessageOf(s, "note"), "opmerking")) << MessageOf(s, "note");
}

TEST(R8SicknessReport, EveryProblemAtOnce) {
  SicknessReport r = Sick("2027-01-01", "2026-12-31");
  r.called_workplace_minutes = 2000;
  r.note = Repeated("x", 1001);
  EXPECT_EQ(FieldsOf(SicknessReportIsValid(r, D("2027-02-16"))), "first_day,last_day,called_workplace_at,note");
}

// --- R8 sickness: on time or late

SicknessReport Called(std::optional<int> workplace, std::optional<int> coordinator) {
  SicknessReport r = Sick("2027-02-16", "2027-02-17");
  r.called_workplace_minutes = workplace;
  r.called_coordinator_minutes = coordinator;
  return r;
}

ReportTiming TimingOn(const SicknessReport& r, std::string_view reported_on, int reported_minutes) {
  return SicknessReportTiming(r, kStart, D(reported_on), reported_minutes);
}

TEST(R8SicknessTiming, CallAtStartTimeIsOnTime) {
  EXPECT_EQ(TimingOn(Called(kStart, kStart), "2027-02-16", kStart + 60), ReportTiming::kOnTime);
  EXPECT_EQ(TimingOn(Called(7 * 60, 8 * 60), "2027-02-16", 12 * 60), ReportTiming::kOnTime);
}

TEST(R8SicknessTiming, CallOneMinuteAfterStartIsLate) {
  EXPECT_EQ(TimingOn(Called(kStart + 1, kStart), "2027-02-16", kStart - 30), ReportTiming::kLate);
  EXPECT_EQ(TimingOn(Called(kStart, kStart + 1), "2027-02-16", kStart - 30), ReportTiming::kLate);
}

TEST(R8SicknessTiming, MissingCallIsJudgedByTheReportTimeOnTheFirstDay) {
  EXPECT_EQ(TimingOn(Called(std::nullopt, std::nullopt), "2027-02-16", kStart), ReportTiming::kOnTime);
  EXPECT_EQ(TimingOn(Called(std::nullopt, std::nullopt), "2027-02-16", kStart + 1), ReportTiming::kLate);
  EXPECT_EQ(TimingOn(Called(8 * 60, std::nullopt), "2027-02-16", kStart), ReportTiming::kOnTime);
  EXPECT_EQ(TimingOn(Called(8 * 60, std::nullopt), "2027-02-16", kStart + 1), ReportTiming::kLate);
  EXPECT_EQ(TimingOn(Called(std::nullopt, 8 * 60), "2027-02-16", kStart + 1), ReportTiming::kLate);
  // A declared late call stays late even when the report itself was early.
  EXPECT_EQ(TimingOn(Called(kStart + 1, std::nullopt), "2027-02-16", 7 * 60), ReportTiming::kLate);
}

TEST(R8SicknessTiming, ReportOnAnEarlierDayIsOnTime) {
  EXPECT_EQ(TimingOn(Called(std::nullopt, std::nullopt), "2027-02-15", 23 * 60 + 59), ReportTiming::kOnTime);
  EXPECT_EQ(TimingOn(Called(std::nullopt, std::nullopt), "2027-02-01", 0), ReportTiming::kOnTime);
  EXPECT_EQ(TimingOn(Called(kStart + 30, kStart + 30), "2027-02-15", 20 * 60), ReportTiming::kOnTime);
}

TEST(R8SicknessTiming, ReportOnALaterDayIsLate) {
  EXPECT_EQ(TimingOn(Called(7 * 60, 7 * 60), "2027-02-17", 0), ReportTiming::kLate);
  EXPECT_EQ(TimingOn(Called(std::nullopt, std::nullopt), "2027-02-17", 6 * 60), ReportTiming::kLate);
}

TEST(R8SicknessTiming, StartTimeOfTheOrganisationDecides) {
  const SicknessReport r = Called(8 * 60 + 30, 8 * 60 + 30);
  EXPECT_EQ(SicknessReportTiming(r, 8 * 60 + 30, D("2027-02-16"), 10 * 60), ReportTiming::kOnTime);
  EXPECT_EQ(SicknessReportTiming(r, 8 * 60 + 29, D("2027-02-16"), 10 * 60), ReportTiming::kLate);
}

TEST(R8SicknessTiming, Codes) {
  EXPECT_EQ(ReportTimingCode(ReportTiming::kOnTime), "on_time");
  EXPECT_EQ(ReportTimingCode(ReportTiming::kLate), "late");
}

// --- R8 sickness: the planned days it covers

TEST(R8SickPlannedDays, PlannedDaysWithinTheReportBothEndsIncludedSorted) {
  const std::vector<Date> planned = {D("2027-02-23"), D("2027-02-15"), D("2027-02-16"),
                                     D("2027-02-18"), D("2027-02-22"), D("2027-02-16")};
  const std::vector<Date> expected = {D("2027-02-16"), D("2027-02-18"), D("2027-02-22")};
  EXPECT_EQ(SickPlannedDays(Sick("2027-02-16", "2027-02-22"), planned), expected);
  EXPECT_TRUE(SickPlannedDays(Sick("2027-02-19", "2027-02-21"), planned).empty());  // a weekend without days
  EXPECT_TRUE(SickPlannedDays(Sick("2027-02-22", "2027-02-16"), planned).empty());  // reversed: nothing
  EXPECT_TRUE(SickPlannedDays(Sick("2027-02-16", "2027-02-22"), {}).empty());
}

// --- R8 sickness: the certificate copy

TEST(R8Certificate, PdfJpegAndPngRecognisedFromTheirMagicBytes) {
  auto r = CertificateContentType("%PDF-1.7\n...");
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, "application/pdf");
  r = CertificateContentType(std::string("\xFF\xD8\xFF\xE0\x00\x10JFIF", 10));
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, "image/jpeg");
  r = CertificateContentType(std::string("\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR", 16));
  ASSERT_TRUE(r);
  EXPECT_EQ(*r, "image/png");
}

TEST(R8Certificate, ATextFileOrATruncatedSignatureIsRefused) {
  for (const std::string& bytes :
       {std::string("Ik ben ziek, attest volgt.\n"), std::string("%PDF"), std::string("\xFF\xD8", 2),
        std::string("\x89PNG\r\n\x1A", 7), std::string("GIF89a"), std::string(" %PDF-1.4")}) {
    const auto r = CertificateContentType(bytes);
    ASSERT_FALSE(r) << bytes;
    EXPECT_EQ(FieldsOf(r), "file");
    EXPECT_TRUE(Has(r.error().message, "PDF, JPEG of PNG")) << r.error().message;
  }
}

TEST(R8Certificate, AnEmptyFileIsRefused) {
  const auto r = CertificateContentType("");
  ASSERT_FALSE(r);
  EXPECT_EQ(FieldsOf(r), "file");
  EXPECT_EQ(r.error().code, ErrorCode::kInvalidArgument);
}

TEST(R8Certificate, SizeLimitAtItsBoundary) {
  std::string png("\x89PNG\r\n\x1A\n", 8);
  png.resize(kMaxCertificateBytes, '\0');
  EXPECT_EQ(png.size(), std::size_t{10} * 1024 * 1024);
  EXPECT_TRUE(CertificateContentType(png));
  png.push_back('\0');
  const auto r = CertificateContentType(png);
  ASSERT_FALSE(r);
  EXPECT_EQ(FieldsOf(r), "file");
  EXPECT_TRUE(Has(r.error().message, "10 MB")) << r.error().message;
}

// --- R9 catch-up

TEST(R9CatchUpState, CodesRoundTrip) {
  for (auto s : {CatchUpState::kProposed, CatchUpState::kApproved, CatchUpState::kRejected})
    EXPECT_EQ(ParseCatchUpState(CatchUpStateCode(s)), s);
  EXPECT_EQ(CatchUpStateCode(CatchUpState::kProposed), "proposed");
  EXPECT_EQ(CatchUpStateCode(CatchUpState::kApproved), "approved");
  EXPECT_EQ(CatchUpStateCode(CatchUpState::kRejected), "rejected");
  EXPECT_EQ(ParseCatchUpState("goedgekeurd"), std::nullopt);
  EXPECT_EQ(ParseCatchUpState(""), std::nullopt);
}

const std::vector<Date> kPlanned = {D("2027-02-16"), D("2027-02-17"), D("2027-02-23"), D("2027-02-24")};
const Date kToday = D("2027-02-17");

Status Propose(std::string_view date, int open = 1, std::vector<Date> taken = {}, std::string_view note = "") {
  return CatchUpProposalIsValid(D(date), kToday, kPlanned, taken, open, note);
}

TEST(R9CatchUpProposal, AFreeWeekdayFromTodayOnIsAccepted) {
  EXPECT_TRUE(Propose("2027-02-18"));
  EXPECT_TRUE(Propose("2027-02-20"));  // a Saturday is allowed
  EXPECT_TRUE(Propose("2027-02-19", 2, {D("2027-02-18")}, "Vrijdag past de mentor."));
}

TEST(R9CatchUpProposal, NotInThePastButTodayIsFine) {
  const std::vector<Date> planned = {D("2027-02-16")};
  EXPECT_TRUE(CatchUpProposalIsValid(D("2027-02-18"), D("2027-02-18"), planned, {}, 1, ""));
  const Status s = CatchUpProposalIsValid(D("2027-02-17"), D("2027-02-18"), planned, {}, 1, "");
  EXPECT_EQ(FieldsOf(s), "date");
  EXPECT_TRUE(Has(MessageOf(s, "date"), "18/02/2027")) << MessageOf(s, "date");
}

TEST(R9CatchUpProposal, NotOnASunday) {
  const Status s = Propose("2027-02-21");
  EXPECT_EQ(FieldsOf(s), "date");
  EXPECT_TRUE(Has(MessageOf(s, "date"), "zondag")) << MessageOf(s, "date");
  EXPECT_TRUE(Has(MessageOf(s, "date"), "21/02/2027")) << MessageOf(s, "date");
}

TEST(R9CatchUpProposal, NotOnABelgianLegalHoliday) {
  const Status s = Propose("2027-03-29");  // Paasmaandag, a Monday
  EXPECT_EQ(FieldsOf(s), "date");
  EXPECT_TRUE(Has(MessageOf(s, "date"), "Paasmaandag")) << MessageOf(s, "date");
  for (const Holiday& h : BelgianLegalHolidays(2027)) {
    if (h.date < kToday) continue;
    EXPECT_EQ(FieldsOf(CatchUpProposalIsValid(h.date, kToday, kPlanned, {}, 1, "")), "date") << h.name;
  }
  // 11 July is the Flemish Community's day, not a legal holiday.
  EXPECT_TRUE(CatchUpProposalIsValid(D("2028-07-11"), kToday, kPlanned, {}, 1, ""));
}

TEST(R9CatchUpProposal, NotOnAPlannedDayOfThePlacement) {
  const Status s = Propose("2027-02-23");
  EXPECT_EQ(FieldsOf(s), "date");
  EXPECT_TRUE(Has(MessageOf(s, "date"), "geplande werkplekdag")) << MessageOf(s, "date");
  EXPECT_EQ(FieldsOf(Propose("2027-02-17")), "date");  // today, but planned
}

TEST(R9CatchUpProposal, NotADateAlreadyProposedOrApproved) {
  const Status s = Propose("2027-02-18", 2, {D("2027-02-18")});
  EXPECT_EQ(FieldsOf(s), "date");
  EXPECT_TRUE(Has(MessageOf(s, "date"), "al een inhaaldag")) << MessageOf(s, "date");
}

TEST(R9CatchUpProposal, OnlyWhileThereIsAnOpenObligation) {
  EXPECT_TRUE(Propose("2027-02-18", 1));
  for (int open : {0, -1}) {
    const Status s = Propose("2027-02-18", open);
    EXPECT_EQ(FieldsOf(s), "date");
    EXPECT_TRUE(Has(MessageOf(s, "date"), "niets meer in te halen")) << MessageOf(s, "date");
  }
}

TEST(R9CatchUpProposal, NoteAtMostFiveHundredCodePointsAndADateIsNeeded) {
  EXPECT_TRUE(Propose("2027-02-18", 1, {}, Repeated("ë", 500)));
  const Status s = Propose("2027-02-18", 1, {}, Repeated("ë", 501));
  EXPECT_EQ(FieldsOf(s), "note");
  EXPECT_TRUE(Has(MessageOf(s, "note"), "500")) << MessageOf(s, "note");
  EXPECT_EQ(FieldsOf(CatchUpProposalIsValid(Date{}, kToday, kPlanned, {}, 1, Repeated("x", 501))), "date,note");
}

TEST(R9CatchUpDecision, OnlyAProposedRequestIsDecided) {
  for (auto s : {CatchUpState::kApproved, CatchUpState::kRejected}) {
    for (bool approve : {true, false}) {
      const Status st = CatchUpDecisionIsAllowed(s, approve, "Past niet.");
      ASSERT_FALSE(st);
      EXPECT_EQ(st.error().code, ErrorCode::kFailedPrecondition);
      EXPECT_TRUE(Has(st.error().message, "al beslist")) << st.error().message;
    }
  }
}

TEST(R9CatchUpDecision, ApprovingNeedsNoCommentRejectingDoes) {
  EXPECT_TRUE(CatchUpDecisionIsAllowed(CatchUpState::kProposed, true, ""));
  EXPECT_TRUE(CatchUpDecisionIsAllowed(CatchUpState::kProposed, false, "De werkplek is die dag gesloten."));
  for (std::string_view blank : {"", "  \n\t"}) {
    const Status st = CatchUpDecisionIsAllowed(CatchUpState::kProposed, false, blank);
    EXPECT_EQ(FieldsOf(st), "comment");
    EXPECT_EQ(st.error().code, ErrorCode::kInvalidArgument);
  }
}

// --- R10 work accident

TEST(R10AccidentStatus, CodesRoundTripAndHaveDutchNames) {
  EXPECT_EQ(AccidentStatusCode(AccidentStatus::kOpen), "open");
  EXPECT_EQ(AccidentStatusCode(AccidentStatus::kDeclared), "declared");
  EXPECT_EQ(AccidentStatusCode(AccidentStatus::kClosed), "closed");
  EXPECT_EQ(AccidentStatusDutchName(AccidentStatus::kOpen), "Open");
  EXPECT_EQ(AccidentStatusDutchName(AccidentStatus::kDeclared), "Aangegeven bij verzekeraar");
  EXPECT_EQ(AccidentStatusDutchName(AccidentStatus::kClosed), "Afgesloten");
  for (auto s : {AccidentStatus::kOpen, AccidentStatus::kDeclared, AccidentStatus::kClosed})
    EXPECT_EQ(ParseAccidentStatus(AccidentStatusCode(s)), s);
  EXPECT_EQ(ParseAccidentStatus("Open"), std::nullopt);
}

AccidentReport Accident(std::string_view date = "2027-02-16") {
  AccidentReport r;
  r.date = D(date);
  r.time_minutes = 10 * 60 + 15;
  r.place = "Archief, kelder";
  r.what_happened = "Uitgegleden op de trap met een doos dossiers.";
  r.injuries = "Verstuikte enkel.";
  return r;
}

TEST(R10AccidentReport, AValidReportPassesWitnessesAndFirstAidMayBeEmpty) {
  EXPECT_TRUE(AccidentReportIsValid(Accident(), D("2027-02-16")));
  AccidentReport r = Accident();
  r.on_the_way = true;
  r.witnesses = "Mentor";
  r.first_aid = "IJs";
  EXPECT_TRUE(AccidentReportIsValid(r, D("2027-02-16")));
}

TEST(R10AccidentReport, DateNotInTheFuture) {
  const Status s = AccidentReportIsValid(Accident("2027-02-17"), D("2027-02-16"));
  EXPECT_EQ(FieldsOf(s), "date");
  EXPECT_TRUE(Has(MessageOf(s, "date"), "toekomst")) << MessageOf(s, "date");
  EXPECT_EQ(FieldsOf(AccidentReportIsValid(AccidentReport{}, D("2027-02-16"))), "date,place,what_happened,injuries");
}

TEST(R10AccidentReport, DateNotMoreThanAYearAgo) {
  EXPECT_TRUE(AccidentReportIsValid(Accident("2026-02-16"), D("2027-02-16")));
  const Status s = AccidentReportIsValid(Accident("2026-02-15"), D("2027-02-16"));
  EXPECT_EQ(FieldsOf(s), "date");
  EXPECT_TRUE(Has(MessageOf(s, "date"), "16/02/2026")) << MessageOf(s, "date");
  // From a leap day, one year back is 28 February.
  EXPECT_TRUE(AccidentReportIsValid(Accident("2027-02-28"), D("2028-02-29")));
  EXPECT_EQ(FieldsOf(AccidentReportIsValid(Accident("2027-02-27"), D("2028-02-29"))), "date");
}

TEST(R10AccidentReport, TimeIsAMinuteOfTheDay) {
  AccidentReport r = Accident();
  for (int t : {0, 1439}) {
    r.time_minutes = t;
    EXPECT_TRUE(AccidentReportIsValid(r, D("2027-02-16"))) << t;
  }
  for (int t : {-1, 1440}) {
    r.time_minutes = t;
    const Status s = AccidentReportIsValid(r, D("2027-02-16"));
    EXPECT_EQ(FieldsOf(s), "time") << t;
    EXPECT_TRUE(Has(MessageOf(s, "time"), "uur")) << MessageOf(s, "time");
  }
}

// Sets one text field of a valid report and validates it.
Status WithText(std::string AccidentReport::*field, std::string value) {
  AccidentReport r = Accident();
  r.*field = std::move(value);
  return AccidentReportIsValid(r, D("2027-02-16"));
}

TEST(R10AccidentReport, RequiredTextsAreNotBlank) {
  EXPECT_EQ(FieldsOf(WithText(&AccidentReport::place, " \t")), "place");
  EXPECT_EQ(FieldsOf(WithText(&AccidentReport::what_happened, "")), "what_happened");
  EXPECT_EQ(FieldsOf(WithText(&AccidentReport::injuries, "\n")), "injuries");
  EXPECT_TRUE(Has(MessageOf(WithText(&AccidentReport::place, ""), "place"), "plaats"));
  EXPECT_TRUE(Has(MessageOf(WithText(&AccidentReport::what_happened, ""), "what_happened"), "gebeurd"));
  EXPECT_TRUE(Has(MessageOf(WithText(&AccidentReport::injuries, ""), "injuries"), "verwondingen"));
  EXPECT_TRUE(WithText(&AccidentReport::injuries, "geen"));
}

TEST(R10AccidentReport, TextLengthsAtTheirBoundariesInCodePoints) {
  struct Case {
    std::string AccidentReport::*field;
    const char* name;
    std::size_t max;
  };
  for (const Case& c :
       {Case{&AccidentReport::place, "place", 200}, Case{&AccidentReport::what_happened, "what_happened", 4000},
        Case{&AccidentReport::injuries, "injuries", 2000}, Case{&AccidentReport::witnesses, "witnesses", 1000},
        Case{&AccidentReport::first_aid, "first_aid", 1000}}) {
    EXPECT_TRUE(WithText(c.field, Repeated("ö", c.max))) << c.name;
    const Status s = WithText(c.field, Repeated("ö", c.max + 1));
    EXPECT_EQ(FieldsOf(s), c.name);
    EXPECT_TRUE(Has(MessageOf(s, c.name), std::to_string(c.max))) << MessageOf(s, c.name);
  }
}

TEST(R10AccidentTransition, ForwardOpenDeclaredClosed) {
  EXPECT_TRUE(AccidentTransitionIsAllowed(AccidentStatus::kOpen, AccidentStatus::kDeclared, ""));
  EXPECT_TRUE(AccidentTransitionIsAllowed(AccidentStatus::kDeclared, AccidentStatus::kClosed, ""));
}

TEST(R10AccidentTransition, OpenToClosedOnlyWithAReason) {
  EXPECT_TRUE(AccidentTransitionIsAllowed(AccidentStatus::kOpen, AccidentStatus::kClosed, "Geen letsel."));
  for (std::string_view blank : {"", "   "}) {
    const Status s = AccidentTransitionIsAllowed(AccidentStatus::kOpen, AccidentStatus::kClosed, blank);
    EXPECT_EQ(FieldsOf(s), "status");
    EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
    EXPECT_TRUE(Has(s.error().message, "reden")) << s.error().message;
  }
}

TEST(R10AccidentTransition, NoGoingBackAndNoStayingPut) {
  const std::pair<AccidentStatus, AccidentStatus> refused[] = {
      {AccidentStatus::kDeclared, AccidentStatus::kOpen},     {AccidentStatus::kClosed, AccidentStatus::kOpen},
      {AccidentStatus::kClosed, AccidentStatus::kDeclared},   {AccidentStatus::kOpen, AccidentStatus::kOpen},
      {AccidentStatus::kDeclared, AccidentStatus::kDeclared}, {AccidentStatus::kClosed, AccidentStatus::kClosed}};
  for (const auto& [from, to] : refused) {
    const Status s = AccidentTransitionIsAllowed(from, to, "Toch nog iets.");
    ASSERT_FALSE(s) << AccidentStatusCode(from) << " → " << AccidentStatusCode(to);
    EXPECT_EQ(FieldsOf(s), "status");
    EXPECT_EQ(s.error().code, ErrorCode::kFailedPrecondition);
  }
}

TEST(R10InsurerDeadline, EightCalendarDaysAfterTheAccident) {
  const AccidentReport r = Accident("2027-02-16");
  EXPECT_EQ(DaysLeftToDeclare(r, AccidentStatus::kOpen, D("2027-02-16")), 8);   // day 0
  EXPECT_EQ(DaysLeftToDeclare(r, AccidentStatus::kOpen, D("2027-02-21")), 3);   // counts Sundays too
  EXPECT_EQ(DaysLeftToDeclare(r, AccidentStatus::kOpen, D("2027-02-24")), 0);   // day 8: the last day
  EXPECT_EQ(DaysLeftToDeclare(r, AccidentStatus::kOpen, D("2027-02-25")), -1);  // day 9: overdue
  EXPECT_EQ(DaysLeftToDeclare(Accident("2027-02-25"), AccidentStatus::kOpen, D("2027-03-05")), 0);  // across months
}

TEST(R10InsurerDeadline, NothingLeftOnceDeclaredOrClosed) {
  const AccidentReport r = Accident("2027-02-16");
  EXPECT_EQ(DaysLeftToDeclare(r, AccidentStatus::kDeclared, D("2027-02-25")), std::nullopt);
  EXPECT_EQ(DaysLeftToDeclare(r, AccidentStatus::kClosed, D("2027-02-16")), std::nullopt);
}

}  // namespace
}  // namespace leerplek::domain
