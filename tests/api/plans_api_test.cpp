// A module's saved rotation (R14) and groups (R15): plan, adjust, publish, and what students and mentors see.
#include <gtest/gtest.h>

#include "api/api_harness.hpp"

namespace leerplek::testing {
namespace {

using nlohmann::json;

class PlansApi : public ::testing::TestWithParam<Engine> {
 protected:
  PlansApi() : api_(GetParam(), "leerplek_api") {
    lead_ = api_.AddUserAndLogIn("els@school.be", {"programme_lead"});
    coordinator_ = api_.AddUserAndLogIn("koen@school.be", {"coordinator"});
    http::Response r = api_.Call("POST", "/api/v1/curriculum-imports", SourceFile("curricula/hr-support.toml"), lead_);
    const std::int64_t programme = JsonOf(r)["programme"]["id"];
    api_.Call("POST", "/api/v1/programmes/" + std::to_string(programme) + "/staff",
              json{{"user_id", coordinator_.user_id}}.dump(), lead_);
    r = api_.Call("POST", "/api/v1/cohorts",
                  json{{"programme_id", programme}, {"name", "HR-support"}, {"academic_year", "2026-2027"}}.dump(),
                  coordinator_);
    cohort_ = JsonOf(r)["id"];
    for (int i = 1; i <= 7; ++i) students_.push_back(Member("student" + std::to_string(i) + "@student.be", "student"));
    mentor_ = Member("sofie@werkplek.be", "mentor");
    for (const char* name : {"HR Partners", "Stad Mechelen", "PeopleTech"}) {
      r = api_.Call("POST", "/api/v1/organisations",
                    json{{"name", name},
                         {"kind", "hr_technology"},
                         {"postcode", "2000"},
                         {"city", "Antwerpen"},
                         {"start_time", "09:00"}}
                        .dump(),
                    coordinator_);
      organisations_.push_back(JsonOf(r)["id"]);
    }
  }
  TestSession Member(const std::string& email, const std::string& role) {
    return api_.AddMemberAndLogIn(cohort_, email, role, coordinator_);
  }
  std::string Path(const std::string& rest) const { return "/api/v1/cohorts/" + std::to_string(cohort_) + rest; }
  void PlanDays() {
    // Expeditie HR: four Thursdays.
    ASSERT_EQ(api_.Call("PUT", Path("/calendar/expeditie-hr"),
                        R"({"rule":{"patterns":[{"from":"2026-10-01","to":"2026-10-22","weekdays":[4]}]}})", lead_)
                  .status,
              200);
  }
  json Settings() const {
    return json::array({{{"id", "Rekrutering"},
                         {"capacity", 3},
                         {"organisation_id", organisations_[0]},
                         {"mentor_id", mentor_.user_id}},
                        {{"id", "Payroll"}, {"capacity", 3}, {"organisation_id", organisations_[1]}},
                        {{"id", "Welzijn"}, {"capacity", 2}}});
  }

  ApiHarness api_;
  TestSession lead_, coordinator_, mentor_;
  std::vector<TestSession> students_;
  std::vector<std::int64_t> organisations_;
  std::int64_t cohort_ = 0;
};

TEST_P(PlansApi, R14_TheCoordinatorPlansAdjustsAndPublishesAndEachSeesTheirDays) {
  const std::string plan = Path("/rotation-plans/expeditie-hr");
  http::Response r = api_.Call("PUT", plan, json{{"block_days", 2}, {"settings", Settings()}}.dump(), coordinator_);
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"days"});
  PlanDays();
  r = api_.Call("PUT", plan,
                json{{"block_days", 2}, {"settings", json::array({{{"id", "Klein"}, {"capacity", 6}}})}}.dump(),
                coordinator_);
  ASSERT_EQ(r.status, 422);  // seven students, six places a day
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"settings"});

  r = api_.Call("PUT", plan, json{{"block_days", 2}, {"settings", Settings()}}.dump(), coordinator_);
  ASSERT_EQ(r.status, 200) << r.body;
  json p = JsonOf(r);
  EXPECT_EQ(p["days"].size(), 4U);
  EXPECT_EQ(p["students"].size(), 7U);
  EXPECT_EQ(p["plan"]["assignments"].size(), 28U);
  EXPECT_EQ(p["plan"]["min_distinct_settings"], 2);  // two blocks: every student sees two settings
  EXPECT_TRUE(p["plan"]["published_at"].is_null());
  // Not published: nobody sees it yet.
  EXPECT_TRUE(JsonOf(api_.Call("GET", "/api/v1/me/plans", "", students_[0]))["rotation_days"].empty());

  // An adjustment that overfills a setting is refused; a valid one is kept.
  json assignments = p["plan"]["assignments"];
  for (auto& a : assignments) a["setting"] = "Welzijn";
  r = api_.Call("PUT", plan, json{{"block_days", 2}, {"settings", Settings()}, {"assignments", assignments}}.dump(),
                coordinator_);
  ASSERT_EQ(r.status, 422);
  EXPECT_TRUE(ErrorFields(r).count("assignments"));
  assignments = p["plan"]["assignments"];
  std::swap(assignments[0]["setting"], assignments[1]["setting"]);  // two students swap on the first block
  std::swap(assignments[7]["setting"], assignments[8]["setting"]);
  r = api_.Call("PUT", plan, json{{"block_days", 2}, {"settings", Settings()}, {"assignments", assignments}}.dump(),
                coordinator_);
  ASSERT_EQ(r.status, 200) << r.body;

  EXPECT_EQ(api_.Call("POST", plan + "/publication", "", students_[0]).status, 403);
  r = api_.Call("POST", plan + "/publication", "", coordinator_);
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_FALSE(JsonOf(r)["plan"]["published_at"].is_null());

  json mine = JsonOf(api_.Call("GET", "/api/v1/me/plans", "", students_[0]));
  ASSERT_EQ(mine["rotation_days"].size(), 4U);
  EXPECT_EQ(mine["rotation_days"][0]["date"], "2026-10-01");
  EXPECT_EQ(mine["rotation_days"][0]["module_name"], "Expeditie HR");
  // The mentor of "Rekrutering" sees who comes on which day, and no one else.
  json mentor = JsonOf(api_.Call("GET", "/api/v1/me/plans", "", mentor_));
  ASSERT_FALSE(mentor["rotation_days"].empty());
  for (const auto& d : mentor["rotation_days"]) {
    EXPECT_EQ(d["setting"], "Rekrutering");
    EXPECT_EQ(d["organisation"], "HR Partners");
    EXPECT_NE(d["student"], "");
  }
  EXPECT_EQ(api_.Call("GET", plan, "", lead_).status, 200);
  EXPECT_EQ(api_.Call("PUT", plan, json{{"block_days", 2}, {"settings", Settings()}}.dump(), lead_).status, 403);
  EXPECT_EQ(api_.Call("GET", plan, "", students_[0]).status, 403);
  EXPECT_EQ(api_.Call("GET", Path("/rotation-plans/bestaat-niet"), "", coordinator_).status, 404);
}

