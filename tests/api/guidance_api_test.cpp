// Guidance by the school on both engines: supervision and intervision moments with their attendance (R20
// "other agreements") and workplace visits with their iCalendar invitation and report (R22).
#include <gtest/gtest.h>

#include "api/placement_world.hpp"

namespace leerplek::testing {
namespace {

using nlohmann::json;
using std::chrono::hours;
using std::chrono::minutes;

class GuidanceApi : public PlacementWorld {
 protected:
  GuidanceApi() {
    colleague_ = api_.AddUserAndLogIn("an@school.be", {"supervisor"});
    api_.Call("POST", "/api/v1/programmes/" + std::to_string(programme_) + "/staff",
              json{{"user_id", colleague_.user_id}}.dump(), lead_);
    stranger_ = api_.AddUserAndLogIn("vreemd@andere-school.be", {"supervisor"});  // staff of no programme here
    placement_ = Approved("instroom", partners_);
    EXPECT_EQ(api_.Call("PUT", Placement(placement_, "/supervisor"),
                        json{{"supervisor_id", supervisor_.user_id}}.dump(), coordinator_)
                  .status,
              200);
  }
  void LogInOthers() override {
    colleague_ = api_.LogIn("an@school.be");
    stranger_ = api_.LogIn("vreemd@andere-school.be");
  }
  json Moment(const std::string& date, std::vector<std::int64_t> students) const {
    return {{"module", "instroom"},
            {"kind", "supervision"},
            {"date", date},
            {"start", "14:00"},
            {"duration_minutes", 90},
            {"title", "Supervisie 1: de eerste weken"},
            {"place", "Campus De Vest, lokaal B204"},
            {"mandatory", true},
            {"student_ids", students}};
  }
  http::Response Plan(const json& body, const TestSession& who) {
    return api_.Call("POST", Cohort("/guidance-moments"), body.dump(), who);
  }
  std::int64_t Planned(const json& body) {
    http::Response r = Plan(body, supervisor_);
    EXPECT_EQ(r.status, 201) << r.body;
    return JsonOf(r)["id"];
  }
  static std::string MomentPath(std::int64_t id, const std::string& rest = "") {
    return "/api/v1/guidance-moments/" + std::to_string(id) + rest;
  }
  http::Response Attendance(std::int64_t id, const json& lines, const TestSession& who) {
    return api_.Call("PUT", MomentPath(id, "/attendance"), json{{"attendance", lines}}.dump(), who);
  }
  json Items(const std::string& target, const TestSession& who) {
    http::Response r = api_.Call("GET", target, "", who);
    EXPECT_EQ(r.status, 200) << target << " " << r.body;
    return JsonOf(r)["items"];
  }
  static json Visit(const std::string& date, const std::string& start = "10:00") {
    return {{"date", date}, {"start", start}, {"duration_minutes", 60}, {"with_whom", "Sofie (mentor) en Lotte"}};
  }
  static std::string VisitPath(std::int64_t id, const std::string& rest = "") {
    return "/api/v1/visits/" + std::to_string(id) + rest;
  }
  // The queued e-mails to `to` whose subject contains `subject_part`, oldest first.
  std::vector<app::OutgoingMail> Mails(const std::string& to, const std::string& subject_part) {
    std::vector<app::OutgoingMail> out;
    Status s = api_.Db().Read([&](app::Repositories& repos) -> Status {
      for (auto& m : repos.Mail().Due(api_.Clock().Now() + hours(24 * 365), 1000)) {
        if (m.to == to && m.subject.find(subject_part) != std::string::npos) out.push_back(std::move(m));
      }
      return {};
    });
    EXPECT_TRUE(s.has_value());
    return out;
  }
  static bool Has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

