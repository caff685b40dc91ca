// Scores per cohort and module as a workbook for the school's records (issue 6, R20): one overview row per
// student and one sheet per module. Pure: the caller gathers the lines and renders the workbook.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "leerplek/app/ports.hpp"
#include "leerplek/app/report.hpp"

namespace leerplek::app {

// One student's result for one module.
struct ScoreLine {
  std::string student_name = {};
  std::string student_number = {};
  std::string module_code = {};
  std::string module_name = {};
  std::string organisation = {};
  std::string mentor_name = {};
  std::string supervisor_name = {};
  std::optional<double> calculated = {};   // the calibrated score (R20), once the rating is complete
  std::optional<double> final_score = {};  // once the supervisor has set it (the calculated one or an override)
  std::string override_reason = {};        // why the final score differs from the calculated one
  std::string state = {};                  // Dutch: "niet beoordeeld", "beoordeeld", "vastgelegd", "vrijgegeven"
  std::optional<Timestamp> finalised_at = {};
  std::optional<Timestamp> released_at = {};
};

// Sheet "Overzicht": a row per student (in the order the lines first name them; a student is their number,
// or their name without one), their final score per module (a column per module, in the order the lines
// first name them; blank without a final score, the last one when a student has several lines for a module)
// and the number of modules passed (final score ≥ 10). Then a
// sheet per module, named after it, with every field of its lines in the given order; dates as dd/mm/jjjj
// in Europe/Brussels, through `clock.Local`. Scores are numbers in the sheet, not text.
Workbook ScoresWorkbook(const std::string& cohort_name, const std::vector<ScoreLine>& lines, const Clock& clock);

}  // namespace leerplek::app
