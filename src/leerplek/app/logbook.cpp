#include "leerplek/app/logbook.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "leerplek/app/audit.hpp"
#include "leerplek/app/mail_templates.hpp"
#include "leerplek/app/policy.hpp"
#include "leerplek/domain/text.hpp"

namespace leerplek::app {
namespace {

using domain::EntryState;
using domain::LogbookEntry;
using domain::LogbookEntryId;
using domain::Placement;
using domain::PlacementId;
using domain::PlacementStatus;
using domain::Role;

Error EntryNotFound() { return MakeError(ErrorCode::kNotFound, "Deze logboekdag bestaat niet."); }

bool HasLogbook(PlacementStatus s) { return s == PlacementStatus::kApproved || s == PlacementStatus::kCompleted; }

// The days of these placements from their cohorts' calendars and curricula: a fixed number of queries.
std::map<std::int64_t, PlacementDays> DaysOf(Repositories& repos, const std::vector<Placement>& placements) {
  std::map<std::int64_t, std::map<std::string, std::vector<domain::Date>>> calendars;  // by cohort
  std::map<std::int64_t, std::optional<domain::Curriculum>> curricula;                 // by cohort
  std::map<std::int64_t, PlacementDays> out;
  for (const Placement& p : placements) {
    if (!calendars.contains(p.cohort.value)) {
      calendars[p.cohort.value] = repos.Calendars().Days(p.cohort);
      std::optional<domain::Cohort> cohort = repos.Cohorts().ById(p.cohort);
      if (cohort && cohort->curriculum_version) {
        curricula[p.cohort.value] = repos.Curricula().Load(*cohort->curriculum_version);
      } else {
        curricula[p.cohort.value] = std::nullopt;
      }
    }
    PlacementDays& d = out[p.id.value];
    d.planned = calendars[p.cohort.value][p.module_code];
    std::sort(d.planned.begin(), d.planned.end());
    if (const auto& curriculum = curricula[p.cohort.value]) {
      if (const domain::Module* m = domain::FindModule(*curriculum, p.module_code)) {
        d.required_days = m->required_days;
        d.goals = m->goals;
      }
    }
  }
  if (placements.empty()) return out;
  // R8: the planned days a sickness report covers are missed; R9: approved catch-up days may be written.
  AbsenceFilter of_these;
  of_these.placements.emplace();
  for (const Placement& p : placements) of_these.placements->push_back(p.id);
  for (const SicknessRecord& s : repos.Absences().SicknessReports(of_these)) {
    PlacementDays& d = out[s.placement.value];
    for (const domain::Date& day : domain::SickPlannedDays(s.report, d.planned)) d.absent.push_back(day);
  }
  for (const CatchUpRequest& c : repos.Absences().CatchUpRequests(of_these)) {
    if (c.state == domain::CatchUpState::kApproved) out[c.placement.value].catch_up.push_back(c.date);
  }
  for (auto& [id, d] : out) {
    for (std::vector<domain::Date>* days : {&d.absent, &d.catch_up}) {
      std::sort(days->begin(), days->end());
      days->erase(std::unique(days->begin(), days->end()), days->end());
    }
  }
  return out;
}

// The days a student may write in one placement, and the number of the module's goals: the few narrow
// queries the hot path of SaveLogbookEntry needs (required days and absences play no part there).
PlacementDays WritableDaysOf(Repositories& repos, const Placement& p, const domain::Cohort& cohort) {
  PlacementDays d;
  d.planned = repos.Calendars().ModuleDays(p.cohort, p.module_code);
  if (cohort.curriculum_version) {
    if (auto size = repos.Curricula().SizeOfModule(*cohort.curriculum_version, p.module_code)) {
      d.required_days = size->required_days;
      d.goals.resize(static_cast<std::size_t>(size->goals));  // only their number is used
    }
  }
  AbsenceFilter of_this;
  of_this.placements.emplace({p.id});
  for (const CatchUpRequest& c : repos.Absences().CatchUpRequests(of_this)) {
    if (c.state == domain::CatchUpState::kApproved) d.catch_up.push_back(c.date);
  }
  return d;
}

std::map<std::int64_t, std::vector<LogbookEntry>> EntriesOf(Repositories& repos,
                                                            const std::vector<Placement>& placements) {
  std::vector<PlacementId> ids;
  for (const Placement& p : placements) ids.push_back(p.id);
  std::map<std::int64_t, std::vector<LogbookEntry>> out;
  for (LogbookEntry& e : repos.Logbook().ForPlacements(ids, std::nullopt)) {
    out[e.placement.value].push_back(std::move(e));
  }
  return out;
}

domain::Progress ProgressOf(const PlacementDays& days, const std::vector<LogbookEntry>& entries, domain::Date today) {
  domain::ProgressInput in;
  in.required_days = days.required_days;
  in.planned_days = days.planned;
  in.absences = days.absent;
  in.today = today;
  for (const LogbookEntry& e : entries) {
    const int worked = e.end_minutes - e.start_minutes - e.break_minutes;
    in.entries.push_back({e.date, worked, e.state, e.catch_up});
  }
  return domain::ModuleProgress(in);
}

EntryView ViewOfEntry(const LogbookEntry& e) {
  EntryView v{e, {}};
  if (auto eval = domain::EvaluateWorkDay({e.date, e.start_minutes, e.end_minutes, e.break_minutes})) {
    v.evaluation = *eval;
  }
  return v;
}

bool Contains(const std::vector<domain::Date>& days, domain::Date d) {
  return std::find(days.begin(), days.end(), d) != days.end();
}

// Planned and catch-up days, with what was written on them (and entries on days no longer planned).
std::vector<LogbookDay> DaysWithEntries(const PlacementDays& days, const std::vector<LogbookEntry>& entries) {
  std::map<domain::Date, LogbookDay> by_date;
  for (const domain::Date& d : days.planned)
    by_date[d] = {d, domain::LoggableDayKind::kPlanned, Contains(days.absent, d), {}};
  for (const domain::Date& d : days.catch_up) by_date[d] = {d, domain::LoggableDayKind::kCatchUp, false, {}};
  for (const LogbookEntry& e : entries) {
    LogbookDay& day = by_date[e.date];
    if (!day.entry && day.date != e.date) {
      day.date = e.date;
      day.kind = e.catch_up ? domain::LoggableDayKind::kCatchUp : domain::LoggableDayKind::kPlanned;
    }
    day.entry = ViewOfEntry(e);
  }
  std::vector<LogbookDay> out;
  for (auto& [date, day] : by_date) out.push_back(std::move(day));
  return out;
}

Snapshot SnapshotOf(const LogbookEntry& e) {
  std::string goals;
  for (int g : e.goals) goals += (goals.empty() ? "" : ",") + std::to_string(g);
  return {{"placement", std::to_string(e.placement.value)},
          {"date", domain::IsoDate(e.date)},
          {"start_minutes", std::to_string(e.start_minutes)},
          {"end_minutes", std::to_string(e.end_minutes)},
          {"break_minutes", std::to_string(e.break_minutes)},
          {"activities", e.activities},
          {"goals", goals},
          {"state", std::string(domain::EntryStateCode(e.state))},
          {"review_comment", e.review_comment},
          {"version", std::to_string(e.version)}};
}

// One step of an entry: its version and the audit trail, in the caller's transaction.
void RecordStep(Repositories& repos, const std::optional<LogbookEntry>& before, const LogbookEntry& after,
                const std::string& action, UserId actor, Timestamp now) {
  repos.Logbook().AppendVersion(after, action, actor, now);
  std::optional<Snapshot> before_snapshot;
  if (before) before_snapshot = SnapshotOf(*before);
  RecordChange(repos, now, actor, "logbook_entry." + action, "logbook_entry", std::to_string(after.id.value),
               before_snapshot, SnapshotOf(after));
}

}  // namespace

std::map<std::int64_t, PlacementDays> PlacementDaysOf(Repositories& repos, const std::vector<Placement>& placements) {
  return DaysOf(repos, placements);
}

domain::Progress PlacementProgress(const PlacementDays& days, const std::vector<LogbookEntry>& entries,
                                   domain::Date today) {
  return ProgressOf(days, entries, today);
}

Result<LogbookView> GetLogbook(const AppContext& ctx, const Actor& actor, PlacementId id) {
  std::optional<LogbookView> out;
  const domain::Date today = ctx.clock.Today();
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    auto loaded = LoadReadablePlacement(repos, actor, id);
    if (!loaded) return loaded.error();
    const Placement& p = loaded->first;
    LogbookView v;
    v.placement = PlacementViews(repos, today, {p}).front();
    if (HasLogbook(p.status)) {
      v.days_facts = DaysOf(repos, {p})[p.id.value];
      const std::vector<LogbookEntry> entries = EntriesOf(repos, {p})[p.id.value];
      v.progress = ProgressOf(v.days_facts, entries, today);
      v.days = DaysWithEntries(v.days_facts, entries);
    }
    v.may_write = IsStudentOf(actor, p) && domain::LogbookIsOpen(p.status);
    v.may_review = IsMentorOf(actor, p);
    v.sickness_reports = SicknessViewsOf(repos, v.placement);
    v.catch_up_requests = CatchUpViewsOf(repos, v.placement);
    out = std::move(v);
    return {};
  });
  if (!read) return read.error();
  return *out;
}

