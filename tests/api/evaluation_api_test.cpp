// The evaluation (issue 6, R18–R21) through the API, on both engines: the score preview of the contract, the
// rubric editor with its versions, the mentor's rating, the self-assessment and the tripartite meeting.
#include "api/placement_world.hpp"

namespace leerplek::testing {
namespace {

using nlohmann::json;

// The contract's example scheme: four levels, two criteria (one knock-out), three mandatory moments.
json Scheme(const std::string& rounding = "integer") {
  return {{"levels",
           {{{"code", "O"}, {"points", 0}},
            {{"code", "V"}, {"points", 1}},
            {{"code", "G"}, {"points", 2}},
            {{"code", "ZG"}, {"points", 3}}}},
          {"criteria",
           {{{"code", "samenwerken"}, {"weight", 1}, {"knock_out", false}},
            {{"code", "professioneel"}, {"weight", 3}, {"knock_out", true}}}},
          {"knock_out_cap", 9},
          {"attendance", {{"mandatory", 3}, {"penalty_per_missed", 1}, {"fail_below_ratio", 0.5}}},
          {"rounding", rounding}};
}

// A small rubric for Instroom: three criteria on the four default levels.
json SmallRubric(double weight = 1, int mandatory = 0) {
  json criteria = json::array();
  for (const char* code : {"communicatie", "discretie", "reflectie"}) {
    criteria.push_back({{"code", code},
                        {"title", std::string("Criterium ") + code},
                        {"goal", 1},
                        {"weight", weight},
                        {"knock_out", std::string(code) == "discretie"},
                        {"descriptions",
                         {{"O", "Nog niet zichtbaar."},
                          {"V", "Zichtbaar met hulp."},
                          {"G", "Zelfstandig."},
                          {"ZG", "Zelfstandig en anderen helpend."}}}});
  }
  return {{"levels",
           {{{"code", "O"}, {"name", "onvoldoende"}, {"points", 0}},
            {{"code", "V"}, {"name", "voldoende"}, {"points", 2}},
            {{"code", "G"}, {"name", "goed"}, {"points", 3}},
            {{"code", "ZG"}, {"name", "zeer goed"}, {"points", 4}}}},
          {"criteria", criteria},
          {"knock_out_cap", 9},
          {"attendance", {{"mandatory", mandatory}, {"penalty_per_missed", 1}, {"fail_below_ratio", 0.5}}},
          {"rounding", "integer"}};
}

class EvaluationApi : public PlacementWorld {
 protected:
  EvaluationApi() {
    EXPECT_EQ(api_.Call("PUT", Rubric("instroom"), json{{"rubric", SmallRubric()}}.dump(), lead_).status, 200);
    placement_ = Approved("instroom", partners_);
    EXPECT_EQ(api_.Call("PUT", Placement(placement_, "/supervisor"),
                        json{{"supervisor_id", supervisor_.user_id}}.dump(), coordinator_)
                  .status,
              200);
    other_supervisor_ = api_.AddUserAndLogIn("an@school.be", {"supervisor"});
    api_.Call("POST", "/api/v1/programmes/" + std::to_string(programme_) + "/staff",
              json{{"user_id", other_supervisor_.user_id}}.dump(), lead_);
  }
  void LogInOthers() override { other_supervisor_ = api_.LogIn("an@school.be"); }
  std::string Rubric(const std::string& module) const {
    return "/api/v1/programmes/" + std::to_string(programme_) + "/rubrics/" + module;
  }
  std::string Eval(const std::string& rest = "") const { return Placement(placement_, "/evaluation" + rest); }
  http::Response Preview(const json& body, const TestSession& who) {
    return api_.Call("POST", "/api/v1/scores/preview", body.dump(), who);
  }
  static json Levels(const std::string& communicatie, const std::string& discretie, const std::string& reflectie) {
    json out = json::object();
    if (!communicatie.empty()) out["communicatie"] = {{"level", communicatie}, {"comment", "Vlot aan de telefoon"}};
    if (!discretie.empty()) out["discretie"] = {{"level", discretie}, {"comment", ""}};
    if (!reflectie.empty()) out["reflectie"] = {{"level", reflectie}, {"comment", "Vraagt zelf feedback"}};
    return out;
  }
  http::Response Final(const json& ratings, bool submit) {
    return api_.Call("PUT", Eval("/final"),
                     json{{"ratings", ratings}, {"comment", "Sterke stage"}, {"submit", submit}}.dump(), mentor_);
  }
  json Self(bool complete) const {
    json ratings = complete ? json{{"communicatie", {{"level", "ZG"}, {"comment", "Ik belde zelf kandidaten"}}},
                                   {"discretie", {{"level", "G"}, {"comment", "Dossiers altijd weggeborgen"}}},
                                   {"reflectie", {{"level", "V"}, {"comment", "Ik vraag nog te weinig"}}}}
                            : json{{"communicatie", {{"level", "ZG"}, {"comment", ""}}}};
    return {{"ratings", ratings},
            {"reflection",
             {{"situation", complete ? "Een drukke aanwervingsweek" : ""},
              {"task", complete ? "Vacatures plaatsen en kandidaten bellen" : ""},
              {"action", complete ? "Ik schreef de teksten zelf" : ""},
              {"result", complete ? "Drie geschikte kandidaten" : ""},
              {"reflection", complete ? "Ik vraag voortaan eerder om feedback" : ""}}},
            {"growth_points",
             complete ? json{{{"action", "Na elk gesprek feedback vragen"}, {"due", "2027-06-30"}}} : json::array()}};
  }
  TestSession other_supervisor_;
  std::int64_t placement_ = 0;
};

// --- the contract

TEST_P(EvaluationApi, R20_PreviewFollowsTheProcedureStepByStep) {
  // raw = 20 × (1×3 + 3×2) / (4×3) = 15; one moment missed: 14; integer.
  http::Response r =
      Preview({{"scheme", Scheme()}, {"ratings", {{"samenwerken", "ZG"}, {"professioneel", "G"}}}, {"attended", 2}},
              supervisor_);
  ASSERT_EQ(r.status, 200) << r.body;
  json b = JsonOf(r);
  EXPECT_DOUBLE_EQ(b["raw"].get<double>(), 15.0);
  EXPECT_DOUBLE_EQ(b["score"].get<double>(), 14.0);
  ASSERT_GE(b["steps"].size(), 3U);
  for (const json& step : b["steps"]) {
    EXPECT_FALSE(step["label"].get<std::string>().empty());
    EXPECT_TRUE(step["value"].is_number());
  }
  EXPECT_DOUBLE_EQ(b["steps"].back()["value"].get<double>(), 14.0);
  // A knock-out on the lowest level caps at 9; halves: 20 × (1×1 + 3×0)/12 = 1.67 → 1.5.
  b = JsonOf(Preview(
      {{"scheme", Scheme("half")}, {"ratings", {{"samenwerken", "V"}, {"professioneel", "O"}}}, {"attended", 3}},
      coordinator_));
  EXPECT_DOUBLE_EQ(b["score"].get<double>(), 1.5);
  // Everything top, but one of three moments attended (ratio 0.33 < 0.5): 20 − 2 = 18, capped at 9.
  b = JsonOf(Preview(
      {{"scheme", Scheme()}, {"ratings", {{"samenwerken", "ZG"}, {"professioneel", "ZG"}}}, {"attended", 1}}, lead_));
  EXPECT_DOUBLE_EQ(b["raw"].get<double>(), 20.0);
  EXPECT_DOUBLE_EQ(b["score"].get<double>(), 9.0);
}

TEST_P(EvaluationApi, R20_PreviewRefusesMissingRatingsUnknownCodesAndWeightsOfZero) {
  json scheme = Scheme();
  scheme["criteria"][0]["weight"] = 0;
  http::Response r = Preview(
      {{"scheme", scheme}, {"ratings", {{"professioneel", "X"}, {"humor", "G"}}}, {"attended", 3}}, supervisor_);
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"scheme.criteria[0].weight", "ratings.samenwerken",
                                                   "ratings.professioneel", "ratings.humor"}));
  r = Preview({{"scheme", {{"levels", "veel"}}}, {"ratings", 3}}, supervisor_);
  ASSERT_EQ(r.status, 422);
  EXPECT_TRUE(ErrorFields(r).contains("scheme.levels"));
  EXPECT_TRUE(ErrorFields(r).contains("ratings"));
  EXPECT_TRUE(ErrorFields(r).contains("attended"));
  EXPECT_EQ(r.body.find("SQL"), std::string::npos);
  for (const TestSession& who : {student_, mentor_}) {
    EXPECT_EQ(Preview({{"scheme", Scheme()}, {"ratings", json::object()}, {"attended", 0}}, who).status, 403);
  }
}

