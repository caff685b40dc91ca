// Absences on both engines: sickness reports with their timing and certificate (R8), catch-up days that
// close the obligations missed days create (R9), and work accidents followed up until closed (R10).
#include <gtest/gtest.h>

#include "api/placement_world.hpp"

namespace leerplek::testing {
namespace {

using nlohmann::json;
using std::chrono::hours;
using std::chrono::minutes;

// A moment in UTC: Brussels is one hour ahead in winter, two in summer (from 28/03/2027).

// A PNG signature and a little more.
std::string Png() { return std::string("\x89PNG\r\n\x1A\n", 8) + std::string("\0\0\0\rIHDR", 8) + "rest"; }

class AbsencesApi : public PlacementWorld {
 protected:
  AbsencesApi() {
    placement_ = Approved("instroom", partners_);
    api_.AddUser("ombuds@school.be", {"ombuds"});
    // Wednesday 24/02/2027, 09:00 in Brussels: Tuesdays 16/02 and 23/02 are behind us, without entries.
    MoveTo(Utc(2027, 2, 24, 8, 0));
  }
  void LogInOthers() override { ombuds_ = api_.LogIn("ombuds@school.be"); }
  http::Response ReportSick(const json& body, const TestSession& who) {
    return api_.Call("POST", Placement(placement_, "/sickness-reports"), body.dump(), who);
  }
  static json Sick(const std::string& first, const std::string& last) {
    return {{"first_day", first}, {"last_day", last}, {"note", "Griep."}};
  }
  std::int64_t ReportedSick(const std::string& first, const std::string& last) {
    http::Response r = ReportSick(Sick(first, last), student_);
    EXPECT_EQ(r.status, 201) << r.body;
    return JsonOf(r)["id"];
  }
  static std::string Report(std::int64_t id, const std::string& rest) {
    return "/api/v1/sickness-reports/" + std::to_string(id) + rest;
  }
  http::Response Upload(std::int64_t report, const std::string& bytes, const std::string& name,
                        const TestSession& who) {
    return api_.Call("PUT", Report(report, "/certificate?file_name=" + name), bytes, who);
  }
  json Items(const std::string& target, const TestSession& who) {
    http::Response r = api_.Call("GET", target, "", who);
    EXPECT_EQ(r.status, 200) << target << " " << r.body;
    return JsonOf(r)["items"];
  }
  json Logbook(const TestSession& who) { return JsonOf(api_.Call("GET", Placement(placement_, "/logbook"), "", who)); }
  http::Response Propose(const std::string& date, const TestSession& who) {
    return api_.Call("POST", Placement(placement_, "/catch-up-days"),
                     json{{"date", date}, {"note", "De werkplek verwacht me."}}.dump(), who);
  }
  http::Response Decide(std::int64_t id, const std::string& decision, const std::string& comment,
                        const TestSession& who) {
    return api_.Call("POST", "/api/v1/catch-up-days/" + std::to_string(id) + "/decision",
                     json{{"decision", decision}, {"comment", comment}}.dump(), who);
  }
  static json Accident(const std::string& date) {
    return {{"date", date},
            {"time", "10:45"},
            {"place", "Archief, tweede verdieping"},
            {"on_the_way", false},
            {"what_happened", "Gestruikeld over een doos met dossiers."},
            {"injuries", "Verstuikte enkel"},
            {"witnesses", "Sofie Janssens"},
            {"first_aid", "IJs en rust door de EHBO-verantwoordelijke"}};
  }
  http::Response SetStatus(std::int64_t id, const json& body, const TestSession& who) {
    return api_.Call("PUT", "/api/v1/accidents/" + std::to_string(id) + "/status", body.dump(), who);
  }