  TestSession colleague_, stranger_;
  std::int64_t placement_ = 0;
};

TEST_P(GuidanceApi, R20_ASupervisorPlansAMomentAndRecordsAttendanceWithAReasonForAnExcuse) {
  http::Response r = Plan(Moment("2026-10-07", {student_.user_id, other_student_.user_id}), supervisor_);
  ASSERT_EQ(r.status, 201) << r.body;
  json moment = JsonOf(r);
  const std::int64_t id = moment["id"];
  EXPECT_EQ(moment["kind_name"], "Supervisie");
  EXPECT_EQ(moment["module"]["name"], "Instroom");
  EXPECT_EQ(moment["end"], "15:30");
  EXPECT_EQ(moment["planned_by"], "Test pieter@school.be");
  ASSERT_EQ(moment["attendance"].size(), 2U);
  EXPECT_EQ(moment["attendance"][0]["status"], nullptr);
  EXPECT_TRUE(moment["may_edit"]);
  EXPECT_TRUE(AuditHas("guidance_moment.planned"));

  // Attendance waits for the day itself.
  const json lines = {{{"student_id", student_.user_id}, {"status", "present"}},
                      {{"student_id", other_student_.user_id}, {"status", "excused"}, {"reason", " "}}};
  EXPECT_EQ(Attendance(id, lines, supervisor_).status, 409);
  MoveTo(Utc(2026, 10, 7, 14, 0));  // 16:00 in Brussels
  r = Attendance(id, lines, supervisor_);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"attendance[1].reason"});
  json excused = lines;
  excused[1]["reason"] = "Begrafenis van een grootouder.";
  r = Attendance(id, excused, colleague_);  // any supervisor of the programme may take over the session
  ASSERT_EQ(r.status, 200) << r.body;
  moment = JsonOf(r);
  std::map<std::int64_t, json> by_student;
  for (const json& a : moment["attendance"]) by_student[a["student"]["id"]] = a;
  EXPECT_EQ(by_student[student_.user_id]["status"], "present");
  EXPECT_EQ(by_student[other_student_.user_id]["status"], "excused");
  EXPECT_EQ(by_student[other_student_.user_id]["status_name"], "gewettigd afwezig");
  EXPECT_EQ(by_student[other_student_.user_id]["reason"], "Begrafenis van een grootouder.");
  EXPECT_EQ(by_student[other_student_.user_id]["recorded_by"], "Test an@school.be");
  EXPECT_TRUE(AuditHas("guidance_moment.attendance_recorded"));
  // An excuse later turned into "absent" keeps no reason.
  r = Attendance(id, json::array({{{"student_id", other_student_.user_id}, {"status", "absent"}, {"reason", "x"}}}),
                 supervisor_);
  ASSERT_EQ(r.status, 200) << r.body;
  for (const json& a : JsonOf(r)["attendance"]) {
    if (a["student"]["id"] == other_student_.user_id) {
      EXPECT_EQ(a["status"], "absent");
      EXPECT_EQ(a["reason"], "");
    }
    if (a["student"]["id"] == student_.user_id) {
      EXPECT_EQ(a["status"], "present");  // untouched
    }
  }

  // R20: the placement's attendance counts present and excused, not absent; an optional moment not at all.
  json optional = Moment("2026-10-07", {student_.user_id});
  optional["mandatory"] = false;
  optional["kind"] = "intervision";
  const std::int64_t intervision = Planned(optional);
  ASSERT_EQ(
      Attendance(intervision, json::array({{{"student_id", student_.user_id}, {"status", "absent"}}}), supervisor_)
          .status,
      200);
  r = api_.Call("GET", Placement(placement_, "/attendance"), "", student_);
  ASSERT_EQ(r.status, 200) << r.body;
  json attendance = JsonOf(r);
  EXPECT_EQ(attendance["attended_mandatory"], 1);
  EXPECT_EQ(attendance["mandatory"], 1);
  ASSERT_EQ(attendance["items"].size(), 2U);
  EXPECT_EQ(attendance["items"][0]["status"], "present");

  // A student with recorded attendance stays on the moment; other changes are fine and audited.
  json change = Moment("2026-10-07", {other_student_.user_id});
  r = api_.Call("PUT", MomentPath(id), change.dump(), supervisor_);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"student_ids"});
  change = Moment("2026-10-07", {student_.user_id, other_student_.user_id});
  change["title"] = "Supervisie 1: terugblik";
  change["place"] = "Online (Teams)";
  r = api_.Call("PUT", MomentPath(id), change.dump(), supervisor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["title"], "Supervisie 1: terugblik");
  EXPECT_EQ(JsonOf(r)["attendance"].size(), 2U);
  EXPECT_TRUE(AuditHas("guidance_moment.changed"));
}