// --- rubrics (R18)

TEST_P(EvaluationApi, R18_TheLeadEditsARubricUntilItIsUsedThenANewVersionIsMade) {
  json v = JsonOf(api_.Call("GET", Rubric("instroom"), "", supervisor_));
  EXPECT_EQ(v["module"]["name"], "Instroom");
  const int version = v["current"]["version"];
  EXPECT_FALSE(v["current"]["used"].get<bool>());
  // Not used yet: the same version changes.
  http::Response r = api_.Call("PUT", Rubric("instroom"), json{{"rubric", SmallRubric(2)}}.dump(), lead_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["outcome"], "updated_in_place");
  EXPECT_EQ(JsonOf(r)["current"]["version"], version);
  EXPECT_EQ(JsonOf(api_.Call("PUT", Rubric("instroom"), json{{"rubric", SmallRubric(2)}}.dump(), lead_))["outcome"],
            "unchanged");
  // The mentor rates on it: it is used, so a change makes a new version and the placement keeps the old one.
  ASSERT_EQ(Final(Levels("G", "", ""), false).status, 200);
  r = api_.Call("PUT", Rubric("instroom"), json{{"rubric", SmallRubric(3)}}.dump(), lead_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["outcome"], "new_version");
  EXPECT_EQ(JsonOf(r)["current"]["version"], version + 1);
  EXPECT_EQ(JsonOf(r)["versions"].size(), static_cast<std::size_t>(version + 1));
  json e = JsonOf(api_.Call("GET", Eval(), "", mentor_));
  EXPECT_EQ(e["rubric"]["version"], version);
  EXPECT_DOUBLE_EQ(e["rubric"]["rubric"]["criteria"][0]["weight"].get<double>(), 2.0);
  EXPECT_TRUE(JsonOf(api_.Call("GET", Rubric("instroom"), "", lead_))["versions"].back()["used"].get<bool>());
}

