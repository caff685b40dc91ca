// Cohorts, their contacts (R24) and students (one by one and from CSV), through the API, on both engines.
#include <gtest/gtest.h>

#include "api/api_harness.hpp"

namespace leerplek::testing {
namespace {

using nlohmann::json;

class CohortsApi : public ::testing::TestWithParam<Engine> {
 protected:
  CohortsApi() : api_(GetParam(), "leerplek_api") {
    lead_ = api_.AddUserAndLogIn("els@school.be", {"programme_lead"});
    coordinator_ = api_.AddUserAndLogIn("koen@school.be", {"coordinator"});
    http::Response r = api_.Call("POST", "/api/v1/curriculum-imports", SourceFile("curricula/hr-support.toml"), lead_);
    programme_ = JsonOf(r)["programme"]["id"];
    api_.Call("POST", "/api/v1/programmes/" + std::to_string(programme_) + "/staff",
              json{{"user_id", coordinator_.user_id}}.dump(), lead_);
    cohort_ = NewCohort("HR-support 2026–2027");
  }
  std::int64_t NewCohort(const std::string& name) {
    http::Response r = api_.Call(
        "POST", "/api/v1/cohorts",
        json{{"programme_id", programme_}, {"name", name}, {"academic_year", "2026-2027"}}.dump(), coordinator_);
    EXPECT_EQ(r.status, 201) << r.body;
    return JsonOf(r)["id"];
  }
  std::string Cohort(std::int64_t id, const std::string& rest = "") const {
    return "/api/v1/cohorts/" + std::to_string(id) + rest;
  }
  // Adds someone to a cohort as the coordinator, then lets them set a password and log in.
  TestSession Member(std::int64_t cohort, const std::string& email, const std::string& role) {
    return api_.AddMemberAndLogIn(cohort, email, role, coordinator_);
  }
  static std::string Contacts() {
    return R"({"contacts":[{"role":"coordinator","name":"Didier Vercruysse","phone":"+32 (0)494 57 51 19","email":"WPLHRSupport@thomasmore.be"},)"
           R"({"role":"programme_lead","name":"Stéphanie Pattyn","phone":"+32 3 241 08 01","email":"stephanie.pattyn@thomasmore.be"}]})";
  }