  TestSession ombuds_;
  std::int64_t placement_ = 0;
};

TEST_P(AbsencesApi, R8_OnTimeBeforeTheWorkplacesStartAndLateAfterItInBrusselsTime) {
  // Winter (UTC+1): 07:15 UTC is 08:15 in Brussels, before the 08:30 start; 07:45 UTC is 08:45, after it.
  MoveTo(Utc(2027, 3, 2, 7, 15));
  http::Response r = ReportSick({{"first_day", "2027-03-02"}, {"last_day", "2027-03-02"}}, student_);
  ASSERT_EQ(r.status, 201) << r.body;
  json report = JsonOf(r);
  EXPECT_EQ(report["timing"], "on_time");
  EXPECT_EQ(report["sick_planned_days"], json::array({"2027-03-02"}));
  EXPECT_EQ(report["placement"]["id"], placement_);
  EXPECT_EQ(report["called_workplace_at"], nullptr);
  EXPECT_TRUE(report["open"]);  // no certificate yet
  MoveTo(Utc(2027, 3, 9, 7, 45));
  r = ReportSick({{"first_day", "2027-03-09"}, {"last_day", "2027-03-09"}}, student_);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(JsonOf(r)["timing"], "late");
  // Summer (UTC+2): 06:25 UTC is 08:25 (on time), 06:35 UTC is 08:35 (late), though both are before 08:30 UTC.
  MoveTo(Utc(2027, 4, 6, 6, 25));
  EXPECT_EQ(JsonOf(ReportSick(Sick("2027-04-06", "2027-04-06"), student_))["timing"], "on_time");
  MoveTo(Utc(2027, 4, 13, 6, 35));
  EXPECT_EQ(JsonOf(ReportSick(Sick("2027-04-13", "2027-04-13"), student_))["timing"], "late");
  // Calls declared before the start make a later report in Leerplek on time; one call after it makes it late.
  MoveTo(Utc(2027, 4, 20, 8, 0));  // 10:00 in Brussels
  r = ReportSick({{"first_day", "2027-04-20"},
                  {"last_day", "2027-04-20"},
                  {"called_workplace_at", "08:10"},
                  {"called_coordinator_at", "08:30"}},
                 student_);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(JsonOf(r)["timing"], "on_time");
  EXPECT_EQ(JsonOf(r)["called_workplace_at"], "08:10");
  MoveTo(Utc(2027, 4, 27, 8, 0));
  EXPECT_EQ(JsonOf(ReportSick({{"first_day", "2027-04-27"},
                               {"last_day", "2027-04-27"},
                               {"called_workplace_at", "08:10"},
                               {"called_coordinator_at", "08:31"}},
                              student_))["timing"],
            "late");
  // Reported the evening before: on time. Reported the day after the first sick day: late.
  MoveTo(Utc(2027, 5, 3, 19, 0));
  EXPECT_EQ(JsonOf(ReportSick(Sick("2027-05-04", "2027-05-05"), student_))["timing"], "on_time");
  MoveTo(Utc(2027, 5, 12, 6, 0));
  EXPECT_EQ(JsonOf(ReportSick(Sick("2027-05-11", "2027-05-11"), student_))["timing"], "late");
}

TEST_P(AbsencesApi, R8_MentorAndCoordinatorHearAtOnceAndTheSickDaysCountAsMissed) {
  EXPECT_EQ(Logbook(student_)["progress"]["missed_days"], 2);
  // Sick from Monday 01/03 to Wednesday 03/03: one planned Tuesday.
  const std::int64_t id = ReportedSick("2027-03-01", "2027-03-03");
  EXPECT_EQ(MailsTo("sofie@werkplek.be", "Ziekmelding"), 1);
  EXPECT_EQ(MailsTo("wpl@school.be", "Ziekmelding"), 1);
  EXPECT_EQ(MailsTo("lotte@student.be", "Ziekmelding"), 0);
  EXPECT_TRUE(AuditHas("sickness_report.reported"));
  json log = Logbook(mentor_);
  EXPECT_EQ(log["progress"]["missed_days"], 3);
  EXPECT_EQ(log["progress"]["catch_up_open"], 3);
  ASSERT_EQ(log["sickness_reports"].size(), 1U);
  EXPECT_EQ(log["sickness_reports"][0]["id"], id);
  EXPECT_EQ(log["sickness_reports"][0]["sick_planned_days"], json::array({"2027-03-02"}));
  EXPECT_FALSE(log["sickness_reports"][0].contains("placement"));
  for (const json& day : log["days"]) EXPECT_EQ(day["absent"], day["date"] == "2027-03-02") << day;
  // Only the placement's own student reports, only for a running placement.
  EXPECT_EQ(ReportSick(Sick("2027-03-01", "2027-03-01"), other_student_).status, 403);
  EXPECT_EQ(ReportSick(Sick("2027-03-01", "2027-03-01"), mentor_).status, 403);
  const std::int64_t waiting = Requested(Request("payroll", stad_), student_);
  EXPECT_EQ(
      api_.Call("POST", Placement(waiting, "/sickness-reports"), Sick("2027-03-01", "2027-03-01").dump(), student_)
          .status,
      409);
  EXPECT_EQ(MailsTo("sofie@werkplek.be", "Ziekmelding"), 1);
}

TEST_P(AbsencesApi, R8_TheCertificateCopyIsReadByTheRightPeopleAndTheOmbudsdienstMarksTheOriginal) {
  const std::int64_t id = ReportedSick("2027-03-02", "2027-03-02");
  EXPECT_EQ(api_.Call("GET", Report(id, "/certificate"), "", student_).status, 404);  // nothing yet
  http::Response r = Upload(id, "Ik was ziek.", "attest.txt", student_);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"file"});
  EXPECT_EQ(Upload(id, Pdf("Ziekteattest"), "attest.pdf", mentor_).status, 403);
  EXPECT_EQ(Upload(id, Pdf("Ziekteattest"), "attest.pdf", other_student_).status, 403);
  EXPECT_EQ(api_.Call("GET", Report(id, "/certificate"), "", student_).status, 404);  // the refusals stored nothing

