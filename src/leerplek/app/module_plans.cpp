#include "leerplek/app/module_plans.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "leerplek/app/audit.hpp"
#include "leerplek/app/policy.hpp"

namespace leerplek::app {
namespace {

using domain::CohortId;
using domain::Role;

const domain::RoleSet kCoordinatorOnly{Role::kCoordinator};

// The cohort, its module and who is in it: what every plan of a module starts from.
struct ModuleContext {
  domain::Cohort cohort;
  std::string module_name;
  std::vector<domain::Date> days;
  std::vector<domain::User> students;
};

Result<ModuleContext> LoadModule(Repositories& repos, const Actor& actor, CohortId id, const std::string& module,
                                 const domain::RoleSet& roles) {
  std::optional<domain::Cohort> cohort = repos.Cohorts().ById(id);
  if (!cohort) return MakeError(ErrorCode::kNotFound, "Deze cohorte bestaat niet.");
  if (Status ok = AuthorizeForProgramme(repos, actor, cohort->programme, roles); !ok) return ok.error();
  std::optional<domain::Curriculum> curriculum;
  if (cohort->curriculum_version) curriculum = repos.Curricula().Load(*cohort->curriculum_version);
  const domain::Module* m = curriculum ? domain::FindModule(*curriculum, module) : nullptr;
  if (!m) return MakeError(ErrorCode::kNotFound, "Deze module bestaat niet in het curriculum van de cohorte.");
  ModuleContext out{*cohort, m->name, repos.Calendars().Days(cohort->id)[module], {}};
  std::sort(out.days.begin(), out.days.end());
  for (CohortMember& member : repos.Cohorts().Members(cohort->id)) {
    if (member.role == domain::MemberRole::kStudent) out.students.push_back(std::move(member.user));
  }
  return out;
}

std::vector<std::string> StudentKeys(const std::vector<domain::User>& students) {
  std::vector<std::string> out;
  for (const auto& s : students) out.push_back(std::to_string(s.id.value));
  return out;
}

// Names for the rules' messages: people read "Lotte Peeters zit ook in groep 2", not an id.
std::map<std::string, std::string> StudentNames(const std::vector<domain::User>& students) {
  std::map<std::string, std::string> out;
  for (const auto& s : students) out[std::to_string(s.id.value)] = s.name;
  return out;
}

domain::RotationRequest RequestOf(const ModuleContext& m, int block_days,
                                  const std::vector<RotationSettingRecord>& settings) {
  domain::RotationRequest request{m.days, block_days, {}, StudentKeys(m.students), StudentNames(m.students)};
  for (const auto& s : settings) request.settings.push_back({s.id, s.capacity});
  return request;
}

RotationPlanView RotationView(const ModuleContext& m, const std::string& module,
                              std::optional<SavedRotationPlan> plan) {
  RotationPlanView v{m.cohort.id, module, m.module_name, m.days, m.students, std::move(plan), {}};
  if (v.plan)
    v.distinct = domain::CountDistinctSettings(RequestOf(m, v.plan->block_days, v.plan->settings), v.plan->assignments);
  return v;
}

// Settings name organisations of the register and mentors with a mentor account, when they name any.
Status SettingReferencesAreKnown(Repositories& repos, const std::vector<RotationSettingRecord>& settings) {
  FieldErrors errors;
  for (std::size_t i = 0; i < settings.size(); ++i) {
    const std::string at = "settings[" + std::to_string(i) + "].";
    if (settings[i].organisation && !repos.Organisations().ById(*settings[i].organisation))
      errors.Add(at + "organisation_id", "Deze werkplek staat niet in het register.");
    if (settings[i].mentor) {
      std::optional<domain::User> u = repos.Users().ById(*settings[i].mentor);
      if (!u || !u->roles.Has(Role::kMentor)) errors.Add(at + "mentor_id", "Deze mentor bestaat niet.");
    }
  }
  if (!errors.Empty()) return errors.ToError();
  return {};
}

domain::GroupingRequest GroupingRequestOf(Repositories& repos, const ModuleContext& m,
                                          const std::vector<domain::GroupCompany>& companies,
                                          const std::map<std::string, std::string>& preferences) {
  domain::GroupingRequest request{StudentKeys(m.students), companies, preferences, StudentNames(m.students), {}};
  for (const domain::Organisation& o : repos.Organisations().List())
    request.company_names[std::to_string(o.id.value)] = o.name;
  return request;
}

GroupingView GroupView(const ModuleContext& m, const std::string& module, std::optional<SavedGrouping> grouping) {
  GroupingView v{m.cohort.id, module, m.module_name, m.students, std::move(grouping), 0};
  if (v.grouping) {
    const domain::GroupingRequest request{
        StudentKeys(m.students), v.grouping->companies, v.grouping->preferences, {}, {}};
    v.preferences_honoured = domain::CountPreferencesHonoured(request, v.grouping->groups);
  }
  return v;
}

}  // namespace

Result<RotationPlanView> GetRotationPlan(const AppContext& ctx, const Actor& actor, CohortId cohort,
                                         const std::string& module) {
  std::optional<RotationPlanView> out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    Result<ModuleContext> m = LoadModule(repos, actor, cohort, module, policy::kStaffRoles);
    if (!m) return m.error();
    out = RotationView(*m, module, repos.ModulePlans().Rotation(cohort, module));
    return {};
  });
  if (!read) return read.error();
  return *out;
}

