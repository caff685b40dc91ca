#include "leerplek/app/cohorts.hpp"

#include "leerplek/app/accounts.hpp"
#include "leerplek/app/audit.hpp"
#include "leerplek/app/policy.hpp"
#include "leerplek/app/student_csv.hpp"

namespace leerplek::app {
namespace {

using domain::CohortId;
using domain::Role;

Error CohortNotFound() { return MakeError(ErrorCode::kNotFound, "Deze cohorte bestaat niet."); }

const domain::RoleSet kCohortManagers{Role::kProgrammeLead, Role::kCoordinator};

// Assembles the views of several cohorts with a fixed number of queries.
std::vector<CohortView> Views(Repositories& repos, const std::vector<domain::Cohort>& cohorts) {
  std::vector<CohortId> ids;
  for (const auto& c : cohorts) ids.push_back(c.id);
  auto contacts = repos.Cohorts().Contacts(ids);
  auto counts = repos.Cohorts().Counts(ids);
  std::map<std::int64_t, ProgrammeRecord> programmes;
  for (const ProgrammeRecord& p : repos.Programmes().List()) programmes[p.id.value] = p;
  std::vector<CohortView> out;
  for (const auto& c : cohorts) {
    CohortView v{c, programmes[c.programme.value], std::nullopt, contacts[c.id.value], counts[c.id.value]};
    if (c.curriculum_version) v.version = repos.Curricula().Info(*c.curriculum_version);
    out.push_back(std::move(v));
  }
  return out;
}

Snapshot CohortSnapshot(const domain::Cohort& c, const std::vector<domain::CohortContact>& contacts) {
  Snapshot s{{"name", c.name}, {"academic_year", c.academic_year}};
  for (std::size_t i = 0; i < contacts.size(); ++i) {
    s["contact" + std::to_string(i + 1)] = std::string(domain::ContactRoleCode(contacts[i].role)) + ": " +
                                           contacts[i].name + ", " + contacts[i].phone + ", " + contacts[i].email;
  }
  return s;
}

// Loads the cohort and checks the actor may manage it.
Result<domain::Cohort> ManagedCohort(Repositories& repos, const Actor& actor, CohortId id) {
  std::optional<domain::Cohort> cohort = repos.Cohorts().ById(id);
  if (!cohort) return CohortNotFound();
  if (Status ok = AuthorizeForProgramme(repos, actor, cohort->programme, kCohortManagers); !ok) return ok.error();
  return *cohort;
}

Role GlobalRole(domain::MemberRole role) {
  return role == domain::MemberRole::kStudent ? Role::kStudent : Role::kMentor;
}

// Adds one person to a cohort inside a write: creates and invites the account when the address is new.
Result<CohortMember> AddOne(const AppContext& ctx, Repositories& repos, const Actor& actor,
                            const domain::Cohort& cohort, const std::string& email, const std::string& name,
                            domain::MemberRole role, const std::string& student_number) {
  const Timestamp now = ctx.clock.Now();
  std::optional<domain::User> user = repos.Users().ByEmail(email);
  if (!user) {
    domain::User fresh{{}, email, name, {GlobalRole(role)}, true, false};
    fresh.id = repos.Users().Insert(fresh, now);
    RecordChange(repos, now, actor.user.id, "user.created", "user", std::to_string(fresh.id.value), std::nullopt,
                 SnapshotOf(fresh));
    IssueOneTimeLink(ctx, repos, fresh, domain::TokenPurpose::kInvitation);
    RecordChange(repos, now, actor.user.id, "invitation.sent", "user", std::to_string(fresh.id.value), std::nullopt,
                 std::nullopt);
    user = fresh;
  } else if (!user->roles.Has(GlobalRole(role))) {
    const domain::User before = *user;
    user->roles.Add(GlobalRole(role));
    repos.Users().Update(*user);
    RecordChange(repos, now, actor.user.id, "user.updated", "user", std::to_string(user->id.value), SnapshotOf(before),
                 SnapshotOf(*user));
  }
  const auto roles = repos.Cohorts().RolesOf(cohort.id, user->id);
  if (std::find(roles.begin(), roles.end(), role) != roles.end()) {
    Error e = InvalidField("email", "Deze persoon hoort al bij de cohorte.");
    e.code = ErrorCode::kAlreadyExists;
    return e;
  }
  repos.Cohorts().AddMember(cohort.id, user->id, role, student_number);
  RecordChange(repos, now, actor.user.id, "cohort.member_added", "cohort", std::to_string(cohort.id.value),
               std::nullopt,
               Snapshot{{"user", std::to_string(user->id.value)},
                        {"name", user->name},
                        {"role", std::string(domain::MemberRoleCode(role))}});
  return CohortMember{*user, role, student_number};
}

}  // namespace

Result<CohortMember> JoinCohort(const AppContext& ctx, Repositories& repos, const Actor& actor,
                                const domain::Cohort& cohort, const std::string& email, const std::string& name,
                                domain::MemberRole role) {
  if (std::optional<domain::User> user = repos.Users().ByEmail(email)) {
    const auto roles = repos.Cohorts().RolesOf(cohort.id, user->id);
    if (std::find(roles.begin(), roles.end(), role) != roles.end() && user->roles.Has(GlobalRole(role)))
      return CohortMember{*user, role, ""};
  }
  return AddOne(ctx, repos, actor, cohort, email, name, role, "");
}

namespace {

// Checks every CSV row against the cohort and the existing accounts (inside a read or write).
StudentImport CheckRows(Repositories& repos, const domain::Cohort& cohort, std::vector<CsvStudentRow> rows) {
  StudentImport out;
  for (CsvStudentRow& r : rows) {
    ImportRow row{r.line, r.name, r.email, r.student_number, ImportRowStatus::kNew, std::move(r.errors)};
    if (row.errors.empty()) {
      if (std::optional<domain::User> user = repos.Users().ByEmail(row.email)) {
        const auto roles = repos.Cohorts().RolesOf(cohort.id, user->id);
        const bool member = std::find(roles.begin(), roles.end(), domain::MemberRole::kStudent) != roles.end();
        row.status = member ? ImportRowStatus::kMember : ImportRowStatus::kExisting;
        if (!user->active) row.errors.push_back({"email", "Dit account is geblokkeerd."});
      }
    }
    if (!row.errors.empty()) row.status = ImportRowStatus::kError;
    (row.status == ImportRowStatus::kError ? out.invalid : out.valid) += 1;
    out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace

Result<std::vector<CohortView>> ListCohorts(const AppContext& ctx, const Actor& actor) {
  std::vector<CohortView> out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    std::vector<domain::Cohort> cohorts;
    if (actor.user.roles.Intersects(policy::kStaffRoles)) {
      cohorts = repos.Cohorts().OfProgrammes(repos.Programmes().StaffOf(actor.user.id));
    }
    for (const domain::Cohort& c : repos.Cohorts().OfMember(actor.user.id)) {
      const bool known = std::any_of(cohorts.begin(), cohorts.end(), [&](const auto& k) { return k.id == c.id; });
      if (!known && AuthorizeCohortReader(repos, actor, c)) cohorts.push_back(c);
    }
    out = Views(repos, cohorts);
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<CohortView> GetCohort(const AppContext& ctx, const Actor& actor, CohortId id) {
  std::optional<CohortView> out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    std::optional<domain::Cohort> cohort = repos.Cohorts().ById(id);
    if (!cohort) return CohortNotFound();
    if (Status ok = AuthorizeCohortReader(repos, actor, *cohort); !ok) return ok;
    out = Views(repos, {*cohort}).front();
    return {};
  });
  if (!read) return read.error();
  return *out;
}

Result<CohortView> CreateCohort(const AppContext& ctx, const Actor& actor, const CreateCohortCommand& command) {
  if (Status allowed = Authorize(policy::kManageCohorts, actor); !allowed) return allowed.error();
  domain::Cohort cohort{{}, command.programme, command.name, command.academic_year, std::nullopt};
  if (Status valid = domain::CohortIsValid(cohort); !valid) return valid.error();
  const Timestamp now = ctx.clock.Now();
  std::optional<CohortView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    if (!repos.Programmes().ById(command.programme))
      return InvalidField("programme_id", "Deze opleiding bestaat niet.");
    if (Status ok = AuthorizeForProgramme(repos, actor, command.programme, kCohortManagers); !ok) return ok;
    if (repos.Cohorts().Find(command.programme, cohort.academic_year, cohort.name)) {
      Error e = InvalidField("name", "Er bestaat al een cohorte met deze naam in dit academiejaar.");
      e.code = ErrorCode::kAlreadyExists;
      return e;
    }
    std::optional<VersionInfo> version = repos.Curricula().Latest(command.programme);
    if (!version) return InvalidField("programme_id", "Deze opleiding heeft nog geen curriculum; lees het eerst in.");
    cohort.curriculum_version = version->id;
    cohort.id = repos.Cohorts().Insert(cohort, now);
    RecordChange(repos, now, actor.user.id, "cohort.created", "cohort", std::to_string(cohort.id.value), std::nullopt,
                 CohortSnapshot(cohort, {}));
    out = Views(repos, {cohort}).front();
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<CohortView> UpdateCohort(const AppContext& ctx, const Actor& actor, const UpdateCohortCommand& command) {
  if (Status allowed = Authorize(policy::kManageCohorts, actor); !allowed) return allowed.error();
  if (!command.name && !command.contacts)
    return InvalidField("body", "Geef minstens één veld om te wijzigen: name of contacts.");
  FieldErrors errors;
  if (command.name) {
    if (Status ok = domain::NameIsValid(*command.name); !ok) errors.Add("name", ok.error().message);
  }
  if (command.contacts) {
    if (Status ok = domain::ContactsAreValid(*command.contacts); !ok) {
      for (const auto& f : ok.error().fields) errors.Add(f.field, f.message);
    }
  }
  if (!errors.Empty()) return errors.ToError();
  const Timestamp now = ctx.clock.Now();
  std::optional<CohortView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    Result<domain::Cohort> cohort = ManagedCohort(repos, actor, command.id);
    if (!cohort) return cohort.error();
    const auto before_contacts = repos.Cohorts().Contacts({command.id})[command.id.value];
    const Snapshot before = CohortSnapshot(*cohort, before_contacts);
    if (command.name) {
      cohort->name = *command.name;
      repos.Cohorts().Update(*cohort);
    }
    std::vector<domain::CohortContact> contacts = before_contacts;
    if (command.contacts) {
      contacts = *command.contacts;
      for (auto& c : contacts) c.email = domain::NormaliseEmail(c.email);
      repos.Cohorts().ReplaceContacts(command.id, contacts);
    }
    RecordChange(repos, now, actor.user.id, "cohort.updated", "cohort", std::to_string(command.id.value), before,
                 CohortSnapshot(*cohort, contacts));
    out = Views(repos, {*cohort}).front();
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<std::vector<CohortMember>> ListMembers(const AppContext& ctx, const Actor& actor, CohortId id) {
  std::vector<CohortMember> out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    std::optional<domain::Cohort> cohort = repos.Cohorts().ById(id);
    if (!cohort) return CohortNotFound();
    if (Status ok = AuthorizeForProgramme(repos, actor, cohort->programme, policy::kStaffRoles); !ok) return ok;
    out = repos.Cohorts().Members(id);
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<CohortMember> AddCohortMember(const AppContext& ctx, const Actor& actor, const AddMemberCommand& command) {
  if (Status allowed = Authorize(policy::kManageCohorts, actor); !allowed) return allowed.error();
  FieldErrors errors;
  const std::string email = domain::NormaliseEmail(command.email);
  if (!domain::EmailAddressIsWellFormed(email)) errors.Add("email", "Vul een geldig e-mailadres in.");
  if (Status ok = domain::NameIsValid(command.name); !ok) errors.Add("name", ok.error().message);
  const std::optional<domain::MemberRole> role = domain::ParseMemberRole(command.role);
  if (!role) errors.Add("role", "Kies student of mentor.");
  if (command.student_number.size() > 40) errors.Add("student_number", "Hoogstens 40 tekens.");
  if (!errors.Empty()) return errors.ToError();
  std::optional<CohortMember> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    Result<domain::Cohort> cohort = ManagedCohort(repos, actor, command.cohort);
    if (!cohort) return cohort.error();
    Result<CohortMember> added = AddOne(ctx, repos, actor, *cohort, email, command.name, *role, command.student_number);
    if (!added) return added.error();
    out = *added;
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<StudentImport> PreviewStudentImport(const AppContext& ctx, const Actor& actor, CohortId cohort_id,
                                           std::string_view csv) {
  if (Status allowed = Authorize(policy::kManageCohorts, actor); !allowed) return allowed.error();
  Result<std::vector<CsvStudentRow>> rows = ReadStudentCsv(csv);
  if (!rows) return rows.error();
  StudentImport out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    Result<domain::Cohort> cohort = ManagedCohort(repos, actor, cohort_id);
    if (!cohort) return cohort.error();
    out = CheckRows(repos, *cohort, std::move(*rows));
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<StudentImportOutcome> ImportStudents(const AppContext& ctx, const Actor& actor, CohortId cohort_id,
                                            std::string_view csv) {
  if (Status allowed = Authorize(policy::kManageCohorts, actor); !allowed) return allowed.error();
  Result<std::vector<CsvStudentRow>> rows = ReadStudentCsv(csv);
  if (!rows) return rows.error();
  StudentImportOutcome out;
  const Timestamp now = ctx.clock.Now();
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    Result<domain::Cohort> cohort = ManagedCohort(repos, actor, cohort_id);
    if (!cohort) return cohort.error();
    out.import = CheckRows(repos, *cohort, std::move(*rows));
    if (out.import.invalid > 0) return {};  // nothing written: the caller reports the rows
    for (const ImportRow& row : out.import.rows) {
      if (row.status == ImportRowStatus::kMember) continue;
      Result<CohortMember> added =
          AddOne(ctx, repos, actor, *cohort, row.email, row.name, domain::MemberRole::kStudent, row.student_number);
      if (!added) return added.error();
    }
    RecordChange(repos, now, actor.user.id, "cohort.students_imported", "cohort", std::to_string(cohort_id.value),
                 std::nullopt, Snapshot{{"rows", std::to_string(out.import.rows.size())}});
    out.saved = true;
    return {};
  });
  if (!written) return written.error();
  return out;
}

}  // namespace leerplek::app