  r = Upload(id, Pdf("Ziekteattest"), "attest%20dokter.pdf", student_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(JsonOf(r)["certificate_on_file"]);
  EXPECT_EQ(JsonOf(r)["certificate"]["file_name"], "attest dokter.pdf");
  EXPECT_TRUE(AuditHas("sickness_report.certificate_uploaded"));
  for (const TestSession& who : {student_, mentor_, coordinator_, ombuds_}) {
    r = api_.Call("GET", Report(id, "/certificate"), "", who);
    ASSERT_EQ(r.status, 200) << r.body;
    EXPECT_EQ(r.Header("Content-Type"), "application/pdf");
    EXPECT_EQ(r.body, Pdf("Ziekteattest"));
  }
  for (const TestSession& who : {other_mentor_, other_student_, supervisor_, lead_})
    EXPECT_EQ(api_.Call("GET", Report(id, "/certificate"), "", who).status, 403);
  // A photo replaces the copy and comes back as what it is.
  ASSERT_EQ(Upload(id, Png(), "foto.png", student_).status, 200);
  r = api_.Call("GET", Report(id, "/certificate"), "", mentor_);
  EXPECT_EQ(r.Header("Content-Type"), "image/png");
  EXPECT_EQ(r.body, Png());

  // The original goes to the ombudsdienst, school-wide; nobody else marks it.
  EXPECT_EQ(Items("/api/v1/sickness-reports?open=1", ombuds_).size(), 1U);
  EXPECT_EQ(api_.Call("POST", Report(id, "/original-received"), "", coordinator_).status, 403);
  r = api_.Call("POST", Report(id, "/original-received"), "", ombuds_);
  ASSERT_EQ(r.status, 200) << r.body;
  json report = JsonOf(r);
  EXPECT_TRUE(report["original_received"]);
  EXPECT_EQ(report["original_received_by"], "Test ombuds@school.be");
  EXPECT_EQ(report["original_received_at"], "2027-02-24T08:00:00Z");
  EXPECT_FALSE(report["open"]);  // on time, copy on file, original received
  EXPECT_EQ(api_.Call("POST", Report(id, "/original-received"), "", ombuds_).status, 409);
  EXPECT_TRUE(AuditHas("sickness_report.original_received"));
  EXPECT_TRUE(Items("/api/v1/sickness-reports?open=1", ombuds_).empty());
  EXPECT_EQ(Items("/api/v1/sickness-reports", ombuds_).size(), 1U);
}

TEST_P(AbsencesApi, R8_EachRoleListsOnlyTheReportsItFollows) {
  ReportedSick("2027-03-02", "2027-03-02");
  for (const TestSession& who : {student_, mentor_, coordinator_, ombuds_}) {
    json items = Items("/api/v1/sickness-reports", who);
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items[0]["placement"]["student"]["id"], student_.user_id);
    EXPECT_TRUE(items[0]["open"]);
    EXPECT_FALSE(items[0]["certificate_on_file"]);
  }
  EXPECT_TRUE(Items("/api/v1/sickness-reports", other_student_).empty());
  EXPECT_TRUE(Items("/api/v1/sickness-reports", other_mentor_).empty());
  EXPECT_EQ(api_.Call("GET", "/api/v1/sickness-reports", "", supervisor_).status, 403);
  // The ombudsdienst is school-wide: a coordinator of no programme sees nothing, the ombudsdienst everything.
  api_.AddUser("ander@school.be", {"coordinator"});
  EXPECT_TRUE(Items("/api/v1/sickness-reports", api_.LogIn("ander@school.be")).empty());
}