TEST_P(EvaluationApi, R18_ABadRubricNamesItsFieldsAndOnlyTheLeadSavesIt) {
  json bad = SmallRubric();
  bad["criteria"][1]["weight"] = 0;
  bad["criteria"][2]["descriptions"].erase("ZG");
  http::Response r = api_.Call("PUT", Rubric("instroom"), json{{"rubric", bad}}.dump(), lead_);
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"rubric.criteria[1].weight", "rubric.criteria[2].descriptions.ZG"}));
  bad = SmallRubric();
  bad["rounding"] = "kwart";
  bad["knock_out_cap"] = "negen";
  r = api_.Call("PUT", Rubric("instroom"), json{{"rubric", bad}}.dump(), lead_);
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"rubric.rounding", "rubric.knock_out_cap"}));
  EXPECT_EQ(api_.Call("PUT", Rubric("instroom"), json{{"rubric", SmallRubric(2)}}.dump(), supervisor_).status, 403);
  EXPECT_EQ(api_.Call("PUT", Rubric("bestaat-niet"), json{{"rubric", SmallRubric(2)}}.dump(), lead_).status, 404);
  EXPECT_EQ(api_.Call("GET", Rubric("instroom"), "", student_).status, 403);
  json list =
      JsonOf(api_.Call("GET", "/api/v1/programmes/" + std::to_string(programme_) + "/rubrics", "", coordinator_));
  EXPECT_EQ(list["items"].size(), 8U);
}

// --- the mentor's rating (R18)

