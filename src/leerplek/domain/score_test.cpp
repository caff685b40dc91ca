#include "leerplek/domain/score.hpp"

#include <gtest/gtest.h>

#include <set>

namespace leerplek::domain {
namespace {

// Four levels 0–3, two criteria weighted 1 and 3 (the second a knock-out), three mandatory moments.
ScoringScheme Scheme() {
  ScoringScheme s;
  s.levels = {{"O", 0}, {"V", 1}, {"G", 2}, {"ZG", 3}};
  s.criteria = {{"samenwerken", 1, false}, {"professioneel", 3, true}};
  s.knock_out_cap = 9;
  s.attendance = {3, 1.0, 0.5};
  return s;
}

std::set<std::string> Fields(const Result<ScoreResult>& r) {
  std::set<std::string> out;
  if (!r) {
    for (const auto& f : r.error().fields) out.insert(f.field);
  }
  return out;
}

TEST(R20Score, RawIsTwentyTimesWeightedPointsOverTheMaximum) {
  Result<ScoreResult> r = CalculateScore(Scheme(), {{"samenwerken", "ZG"}, {"professioneel", "G"}}, 3);
  ASSERT_TRUE(r);
  EXPECT_DOUBLE_EQ(r->raw, 20.0 * (3 + 3 * 2) / (3 + 3 * 3));  // 15
  EXPECT_DOUBLE_EQ(r->score, 15);
  ASSERT_EQ(r->steps.size(), 4U);  // raw, attendance, clamp, rounding
  EXPECT_DOUBLE_EQ(r->steps[0].value, 15);
}

TEST(R20Score, EachMissedMandatoryMomentCostsThePenaltyNeverBelowZeroMissed) {
  ScoringScheme s = Scheme();
  s.attendance.fail_below_ratio = 0;
  Result<ScoreResult> r = CalculateScore(s, {{"samenwerken", "ZG"}, {"professioneel", "G"}}, 1);
  ASSERT_TRUE(r);
  EXPECT_DOUBLE_EQ(r->steps[1].value, 13);  // 15 − 2 × 1
  EXPECT_DOUBLE_EQ(r->score, 13);
  r = CalculateScore(s, {{"samenwerken", "ZG"}, {"professioneel", "G"}}, 5);  // more than mandatory
  EXPECT_DOUBLE_EQ(r->steps[1].value, 15);
}

TEST(R20Score, TheScoreIsClampedBetweenZeroAndTwenty) {
  ScoringScheme s = Scheme();
  s.attendance = {3, 10.0, 0};
  Result<ScoreResult> r = CalculateScore(s, {{"samenwerken", "V"}, {"professioneel", "V"}}, 0);
  ASSERT_TRUE(r);
  EXPECT_LT(r->steps[1].value, 0);
  EXPECT_DOUBLE_EQ(r->steps[2].value, 0);
  EXPECT_DOUBLE_EQ(r->score, 0);
  s.attendance = {0, 0, 0};
  s.levels = {{"O", 0}, {"ZG", 3}};
  r = CalculateScore(s, {{"samenwerken", "ZG"}, {"professioneel", "ZG"}}, 0);
  EXPECT_DOUBLE_EQ(r->score, 20);
}

TEST(R20Score, TheLowestLevelOnAKnockOutCriterionCapsTheScore) {
  // 20 × (3 + 0) / 12 = 5: already under the cap; with a higher weight elsewhere it is capped.
  ScoringScheme s = Scheme();
  s.criteria = {{"samenwerken", 10, false}, {"professioneel", 1, true}};
  Result<ScoreResult> r = CalculateScore(s, {{"samenwerken", "ZG"}, {"professioneel", "O"}}, 3);
  ASSERT_TRUE(r);
  EXPECT_NEAR(r->raw, 20.0 * 30 / 33, 1e-9);  // 18.18…
  EXPECT_DOUBLE_EQ(r->score, 9);
  EXPECT_NE(r->steps[3].label.find("knock-out"), std::string::npos) << r->steps[3].label;
  // The lowest level on a criterion that is no knock-out does not cap.
  s.criteria[1].knock_out = false;
  EXPECT_DOUBLE_EQ(CalculateScore(s, {{"samenwerken", "ZG"}, {"professioneel", "O"}}, 3)->score, 18);
}

TEST(R20Score, AttendanceBelowTheRatioCapsButAtTheRatioDoesNot) {
  ScoringScheme s = Scheme();
  s.attendance = {4, 0, 0.5};
  const std::map<std::string, std::string> good{{"samenwerken", "ZG"}, {"professioneel", "ZG"}};
  EXPECT_DOUBLE_EQ(CalculateScore(s, good, 2)->score, 20);  // 2/4 = 0.5: not below
  Result<ScoreResult> r = CalculateScore(s, good, 1);       // 1/4 below 0.5
  ASSERT_TRUE(r);
  EXPECT_DOUBLE_EQ(r->score, 9);
  EXPECT_NE(r->steps[3].label.find("1 van 4"), std::string::npos) << r->steps[3].label;
}

// A scheme whose raw score is exactly `raw` (one criterion, levels 0 and 20).
Result<ScoreResult> Exactly(double raw, ScoreRounding rounding) {
  ScoringScheme s;
  s.levels = {{"laag", 0}, {"x", raw}, {"hoog", 20}};
  s.criteria = {{"c", 1, false}};
  s.rounding = rounding;
  return CalculateScore(s, {{"c", "x"}}, 0);
}

TEST(R20Score, IntegerRoundingIsHalfUp) {
  EXPECT_DOUBLE_EQ(Exactly(12.25, ScoreRounding::kInteger)->score, 12);
  EXPECT_DOUBLE_EQ(Exactly(12.5, ScoreRounding::kInteger)->score, 13);
  EXPECT_DOUBLE_EQ(Exactly(12.75, ScoreRounding::kInteger)->score, 13);
}

TEST(R20Score, HalfRoundingGoesToTheNearestHalfHalfUp) {
  EXPECT_DOUBLE_EQ(Exactly(12.25, ScoreRounding::kHalf)->score, 12.5);
  EXPECT_DOUBLE_EQ(Exactly(12.5, ScoreRounding::kHalf)->score, 12.5);
  EXPECT_DOUBLE_EQ(Exactly(12.75, ScoreRounding::kHalf)->score, 13);
  EXPECT_DOUBLE_EQ(Exactly(12.2, ScoreRounding::kHalf)->score, 12);
}

TEST(R20Score, MissingAndUnknownRatingsAndBadWeightsAreNamed) {
  ScoringScheme s = Scheme();
  EXPECT_EQ(Fields(CalculateScore(s, {{"samenwerken", "ZG"}}, 3)), std::set<std::string>{"ratings.professioneel"});
  EXPECT_EQ(Fields(CalculateScore(s, {{"samenwerken", "ZG"}, {"professioneel", "X"}}, 3)),
            std::set<std::string>{"ratings.professioneel"});
  EXPECT_EQ(Fields(CalculateScore(s, {{"samenwerken", "ZG"}, {"professioneel", "G"}, {"extra", "G"}}, 3)),
            std::set<std::string>{"ratings.extra"});
  s.criteria[0].weight = 0;
  EXPECT_EQ(Fields(CalculateScore(s, {{"samenwerken", "ZG"}, {"professioneel", "G"}}, 3)),
            std::set<std::string>{"scheme.criteria[0].weight"});
  s.criteria[0].weight = -1;
  EXPECT_EQ(Fields(CalculateScore(s, {{"samenwerken", "ZG"}, {"professioneel", "G"}}, 3)),
            std::set<std::string>{"scheme.criteria[0].weight"});
  EXPECT_EQ(Fields(CalculateScore(Scheme(), {{"samenwerken", "ZG"}, {"professioneel", "G"}}, -1)),
            std::set<std::string>{"attended"});
  ScoringScheme no_levels = Scheme();
  no_levels.levels.clear();
  EXPECT_TRUE(
      Fields(CalculateScore(no_levels, {{"samenwerken", "ZG"}, {"professioneel", "G"}}, 3)).contains("scheme.levels"));
}

}  // namespace
}  // namespace leerplek::domain
