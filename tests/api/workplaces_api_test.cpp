// The workplace register (R11) and mentors' profiles (R16), through the API, on both engines.
#include <gtest/gtest.h>

#include "api/api_harness.hpp"

namespace leerplek::testing {
namespace {

using nlohmann::json;

class WorkplacesApi : public ::testing::TestWithParam<Engine> {
 protected:
  WorkplacesApi() : api_(GetParam(), "leerplek_api") {
    coordinator_ = api_.AddUserAndLogIn("koen@school.be", {"coordinator"});
    mentor_ = api_.AddUserAndLogIn("sofie@werkplek.be", {"mentor"});
  }
  static json Organisation() {
    return {{"name", "HR Partners Antwerpen"},
            {"kind", "social_secretariat"},
            {"street", "Meir 1"},
            {"postcode", "2000"},
            {"city", "Antwerpen"},
            {"start_time", "08:30"},
            {"risk_analysis_valid_until", "2027-08-31"},
            {"closures", {{{"from", "2027-05-07"}, {"to", "2027-05-07"}, {"name", "Brugdag"}}}}};
  }
  ApiHarness api_;
  TestSession coordinator_;
  TestSession mentor_;
};

TEST_P(WorkplacesApi, R11_TheCoordinatorRegistersAWorkplaceWithItsOwnClosureDays) {
  http::Response created = api_.Call("POST", "/api/v1/organisations", Organisation().dump(), coordinator_);
  ASSERT_EQ(created.status, 201) << created.body;
  json o = JsonOf(created);
  EXPECT_EQ(o["kind_name"], "Sociaal secretariaat");
  EXPECT_EQ(o["start_time"], "08:30");
  EXPECT_EQ(o["closures"][0]["name"], "Brugdag");
  const std::string path = "/api/v1/organisations/" + std::to_string(o["id"].get<int>());

  json changed = Organisation();
  changed["start_time"] = "09:00";
  changed["closures"].push_back({{"from", "2027-12-24"}, {"to", "2027-12-31"}, {"name", "Eindejaarssluiting"}});
  http::Response updated = api_.Call("PUT", path, changed.dump(), coordinator_);
  ASSERT_EQ(updated.status, 200) << updated.body;
  const json read = JsonOf(api_.Call("GET", path, "", mentor_));
  EXPECT_EQ(read["start_time"], "09:00");
  EXPECT_EQ(read["closures"].size(), 2U);
  EXPECT_EQ(read["risk_analysis_valid_until"], "2027-08-31");
  const json list = JsonOf(api_.Call("GET", "/api/v1/organisations", "", mentor_));
  EXPECT_EQ(list["items"].size(), 1U);

  const json event = JsonOf(api_.Call("GET", "/api/v1/audit-events?limit=1", "", coordinator_))["items"][0];
  EXPECT_EQ(event["action"], "organisation.updated");
  EXPECT_EQ(event["before"]["start_time"], "08:30");
  EXPECT_EQ(event["after"]["start_time"], "09:00");
  EXPECT_EQ(api_.Call("PUT", path, changed.dump(), mentor_).status, 403);
}

TEST_P(WorkplacesApi, R11_BadWorkplaceDataNamesEveryFieldAndChangesNothing) {
  json bad = Organisation();
  bad["kind"] = "bank";
  bad["postcode"] = "20000";
  bad["start_time"] = "8u30";
  bad["closures"] = {{{"from", "2027-05-08"}, {"to", "2027-05-07"}, {"name", "Omgekeerd"}}};
  http::Response r = api_.Call("POST", "/api/v1/organisations", bad.dump(), coordinator_);
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"kind", "start_time"})) << "type problems first";
  bad["kind"] = "other";
  bad["start_time"] = "13:00";
  r = api_.Call("POST", "/api/v1/organisations", bad.dump(), coordinator_);
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"postcode", "start_time", "closures[0].to"}));
  EXPECT_TRUE(JsonOf(api_.Call("GET", "/api/v1/organisations", "", coordinator_))["items"].empty());
  EXPECT_EQ(api_.Call("GET", "/api/v1/organisations/999", "", coordinator_).status, 404);
}

TEST_P(WorkplacesApi, R16_AMentorKeepsTheirOwnProfileAndNoOneElses) {
  const std::string mine = "/api/v1/users/" + std::to_string(mentor_.user_id) + "/mentor-profile";
  EXPECT_EQ(JsonOf(api_.Call("GET", mine, "", mentor_))["job_title"], "");
  const json profile = {{"job_title", "HR business partner"},
                        {"years_of_hr_experience", 12},
                        {"domains", {"recruitment_selection", "wellbeing"}},
                        {"phone", "+32 3 123 45 67"}};
  http::Response saved = api_.Call("PUT", mine, profile.dump(), mentor_);
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(JsonOf(api_.Call("GET", mine, "", coordinator_)), profile);

  TestSession other = api_.AddUserAndLogIn("ander@werkplek.be", {"mentor"});
  EXPECT_EQ(api_.Call("GET", mine, "", other).status, 403);
  EXPECT_EQ(api_.Call("PUT", mine, profile.dump(), other).status, 403);
  http::Response bad =
      api_.Call("PUT", mine, R"({"job_title":"","years_of_hr_experience":70,"domains":["koken"]})", mentor_);
  ASSERT_EQ(bad.status, 422);
  EXPECT_EQ(ErrorFields(bad), (std::set<std::string>{"domains"}));
  bad = api_.Call("PUT", mine, R"({"job_title":"","years_of_hr_experience":70})", mentor_);
  EXPECT_EQ(ErrorFields(bad), (std::set<std::string>{"job_title", "years_of_hr_experience"}));
  // A student is no mentor: no profile to read.
  const std::int64_t student = api_.AddUser("lotte@student.be", {"student"});
  EXPECT_EQ(api_.Call("GET", "/api/v1/users/" + std::to_string(student) + "/mentor-profile", "", coordinator_).status,
            404);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, WorkplacesApi, ::testing::Values(Engine::kSqlite, Engine::kPostgres),
                         EngineTestName);

}  // namespace
}  // namespace leerplek::testing