Result<EntryView> SaveLogbookEntry(const AppContext& ctx, const Actor& actor, const SaveEntryCommand& command) {
  const Timestamp now = ctx.clock.Now();
  const domain::Date today = ctx.clock.Today();
  std::optional<EntryView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    auto loaded = LoadReadablePlacement(repos, actor, command.placement);
    if (!loaded) return loaded.error();
    const Placement& p = loaded->first;
    if (!IsStudentOf(actor, p))
      return MakeError(ErrorCode::kPermissionDenied, "Alleen de student zelf schrijft in dit logboek.");
    if (Status open = domain::LogbookIsOpen(p.status); !open) return open.error();
    const PlacementDays days = WritableDaysOf(repos, p, loaded->second);
    Result<domain::LoggableDayKind> kind = domain::LoggableDay(command.date, today, days.planned, days.catch_up);
    if (!kind) return kind.error();
    const std::optional<LogbookEntry> before = repos.Logbook().OnDay(p.id, command.date);
    LogbookEntry after = before.value_or(LogbookEntry{});
    after.placement = p.id;
    after.date = command.date;
    after.start_minutes = command.start_minutes;
    after.end_minutes = command.end_minutes;
    after.break_minutes = command.break_minutes;
    after.activities = std::string(domain::Trimmed(command.activities));
    after.goals = command.goals;
    after.catch_up = *kind == domain::LoggableDayKind::kCatchUp;
    if (Status valid = domain::EntryIsValid(after, static_cast<int>(days.goals.size()), command.submit); !valid)
      return valid.error();
    const bool changed = !before || domain::EntryContentChanged(*before, after);
    after.state = domain::StateAfterSave(before ? before->state : EntryState::kDraft, changed, command.submit);
    if (before && !changed && after.state == before->state) {
      out = ViewOfEntry(*before);  // nothing to record
      return {};
    }
    after.version = before ? before->version + 1 : 1;
    after.updated_by = actor.user.id;
    after.updated_at = now;
    if (after.state == EntryState::kSubmitted) after.submitted_at = now;
    if (before) {
      repos.Logbook().Update(after);
    } else {
      after.id = repos.Logbook().Insert(after);
    }
    RecordStep(repos, before, after, after.state == EntryState::kSubmitted ? "submitted" : "saved", actor.user.id, now);
    out = ViewOfEntry(after);
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<std::vector<EntryView>> ReviewLogbookEntries(const AppContext& ctx, const Actor& actor,
                                                    const ReviewCommand& command) {
  if (command.entries.empty() || command.entries.size() > domain::kMaxReviewBatch) {
    return InvalidField("entry_ids", "Kies 1 tot " + std::to_string(domain::kMaxReviewBatch) + " logboekdagen.");
  }
  const std::set<LogbookEntryId> wanted(command.entries.begin(), command.entries.end());
  const Timestamp now = ctx.clock.Now();
  std::vector<EntryView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    std::vector<LogbookEntry> entries =
        repos.Logbook().ByIds(std::vector<LogbookEntryId>(wanted.begin(), wanted.end()));
    if (entries.size() != wanted.size()) return EntryNotFound();
    std::map<std::int64_t, Placement> placements;
    for (const LogbookEntry& e : entries) {
      if (placements.contains(e.placement.value)) continue;
      std::optional<Placement> p = repos.Placements().ById(e.placement);
      if (!p) return EntryNotFound();
      if (!IsMentorOf(actor, *p))
        return MakeError(ErrorCode::kPermissionDenied, "Je bent niet de mentor van deze student.");
      placements.emplace(p->id.value, std::move(*p));
    }
    std::map<std::int64_t, std::vector<domain::Date>> returned;  // by student
    for (LogbookEntry& e : entries) {
      if (Status ok = domain::ReviewIsAllowed(e.state, command.approve, command.comment); !ok) {
        Error err = ok.error();
        err.message = domain::DutchDate(e.date) + ": " + err.message;
        return err;
      }
      const LogbookEntry before = e;
      e.state = command.approve ? EntryState::kApproved : EntryState::kReturned;
      e.review_comment = std::string(domain::Trimmed(command.comment));
      e.reviewed_by = actor.user.id;
      e.reviewed_at = now;
      e.version += 1;
      repos.Logbook().Update(e);
      RecordStep(repos, before, e, command.approve ? "approved" : "returned", actor.user.id, now);
      if (!command.approve) returned[e.placement.value].push_back(e.date);
      out.push_back(ViewOfEntry(e));
    }
    // A returned day is the student's to fix: they hear it at once, with the mentor's comment.
    for (const auto& [placement_id, dates] : returned) {
      const Placement& p = placements.at(placement_id);
      const PlacementView v = PlacementViews(repos, ctx.clock.Today(), {p}).front();
      std::optional<domain::User> student = repos.Users().ById(p.student);
      if (!student) continue;
      std::vector<std::string> shown;
      for (const domain::Date& d : dates) shown.push_back(domain::DutchDate(d));
      repos.Mail().Enqueue(
          LogbookReturnedMail(*student, {v.student_name, v.module_name, v.organisation_name}, domain::DutchList(shown),
                              command.comment, actor.user.name, LogbookLink(ctx, p.id)),
          now);
    }
    return {};
  });
  if (!written) return written.error();
  return out;
}

