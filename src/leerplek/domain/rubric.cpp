#include "leerplek/domain/rubric.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

#include "leerplek/domain/curriculum.hpp"
#include "leerplek/domain/text.hpp"

namespace leerplek::domain {
namespace {

inline constexpr std::size_t kMinLevels = 2;
inline constexpr std::size_t kMaxLevels = 6;
inline constexpr std::size_t kMaxLevelCodeLength = 4;
inline constexpr double kMaxScore = 20;

bool SameLevel(const RubricLevel& a, const RubricLevel& b) {
  return std::tie(a.code, a.name, a.points) == std::tie(b.code, b.name, b.points);
}

bool SameCriterion(const RubricCriterion& a, const RubricCriterion& b) {
  return std::tie(a.code, a.title, a.goal, a.weight, a.knock_out, a.descriptions) ==
         std::tie(b.code, b.title, b.goal, b.weight, b.knock_out, b.descriptions);
}

bool SameAttendance(const AttendanceRule& a, const AttendanceRule& b) {
  return std::tie(a.mandatory, a.penalty_per_missed, a.fail_below_ratio) ==
         std::tie(b.mandatory, b.penalty_per_missed, b.fail_below_ratio);
}

// "O", "ZG", "N1": short, so they fit in a table column and read the same in every language.
bool LevelCodeIsWellFormed(std::string_view code) {
  if (code.empty() || code.size() > kMaxLevelCodeLength) return false;
  return std::all_of(code.begin(), code.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
}

// A number the way a Flemish reader writes it, without trailing zeros: 2, 2,5, 0,25.
std::string Number(double value) {
  std::string out = DutchDecimal(value, 2);
  while (out.back() == '0' && out.find(',') != std::string::npos) out.pop_back();
  if (out.back() == ',') out.pop_back();
  return out;
}

// NaN and infinities fail every range check below, so a broken file cannot slip one past them.
bool InRange(double value, double low, double high) { return std::isfinite(value) && value >= low && value <= high; }

// Returns whether every level is well-formed and distinct, so descriptions can be checked against them.
bool CheckLevels(FieldErrors& errors, const std::string& prefix, const std::vector<RubricLevel>& levels) {
  const std::string field = prefix + ".levels";
  if (levels.size() < kMinLevels || levels.size() > kMaxLevels) {
    errors.Add(field, "Een rubric heeft 2 tot 6 niveaus (nu " + std::to_string(levels.size()) + ").");
  }
  bool all_sound = !levels.empty();  // without levels no description can be said to be for a missing one
  for (std::size_t i = 0; i < levels.size(); ++i) {
    const RubricLevel& level = levels[i];
    const std::string path = Indexed(field, i);
    const auto first =
        std::find_if(levels.begin(), levels.end(), [&](const RubricLevel& other) { return other.code == level.code; });
    if (level.code.empty()) {
      errors.Add(path + ".code", "Vul een code in.");
      all_sound = false;
    } else if (!LevelCodeIsWellFormed(level.code)) {
      errors.Add(path + ".code", "Een niveaucode bestaat uit 1 tot 4 hoofdletters of cijfers (bv. 'ZG').");
      all_sound = false;
    } else if (const auto at = static_cast<std::size_t>(first - levels.begin()); at != i) {
      errors.Add(path + ".code", "Deze niveaucode komt al voor (" + Indexed(field, at) + ").");
      all_sound = false;
    }
    if (IsBlank(level.name)) errors.Add(path + ".name", "Vul een naam in.");
    if (i == 0) {
      // A lowest level below 0 would let the raw score go negative; with it at 0 or more and the rest
      // ascending, the highest level is worth more than 0, as CalculateScore needs.
      if (!(std::isfinite(level.points) && level.points >= 0)) {
        errors.Add(path + ".points", "Het laagste niveau is 0 of meer punten waard.");
      }
    } else if (const RubricLevel& previous = levels[i - 1];
               std::isfinite(previous.points) && !(std::isfinite(level.points) && level.points > previous.points)) {
      // (A previous level without a finite number is reported on its own; nothing can rise above it.)
      errors.Add(path + ".points", "De punten stijgen van het laagste naar het hoogste niveau: geef meer dan de " +
                                       Number(previous.points) + " punten van '" + previous.code + "'.");
    }
  }
  return all_sound;
}

void CheckDescriptions(FieldErrors& errors, const std::string& path, const RubricCriterion& criterion,
                       const std::vector<RubricLevel>& levels, bool levels_are_sound) {
  const std::string field = path + ".descriptions";
  std::set<std::string, std::less<>> level_codes;
  for (const RubricLevel& level : levels) {
    if (!LevelCodeIsWellFormed(level.code) || !level_codes.insert(level.code).second) continue;
    const auto found = criterion.descriptions.find(level.code);
    const std::string name = IsBlank(level.name) ? "" : " (" + level.name + ")";
    if (found == criterion.descriptions.end() || IsBlank(found->second)) {
      errors.Add(field + "." + level.code,
                 "Beschrijf wat niveau '" + level.code + "'" + name + " voor dit criterium inhoudt.");
    } else if (const std::size_t length = CodePoints(found->second); length > kMaxRubricText) {
      errors.Add(field + "." + level.code, "Een beschrijving mag hoogstens " + std::to_string(kMaxRubricText) +
                                               " tekens lang zijn (nu " + std::to_string(length) + ").");
    }
  }
  // With broken level codes a description could be meant for any of them; the level problem comes first.
  if (!levels_are_sound) return;
  for (const auto& [code, text] : criterion.descriptions) {
    if (!level_codes.contains(code)) {
      errors.Add(field + "." + code, "Er is geen niveau met code '" + code + "' in deze rubric.");
    }
  }
}

std::string GoalRangeMessage(int goals) {
  const std::string none = "0 als het criterium bij geen doelstelling hoort.";
  if (goals <= 0) return "De module heeft geen doelstellingen: kies " + none;
  if (goals == 1) return "De module heeft één doelstelling: kies 1, of " + none;
  return "De module heeft " + std::to_string(goals) + " doelstellingen: kies er een van 1 tot " +
         std::to_string(goals) + ", of " + none;
}

void CheckCriteria(FieldErrors& errors, const std::string& prefix, const Rubric& rubric, int goals,
                   bool levels_are_sound) {
  const std::string field = prefix + ".criteria";
  if (rubric.criteria.empty()) errors.Add(field, "Geef minstens één criterium op.");
  for (std::size_t i = 0; i < rubric.criteria.size(); ++i) {
    const RubricCriterion& criterion = rubric.criteria[i];
    const std::string path = Indexed(field, i);
    const auto first = std::find_if(rubric.criteria.begin(), rubric.criteria.end(),
                                    [&](const RubricCriterion& other) { return other.code == criterion.code; });
    if (criterion.code.empty()) {
      errors.Add(path + ".code", "Vul een code in.");
    } else if (!CodeIsWellFormed(criterion.code)) {
      errors.Add(path + ".code",
                 "Een criteriumcode bestaat uit kleine letters, cijfers en losse koppeltekens ertussen, hoogstens 40 "
                 "tekens (bv. 'professionele-houding').");
    } else if (const auto at = static_cast<std::size_t>(first - rubric.criteria.begin()); at != i) {
      errors.Add(path + ".code", "Deze criteriumcode komt al voor (" + Indexed(field, at) + ").");
    }
    if (IsBlank(criterion.title)) errors.Add(path + ".title", "Vul een titel in.");
    if (criterion.goal < 0 || criterion.goal > goals) errors.Add(path + ".goal", GoalRangeMessage(goals));
    if (!(std::isfinite(criterion.weight) && criterion.weight > 0)) {
      errors.Add(path + ".weight", "Een gewicht is een getal groter dan 0.");
    }
    CheckDescriptions(errors, path, criterion, rubric.levels, levels_are_sound);
  }
}

void CheckScheme(FieldErrors& errors, const std::string& prefix, const Rubric& rubric) {
  if (!InRange(rubric.knock_out_cap, 0, kMaxScore)) {
    errors.Add(prefix + ".knock_out_cap", "Het plafond bij een knock-out ligt tussen 0 en 20.");
  }
  const std::string field = prefix + ".attendance";
  const AttendanceRule& a = rubric.attendance;
  if (a.mandatory < 0) {
    errors.Add(field + ".mandatory", "Het aantal verplichte begeleidingsmomenten kan niet negatief zijn.");
  }
  if (!InRange(a.penalty_per_missed, 0, kMaxScore)) {
    errors.Add(field + ".penalty_per_missed", "De aftrek per gemist moment ligt tussen 0 en 20 punten.");
  }
  if (!InRange(a.fail_below_ratio, 0, 1)) {
    errors.Add(field + ".fail_below_ratio",
               "De ondergrens voor aanwezigheid is een deel van de verplichte momenten: een getal van 0 tot 1 (bv. "
               "0,5 voor de helft).");
  }
}

}  // namespace

bool Rubric::operator==(const Rubric& other) const {
  return std::equal(levels.begin(), levels.end(), other.levels.begin(), other.levels.end(), SameLevel) &&
         std::equal(criteria.begin(), criteria.end(), other.criteria.begin(), other.criteria.end(), SameCriterion) &&
         knock_out_cap == other.knock_out_cap && SameAttendance(attendance, other.attendance) &&
         rounding == other.rounding;
}

std::vector<RubricLevel> DefaultRubricLevels() {
  return {{"O", "onvoldoende", 0}, {"V", "voldoende", 2}, {"G", "goed", 3}, {"ZG", "zeer goed", 4}};
}

Status RubricIsValid(const Rubric& rubric, int goals, const std::string& prefix) {
  FieldErrors errors;
  const bool levels_are_sound = CheckLevels(errors, prefix, rubric.levels);
  CheckCriteria(errors, prefix, rubric, goals, levels_are_sound);
  CheckScheme(errors, prefix, rubric);
  if (!errors.Empty()) return errors.ToError();
  return {};
}

ScoringScheme SchemeOf(const Rubric& rubric) {
  ScoringScheme scheme;
  for (const RubricLevel& level : rubric.levels) scheme.levels.push_back({level.code, level.points});
  for (const RubricCriterion& c : rubric.criteria) scheme.criteria.push_back({c.code, c.weight, c.knock_out});
  scheme.knock_out_cap = rubric.knock_out_cap;
  scheme.attendance = rubric.attendance;
  scheme.rounding = rubric.rounding;
  return scheme;
}

RubricSave RubricSaveFor(const Rubric* latest, bool latest_used, const Rubric& proposed) {
  if (latest == nullptr) return RubricSave::kFirstVersion;
  if (*latest == proposed) return RubricSave::kUnchanged;
  return latest_used ? RubricSave::kNewVersion : RubricSave::kUpdateInPlace;
}

}  // namespace leerplek::domain
