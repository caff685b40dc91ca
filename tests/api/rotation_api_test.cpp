// The rotation preview contract (R14) through the API, on both engines.
#include <gtest/gtest.h>

#include "api/api_harness.hpp"

namespace leerplek::testing {
namespace {

using nlohmann::json;

class RotationApi : public ::testing::TestWithParam<Engine> {
 protected:
  RotationApi() : api_(GetParam(), "leerplek_api") {
    coordinator_ = api_.AddUserAndLogIn("koen@school.be", {"coordinator"});
  }
  ApiHarness api_;
  TestSession coordinator_;
};

TEST_P(RotationApi, R14_PlansEveryStudentThroughDifferentSettingsWithinCapacity) {
  const json request = {{"days", {"2026-10-06", "2026-10-07", "2026-10-13", "2026-10-14"}},
                        {"block_days", 2},
                        {"settings", {{{"id", "acerta"}, {"capacity", 2}}, {{"id", "randstad"}, {"capacity", 2}}}},
                        {"students", {"lotte", "yasmine", "arne", "femke"}}};
  http::Response r = api_.Call("POST", "/api/v1/rotation-plans/preview", request.dump(), coordinator_);
  ASSERT_EQ(r.status, 200) << r.body;
  const json plan = JsonOf(r);
  EXPECT_EQ(plan["min_distinct_settings"], 2);
  ASSERT_EQ(plan["assignments"].size(), 16U);
  std::map<std::pair<std::string, std::string>, int> per_day_setting;
  std::map<std::string, std::set<std::string>> seen;
  for (const auto& a : plan["assignments"]) {
    per_day_setting[{a["date"].get<std::string>(), a["setting"].get<std::string>()}]++;
    seen[a["student"].get<std::string>()].insert(a["setting"].get<std::string>());
  }
  for (const auto& [key, count] : per_day_setting) EXPECT_LE(count, 2) << key.first << " " << key.second;
  for (const auto& [student, settings] : seen) EXPECT_EQ(settings.size(), 2U) << student;
}

TEST_P(RotationApi, R14_TooLittleCapacityNamesTheDayAndTheShortfall) {
  const json request = {{"days", {"2026-10-13"}},
                        {"block_days", 1},
                        {"settings", {{{"id", "acerta"}, {"capacity", 1}}}},
                        {"students", {"lotte", "yasmine", "arne"}}};
  http::Response r = api_.Call("POST", "/api/v1/rotation-plans/preview", request.dump(), coordinator_);
  ASSERT_EQ(r.status, 422);
  const json error = JsonOf(r)["error"];
  EXPECT_EQ(error["fields"][0]["field"], "settings");
  const std::string message = error["fields"][0]["message"];
  EXPECT_NE(message.find("13/10/2026"), std::string::npos) << message;
  EXPECT_NE(message.find("2 te weinig"), std::string::npos) << message;
}

TEST_P(RotationApi, BadInputNamesTheField) {
  http::Response r =
      api_.Call("POST", "/api/v1/rotation-plans/preview",
                R"({"days":["2026-13-01"],"block_days":"twee","settings":[{"id":"a"}],"students":[1]})", coordinator_);
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"days[0]", "block_days", "settings[0].capacity", "students[0]"}));
  http::Response empty = api_.Call("POST", "/api/v1/rotation-plans/preview",
                                   R"({"days":[],"block_days":0,"settings":[],"students":[]})", coordinator_);
  ASSERT_EQ(empty.status, 422);
  EXPECT_GE(ErrorFields(empty).size(), 3U);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, RotationApi, ::testing::Values(Engine::kSqlite, Engine::kPostgres),
                         EngineTestName);

}  // namespace
}  // namespace leerplek::testing
