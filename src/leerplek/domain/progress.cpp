#include "leerplek/domain/progress.hpp"

#include <algorithm>
#include <set>

#include "leerplek/domain/work_day.hpp"

namespace leerplek::domain {
namespace {

double DayEquivalent(int worked_minutes) {
  return static_cast<double>(std::clamp(worked_minutes, 0, kFullDayMinutes)) / kFullDayMinutes;
}

}  // namespace

Progress ModuleProgress(const ProgressInput& input) {
  Progress out;
  const std::set<Date> planned(input.planned_days.begin(), input.planned_days.end());
  out.planned_days = static_cast<int>(planned.size());
  std::set<Date> worked;  // planned days with a submitted or approved entry
  int approved_catch_up = 0;
  for (const LoggedDay& e : input.entries) {
    if (e.state == EntryState::kApproved) out.approved_days += DayEquivalent(e.worked_minutes);
    if (e.state == EntryState::kSubmitted) out.pending_days += DayEquivalent(e.worked_minutes);
    const bool counts = e.state == EntryState::kApproved || e.state == EntryState::kSubmitted;
    if (counts && !e.catch_up) worked.insert(e.date);
    if (e.state == EntryState::kApproved && e.catch_up) ++approved_catch_up;
  }
  const std::set<Date> absent(input.absences.begin(), input.absences.end());
  for (const Date& day : planned) {
    if (absent.contains(day) || (day < input.today && !worked.contains(day))) ++out.missed_days;
  }
  out.catch_up_open = std::max(0, out.missed_days - approved_catch_up);
  if (input.required_days > 0) out.share_done = std::min(1.0, out.approved_days / input.required_days);
  return out;
}

}  // namespace leerplek::domain
