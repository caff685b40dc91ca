#include "leerplek/domain/rotation.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace leerplek::domain {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

Date D(std::string_view iso) {
  const auto date = ParseIsoDate(iso);
  EXPECT_TRUE(date.has_value()) << iso;
  return date.value_or(Date{});
}

// `count` days from `first`, every `step` calendar days (a module's days need not be consecutive).
std::vector<Date> Days(std::string_view first, int count, int step = 1) {
  std::vector<Date> out;
  for (int i = 0; i < count; ++i) out.push_back(Date{sys_days{D(first)} + days{i * step}});
  return out;
}

std::vector<std::string> Names(std::string_view prefix, int count) {
  std::vector<std::string> out;
  for (int i = 0; i < count; ++i) out.push_back(std::string(prefix) + std::to_string(i + 1));
  return out;
}

std::vector<RotationSetting> Settings(const std::vector<int>& capacities) {
  std::vector<RotationSetting> out;
  for (std::size_t s = 0; s < capacities.size(); ++s) {
    out.push_back({"setting-" + std::to_string(s + 1), capacities[s]});
  }
  return out;
}

int Blocks(const RotationRequest& request) {
  return (static_cast<int>(request.days.size()) + request.block_days - 1) / request.block_days;
}

// The best (min, total) any plan can reach: a student sees at most min(blocks, settings) settings, and a
// setting hosting `capacity` a block can be seen by at most min(students, capacity × blocks) students.
std::pair<int, int> UpperBound(const RotationRequest& request) {
  const int n = static_cast<int>(request.students.size());
  const int blocks = Blocks(request);
  const int per_student = std::min(blocks, static_cast<int>(request.settings.size()));
  long long visitors = 0;
  for (const RotationSetting& setting : request.settings) {
    visitors += std::min<long long>(n, 1LL * setting.capacity * blocks);
  }
  const int total = static_cast<int>(std::min<long long>(1LL * n * per_student, visitors));
  return {std::min(per_student, total / n), total};
}

// The rules of R14 checked from scratch, independently of RotationPlanRespectsRules.
void ExpectFollowsTheRules(const RotationRequest& request, const RotationPlan& plan) {
  const std::size_t n = request.students.size();
  ASSERT_EQ(plan.assignments.size(), request.days.size() * n);
  std::map<std::string, int> capacity;
  for (const RotationSetting& setting : request.settings) capacity[setting.id] = setting.capacity;
  std::map<std::string, std::set<std::string>> seen;
  for (std::size_t d = 0; d < request.days.size(); ++d) {
    std::map<std::string, int> hosted;
    for (std::size_t i = 0; i < n; ++i) {
      const RotationAssignment& a = plan.assignments[d * n + i];
      // Ordered by date, then by the students' order in the request: one per student per day.
      ASSERT_EQ(a.date, request.days[d]);
      ASSERT_EQ(a.student, request.students[i]);
      ASSERT_TRUE(capacity.contains(a.setting)) << a.setting;
      ++hosted[a.setting];
      seen[a.student].insert(a.setting);
      const std::size_t block_start =
          d / static_cast<std::size_t>(request.block_days) * static_cast<std::size_t>(request.block_days);
      ASSERT_EQ(a.setting, plan.assignments[block_start * n + i].setting) << "block broken for " << a.student;
    }
    for (const auto& [id, count] : hosted) ASSERT_LE(count, capacity[id]) << id << " on day " << d;
  }
  int min_seen = static_cast<int>(request.settings.size());
  int total = 0;
  for (const std::string& student : request.students) {
    min_seen = std::min(min_seen, static_cast<int>(seen[student].size()));
    total += static_cast<int>(seen[student].size());
  }
  EXPECT_EQ(plan.min_distinct_settings, min_seen);
  EXPECT_EQ(plan.total_distinct, total);
}

std::vector<FieldError> ErrorsOf(const Status& status) {
  if (status.has_value()) return {};
  EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
  return status.error().fields;
}

