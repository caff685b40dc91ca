// The evaluation of a placement (issue 6): the module's rubric with its scoring scheme (R18, R20), the
// mentor's interim feedback and final rating (R18), the tripartite meeting (R19), the student's
// self-assessment and reflection (R21) and the score the supervisor finalises and releases (R20).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "leerplek/app/context.hpp"
#include "leerplek/app/placements.hpp"
#include "leerplek/domain/assessment.hpp"
#include "leerplek/domain/rubric.hpp"
#include "leerplek/domain/score.hpp"

namespace leerplek::app {

// --- the contract POST /scores/preview: the score procedure alone, nothing stored (R20)
Result<domain::ScoreResult> PreviewScore(const domain::ScoringScheme& scheme,
                                         const std::map<std::string, std::string>& ratings, int attended);

// --- rubrics (programme staff read them, the programme lead edits them)
struct RubricSummary {
  std::string module;
  std::string module_name;
  std::optional<RubricRecord> latest;  // without content
};
Result<std::vector<RubricSummary>> ListRubrics(const AppContext& ctx, const Actor& actor,
                                               domain::ProgrammeId programme);

struct RubricView {
  std::string module;
  std::string module_name;
  std::vector<std::string> goals;
  std::optional<RubricRecord> current;  // the latest version, with content
  std::vector<RubricRecord> versions;   // newest first, without content
};
Result<RubricView> GetRubric(const AppContext& ctx, const Actor& actor, domain::ProgrammeId programme,
                             const std::string& module);

struct SavedRubric {
  RubricView view;
  domain::RubricSave outcome = domain::RubricSave::kUnchanged;
};
Result<SavedRubric> SaveRubric(const AppContext& ctx, const Actor& actor, domain::ProgrammeId programme,
                               const std::string& module, const domain::Rubric& rubric);

// Inside a curriculum import's unit of work: the rubrics it ships become each module's latest version
// (R18: a used version stays and a new one is made).
void StoreCurriculumRubrics(Repositories& repos, domain::ProgrammeId programme, const domain::Curriculum& curriculum,
                            std::optional<UserId> by, Timestamp now);

// --- one placement's evaluation
struct EvaluationView {
  PlacementView placement;
  std::optional<RubricRecord> rubric;  // the version its ratings use; absent while the module has none
  bool is_student = false;
  bool is_mentor = false;
  bool is_supervisor = false;                      // the placement's own
  std::vector<domain::Assessment> interim;         // by day
  std::optional<domain::Assessment> final_rating;  // the student sees it once submitted
  std::optional<domain::Assessment> self;          // others see it once submitted
  std::vector<domain::GrowthPoint> growth_points;  // with the self-assessment
  std::vector<std::string> empty_criteria;         // R18: of the final rating, for the mentor
  std::vector<domain::ComparisonRow> comparison;   // R21: when both are there to see
  std::optional<MeetingRecord> meeting;
  std::map<std::int64_t, std::string> names;   // authors and deciders, by user id
  std::optional<ScoreRecord> score;            // the student and mentor see it once released
  std::optional<domain::ScoreResult> preview;  // the supervisor and staff: the calculation as it stands
  int attended = 0;                            // mandatory guidance moments attended (R20)
};
Result<EvaluationView> GetEvaluation(const AppContext& ctx, const Actor& actor, domain::PlacementId placement);

struct RatingInput {
  std::vector<domain::CriterionRating> ratings;
  std::string comment;
};
// The mentor's interim feedback on a day (levels optional).
Result<EvaluationView> AddInterimFeedback(const AppContext& ctx, const Actor& actor, domain::PlacementId placement,
                                          domain::Date day, const RatingInput& input);
// The mentor's final rating; `submit` locks it (R18).
Result<EvaluationView> SaveFinalRating(const AppContext& ctx, const Actor& actor, domain::PlacementId placement,
                                       const RatingInput& input, bool submit);
// The placement's supervisor opens a submitted final rating again, with a reason (R18).
Result<EvaluationView> ReopenFinalRating(const AppContext& ctx, const Actor& actor, domain::PlacementId placement,
                                         const std::string& reason);

struct SelfInput {
  std::vector<domain::CriterionRating> ratings;  // comment = the justification
  domain::Reflection reflection;
  std::vector<domain::GrowthPoint> growth_points;
};
Result<EvaluationView> SaveSelfAssessment(const AppContext& ctx, const Actor& actor, domain::PlacementId placement,
                                          const SelfInput& input, bool submit);

struct MeetingInput {
  domain::Date date;
  int start_minutes = 0;
  std::string place;
  std::string notes;
  bool held = false;
};
// R19: the supervisor plans the meeting and keeps its notes.
Result<EvaluationView> SaveMeeting(const AppContext& ctx, const Actor& actor, domain::PlacementId placement,
                                   const MeetingInput& input);
// R19: in the meeting the supervisor completes and annotates the mentor's submitted rating; a changed
// level needs a reason (`reasons` by criterion).
Result<EvaluationView> ReviseInMeeting(const AppContext& ctx, const Actor& actor, domain::PlacementId placement,
                                       const std::vector<domain::CriterionRating>& ratings,
                                       const std::map<std::string, std::string>& reasons);

// R19: every version of the mentor's final rating, oldest first.
Result<std::vector<AssessmentVersion>> RatingHistory(const AppContext& ctx, const Actor& actor,
                                                     domain::PlacementId placement);

// --- the score (R20)
// The placement's supervisor finalises the score from the complete, submitted final rating, the module's
// scheme and the attendance; `override_score` replaces it only with a written reason. Again until released.
Result<EvaluationView> FinaliseScore(const AppContext& ctx, const Actor& actor, domain::PlacementId placement,
                                     std::optional<double> override_score, const std::string& reason);
// The student sees score and explanation from here on, and is told by e-mail.
Result<EvaluationView> ReleaseScore(const AppContext& ctx, const Actor& actor, domain::PlacementId placement);

// --- the supervisor's caseload: the placements they supervise with what is due
struct CaseloadItem {
  PlacementView placement;
  std::optional<domain::AssessmentState> final_state;
  std::optional<domain::AssessmentState> self_state;
  std::optional<MeetingRecord> meeting;
  std::optional<ScoreRecord> score;
  std::vector<std::string> due;  // Dutch, in the order to do them
};
Result<std::vector<CaseloadItem>> MyCaseload(const AppContext& ctx, const Actor& actor);

}  // namespace leerplek::app