Result<RotationPlanView> SaveRotationPlan(const AppContext& ctx, const Actor& actor,
                                          const SaveRotationCommand& command) {
  const Timestamp now = ctx.clock.Now();
  std::optional<RotationPlanView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    Result<ModuleContext> m = LoadModule(repos, actor, command.cohort, command.module, kCoordinatorOnly);
    if (!m) return m.error();
    if (m->days.empty())
      return InvalidField("days", "Leg eerst de werkplekdagen van deze module vast in de kalender van de cohorte.");
    if (m->students.empty()) return InvalidField("students", "Deze cohorte heeft nog geen studenten.");
    const domain::RotationRequest request = RequestOf(*m, command.block_days, command.settings);
    // Every problem of the form at once: its shape and the register entries it names.
    FieldErrors problems;
    for (const Status& s :
         {domain::RotationRequestIsValid(request), SettingReferencesAreKnown(repos, command.settings)}) {
      if (!s) {
        for (const FieldError& f : s.error().fields) problems.Add(f.field, f.message);
      }
    }
    if (!problems.Empty()) return problems.ToError();
    SavedRotationPlan plan{
        command.cohort, command.module, command.block_days, command.settings, {}, std::nullopt, actor.user.id, now};
    if (command.assignments) {
      if (Status ok = domain::RotationPlanRespectsRules(request, {*command.assignments, 0, 0}); !ok) return ok.error();
      plan.assignments = *command.assignments;
    } else {
      Result<domain::RotationPlan> planned = domain::PlanRotation(request);
      if (!planned) return planned.error();
      plan.assignments = planned->assignments;
    }
    std::optional<SavedRotationPlan> before = repos.ModulePlans().Rotation(command.cohort, command.module);
    repos.ModulePlans().PutRotation(plan);
    out = RotationView(*m, command.module, plan);
    RecordChange(repos, now, actor.user.id, command.assignments ? "rotation_plan.adjusted" : "rotation_plan.planned",
                 "cohort", std::to_string(command.cohort.value),
                 before ? std::optional<Snapshot>(Snapshot{{"module", command.module},
                                                           {"assignments", std::to_string(before->assignments.size())}})
                        : std::nullopt,
                 Snapshot{{"module", command.module},
                          {"settings", std::to_string(plan.settings.size())},
                          {"block_days", std::to_string(plan.block_days)},
                          {"assignments", std::to_string(plan.assignments.size())},
                          {"min_distinct_settings", std::to_string(out->distinct.min_per_student)}});
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<RotationPlanView> PublishRotationPlan(const AppContext& ctx, const Actor& actor, CohortId cohort,
                                             const std::string& module) {
  const Timestamp now = ctx.clock.Now();
  std::optional<RotationPlanView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    Result<ModuleContext> m = LoadModule(repos, actor, cohort, module, kCoordinatorOnly);
    if (!m) return m.error();
    std::optional<SavedRotationPlan> plan = repos.ModulePlans().Rotation(cohort, module);
    if (!plan) return MakeError(ErrorCode::kFailedPrecondition, "Maak eerst een planning voor deze module.");
    // The calendar or the students may have changed since it was saved: publish only what still holds.
    if (Status ok = domain::RotationPlanRespectsRules(RequestOf(*m, plan->block_days, plan->settings),
                                                      {plan->assignments, 0, 0});
        !ok) {
      return MakeError(
          ErrorCode::kFailedPrecondition,
          "De kalender of de studenten veranderden sinds deze planning: plan opnieuw. (" + ok.error().message + ")");
    }
    plan->published_at = now;
    repos.ModulePlans().PutRotation(*plan);
    RecordChange(repos, now, actor.user.id, "rotation_plan.published", "cohort", std::to_string(cohort.value),
                 std::nullopt, Snapshot{{"module", module}});
    out = RotationView(*m, module, plan);
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<GroupingView> GetGrouping(const AppContext& ctx, const Actor& actor, CohortId cohort,
                                 const std::string& module) {
  std::optional<GroupingView> out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    Result<ModuleContext> m = LoadModule(repos, actor, cohort, module, policy::kStaffRoles);
    if (!m) return m.error();
    out = GroupView(*m, module, repos.ModulePlans().Grouping(cohort, module));
    return {};
  });
  if (!read) return read.error();
  return *out;
}

