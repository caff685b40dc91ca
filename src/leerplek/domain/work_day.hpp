// Working-day rules (R3–R5): how much of one day at the workplace counts, and what is flagged.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "leerplek/domain/calendar.hpp"
#include "leerplek/domain/result.hpp"

namespace leerplek::domain {

inline constexpr int kFullDayMinutes = 450;     // R3/R5: 7 h 30 of work is one day
inline constexpr int kMaxCountedMinutes = 480;  // R3/R5: above 8 h nothing more counts
inline constexpr int kLongDayMinutes = 360;     // R5: more than 6 h of work …
inline constexpr int kMinBreakForLongDay = 15;  // … needs at least 15 minutes of break

enum class WorkDayFlag { kPartialDay, kOverMaxHours, kShortBreak, kSunday, kLegalHoliday };
std::string_view WorkDayFlagCode(WorkDayFlag flag);  // "partial_day", "over_max_hours", "short_break", …

struct WorkDayInput {
  Date date;
  int start_minutes = 0;  // since midnight
  int end_minutes = 0;
  int break_minutes = 0;
};

struct WorkDayEvaluation {
  int worked_minutes = 0;          // end − start − breaks
  int counted_minutes = 0;         // min(worked, 480)
  double day_equivalent = 0;       // min(worked, 450) / 450; a Sunday or holiday still counts once (R4)
  std::vector<WorkDayFlag> flags;  // in the order of WorkDayFlag
};

// R3–R5 for one day. Invalid: a day that does not end after it starts (field "end"), a negative break or
// a break longer than the day (field "break_minutes").
Result<WorkDayEvaluation> EvaluateWorkDay(const WorkDayInput& day);

}  // namespace leerplek::domain