std::vector<std::string> FieldsOf(const Status& status) {
  std::vector<std::string> out;
  for (const FieldError& error : ErrorsOf(status)) out.push_back(error.field);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Hand examples

TEST(RotationPlanner, R14_SixStudentsThroughThreeSettingsSeeAllThree) {
  const RotationRequest request{Days("2026-10-05", 6), 2, Settings({2, 2, 2}), Names("s", 6)};
  const auto plan = PlanRotation(request);
  ASSERT_TRUE(plan.has_value());
  ExpectFollowsTheRules(request, *plan);
  EXPECT_EQ(plan->min_distinct_settings, 3);
  EXPECT_EQ(plan->total_distinct, 18);
}

TEST(RotationPlanner, R14_AStudentStaysAtOneSettingForAWholeBlock) {
  const RotationRequest request{Days("2026-10-05", 6), 3, Settings({1, 1}), {"an", "bo"}};
  const auto plan = PlanRotation(request);
  ASSERT_TRUE(plan.has_value());
  ExpectFollowsTheRules(request, *plan);
  // Two blocks of three days: each student swaps once, after the third day.
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(plan->assignments[0 + i].setting, plan->assignments[4 + i].setting);
    EXPECT_NE(plan->assignments[4 + i].setting, plan->assignments[6 + i].setting);
    EXPECT_EQ(plan->assignments[6 + i].setting, plan->assignments[10 + i].setting);
  }
}

TEST(RotationPlanner, R14_TheLastBlockMayBeShorter) {
  const RotationRequest request{Days("2026-10-05", 5, 7), 2, Settings({1, 1, 1}), {"an", "bo", "cas"}};
  const auto plan = PlanRotation(request);
  ASSERT_TRUE(plan.has_value());
  ExpectFollowsTheRules(request, *plan);
  EXPECT_EQ(plan->min_distinct_settings, 3);  // blocks of 2, 2 and 1 day
}

TEST(RotationPlanner, R14_NeverMoreStudentsThanASettingHosts) {
  // 1 place at the payroll desk, 3 at recruitment: four students over two blocks.
  const RotationRequest request{
      Days("2026-10-05", 4), 2, {{"recruitment", 3}, {"payroll", 1}}, {"an", "bo", "cas", "dirk"}};
  const auto plan = PlanRotation(request);
  ASSERT_TRUE(plan.has_value());
  ExpectFollowsTheRules(request, *plan);
  // Payroll can receive only two students in two blocks, so only two students see both settings.
  EXPECT_EQ(plan->min_distinct_settings, 1);
  EXPECT_EQ(plan->total_distinct, 6);
}

TEST(RotationPlanner, R14_MoreBlocksThanSettingsMeansEverySettingAndThenRepeats) {
  const RotationRequest request{Days("2026-10-05", 10), 1, Settings({2, 2}), Names("s", 4)};
  const auto plan = PlanRotation(request);
  ASSERT_TRUE(plan.has_value());
  ExpectFollowsTheRules(request, *plan);
  EXPECT_EQ(plan->min_distinct_settings, 2);
}

TEST(RotationPlanner, R14_OneBlockMeansOneSettingEach) {
  const RotationRequest request{Days("2026-10-05", 3), 5, Settings({3, 3}), Names("s", 5)};
  const auto plan = PlanRotation(request);
  ASSERT_TRUE(plan.has_value());
  ExpectFollowsTheRules(request, *plan);
  EXPECT_EQ(plan->min_distinct_settings, 1);
  EXPECT_EQ(plan->total_distinct, 5);
}

TEST(RotationPlanner, R14_TooFewPlacesNamesTheFirstDayAndTheShortfall) {
  const RotationRequest request{{D("2026-10-13"), D("2026-10-14")}, 1, Settings({20, 20}), Names("s", 45)};
  const auto plan = PlanRotation(request);
  ASSERT_FALSE(plan.has_value());
  EXPECT_EQ(plan.error().code, ErrorCode::kInvalidArgument);
  const std::string message = "Op 13/10/2026 is er plaats voor 40 studenten, maar er zijn er 45 (5 te weinig).";
  EXPECT_EQ(plan.error().message, message);
  EXPECT_EQ(plan.error().fields, (std::vector<FieldError>{{"settings", message}}));
}

TEST(RotationPlanner, R14_ExactlyEnoughPlacesIsEnough) {
  const RotationRequest request{Days("2026-10-05", 4), 1, Settings({1, 2}), Names("s", 3)};
  const auto plan = PlanRotation(request);
  ASSERT_TRUE(plan.has_value());
  ExpectFollowsTheRules(request, *plan);
  EXPECT_EQ(plan->min_distinct_settings, 2);
}

TEST(RotationPlanner, R14_OnePlaceShortSaysOneStudent) {
  const auto plan = PlanRotation({{D("2026-02-01")}, 1, Settings({1}), {"an", "bo"}});
  ASSERT_FALSE(plan.has_value());
  EXPECT_EQ(plan.error().message, "Op 01/02/2026 is er plaats voor 1 student, maar er zijn er 2 (1 te weinig).");
}

