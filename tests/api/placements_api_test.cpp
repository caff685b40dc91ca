// Placement requests, decisions, the reuse rule (R13) and readiness with uploads (R17), on both engines.
#include <gtest/gtest.h>

#include "api/placement_world.hpp"

namespace leerplek::testing {
namespace {

using nlohmann::json;

class PlacementsApi : public PlacementWorld {};

TEST_P(PlacementsApi, R12_StudentRequestsWithANewWorkplaceCoordinatorSendsBackThenApproves) {
  json body = {{"cohort_id", cohort_},
               {"module", "instroom"},
               {"new_organisation", {{"name", "Talentwerk"}, {"city", "Leuven"}}},
               {"new_mentor", {{"name", "An Wouters"}, {"email", "An.Wouters@Talentwerk.be"}, {"phone", ""}}},
               {"tasks", json::array({{{"domain", "recruitment_selection"}, {"text", "Intakegesprekken"}},
                                      {{"domain", "recruitment_selection"}, {"text", "Functieprofielen opstellen"}},
                                      {{"domain", "training"}, {"text", "Opleidingen organiseren"}},
                                      {{"domain", "wellbeing"}, {"text", "  "}}})},
               {"motivation", "Dicht bij huis en veel rekrutering."}};
  http::Response r = api_.Call("POST", "/api/v1/placements", body.dump(), student_);
  ASSERT_EQ(r.status, 201) << r.body;
  json p = JsonOf(r);
  const std::int64_t id = p["id"];
  EXPECT_EQ(p["status"], "requested");
  EXPECT_EQ(p["domains_covered"], 2);  // a blank task is no task
  EXPECT_EQ(p["domains_total"], 7);
  EXPECT_EQ(p["organisation"]["name"], "Talentwerk");
  EXPECT_EQ(p["mentor"]["proposed"]["email"], "an.wouters@talentwerk.be");
  EXPECT_EQ(p["first_day"], "2027-02-16");
  EXPECT_EQ(MailsTo("wpl@school.be", "Werkplekaanvraag van"), 1);

  // Sending back needs a comment; then the student and the proposed mentor hear of it.
  r = api_.Call("POST", Placement(id, "/decision"), R"({"decision":"send_back"})", coordinator_);
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"comment"});
  r = api_.Call("POST", Placement(id, "/decision"),
                R"({"decision":"send_back","comment":"Voeg ook payrolltaken toe, aub."})", coordinator_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["status"], "sent_back");
  EXPECT_EQ(MailsTo("lotte@student.be", "teruggestuurd"), 1);
  EXPECT_EQ(MailsTo("an.wouters@talentwerk.be", "teruggestuurd"), 1);

  // The student adds a payroll task and sends it again.
  body["tasks"].push_back({{"domain", "payroll"}, {"text", "Loonafsluiting meevolgen"}});
  r = api_.Call("PUT", Placement(id), body.dump(), student_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["status"], "requested");
  EXPECT_EQ(JsonOf(r)["domains_covered"], 3);

  // Approval needs the organisation in the register and a mentor with an account.
  r = api_.Call("POST", Placement(id, "/decision"), R"({"decision":"approve"})", coordinator_);
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"organisation_id", "mentor_id"}));
  // A refused decision changes nothing: no account for the proposed mentor, no invitation.
  r = api_.Call("POST", Placement(id, "/decision"), R"({"decision":"approve","invite_proposed_mentor":true})",
                coordinator_);
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"organisation_id"});
  EXPECT_TRUE(api_.TokenFromLastMailTo("an.wouters@talentwerk.be").empty());
  const std::int64_t talentwerk = Organisation("Talentwerk");
  r = api_.Call("POST", Placement(id, "/decision"),
                json{{"decision", "approve"}, {"organisation_id", talentwerk}, {"invite_proposed_mentor", true}}.dump(),
                coordinator_);
  ASSERT_EQ(r.status, 200) << r.body;
  p = JsonOf(r);
  EXPECT_EQ(p["status"], "approved");
  EXPECT_EQ(p["organisation"]["id"], talentwerk);
  EXPECT_FALSE(p["mentor"]["id"].is_null());
  EXPECT_FALSE(api_.TokenFromLastMailTo("an.wouters@talentwerk.be").empty());  // invited
  EXPECT_EQ(MailsTo("an.wouters@talentwerk.be", "goedgekeurd"), 1);
  EXPECT_EQ(MailsTo("lotte@student.be", "goedgekeurd"), 1);
  std::vector<std::string> actions;
  for (const auto& e : p["history"]) actions.push_back(e["action"]);
  EXPECT_EQ(actions, (std::vector<std::string>{"requested", "sent_back", "resubmitted", "approved"}));
  EXPECT_EQ(p["history"][1]["actor"], "Test koen@school.be");
  EXPECT_EQ(p["history"][1]["comment"], "Voeg ook payrolltaken toe, aub.");
  EXPECT_EQ(BlockerCodes(id, student_), (std::set<std::string>{"agreement_missing", "agreement_unsigned",
                                                               "risk_analysis_missing", "dimona_missing"}));
  // Decided is decided; an approved request no longer changes.
  EXPECT_EQ(api_.Call("POST", Placement(id, "/decision"), R"({"decision":"approve"})", coordinator_).status, 409);
  EXPECT_EQ(api_.Call("PUT", Placement(id), body.dump(), student_).status, 409);
  EXPECT_TRUE(AuditHas("placement.approved"));
}

