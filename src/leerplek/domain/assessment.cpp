#include "leerplek/domain/assessment.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include "leerplek/domain/text.hpp"

namespace leerplek::domain {
namespace {

const CriterionRating* Find(const std::vector<CriterionRating>& ratings, const std::string& criterion) {
  auto it =
      std::find_if(ratings.begin(), ratings.end(), [&](const CriterionRating& r) { return r.criterion == criterion; });
  return it == ratings.end() ? nullptr : &*it;
}

std::optional<int> LevelIndex(const Rubric& rubric, const std::string& level) {
  for (std::size_t i = 0; i < rubric.levels.size(); ++i)
    if (rubric.levels[i].code == level) return static_cast<int>(i);
  return std::nullopt;
}

void CheckLength(FieldErrors& errors, const std::string& field, std::string_view text, std::size_t max) {
  if (CodePoints(text) > max) errors.Add(field, "Houd het korter: hoogstens " + std::to_string(max) + " tekens.");
}

}  // namespace

std::string_view AssessmentKindCode(AssessmentKind kind) {
  switch (kind) {
    case AssessmentKind::kInterim: return "interim";
    case AssessmentKind::kFinal: return "final";
    case AssessmentKind::kSelf: return "self";
  }
  return "final";
}

std::optional<AssessmentKind> ParseAssessmentKind(std::string_view code) {
  for (AssessmentKind k : {AssessmentKind::kInterim, AssessmentKind::kFinal, AssessmentKind::kSelf})
    if (AssessmentKindCode(k) == code) return k;
  return std::nullopt;
}

std::string_view AssessmentStateCode(AssessmentState state) {
  return state == AssessmentState::kSubmitted ? "submitted" : "draft";
}

std::optional<AssessmentState> ParseAssessmentState(std::string_view code) {
  if (code == "draft") return AssessmentState::kDraft;
  if (code == "submitted") return AssessmentState::kSubmitted;
  return std::nullopt;
}

Status RatingsFitRubric(const Rubric& rubric, const std::vector<CriterionRating>& ratings) {
  FieldErrors errors;
  std::set<std::string> seen;
  for (const CriterionRating& r : ratings) {
    const std::string field = "ratings." + r.criterion;
    const bool known = std::any_of(rubric.criteria.begin(), rubric.criteria.end(),
                                   [&](const RubricCriterion& c) { return c.code == r.criterion; });
    if (!known) {
      errors.Add(field, "Dit criterium staat niet in de rubric.");
      continue;
    }
    if (!seen.insert(r.criterion).second) errors.Add(field, "Dit criterium staat twee keer in de beoordeling.");
    if (!r.level.empty() && !LevelIndex(rubric, r.level))
      errors.Add(
          field, "Kies een niveau uit de rubric (" + [&] {
            std::vector<std::string> codes;
            for (const RubricLevel& l : rubric.levels) codes.push_back(l.code);
            return DutchList(codes);
          }() + ").");
    CheckLength(errors, field + ".comment", r.comment, kMaxRatingComment);
  }
  if (!errors.Empty()) return errors.ToError();
  return {};
}

std::vector<std::string> EmptyCriteria(const Rubric& rubric, const std::vector<CriterionRating>& ratings) {
  std::vector<std::string> out;
  for (const RubricCriterion& c : rubric.criteria) {
    const CriterionRating* r = Find(ratings, c.code);
    if (r == nullptr || r->level.empty()) out.push_back(c.code);
  }
  return out;
}

std::map<std::string, std::string> LevelsOf(const std::vector<CriterionRating>& ratings) {
  std::map<std::string, std::string> out;
  for (const CriterionRating& r : ratings)
    if (!r.level.empty()) out[r.criterion] = r.level;
  return out;
}

Status MentorMayEdit(AssessmentState state) {
  if (state == AssessmentState::kSubmitted)
    return MakeError(ErrorCode::kFailedPrecondition,
                     "De eindbeoordeling is ingediend en vergrendeld; de werkplekbegeleider kan ze heropenen.");
  return {};
}

Status ReopenIsAllowed(AssessmentState state, std::string_view reason, bool score_finalised) {
  if (state != AssessmentState::kSubmitted)
    return MakeError(ErrorCode::kFailedPrecondition, "De eindbeoordeling is nog niet ingediend; ze staat al open.");
  if (score_finalised)
    return MakeError(ErrorCode::kFailedPrecondition,
                     "De score is al vastgelegd; een vastgelegde beoordeling gaat niet meer open.");
  if (IsBlank(reason)) return InvalidField("reason", "Schrijf waarom de beoordeling opnieuw open gaat.");
  return {};
}

Result<std::vector<RatingChange>> MeetingChanges(const Rubric& rubric, AssessmentState mentor_state,
                                                 const std::vector<CriterionRating>& current,
                                                 const std::vector<CriterionRating>& proposed,
                                                 const std::map<std::string, std::string>& reasons) {
  if (mentor_state != AssessmentState::kSubmitted)
    return MakeError(ErrorCode::kFailedPrecondition,
                     "Het driehoeksgesprek vertrekt van de ingediende beoordeling van de mentor; die is er nog niet.");
  if (Status fits = RatingsFitRubric(rubric, proposed); !fits) return fits.error();
  FieldErrors errors;
  std::vector<RatingChange> out;
  for (const RubricCriterion& c : rubric.criteria) {
    const CriterionRating* p = Find(proposed, c.code);
    if (p == nullptr) continue;
    const CriterionRating* now = Find(current, c.code);
    RatingChange change{c.code, now ? now->level : "", p->level, now ? now->comment : "", p->comment, ""};
    if (change.old_level == change.new_level && change.old_comment == change.new_comment) continue;
    auto reason = reasons.find(c.code);
    if (reason != reasons.end()) change.reason = std::string(Trimmed(reason->second));
    if (change.old_level != change.new_level && change.reason.empty())
      errors.Add("ratings." + c.code + ".reason", "Schrijf waarom het niveau verandert.");
    CheckLength(errors, "ratings." + c.code + ".reason", change.reason, kMaxRatingComment);
    out.push_back(std::move(change));
  }
  if (!errors.Empty()) return errors.ToError();
  return out;
}

std::vector<CriterionRating> ApplyChanges(const Rubric& rubric, const std::vector<CriterionRating>& current,
                                          const std::vector<RatingChange>& changes) {
  std::vector<CriterionRating> out;
  for (const RubricCriterion& c : rubric.criteria) {
    auto change =
        std::find_if(changes.begin(), changes.end(), [&](const RatingChange& ch) { return ch.criterion == c.code; });
    if (change != changes.end()) {
      if (!change->new_level.empty() || !change->new_comment.empty())
        out.push_back({c.code, change->new_level, change->new_comment});
    } else if (const CriterionRating* r = Find(current, c.code)) {
      out.push_back(*r);
    }
  }
  return out;
}

Status SelfAssessmentIsValid(const Rubric& rubric, const Assessment& self,
                             const std::vector<GrowthPoint>& growth_points, bool submitting) {
  FieldErrors errors;
  if (Status fits = RatingsFitRubric(rubric, self.ratings); !fits)
    for (const FieldError& f : fits.error().fields) errors.Add(f.field, f.message);
  const std::pair<const char*, const std::string*> parts[] = {{"situation", &self.reflection.situation},
                                                              {"task", &self.reflection.task},
                                                              {"action", &self.reflection.action},
                                                              {"result", &self.reflection.result},
                                                              {"reflection", &self.reflection.reflection}};
  const char* questions[] = {"Beschrijf de situatie.", "Beschrijf je taak.", "Beschrijf wat je deed.",
                             "Beschrijf het resultaat.", "Beschrijf wat je eruit leert."};
  for (std::size_t i = 0; i < std::size(parts); ++i) {
    const std::string field = std::string("reflection.") + parts[i].first;
    if (submitting && IsBlank(*parts[i].second)) errors.Add(field, questions[i]);
    CheckLength(errors, field, *parts[i].second, kMaxReflectionText);
  }
  if (submitting) {
    for (const RubricCriterion& c : rubric.criteria) {
      const CriterionRating* r = Find(self.ratings, c.code);
      if (r == nullptr || r->level.empty()) {
        errors.Add("ratings." + c.code, "Kies een niveau voor \"" + c.title + "\".");
      } else if (IsBlank(r->comment)) {
        errors.Add("ratings." + c.code, "Licht je niveau voor \"" + c.title + "\" kort toe.");
      }
    }
    if (growth_points.empty()) errors.Add("growth_points", "Schrijf minstens één groeipunt met een datum.");
  }
  if (growth_points.size() > kMaxGrowthPoints)
    errors.Add("growth_points", "Hoogstens " + std::to_string(kMaxGrowthPoints) + " groeipunten.");
  for (std::size_t i = 0; i < growth_points.size(); ++i) {
    const std::string field = Indexed("growth_points", i);
    if (IsBlank(growth_points[i].action)) errors.Add(field + ".action", "Schrijf wat je concreet gaat doen.");
    CheckLength(errors, field + ".action", growth_points[i].action, kMaxRatingComment);
  }
  if (!errors.Empty()) return errors.ToError();
  return {};
}

std::vector<ComparisonRow> CompareRatings(const Rubric& rubric, const std::vector<CriterionRating>& mentor,
                                          const std::vector<CriterionRating>& self) {
  std::vector<ComparisonRow> out;
  for (const RubricCriterion& c : rubric.criteria) {
    ComparisonRow row{c.code, "", "", std::nullopt};
    if (const CriterionRating* m = Find(mentor, c.code)) row.mentor_level = m->level;
    if (const CriterionRating* s = Find(self, c.code)) row.self_level = s->level;
    const std::optional<int> mi = LevelIndex(rubric, row.mentor_level);
    const std::optional<int> si = LevelIndex(rubric, row.self_level);
    if (mi && si) row.difference = *si - *mi;
    out.push_back(std::move(row));
  }
  return out;
}

Result<FinalScore> FinaliseScore(double calculated, std::optional<double> override_score, std::string_view reason) {
  FinalScore out{calculated, calculated, ""};
  if (!override_score) return out;
  const double score = *override_score;
  FieldErrors errors;
  if (!(score >= 0 && score <= 20) || std::fabs(score * 2 - std::round(score * 2)) > 1e-9)
    errors.Add("final_score", "Een score is een getal van 0 tot 20, in hele of halve punten.");
  const bool differs = std::fabs(score - calculated) > 1e-9;
  if (differs && IsBlank(reason)) errors.Add("override_reason", "Schrijf waarom de score afwijkt van de berekening.");
  if (CodePoints(reason) > kMaxRatingComment)
    errors.Add("override_reason", "Houd het korter: hoogstens " + std::to_string(kMaxRatingComment) + " tekens.");
  if (!errors.Empty()) return errors.ToError();
  out.final_score = score;
  if (differs) out.override_reason = std::string(Trimmed(reason));
  return out;
}

std::vector<std::string> EvaluationSteps(std::optional<AssessmentState> final_state,
                                         std::optional<AssessmentState> self_state, bool meeting_planned,
                                         bool meeting_held, bool score_finalised, bool score_released) {
  std::vector<std::string> out;
  if (score_released) return out;
  if (final_state != AssessmentState::kSubmitted) out.emplace_back("Wacht op de eindbeoordeling van de mentor");
  if (self_state != AssessmentState::kSubmitted) out.emplace_back("Wacht op de zelfevaluatie van de student");
  if (!meeting_planned) {
    out.emplace_back("Driehoeksgesprek plannen");
  } else if (!meeting_held) {
    out.emplace_back("Driehoeksgesprek houden");
  }
  out.emplace_back(score_finalised ? "Score vrijgeven" : "Score vastleggen");
  return out;
}

}  // namespace leerplek::domain