TEST_P(GuidanceApi, R20_WhoMaySeeAndRecordWhat) {
  const std::int64_t both = Planned(Moment("2026-10-07", {student_.user_id, other_student_.user_id}));
  const std::int64_t jonas_only = Planned(Moment("2026-10-14", {other_student_.user_id}));
  // Only supervisors plan, and only those of the cohort's programme.
  EXPECT_EQ(Plan(Moment("2026-10-21", {student_.user_id}), stranger_).status, 403);
  for (const TestSession& who : {student_, mentor_, coordinator_, lead_})
    EXPECT_EQ(Plan(Moment("2026-10-21", {student_.user_id}), who).status, 403);
  MoveTo(Utc(2026, 10, 7, 14, 0));
  const json present = json::array({{{"student_id", student_.user_id}, {"status", "present"}}});
  EXPECT_EQ(Attendance(both, present, student_).status, 403);
  EXPECT_EQ(Attendance(both, present, coordinator_).status, 403);
  EXPECT_EQ(Attendance(both, present, stranger_).status, 403);
  EXPECT_EQ(api_.Call("PUT", MomentPath(both), Moment("2026-10-08", {student_.user_id}).dump(), stranger_).status, 403);
  ASSERT_EQ(Attendance(both, present, supervisor_).status, 200);

  // The programme's staff read every moment; a student only their own, with only their own attendance.
  for (const TestSession& who : {supervisor_, colleague_, coordinator_, lead_})
    EXPECT_EQ(Items(Cohort("/guidance-moments"), who).size(), 2U);
  EXPECT_FALSE(Items(Cohort("/guidance-moments"), coordinator_)[0]["may_edit"]);
  json mine = Items(Cohort("/guidance-moments"), student_);
  ASSERT_EQ(mine.size(), 1U);
  EXPECT_EQ(mine[0]["id"], both);
  ASSERT_EQ(mine[0]["attendance"].size(), 1U);
  EXPECT_EQ(mine[0]["attendance"][0]["student"]["id"], student_.user_id);
  EXPECT_EQ(mine[0]["student_ids"], json::array({student_.user_id}));
  EXPECT_FALSE(mine[0]["may_edit"]);
  EXPECT_EQ(Items(Cohort("/guidance-moments"), other_student_).size(), 2U);
  EXPECT_EQ(Items(Cohort("/guidance-moments?module=payroll"), supervisor_).size(), 0U);
  (void)jonas_only;
  for (const TestSession& who : {mentor_, stranger_})
    EXPECT_EQ(api_.Call("GET", Cohort("/guidance-moments"), "", who).status, 403);
  // A placement's attendance: its student and the programme's staff, not another student or the mentor.
  for (const TestSession& who : {student_, supervisor_, colleague_, coordinator_, lead_})
    EXPECT_EQ(api_.Call("GET", Placement(placement_, "/attendance"), "", who).status, 200);
  for (const TestSession& who : {other_student_, mentor_, stranger_})
    EXPECT_EQ(api_.Call("GET", Placement(placement_, "/attendance"), "", who).status, 403);
}