TEST(RotationPlanner, R14_GenerousCapacityLetsEveryStudentSeeASettingPerBlock) {
  // Every capacity ≥ ceil(students / settings) and blocks ≤ settings: everyone sees `blocks` settings.
  for (int students = 1; students <= 40; students += 3) {
    for (int settings = 1; settings <= 8; ++settings) {
      for (int blocks = 1; blocks <= settings; ++blocks) {
        const int capacity = (students + settings - 1) / settings;
        const RotationRequest request{Days("2027-02-01", blocks * 2), 2,
                                      Settings(std::vector<int>(static_cast<std::size_t>(settings), capacity)),
                                      Names("s", students)};
        const auto plan = PlanRotation(request);
        ASSERT_TRUE(plan.has_value());
        ExpectFollowsTheRules(request, *plan);
        EXPECT_EQ(plan->min_distinct_settings, blocks) << students << " students, " << settings << " settings";
        EXPECT_EQ(plan->total_distinct, students * blocks);
      }
    }
  }
}

TEST(RotationPlanner, R14_TheSameRequestGivesTheSamePlan) {
  const RotationRequest request{Days("2026-10-05", 12), 2, Settings({3, 1, 4, 1, 5}), Names("s", 13)};
  const auto first = PlanRotation(request);
  const auto second = PlanRotation(request);
  ASSERT_TRUE(first.has_value() && second.has_value());
  EXPECT_EQ(*first, *second);
}

// ---------------------------------------------------------------------------------------------------------
// Properties over many generated requests

RotationRequest RandomRequest(std::mt19937& rng, int max_students, int max_settings, int max_days) {
  auto pick = [&rng](int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng); };
  RotationRequest request;
  request.days = Days("2026-09-21", pick(1, max_days), pick(1, 3));
  request.block_days = pick(1, 5);
  const int settings = pick(1, max_settings);
  const int students = pick(1, max_students);
  std::vector<int> capacities;
  // Some tight, some generous: capacities around students / settings.
  const int typical = std::max(1, students / settings);
  for (int s = 0; s < settings; ++s) capacities.push_back(pick(1, typical * 2));
  request.settings = Settings(capacities);
  request.students = Names("student-", students);
  return request;
}

TEST(RotationPlanner, R14_FiveHundredGeneratedRequestsFollowTheRulesAndReachTheBound) {
  std::mt19937 rng(20261005);
  int planned = 0;
  int refused = 0;
  for (int round = 0; round < 500; ++round) {
    const RotationRequest request = RandomRequest(rng, 60, 12, 30);
    int places = 0;
    for (const RotationSetting& setting : request.settings) places += setting.capacity;
    const auto plan = PlanRotation(request);
    if (places < static_cast<int>(request.students.size())) {
      ASSERT_FALSE(plan.has_value());
      EXPECT_EQ(plan.error().fields.front().field, "settings");
      ++refused;
      continue;
    }
    ASSERT_TRUE(plan.has_value()) << "round " << round;
    ExpectFollowsTheRules(request, *plan);
    EXPECT_TRUE(RotationPlanRespectsRules(request, *plan).has_value()) << "round " << round;
    // Meeting the upper bound proves the plan optimal.
    EXPECT_EQ(std::make_pair(plan->min_distinct_settings, plan->total_distinct), UpperBound(request))
        << "round " << round;
    const auto again = PlanRotation(request);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(*plan, *again) << "round " << round;
    ++planned;
  }
  // The generator exercises both outcomes.
  EXPECT_GT(planned, 300);
  EXPECT_GT(refused, 10);
}