TEST_P(PlacementsApi, RejectionNeedsAReasonAndEndsTheRequest) {
  const std::int64_t id = Requested(Request("instroom", partners_), student_);
  http::Response r =
      api_.Call("POST", Placement(id, "/decision"), R"({"decision":"reject","comment":"nee"})", coordinator_);
  EXPECT_EQ(r.status, 422);
  r = api_.Call("POST", Placement(id, "/decision"), R"({"decision":"reject","comment":"Geen HR-taken op deze plek."})",
                coordinator_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["status"], "rejected");
  EXPECT_EQ(MailsTo("lotte@student.be", "geweigerd"), 1);
  EXPECT_EQ(MailsTo("sofie@werkplek.be", "geweigerd"), 1);
  EXPECT_EQ(api_.Call("POST", Placement(id, "/decision"), R"({"decision":"approve"})", coordinator_).status, 409);
  EXPECT_EQ(api_.Call("POST", Placement(id, "/decision"), R"({"decision":"maybe"})", coordinator_).status, 422);
  // A new request for the same module is possible once the old one is closed.
  EXPECT_EQ(api_.Call("POST", "/api/v1/placements", Request("instroom", stad_).dump(), student_).status, 201);
  EXPECT_EQ(api_.Call("POST", "/api/v1/placements", Request("instroom", stad_).dump(), student_).status, 409);
}

TEST_P(PlacementsApi, R13_ReuseIsRefusedUnlessTheCoordinatorWritesAReason) {
  Approved("instroom", partners_);
  // HR Support may be where Instroom was.
  const std::int64_t hr_support = Requested(Request("hr-support", partners_), student_);
  EXPECT_EQ(api_.Call("POST", Placement(hr_support, "/decision"), R"({"decision":"approve"})", coordinator_).status,
            200);
  // Payroll may not: the coordinator sees the conflict and must give a reason.
  const std::int64_t payroll = Requested(Request("payroll", partners_), student_);
  json p = JsonOf(api_.Call("GET", Placement(payroll), "", coordinator_));
  EXPECT_EQ(p["reuse_conflicts"], json::array({"instroom"}));
  http::Response r = api_.Call("POST", Placement(payroll, "/decision"), R"({"decision":"approve"})", coordinator_);
  ASSERT_EQ(r.status, 409);
  EXPECT_NE(JsonOf(r)["error"]["message"].get<std::string>().find("de module Instroom. Module Payroll"),
            std::string::npos)
      << r.body;
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"override_reason"});
  r = api_.Call("POST", Placement(payroll, "/decision"), R"({"decision":"approve","override_reason":"kort"})",
                coordinator_);
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"override_reason"});
  EXPECT_FALSE(AuditHas("placement.reuse_overridden"));
  r = api_.Call("POST", Placement(payroll, "/decision"),
                R"({"decision":"approve","override_reason":"Enige sociaal secretariaat in de regio met plaats."})",
                coordinator_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["reuse_override_reason"], "Enige sociaal secretariaat in de regio met plaats.");
  EXPECT_TRUE(AuditHas("placement.reuse_overridden"));
  // Another student's placements do not count.
  const std::int64_t other = Requested(Request("payroll", partners_), other_student_);
  EXPECT_EQ(api_.Call("POST", Placement(other, "/decision"), R"({"decision":"approve"})", coordinator_).status, 200);
}