TEST_P(PlansApi, R15_GroupsOfThreeWithinCapacityHonouringPreferencesThenPublished) {
  const std::string path = Path("/groupings/digitaal-vaardig");
  json preferences = {{std::to_string(students_[0].user_id), std::to_string(organisations_[2])}};
  http::Response r = api_.Call(
      "PUT", path,
      json{{"companies", json::array({{{"id", organisations_[2]}, {"capacity", 1}}})}, {"preferences", preferences}}
          .dump(),
      coordinator_);
  ASSERT_EQ(r.status, 422);  // seven students make two groups, one place
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"companies"});
  const json companies =
      json::array({{{"id", organisations_[2]}, {"capacity", 1}}, {{"id", organisations_[0]}, {"capacity", 2}}});
  r = api_.Call("PUT", path, json{{"companies", companies}, {"preferences", preferences}}.dump(), coordinator_);
  ASSERT_EQ(r.status, 200) << r.body;
  json g = JsonOf(r)["grouping"];
  ASSERT_EQ(g["groups"].size(), 2U);
  EXPECT_EQ(g["groups"][0]["students"].size() + g["groups"][1]["students"].size(), 7U);
  EXPECT_EQ(g["preferences_honoured"], 1);

  // A hand edit with a group of two and one of five breaks the size rule.
  json groups = g["groups"];
  while (groups[0]["students"].size() > 2) {
    groups[1]["students"].push_back(groups[0]["students"].back());
    groups[0]["students"].erase(groups[0]["students"].size() - 1);
  }
  r = api_.Call("PUT", path, json{{"companies", companies}, {"preferences", preferences}, {"groups", groups}}.dump(),
                coordinator_);
  ASSERT_EQ(r.status, 422);
  // Messages name people, not ids.
  groups = g["groups"];
  groups[1]["students"].push_back(groups[0]["students"][0]);
  r = api_.Call("PUT", path, json{{"companies", companies}, {"preferences", preferences}, {"groups", groups}}.dump(),
                coordinator_);
  ASSERT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("Lid student"), std::string::npos) << r.body.substr(0, 600);
  r = api_.Call(
      "PUT", path,
      json{{"companies", json::array({{{"id", 99999}, {"capacity", 3}}})}, {"preferences", json::object()}}.dump(),
      coordinator_);
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"companies[0].id"});
  r = api_.Call("PUT", path, json{{"companies", companies}, {"preferences", preferences}}.dump(), coordinator_);
  ASSERT_EQ(r.status, 200);

  EXPECT_TRUE(JsonOf(api_.Call("GET", "/api/v1/me/plans", "", students_[0]))["groups"].empty());
  ASSERT_EQ(api_.Call("POST", path + "/publication", "", coordinator_).status, 200);
  json mine = JsonOf(api_.Call("GET", "/api/v1/me/plans", "", students_[0]));
  ASSERT_EQ(mine["groups"].size(), 1U);
  EXPECT_EQ(mine["groups"][0]["company"], "PeopleTech");
  EXPECT_GE(mine["groups"][0]["members"].size(), 3U);
  EXPECT_EQ(api_.Call("GET", "/api/v1/me/plans", "", coordinator_).status, 403);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, PlansApi, ::testing::Values(Engine::kSqlite, Engine::kPostgres), EngineTestName);

}  // namespace
}  // namespace leerplek::testing