// Every plan there is, for tiny requests: each block is an assignment of students to settings within
// capacity; a plan is one such assignment per block. Returns the best (min, total) lexicographically.
std::pair<int, int> BruteForceBest(const RotationRequest& request) {
  const int n = static_cast<int>(request.students.size());
  const int settings = static_cast<int>(request.settings.size());
  std::vector<std::vector<int>> block_options;
  std::vector<int> choice(static_cast<std::size_t>(n), 0);
  for (;;) {
    std::vector<int> hosted(static_cast<std::size_t>(settings), 0);
    for (int s : choice) ++hosted[static_cast<std::size_t>(s)];
    bool fits = true;
    for (int s = 0; s < settings; ++s) {
      fits = fits && hosted[static_cast<std::size_t>(s)] <= request.settings[static_cast<std::size_t>(s)].capacity;
    }
    if (fits) block_options.push_back(choice);
    int k = 0;
    while (k < n && ++choice[static_cast<std::size_t>(k)] == settings) choice[static_cast<std::size_t>(k++)] = 0;
    if (k == n) break;
  }
  std::pair<int, int> best{-1, -1};
  const int blocks = Blocks(request);
  std::vector<std::size_t> pick(static_cast<std::size_t>(blocks), 0);
  for (;;) {
    std::vector<unsigned> seen(static_cast<std::size_t>(n), 0);
    for (std::size_t option : pick) {
      for (int i = 0; i < n; ++i) {
        seen[static_cast<std::size_t>(i)] |= 1U << block_options[option][static_cast<std::size_t>(i)];
      }
    }
    std::pair<int, int> score{settings, 0};
    for (unsigned set : seen) {
      score.first = std::min(score.first, std::popcount(set));
      score.second += std::popcount(set);
    }
    best = std::max(best, score);
    int k = 0;
    while (k < blocks && ++pick[static_cast<std::size_t>(k)] == block_options.size()) {
      pick[static_cast<std::size_t>(k++)] = 0;
    }
    if (k == blocks) break;
  }
  return best;
}

TEST(RotationPlanner, R14_TinyRequestsMatchAnExhaustiveSearch) {
  std::mt19937 rng(14);
  auto pick = [&rng](int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng); };
  int compared = 0;
  while (compared < 200) {
    const int students = pick(1, 4);
    const int settings = pick(1, 3);
    std::vector<int> capacities;
    for (int s = 0; s < settings; ++s) capacities.push_back(pick(1, 3));
    int places = 0;
    for (int capacity : capacities) places += capacity;
    if (places < students) continue;
    const int block_days = pick(1, 2);
    const int blocks = pick(1, 3);
    const RotationRequest request{Days("2026-11-02", (blocks - 1) * block_days + pick(1, block_days)), block_days,
                                  Settings(capacities), Names("s", students)};
    const auto plan = PlanRotation(request);
    ASSERT_TRUE(plan.has_value());
    ExpectFollowsTheRules(request, *plan);
    EXPECT_EQ(std::make_pair(plan->min_distinct_settings, plan->total_distinct), BruteForceBest(request))
        << students << " students, capacities " << ::testing::PrintToString(capacities) << ", " << blocks << " blocks";
    ++compared;
  }
}

TEST(RotationPlanner, R14_TheLimitsArePlanned) {
  // Each limit on its own keeps a debug build quick; bench/rotation_bench.cpp times them together.
  const RotationRequest most_students{Days("2027-01-01", 12), 2, Settings(std::vector<int>(25, 200)),
                                      Names("s", kMaxRotationStudents)};
  const auto wide = PlanRotation(most_students);
  ASSERT_TRUE(wide.has_value());
  EXPECT_TRUE(RotationPlanRespectsRules(most_students, *wide).has_value());
  EXPECT_EQ(wide->min_distinct_settings, 6);

  const RotationRequest most_days{Days("2027-01-01", kMaxRotationDays), 1, Settings(std::vector<int>(40, 3)),
                                  Names("s", 100)};
  const auto long_plan = PlanRotation(most_days);
  ASSERT_TRUE(long_plan.has_value());
  ExpectFollowsTheRules(most_days, *long_plan);
  EXPECT_EQ(long_plan->min_distinct_settings, 40);
}

// ---------------------------------------------------------------------------------------------------------
// Validation

TEST(RotationRequestValidation, R14_AValidRequestPasses) {
  EXPECT_TRUE(RotationRequestIsValid({Days("2026-10-05", 2), 1, Settings({1}), {"an"}}).has_value());
}

TEST(RotationRequestValidation, R14_EverythingMissingIsReportedAtOnce) {
  EXPECT_EQ(ErrorsOf(RotationRequestIsValid({{}, 0, {}, {}})),
            (std::vector<FieldError>{{"days", "Kies minstens één dag."},
                                     {"block_days", "Een blok telt 1 tot 366 dagen."},
                                     {"settings", "Voeg minstens één werkplek toe."},
                                     {"students", "Voeg minstens één student toe."}}));
}

TEST(RotationRequestValidation, R14_DaysAreRealAndStrictlyAscending) {
  using namespace std::chrono;
  const Date impossible = year{2026} / February / 30;
  EXPECT_EQ(
      ErrorsOf(RotationRequestIsValid({{D("2026-10-05"), impossible, D("2026-10-07"), D("2026-10-07"), D("2026-10-06")},
                                       1,
                                       Settings({5}),
                                       {"an"}})),
      (std::vector<FieldError>{{"days[1]", "Geen geldige datum."},
                               {"days[3]", "De dagen moeten in volgorde staan, elke dag één keer."},
                               {"days[4]", "De dagen moeten in volgorde staan, elke dag één keer."}}));
}

