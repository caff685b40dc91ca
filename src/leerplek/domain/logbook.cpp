#include "leerplek/domain/logbook.hpp"

#include <algorithm>
#include <set>

#include "leerplek/domain/text.hpp"
#include "leerplek/domain/work_day.hpp"

namespace leerplek::domain {

std::string_view EntryStateCode(EntryState state) {
  switch (state) {
    case EntryState::kDraft: return "draft";
    case EntryState::kSubmitted: return "submitted";
    case EntryState::kApproved: return "approved";
    case EntryState::kReturned: return "returned";
  }
  return "";  // unreachable: every state is handled above
}

std::string_view EntryStateDutchName(EntryState state) {
  switch (state) {
    case EntryState::kDraft: return "Klad";
    case EntryState::kSubmitted: return "Ingediend";
    case EntryState::kApproved: return "Goedgekeurd";
    case EntryState::kReturned: return "Teruggestuurd";
  }
  return "";  // unreachable: every state is handled above
}

std::optional<EntryState> ParseEntryState(std::string_view code) {
  for (EntryState s : {EntryState::kDraft, EntryState::kSubmitted, EntryState::kApproved, EntryState::kReturned}) {
    if (EntryStateCode(s) == code) return s;
  }
  return std::nullopt;
}

Result<LoggableDayKind> LoggableDay(Date date, Date today, const std::vector<Date>& planned_days,
                                    const std::vector<Date>& catch_up_days) {
  const bool planned = std::find(planned_days.begin(), planned_days.end(), date) != planned_days.end();
  const bool catch_up = std::find(catch_up_days.begin(), catch_up_days.end(), date) != catch_up_days.end();
  if (!planned && !catch_up) {
    return InvalidField("date", DutchDate(date) +
                                    " is geen geplande werkplekdag van deze werkplek. Vraag een inhaaldag aan "
                                    "als je die dag wilt inhalen.");
  }
  if (today < date) {
    return InvalidField("date", "Je kunt " + DutchDate(date) + " pas invullen vanaf die dag zelf.");
  }
  return planned ? LoggableDayKind::kPlanned : LoggableDayKind::kCatchUp;
}

Status EntryIsValid(const LogbookEntry& entry, int goal_count, bool submitting) {
  FieldErrors errors;
  Result<WorkDayEvaluation> day =
      EvaluateWorkDay({entry.date, entry.start_minutes, entry.end_minutes, entry.break_minutes});
  if (!day) {
    for (const auto& f : day.error().fields) errors.Add(f.field, f.message);
  }
  if (entry.start_minutes < 0 || entry.start_minutes >= 24 * 60)
    errors.Add("start", "Geef het begin als uur tussen 00:00 en 23:59.");
  if (entry.end_minutes < 0 || entry.end_minutes >= 24 * 60)
    errors.Add("end", "Geef het einde als uur tussen 00:00 en 23:59.");
  if (submitting && IsBlank(entry.activities)) {
    errors.Add("activities", "Schrijf kort wat je vandaag gedaan hebt.");
  } else if (CodePoints(entry.activities) > kMaxActivitiesLength) {
    errors.Add("activities", "Hou het kort: hoogstens " + std::to_string(kMaxActivitiesLength) + " tekens.");
  }
  std::set<int> seen;
  for (int g : entry.goals) {
    if (g < 1 || g > goal_count) {
      errors.Add("goals", "Kies doelstellingen uit de lijst van de module (1 tot " + std::to_string(goal_count) + ").");
      break;
    }
    if (!seen.insert(g).second) {
      errors.Add("goals", "Elke doelstelling hoogstens één keer.");
      break;
    }
  }
  if (!errors.Empty()) return errors.ToError();
  return {};
}

bool EntryContentChanged(const LogbookEntry& before, const LogbookEntry& after) {
  std::vector<int> a = before.goals;
  std::vector<int> b = after.goals;
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  return before.start_minutes != after.start_minutes || before.end_minutes != after.end_minutes ||
         before.break_minutes != after.break_minutes || Trimmed(before.activities) != Trimmed(after.activities) ||
         a != b;
}

EntryState StateAfterSave(EntryState current, bool content_changed, bool submit) {
  if (current == EntryState::kApproved && !content_changed) return EntryState::kApproved;
  return submit ? EntryState::kSubmitted : EntryState::kDraft;
}

Status ReviewIsAllowed(EntryState current, bool approve, std::string_view comment) {
  if (current != EntryState::kSubmitted) {
    return MakeError(ErrorCode::kFailedPrecondition,
                     "Alleen ingediende dagen kun je goedkeuren of terugsturen; deze is " +
                         std::string(EntryStateDutchName(current)) + ".");
  }
  if (!approve && IsBlank(comment)) return InvalidField("comment", "Schrijf erbij wat de student moet aanpassen.");
  if (CodePoints(comment) > kMaxReviewCommentLength)
    return InvalidField("comment", "Hoogstens " + std::to_string(kMaxReviewCommentLength) + " tekens.");
  return {};
}

Status LogbookIsOpen(PlacementStatus stored_status) {
  if (stored_status == PlacementStatus::kApproved) return {};
  if (stored_status == PlacementStatus::kCompleted)
    return MakeError(ErrorCode::kFailedPrecondition, "Deze werkplek is afgerond; het logboek is gesloten.");
  return MakeError(ErrorCode::kFailedPrecondition, "Je logboek gaat open zodra de werkplek goedgekeurd is.");
}

std::vector<Date> DaysAwaitingEntry(const std::vector<Date>& loggable_days, const std::vector<LogbookEntry>& entries,
                                    const std::vector<Date>& absent, Date today, int after_days) {
  std::set<Date> written;
  for (const LogbookEntry& e : entries) {
    if (e.state == EntryState::kSubmitted || e.state == EntryState::kApproved) written.insert(e.date);
  }
  const std::set<Date> skip(absent.begin(), absent.end());
  const std::set<Date> days(loggable_days.begin(), loggable_days.end());
  std::vector<Date> out;
  for (const Date& d : days) {
    const auto age = (std::chrono::sys_days{today} - std::chrono::sys_days{d}).count();
    if (age >= after_days && !written.contains(d) && !skip.contains(d)) out.push_back(d);
  }
  return out;
}

}  // namespace leerplek::domain