TEST_P(GuidanceApi, R22_APlannedVisitInvitesStudentAndMentorAndIsUpdatedAndCancelledInTheirCalendars) {
  // Only the placement's own supervisor plans; the place defaults to the workplace's address.
  EXPECT_EQ(api_.Call("POST", Placement(placement_, "/visits"), Visit("2026-10-12").dump(), colleague_).status, 403);
  EXPECT_EQ(api_.Call("POST", Placement(placement_, "/visits"), Visit("2026-10-12").dump(), coordinator_).status, 403);
  http::Response r = api_.Call("POST", Placement(placement_, "/visits"), Visit("2026-10-12").dump(), supervisor_);
  ASSERT_EQ(r.status, 201) << r.body;
  json visit = JsonOf(r);
  const std::int64_t id = visit["id"];
  EXPECT_EQ(visit["state"], "planned");
  EXPECT_EQ(visit["place"], "HR Partners, 2000 Antwerpen");
  EXPECT_EQ(visit["end"], "11:00");
  EXPECT_EQ(visit["sequence"], 0);
  EXPECT_TRUE(AuditHas("visit.planned"));

  std::vector<app::OutgoingMail> student_mail = Mails("lotte@student.be", "Werkplekbezoek gepland");
  std::vector<app::OutgoingMail> mentor_mail = Mails("sofie@werkplek.be", "Werkplekbezoek gepland");
  ASSERT_EQ(student_mail.size(), 1U);
  ASSERT_EQ(mentor_mail.size(), 1U);
  EXPECT_TRUE(Has(student_mail[0].subject, "12/10/2026 om 10:00"));
  ASSERT_TRUE(student_mail[0].attachment);
  const app::MailAttachment& ics = *student_mail[0].attachment;
  EXPECT_EQ(ics.file_name, "werkplekbezoek.ics");
  EXPECT_EQ(ics.content_type, "text/calendar; method=REQUEST");
  EXPECT_TRUE(Has(ics.content, "METHOD:REQUEST\r\n"));
  EXPECT_TRUE(Has(ics.content, "DTSTART;TZID=Europe/Brussels:20261012T100000\r\n"));
  EXPECT_TRUE(Has(ics.content, "DTEND;TZID=Europe/Brussels:20261012T110000\r\n"));
  EXPECT_TRUE(Has(ics.content, "LOCATION:HR Partners\\, 2000 Antwerpen\r\n"));
  EXPECT_TRUE(Has(ics.content, "ORGANIZER;CN=\"Test pieter@school.be\":mailto:pieter@school.be\r\n"));
  EXPECT_TRUE(Has(ics.content, "mailto:lotte@student.be\r\n"));
  EXPECT_TRUE(Has(ics.content, "mailto:sofie@werkplek.be\r\n"));
  EXPECT_TRUE(Has(ics.content, "SEQUENCE:0\r\n"));
  const std::string uid = ics.content.substr(
      ics.content.find("UID:"), ics.content.find("\r\n", ics.content.find("UID:")) - ics.content.find("UID:"));
  EXPECT_TRUE(Has(mentor_mail[0].attachment->content, uid + "\r\n"));
  EXPECT_TRUE(Mails("wpl@school.be", "Werkplekbezoek").empty());

  // Moved: the same UID with a higher SEQUENCE, as an update.
  r = api_.Call("PUT", VisitPath(id), Visit("2026-10-13", "13:30").dump(), supervisor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["sequence"], 1);
  EXPECT_EQ(JsonOf(r)["place"], "HR Partners, 2000 Antwerpen");  // kept
  std::vector<app::OutgoingMail> moved = Mails("lotte@student.be", "Werkplekbezoek gewijzigd");
  ASSERT_EQ(moved.size(), 1U);
  EXPECT_TRUE(Has(moved[0].attachment->content, uid + "\r\n"));
  EXPECT_TRUE(Has(moved[0].attachment->content, "SEQUENCE:1\r\n"));
  EXPECT_TRUE(Has(moved[0].attachment->content, "DTSTART;TZID=Europe/Brussels:20261013T133000\r\n"));
  EXPECT_TRUE(AuditHas("visit.changed"));
  EXPECT_EQ(api_.Call("PUT", VisitPath(id, "/report"), R"({"report":"Goed gesprek."})", supervisor_).status, 409);

  // Cancelled: METHOD:CANCEL with the same UID and again a higher SEQUENCE; then nothing more changes.
  EXPECT_EQ(api_.Call("POST", VisitPath(id, "/cancellation"), R"({"reason":"Ziek."})", colleague_).status, 403);
  r = api_.Call("POST", VisitPath(id, "/cancellation"), R"({"reason":"Mentor met verlof."})", supervisor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["state"], "cancelled");
  EXPECT_EQ(JsonOf(r)["cancel_reason"], "Mentor met verlof.");
  std::vector<app::OutgoingMail> cancelled = Mails("sofie@werkplek.be", "Werkplekbezoek geannuleerd");
  ASSERT_EQ(cancelled.size(), 1U);
  EXPECT_EQ(cancelled[0].attachment->content_type, "text/calendar; method=CANCEL");
  EXPECT_TRUE(Has(cancelled[0].attachment->content, "METHOD:CANCEL\r\n"));
  EXPECT_TRUE(Has(cancelled[0].attachment->content, uid + "\r\n"));
  EXPECT_TRUE(Has(cancelled[0].attachment->content, "SEQUENCE:2\r\n"));
  EXPECT_TRUE(Has(cancelled[0].body, "Mentor met verlof."));
  EXPECT_TRUE(AuditHas("visit.cancelled"));
  EXPECT_EQ(api_.Call("POST", VisitPath(id, "/cancellation"), "", supervisor_).status, 409);
  EXPECT_EQ(api_.Call("PUT", VisitPath(id), Visit("2026-10-14").dump(), supervisor_).status, 409);
}