TEST(RotationRequestValidation, R14_AtMost366Days) {
  EXPECT_TRUE(RotationRequestIsValid({Days("2027-01-01", 366), 1, Settings({1}), {"an"}}).has_value());
  EXPECT_EQ(FieldsOf(RotationRequestIsValid({Days("2027-01-01", 367), 1, Settings({1}), {"an"}})),
            (std::vector<std::string>{"days"}));
}

TEST(RotationRequestValidation, R14_BlockDaysFromOneTo366) {
  const auto with_block = [](int block_days) {
    return RotationRequestIsValid({Days("2027-01-01", 3), block_days, Settings({1}), {"an"}});
  };
  EXPECT_TRUE(with_block(1).has_value());
  EXPECT_TRUE(with_block(366).has_value());  // longer than the days: one block
  EXPECT_EQ(FieldsOf(with_block(0)), (std::vector<std::string>{"block_days"}));
  EXPECT_EQ(FieldsOf(with_block(367)), (std::vector<std::string>{"block_days"}));
}

TEST(RotationRequestValidation, R14_SettingsHaveAUniqueIdAndACapacityFromOneTo1000) {
  EXPECT_EQ(ErrorsOf(RotationRequestIsValid(
                {Days("2027-01-01", 3), 1, {{"payroll", 1000}, {" ", 1}, {"payroll", 0}, {"hr", 1001}}, {"an"}})),
            (std::vector<FieldError>{{"settings[1].id", "Vul de code van de werkplek in."},
                                     {"settings[2].id", "Deze werkplek staat al eerder in de lijst."},
                                     {"settings[2].capacity", "De capaciteit is een getal van 1 tot 1000."},
                                     {"settings[3].capacity", "De capaciteit is een getal van 1 tot 1000."}}));
  EXPECT_EQ(FieldsOf(RotationRequestIsValid(
                {Days("2027-01-01", 3), 1, Settings(std::vector<int>(kMaxRotationSettings + 1, 1)), {"an"}})),
            (std::vector<std::string>{"settings"}));
}

TEST(RotationRequestValidation, R14_StudentsAreUniqueAndAtMost5000) {
  EXPECT_EQ(ErrorsOf(RotationRequestIsValid({Days("2027-01-01", 3), 1, Settings({5}), {"an", "", "an"}})),
            (std::vector<FieldError>{{"students[1]", "Vul de student in."},
                                     {"students[2]", "Deze student staat al eerder in de lijst."}}));
  EXPECT_TRUE(
      RotationRequestIsValid({Days("2027-01-01", 3), 1, Settings({5}), Names("s", kMaxRotationStudents)}).has_value());
  EXPECT_EQ(
      FieldsOf(RotationRequestIsValid({Days("2027-01-01", 3), 1, Settings({5}), Names("s", kMaxRotationStudents + 1)})),
      (std::vector<std::string>{"students"}));
}

TEST(RotationRequestValidation, R14_PlanningAnInvalidRequestReportsTheFieldsNotTheCapacity) {
  const auto plan = PlanRotation({Days("2027-01-01", 3), 0, Settings({1}), {"an", "bo"}});
  ASSERT_FALSE(plan.has_value());
  EXPECT_EQ(plan.error().fields, (std::vector<FieldError>{{"block_days", "Een blok telt 1 tot 366 dagen."}}));
}

// ---------------------------------------------------------------------------------------------------------
// Checking a hand-adjusted plan

class HandAdjustedPlan : public ::testing::Test {
 protected:
  // Two blocks of two days; A hosts 2, B hosts 1.
  RotationRequest request_{Days("2026-10-05", 4), 2, {{"A", 2}, {"B", 1}}, {"an", "bo", "cas"}};
  RotationPlan plan_ = PlanRotation(request_).value();

  RotationAssignment& At(std::string_view student, int day) {
    for (RotationAssignment& a : plan_.assignments) {
      if (a.student == student && a.date == request_.days[static_cast<std::size_t>(day)]) return a;
    }
    ADD_FAILURE() << "no assignment";
    return plan_.assignments.front();
  }
  std::string Other(const std::string& setting) { return setting == "A" ? "B" : "A"; }
};

