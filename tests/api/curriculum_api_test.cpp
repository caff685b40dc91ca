// Curricula as data, their versions, holidays and the calendar, through the API, on both engines.
#include <gtest/gtest.h>

#include "api/api_harness.hpp"
#include "leerplek/app/cohorts.hpp"
#include "leerplek/app/curricula.hpp"

namespace leerplek::testing {
namespace {

using nlohmann::json;

class CurriculumApi : public ::testing::TestWithParam<Engine> {
 protected:
  CurriculumApi() : api_(GetParam(), "leerplek_api") {
    admin_ = api_.AddUserAndLogIn("beheer@school.be", {"admin"});
    lead_ = api_.AddUserAndLogIn("els@school.be", {"programme_lead"});
  }
  http::Response Import(const std::string& file, const TestSession& who) {
    return api_.Call("POST", "/api/v1/curriculum-imports", SourceFile(file), who);
  }
  // Imports HR-support as the programme lead (who then works for it) and makes a cohort with a student.
  void SetUpHrSupport() {
    http::Response r = Import("curricula/hr-support.toml", lead_);
    ASSERT_EQ(r.status, 201) << r.body;
    programme_ = JsonOf(r)["programme"]["id"];
    http::Response c = api_.Call(
        "POST", "/api/v1/cohorts",
        json{{"programme_id", programme_}, {"name", "HR-support 2026–2027"}, {"academic_year", "2026-2027"}}.dump(),
        lead_);
    ASSERT_EQ(c.status, 201) << c.body;
    cohort_ = JsonOf(c)["id"];
    ASSERT_EQ(
        api_.Call("POST", Cohort("/members"),
                  json{{"email", "lotte@student.be"}, {"name", "Lotte Peeters"}, {"role", "student"}}.dump(), lead_)
            .status,
        201);
    api_.Call("POST", "/api/v1/password-resets",
              json{{"token", api_.TokenFromLastMailTo("lotte@student.be")}, {"password", "lotte-wachtwoord"}}.dump());
    student_ = api_.LogIn("lotte@student.be", "lotte-wachtwoord");
  }
  std::string Cohort(const std::string& rest = "") const { return "/api/v1/cohorts/" + std::to_string(cohort_) + rest; }
  std::string Programme(const std::string& rest = "") const {
    return "/api/v1/programmes/" + std::to_string(programme_) + rest;
  }
  static std::string Rule(const std::string& from, const std::string& to, const std::string& weekdays,
                          const std::string& extra = "") {
    return R"({"rule":{"patterns":[{"from":")" + from + R"(","to":")" + to + R"(","weekdays":)" + weekdays +
           R"(}],"added":[],"removed":[]})" + extra + "}";
  }

