// A placement's progress (R5) and what is still to catch up (R9), from its planned days and logbook.
#pragma once

#include <vector>

#include "leerplek/domain/calendar.hpp"

namespace leerplek::domain {

enum class EntryState { kDraft, kSubmitted, kApproved, kReturned };

// One logbook entry as progress sees it.
struct LoggedDay {
  Date date;
  int worked_minutes = 0;
  EntryState state = EntryState::kDraft;
  bool catch_up = false;  // on an approved catch-up day (R9), not a planned one
};

struct ProgressInput {
  int required_days = 0;
  std::vector<Date> planned_days;
  std::vector<LoggedDay> entries;
  std::vector<Date> absences;  // planned days reported missed (sickness or other absence)
  Date today;
};

struct Progress {
  int planned_days = 0;
  double approved_days = 0;  // Σ min(worked, 450) / 450 over approved entries (R5)
  double pending_days = 0;   // the same over submitted entries, waiting for the mentor
  int missed_days = 0;       // planned days reported absent, or past without a submitted or approved entry
  int catch_up_open = 0;     // R9: missed days not yet made up by an approved catch-up entry
  double share_done = 0;     // approved_days / required_days, at most 1
};

// R5 and R9. A planned day counts as missed when an absence was reported for it, or when it lies before
// `today` and has no submitted or approved entry (a draft or returned entry is not yet a day worked). A
// missed day is open for catch-up until an approved catch-up entry makes up for it, one for one.
Progress ModuleProgress(const ProgressInput& input);

}  // namespace leerplek::domain