Result<std::vector<QueueItem>> ReviewQueue(const AppContext& ctx, const Actor& actor) {
  std::vector<QueueItem> out;
  const domain::Date today = ctx.clock.Today();
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    std::vector<Placement> mine;
    for (Placement& p : repos.Placements().Find(PlacementFilter{{}, {}, actor.user.id, {}, {}})) {
      if (HasLogbook(p.status)) mine.push_back(std::move(p));
    }
    std::vector<PlacementId> ids;
    for (const Placement& p : mine) ids.push_back(p.id);
    const std::vector<LogbookEntry> waiting = repos.Logbook().ForPlacements(ids, EntryState::kSubmitted);
    std::set<std::int64_t> with_entries;
    for (const LogbookEntry& e : waiting) with_entries.insert(e.placement.value);
    std::vector<Placement> shown;
    for (const Placement& p : mine) {
      if (with_entries.contains(p.id.value)) shown.push_back(p);
    }
    std::map<std::int64_t, PlacementView> views;
    for (PlacementView& v : PlacementViews(repos, today, shown)) views.emplace(v.placement.id.value, std::move(v));
    for (const LogbookEntry& e : waiting) out.push_back({ViewOfEntry(e), views.at(e.placement.value)});
    std::stable_sort(out.begin(), out.end(), [](const QueueItem& a, const QueueItem& b) {
      if (a.entry.entry.date != b.entry.entry.date) return a.entry.entry.date < b.entry.entry.date;
      return a.placement.student_name < b.placement.student_name;
    });
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<std::vector<LogbookEntryVersion>> EntryHistory(const AppContext& ctx, const Actor& actor, LogbookEntryId id) {
  std::vector<LogbookEntryVersion> out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    std::vector<LogbookEntry> found = repos.Logbook().ByIds({id});
    if (found.empty()) return EntryNotFound();
    auto loaded = LoadReadablePlacement(repos, actor, found.front().placement);
    if (!loaded) return loaded.error();
    out = repos.Logbook().Versions(id);
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<std::vector<ProgressRow>> CohortProgress(const AppContext& ctx, const Actor& actor, domain::CohortId cohort_id) {
  std::vector<ProgressRow> out;
  const domain::Date today = ctx.clock.Today();
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    std::optional<domain::Cohort> cohort = repos.Cohorts().ById(cohort_id);
    if (!cohort) return MakeError(ErrorCode::kNotFound, "Deze cohorte bestaat niet.");
    if (Status ok = AuthorizeForProgramme(repos, actor, cohort->programme, policy::kStaffRoles); !ok) return ok.error();
    std::vector<Placement> placements;
    for (Placement& p : repos.Placements().Find(PlacementFilter{{cohort_id}, {}, {}, {}, {}})) {
      if (HasLogbook(p.status)) placements.push_back(std::move(p));
    }
    auto days = DaysOf(repos, placements);
    auto entries = EntriesOf(repos, placements);
    for (PlacementView& v : PlacementViews(repos, today, placements)) {
      const PlacementDays& d = days[v.placement.id.value];
      ProgressRow row;
      row.required_days = d.required_days;
      row.progress = ProgressOf(d, entries[v.placement.id.value], today);
      row.past_planned_days =
          static_cast<int>(std::count_if(d.planned.begin(), d.planned.end(), [&](auto day) { return day < today; }));
      row.behind = row.progress.catch_up_open > 0;
      row.placement = std::move(v);
      out.push_back(std::move(row));
    }
    std::stable_sort(out.begin(), out.end(), [](const ProgressRow& a, const ProgressRow& b) {
      if (a.behind != b.behind) return a.behind;
      if (a.placement.student_name != b.placement.student_name)
        return a.placement.student_name < b.placement.student_name;
      return a.placement.module_name < b.placement.module_name;
    });
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<std::vector<TodayItem>> MyToday(const AppContext& ctx, const Actor& actor) {
  std::vector<TodayItem> out;
  const domain::Date today = ctx.clock.Today();
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    std::vector<Placement> mine;
    for (Placement& p : repos.Placements().Find(PlacementFilter{{}, {actor.user.id}, {}, {}, {}})) {
      if (p.status == PlacementStatus::kApproved) mine.push_back(std::move(p));
    }
    auto days = DaysOf(repos, mine);
    auto entries = EntriesOf(repos, mine);
    for (PlacementView& v : PlacementViews(repos, today, mine)) {
      const PlacementDays& d = days[v.placement.id.value];
      const std::vector<LogbookEntry>& written = entries[v.placement.id.value];
      TodayItem item;
      item.required_days = d.required_days;
      item.progress = ProgressOf(d, written, today);
      if (auto kind = domain::LoggableDay(today, today, d.planned, d.catch_up)) item.today = *kind;
      std::map<domain::Date, const LogbookEntry*> by_date;
      for (const LogbookEntry& e : written) by_date[e.date] = &e;
      if (auto it = by_date.find(today); it != by_date.end()) item.today_entry = ViewOfEntry(*it->second);
      std::set<domain::Date> loggable(d.planned.begin(), d.planned.end());
      loggable.insert(d.catch_up.begin(), d.catch_up.end());
      for (const domain::Date& day : loggable) {
        if (today < day) {
          if (!item.next_day) item.next_day = day;
          continue;
        }
        if (day == today || Contains(d.absent, day)) continue;
        auto it = by_date.find(day);
        const bool done = it != by_date.end() &&
                          (it->second->state == EntryState::kSubmitted || it->second->state == EntryState::kApproved);
        if (!done) item.days_to_write.push_back(day);
      }
      for (const LogbookEntry& e : written) {
        if (e.state == EntryState::kReturned) item.returned_days.push_back(e.date);
      }
      item.placement = std::move(v);
      out.push_back(std::move(item));
    }
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<ReminderReport> SendLogbookReminders(const AppContext& ctx) {
  const Timestamp now = ctx.clock.Now();
  const domain::Date today = ctx.clock.Today();
  const int student_days = ctx.settings.student_reminder_after_days;
  const int mentor_days = ctx.settings.mentor_reminder_after_days;
  ReminderReport report;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    std::vector<Placement> open;
    for (Placement& p : repos.Placements().Find(PlacementFilter{})) {
      if (p.status == PlacementStatus::kApproved) open.push_back(std::move(p));
    }
    auto days = DaysOf(repos, open);
    auto entries = EntriesOf(repos, open);
    std::map<std::int64_t, PlacementView> views;
    std::map<std::int64_t, std::vector<std::string>> to_students;  // lines by student
    std::map<std::int64_t, std::vector<std::string>> to_mentors;
    std::map<std::int64_t, PlacementId> first_placement;  // the link in a student's reminder
    for (PlacementView& v : PlacementViews(repos, today, open)) {
      const Placement& p = v.placement;
      const PlacementDays& d = days[p.id.value];
      const std::vector<LogbookEntry>& written_entries = entries[p.id.value];
      if (student_days > 0) {
        std::vector<domain::Date> loggable = d.planned;
        loggable.insert(loggable.end(), d.catch_up.begin(), d.catch_up.end());
        for (const domain::Date& day :
             domain::DaysAwaitingEntry(loggable, written_entries, d.absent, today, student_days)) {
          to_students[p.student.value].push_back(domain::DutchDate(day) + " (" + v.module_name + ")");
          first_placement.emplace(p.student.value, p.id);
        }
      }
      if (mentor_days > 0 && p.mentor) {
        for (const LogbookEntry& e : written_entries) {
          if (e.state == EntryState::kSubmitted && e.submitted_at &&
              *e.submitted_at + std::chrono::days{mentor_days} <= now) {
            to_mentors[p.mentor->value].push_back(v.student_name + ", " + domain::DutchDate(e.date) + " (" +
                                                  v.module_name + ")");
          }
        }
      }
    }
    const auto send = [&](const std::map<std::int64_t, std::vector<std::string>>& lines, const std::string& kind,
                          auto&& make_mail) {
      const std::vector<UserId> done = repos.Logbook().RemindedOn(kind, today);
      std::vector<UserId> wanted;
      for (const auto& [user, list] : lines) {
        if (std::find(done.begin(), done.end(), UserId{user}) == done.end()) wanted.push_back(UserId{user});
      }
      int sent = 0;
      for (const domain::User& u : repos.Users().ByIds(wanted)) {
        if (!u.active) continue;
        repos.Mail().Enqueue(make_mail(u, lines.at(u.id.value)), now);
        repos.Logbook().RecordReminder(u.id, kind, today);
        ++sent;
      }
      return sent;
    };
    report.students = send(to_students, "logbook_student", [&](const domain::User& u, const auto& l) {
      return LogbookStudentReminderMail(u, l, LogbookLink(ctx, first_placement.at(u.id.value)));
    });
    report.mentors = send(to_mentors, "logbook_mentor", [&](const domain::User& u, const auto& l) {
      return LogbookMentorReminderMail(u, l, ctx.settings.base_url + "/nakijken");
    });
    if (report.students + report.mentors > 0) {
      RecordChange(
          repos, now, std::nullopt, "logbook.reminders_sent", "logbook", domain::IsoDate(today), std::nullopt,
          Snapshot{{"students", std::to_string(report.students)}, {"mentors", std::to_string(report.mentors)}});
    }
    return {};
  });
  if (!written) return written.error();
  return report;
}

bool IsStudentOf(const Actor& actor, const domain::Placement& p) {
  return actor.user.id == p.student && actor.user.roles.Has(Role::kStudent);
}

bool IsMentorOf(const Actor& actor, const domain::Placement& p) {
  return p.mentor && actor.user.id == *p.mentor && actor.user.roles.Has(Role::kMentor);
}

std::string LogbookLink(const AppContext& ctx, domain::PlacementId id) {
  return ctx.settings.base_url + "/logboek/" + std::to_string(id.value);
}

}  // namespace leerplek::app