TEST_P(EvaluationApi, R18_TheMentorRatesSeesWhatIsEmptySubmitsAndIsLockedOut) {
  http::Response r = api_.Call("POST", Eval("/interim"),
                               json{{"date", "2026-09-20"},
                                    {"ratings", {{"communicatie", {{"level", "V"}, {"comment", "Nog wat stil"}}}}},
                                    {"comment", "Goede start, durf meer vragen."}}
                                   .dump(),
                               mentor_);
  ASSERT_EQ(r.status, 201) << r.body;
  r = Final(Levels("G", "", "V"), false);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["empty_criteria"], json{"discretie"});
  // The student sees the interim feedback, not the draft.
  json seen = JsonOf(api_.Call("GET", Eval(), "", student_));
  EXPECT_EQ(seen["interim"].size(), 1U);
  EXPECT_EQ(seen["interim"][0]["comment"], "Goede start, durf meer vragen.");
  EXPECT_TRUE(seen["final"].is_null());
  r = Final(Levels("G", "ZG", "V"), true);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["final"]["state"], "submitted");
  EXPECT_EQ(JsonOf(r)["empty_criteria"], json::array());
  EXPECT_EQ(JsonOf(api_.Call("GET", Eval(), "", student_))["final"]["state"], "submitted");
  // Locked: the mentor cannot change it; only the placement's supervisor reopens it, with a reason.
  EXPECT_EQ(Final(Levels("ZG", "ZG", "ZG"), false).status, 409);
  EXPECT_EQ(api_.Call("POST", Eval("/final/reopen"), R"({"reason":"Vergissing"})", other_supervisor_).status, 403);
  EXPECT_EQ(api_.Call("POST", Eval("/final/reopen"), R"({"reason":"Vergissing"})", mentor_).status, 403);
  r = api_.Call("POST", Eval("/final/reopen"), R"({"reason":"  "})", supervisor_);
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"reason"});
  r = api_.Call("POST", Eval("/final/reopen"), R"({"reason":"De mentor wil discretie nuanceren"})", supervisor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["final"]["state"], "draft");
  EXPECT_EQ(Final(Levels("G", "G", "V"), true).status, 200);
  json history = JsonOf(api_.Call("GET", Eval("/final/history"), "", supervisor_))["items"];
  ASSERT_EQ(history.size(), 4U);
  EXPECT_EQ(history[1]["action"], "submitted");
  EXPECT_EQ(history[2]["action"], "reopened");
  EXPECT_EQ(history[2]["reason"], "De mentor wil discretie nuanceren");
  EXPECT_EQ(history[2]["by"]["id"], supervisor_.user_id);
  EXPECT_TRUE(AuditHas("assessment.reopened"));
  // Someone else's mentor and a stranger student see nothing.
  EXPECT_EQ(api_.Call("GET", Eval(), "", other_mentor_).status, 403);
  EXPECT_EQ(api_.Call("GET", Eval(), "", other_student_).status, 403);
}

TEST_P(EvaluationApi, R18_BadRatingsNameTheCriterionAndChangeNothing) {
  http::Response r = Final(json{{"communicatie", {{"level", "X"}}}, {"humor", {{"level", "G"}}}}, false);
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"ratings.communicatie", "ratings.humor"}));
  EXPECT_TRUE(JsonOf(api_.Call("GET", Eval(), "", mentor_))["final"].is_null());
  r = api_.Call("POST", Eval("/interim"), R"({"date":"2030-01-01","comment":""})", mentor_);
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"date", "comment"}));
  EXPECT_EQ(api_.Call("PUT", Eval("/final"), R"({"ratings":{}})", student_).status, 403);
}

// --- self-assessment and comparison (R21)

TEST_P(EvaluationApi, R21_TheStudentReflectsAndSeesBothRatingsSideBySide) {
  http::Response r = api_.Call("PUT", Eval("/self"), Self(false).dump(), student_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["self"]["state"], "draft");
  // Others do not see a draft.
  EXPECT_TRUE(JsonOf(api_.Call("GET", Eval(), "", mentor_))["self"].is_null());
  json submit = Self(false);
  submit["submit"] = true;
  r = api_.Call("PUT", Eval("/self"), submit.dump(), student_);
  ASSERT_EQ(r.status, 422);
  EXPECT_TRUE(ErrorFields(r).contains("reflection.situation"));
  EXPECT_TRUE(ErrorFields(r).contains("growth_points"));
  EXPECT_TRUE(ErrorFields(r).contains("ratings.discretie"));
  submit = Self(true);
  submit["submit"] = true;
  ASSERT_EQ(api_.Call("PUT", Eval("/self"), submit.dump(), student_).status, 200);
  ASSERT_EQ(Final(Levels("G", "G", "G"), true).status, 200);
  json e = JsonOf(api_.Call("GET", Eval(), "", student_));
  ASSERT_EQ(e["comparison"].size(), 3U);
  EXPECT_EQ(e["comparison"][0],
            (json{{"criterion", "communicatie"}, {"mentor", "G"}, {"self", "ZG"}, {"difference", 1}}));
  EXPECT_EQ(e["comparison"][2]["difference"], -1);
  EXPECT_EQ(e["growth_points"][0]["due"], "2027-06-30");
  EXPECT_EQ(JsonOf(api_.Call("GET", Eval(), "", mentor_))["self"]["reflection"]["task"],
            "Vacatures plaatsen en kandidaten bellen");
  EXPECT_EQ(api_.Call("PUT", Eval("/self"), submit.dump(), other_student_).status, 403);
}

