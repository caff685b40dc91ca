// Ratings on a module's rubric (issue 6): the mentor's interim feedback and final rating (R18), changes in
// the tripartite meeting (R19), the student's self-assessment with reflection and growth points (R21), and
// the score the supervisor finalises (R20). The rubric itself is in rubric.hpp, the calculation in score.hpp.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "leerplek/domain/calendar.hpp"
#include "leerplek/domain/ids.hpp"
#include "leerplek/domain/placement.hpp"
#include "leerplek/domain/result.hpp"
#include "leerplek/domain/rubric.hpp"
#include "leerplek/domain/time.hpp"

namespace leerplek::domain {

using AssessmentId = Id<struct AssessmentTag>;
using RubricId = Id<struct RubricTag>;

enum class AssessmentKind { kInterim, kFinal, kSelf };
std::string_view AssessmentKindCode(AssessmentKind kind);  // "interim", "final", "self"
std::optional<AssessmentKind> ParseAssessmentKind(std::string_view code);

enum class AssessmentState { kDraft, kSubmitted };
std::string_view AssessmentStateCode(AssessmentState state);  // "draft", "submitted"
std::optional<AssessmentState> ParseAssessmentState(std::string_view code);

inline constexpr std::size_t kMaxRatingComment = 2000;
inline constexpr std::size_t kMaxReflectionText = 4000;
inline constexpr std::size_t kMaxGrowthPoints = 10;

// One criterion's rating: a level code ("" while empty) and the rater's comment (for the student: the
// justification of the self-assessment).
struct CriterionRating {
  std::string criterion;
  std::string level;
  std::string comment;
  bool operator==(const CriterionRating&) const = default;
};

// R21: the reflection, guided as STARR (situatie, taak, actie, resultaat, reflectie).
struct Reflection {
  std::string situation;
  std::string task;
  std::string action;
  std::string result;
  std::string reflection;
  bool operator==(const Reflection&) const = default;
};

// R21: a concrete action the student takes from the module, with the date it is due.
struct GrowthPoint {
  std::string action;
  Date due;
  bool operator==(const GrowthPoint&) const = default;
};

struct Assessment {
  AssessmentId id;
  PlacementId placement;
  AssessmentKind kind = AssessmentKind::kFinal;
  RubricId rubric;
  std::optional<Date> moment;  // interim feedback: the day it was given
  AssessmentState state = AssessmentState::kDraft;
  std::vector<CriterionRating> ratings;  // in the rubric's order; only criteria with a level or comment
  std::string comment;                   // overall
  Reflection reflection;                 // self-assessment only
  int version = 0;  // 1 for the first save; every save, submission, reopening, meeting change adds one
  UserId author;    // the mentor or the student
  UserId updated_by;
  Timestamp updated_at{};
  std::optional<Timestamp> submitted_at;
};

// R18: every rated criterion and level is in the rubric, a criterion at most once, comments not too long
// (fields "ratings.<criterion>" and "ratings.<criterion>.comment").
Status RatingsFitRubric(const Rubric& rubric, const std::vector<CriterionRating>& ratings);

// R18 "as complete as possible": the rubric's criteria without a level, in the rubric's order.
std::vector<std::string> EmptyCriteria(const Rubric& rubric, const std::vector<CriterionRating>& ratings);

// R18: the levels as the score takes them (criteria with a level only).
std::map<std::string, std::string> LevelsOf(const std::vector<CriterionRating>& ratings);

// R18: a submitted final rating is locked for the mentor; the supervisor reopens it with a reason
// ("reason"), and only while the score is not finalised.
Status MentorMayEdit(AssessmentState state);
Status ReopenIsAllowed(AssessmentState state, std::string_view reason, bool score_finalised);

// R19: one change the supervisor makes during the tripartite meeting.
struct RatingChange {
  std::string criterion;
  std::string old_level;
  std::string new_level;
  std::string old_comment;
  std::string new_comment;
  std::string reason;
  bool operator==(const RatingChange&) const = default;
};

// R19: the meeting starts from the mentor's submitted rating ("Het driehoeksgesprek vertrekt van de
// ingediende beoordeling van de mentor."). `proposed` holds the criteria the supervisor touches, with the
// reason in `reasons` (criterion → text). Every change of level needs a reason
// ("ratings.<criterion>.reason"); a comment may be completed or annotated without one. The changes, in the
// rubric's order; none is refused (nothing to store).
Result<std::vector<RatingChange>> MeetingChanges(const Rubric& rubric, AssessmentState mentor_state,
                                                 const std::vector<CriterionRating>& current,
                                                 const std::vector<CriterionRating>& proposed,
                                                 const std::map<std::string, std::string>& reasons);

// `current` with `changes` applied, in the rubric's order.
std::vector<CriterionRating> ApplyChanges(const Rubric& rubric, const std::vector<CriterionRating>& current,
                                          const std::vector<RatingChange>& changes);

// R21: submitting the self-assessment needs every criterion rated with a justification
// ("ratings.<criterion>"), the five parts of the reflection ("reflection.situation", …) and at least one
// growth point; every growth point has an action and a due date ("growth_points[i].action"), at most
// kMaxGrowthPoints. A draft is only checked on lengths.
Status SelfAssessmentIsValid(const Rubric& rubric, const Assessment& self,
                             const std::vector<GrowthPoint>& growth_points, bool submitting);

// R21: mentor and student side by side, per criterion in the rubric's order. `difference` is the student's
// level minus the mentor's in steps of the scale (positive: the student rates higher), absent when either
// is empty.
struct ComparisonRow {
  std::string criterion;
  std::string mentor_level;
  std::string self_level;
  std::optional<int> difference;
};
std::vector<ComparisonRow> CompareRatings(const Rubric& rubric, const std::vector<CriterionRating>& mentor,
                                          const std::vector<CriterionRating>& self);

// R20: the score the supervisor finalises. Without an override it is the calculated score; an override
// is a score 0–20 in halves ("final_score") and needs a written reason ("override_reason") when it differs
// from the calculation.
struct FinalScore {
  double calculated = 0;
  double final_score = 0;
  std::string override_reason;  // empty when the calculation stands
};
Result<FinalScore> FinaliseScore(double calculated, std::optional<double> override_score, std::string_view reason);

// What the placement's supervisor still sees to in its evaluation, in order, in Dutch (the caseload):
// the mentor's final rating, the student's self-assessment (R21), the tripartite meeting (R19), the score
// (R20) and its release. Empty when all is done.
std::vector<std::string> EvaluationSteps(std::optional<AssessmentState> final_state,
                                         std::optional<AssessmentState> self_state, bool meeting_planned,
                                         bool meeting_held, bool score_finalised, bool score_released);

// R20: a score passes at 10 out of 20.
inline bool ScorePasses(double score) { return score >= 10; }

}  // namespace leerplek::domain
