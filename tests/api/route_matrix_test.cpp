// Every route × every role (and anonymous), on records of the actor's own programme and cohort and
// on someone else's: no unexpected 2xx, and every route is in this table.
#include <gtest/gtest.h>

#include <set>

#include "api/api_harness.hpp"
#include "leerplek/app/cohorts.hpp"
#include "leerplek/app/curricula.hpp"
#include "leerplek/app/placements.hpp"
#include "leerplek/app/workplaces.hpp"

namespace leerplek::testing {
namespace {

using nlohmann::json;

const std::vector<std::string> kRoles = {"student",        "mentor", "supervisor", "coordinator",
                                         "programme_lead", "ombuds", "admin"};
using Who = std::set<std::string>;
const Who kEveryone = {"anonymous",   "student",        "mentor", "supervisor",
                       "coordinator", "programme_lead", "ombuds", "admin"};
const Who kAnyUser = {"student", "mentor", "supervisor", "coordinator", "programme_lead", "ombuds", "admin"};
const Who kStaff = {"supervisor", "coordinator", "programme_lead"};
const Who kCohortReaders = {"student", "mentor", "supervisor", "coordinator", "programme_lead"};
const Who kCohortManagers = {"coordinator", "programme_lead"};
const Who kNobody = {};
const Who kSicknessReaders = {"student", "mentor", "coordinator", "ombuds"};

struct Expectation {
  std::string method;
  std::string path;  // {id}: the record; {module}: a module of the cohort; {token}: an unknown token
  std::string body;
  Who allowed;          // who may get a 2xx on their own programme/cohort (or on everything for routes without {id})
  Who allowed_foreign;  // who may get a 2xx on another programme's record
};

std::string CurriculumJson() {
  return R"({"programme":{"code":"boekhouden","name":"Graduaat Boekhouden","institution":"Hogeschool Test",)"
         R"("version":"2027-2","phases":2,"notes":""},"course_units":[],"modules":[{"code":"kennismaking-kantoor",)"
         R"("name":"Kennismaking kantoor","phase":1,"quarters":[1],"required_days":5,"description":"",)"
         R"("goals":["Een doel."],"may_share_workplace_with":[]}]})";
}

const std::string kOrganisation =
    R"({"name":"HR Partners","kind":"social_secretariat","street":"Meir 1","postcode":"2000","city":"Antwerpen",)"
    R"("start_time":"08:30","closures":[]})";
const std::string kCsv = "naam;e-mail\nNieuwe Student;nieuw.student@student.be\n";
const std::string kRule = R"({"rule":{"patterns":[{"from":"2027-02-01","to":"2027-02-28","weekdays":[2]}],)"
                          R"("added":[],"removed":[]},"confirm_started":true})";

// Written out by hand, not derived from the route table: this is what the product brief allows.
const std::vector<Expectation>& Expectations() {
  static const std::vector<Expectation> table = {
      {"POST", "/api/v1/session", R"({"email":"ander@school.be","password":"correct horse battery"})", kEveryone,
       kEveryone},
      {"DELETE", "/api/v1/session", "", kAnyUser, kAnyUser},
      {"GET", "/api/v1/me", "", kAnyUser, kAnyUser},
      {"POST", "/api/v1/password-reset-requests", R"({"email":"x@y.be"})", kEveryone, kEveryone},
      {"GET", "/api/v1/password-resets/{token}", "", kEveryone, kEveryone},
      {"POST", "/api/v1/password-resets", R"({"token":"x","password":"lang genoeg wachtwoord"})", kEveryone, kEveryone},
      {"GET", "/api/v1/users", "", {"admin"}, {"admin"}},
      {"POST", "/api/v1/users", R"({"email":"nieuw@y.be","name":"Nieuw","roles":["student"]})", {"admin"}, {"admin"}},
      {"GET", "/api/v1/users/{id}", "", {"admin"}, {"admin"}},
      {"PATCH", "/api/v1/users/{id}", R"({"name":"Andere Naam"})", {"admin"}, {"admin"}},
      {"POST", "/api/v1/users/{id}/invitations", "", {"admin"}, {"admin"}},
      {"GET", "/api/v1/audit-events", "", {"coordinator", "admin"}, {"coordinator", "admin"}},
      {"GET", "/api/v1/holidays?year=2027", "", kAnyUser, kAnyUser},
      {"POST",
       "/api/v1/curriculum-imports",
       "<mini curriculum>",
       {"programme_lead", "admin"},
       {"programme_lead", "admin"}},
      {"GET",
       "/api/v1/programmes",
       "",
       {"supervisor", "coordinator", "programme_lead", "admin"},
       {"supervisor", "coordinator", "programme_lead", "admin"}},
      {"GET",
       "/api/v1/programmes/{id}/curriculum",
       "",
       {"student", "mentor", "supervisor", "coordinator", "programme_lead", "admin"},
       {"admin"}},
      {"PUT", "/api/v1/programmes/{id}/curriculum", CurriculumJson(), {"programme_lead"}, kNobody},
      {"GET",
       "/api/v1/programmes/{id}/versions",
       "",
       {"supervisor", "coordinator", "programme_lead", "admin"},
       {"admin"}},
      {"GET",
       "/api/v1/programmes/{id}/closures",
       "",
       {"supervisor", "coordinator", "programme_lead", "admin"},
       {"admin"}},
      {"PUT",
       "/api/v1/programmes/{id}/closures",
       R"({"flemish_holiday":true,"closures":[]})",
       {"programme_lead"},
       kNobody},
      {"POST", "/api/v1/programmes/{id}/staff", "<staff id>", {"programme_lead", "admin"}, {"admin"}},
      {"GET", "/api/v1/cohorts", "", kAnyUser, kAnyUser},
      {"POST", "/api/v1/cohorts", "<new cohort>", kCohortManagers, kNobody},
      {"GET", "/api/v1/cohorts/{id}", "", kCohortReaders, kNobody},
      {"PATCH", "/api/v1/cohorts/{id}", R"({"name":"Boekhouden 2026–2027"})", kCohortManagers, kNobody},
      {"GET", "/api/v1/cohorts/{id}/members", "", kStaff, kNobody},
      {"POST", "/api/v1/cohorts/{id}/members", R"({"email":"extra@student.be","name":"Extra","role":"student"})",
       kCohortManagers, kNobody},
      {"POST", "/api/v1/cohorts/{id}/student-imports/preview", kCsv, kCohortManagers, kNobody},
      {"POST", "/api/v1/cohorts/{id}/student-imports", kCsv, kCohortManagers, kNobody},
      {"GET", "/api/v1/cohorts/{id}/calendar", "", kCohortReaders, kNobody},
      {"PUT", "/api/v1/cohorts/{id}/calendar/{module}", kRule, {"programme_lead"}, kNobody},
      {"POST", "/api/v1/cohorts/{id}/calendar/{module}/preview", kRule, {"programme_lead"}, kNobody},
      {"GET", "/api/v1/me/calendar-feed", "", {"student"}, {"student"}},
      {"POST", "/api/v1/me/calendar-feed", "", {"student"}, {"student"}},
      {"DELETE", "/api/v1/me/calendar-feed", "", {"student"}, {"student"}},
      {"GET", "/api/v1/calendar-feeds/{token}", "", kEveryone, kEveryone},
      {"GET", "/api/v1/organisations", "", kCohortReaders, kCohortReaders},
      {"POST", "/api/v1/organisations", kOrganisation, {"coordinator"}, {"coordinator"}},
      {"GET", "/api/v1/organisations/{id}", "", kCohortReaders, kCohortReaders},
      {"PUT", "/api/v1/organisations/{id}", kOrganisation, {"coordinator"}, {"coordinator"}},
      // Mentor profiles belong to the workplace register: all school staff read them, the coordinator keeps them.
      {"GET",
       "/api/v1/users/{mentor}/mentor-profile",
       "",
       {"mentor", "supervisor", "coordinator", "programme_lead"},
       kStaff},
      {"PUT",
       "/api/v1/users/{mentor}/mentor-profile",
       R"({"job_title":"HR-adviseur","years_of_hr_experience":5,"domains":["payroll"]})",
       {"mentor", "coordinator"},
       {"coordinator"}},
      {"POST",
       "/api/v1/rotation-plans/preview",
       R"({"days":["2026-10-06","2026-10-07"],"block_days":1,"settings":[{"id":"a","capacity":2}],"students":["s1"]})",
       {"coordinator"},
       {"coordinator"}},
      {"GET", "/api/v1/hr-domains", "", kAnyUser, kAnyUser},
      {"GET", "/api/v1/placements", "", kCohortReaders, kCohortReaders},
      {"POST", "/api/v1/placements", "<placement request>", {"student", "coordinator"}, kNobody},
      // A placement of the actor's cohort: its student and mentor, and the programme's staff.
      {"GET", "/api/v1/placements/{id}", "", kCohortReaders, kNobody},
      {"PUT", "/api/v1/placements/{id}", "<placement request>", {"student", "coordinator"}, kNobody},
      {"POST",
       "/api/v1/placements/{id}/decision",
       R"({"decision":"send_back","comment":"Vul de taken aan."})",
       {"coordinator"},
       kNobody},
      {"PUT", "/api/v1/placements/{id}/supervisor", "<the supervisor>", {"coordinator"}, kNobody},
      {"PUT", "/api/v1/placements/{id}/signatures", "{}", {"coordinator"}, kNobody},
      {"PUT", "/api/v1/placements/{id}/agreement", "<pdf>", {"student", "coordinator"}, kNobody},
      {"GET", "/api/v1/placements/{id}/agreement", "", kCohortReaders, kNobody},
      {"POST", "/api/v1/placements/{id}/completion", "", {"coordinator"}, kNobody},
      {"POST", "/api/v1/placements/{id}/cancellation", R"({"reason":"Student stopt."})", {"coordinator"}, kNobody},
      // Risk analyses: the register is shared, so all school staff read them; students and mentors only
      // where they are placed (nobody is, here).
      {"PUT",
       "/api/v1/organisations/{id}/risk-analysis?valid_until=2027-12-31",
       "<pdf>",
       {"coordinator"},
       {"coordinator"}},
      {"GET", "/api/v1/organisations/{id}/risk-analysis", "", kStaff, kStaff},
      {"PUT",
       "/api/v1/users/{student}/dimona",
       R"({"academic_year":"2026-2027","reference":"STG-2026-1"})",
       {"coordinator"},
       kNobody},
      {"GET", "/api/v1/cohorts/{id}/supervisors", "", kStaff, kNobody},
      {"GET", "/api/v1/cohorts/{id}/rotation-plans/{module}", "", kStaff, kNobody},
      {"PUT",
       "/api/v1/cohorts/{id}/rotation-plans/{module}",
       R"({"block_days":1,"settings":[{"id":"Rekrutering","capacity":5}]})",
       {"coordinator"},
       kNobody},
      {"POST", "/api/v1/cohorts/{id}/rotation-plans/{module}/publication", "", {"coordinator"}, kNobody},
      {"GET", "/api/v1/cohorts/{id}/groupings/{module}", "", kStaff, kNobody},
      {"PUT", "/api/v1/cohorts/{id}/groupings/{module}", "<grouping>", {"coordinator"}, kNobody},
      {"POST", "/api/v1/cohorts/{id}/groupings/{module}/publication", "", {"coordinator"}, kNobody},
      {"GET", "/api/v1/me/plans", "", {"student", "mentor"}, {"student", "mentor"}},
      {"POST", "/api/v1/work-days/evaluate",
       R"({"date":"2027-02-16","start":"09:00","end":"17:00","break_minutes":30})", kAnyUser, kAnyUser},
      // The logbook: its student, mentor and the programme's staff read it; only the student writes.
      {"GET", "/api/v1/placements/{id}/logbook", "", kCohortReaders, kNobody},
      {"PUT",
       "/api/v1/placements/{id}/logbook/{date}",
       R"({"start":"09:00","end":"17:00","break_minutes":30,"activities":"Loonfiches"})",
       {"student"},
       kNobody},
      {"GET", "/api/v1/logbook-entries/{id}/history", "", kCohortReaders, kNobody},
      {"GET", "/api/v1/logbook/review-queue", "", {"mentor"}, {"mentor"}},
      {"POST", "/api/v1/logbook/reviews", "<review of the own entry>", {"mentor"}, {"mentor"}},
      {"GET", "/api/v1/cohorts/{id}/progress", "", kStaff, kNobody},
      {"GET", "/api/v1/me/today", "", {"student"}, {"student"}},
      {"GET", "/api/v1/placements/{id}/logbook.csv", "", kCohortReaders, kNobody},
      {"GET", "/api/v1/placements/{id}/logbook.pdf", "", kCohortReaders, kNobody},
      // Absences (R8–R10). Sickness: the student reports; the report and its certificate copy are for the
      // student, the mentor, the programme's coordinator and the ombudsdienst, which is school-wide.
      {"POST",
       "/api/v1/placements/{id}/sickness-reports",
       R"({"first_day":"2026-09-22","last_day":"2026-09-22"})",
       {"student"},
       kNobody},
      {"GET", "/api/v1/sickness-reports", "", kSicknessReaders, kSicknessReaders},
      {"PUT", "/api/v1/sickness-reports/{id}/certificate", "<pdf>", {"student"}, kNobody},
      {"GET", "/api/v1/sickness-reports/{id}/certificate", "", kSicknessReaders, {"ombuds"}},
      {"POST", "/api/v1/sickness-reports/{id}/original-received", "", {"ombuds"}, {"ombuds"}},
      // Catch-up days and accidents: the placement's student or mentor; the programme's coordinator decides.
      {"POST", "/api/v1/placements/{id}/catch-up-days", R"({"date":"2026-09-24"})", {"student", "mentor"}, kNobody},
      {"POST", "/api/v1/catch-up-days/{id}/decision", R"({"decision":"approve"})", {"coordinator"}, kNobody},
      {"POST",
       "/api/v1/placements/{id}/accidents",
       R"({"date":"2026-09-21","time":"10:00","place":"Kantoor","on_the_way":false,"what_happened":"Gevallen.",)"
       R"("injuries":"Geen"})",
       {"student", "mentor"},
       kNobody},
      {"GET", "/api/v1/accidents", "", {"student", "mentor", "coordinator"}, {"student", "mentor", "coordinator"}},
      {"PUT", "/api/v1/accidents/{id}/status", R"({"status":"declared"})", {"coordinator"}, kNobody},
      {"GET", "/api/v1/absences/overview?cohort={id}", "", kStaff, kNobody},
      // The evaluation (issue 6). The score procedure is for the school's staff; rubrics are read by the
      // programme's staff and edited by its lead; a placement's rating by its mentor, the self-assessment by its
      // student, the meeting and reopening by its supervisor.
      {"POST", "/api/v1/scores/preview",
       R"({"scheme":{"levels":[{"code":"O","points":0},{"code":"G","points":2}],"criteria":[{"code":"a","weight":1,)"
       R"("knock_out":false}],"knock_out_cap":9,"attendance":{"mandatory":0,"penalty_per_missed":0,)"
       R"("fail_below_ratio":0},"rounding":"integer"},"ratings":{"a":"G"},"attended":0})",
       kStaff, kStaff},
      {"GET", "/api/v1/programmes/{id}/rubrics", "", kStaff, kNobody},
      {"GET", "/api/v1/programmes/{id}/rubrics/{module}", "", kStaff, kNobody},
      {"PUT",
       "/api/v1/programmes/{id}/rubrics/{module}",
       R"({"rubric":{"levels":[{"code":"O","name":"onvoldoende","points":0},{"code":"G","name":"goed","points":2}],)"
       R"("criteria":[{"code":"a","title":"A","goal":1,"weight":1,"knock_out":false,"descriptions":{"O":"x","G":"y"}}],)"
       R"("knock_out_cap":9,"attendance":{"mandatory":0,"penalty_per_missed":0,"fail_below_ratio":0},)"
       R"("rounding":"integer"}})",
       {"programme_lead"},
       kNobody},
      {"GET", "/api/v1/placements/{id}/evaluation", "", kCohortReaders, kNobody},
      {"POST",
       "/api/v1/placements/{id}/evaluation/interim",
       R"({"date":"2026-09-15","comment":"Goed bezig"})",
       {"mentor"},
       kNobody},
      {"PUT", "/api/v1/placements/{id}/evaluation/final", R"({"ratings":{},"comment":""})", {"mentor"}, kNobody},
      {"POST",
       "/api/v1/placements/{id}/evaluation/final/reopen",
       R"({"reason":"Vergissing"})",
       {"supervisor"},
       kNobody},
      {"GET", "/api/v1/placements/{id}/evaluation/final/history", "", kCohortReaders, kNobody},
      {"POST", "/api/v1/placements/{id}/evaluation/final/revisions", R"({"ratings":{}})", {"supervisor"}, kNobody},
      {"PUT", "/api/v1/placements/{id}/evaluation/self", R"({"ratings":{}})", {"student"}, kNobody},
      {"POST", "/api/v1/placements/{id}/evaluation/score", "{}", {"supervisor"}, kNobody},
      {"POST", "/api/v1/placements/{id}/evaluation/score/release", "", {"supervisor"}, kNobody},
      // The appeal file is the school's, and the student's once the score is released (not yet here).
      {"GET", "/api/v1/placements/{id}/evaluation/file.pdf", "", kStaff, kNobody},
      {"GET", "/api/v1/cohorts/{id}/scores.xlsx", "", kStaff, kNobody},
      {"GET", "/api/v1/me/caseload", "", {"supervisor"}, {"supervisor"}},
      {"PUT",
       "/api/v1/placements/{id}/evaluation/meeting",
       R"({"date":"2026-10-05","start":"14:00"})",
       {"supervisor"},
       kNobody},
      // Guidance (R20, R22): any supervisor of the programme plans moments and records attendance; a student sees
      // their own. Visits: only the placement's own supervisor plans them; its student and mentor read them.
      {"POST", "/api/v1/cohorts/{id}/guidance-moments", "<moment>", {"supervisor"}, kNobody},
      {"GET",
       "/api/v1/cohorts/{id}/guidance-moments",
       "",
       {"student", "supervisor", "coordinator", "programme_lead"},
       kNobody},
      {"PUT", "/api/v1/guidance-moments/{id}", "<moment>", {"supervisor"}, kNobody},
      {"PUT", "/api/v1/guidance-moments/{id}/attendance", R"({"attendance":[]})", {"supervisor"}, kNobody},
      {"GET",
       "/api/v1/placements/{id}/attendance",
       "",
       {"student", "supervisor", "coordinator", "programme_lead"},
       kNobody},
      {"POST",
       "/api/v1/placements/{id}/visits",
       R"({"date":"2026-10-12","start":"10:00","duration_minutes":60,"with_whom":"Mentor en student"})",
       {"supervisor"},
       kNobody},
      {"GET", "/api/v1/placements/{id}/visits", "", kCohortReaders, kNobody},
      {"PUT",
       "/api/v1/visits/{id}",
       R"({"date":"2026-10-13","start":"10:00","duration_minutes":60,"with_whom":"Mentor en student"})",
       {"supervisor"},
       kNobody},
      {"POST", "/api/v1/visits/{id}/cancellation", "", {"supervisor"}, kNobody},
      {"PUT", "/api/v1/visits/{id}/report", R"({"report":"Goed bezoek."})", {"supervisor"}, kNobody},
      {"GET", "/api/v1/me/guidance", "", {"student", "mentor", "supervisor"}, {"student", "mentor", "supervisor"}},
  };
  return table;
}

// The route pattern an expectation stands for: no query, and {mentor} is the pattern's {id}.
std::string WithoutQuery(const std::string& path) {
  std::string out = path.substr(0, path.find('?'));
  if (auto p = out.find("{mentor}"); p != std::string::npos) out.replace(p, 8, "{id}");
  if (auto p = out.find("{student}"); p != std::string::npos) out.replace(p, 9, "{id}");
  return out;
}

class RouteMatrix : public ::testing::TestWithParam<Engine> {};

TEST_P(RouteMatrix, EveryRouteIsInTheMatrix) {
  std::set<std::string> expected;
  for (const auto& e : Expectations()) expected.insert(e.method + " " + WithoutQuery(e.path));
  for (const http::Route& route : http::ApiRoutes()) {
    EXPECT_TRUE(expected.count(route.method + " " + route.pattern))
        << route.method << " " << route.pattern << " is missing from the route × role matrix";
  }
}

// Two programmes: everybody with a role works for or belongs to "boekhouden"; "tweede" is someone else's.
struct World {
  std::map<std::string, TestSession> sessions;
  std::map<std::string, std::int64_t> user_ids;
  std::int64_t other_user = 0;
  std::int64_t programme = 0;
  std::int64_t foreign_programme = 0;
  std::int64_t cohort = 0;
  std::int64_t foreign_cohort = 0;
  std::int64_t other_mentor = 0;
  std::int64_t organisation = 0;
  std::int64_t placement = 0;
  std::int64_t foreign_placement = 0;
  std::int64_t entry = 0;  // a logbook entry of each placement
  std::int64_t foreign_entry = 0;
  std::int64_t sickness = 0;  // a sickness report, a catch-up request and an accident of each placement
  std::int64_t foreign_sickness = 0;
  std::int64_t catch_up = 0;
  std::int64_t foreign_catch_up = 0;
  std::int64_t accident = 0;
  std::int64_t foreign_accident = 0;
  std::int64_t moment = 0;  // a guidance moment of each cohort and a visit of each placement
  std::int64_t foreign_moment = 0;
  std::int64_t visit = 0;
  std::int64_t foreign_visit = 0;
};

World Populate(ApiHarness& api) {
  World w;
  for (const std::string& role : kRoles) w.user_ids[role] = api.AddUser(role + "@school.be", {role});
  w.other_user = api.AddUser("ander@school.be", {"student"});
  // Added as staff by the matrix itself, so adding changes nobody else's access.
  w.user_ids["extra_staff"] = api.AddUser("extra-staff@school.be", {"supervisor"});
  const std::string mini = SourceFile("curricula/tests/mini-programme.toml");
  const app::Actor admin = api.ActorFor(w.user_ids["admin"]);
  w.programme = app::ImportCurriculum(api.Ctx(), admin, mini)->programme.programme.id.value;
  std::string second = mini;
  second.replace(second.find("code = \"boekhouden\""), 19, "code = \"tweede\"");
  w.foreign_programme = app::ImportCurriculum(api.Ctx(), admin, second)->programme.programme.id.value;
  for (const char* role : {"supervisor", "coordinator", "programme_lead"}) {
    EXPECT_TRUE(
        app::AddProgrammeStaff(api.Ctx(), admin, domain::ProgrammeId{w.programme}, domain::UserId{w.user_ids[role]})
            .has_value());
  }
  const app::Actor lead = api.ActorFor(w.user_ids["programme_lead"]);
  w.cohort = app::CreateCohort(api.Ctx(), lead, {domain::ProgrammeId{w.programme}, "Boekhouden", "2026-2027"})
                 ->cohort.id.value;
  for (const char* role : {"student", "mentor"}) {
    EXPECT_TRUE(app::AddCohortMember(api.Ctx(), lead,
                                     {domain::CohortId{w.cohort}, std::string(role) + "@school.be", "Lid", role, ""})
                    .has_value());
  }
  // The foreign cohort is made by a lead of the other programme.
  const std::int64_t other_lead = api.AddUser("andere-lead@school.be", {"programme_lead"});
  EXPECT_TRUE(
      app::AddProgrammeStaff(api.Ctx(), admin, domain::ProgrammeId{w.foreign_programme}, domain::UserId{other_lead})
          .has_value());
  w.foreign_cohort = app::CreateCohort(api.Ctx(), api.ActorFor(other_lead),
                                       {domain::ProgrammeId{w.foreign_programme}, "Tweede", "2026-2027"})
                         ->cohort.id.value;
  w.other_mentor = api.AddUser("andere-mentor@werkplek.be", {"mentor"});
  domain::Organisation org;
  org.name = "Sociaal Secretariaat Test";
  org.kind = domain::OrganisationKind::kSocialSecretariat;
  org.postcode = "3000";
  org.city = "Leuven";
  w.organisation = app::RegisterOrganisation(api.Ctx(), api.ActorFor(w.user_ids["coordinator"]), org)->id.value;
  // A placement in each cohort: the own one by the cohort's student, the foreign one by a student there.
  domain::Placement request;
  request.cohort = domain::CohortId{w.cohort};
  request.module_code = "kennismaking-kantoor";
  request.organisation = domain::OrganisationId{w.organisation};
  request.mentor = domain::UserId{w.user_ids["mentor"]};
  request.tasks = {{domain::HrDomain::kPayroll, "Loonfiches controleren"}};
  w.placement = app::RequestPlacement(api.Ctx(), api.ActorFor(w.user_ids["student"]), request)->placement.id.value;
  EXPECT_TRUE(app::AddCohortMember(api.Ctx(), api.ActorFor(other_lead),
                                   {domain::CohortId{w.foreign_cohort}, "ander@school.be", "Ander", "student", ""})
                  .has_value());
  request.cohort = domain::CohortId{w.foreign_cohort};
  request.mentor = domain::UserId{w.other_mentor};
  w.foreign_placement = app::RequestPlacement(api.Ctx(), api.ActorFor(w.other_user), request)->placement.id.value;
  // Logbook entries are written straight into the store: the placements are not approved here.
  EXPECT_TRUE(api.Db()
                  .Write([&](app::Repositories& r) -> Status {
                    domain::LogbookEntry e;
                    e.date = domain::Date{std::chrono::year{2026}, std::chrono::month{9}, std::chrono::day{15}};
                    e.start_minutes = 540;
                    e.end_minutes = 1020;
                    e.version = 1;
                    e.updated_at = api.Clock().Now();
                    e.placement = domain::PlacementId{w.placement};
                    e.updated_by = domain::UserId{w.user_ids["student"]};
                    w.entry = r.Logbook().Insert(e).value;
                    e.placement = domain::PlacementId{w.foreign_placement};
                    e.updated_by = domain::UserId{w.other_user};
                    w.foreign_entry = r.Logbook().Insert(e).value;
                    // Absences likewise, one of each kind per placement.
                    for (const bool foreign : {false, true}) {
                      const domain::PlacementId placement{foreign ? w.foreign_placement : w.placement};
                      const domain::UserId by{foreign ? w.other_user : w.user_ids["student"]};
                      app::SicknessRecord s;
                      s.placement = placement;
                      s.report.first_day = s.report.last_day = e.date;
                      s.reported_by = by;
                      s.reported_at = api.Clock().Now();
                      (foreign ? w.foreign_sickness : w.sickness) = r.Absences().InsertSickness(s).value;
                      app::CatchUpRequest c;
                      c.placement = placement;
                      c.date = e.date;
                      c.proposed_by = by;
                      c.proposed_at = api.Clock().Now();
                      (foreign ? w.foreign_catch_up : w.catch_up) = r.Absences().InsertCatchUp(c).value;
                      app::AccidentRecord a;
                      a.placement = placement;
                      a.report = {e.date, 600, "Kantoor", false, "Gevallen.", "Geen", "", ""};
                      a.reported_by = a.updated_by = by;
                      a.reported_at = a.updated_at = api.Clock().Now();
                      (foreign ? w.foreign_accident : w.accident) = r.Absences().InsertAccident(a).value;
                      // Guidance: a moment for the cohort's student, a visit of the placement.
                      app::GuidanceMomentRecord g;
                      g.moment.cohort = domain::CohortId{foreign ? w.foreign_cohort : w.cohort};
                      g.moment.module_code = "kennismaking-kantoor";
                      g.moment.date = e.date;
                      g.moment.start_minutes = 840;
                      g.moment.duration_minutes = 60;
                      g.moment.title = "Supervisie";
                      g.moment.place = "Lokaal 1";
                      g.moment.participants = {by};
                      g.planned_by = g.updated_by = by;
                      g.planned_at = g.updated_at = api.Clock().Now();
                      (foreign ? w.foreign_moment : w.moment) = r.Guidance().InsertMoment(g).value;
                      app::VisitRecord v;
                      v.placement = placement;
                      v.uid = foreign ? "foreign@test" : "own@test";
                      v.date = domain::Date{std::chrono::year{2026}, std::chrono::month{10}, std::chrono::day{12}};
                      v.start_minutes = 600;
                      v.duration_minutes = 60;
                      v.with_whom = "Mentor";
                      v.place = "Kantoor";
                      v.planned_by = v.updated_by = by;
                      v.planned_at = v.updated_at = api.Clock().Now();
                      (foreign ? w.foreign_visit : w.visit) = r.Guidance().InsertVisit(v).value;
                    }
                    // The own placement has the matrix's supervisor as its supervisor.
                    domain::Placement own = *r.Placements().ById(domain::PlacementId{w.placement});
                    own.supervisor = domain::UserId{w.user_ids["supervisor"]};
                    r.Placements().Update(own);
                    return {};
                  })
                  .has_value());
  for (const std::string& role : kRoles) w.sessions[role] = api.LogIn(role + "@school.be");
  return w;
}

TEST_P(RouteMatrix, NoRoleGetsAnUnexpectedSuccess) {
  ApiHarness api(GetParam(), "leerplek_matrix");
  World w = Populate(api);
  const std::string mini = SourceFile("curricula/tests/mini-programme.toml");
  int cohort_counter = 0;

  for (const bool foreign : {false, true}) {
    for (const Expectation& e : Expectations()) {
      const bool has_record = e.path.find("{id}") != std::string::npos ||
                              e.path.find("{mentor}") != std::string::npos ||
                              e.path.find("{student}") != std::string::npos;
      if (foreign && !has_record) continue;
      for (const std::string& who : kEveryone) {
        std::string path = e.path;
        std::int64_t id = w.other_user;
        if (path.rfind("/api/v1/programmes/", 0) == 0) id = foreign ? w.foreign_programme : w.programme;
        if (path.rfind("/api/v1/cohorts/", 0) == 0) id = foreign ? w.foreign_cohort : w.cohort;
        if (path.rfind("/api/v1/placements/", 0) == 0) id = foreign ? w.foreign_placement : w.placement;
        if (path.rfind("/api/v1/organisations/", 0) == 0) id = w.organisation;
        if (path.rfind("/api/v1/logbook-entries/", 0) == 0) id = foreign ? w.foreign_entry : w.entry;
        if (path.rfind("/api/v1/sickness-reports/", 0) == 0) id = foreign ? w.foreign_sickness : w.sickness;
        if (path.rfind("/api/v1/catch-up-days/", 0) == 0) id = foreign ? w.foreign_catch_up : w.catch_up;
        if (path.rfind("/api/v1/accidents/", 0) == 0) id = foreign ? w.foreign_accident : w.accident;
        if (path.rfind("/api/v1/absences/", 0) == 0) id = foreign ? w.foreign_cohort : w.cohort;
        if (path.rfind("/api/v1/guidance-moments/", 0) == 0) id = foreign ? w.foreign_moment : w.moment;
        if (path.rfind("/api/v1/visits/", 0) == 0) id = foreign ? w.foreign_visit : w.visit;
        if (auto p = path.find("{id}"); p != std::string::npos) path.replace(p, 4, std::to_string(id));
        if (auto p = path.find("{mentor}"); p != std::string::npos) {
          path.replace(p, 8, std::to_string(foreign ? w.other_mentor : w.user_ids["mentor"]));
        }
        if (auto p = path.find("{student}"); p != std::string::npos) {
          path.replace(p, 9, std::to_string(foreign ? w.other_user : w.user_ids["student"]));
        }
        if (auto p = path.find("{module}"); p != std::string::npos) path.replace(p, 8, "kennismaking-kantoor");
        if (auto p = path.find("{date}"); p != std::string::npos) path.replace(p, 6, "2027-02-02");
        if (auto p = path.find("{token}"); p != std::string::npos) path.replace(p, 7, "onbekende-link");
        std::string body = e.body;
        if (body == "<mini curriculum>") body = mini;
        if (body == "<pdf>") body = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n";
        if (body == "<placement request>") {
          body = json{{"cohort_id", w.cohort},
                      {"module", "kennismaking-kantoor"},
                      {"organisation_id", w.organisation},
                      {"mentor_id", w.user_ids["mentor"]},
                      {"tasks", json::array({{{"domain", "payroll"}, {"text", "Loonfiches"}}})}}
                     .dump();
        }
        if (body == "<grouping>") {
          body = json{{"companies", json::array({{{"id", w.organisation}, {"capacity", 2}}})}}.dump();
        }
        if (body == "<review of the own entry>") body = json{{"entry_ids", {w.entry}}, {"decision", "approve"}}.dump();
        // The programme's supervisor takes the placement (the evaluation's meeting and reopening are theirs).
        if (body == "<the supervisor>") body = json{{"supervisor_id", w.user_ids["supervisor"]}}.dump();
        if (body == "<moment>") {
          body = json{{"module", "kennismaking-kantoor"},
                      {"kind", "supervision"},
                      {"date", "2026-10-07"},
                      {"start", "14:00"},
                      {"duration_minutes", 60},
                      {"title", "Supervisie"},
                      {"place", "Lokaal 1"},
                      {"mandatory", true},
                      {"student_ids", {w.user_ids["student"]}}}
                     .dump();
        }
        if (body == "<staff id>") body = json{{"user_id", w.user_ids["extra_staff"]}}.dump();
        if (body == "<new cohort>") {
          body = json{{"programme_id", w.programme},
                      {"name", "Cohorte " + std::to_string(++cohort_counter)},
                      {"academic_year", "2027-2028"}}
                     .dump();
        }
        std::optional<TestSession> session;
        if (who != "anonymous") session = w.sessions.at(who);
        // Log-out would end the session the rest of the matrix needs: use a fresh one.
        if (e.method == "DELETE" && e.path == "/api/v1/session" && session) session = api.LogIn(who + "@school.be");
        http::Response r = api.Call(e.method, path, body, session);
        const bool success = r.status >= 200 && r.status < 300;
        const bool denied = r.status == 401 || r.status == 403;
        const Who& allowed = foreign ? e.allowed_foreign : e.allowed;
        const std::string where = (foreign ? "[foreign] " : "") + e.method + " " + path;
        if (allowed.count(who)) {
          EXPECT_FALSE(denied) << who << " should be allowed " << where << ": " << r.status << " " << r.body;
        } else {
          EXPECT_FALSE(success) << who << " got " << r.status << " on " << where;
          EXPECT_EQ(r.status, who == "anonymous" ? 401 : 403) << who << " " << where << " " << r.body;
        }
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(BothEngines, RouteMatrix, ::testing::Values(Engine::kSqlite, Engine::kPostgres),
                         EngineTestName);

}  // namespace
}  // namespace leerplek::testing