TEST_P(GuidanceApi, R22_AfterTheVisitTheSupervisorWritesAReportThatStudentAndMentorRead) {
  http::Response r = api_.Call("POST", Placement(placement_, "/visits"), Visit("2026-10-12").dump(), supervisor_);
  ASSERT_EQ(r.status, 201) << r.body;
  const std::int64_t id = JsonOf(r)["id"];
  MoveTo(Utc(2026, 10, 12, 12, 0));
  EXPECT_EQ(api_.Call("PUT", VisitPath(id, "/report"), R"({"report":"x"})", colleague_).status, 403);
  EXPECT_EQ(api_.Call("PUT", VisitPath(id, "/report"), R"({"report":"x"})", student_).status, 403);
  r = api_.Call("PUT", VisitPath(id, "/report"),
                R"({"report":"Lotte voert zelfstandig intakegesprekken; werkpunt: verslaggeving."})", supervisor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["state"], "reported");
  EXPECT_EQ(JsonOf(r)["reported_by"], "Test pieter@school.be");
  EXPECT_TRUE(AuditHas("visit.reported"));
  EXPECT_EQ(api_.Call("POST", VisitPath(id, "/cancellation"), "", supervisor_).status, 409);

  // The report is for the student and the mentor too (ADR 0018), and for the programme's coordinator and lead.
  for (const TestSession& who : {student_, mentor_, supervisor_, coordinator_, lead_}) {
    json items = Items(Placement(placement_, "/visits"), who);
    ASSERT_EQ(items.size(), 1U);
    EXPECT_EQ(items[0]["report"], "Lotte voert zelfstandig intakegesprekken; werkpunt: verslaggeving.");
  }
  for (const TestSession& who : {other_student_, other_mentor_, colleague_, stranger_})
    EXPECT_EQ(api_.Call("GET", Placement(placement_, "/visits"), "", who).status, 403);
}

TEST_P(GuidanceApi, MyGuidanceShowsWhatIsComing) {
  Planned(Moment("2026-10-07", {student_.user_id}));
  Planned(Moment("2026-09-14", {student_.user_id}));  // in the past
  ASSERT_EQ(api_.Call("POST", Placement(placement_, "/visits"), Visit("2026-10-12").dump(), supervisor_).status, 201);
  ASSERT_EQ(api_.Call("POST", Placement(placement_, "/visits"), Visit("2026-09-15").dump(), supervisor_).status, 201);
  EXPECT_TRUE(Mails("lotte@student.be", "15/09/2026").empty());  // no invitation for a visit in the past
  const auto mine = [&](const TestSession& who) {
    http::Response r = api_.Call("GET", "/api/v1/me/guidance", "", who);
    EXPECT_EQ(r.status, 200) << r.body;
    return JsonOf(r);
  };
  json student = mine(student_);
  EXPECT_EQ(student["moments"].size(), 1U);
  ASSERT_EQ(student["visits"].size(), 1U);
  EXPECT_EQ(student["visits"][0]["date"], "2026-10-12");
  EXPECT_EQ(mine(mentor_)["visits"].size(), 1U);
  EXPECT_TRUE(mine(mentor_)["moments"].empty());
  json supervisor = mine(supervisor_);
  EXPECT_EQ(supervisor["moments"].size(), 1U);
  EXPECT_EQ(supervisor["visits"].size(), 2U);  // the past one still waits for its report
  EXPECT_TRUE(mine(colleague_)["moments"].empty());
  EXPECT_TRUE(mine(other_student_)["visits"].empty());
  EXPECT_EQ(api_.Call("GET", "/api/v1/me/guidance", "", coordinator_).status, 403);
}