  ApiHarness api_;
  TestSession admin_;
  TestSession lead_;
  TestSession student_;
  std::int64_t programme_ = 0;
  std::int64_t cohort_ = 0;
};

TEST_P(CurriculumApi, R2_HolidaysContract) {
  TestSession student = api_.AddUserAndLogIn("s@student.be", {"student"});
  http::Response r = api_.Call("GET", "/api/v1/holidays?year=2027", "", student);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(JsonOf(r), json::parse(R"([
    {"date":"2027-01-01","name":"Nieuwjaar"},{"date":"2027-03-29","name":"Paasmaandag"},
    {"date":"2027-05-01","name":"Dag van de Arbeid"},{"date":"2027-05-06","name":"Onze-Lieve-Heer-Hemelvaart"},
    {"date":"2027-05-17","name":"Pinkstermaandag"},{"date":"2027-07-21","name":"Nationale feestdag"},
    {"date":"2027-08-15","name":"Onze-Lieve-Vrouw-Hemelvaart"},{"date":"2027-11-01","name":"Allerheiligen"},
    {"date":"2027-11-11","name":"Wapenstilstand"},{"date":"2027-12-25","name":"Kerstmis"}])"));
  for (const char* bad : {"?year=1899", "?year=2101", "?year=twee", "", "?year=20270"}) {
    http::Response b = api_.Call("GET", std::string("/api/v1/holidays") + bad, "", student);
    EXPECT_EQ(b.status, 422) << bad;
    EXPECT_EQ(JsonOf(b)["error"]["fields"][0]["field"], "year");
  }
  EXPECT_EQ(api_.Call("GET", "/api/v1/holidays?year=2027").status, 401);
}

TEST_P(CurriculumApi, ImportsTheShippedCurriculumWithAllEightModules) {
  SetUpHrSupport();
  http::Response r = api_.Call("GET", Programme("/curriculum"), "", lead_);
  ASSERT_EQ(r.status, 200);
  json c = JsonOf(r);
  EXPECT_EQ(c["programme"]["code"], "hr-support");
  ASSERT_EQ(c["modules"].size(), 8U);
  std::vector<int> days;
  for (const auto& m : c["modules"]) days.push_back(m["required_days"]);
  EXPECT_EQ(days, (std::vector<int>{12, 3, 14, 14, 20, 4, 4, 50}));
  EXPECT_EQ(c["modules"][4]["quarters"], json::array({5, 6}));
  EXPECT_FALSE(c["modules"][0]["goals"].empty());
  EXPECT_EQ(c["version"]["number"], 1);
  // The student of a cohort reads the curriculum too.
  EXPECT_EQ(api_.Call("GET", Programme("/curriculum"), "", student_).status, 200);
}

TEST_P(CurriculumApi, ASecondProgrammeLoadsTheSameWay) {
  http::Response r = Import("curricula/tests/mini-programme.toml", admin_);
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(JsonOf(r)["programme"]["code"], "boekhouden");
  EXPECT_EQ(JsonOf(api_.Call("GET", "/api/v1/programmes", "", admin_))["items"].size(), 1U);
}

TEST_P(CurriculumApi, AnInvalidFileReportsEachProblemWithItsLineAndChangesNothing) {
  const int audit_before = api_.AuditCount();
  http::Response r = Import("curricula/tests/invalid-negative-days.toml", admin_);
  ASSERT_EQ(r.status, 422);
  json fields = JsonOf(r)["error"]["fields"];
  ASSERT_EQ(fields.size(), 1U);
  EXPECT_EQ(fields[0]["field"], "modules[0].required_days");
  EXPECT_EQ(fields[0]["message"].get<std::string>().rfind("Regel ", 0), 0U);
  EXPECT_EQ(Import("curricula/tests/invalid-duplicate-module-code.toml", admin_).status, 422);
  EXPECT_EQ(Import("curricula/tests/invalid-syntax.toml", admin_).status, 422);
  EXPECT_EQ(api_.AuditCount(), audit_before);
  EXPECT_TRUE(JsonOf(api_.Call("GET", "/api/v1/programmes", "", admin_))["items"].empty());
}

TEST_P(CurriculumApi, EditingMakesANewVersionAndTheCohortStaysOnItsOwn) {
  SetUpHrSupport();
  json c = JsonOf(api_.Call("GET", Programme("/curriculum"), "", lead_));
  c.erase("version");
  c["programme"]["version"] = "2026-2";
  c["modules"][0]["required_days"] = 13;
  c["modules"][0]["goals"].push_back("Een extra doel voor de test.");
  http::Response saved = api_.Call("PUT", Programme("/curriculum"), c.dump(), lead_);
  ASSERT_EQ(saved.status, 201) << saved.body;
  EXPECT_EQ(JsonOf(saved)["version"]["number"], 2);
  EXPECT_EQ(JsonOf(saved)["version"]["origin"], "editor");
  EXPECT_EQ(JsonOf(api_.Call("GET", Programme("/versions"), "", lead_))["items"].size(), 2U);
  // The cohort keeps version 1, with 12 days for Expeditie HR.
  json cohort = JsonOf(api_.Call("GET", Cohort(), "", lead_));
  EXPECT_EQ(cohort["curriculum_version"]["number"], 1);
  json calendar = JsonOf(api_.Call("GET", Cohort("/calendar"), "", lead_));
  EXPECT_EQ(calendar["modules"][0]["required_days"], 12);
}

TEST_P(CurriculumApi, EveryVersionNeedsItsOwnLabel) {
  SetUpHrSupport();
  json c = JsonOf(api_.Call("GET", Programme("/curriculum"), "", lead_));
  http::Response same = api_.Call("PUT", Programme("/curriculum"), c.dump(), lead_);
  EXPECT_EQ(same.status, 409);
  EXPECT_EQ(ErrorFields(same), std::set<std::string>{"programme.version"});
  EXPECT_EQ(Import("curricula/hr-support.toml", lead_).status, 409) << "the same file twice is not a new version";
  EXPECT_EQ(JsonOf(api_.Call("GET", Programme("/versions"), "", admin_))["items"].size(), 1U)
      << "an admin reads versions";
}

TEST_P(CurriculumApi, EditsAreValidatedWithTheSameRules) {
  SetUpHrSupport();
  json c = JsonOf(api_.Call("GET", Programme("/curriculum"), "", lead_));
  c["modules"][2]["required_days"] = -1;
  c["modules"][3]["code"] = c["modules"][2]["code"];
  http::Response r = api_.Call("PUT", Programme("/curriculum"), c.dump(), lead_);
  ASSERT_EQ(r.status, 422);
  std::set<std::string> fields;
  fields = ErrorFields(r);
  EXPECT_TRUE(fields.count("modules[2].required_days")) << r.body;
  EXPECT_TRUE(fields.count("modules[3].code")) << r.body;
  c = JsonOf(api_.Call("GET", Programme("/curriculum"), "", lead_));
  c["programme"]["code"] = "iets-anders";
  EXPECT_EQ(JsonOf(api_.Call("PUT", Programme("/curriculum"), c.dump(), lead_))["error"]["fields"][0]["field"],
            "programme.code");
  c["modules"] = "geen lijst";
  EXPECT_EQ(api_.Call("PUT", Programme("/curriculum"), c.dump(), lead_).status, 422);
  EXPECT_EQ(JsonOf(api_.Call("GET", Programme("/versions"), "", lead_))["items"].size(), 1U);
}

TEST_P(CurriculumApi, R1_TheLeadFixesWorkplaceDaysByPatternAndTheStudentReadsThem) {
  SetUpHrSupport();
  // Every Tuesday and Wednesday from 10/02 to 20/05/2027, minus one, plus one.
  const std::string body = R"({"rule":{"patterns":[{"from":"2027-02-10","to":"2027-05-20","weekdays":[2,3]}],)"
                           R"("added":["2027-05-25"],"removed":["2027-02-10"]}})";
  http::Response r = api_.Call("PUT", Cohort("/calendar/instroom"), body, lead_);
  ASSERT_EQ(r.status, 200) << r.body;
  json m = JsonOf(r);
  EXPECT_EQ(m["days"].size(), 29U);
  EXPECT_EQ(m["days"][0], "2027-02-16");
  EXPECT_EQ(m["days"].back(), "2027-05-25");
  EXPECT_EQ(m["started"], false);
  json read = JsonOf(api_.Call("GET", Cohort("/calendar"), "", student_));
  bool found = false;
  for (const auto& mod : read["modules"]) {
    if (mod["code"] == "instroom") {
      EXPECT_EQ(mod["days"], m["days"]);
      found = true;
    }
  }
  EXPECT_TRUE(found);
  EXPECT_EQ(api_.Call("PUT", Cohort("/calendar/instroom"), body, student_).status, 403);
  EXPECT_EQ(api_.Call("PUT", Cohort("/calendar/bestaat-niet"), body, lead_).status, 404);
}

TEST_P(CurriculumApi, R2_WarnsAboutHolidaysSundaysAndClosures) {
  SetUpHrSupport();
  ASSERT_EQ(
      api_.Call(
              "PUT", Programme("/closures"),
              R"({"flemish_holiday":true,"closures":[{"from":"2027-04-05","to":"2027-04-16","name":"Paasvakantie"}]})",
              lead_)
          .status,
      200);
  // Mondays in spring 2027 (Paasmaandag 29/3, Pinkstermaandag 17/5, a closure on 5 and 12/4) and one Sunday.
  const std::string body = R"({"rule":{"patterns":[{"from":"2027-03-22","to":"2027-05-17","weekdays":[1]}],)"
                           R"("added":["2027-07-11","2027-03-28"],"removed":[]}})";
  http::Response r = api_.Call("POST", Cohort("/calendar/payroll/preview"), body, lead_);
  ASSERT_EQ(r.status, 200) << r.body;
  std::map<std::string, std::string> kinds;
  const json preview = JsonOf(r);
  for (const auto& w : preview["warnings"]) kinds[w["date"].get<std::string>()] += w["kind"].get<std::string>() + " ";
  EXPECT_EQ(kinds["2027-03-29"], "legal_holiday ");
  EXPECT_EQ(kinds["2027-05-17"], "legal_holiday ");
  EXPECT_EQ(kinds["2027-04-05"], "closure ");
  EXPECT_EQ(kinds["2027-04-12"], "closure ");
  EXPECT_EQ(kinds["2027-03-28"], "sunday ");
  EXPECT_EQ(kinds["2027-07-11"], "flemish_holiday sunday ");
  // A preview saves nothing.
  const json saved = JsonOf(api_.Call("GET", Cohort("/calendar"), "", lead_));
  for (const auto& mod : saved["modules"]) {
    if (mod["code"] == "payroll") {
      EXPECT_TRUE(mod["days"].empty());
    }
  }
}

TEST_P(CurriculumApi, R1_WarnsWhenTwoModulesShareADayAndShowsClosuresToStudents) {
  SetUpHrSupport();
  ASSERT_EQ(api_.Call("PUT", Cohort("/calendar/instroom"), Rule("2027-02-09", "2027-02-17", "[2,3]"), lead_).status,
            200);
  ASSERT_EQ(
      api_.Call(
              "PUT", Programme("/closures"),
              R"({"flemish_holiday":false,"closures":[{"from":"2027-02-15","to":"2027-02-19","name":"Krokusvakantie"}]})",
              lead_)
          .status,
      200);
  http::Response r =
      api_.Call("POST", Cohort("/calendar/payroll/preview"), Rule("2027-02-08", "2027-02-10", "[1,2]"), lead_);
  ASSERT_EQ(r.status, 200) << r.body;
  const json preview = JsonOf(r);
  ASSERT_EQ(preview["warnings"].size(), 1U);
  EXPECT_EQ(preview["warnings"][0]["date"], "2027-02-09");
  EXPECT_EQ(preview["warnings"][0]["kind"], "other_module");
  EXPECT_EQ(preview["warnings"][0]["message"], "ook werkplekdag van Instroom");
  const json calendar = JsonOf(api_.Call("GET", Cohort("/calendar"), "", student_));
  EXPECT_EQ(calendar["flemish_holiday"], false);
  ASSERT_EQ(calendar["closures"].size(), 1U);
  EXPECT_EQ(calendar["closures"][0]["name"], "Krokusvakantie");
}

TEST_P(CurriculumApi, R1_ChangingAStartedModuleNeedsConfirmationAndIsAudited) {
  SetUpHrSupport();
  ASSERT_EQ(api_.Call("PUT", Cohort("/calendar/expeditie-hr"), Rule("2026-09-22", "2026-10-31", "[2,3]"), lead_).status,
            200);
  api_.Clock().Advance(std::chrono::hours(24 * 10));  // now 1 October: the module has started
  lead_ = api_.LogIn("els@school.be");                // (sessions last a week at most)
  admin_ = api_.LogIn("beheer@school.be");
  http::Response refused =
      api_.Call("PUT", Cohort("/calendar/expeditie-hr"), Rule("2026-09-22", "2026-11-07", "[2,3]"), lead_);
  EXPECT_EQ(refused.status, 409);
  EXPECT_EQ(JsonOf(refused)["error"]["code"], "failed_precondition");
  http::Response confirmed = api_.Call("PUT", Cohort("/calendar/expeditie-hr"),
                                       Rule("2026-09-22", "2026-11-07", "[2,3]", R"(,"confirm_started":true)"), lead_);
  ASSERT_EQ(confirmed.status, 200) << confirmed.body;
  EXPECT_EQ(JsonOf(confirmed)["started"], true);
  json event = JsonOf(api_.Call("GET", "/api/v1/audit-events?limit=1", "", admin_))["items"][0];
  EXPECT_EQ(event["action"], "calendar.changed_after_start");
  EXPECT_NE(event["after"]["days"].get<std::string>().find("2026-11-04"), std::string::npos);
}

TEST_P(CurriculumApi, BadCalendarRulesNameTheField) {
  SetUpHrSupport();
  http::Response r = api_.Call("PUT", Cohort("/calendar/instroom"), Rule("2027-05-01", "2027-02-01", "[9]"), lead_);
  ASSERT_EQ(r.status, 422);
  std::set<std::string> fields;
  fields = ErrorFields(r);
  EXPECT_TRUE(fields.count("rule.patterns[0].to")) << r.body;
  EXPECT_TRUE(fields.count("rule.patterns[0].weekdays")) << r.body;
  EXPECT_EQ(JsonOf(api_.Call("PUT", Cohort("/calendar/instroom"), Rule("2027-02-30", "2027-03-01", "[1]"),
                             lead_))["error"]["fields"][0]["field"],
            "rule.patterns[0].from");
}

TEST_P(CurriculumApi, TheStudentsCalendarFeedIsValidICalendarAndRevocable) {
  SetUpHrSupport();
  ASSERT_EQ(api_.Call("PUT", Cohort("/calendar/instroom"), Rule("2027-02-09", "2027-03-24", "[2,3]"), lead_).status,
            200);
  EXPECT_EQ(api_.Call("GET", "/api/v1/me/calendar-feed", "", student_).status, 404);
  http::Response created = api_.Call("POST", "/api/v1/me/calendar-feed", "", student_);
  ASSERT_EQ(created.status, 201);
  const std::string url = JsonOf(created)["url"];
  ASSERT_EQ(url.rfind("https://leerplek.test/api/v1/calendar-feeds/", 0), 0U) << url;
  const std::string path = url.substr(std::string("https://leerplek.test").size());
  http::Response feed = api_.Call("GET", path);  // no session: the token is the credential
  ASSERT_EQ(feed.status, 200);
  EXPECT_EQ(feed.Header("Content-Type"), "text/calendar; charset=utf-8");
  const std::string& ics = feed.body;
  EXPECT_EQ(ics.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0), 0U);
  std::size_t events = 0;
  for (auto p = ics.find("BEGIN:VEVENT"); p != std::string::npos; p = ics.find("BEGIN:VEVENT", p + 1)) ++events;
  EXPECT_EQ(events, 14U);
  EXPECT_NE(ics.find("DTSTART;VALUE=DATE:20270209\r\nDTEND;VALUE=DATE:20270210\r\n"), std::string::npos);
  EXPECT_NE(ics.find("SUMMARY:Werkplekleren: Instroom\r\n"), std::string::npos);
  for (std::size_t start = 0, end; (end = ics.find("\r\n", start)) != std::string::npos; start = end + 2) {
    EXPECT_LE(end - start, 75U) << "RFC 5545 folds lines at 75 octets";
  }
  // Renewing replaces the URL; revoking ends it.
  const std::string renewed = JsonOf(api_.Call("POST", "/api/v1/me/calendar-feed", "", student_))["url"];
  EXPECT_NE(renewed, url);
  EXPECT_EQ(api_.Call("GET", path).status, 404);
  EXPECT_EQ(api_.Call("DELETE", "/api/v1/me/calendar-feed", "", student_).status, 204);
  EXPECT_EQ(api_.Call("GET", renewed.substr(std::string("https://leerplek.test").size())).status, 404);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, CurriculumApi, ::testing::Values(Engine::kSqlite, Engine::kPostgres),
                         EngineTestName);

}  // namespace
}  // namespace leerplek::testing