TEST_F(HandAdjustedPlan, R14_ThePlannersOwnPlanPasses) {
  EXPECT_TRUE(RotationPlanRespectsRules(request_, plan_).has_value());
}

TEST_F(HandAdjustedPlan, R14_UnknownStudentDayOrSettingIsNamed) {
  plan_.assignments[0].student = "zoë";
  plan_.assignments[1].date = D("2026-10-04");
  plan_.assignments[2].setting = "C";
  const auto fields = FieldsOf(RotationPlanRespectsRules(request_, plan_));
  ASSERT_GE(fields.size(), 3U);
  EXPECT_EQ(fields[0], "assignments[0].student");
  EXPECT_EQ(fields[1], "assignments[1].date");
  EXPECT_EQ(fields[2], "assignments[2].setting");
}

TEST_F(HandAdjustedPlan, R14_AMissingDayIsRefused) {
  plan_.assignments.pop_back();  // cas, last day
  EXPECT_EQ(ErrorsOf(RotationPlanRespectsRules(request_, plan_)),
            (std::vector<FieldError>{{"assignments", "cas heeft op 08/10/2026 geen werkplek."}}));
}

TEST_F(HandAdjustedPlan, R14_TwiceOnOneDayIsRefused) {
  plan_.assignments.push_back(plan_.assignments.front());
  EXPECT_EQ(ErrorsOf(RotationPlanRespectsRules(request_, plan_)),
            (std::vector<FieldError>{{"assignments[12].date", "an staat op 05/10/2026 al ingepland."}}));
}

TEST_F(HandAdjustedPlan, R14_ChangingSettingInsideABlockIsRefused) {
  // Swap an and the student at the other setting on the second day only: capacity stays fine.
  RotationAssignment& an = At("an", 1);
  for (const char* other : {"bo", "cas"}) {
    RotationAssignment& them = At(other, 1);
    if (them.setting != an.setting) {
      std::swap(an.setting, them.setting);
      break;
    }
  }
  const auto errors = ErrorsOf(RotationPlanRespectsRules(request_, plan_));
  ASSERT_EQ(errors.size(), 2U);
  EXPECT_EQ(errors[0],
            (FieldError{"assignments", "an wisselt van werkplek binnen het blok van 05/10/2026 tot 06/10/2026."}));
  EXPECT_EQ(errors[1].field, "assignments");
}

TEST_F(HandAdjustedPlan, R14_OverCapacityIsRefused) {
  // Everyone at A in the second block: three students where two fit.
  for (int day : {2, 3}) {
    for (const char* student : {"an", "bo", "cas"}) At(student, day).setting = "A";
  }
  EXPECT_EQ(ErrorsOf(RotationPlanRespectsRules(request_, plan_)),
            (std::vector<FieldError>{
                {"assignments", "Op 07/10/2026 zijn er 3 studenten bij A, maar er is plaats voor 2 studenten."},
                {"assignments", "Op 08/10/2026 zijn er 3 studenten bij A, maar er is plaats voor 2 studenten."}}));
}

TEST(RotationPlanCheck, R14_AnEmptyPlanReportsTheFirstProblemsOnly) {
  const RotationRequest big{Days("2026-10-05", 4), 2, {{"A", 50}}, Names("s", 30)};
  const auto errors = ErrorsOf(RotationPlanRespectsRules(big, RotationPlan{}));
  ASSERT_EQ(errors.size(), 21U);
  EXPECT_EQ(errors.back(), (FieldError{"assignments", "En nog 10 andere problemen."}));
}

TEST_F(HandAdjustedPlan, R14_AnInvalidRequestIsReportedFirst) {
  request_.students.push_back("an");
  EXPECT_EQ(FieldsOf(RotationPlanRespectsRules(request_, plan_)), (std::vector<std::string>{"students[3]"}));
}

TEST(DistinctSettings, R14_CountsPerStudentAndInTotal) {
  const RotationRequest request{Days("2026-10-05", 2), 1, {{"A", 2}, {"B", 2}}, {"an", "bo"}};
  const std::vector<RotationAssignment> assignments{{"an", request.days[0], "A"},
                                                    {"bo", request.days[0], "A"},
                                                    {"an", request.days[1], "B"},
                                                    {"bo", request.days[1], "A"}};
  const DistinctSettings distinct = CountDistinctSettings(request, assignments);
  EXPECT_EQ(distinct.min_per_student, 1);
  EXPECT_EQ(distinct.total, 3);
}

}  // namespace
}  // namespace leerplek::domain