  ApiHarness api_;
  TestSession lead_;
  TestSession coordinator_;
  std::int64_t programme_ = 0;
  std::int64_t cohort_ = 0;
};

TEST_P(CohortsApi, ACohortStartsOnTheCurrentCurriculumVersion) {
  json c = JsonOf(api_.Call("GET", Cohort(cohort_), "", lead_));
  EXPECT_EQ(c["name"], "HR-support 2026–2027");
  EXPECT_EQ(c["academic_year"], "2026-2027");
  EXPECT_EQ(c["curriculum_version"]["number"], 1);
  EXPECT_EQ(c["programme"]["code"], "hr-support");
  http::Response dup = api_.Call(
      "POST", "/api/v1/cohorts",
      json{{"programme_id", programme_}, {"name", "HR-support 2026–2027"}, {"academic_year", "2026-2027"}}.dump(),
      coordinator_);
  EXPECT_EQ(dup.status, 409);
  http::Response bad =
      api_.Call("POST", "/api/v1/cohorts",
                json{{"programme_id", programme_}, {"name", ""}, {"academic_year", "2026"}}.dump(), coordinator_);
  ASSERT_EQ(bad.status, 422);
  EXPECT_EQ(JsonOf(bad)["error"]["fields"].size(), 2U);
}

TEST_P(CohortsApi, R24_ContactsAreShownToTheCohortsStudentsAndMentorsOnly) {
  http::Response saved = api_.Call("PATCH", Cohort(cohort_), Contacts(), coordinator_);
  ASSERT_EQ(saved.status, 200) << saved.body;
  TestSession student = Member(cohort_, "lotte@student.be", "student");
  TestSession mentor = Member(cohort_, "sofie@werkplek.be", "mentor");
  for (const TestSession& who : {student, mentor}) {
    json c = JsonOf(api_.Call("GET", Cohort(cohort_), "", who));
    ASSERT_EQ(c["contacts"].size(), 2U);
    EXPECT_EQ(c["contacts"][0]["name"], "Didier Vercruysse");
    EXPECT_EQ(c["contacts"][0]["email"], "wplhrsupport@thomasmore.be");
    EXPECT_EQ(c["contacts"][1]["phone"], "+32 3 241 08 01");
    EXPECT_EQ(api_.Call("GET", Cohort(cohort_, "/calendar"), "", who).status, 200);
  }
  // A mentor of another cohort sees neither the contacts nor the calendar of this one.
  const std::int64_t other = NewCohort("HR-support avond");
  TestSession other_mentor = Member(other, "ander@werkplek.be", "mentor");
  EXPECT_EQ(api_.Call("GET", Cohort(cohort_), "", other_mentor).status, 403);
  EXPECT_EQ(api_.Call("GET", Cohort(cohort_, "/calendar"), "", other_mentor).status, 403);
  json mine = JsonOf(api_.Call("GET", "/api/v1/cohorts", "", other_mentor));
  ASSERT_EQ(mine["items"].size(), 1U);
  EXPECT_EQ(mine["items"][0]["id"], other);
  // Students cannot edit.
  EXPECT_EQ(api_.Call("PATCH", Cohort(cohort_), Contacts(), student).status, 403);
}

TEST_P(CohortsApi, R24_InvalidContactsNameTheirFields) {
  http::Response r = api_.Call("PATCH", Cohort(cohort_),
                               R"({"contacts":[{"role":"baas","name":"","phone":"x","email":"geen"}]})", coordinator_);
  ASSERT_EQ(r.status, 422);
  std::set<std::string> fields;
  fields = ErrorFields(r);
  EXPECT_EQ(fields, (std::set<std::string>{"contacts[0].role"})) << "type problems first, then the rules";
  r = api_.Call("PATCH", Cohort(cohort_),
                R"({"contacts":[{"role":"coordinator","name":"","phone":"x","email":"geen"}]})", coordinator_);
  fields = ErrorFields(r);
  EXPECT_EQ(fields, (std::set<std::string>{"contacts[0].name", "contacts[0].phone", "contacts[0].email"}));
}

TEST_P(CohortsApi, CsvImportPreviewsEveryRowThenSavesAll) {
  api_.AddUser("bestaand@student.be", {"mentor"});
  const std::string csv =
      "\xEF\xBB\xBFVoornaam;Familienaam;E-mail;Studentennummer\r\n"
      "Yasmine;Benali;yasmine.benali@student.be;r0900001\r\n"
      "\"Arne \"\"AJ\"\"\";Wouters;ARNE.WOUTERS@student.be;r0900002\r\n"
      "Femke;Claessens;bestaand@student.be;\r\n"
      "\r\n";
  http::Response preview = api_.Call("POST", Cohort(cohort_, "/student-imports/preview"), csv, coordinator_);
  ASSERT_EQ(preview.status, 200) << preview.body;
  json p = JsonOf(preview);
  EXPECT_EQ(p["valid_count"], 3);
  EXPECT_EQ(p["error_count"], 0);
  EXPECT_EQ(p["rows"][0]["name"], "Yasmine Benali");
  EXPECT_EQ(p["rows"][0]["status"], "new");
  EXPECT_EQ(p["rows"][1]["name"], "Arne \"AJ\" Wouters");
  EXPECT_EQ(p["rows"][1]["email"], "arne.wouters@student.be");
  EXPECT_EQ(p["rows"][2]["status"], "existing");
  EXPECT_EQ(p["rows"][2]["line"], 4);
  EXPECT_EQ(JsonOf(api_.Call("GET", Cohort(cohort_), "", coordinator_))["student_count"], 0)
      << "a preview saves nothing";

  http::Response imported = api_.Call("POST", Cohort(cohort_, "/student-imports"), csv, coordinator_);
  ASSERT_EQ(imported.status, 201) << imported.body;
  EXPECT_EQ(JsonOf(api_.Call("GET", Cohort(cohort_), "", coordinator_))["student_count"], 3);
  json members = JsonOf(api_.Call("GET", Cohort(cohort_, "/members"), "", coordinator_))["items"];
  ASSERT_EQ(members.size(), 3U);
  EXPECT_FALSE(api_.TokenFromLastMailTo("yasmine.benali@student.be").empty()) << "new students are invited";
  // The existing account got the student role next to its mentor role.
  for (const auto& m : members) {
    if (m["user"]["email"] == "bestaand@student.be") {
      EXPECT_EQ(m["user"]["roles"], json::array({"student", "mentor"}));
    }
  }
  // Importing the same file again changes nothing: everyone is already a member.
  json again = JsonOf(api_.Call("POST", Cohort(cohort_, "/student-imports/preview"), csv, coordinator_));
  EXPECT_EQ(again["rows"][0]["status"], "member");
}

TEST_P(CohortsApi, CsvWithErrorsShowsThemPerRowAndImportsNothing) {
  const std::string csv =
      "naam,e-mail\n"
      "Goede Student,goed@student.be\n"
      ",zonder.naam@student.be\n"
      "Geen Adres,geen-adres\n"
      "Dubbel,goed@student.be\n";
  json p = JsonOf(api_.Call("POST", Cohort(cohort_, "/student-imports/preview"), csv, coordinator_));
  EXPECT_EQ(p["valid_count"], 1);
  EXPECT_EQ(p["error_count"], 3);
  EXPECT_EQ(p["rows"][1]["errors"][0]["field"], "name");
  EXPECT_EQ(p["rows"][2]["errors"][0]["field"], "email");
  EXPECT_NE(p["rows"][3]["errors"][0]["message"].get<std::string>().find("regel 2"), std::string::npos);
  const int audit_before = api_.AuditCount();
  http::Response r = api_.Call("POST", Cohort(cohort_, "/student-imports"), csv, coordinator_);
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(JsonOf(r)["rows"].size(), 4U);
  EXPECT_EQ(api_.AuditCount(), audit_before);
  EXPECT_EQ(JsonOf(api_.Call("GET", Cohort(cohort_), "", coordinator_))["student_count"], 0);
}

TEST_P(CohortsApi, CsvInTheWrongEncodingOrWithoutColumnsIsRefusedAsAFile) {
  const std::string latin1 = "naam;e-mail\nJos\xE9 Dupr\xE9;jose@student.be\n";
  http::Response r = api_.Call("POST", Cohort(cohort_, "/student-imports/preview"), latin1, coordinator_);
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(JsonOf(r)["error"]["fields"][0]["field"], "file");
  EXPECT_NE(JsonOf(r)["error"]["message"].get<std::string>().find("UTF-8"), std::string::npos);
  EXPECT_EQ(JsonOf(api_.Call("POST", Cohort(cohort_, "/student-imports/preview"), "naam;telefoon\nA;1\n",
                             coordinator_))["error"]["fields"][0]["field"],
            "file");
  EXPECT_EQ(api_.Call("POST", Cohort(cohort_, "/student-imports/preview"), "", coordinator_).status, 422);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, CohortsApi, ::testing::Values(Engine::kSqlite, Engine::kPostgres),
                         EngineTestName);

}  // namespace
}  // namespace leerplek::testing
