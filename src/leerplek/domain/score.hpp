// The calibrated score (R20): a module's scoring scheme applied to a rating, step by step, so the
// student and an appeal body can follow how the number came about (issue 6).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "leerplek/domain/result.hpp"

namespace leerplek::domain {

struct ScoreLevel {
  std::string code;  // e.g. "O", "V", "G", "ZG"
  double points = 0;
};

struct ScoreCriterion {
  std::string code;
  double weight = 0;
  bool knock_out = false;  // the lowest level here caps the score
};

struct AttendanceRule {
  int mandatory = 0;              // mandatory guidance moments
  double penalty_per_missed = 0;  // points off per missed one
  double fail_below_ratio = 0;    // attended / mandatory below this caps the score
};

enum class ScoreRounding { kInteger, kHalf };

struct ScoringScheme {
  std::vector<ScoreLevel> levels;
  std::vector<ScoreCriterion> criteria;
  double knock_out_cap = 9;
  AttendanceRule attendance;
  ScoreRounding rounding = ScoreRounding::kInteger;
};

struct ScoreStep {
  std::string label;  // Dutch
  double value = 0;
};

struct ScoreResult {
  double score = 0;
  double raw = 0;
  std::vector<ScoreStep> steps;
};

// R20, in this order: raw = 20 × Σ(weight × points) / Σ(weight × highest points); minus
// penalty_per_missed for each missed mandatory moment (mandatory − attended, never below 0); clamped to
// 0–20; at most knock_out_cap when a knock-out criterion has the lowest level or attended/mandatory is
// below fail_below_ratio; rounded half up to an integer or to the nearest half. Refused (fields named):
// no levels or a highest level of 0 points ("scheme.levels"), a weight ≤ 0 ("scheme.criteria[i].weight"),
// a criterion without rating or with an unknown level, or a rating of an unknown criterion
// ("ratings.<code>"), attended below 0 ("attended").
Result<ScoreResult> CalculateScore(const ScoringScheme& scheme, const std::map<std::string, std::string>& ratings,
                                   int attended);

}  // namespace leerplek::domain