TEST_P(AbsencesApi, R9_AnApprovedCatchUpDayIsLoggedAndClosesAnObligation) {
  EXPECT_EQ(Logbook(student_)["progress"]["catch_up_open"], 2);  // 16/02 and 23/02 missed
  http::Response r = Propose("2027-02-25", student_);
  ASSERT_EQ(r.status, 201) << r.body;
  json thursday = JsonOf(r);
  EXPECT_EQ(thursday["state"], "proposed");
  EXPECT_EQ(thursday["proposed_by"], "Lid lotte@student.be");
  EXPECT_EQ(MailsTo("wpl@school.be", "Inhaaldag voorgesteld"), 1);
  r = Propose("2027-02-26", mentor_);
  ASSERT_EQ(r.status, 201) << r.body;
  json friday = JsonOf(r);
  // Both missed days are covered by a proposal now: nothing is left to propose.
  r = Propose("2027-02-27", student_);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"date"});
  EXPECT_EQ(Propose("2027-03-04", other_mentor_).status, 403);
  EXPECT_EQ(Propose("2027-03-04", coordinator_).status, 403);

  // The coordinator decides: a refusal needs a comment and reaches the student.
  EXPECT_EQ(Decide(friday["id"], "approve", "", student_).status, 403);
  r = Decide(friday["id"], "reject", " ", coordinator_);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"comment"});
  ASSERT_EQ(Decide(friday["id"], "reject", "Vrijdag is de werkplek dicht.", coordinator_).status, 200);
  EXPECT_EQ(MailsTo("lotte@student.be", "Inhaaldag geweigerd"), 1);
  r = Decide(thursday["id"], "approve", "", coordinator_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["state"], "approved");
  EXPECT_EQ(JsonOf(r)["decided_by"], "Test koen@school.be");
  EXPECT_EQ(MailsTo("lotte@student.be", "Inhaaldag goedgekeurd"), 1);
  EXPECT_EQ(MailsTo("sofie@werkplek.be", "Inhaaldag goedgekeurd"), 1);
  EXPECT_EQ(Decide(thursday["id"], "reject", "Toch niet.", coordinator_).status, 409);
  EXPECT_TRUE(AuditHas("catch_up_day.approved"));
  EXPECT_TRUE(AuditHas("catch_up_day.rejected"));

  json log = Logbook(coordinator_);
  ASSERT_EQ(log["catch_up_requests"].size(), 2U);
  EXPECT_EQ(log["catch_up_requests"][0]["date"], "2027-02-25");
  EXPECT_EQ(log["catch_up_requests"][0]["state"], "approved");
  EXPECT_EQ(log["catch_up_requests"][1]["state"], "rejected");
  EXPECT_EQ(log["catch_up_requests"][1]["decision_comment"], "Vrijdag is de werkplek dicht.");
  bool listed = false;
  for (const json& day : log["days"]) listed = listed || (day["date"] == "2027-02-25" && day["kind"] == "catch_up");
  EXPECT_TRUE(listed);

  // The day is written once it has come, and counts once the mentor approves it.
  const json entry = {{"start", "09:00"},    {"end", "17:00"},
                      {"break_minutes", 30}, {"activities", "Ingehaald: personeelsdossiers bijgewerkt."},
                      {"goals", {1}},        {"submit", true}};
  r = api_.Call("PUT", Placement(placement_, "/logbook/2027-02-25"), entry.dump(), student_);
  EXPECT_EQ(r.status, 422);
  MoveTo(Utc(2027, 2, 25, 16, 0));
  r = api_.Call("PUT", Placement(placement_, "/logbook/2027-02-25"), entry.dump(), student_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_TRUE(JsonOf(r)["catch_up"]);
  EXPECT_EQ(Logbook(student_)["progress"]["catch_up_open"], 2);  // not yet approved
  r = api_.Call("POST", "/api/v1/logbook/reviews",
                json{{"entry_ids", {JsonOf(r)["id"]}}, {"decision", "approve"}}.dump(), mentor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(Logbook(student_)["progress"]["catch_up_open"], 1);
  // One obligation is open and none is covered: the student may propose again, also the rejected date.
  EXPECT_EQ(Propose("2027-02-26", student_).status, 201);
}

TEST_P(AbsencesApi, R10_AnAccidentReachesTheCoordinatorAndIsFollowedUpUntilClosed) {
  http::Response r = api_.Call("POST", Placement(placement_, "/accidents"), Accident("2027-02-23").dump(), student_);
  ASSERT_EQ(r.status, 201) << r.body;
  json accident = JsonOf(r);
  EXPECT_EQ(accident["status"], "open");
  EXPECT_EQ(accident["status_name"], "Open");
  EXPECT_EQ(accident["days_left_to_declare"], 7);  // 23/02 + 8 days = 03/03, today is 24/02
  EXPECT_EQ(accident["declare_by"], "2027-03-03");
  EXPECT_EQ(accident["time"], "10:45");
  EXPECT_FALSE(accident["on_the_way"]);
  EXPECT_EQ(MailsTo("wpl@school.be", "Arbeidsongeval gemeld"), 1);
  EXPECT_TRUE(AuditHas("accident.reported"));
  // The mentor may report one too (on the way to work, this time).
  json on_the_way = Accident("2027-02-24");
  on_the_way["on_the_way"] = true;
  ASSERT_EQ(api_.Call("POST", Placement(placement_, "/accidents"), on_the_way.dump(), mentor_).status, 201);
  EXPECT_EQ(api_.Call("POST", Placement(placement_, "/accidents"), on_the_way.dump(), other_mentor_).status, 403);
  EXPECT_EQ(api_.Call("POST", Placement(placement_, "/accidents"), on_the_way.dump(), coordinator_).status, 403);

  for (const TestSession& who : {student_, mentor_, coordinator_})
    EXPECT_EQ(Items("/api/v1/accidents", who).size(), 2U);
  EXPECT_TRUE(Items("/api/v1/accidents", other_mentor_).empty());
  EXPECT_TRUE(Items("/api/v1/accidents", other_student_).empty());
  for (const TestSession& who : {supervisor_, ombuds_})
    EXPECT_EQ(api_.Call("GET", "/api/v1/accidents", "", who).status, 403);
  EXPECT_EQ(Items("/api/v1/accidents", coordinator_)[0]["days_left_to_declare"], 7);  // the nearest deadline first

  const std::int64_t id = accident["id"];
  EXPECT_EQ(SetStatus(id, {{"status", "declared"}}, student_).status, 403);
  r = SetStatus(id, {{"status", "closed"}}, coordinator_);
  EXPECT_EQ(r.status, 422);  // closing without declaring needs a reason
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"status"});
  r = SetStatus(id, {{"status", "declared"}, {"reason", "Aangifte AXA 2027/123"}}, coordinator_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["status_name"], "Aangegeven bij verzekeraar");
  EXPECT_EQ(JsonOf(r)["days_left_to_declare"], nullptr);
  EXPECT_EQ(JsonOf(r)["declared_at"], "2027-02-24T08:00:00Z");
  EXPECT_EQ(SetStatus(id, {{"status", "declared"}}, coordinator_).status, 409);
  ASSERT_EQ(SetStatus(id, {{"status", "closed"}}, coordinator_).status, 200);
  EXPECT_EQ(SetStatus(id, {{"status", "open"}}, coordinator_).status, 409);
  EXPECT_TRUE(AuditHas("accident.declared"));
  EXPECT_TRUE(AuditHas("accident.closed"));
  json open = Items("/api/v1/accidents?open=1", coordinator_);
  ASSERT_EQ(open.size(), 1U);
  EXPECT_TRUE(open[0]["on_the_way"]);
}