TEST_P(PlacementsApi, R17_ReadyOnlyWithSignedAgreementValidRiskAnalysisAndDimona) {
  const std::int64_t id = Approved("instroom", partners_);
  // Uploads are checked on content and size, and only the student or coordinator may upload.
  http::Response r =
      api_.Call("PUT", Placement(id, "/agreement?file_name=overeenkomst.pdf"), "GIF89a not a pdf", student_);
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"file"});
  std::string big = Pdf();
  big.insert(9, std::string(10 * 1024 * 1024, ' '));
  r = api_.Call("PUT", Placement(id, "/agreement"), big, student_);
  ASSERT_EQ(r.status, 422);
  EXPECT_NE(JsonOf(r)["error"]["message"].get<std::string>().find("MB"), std::string::npos);
  EXPECT_EQ(api_.Call("PUT", Placement(id, "/agreement"), Pdf(), mentor_).status, 403);
  EXPECT_EQ(api_.Call("PUT", Placement(id, "/agreement"), Pdf(), other_student_).status, 403);
  EXPECT_EQ(BlockerCodes(id, coordinator_).count("agreement_missing"), 1U);
  r = api_.Call("PUT", Placement(id, "/agreement?file_name=overeenkomst%20Lotte.pdf"), Pdf(), student_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["agreement"]["file_name"], "overeenkomst Lotte.pdf");
  EXPECT_EQ(BlockerCodes(id, coordinator_).count("agreement_missing"), 0U);

  // Signatures: not in the future (the test clock says 21/09/2026).
  r = api_.Call("PUT", Placement(id, "/signatures"), R"({"student":"2026-09-22"})", coordinator_);
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"student"});
  r = api_.Call("PUT", Placement(id, "/signatures"),
                R"({"student":"2026-09-14","organisation":"2026-09-15","school":"2026-09-18"})", coordinator_);
  ASSERT_EQ(r.status, 200) << r.body;

  // A risk analysis that ends before the last day (25/05/2027) still blocks.
  const std::string org = "/api/v1/organisations/" + std::to_string(partners_) + "/risk-analysis";
  EXPECT_EQ(api_.Call("PUT", org + "?valid_until=2027-04-30", Pdf("Risicoanalyse"), student_).status, 403);
  EXPECT_EQ(api_.Call("PUT", org, Pdf("Risicoanalyse"), coordinator_).status, 422);
  ASSERT_EQ(api_.Call("PUT", org + "?valid_until=2027-04-30", Pdf("Risicoanalyse"), coordinator_).status, 200);
  EXPECT_EQ(BlockerCodes(id, coordinator_), (std::set<std::string>{"risk_analysis_expires", "dimona_missing"}));
  ASSERT_EQ(api_.Call("PUT", org + "?valid_until=2027-12-31", Pdf("Risicoanalyse 2027"), coordinator_).status, 200);

  // The Dimona for the student and year, by the coordinator.
  const std::string dimona = "/api/v1/users/" + std::to_string(student_.user_id) + "/dimona";
  r = api_.Call("PUT", dimona, R"({"academic_year":"2026","reference":""})", coordinator_);
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"academic_year", "reference"}));
  r = api_.Call("PUT", dimona, R"({"academic_year":"2026-2027","reference":"STG-2026-000123"})", coordinator_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(api_.Call("PUT", "/api/v1/users/" + std::to_string(other_mentor_.user_id) + "/dimona",
                      R"({"academic_year":"2026-2027","reference":"X-1"})", coordinator_)
                .status,
            403);

  // Now it is ready, for student and mentor alike.
  for (const TestSession& who : {student_, mentor_, coordinator_}) {
    json p = JsonOf(api_.Call("GET", Placement(id), "", who));
    EXPECT_EQ(p["status"], "ready");
    EXPECT_TRUE(p["blockers"].empty());
  }
  // On the first day it runs.
  api_.Clock().Advance(app::Timestamp(std::chrono::sys_days(std::chrono::year{2027} / 2 / 16)) - api_.Clock().Now());
  // Months later everyone logs in again.
  coordinator_ = api_.LogIn("koen@school.be");
  supervisor_ = api_.LogIn("pieter@school.be");
  student_ = api_.LogIn("lotte@student.be", "een goed wachtwoord");
  other_student_ = api_.LogIn("jonas@student.be", "een goed wachtwoord");
  mentor_ = api_.LogIn("sofie@werkplek.be", "een goed wachtwoord");
  other_mentor_ = api_.LogIn("bart@elders.be", "een goed wachtwoord");
  EXPECT_EQ(JsonOf(api_.Call("GET", Placement(id), "", mentor_))["status"], "running");
  EXPECT_EQ(api_.Call("POST", Placement(id, "/completion"), "", coordinator_).status, 200);

  // Documents are readable by those involved only.
  r = api_.Call("GET", Placement(id, "/agreement"), "", mentor_);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r.body, Pdf());
  EXPECT_EQ(r.Header("Content-Type"), "application/pdf");
  EXPECT_EQ(api_.Call("GET", Placement(id, "/agreement"), "", other_student_).status, 403);
  EXPECT_EQ(api_.Call("GET", Placement(id, "/agreement"), "", other_mentor_).status, 403);
  EXPECT_EQ(api_.Call("GET", Placement(id, "/agreement"), "", supervisor_).status, 200);
  EXPECT_EQ(api_.Call("GET", org, "", student_).status, 200);
  EXPECT_EQ(api_.Call("GET", org, "", other_student_).status, 403);
  EXPECT_EQ(api_.Call("GET", org, "", other_mentor_).status, 403);
  EXPECT_TRUE(AuditHas("placement.agreement_uploaded"));
  EXPECT_TRUE(AuditHas("organisation.risk_analysis_uploaded"));
  EXPECT_TRUE(AuditHas("dimona.recorded"));
}

