// The daily logbook (R6–R7): which days may be logged, what an entry holds, and how it moves from draft
// to approved. Progress over the entries is in progress.hpp; the hours rules in work_day.hpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "leerplek/domain/calendar.hpp"
#include "leerplek/domain/ids.hpp"
#include "leerplek/domain/placement.hpp"
#include "leerplek/domain/progress.hpp"
#include "leerplek/domain/result.hpp"
#include "leerplek/domain/time.hpp"

namespace leerplek::domain {

using LogbookEntryId = Id<struct LogbookEntryTag>;

inline constexpr std::size_t kMaxActivitiesLength = 2000;  // R6: short and to the point
inline constexpr std::size_t kMaxReviewCommentLength = 1000;
inline constexpr std::size_t kMaxReviewBatch = 200;  // entries approved or returned at once

std::string_view EntryStateCode(EntryState state);       // "draft", "submitted", "approved", "returned"
std::string_view EntryStateDutchName(EntryState state);  // "Klad", "Ingediend", "Goedgekeurd", "Teruggestuurd"
std::optional<EntryState> ParseEntryState(std::string_view code);

struct LogbookEntry {
  LogbookEntryId id;
  PlacementId placement;
  Date date;
  int start_minutes = 0;  // since midnight
  int end_minutes = 0;
  int break_minutes = 0;
  std::string activities;  // what the student did (R6)
  std::vector<int> goals;  // numbers (1-based) of the module's learning goals it served
  EntryState state = EntryState::kDraft;
  std::string review_comment;  // the mentor's, when returned (or a note with an approval)
  bool catch_up = false;       // written on an approved catch-up day (R9)
  int version = 0;             // 1 for the first save; every save and review adds one
  UserId updated_by;
  Timestamp updated_at{};
  std::optional<Timestamp> submitted_at;
  std::optional<UserId> reviewed_by;
  std::optional<Timestamp> reviewed_at;
};

enum class LoggableDayKind { kPlanned, kCatchUp };

// R1/R6: a student logs a planned workplace day of the placement, or an approved catch-up day, and not
// before it has come. Field "date", with the date in the message.
Result<LoggableDayKind> LoggableDay(Date date, Date today, const std::vector<Date>& planned_days,
                                    const std::vector<Date>& catch_up_days);

// R6: the times make a valid day (EvaluateWorkDay: fields "end", "break_minutes"); what was done is
// required once the entry is submitted ("activities", at most kMaxActivitiesLength code points, also for a
// draft); goals are distinct numbers of the module's goals, 1..goal_count ("goals").
Status EntryIsValid(const LogbookEntry& entry, int goal_count, bool submitting);

// Whether the student changed what the entry says (times, activities, goals): R7 sends a changed
// approved entry back to the mentor.
bool EntryContentChanged(const LogbookEntry& before, const LogbookEntry& after);

// R7 for the student's save: submitting makes it "submitted", saving without submitting a draft. An
// approved entry saved unchanged stays approved (nothing to approve again); a changed one must be
// approved again.
EntryState StateAfterSave(EntryState current, bool content_changed, bool submit);

// R7 for the mentor: only a submitted entry is reviewed; returning it needs a comment ("comment").
Status ReviewIsAllowed(EntryState current, bool approve, std::string_view comment);

// R6 reminders: loggable days at least `after_days` days old with no submitted or approved entry (a
// reported absence needs none), by date.
std::vector<Date> DaysAwaitingEntry(const std::vector<Date>& loggable_days, const std::vector<LogbookEntry>& entries,
                                    const std::vector<Date>& absent, Date today, int after_days);

// The student writes only in a placement that was approved (and is not cancelled or completed).
Status LogbookIsOpen(PlacementStatus stored_status);

}  // namespace leerplek::domain