// --- the tripartite meeting (R19)

TEST_P(EvaluationApi, R19_TheSupervisorCompletesTheRatingAndEveryLevelChangeHasAReason) {
  http::Response r =
      api_.Call("PUT", Eval("/meeting"), R"({"date":"2026-10-05","start":"14:00","place":"HR Partners, vergaderzaal"})",
                supervisor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["meeting"]["start"], "14:00");
  // Not before the mentor submitted.
  ASSERT_EQ(Final(Levels("V", "", "G"), false).status, 200);
  EXPECT_EQ(
      api_.Call("POST", Eval("/final/revisions"), json{{"ratings", Levels("G", "", "")}}.dump(), supervisor_).status,
      409);
  ASSERT_EQ(Final(Levels("V", "", "G"), true).status, 200);
  json change{{"communicatie", {{"level", "G"}, {"comment", "Vlot aan de telefoon"}}},
              {"discretie", {{"level", "G"}, {"comment", "Aangevuld in het gesprek"}, {"reason", "Samen besproken"}}}};
  r = api_.Call("POST", Eval("/final/revisions"), json{{"ratings", change}}.dump(), supervisor_);
  ASSERT_EQ(r.status, 422) << r.body;
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"ratings.communicatie.reason"});
  change["communicatie"]["reason"] = "Voorbeelden van klantgesprekken besproken";
  EXPECT_EQ(api_.Call("POST", Eval("/final/revisions"), json{{"ratings", change}}.dump(), mentor_).status, 403);
  r = api_.Call("POST", Eval("/final/revisions"), json{{"ratings", change}}.dump(), supervisor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["final"]["ratings"][0]["level"], "G");
  EXPECT_EQ(JsonOf(r)["empty_criteria"], json::array());
  // Every version stays readable, with who changed what and why.
  json history = JsonOf(api_.Call("GET", Eval("/final/history"), "", student_))["items"];
  ASSERT_EQ(history.size(), 2U);  // the student sees it from the submission on
  EXPECT_EQ(history[0]["ratings"][0]["level"], "V");
  EXPECT_EQ(history[1]["action"], "meeting");
  EXPECT_EQ(history[1]["by"]["id"], supervisor_.user_id);
  EXPECT_EQ(history[1]["ratings"][0]["reason"], "Voorbeelden van klantgesprekken besproken");
  EXPECT_EQ(JsonOf(api_.Call("GET", Eval("/final/history"), "", mentor_))["items"].size(), 3U);
  EXPECT_TRUE(AuditHas("assessment.meeting"));
  EXPECT_TRUE(AuditHas("meeting.planned"));
}

// --- the score (R20) and the appeal file (R23)