TEST_P(PlacementsApi, WhoSeesWhichPlacements) {
  const std::int64_t mine = Requested(Request("instroom", partners_), student_);
  const std::int64_t theirs = Requested(Request("instroom", stad_), other_student_);
  EXPECT_EQ(api_.Call("GET", Placement(theirs), "", student_).status, 403);
  EXPECT_EQ(api_.Call("GET", Placement(mine), "", other_mentor_).status, 403);
  EXPECT_EQ(api_.Call("GET", Placement(mine), "", mentor_).status, 200);
  EXPECT_EQ(api_.Call("GET", Placement(999999), "", coordinator_).status, 404);
  EXPECT_EQ(JsonOf(api_.Call("GET", "/api/v1/placements", "", student_))["items"].size(), 1U);
  EXPECT_EQ(JsonOf(api_.Call("GET", "/api/v1/placements", "", mentor_))["items"].size(), 2U);
  EXPECT_EQ(JsonOf(api_.Call("GET", "/api/v1/placements", "", other_mentor_))["items"].size(), 0U);
  EXPECT_EQ(JsonOf(api_.Call("GET", "/api/v1/placements?cohort=" + std::to_string(cohort_), "", coordinator_))["items"]
                .size(),
            2U);
  // A student asks only for themself; the coordinator may ask for a student of the cohort.
  json for_other = Request("payroll", partners_);
  for_other["student_id"] = other_student_.user_id;
  json p = JsonOf(api_.Call("POST", "/api/v1/placements", for_other.dump(), student_));
  EXPECT_EQ(p["student"]["id"], student_.user_id);
  p = JsonOf(api_.Call("POST", "/api/v1/placements", for_other.dump(), coordinator_));
  EXPECT_EQ(p["student"]["id"], other_student_.user_id);
  for_other["student_id"] = mentor_.user_id;
  for_other["module"] = "welzijn";
  http::Response r = api_.Call("POST", "/api/v1/placements", for_other.dump(), coordinator_);
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"student_id"});
}

TEST_P(PlacementsApi, TheCoordinatorAssignsASupervisorAndSeesTheCaseload) {
  const std::int64_t id = Approved("instroom", partners_);
  http::Response r =
      api_.Call("PUT", Placement(id, "/supervisor"), json{{"supervisor_id", mentor_.user_id}}.dump(), coordinator_);
  EXPECT_EQ(r.status, 422);
  r = api_.Call("PUT", Placement(id, "/supervisor"), json{{"supervisor_id", supervisor_.user_id}}.dump(), coordinator_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["supervisor"]["name"], "Test pieter@school.be");
  json load = JsonOf(api_.Call("GET", Cohort("/supervisors"), "", coordinator_));
  ASSERT_EQ(load["items"].size(), 1U);
  EXPECT_EQ(load["items"][0]["placements"], 1);
  EXPECT_EQ(JsonOf(api_.Call("GET", "/api/v1/placements?caseload=1", "", supervisor_))["items"].size(), 1U);
  EXPECT_EQ(JsonOf(api_.Call("GET", "/api/v1/placements?caseload=1", "", coordinator_))["items"].size(), 0U);
  EXPECT_EQ(api_.Call("PUT", Placement(id, "/supervisor"), "{}", student_).status, 403);
}

TEST_P(PlacementsApi, BadRequestsNameTheirFields) {
  http::Response r = api_.Call("POST", "/api/v1/placements", R"({"module":5,"tasks":"veel"})", student_);
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"cohort_id", "module", "tasks"}));
  json body = Request("bestaat-niet", 424242);
  body["tasks"] = json::array({{{"domain", "marketing"}, {"text", "Flyers"}}});
  r = api_.Call("POST", "/api/v1/placements", body.dump(), student_);
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"tasks[0].domain"});
  body = Request("bestaat-niet", 424242);
  r = api_.Call("POST", "/api/v1/placements", body.dump(), student_);
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"module", "organisation_id"}));
  EXPECT_EQ(JsonOf(api_.Call("GET", "/api/v1/placements", "", student_))["items"].size(), 0U);
  json domains = JsonOf(api_.Call("GET", "/api/v1/hr-domains", "", student_));
  ASSERT_EQ(domains["items"].size(), 7U);
  EXPECT_EQ(domains["items"][0]["name"], "Rekrutering en selectie");
}

INSTANTIATE_TEST_SUITE_P(BothEngines, PlacementsApi, ::testing::Values(Engine::kSqlite, Engine::kPostgres),
                         EngineTestName);

}  // namespace
}  // namespace leerplek::testing
