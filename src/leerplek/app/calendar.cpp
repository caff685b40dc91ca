#include "leerplek/app/calendar.hpp"

#include "leerplek/app/audit.hpp"
#include "leerplek/app/policy.hpp"

namespace leerplek::app {
namespace {

using domain::CohortId;
using domain::Role;

Error CohortNotFound() { return MakeError(ErrorCode::kNotFound, "Deze cohorte bestaat niet."); }

// Everything needed to show a cohort's calendar, read in a fixed number of queries.
struct CalendarContext {
  domain::Cohort cohort;
  domain::Curriculum curriculum;
  bool flemish_holiday = true;
  std::vector<domain::ClosurePeriod> closures;
};

Result<CalendarContext> LoadContext(Repositories& repos, CohortId id) {
  std::optional<domain::Cohort> cohort = repos.Cohorts().ById(id);
  if (!cohort) return CohortNotFound();
  CalendarContext c{*cohort, {}, true, repos.Programmes().Closures(cohort->programme)};
  if (auto p = repos.Programmes().ById(cohort->programme)) c.flemish_holiday = p->flemish_holiday;
  if (cohort->curriculum_version) {
    if (auto cur = repos.Curricula().Load(*cohort->curriculum_version)) c.curriculum = std::move(*cur);
  }
  return c;
}

// `cohort_days` holds the stored days of every module of the cohort, to warn about shared days.
ModuleCalendar Assemble(const CalendarContext& c, const domain::Module& m, domain::CalendarRule rule,
                        std::vector<domain::Date> days, domain::Date today,
                        const std::map<std::string, std::vector<domain::Date>>& cohort_days) {
  ModuleCalendar out;
  out.code = m.code;
  out.name = m.name;
  out.required_days = m.required_days;
  out.rule = std::move(rule);
  out.days = std::move(days);
  out.warnings = domain::WarningsForWorkplaceDays(out.days, c.flemish_holiday, c.closures);
  std::vector<domain::ModuleDays> others;
  for (const domain::Module& other : c.curriculum.modules) {
    auto it = cohort_days.find(other.code);
    if (other.code != m.code && it != cohort_days.end()) others.push_back({other.name, it->second});
  }
  for (auto& w : domain::DaysSharedWithOtherModules(out.days, others)) out.warnings.push_back(std::move(w));
  std::stable_sort(out.warnings.begin(), out.warnings.end(), [](const auto& a, const auto& b) {
    return std::chrono::sys_days(a.date) < std::chrono::sys_days(b.date);
  });
  out.started = !out.days.empty() && std::chrono::sys_days(out.days.front()) < std::chrono::sys_days(today);
  return out;
}


std::string Summary(const std::vector<domain::Date>& days) {
  if (days.empty()) return "geen dagen";
  return std::to_string(days.size()) + " dagen, " + domain::IsoDate(days.front()) + " tot " +
         domain::IsoDate(days.back());
}

}  // namespace

Result<CohortCalendar> GetCohortCalendar(const AppContext& ctx, const Actor& actor, CohortId id) {
  CohortCalendar out;
  const domain::Date today = ctx.clock.Today();
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    Result<CalendarContext> c = LoadContext(repos, id);
    if (!c) return c.error();
    if (Status ok = AuthorizeCohortReader(repos, actor, c->cohort); !ok) return ok;
    auto rules = repos.Calendars().Rules(id);
    auto days = repos.Calendars().Days(id);
    for (const domain::Module& m : c->curriculum.modules) {
      out.modules.push_back(Assemble(*c, m, rules[m.code], days[m.code], today, days));
    }
    out.flemish_holiday = c->flemish_holiday;
    out.closures = c->closures;
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<ModuleCalendar> PreviewModuleCalendar(const AppContext& ctx, const Actor& actor,
                                             const SetModuleCalendarCommand& command) {
  if (Status allowed = Authorize(policy::kEditCurriculum, actor); !allowed) return allowed.error();
  if (Status valid = domain::CalendarRuleIsValid(command.rule); !valid) return valid.error();
  std::optional<ModuleCalendar> out;
  const domain::Date today = ctx.clock.Today();
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    Result<CalendarContext> c = LoadContext(repos, command.cohort);
    if (!c) return c.error();
    if (Status ok = AuthorizeForProgramme(repos, actor, c->cohort.programme, {Role::kProgrammeLead}); !ok) return ok;
    const domain::Module* m = domain::FindModule(c->curriculum, command.module);
    if (m == nullptr)
      return MakeError(ErrorCode::kNotFound, "Deze module hoort niet bij het curriculum van de cohorte.");
    out = Assemble(*c, *m, command.rule, domain::WorkplaceDaysFromRule(command.rule), today,
                   repos.Calendars().Days(command.cohort));
    return {};
  });
  if (!read) return read.error();
  return *out;
}