TEST_P(GuidanceApi, BadInputIsNamedPerFieldAndChangesNothing) {
  // A placement still waiting for the coordinator, already with a supervisor.
  const std::int64_t waiting = Requested(Request("payroll", stad_), student_);
  EXPECT_EQ(api_.Call("PUT", Placement(waiting, "/supervisor"), json{{"supervisor_id", supervisor_.user_id}}.dump(),
                      coordinator_)
                .status,
            200);
  const int audit_before = api_.AuditCount();
  http::Response r = Plan(json::object(), supervisor_);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"module", "kind", "date", "start", "duration_minutes", "title",
                                                   "place", "mandatory", "student_ids"}));
  json bad = Moment("2026-10-07", {student_.user_id, mentor_.user_id});
  bad["module"] = "boekhouden";
  bad["kind"] = "vergadering";
  r = Plan(bad, supervisor_);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"kind"});
  bad["kind"] = "intervision";
  bad["start"] = "23:00";
  bad["title"] = " ";
  r = Plan(bad, supervisor_);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"module", "duration_minutes", "title", "student_ids"}));
  EXPECT_NE(r.body.find("cohorte"), std::string::npos) << r.body;  // the mentor is no student of the cohort
  r = api_.Call("POST", "/api/v1/cohorts/999999/guidance-moments", Moment("2026-10-07", {student_.user_id}).dump(),
                supervisor_);
  EXPECT_EQ(r.status, 404);

  const std::int64_t id = Planned(Moment("2026-09-21", {student_.user_id}));
  EXPECT_EQ(ErrorFields(api_.Call("PUT", MomentPath(id, "/attendance"), R"({"attendance":{}})", supervisor_)),
            std::set<std::string>{"attendance"});
  r = Attendance(
      id, json::array({{{"status", "aanwezig"}}, {{"student_id", other_student_.user_id}, {"status", "present"}}}),
      supervisor_);
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"attendance[0].student_id", "attendance[0].status"}));
  r = Attendance(id, json::array({{{"student_id", other_student_.user_id}, {"status", "present"}}}), supervisor_);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"attendance[0].student_id"});  // not taking part
  EXPECT_EQ(Attendance(999999, json::array(), supervisor_).status, 404);

  r = api_.Call("POST", Placement(placement_, "/visits"), "{}", supervisor_);
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"date", "start", "duration_minutes", "with_whom"}));
  json visit = Visit("2026-06-01");  // more than 60 days ago
  visit["duration_minutes"] = 5;
  visit["with_whom"] = "";
  visit["start"] = "10u";
  r = api_.Call("POST", Placement(placement_, "/visits"), visit.dump(), supervisor_);
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"start"}));
  visit["start"] = "10:00";
  r = api_.Call("POST", Placement(placement_, "/visits"), visit.dump(), supervisor_);
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"date", "duration_minutes", "with_whom"}));
  EXPECT_EQ(api_.Call("POST", Placement(999999, "/visits"), Visit("2026-10-12").dump(), supervisor_).status, 404);
  EXPECT_EQ(api_.Call("PUT", VisitPath(999999), Visit("2026-10-12").dump(), supervisor_).status, 404);
  EXPECT_EQ(ErrorFields(api_.Call("PUT", VisitPath(1, "/report"), "{}", supervisor_)), std::set<std::string>{"report"});
  // A placement still waiting for the coordinator gets no visit.
  EXPECT_EQ(api_.Call("POST", Placement(waiting, "/visits"), Visit("2026-10-12").dump(), supervisor_).status, 409);

  EXPECT_EQ(api_.AuditCount(), audit_before + 1);  // the one moment planned on purpose
  EXPECT_TRUE(Mails("lotte@student.be", "Werkplekbezoek").empty());
}

INSTANTIATE_TEST_SUITE_P(BothEngines, GuidanceApi, ::testing::Values(Engine::kSqlite, Engine::kPostgres),
                         EngineTestName);

}  // namespace
}  // namespace leerplek::testing
