#include "leerplek/domain/assessment.hpp"

#include <gtest/gtest.h>

#include <set>

namespace leerplek::domain {
namespace {

// Three criteria on the four default levels O, V, G, ZG.
Rubric ThreeCriteria() {
  Rubric r;
  r.levels = {{"O", "onvoldoende", 0}, {"V", "voldoende", 2}, {"G", "goed", 3}, {"ZG", "zeer goed", 4}};
  for (const char* code : {"communicatie", "discretie", "reflectie"}) {
    RubricCriterion c;
    c.code = code;
    c.title = std::string("Titel ") + code;
    r.criteria.push_back(c);
  }
  return r;
}

template <typename T>
std::set<std::string> Fields(const Result<T>& r) {
  std::set<std::string> out;
  if (!r) {
    for (const auto& f : r.error().fields) out.insert(f.field);
  }
  return out;
}

TEST(R18Rating, FitsTheRubricOrNamesTheCriterion) {
  EXPECT_TRUE(
      RatingsFitRubric(ThreeCriteria(), {{"communicatie", "G", "Vlot aan de telefoon"}, {"discretie", "", ""}}));
  Status bad = RatingsFitRubric(ThreeCriteria(), {{"communicatie", "X", ""}, {"humor", "G", ""}});
  EXPECT_EQ(Fields(bad), (std::set<std::string>{"ratings.communicatie", "ratings.humor"}));
  bad = RatingsFitRubric(ThreeCriteria(), {{"reflectie", "V", std::string(kMaxRatingComment + 1, 'x')}});
  EXPECT_EQ(Fields(bad), std::set<std::string>{"ratings.reflectie.comment"});
  EXPECT_TRUE(RatingsFitRubric(ThreeCriteria(), {{"reflectie", "V", std::string(kMaxRatingComment, 'x')}}));
}

TEST(R18Rating, ShowsWhichCriteriaAreStillEmpty) {
  EXPECT_EQ(EmptyCriteria(ThreeCriteria(), {{"discretie", "G", ""}, {"reflectie", "", "nog bespreken"}}),
            (std::vector<std::string>{"communicatie", "reflectie"}));
  EXPECT_TRUE(
      EmptyCriteria(ThreeCriteria(), {{"communicatie", "V", ""}, {"discretie", "G", ""}, {"reflectie", "ZG", ""}})
          .empty());
}

TEST(R18Rating, ASubmittedFinalRatingIsLockedUntilTheSupervisorReopensIt) {
  EXPECT_TRUE(MentorMayEdit(AssessmentState::kDraft));
  EXPECT_EQ(MentorMayEdit(AssessmentState::kSubmitted).error().code, ErrorCode::kFailedPrecondition);
  EXPECT_TRUE(ReopenIsAllowed(AssessmentState::kSubmitted, "Mentor vergat twee criteria", false));
  EXPECT_EQ(Fields(ReopenIsAllowed(AssessmentState::kSubmitted, "  ", false)), std::set<std::string>{"reason"});
  EXPECT_EQ(ReopenIsAllowed(AssessmentState::kDraft, "reden", false).error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(ReopenIsAllowed(AssessmentState::kSubmitted, "reden", true).error().code, ErrorCode::kFailedPrecondition);
}

TEST(R19Meeting, EveryChangeOfLevelNeedsAReasonACommentDoesNot) {
  const std::vector<CriterionRating> mentor = {{"communicatie", "V", "Soms onduidelijk"}, {"discretie", "G", ""}};
  Result<std::vector<RatingChange>> r = MeetingChanges(
      ThreeCriteria(), AssessmentState::kSubmitted, mentor,
      {{"communicatie", "G", "Soms onduidelijk"}, {"discretie", "G", "Besproken: ok"}, {"reflectie", "V", ""}},
      {{"communicatie", "Voorbeelden van klantgesprekken besproken"}});
  EXPECT_EQ(Fields(r), std::set<std::string>{"ratings.reflectie.reason"});
  r = MeetingChanges(
      ThreeCriteria(), AssessmentState::kSubmitted, mentor,
      {{"communicatie", "G", "Soms onduidelijk"}, {"discretie", "G", "Besproken: ok"}, {"reflectie", "V", ""}},
      {{"communicatie", "Voorbeelden besproken"}, {"reflectie", "Aangevuld in het gesprek"}});
  ASSERT_TRUE(r);
  ASSERT_EQ(r->size(), 3U);
  EXPECT_EQ((*r)[0],
            (RatingChange{"communicatie", "V", "G", "Soms onduidelijk", "Soms onduidelijk", "Voorbeelden besproken"}));
  EXPECT_EQ((*r)[1].reason, "");  // only the comment was annotated
  EXPECT_EQ((*r)[2].old_level, "");
  const std::vector<CriterionRating> after = ApplyChanges(ThreeCriteria(), mentor, *r);
  EXPECT_EQ(after, (std::vector<CriterionRating>{{"communicatie", "G", "Soms onduidelijk"},
                                                 {"discretie", "G", "Besproken: ok"},
                                                 {"reflectie", "V", ""}}));
}

TEST(R19Meeting, StartsFromTheSubmittedRatingAndIgnoresWhatDidNotChange) {
  const std::vector<CriterionRating> mentor = {{"communicatie", "V", ""}};
  EXPECT_EQ(
      MeetingChanges(ThreeCriteria(), AssessmentState::kDraft, mentor, {{"communicatie", "G", ""}}, {}).error().code,
      ErrorCode::kFailedPrecondition);
  Result<std::vector<RatingChange>> r =
      MeetingChanges(ThreeCriteria(), AssessmentState::kSubmitted, mentor, {{"communicatie", "V", ""}}, {});
  ASSERT_TRUE(r);
  EXPECT_TRUE(r->empty());
  EXPECT_EQ(Fields(MeetingChanges(ThreeCriteria(), AssessmentState::kSubmitted, mentor, {{"humor", "V", ""}}, {})),
            std::set<std::string>{"ratings.humor"});
}

TEST(R21SelfAssessment, SubmittingNeedsEveryLevelJustifiedTheReflectionAndAGrowthPoint) {
  Assessment self;
  self.kind = AssessmentKind::kSelf;
  self.ratings = {{"communicatie", "G", "Ik belde zelf kandidaten op"}, {"discretie", "ZG", ""}};
  EXPECT_TRUE(SelfAssessmentIsValid(ThreeCriteria(), self, {}, false));
  Status s = SelfAssessmentIsValid(ThreeCriteria(), self, {}, true);
  EXPECT_EQ(Fields(s), (std::set<std::string>{"ratings.discretie", "ratings.reflectie", "reflection.situation",
                                              "reflection.task", "reflection.action", "reflection.result",
                                              "reflection.reflection", "growth_points"}));
  self.ratings = {{"communicatie", "G", "a"}, {"discretie", "ZG", "b"}, {"reflectie", "V", "c"}};
  self.reflection = {"Drukke week", "Vacatures plaatsen", "Zelf teksten geschreven", "Drie sollicitanten",
                     "Eerder om feedback vragen"};
  const Date due = ParseIsoDate("2027-03-01").value_or(Date{});
  EXPECT_TRUE(SelfAssessmentIsValid(ThreeCriteria(), self, {{"Feedback vragen na elk gesprek", due}}, true));
  EXPECT_EQ(Fields(SelfAssessmentIsValid(ThreeCriteria(), self, {{" ", due}}, true)),
            std::set<std::string>{"growth_points[0].action"});
  std::vector<GrowthPoint> many(kMaxGrowthPoints + 1, GrowthPoint{"x", due});
  EXPECT_EQ(Fields(SelfAssessmentIsValid(ThreeCriteria(), self, many, true)), std::set<std::string>{"growth_points"});
}

TEST(R21Comparison, SideBySideWithTheDifferenceInSteps) {
  const std::vector<ComparisonRow> rows =
      CompareRatings(ThreeCriteria(), {{"communicatie", "V", ""}, {"discretie", "ZG", ""}},
                     {{"communicatie", "ZG", ""}, {"discretie", "G", ""}, {"reflectie", "G", ""}});
  ASSERT_EQ(rows.size(), 3U);
  EXPECT_EQ(rows[0].difference, 2);   // the student rates two steps higher
  EXPECT_EQ(rows[1].difference, -1);  // one lower
  EXPECT_EQ(rows[2].mentor_level, "");
  EXPECT_FALSE(rows[2].difference.has_value());
}

TEST(R20Finalise, TheCalculationStandsOrAnOverrideHasAReason) {
  Result<FinalScore> r = FinaliseScore(13, std::nullopt, "");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->final_score, 13);
  EXPECT_EQ(Fields(FinaliseScore(13, 14, " ")), std::set<std::string>{"override_reason"});
  r = FinaliseScore(13, 14, "Sterk eindwerk dat de rubric niet vat");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->final_score, 14);
  EXPECT_EQ(r->override_reason, "Sterk eindwerk dat de rubric niet vat");
  r = FinaliseScore(13, 13, "");  // the same number is no override
  ASSERT_TRUE(r);
  EXPECT_EQ(r->override_reason, "");
  EXPECT_TRUE(FinaliseScore(13, 0, "reden"));
  EXPECT_TRUE(FinaliseScore(13, 20, "reden"));
  EXPECT_TRUE(FinaliseScore(13, 12.5, "reden"));
  EXPECT_EQ(Fields(FinaliseScore(13, 20.5, "reden")), std::set<std::string>{"final_score"});
  EXPECT_EQ(Fields(FinaliseScore(13, -0.5, "reden")), std::set<std::string>{"final_score"});
  EXPECT_EQ(Fields(FinaliseScore(13, 12.25, "reden")), std::set<std::string>{"final_score"});
  EXPECT_TRUE(ScorePasses(10));
  EXPECT_FALSE(ScorePasses(9.5));
}

TEST(R19R20Caseload, TheStepsStillDueInOrder) {
  EXPECT_EQ(
      EvaluationSteps(std::nullopt, std::nullopt, false, false, false, false),
      (std::vector<std::string>{"Wacht op de eindbeoordeling van de mentor", "Wacht op de zelfevaluatie van de student",
                                "Driehoeksgesprek plannen", "Score vastleggen"}));
  EXPECT_EQ(EvaluationSteps(AssessmentState::kSubmitted, AssessmentState::kSubmitted, true, false, false, false),
            (std::vector<std::string>{"Driehoeksgesprek houden", "Score vastleggen"}));
  EXPECT_EQ(EvaluationSteps(AssessmentState::kSubmitted, AssessmentState::kSubmitted, true, true, true, false),
            std::vector<std::string>{"Score vrijgeven"});
  EXPECT_TRUE(EvaluationSteps(AssessmentState::kSubmitted, AssessmentState::kDraft, true, true, true, true).empty());
}

}  // namespace
}  // namespace leerplek::domain
