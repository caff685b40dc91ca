// The workplace-learning calendar of a cohort (R1) with holiday and closure warnings (R2), and feeds.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "leerplek/app/context.hpp"

namespace leerplek::app {

struct ModuleCalendar {
  std::string code;
  std::string name;
  int required_days = 0;
  domain::CalendarRule rule;
  std::vector<domain::Date> days;
  std::vector<domain::DayWarning> warnings;
  bool started = false;  // the first workplace day is before today
};

// A cohort's whole calendar, with the programme's closures so every reader sees them (R2).
struct CohortCalendar {
  std::vector<ModuleCalendar> modules;
  bool flemish_holiday = true;
  std::vector<domain::ClosurePeriod> closures;
};
Result<CohortCalendar> GetCohortCalendar(const AppContext& ctx, const Actor& actor, domain::CohortId cohort);

struct SetModuleCalendarCommand {
  domain::CohortId cohort;
  std::string module;
  domain::CalendarRule rule;
  bool confirm_started = false;  // changing a module that has started needs an explicit yes
};
// R1: fixes a module's workplace days (programme lead of the programme); audited.
Result<ModuleCalendar> SetModuleCalendar(const AppContext& ctx, const Actor& actor,
                                         const SetModuleCalendarCommand& command);
// The same without saving: what the rule would give.
Result<ModuleCalendar> PreviewModuleCalendar(const AppContext& ctx, const Actor& actor,
                                             const SetModuleCalendarCommand& command);

// R2: the legal holidays of a year (1900–2100).
Result<std::vector<domain::Holiday>> LegalHolidays(int year);

struct CalendarFeed {
  std::string token;
  Timestamp created_at;
};
Result<CalendarFeed> GetMyCalendarFeed(const AppContext& ctx, const Actor& actor);
// Creates the feed, or replaces it so the old URL stops working.
Result<CalendarFeed> RenewMyCalendarFeed(const AppContext& ctx, const Actor& actor);
Status RevokeMyCalendarFeed(const AppContext& ctx, const Actor& actor);

struct FeedDay {
  domain::Date date;
  std::string module_code;
  std::string module_name;
  std::string cohort_name;
  std::string programme_name;
};
// The workplace days behind a feed token (the token is the credential); kNotFound when unknown.
Result<std::vector<FeedDay>> CalendarFeedDays(const AppContext& ctx, const std::string& token);

}  // namespace leerplek::app