TEST_P(AbsencesApi, TheOverviewShowsWhatIsStillOpenInTheCohort) {
  ReportedSick("2027-03-02", "2027-03-02");
  ASSERT_EQ(Propose("2027-02-25", student_).status, 201);
  ASSERT_EQ(api_.Call("POST", Placement(placement_, "/accidents"), Accident("2027-02-23").dump(), student_).status,
            201);
  const std::string overview = "/api/v1/absences/overview?cohort=" + std::to_string(cohort_);
  for (const TestSession& who : {coordinator_, supervisor_, lead_}) {
    http::Response r = api_.Call("GET", overview, "", who);
    ASSERT_EQ(r.status, 200) << r.body;
    json o = JsonOf(r);
    EXPECT_EQ(o["sickness"].size(), 1U);
    EXPECT_EQ(o["catch_up"].size(), 1U);
    EXPECT_EQ(o["accidents"].size(), 1U);
    EXPECT_EQ(o["accidents"][0]["placement"]["student"]["name"], "Lid lotte@student.be");
  }
  for (const TestSession& who : {student_, mentor_, ombuds_})
    EXPECT_EQ(api_.Call("GET", overview, "", who).status, 403);
  api_.AddUser("ander@school.be", {"coordinator"});
  EXPECT_EQ(api_.Call("GET", overview, "", api_.LogIn("ander@school.be")).status, 403);
  EXPECT_EQ(api_.Call("GET", "/api/v1/absences/overview?cohort=999999", "", coordinator_).status, 404);
}

