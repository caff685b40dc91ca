#include "leerplek/domain/score.hpp"

#include <algorithm>
#include <cmath>

#include "leerplek/domain/text.hpp"

namespace leerplek::domain {
namespace {

// Half up, with a little slack so 14.2499999… from floating sums rounds as the 14.25 it stands for.
double RoundHalfUp(double value, double unit) { return std::floor(value / unit + 0.5 + 1e-9) * unit; }

std::string Points(double value) { return DutchDecimal(value, 2); }

}  // namespace

Result<ScoreResult> CalculateScore(const ScoringScheme& scheme, const std::map<std::string, std::string>& ratings,
                                   int attended) {
  FieldErrors errors;
  std::map<std::string, double> points_of;
  double highest = 0;
  double lowest = 0;
  for (const ScoreLevel& l : scheme.levels) {
    points_of[l.code] = l.points;
    highest = points_of.size() == 1 ? l.points : std::max(highest, l.points);
    lowest = points_of.size() == 1 ? l.points : std::min(lowest, l.points);
  }
  if (scheme.levels.empty() || highest <= 0)
    errors.Add("scheme.levels", "Geef de niveaus met hun punten; het hoogste niveau is meer dan 0 punten waard.");
  double weighted = 0;
  double maximum = 0;
  bool knocked_out = false;
  std::vector<std::string> knocked;
  for (std::size_t i = 0; i < scheme.criteria.size(); ++i) {
    const ScoreCriterion& c = scheme.criteria[i];
    if (!(c.weight > 0)) errors.Add(Indexed("scheme.criteria", i) + ".weight", "Een gewicht is groter dan 0.");
    auto rated = ratings.find(c.code);
    if (rated == ratings.end()) {
      errors.Add("ratings." + c.code, "Dit criterium heeft nog geen niveau.");
      continue;
    }
    auto level = points_of.find(rated->second);
    if (level == points_of.end()) {
      errors.Add("ratings." + c.code, "Kies een niveau uit de schaal.");
      continue;
    }
    weighted += c.weight * level->second;
    maximum += c.weight * highest;
    if (c.knock_out && level->second == lowest) {
      knocked_out = true;
      knocked.push_back(c.code);
    }
  }
  for (const auto& [code, level] : ratings) {
    const bool known = std::any_of(scheme.criteria.begin(), scheme.criteria.end(),
                                   [&](const ScoreCriterion& c) { return c.code == code; });
    if (!known) errors.Add("ratings." + code, "Dit criterium staat niet in het schema.");
  }
  if (scheme.criteria.empty()) errors.Add("scheme.criteria", "Het schema heeft minstens één criterium.");
  if (attended < 0) errors.Add("attended", "Het aantal bijgewoonde momenten kan niet negatief zijn.");
  if (!errors.Empty()) return errors.ToError();

  ScoreResult out;
  out.raw = maximum > 0 ? 20.0 * weighted / maximum : 0;
  double score = out.raw;
  out.steps.push_back({"Ruwe score: 20 × " + Points(weighted) + " / " + Points(maximum) + " gewogen punten", score});
  const AttendanceRule& a = scheme.attendance;
  const int missed = std::max(0, a.mandatory - attended);
  score -= a.penalty_per_missed * missed;
  out.steps.push_back(
      {std::to_string(missed) + " gemiste verplichte momenten × " + Points(a.penalty_per_missed) + " punten aftrek",
       score});
  score = std::clamp(score, 0.0, 20.0);
  out.steps.push_back({"Begrensd tussen 0 en 20", score});
  const bool too_few = a.mandatory > 0 && static_cast<double>(attended) / a.mandatory < a.fail_below_ratio;
  if (knocked_out || too_few) {
    score = std::min(score, scheme.knock_out_cap);
    const std::string why = knocked_out ? "het laagste niveau op een knock-outcriterium (" + DutchList(knocked) + ")"
                                        : "te weinig verplichte momenten bijgewoond (" + std::to_string(attended) +
                                              " van " + std::to_string(a.mandatory) + ")";
    out.steps.push_back({"Hoogstens " + Points(scheme.knock_out_cap) + " door " + why, score});
  }
  const bool half = scheme.rounding == ScoreRounding::kHalf;
  score = RoundHalfUp(score, half ? 0.5 : 1.0);
  out.steps.push_back({half ? "Afgerond op een halve punt" : "Afgerond op een geheel getal", score});
  out.score = score;
  return out;
}

}  // namespace leerplek::domain
