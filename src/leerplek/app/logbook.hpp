// The daily logbook (R6–R7) and the progress it makes (R5, R9): the student writes, the mentor reviews,
// everybody involved sees the progress bar; the coordinator sees who is behind.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "leerplek/app/absences.hpp"
#include "leerplek/app/context.hpp"
#include "leerplek/app/placements.hpp"
#include "leerplek/domain/logbook.hpp"
#include "leerplek/domain/progress.hpp"
#include "leerplek/domain/work_day.hpp"

namespace leerplek::app {

// What a placement's days are, for the logbook and its progress.
struct PlacementDays {
  std::vector<domain::Date> planned;   // the module's workplace days in the cohort's calendar
  std::vector<domain::Date> catch_up;  // approved catch-up days (R9)
  std::vector<domain::Date> absent;    // planned days reported sick (R8)
  int required_days = 0;
  std::vector<std::string> goals;  // the module's learning goals, numbered from 1
};

// The placement's own student or mentor (with that role); and its logbook page, for e-mails. Shared by the
// logbook and absence use cases.
bool IsStudentOf(const Actor& actor, const domain::Placement& p);
bool IsMentorOf(const Actor& actor, const domain::Placement& p);
std::string LogbookLink(const AppContext& ctx, domain::PlacementId id);

struct EntryView {
  domain::LogbookEntry entry;
  domain::WorkDayEvaluation evaluation;  // R3–R5 for its times
};

struct LogbookDay {
  domain::Date date;
  domain::LoggableDayKind kind = domain::LoggableDayKind::kPlanned;
  bool absent = false;
  std::optional<EntryView> entry;
};

struct LogbookView {
  PlacementView placement;
  PlacementDays days_facts;
  domain::Progress progress;
  std::vector<LogbookDay> days;                // planned and catch-up days, by date
  bool may_write = false;                      // the placement's student, while the logbook is open
  bool may_review = false;                     // the placement's mentor
  std::vector<SicknessView> sickness_reports;  // R8, by first sick day
  std::vector<CatchUpView> catch_up_requests;  // R9, by date, whatever their state
};

// For the use cases built on the logbook (absences): the days of these placements by placement id, with the
// approved catch-up days (R9) and the planned days reported sick (R8), in a fixed number of queries; and the
// progress of one placement over its entries.
std::map<std::int64_t, PlacementDays> PlacementDaysOf(Repositories& repos,
                                                      const std::vector<domain::Placement>& placements);
domain::Progress PlacementProgress(const PlacementDays& days, const std::vector<domain::LogbookEntry>& entries,
                                   domain::Date today);

// The student, mentor, supervisor and programme staff read it.
Result<LogbookView> GetLogbook(const AppContext& ctx, const Actor& actor, domain::PlacementId id);

struct SaveEntryCommand {
  domain::PlacementId placement;
  domain::Date date;
  int start_minutes = 0;
  int end_minutes = 0;
  int break_minutes = 0;
  std::string activities;
  std::vector<int> goals;
  bool submit = false;
};
// The placement's student writes or changes the entry of one planned or catch-up day (R6, R7).
Result<EntryView> SaveLogbookEntry(const AppContext& ctx, const Actor& actor, const SaveEntryCommand& command);

struct ReviewCommand {
  std::vector<domain::LogbookEntryId> entries;
  bool approve = true;
  std::string comment;
};
// The mentor approves or returns one or several submitted entries of their students, all or none.
Result<std::vector<EntryView>> ReviewLogbookEntries(const AppContext& ctx, const Actor& actor,
                                                    const ReviewCommand& command);

struct QueueItem {
  EntryView entry;
  PlacementView placement;
};
// The mentor's entries waiting for review, oldest day first, across their students.
Result<std::vector<QueueItem>> ReviewQueue(const AppContext& ctx, const Actor& actor);

// Every version of an entry, for whoever may read the placement.
Result<std::vector<LogbookEntryVersion>> EntryHistory(const AppContext& ctx, const Actor& actor,
                                                      domain::LogbookEntryId id);

struct ProgressRow {
  PlacementView placement;
  int required_days = 0;
  domain::Progress progress;
  int past_planned_days = 0;  // planned days before today
  bool behind = false;        // days to catch up, or past days without a submitted entry
};
// The coordinator's overview (and the supervisor's, the programme lead's): every approved placement of the
// cohort with its progress, those behind first.
Result<std::vector<ProgressRow>> CohortProgress(const AppContext& ctx, const Actor& actor, domain::CohortId cohort);

struct TodayItem {
  PlacementView placement;
  domain::Progress progress;
  int required_days = 0;
  std::optional<domain::LoggableDayKind> today;  // today is a workplace day of this placement
  std::optional<EntryView> today_entry;
  std::optional<domain::Date> next_day;     // the next planned or catch-up day after today
  std::vector<domain::Date> days_to_write;  // past days without a submitted or approved entry
  std::vector<domain::Date> returned_days;  // entries the mentor sent back
};
// The student's "today": each open placement, today's day and what is still to write.
Result<std::vector<TodayItem>> MyToday(const AppContext& ctx, const Actor& actor);

struct ReminderReport {
  int students = 0;  // e-mails queued
  int mentors = 0;
};
// R6: once a day at most, each student with logbook days older than the setting and no entry gets one
// e-mail listing them; each mentor with entries waiting longer than the setting gets one too.
Result<ReminderReport> SendLogbookReminders(const AppContext& ctx);

}  // namespace leerplek::app
