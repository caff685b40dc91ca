// A module's rubric (R18) with the scoring scheme the programme lead sets on it (R20): criteria from the
// module's learning goals, performance levels, a Dutch description per criterion and level, and the
// points, weights, knock-out criteria, attendance rule and rounding that turn a rating into a score.
// A rubric is versioned per programme and module; a version used to rate never changes (issue 6).
#pragma once

#include <map>
#include <string>
#include <vector>

#include "leerplek/domain/result.hpp"
#include "leerplek/domain/score.hpp"

namespace leerplek::domain {

struct RubricLevel {
  std::string code;  // short and stable: "O", "V", "G", "ZG"
  std::string name;  // Dutch: "onvoldoende", …
  double points = 0;
};

struct RubricCriterion {
  std::string code;   // stable within the module: lower case letters, digits and '-'
  std::string title;  // Dutch, short
  int goal = 0;       // the module's learning goal it comes from (1-based), 0 = none
  double weight = 1;
  bool knock_out = false;
  std::map<std::string, std::string> descriptions;  // level code → what that level looks like (Dutch)
};

struct Rubric {
  std::vector<RubricLevel> levels;  // lowest first
  std::vector<RubricCriterion> criteria;
  double knock_out_cap = 9;
  AttendanceRule attendance;
  ScoreRounding rounding = ScoreRounding::kInteger;
  bool operator==(const Rubric&) const;
};

// The four default levels: O onvoldoende 0, V voldoende 2, G goed 3, ZG zeer goed 4 points — so a rating of
// all "voldoende" gives 10/20, the pass mark.
std::vector<RubricLevel> DefaultRubricLevels();

inline constexpr std::size_t kMaxRubricText = 1000;

// R18: every rule a rubric must satisfy, all problems at once, with fields as paths under `prefix`
// ("rubric.levels", "rubric.levels[1].code", "rubric.criteria[0].weight",
// "rubric.criteria[2].descriptions.ZG", "rubric.knock_out_cap", "rubric.attendance.fail_below_ratio", …):
// 2–6 levels with distinct well-formed codes, names, points strictly ascending from the first, which is ≥ 0
// (so the highest is > 0, as CalculateScore needs); at least one criterion; criterion codes well-formed and
// distinct, titles present; weight > 0; a description for every level and none for a level that is not there,
// none longer than kMaxRubricText; goal between 0 and `goals` (the module's number of goals);
// 0 ≤ knock_out_cap ≤ 20; mandatory ≥ 0, 0 ≤ penalty ≤ 20, 0 ≤ fail_below_ratio ≤ 1; numbers finite.
Status RubricIsValid(const Rubric& rubric, int goals, const std::string& prefix = "rubric");

// R20: the scoring scheme inside a rubric, as CalculateScore takes it.
ScoringScheme SchemeOf(const Rubric& rubric);

// R18: what saving a rubric for a module does to its latest version.
enum class RubricSave {
  kFirstVersion,   // the module has no rubric yet
  kUnchanged,      // same content as the latest version: nothing to store
  kUpdateInPlace,  // the latest version was never used to rate: it changes
  kNewVersion,     // the latest version was used to rate: it stays, a new version is made
};
RubricSave RubricSaveFor(const Rubric* latest, bool latest_used, const Rubric& proposed);

}  // namespace leerplek::domain