Result<GroupingView> SaveGrouping(const AppContext& ctx, const Actor& actor, const SaveGroupingCommand& command) {
  const Timestamp now = ctx.clock.Now();
  std::optional<GroupingView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    Result<ModuleContext> m = LoadModule(repos, actor, command.cohort, command.module, kCoordinatorOnly);
    if (!m) return m.error();
    FieldErrors unknown;
    for (std::size_t i = 0; i < command.companies.size(); ++i) {
      std::int64_t id = 0;
      try {
        id = std::stoll(command.companies[i].id);
      } catch (const std::exception&) {
        id = 0;
      }
      if (id <= 0 || !repos.Organisations().ById(domain::OrganisationId{id}))
        unknown.Add("companies[" + std::to_string(i) + "].id", "Kies een bedrijf uit het werkplekregister.");
    }
    if (!unknown.Empty()) return unknown.ToError();
    const domain::GroupingRequest request = GroupingRequestOf(repos, *m, command.companies, command.preferences);
    SavedGrouping grouping{
        command.cohort, command.module, command.companies, command.preferences, {}, std::nullopt, actor.user.id, now};
    if (command.groups) {
      if (Status ok = domain::GroupingRespectsRules(request, {*command.groups, 0}); !ok) return ok.error();
      grouping.groups = *command.groups;
    } else {
      Result<domain::Grouping> formed = domain::FormGroups(request);
      if (!formed) return formed.error();
      grouping.groups = formed->groups;
    }
    repos.ModulePlans().PutGrouping(grouping);
    out = GroupView(*m, command.module, grouping);
    RecordChange(repos, now, actor.user.id, command.groups ? "grouping.adjusted" : "grouping.formed", "cohort",
                 std::to_string(command.cohort.value), std::nullopt,
                 Snapshot{{"module", command.module},
                          {"groups", std::to_string(grouping.groups.size())},
                          {"preferences_honoured", std::to_string(out->preferences_honoured)}});
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<GroupingView> PublishGrouping(const AppContext& ctx, const Actor& actor, CohortId cohort,
                                     const std::string& module) {
  const Timestamp now = ctx.clock.Now();
  std::optional<GroupingView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    Result<ModuleContext> m = LoadModule(repos, actor, cohort, module, kCoordinatorOnly);
    if (!m) return m.error();
    std::optional<SavedGrouping> grouping = repos.ModulePlans().Grouping(cohort, module);
    if (!grouping) return MakeError(ErrorCode::kFailedPrecondition, "Vorm eerst de groepen voor deze module.");
    if (Status ok = domain::GroupingRespectsRules(
            GroupingRequestOf(repos, *m, grouping->companies, grouping->preferences), {grouping->groups, 0});
        !ok) {
      return MakeError(ErrorCode::kFailedPrecondition,
                       "De studenten veranderden sinds deze groepen: vorm ze opnieuw. (" + ok.error().message + ")");
    }
    grouping->published_at = now;
    repos.ModulePlans().PutGrouping(*grouping);
    RecordChange(repos, now, actor.user.id, "grouping.published", "cohort", std::to_string(cohort.value), std::nullopt,
                 Snapshot{{"module", module}});
    out = GroupView(*m, module, grouping);
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<MyPlans> GetMyPlans(const AppContext& ctx, const Actor& actor) {
  MyPlans out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    const std::string me = std::to_string(actor.user.id.value);
    const bool student = actor.user.roles.Has(Role::kStudent);
    const bool mentor = actor.user.roles.Has(Role::kMentor);
    std::vector<CohortId> cohorts;
    std::map<std::int64_t, std::optional<domain::Curriculum>> curricula;
    for (const domain::Cohort& c : repos.Cohorts().OfMember(actor.user.id)) {
      cohorts.push_back(c.id);
      if (c.curriculum_version) curricula[c.id.value] = repos.Curricula().Load(*c.curriculum_version);
    }
    const auto module_name = [&](CohortId cohort, const std::string& code) {
      const auto& cur = curricula[cohort.value];
      const domain::Module* m = cur ? domain::FindModule(*cur, code) : nullptr;
      return m ? m->name : code;
    };
    std::map<std::int64_t, std::string> organisations;
    for (const domain::Organisation& o : repos.Organisations().List()) organisations[o.id.value] = o.name;
    std::set<std::int64_t> wanted;
    std::vector<SavedGrouping> groupings;
    if (student) groupings = repos.ModulePlans().PublishedGroupings(cohorts);
    for (const SavedGrouping& g : groupings) {
      for (const auto& group : g.groups) {
        if (std::find(group.students.begin(), group.students.end(), me) == group.students.end()) continue;
        for (const auto& s : group.students) wanted.insert(std::stoll(s));
      }
    }
    const std::vector<SavedRotationPlan> rotations = repos.ModulePlans().PublishedRotations(cohorts);
    std::vector<std::pair<const SavedRotationPlan*, const domain::RotationAssignment*>> mine;
    for (const SavedRotationPlan& plan : rotations) {
      std::set<std::string> my_settings;
      for (const auto& s : plan.settings) {
        if (mentor && s.mentor == actor.user.id) my_settings.insert(s.id);
      }
      for (const auto& a : plan.assignments) {
        if ((student && a.student == me) || my_settings.contains(a.setting)) {
          mine.emplace_back(&plan, &a);
          wanted.insert(std::stoll(a.student));
        }
      }
    }
    std::vector<UserId> ids;
    for (auto id : wanted) ids.push_back(UserId{id});
    std::map<std::string, std::string> names;
    for (const domain::User& u : repos.Users().ByIds(ids)) names[std::to_string(u.id.value)] = u.name;
    for (const auto& [plan, a] : mine) {
      std::string organisation;
      for (const auto& s : plan->settings) {
        if (s.id == a->setting && s.organisation) organisation = organisations[s.organisation->value];
      }
      out.days.push_back({plan->module, module_name(plan->cohort, plan->module), a->date, a->setting, organisation,
                          a->student == me ? "" : names[a->student]});
    }
    std::sort(out.days.begin(), out.days.end(), [](const MyRotationDay& x, const MyRotationDay& y) {
      return std::tie(x.date, x.student_name) < std::tie(y.date, y.student_name);
    });
    for (const SavedGrouping& g : groupings) {
      for (const auto& group : g.groups) {
        if (std::find(group.students.begin(), group.students.end(), me) == group.students.end()) continue;
        MyGroup mg{g.module, module_name(g.cohort, g.module), {}, ""};
        for (const auto& s : group.students) mg.members.push_back(names[s]);
        try {
          mg.company_name = organisations[std::stoll(group.company)];
        } catch (const std::exception&) {
          mg.company_name = group.company;
        }
        out.groups.push_back(std::move(mg));
      }
    }
    return {};
  });
  if (!read) return read.error();
  return out;
}

}  // namespace leerplek::app