TEST_P(AbsencesApi, BadInputIsNamedPerFieldAndChangesNothing) {
  const int audit_before = api_.AuditCount();
  http::Response r =
      ReportSick({{"first_day", "2027-02-31"}, {"last_day", "gisteren"}, {"called_workplace_at", "8u"}}, student_);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"first_day", "last_day", "called_workplace_at"}));
  r = ReportSick(Sick("2027-04-05", "2027-04-05"), student_);  // more than 30 days ahead
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"first_day"});
  r = ReportSick({{"first_day", "2027-03-02"}, {"last_day", "2027-03-01"}, {"note", std::string(1001, 'x')}}, student_);
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"last_day", "note"}));
  EXPECT_EQ(ErrorFields(ReportSick(json::array(), student_)), std::set<std::string>{"body"});

  EXPECT_EQ(ErrorFields(Propose("morgen", student_)), std::set<std::string>{"date"});
  r = Propose("2027-02-28", student_);  // a Sunday
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"date"});
  EXPECT_NE(r.body.find("zondag"), std::string::npos) << r.body;
  EXPECT_EQ(ErrorFields(Propose("2027-03-02", student_)), std::set<std::string>{"date"});  // a planned day
  EXPECT_EQ(ErrorFields(Propose("2027-02-22", student_)), std::set<std::string>{"date"});  // in the past

  r = api_.Call("POST", Placement(placement_, "/accidents"), "{}", student_);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r),
            (std::set<std::string>{"date", "time", "place", "on_the_way", "what_happened", "injuries"}));
  json later = Accident("2027-02-25");
  later["injuries"] = " ";
  later["time"] = "25:00";
  r = api_.Call("POST", Placement(placement_, "/accidents"), later.dump(), student_);
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"time"}));
  later["time"] = "10:00";
  r = api_.Call("POST", Placement(placement_, "/accidents"), later.dump(), student_);
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"date", "injuries"}));

  EXPECT_EQ(ErrorFields(SetStatus(1, {{"status", "vergeten"}}, coordinator_)), std::set<std::string>{"status"});
  EXPECT_EQ(ErrorFields(Decide(1, "misschien", "", coordinator_)), std::set<std::string>{"decision"});
  EXPECT_EQ(SetStatus(999999, {{"status", "declared"}}, coordinator_).status, 404);
  EXPECT_EQ(Decide(999999, "approve", "", coordinator_).status, 404);
  EXPECT_EQ(api_.Call("POST", Report(999999, "/original-received"), "", ombuds_).status, 404);
  EXPECT_EQ(ErrorFields(api_.Call("GET", "/api/v1/absences/overview", "", coordinator_)),
            std::set<std::string>{"cohort"});
  EXPECT_EQ(ErrorFields(api_.Call("GET", "/api/v1/absences/overview?cohort=abc", "", coordinator_)),
            std::set<std::string>{"cohort"});

  EXPECT_EQ(api_.AuditCount(), audit_before);
  EXPECT_TRUE(Items("/api/v1/sickness-reports", ombuds_).empty());
  EXPECT_TRUE(Items("/api/v1/accidents", coordinator_).empty());
  EXPECT_TRUE(Logbook(student_)["catch_up_requests"].empty());
  EXPECT_EQ(MailsTo("wpl@school.be", ""), 1);  // the placement request only
}

INSTANTIATE_TEST_SUITE_P(BothEngines, AbsencesApi, ::testing::Values(Engine::kSqlite, Engine::kPostgres),
                         EngineTestName);

}  // namespace
}  // namespace leerplek::testing
