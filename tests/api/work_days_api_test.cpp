// The contract POST /api/v1/work-days/evaluate (R3–R5), on both engines.
#include <gtest/gtest.h>

#include "api/api_harness.hpp"

namespace leerplek::testing {
namespace {

using nlohmann::json;

class WorkDaysApi : public ::testing::TestWithParam<Engine> {
 protected:
  WorkDaysApi() : api_(GetParam(), "leerplek_api") { student_ = api_.AddUserAndLogIn("lotte@student.be", {"student"}); }
  http::Response Evaluate(const json& body) {
    return api_.Call("POST", "/api/v1/work-days/evaluate", body.dump(), student_);
  }
  ApiHarness api_;
  TestSession student_;
};

TEST_P(WorkDaysApi, R3_R5_AFullDayWithItsFigures) {
  http::Response r = Evaluate({{"date", "2027-02-16"}, {"start", "08:30"}, {"end", "17:00"}, {"break_minutes", 45}});
  ASSERT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(
      JsonOf(r),
      (json{{"worked_minutes", 465}, {"counted_minutes", 465}, {"day_equivalent", 1.0}, {"flags", json::array()}}));
}

TEST_P(WorkDaysApi, R4_R5_ALongSundayIsCountedOnceAndFlagged) {
  json e = JsonOf(Evaluate({{"date", "2027-02-21"}, {"start", "08:00"}, {"end", "17:30"}, {"break_minutes", 10}}));
  EXPECT_EQ(e["worked_minutes"], 560);
  EXPECT_EQ(e["counted_minutes"], 480);
  EXPECT_EQ(e["day_equivalent"], 1.0);
  EXPECT_EQ(e["flags"], (json{"over_max_hours", "short_break", "sunday"}));
  e = JsonOf(Evaluate({{"date", "2027-05-06"}, {"start", "09:00"}, {"end", "12:45"}, {"break_minutes", 0}}));
  EXPECT_EQ(e["flags"], (json{"partial_day", "legal_holiday"}));  // Onze-Lieve-Heer-Hemelvaart
  EXPECT_DOUBLE_EQ(e["day_equivalent"].get<double>(), 0.5);
}

TEST_P(WorkDaysApi, BadInputNamesEveryFieldAndNeedsALogin) {
  http::Response r = Evaluate({{"date", "2027-02-30"}, {"start", "8u30"}, {"end", 1700}});
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), (std::set<std::string>{"date", "start", "end", "break_minutes"}));
  r = Evaluate({{"date", "2027-02-16"}, {"start", "17:00"}, {"end", "09:00"}, {"break_minutes", 0}});
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"end"});
  r = Evaluate({{"date", "2027-02-16"}, {"start", "09:00"}, {"end", "10:00"}, {"break_minutes", 90}});
  ASSERT_EQ(r.status, 422);
  EXPECT_EQ(ErrorFields(r), std::set<std::string>{"break_minutes"});
  r = api_.Call("POST", "/api/v1/work-days/evaluate",
                json{{"date", "2027-02-16"}, {"start", "09:00"}, {"end", "10:00"}, {"break_minutes", 0}}.dump());
  EXPECT_EQ(r.status, 401);
}

INSTANTIATE_TEST_SUITE_P(BothEngines, WorkDaysApi, ::testing::Values(Engine::kSqlite, Engine::kPostgres),
                         EngineTestName);

}  // namespace
}  // namespace leerplek::testing