Result<ModuleCalendar> SetModuleCalendar(const AppContext& ctx, const Actor& actor,
                                         const SetModuleCalendarCommand& command) {
  if (Status allowed = Authorize(policy::kEditCurriculum, actor); !allowed) return allowed.error();
  if (Status valid = domain::CalendarRuleIsValid(command.rule); !valid) return valid.error();
  const std::vector<domain::Date> days = domain::WorkplaceDaysFromRule(command.rule);
  const Timestamp now = ctx.clock.Now();
  const domain::Date today = ctx.clock.Today();
  std::optional<ModuleCalendar> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    Result<CalendarContext> c = LoadContext(repos, command.cohort);
    if (!c) return c.error();
    if (Status ok = AuthorizeForProgramme(repos, actor, c->cohort.programme, {Role::kProgrammeLead}); !ok) return ok;
    const domain::Module* m = domain::FindModule(c->curriculum, command.module);
    if (m == nullptr)
      return MakeError(ErrorCode::kNotFound, "Deze module hoort niet bij het curriculum van de cohorte.");
    std::map<std::string, std::vector<domain::Date>> cohort_days = repos.Calendars().Days(command.cohort);
    std::vector<domain::Date> before = cohort_days[m->code];
    const bool started = !before.empty() && std::chrono::sys_days(before.front()) < std::chrono::sys_days(today);
    if (started && !command.confirm_started) {
      return MakeError(ErrorCode::kFailedPrecondition, "Module " + m->name + " is al gestart (eerste dag " +
                                                           domain::IsoDate(before.front()) +
                                                           "). Bevestig dat je de werkplekdagen toch wil wijzigen.");
    }
    repos.Calendars().Save(command.cohort, m->code, command.rule, days, actor.user.id, now);
    RecordChange(repos, now, actor.user.id, started ? "calendar.changed_after_start" : "calendar.updated", "cohort",
                 std::to_string(command.cohort.value), Snapshot{{"module", m->code}, {"days", Summary(before)}},
                 Snapshot{{"module", m->code}, {"days", Summary(days)}});
    out = Assemble(*c, *m, command.rule, days, today, cohort_days);
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<std::vector<domain::Holiday>> LegalHolidays(int year) {
  if (year < domain::kFirstSupportedYear || year > domain::kLastSupportedYear) {
    return InvalidField("year", "Kies een jaar tussen 1900 en 2100.");
  }
  return domain::BelgianLegalHolidays(year);
}

Result<CalendarFeed> GetMyCalendarFeed(const AppContext& ctx, const Actor& actor) {
  if (Status allowed = Authorize(policy::kStudentOnly, actor); !allowed) return allowed.error();
  std::optional<std::pair<std::string, Timestamp>> feed;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    feed = repos.Calendars().Feed(actor.user.id);
    return {};
  });
  if (!read) return read.error();
  if (!feed) return MakeError(ErrorCode::kNotFound, "Je hebt nog geen agenda-abonnement.");
  return CalendarFeed{feed->first, feed->second};
}

Result<CalendarFeed> RenewMyCalendarFeed(const AppContext& ctx, const Actor& actor) {
  if (Status allowed = Authorize(policy::kStudentOnly, actor); !allowed) return allowed.error();
  const CalendarFeed feed{ctx.crypto.RandomToken(), ctx.clock.Now()};
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    const bool had = repos.Calendars().Feed(actor.user.id).has_value();
    repos.Calendars().SetFeed(actor.user.id, feed.token, feed.created_at);
    RecordChange(repos, feed.created_at, actor.user.id, had ? "calendar_feed.replaced" : "calendar_feed.created",
                 "user", std::to_string(actor.user.id.value), std::nullopt, std::nullopt);
    return {};
  });
  if (!written) return written.error();
  return feed;
}

Status RevokeMyCalendarFeed(const AppContext& ctx, const Actor& actor) {
  if (Status allowed = Authorize(policy::kStudentOnly, actor); !allowed) return allowed;
  const Timestamp now = ctx.clock.Now();
  return ctx.store.Write([&](Repositories& repos) -> Status {
    if (!repos.Calendars().Feed(actor.user.id))
      return MakeError(ErrorCode::kNotFound, "Je hebt geen agenda-abonnement.");
    repos.Calendars().DeleteFeed(actor.user.id);
    RecordChange(repos, now, actor.user.id, "calendar_feed.revoked", "user", std::to_string(actor.user.id.value),
                 std::nullopt, std::nullopt);
    return {};
  });
}

Result<std::vector<FeedDay>> CalendarFeedDays(const AppContext& ctx, const std::string& token) {
  const Error unknown = MakeError(ErrorCode::kNotFound, "Dit agenda-abonnement bestaat niet (meer).");
  if (token.empty() || token.size() > 100) return unknown;
  std::vector<FeedDay> out;
  bool found = false;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    std::optional<UserId> owner = repos.Calendars().FeedOwner(token);
    if (!owner) return {};
    std::optional<domain::User> user = repos.Users().ById(*owner);
    if (!user || !user->active || !user->roles.Has(Role::kStudent)) return {};
    found = true;
    for (const domain::Cohort& cohort : repos.Cohorts().OfMember(*owner)) {
      const auto roles = repos.Cohorts().RolesOf(cohort.id, *owner);
      if (std::find(roles.begin(), roles.end(), domain::MemberRole::kStudent) == roles.end()) continue;
      Result<CalendarContext> c = LoadContext(repos, cohort.id);
      if (!c) continue;
      const std::string programme = repos.Programmes().ById(cohort.programme).value_or(ProgrammeRecord{}).name;
      for (const auto& [code, days] : repos.Calendars().Days(cohort.id)) {
        const domain::Module* m = domain::FindModule(c->curriculum, code);
        for (const domain::Date& d : days) out.push_back({d, code, m ? m->name : code, cohort.name, programme});
      }
    }
    return {};
  });
  if (!read) return read.error();
  if (!found) return unknown;
  std::sort(out.begin(), out.end(), [](const FeedDay& a, const FeedDay& b) {
    return std::chrono::sys_days(a.date) < std::chrono::sys_days(b.date);
  });
  return out;
}

}  // namespace leerplek::app