TEST_P(EvaluationApi, R20_TheSupervisorFinalisesOverridesOnlyWithAReasonAndReleasesToTheStudent) {
  ASSERT_EQ(Final(Levels("G", "G", "ZG"), true).status, 200);
  // Staff see the calculation as it stands: 20 × (3 + 3 + 4) / 12 = 16,67 → 17; the student sees nothing yet.
  json e = JsonOf(api_.Call("GET", Eval(), "", supervisor_));
  EXPECT_DOUBLE_EQ(e["preview"]["score"].get<double>(), 17.0);
  e = JsonOf(api_.Call("GET", Eval(), "", student_));
  EXPECT_TRUE(e["preview"].is_null());
  EXPECT_TRUE(e["score"].is_null());
  for (const TestSession& who : {student_, mentor_, coordinator_, other_supervisor_}) {
    EXPECT_EQ(api_.Call("POST", Eval("/score"), "{}", who).status, 403);
  }
  http::Response r = api_.Call("POST", Eval("/score"), R"({"final_score":18})", supervisor_);
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"override_reason"});
  r = api_.Call("POST", Eval("/score"), "{}", supervisor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_DOUBLE_EQ(JsonOf(r)["score"]["final"].get<double>(), 17.0);
  EXPECT_TRUE(JsonOf(r)["score"]["released_at"].is_null());
  EXPECT_TRUE(JsonOf(api_.Call("GET", Eval(), "", student_))["score"].is_null());
  EXPECT_TRUE(JsonOf(api_.Call("GET", Eval(), "", mentor_))["score"].is_null());
  EXPECT_EQ(api_.Call("GET", Eval("/file.pdf"), "", student_).status, 403);
  // Once finalised the rating stays as it is.
  EXPECT_EQ(api_.Call("POST", Eval("/final/reopen"), R"({"reason":"Nog iets"})", supervisor_).status, 409);
  r = api_.Call("POST", Eval("/score"),
                R"({"final_score":18,"override_reason":"Uitzonderlijk eindproduct dat de rubric niet vat"})",
                supervisor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_DOUBLE_EQ(JsonOf(r)["score"]["calculated"].get<double>(), 17.0);
  EXPECT_DOUBLE_EQ(JsonOf(r)["score"]["final"].get<double>(), 18.0);
  EXPECT_EQ(api_.Call("POST", Eval("/score/release"), "", other_supervisor_).status, 403);
  ASSERT_EQ(api_.Call("POST", Eval("/score/release"), "", supervisor_).status, 200);
  e = JsonOf(api_.Call("GET", Eval(), "", student_));
  EXPECT_DOUBLE_EQ(e["score"]["final"].get<double>(), 18.0);
  EXPECT_EQ(e["score"]["override_reason"], "Uitzonderlijk eindproduct dat de rubric niet vat");
  EXPECT_TRUE(e["score"]["passed"].get<bool>());
  ASSERT_GE(e["score"]["steps"].size(), 3U);
  EXPECT_EQ(MailsTo("lotte@student.be", "Je score voor Instroom"), 1);
  EXPECT_EQ(api_.Call("POST", Eval("/score"), "{}", supervisor_).status, 409);
  EXPECT_TRUE(AuditHas("score.finalised"));
  EXPECT_TRUE(AuditHas("score.released"));
  // The caseload has nothing left to do for it.
  json caseload = JsonOf(api_.Call("GET", "/api/v1/me/caseload", "", supervisor_))["items"];
  ASSERT_EQ(caseload.size(), 1U);
  EXPECT_EQ(caseload[0]["due"], json::array());
  EXPECT_TRUE(caseload[0]["score"]["released"].get<bool>());
}

TEST_P(EvaluationApi, R20_MissedMandatoryMomentsCostPointsAndTooFewCapTheScore) {
  // Two mandatory moments, a point per missed one, under half attended caps at 9.
  ASSERT_EQ(api_.Call("PUT", Rubric("instroom"), json{{"rubric", SmallRubric(1, 2)}}.dump(), lead_).status, 200);
  std::vector<std::int64_t> moments;
  for (const char* date : {"2026-10-07", "2026-10-14"}) {
    http::Response r = api_.Call("POST", Cohort("/guidance-moments"),
                                 json{{"module", "instroom"},
                                      {"kind", "supervision"},
                                      {"date", date},
                                      {"start", "14:00"},
                                      {"duration_minutes", 90},
                                      {"title", "Supervisie"},
                                      {"place", "Campus De Vest"},
                                      {"mandatory", true},
                                      {"student_ids", {student_.user_id}}}
                                     .dump(),
                                 supervisor_);
    ASSERT_EQ(r.status, 201) << r.body;
    moments.push_back(JsonOf(r)["id"]);
  }
  MoveTo(Utc(2026, 10, 20, 8, 0));
  ASSERT_EQ(Final(Levels("G", "G", "ZG"), true).status, 200);  // raw 16,67
  // Nothing recorded yet: none attended, so 16,67 − 2 = 14,67, capped at 9.
  json e = JsonOf(api_.Call("GET", Eval(), "", supervisor_));
  EXPECT_EQ(e["attended"], 0);
  EXPECT_DOUBLE_EQ(e["preview"]["score"].get<double>(), 9.0);
  const auto record = [&](std::int64_t moment, const json& line) {
    http::Response r = api_.Call("PUT", "/api/v1/guidance-moments/" + std::to_string(moment) + "/attendance",
                                 json{{"attendance", {line}}}.dump(), supervisor_);
    ASSERT_EQ(r.status, 200) << r.body;
  };
  // Present once and excused once (with a reason): both count, so the raw score stands: 17.
  record(moments[0], {{"student_id", student_.user_id}, {"status", "present"}});
  record(moments[1], {{"student_id", student_.user_id}, {"status", "excused"}, {"reason", "Examen aan de campus"}});
  e = JsonOf(api_.Call("GET", Eval(), "", supervisor_));
  EXPECT_EQ(e["attended"], 2);
  EXPECT_DOUBLE_EQ(e["preview"]["score"].get<double>(), 17.0);
  // Absent without excuse the second time: one point off (16,67 − 1 → 16); half attended is not under half.
  record(moments[1], {{"student_id", student_.user_id}, {"status", "absent"}});
  http::Response r = api_.Call("POST", Eval("/score"), "{}", supervisor_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(JsonOf(r)["score"]["attended"], 1);
  EXPECT_DOUBLE_EQ(JsonOf(r)["score"]["final"].get<double>(), 16.0);
}

TEST_P(EvaluationApi, R23_TheAppealFileHoldsTheWholeEvaluationAndTheScoresGoToASpreadsheet) {
  ASSERT_EQ(
      api_.Call("PUT", Eval("/meeting"),
                R"({"date":"2026-10-05","start":"14:00","place":"HR Partners","notes":"Goed gesprek","held":true})",
                supervisor_)
          .status,
      200);
  ASSERT_EQ(Final(Levels("V", "G", "G"), true).status, 200);
  json change{{"communicatie", {{"level", "G"}, {"comment", "Vlot"}, {"reason", "Klantgesprekken besproken"}}}};
  ASSERT_EQ(api_.Call("POST", Eval("/final/revisions"), json{{"ratings", change}}.dump(), supervisor_).status, 200);
  json self = Self(true);
  self["submit"] = true;
  ASSERT_EQ(api_.Call("PUT", Eval("/self"), self.dump(), student_).status, 200);
  ASSERT_EQ(
      api_.Call("POST", Eval("/score"), R"({"final_score":16,"override_reason":"Sterk eindwerk"})", supervisor_).status,
      200);
  ASSERT_EQ(api_.Call("POST", Eval("/score/release"), "", supervisor_).status, 200);
  http::Response r = api_.Call("GET", Eval("/file.pdf"), "", student_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body.rfind("%PDF", 0), 0U);
  const std::string text = PdfText(r.body);
  for (const char* part :
       {"Lid lotte@student.be", "Instroom", "HR Partners", "Klantgesprekken besproken", "Goed gesprek",
        "Vacatures plaatsen en kandidaten bellen", "Na elk gesprek feedback vragen", "Sterk eindwerk"}) {
    EXPECT_NE(text.find(part), std::string::npos) << part << " not in:\n" << text;
  }
  EXPECT_EQ(api_.Call("GET", Eval("/file.pdf"), "", mentor_).status, 403);
  EXPECT_EQ(api_.Call("GET", Eval("/file.pdf"), "", coordinator_).status, 200);
  // The cohort's scores as a workbook: opened by unzipping it and reading the sheets.
  r = api_.Call("GET", Cohort("/scores.xlsx"), "", coordinator_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(r.body.rfind("PK", 0), 0U);
  const std::string strings = ZipPart(r.body, "xl/sharedStrings.xml");
  EXPECT_NE(strings.find("Lid lotte@student.be"), std::string::npos) << strings;
  EXPECT_NE(strings.find("Sterk eindwerk"), std::string::npos);
  EXPECT_NE(ZipPart(r.body, "xl/worksheets/sheet1.xml").find("<v>16</v>"), std::string::npos);
  EXPECT_NE(ZipPart(r.body, "xl/workbook.xml").find("Overzicht"), std::string::npos);
  EXPECT_EQ(api_.Call("GET", Cohort("/scores.xlsx"), "", student_).status, 403);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, EvaluationApi, ::testing::Values(Engine::kSqlite, Engine::kPostgres),
                         EngineTestName);

}  // namespace
}  // namespace leerplek::testing
