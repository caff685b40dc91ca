#include "leerplek/domain/work_day.hpp"

#include <algorithm>
#include <chrono>

namespace leerplek::domain {

std::string_view WorkDayFlagCode(WorkDayFlag flag) {
  switch (flag) {
    case WorkDayFlag::kPartialDay: return "partial_day";
    case WorkDayFlag::kOverMaxHours: return "over_max_hours";
    case WorkDayFlag::kShortBreak: return "short_break";
    case WorkDayFlag::kSunday: return "sunday";
    case WorkDayFlag::kLegalHoliday: return "legal_holiday";
  }
  return "";  // unreachable: every flag is handled above
}

Result<WorkDayEvaluation> EvaluateWorkDay(const WorkDayInput& day) {
  FieldErrors errors;
  const int span = day.end_minutes - day.start_minutes;
  if (span <= 0) errors.Add("end", "Het einde van de dag moet na het begin liggen.");
  if (day.break_minutes < 0) {
    errors.Add("break_minutes", "De pauze kan niet negatief zijn.");
  } else if (span > 0 && day.break_minutes > span) {
    errors.Add("break_minutes", "De pauze is langer dan de dag zelf.");
  }
  if (!errors.Empty()) return errors.ToError();

  WorkDayEvaluation out;
  out.worked_minutes = span - day.break_minutes;
  out.counted_minutes = std::min(out.worked_minutes, kMaxCountedMinutes);
  out.day_equivalent = static_cast<double>(std::min(out.worked_minutes, kFullDayMinutes)) / kFullDayMinutes;
  if (out.worked_minutes < kFullDayMinutes) out.flags.push_back(WorkDayFlag::kPartialDay);
  if (out.worked_minutes > kMaxCountedMinutes) out.flags.push_back(WorkDayFlag::kOverMaxHours);
  if (out.worked_minutes > kLongDayMinutes && day.break_minutes < kMinBreakForLongDay)
    out.flags.push_back(WorkDayFlag::kShortBreak);
  // R4: these count as one day like any other (never double); they are flagged for the mentor's eye.
  if (std::chrono::weekday{std::chrono::sys_days{day.date}} == std::chrono::Sunday)
    out.flags.push_back(WorkDayFlag::kSunday);
  const auto holidays = BelgianLegalHolidays(static_cast<int>(day.date.year()));
  if (std::any_of(holidays.begin(), holidays.end(), [&](const Holiday& h) { return h.date == day.date; }))
    out.flags.push_back(WorkDayFlag::kLegalHoliday);
  return out;
}

}  // namespace leerplek::domain
