#include "leerplek/app/curricula.hpp"

#include "leerplek/app/audit.hpp"
#include "leerplek/app/evaluation.hpp"
#include "leerplek/app/policy.hpp"

namespace leerplek::app {
namespace {

using domain::ProgrammeId;
using domain::Role;

Error ProgrammeNotFound() { return MakeError(ErrorCode::kNotFound, "Deze opleiding bestaat niet."); }

// Every version of a programme has its own label, so people can tell versions apart.
Status LabelIsNew(Repositories& repos, domain::ProgrammeId programme, const std::string& label) {
  for (const VersionInfo& v : repos.Curricula().Versions(programme)) {
    if (v.label == label) {
      Error e =
          InvalidField("programme.version",
                       "Versie '" + label + "' bestaat al voor deze opleiding; geef de nieuwe versie een ander label.");
      e.code = ErrorCode::kAlreadyExists;
      return e;
    }
  }
  return {};
}

// An admin imports curricula and may read them; reading is otherwise for the programme's staff.
bool IsAdmin(const Actor& actor) { return actor.user.roles.Has(Role::kAdmin); }

Snapshot VersionSnapshot(const domain::Curriculum& c, const VersionInfo& v) {
  return {{"programme", c.programme_code},
          {"version", std::to_string(v.number)},
          {"label", c.version_label},
          {"modules", std::to_string(c.modules.size())},
          {"origin", v.origin}};
}

Error ProblemsToError(const std::vector<CurriculumProblem>& problems) {
  Error e{ErrorCode::kInvalidArgument,
          "Het curriculumbestand bevat " + std::to_string(problems.size()) +
              (problems.size() == 1 ? " fout" : " fouten") + "; er is niets gewijzigd.",
          {},
          {}};
  for (const CurriculumProblem& p : problems) {
    e.fields.push_back({p.field.empty() ? "file" : p.field,
                        (p.line > 0 ? "Regel " + std::to_string(p.line) + ": " : std::string()) + p.message});
  }
  return e;
}

}  // namespace

Result<ImportedCurriculum> ImportCurriculum(const AppContext& ctx, const std::optional<Actor>& actor,
                                            std::string_view file_text) {
  if (actor) {
    if (Status allowed = Authorize(policy::kImportCurriculum, actor); !allowed) return allowed.error();
  }
  if (ctx.curriculum_parser == nullptr)
    return MakeError(ErrorCode::kInternal, "Curricula kunnen hier niet ingelezen worden.");
  auto parsed = ctx.curriculum_parser->Parse(file_text);
  if (auto* problems = std::get_if<std::vector<CurriculumProblem>>(&parsed)) return ProblemsToError(*problems);
  domain::Curriculum curriculum = std::get<domain::Curriculum>(std::move(parsed));

  const Timestamp now = ctx.clock.Now();
  std::optional<UserId> by;
  if (actor) by = actor->user.id;
  ImportedCurriculum out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    std::optional<ProgrammeRecord> programme = repos.Programmes().ByCode(curriculum.programme_code);
    if (programme) {
      if (actor) {
        if (Status ok = AuthorizeForProgramme(repos, *actor, programme->id, {Role::kProgrammeLead, Role::kAdmin});
            !ok) {
          return ok;
        }
      }
      if (Status fresh = LabelIsNew(repos, programme->id, curriculum.version_label); !fresh) return fresh;
      programme->name = curriculum.programme_name;
      programme->institution = curriculum.institution;
      repos.Programmes().Update(*programme);
    } else {
      ProgrammeRecord fresh{{}, curriculum.programme_code, curriculum.programme_name, curriculum.institution, true};
      fresh.id = repos.Programmes().Insert(fresh, now);
      programme = fresh;
      if (actor && actor->user.roles.Intersects(policy::kStaffRoles))
        repos.Programmes().AddStaff(fresh.id, actor->user.id);
      RecordChange(repos, now, by, "programme.created", "programme", std::to_string(fresh.id.value), std::nullopt,
                   Snapshot{{"code", fresh.code}, {"name", fresh.name}});
    }
    out.version = repos.Curricula().InsertVersion(programme->id, curriculum, "import", by, now);
    out.programme = ProgrammeView{*programme, out.version};
    StoreCurriculumRubrics(repos, programme->id, curriculum, by, now);  // R18
    RecordChange(repos, now, by, "curriculum.imported", "programme", std::to_string(programme->id.value), std::nullopt,
                 VersionSnapshot(curriculum, out.version));
    return {};
  });
  if (!written) return written.error();
  return out;
}

Result<std::vector<ProgrammeView>> ListProgrammes(const AppContext& ctx, const Actor& actor) {
  if (Status allowed = Authorize(policy::kProgrammeStaff, actor); !allowed) return allowed.error();
  std::vector<ProgrammeView> out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    const std::vector<ProgrammeId> mine = repos.Programmes().StaffOf(actor.user.id);
    for (const ProgrammeRecord& p : repos.Programmes().List()) {
      const bool visible =
          actor.user.roles.Has(Role::kAdmin) ||
          (actor.user.roles.Intersects(policy::kStaffRoles) && std::find(mine.begin(), mine.end(), p.id) != mine.end());
      if (visible) out.push_back({p, repos.Curricula().Latest(p.id)});
    }
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<CurriculumView> GetCurrentCurriculum(const AppContext& ctx, const Actor& actor, ProgrammeId programme) {
  CurriculumView out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    if (!repos.Programmes().ById(programme)) return ProgrammeNotFound();
    // Staff, or a student or mentor of one of the programme's cohorts.
    bool allowed =
        IsAdmin(actor) || static_cast<bool>(AuthorizeForProgramme(repos, actor, programme, policy::kStaffRoles));
    if (!allowed) {
      for (const domain::Cohort& c : repos.Cohorts().OfMember(actor.user.id)) {
        if (c.programme == programme && AuthorizeCohortReader(repos, actor, c)) allowed = true;
      }
    }
    if (!allowed) return MakeError(ErrorCode::kPermissionDenied, "Je hebt geen toegang tot deze opleiding.");
    std::optional<VersionInfo> latest = repos.Curricula().Latest(programme);
    if (!latest) return MakeError(ErrorCode::kNotFound, "Deze opleiding heeft nog geen curriculum.");
    out.version = *latest;
    out.curriculum = *repos.Curricula().Load(latest->id);
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<std::vector<VersionInfo>> ListCurriculumVersions(const AppContext& ctx, const Actor& actor,
                                                        ProgrammeId programme) {
  std::vector<VersionInfo> out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    if (!repos.Programmes().ById(programme)) return ProgrammeNotFound();
    if (!IsAdmin(actor)) {
      if (Status ok = AuthorizeForProgramme(repos, actor, programme, policy::kStaffRoles); !ok) return ok;
    }
    out = repos.Curricula().Versions(programme);
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<CurriculumView> SaveCurriculum(const AppContext& ctx, const Actor& actor, ProgrammeId programme,
                                      domain::Curriculum curriculum) {
  if (Status allowed = Authorize(policy::kEditCurriculum, actor); !allowed) return allowed.error();
  if (Status valid = domain::CurriculumIsValid(curriculum); !valid) return valid.error();
  const Timestamp now = ctx.clock.Now();
  CurriculumView out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    std::optional<ProgrammeRecord> p = repos.Programmes().ById(programme);
    if (!p) return ProgrammeNotFound();
    if (Status ok = AuthorizeForProgramme(repos, actor, programme, {Role::kProgrammeLead}); !ok) return ok;
    if (curriculum.programme_code != p->code) {
      return InvalidField("programme.code", "De code van een opleiding kan niet wijzigen (" + p->code + ").");
    }
    if (Status fresh = LabelIsNew(repos, programme, curriculum.version_label); !fresh) return fresh;
    p->name = curriculum.programme_name;
    p->institution = curriculum.institution;
    repos.Programmes().Update(*p);
    out.version = repos.Curricula().InsertVersion(programme, curriculum, "editor", actor.user.id, now);
    out.curriculum = curriculum;
    RecordChange(repos, now, actor.user.id, "curriculum.edited", "programme", std::to_string(programme.value),
                 std::nullopt, VersionSnapshot(curriculum, out.version));
    return {};
  });
  if (!written) return written.error();
  return out;
}

Result<ProgrammeClosures> GetClosures(const AppContext& ctx, const Actor& actor, ProgrammeId programme) {
  ProgrammeClosures out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    std::optional<ProgrammeRecord> p = repos.Programmes().ById(programme);
    if (!p) return ProgrammeNotFound();
    if (!IsAdmin(actor)) {
      if (Status ok = AuthorizeForProgramme(repos, actor, programme, policy::kStaffRoles); !ok) return ok;
    }
    out.flemish_holiday = p->flemish_holiday;
    out.closures = repos.Programmes().Closures(programme);
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<ProgrammeClosures> SaveClosures(const AppContext& ctx, const Actor& actor, ProgrammeId programme,
                                       const ProgrammeClosures& closures) {
  if (Status allowed = Authorize(policy::kEditCurriculum, actor); !allowed) return allowed.error();
  FieldErrors errors;
  if (closures.closures.size() > 100) errors.Add("closures", "Hoogstens 100 sluitingsperiodes.");
  for (std::size_t i = 0; i < closures.closures.size(); ++i) {
    const auto& c = closures.closures[i];
    const std::string at = "closures[" + std::to_string(i) + "].";
    if (std::chrono::sys_days(c.to) < std::chrono::sys_days(c.from))
      errors.Add(at + "to", "De einddatum ligt vóór de begindatum.");
    if (Status name = domain::NameIsValid(c.name); !name)
      errors.Add(at + "name", "Geef de sluiting een naam (bv. Kerstvakantie).");
  }
  if (!errors.Empty()) return errors.ToError();
  const Timestamp now = ctx.clock.Now();
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    std::optional<ProgrammeRecord> p = repos.Programmes().ById(programme);
    if (!p) return ProgrammeNotFound();
    if (Status ok = AuthorizeForProgramme(repos, actor, programme, {Role::kProgrammeLead}); !ok) return ok;
    const std::size_t before_count = repos.Programmes().Closures(programme).size();
    const bool before_flemish = p->flemish_holiday;
    p->flemish_holiday = closures.flemish_holiday;
    repos.Programmes().Update(*p);
    repos.Programmes().ReplaceClosures(programme, closures.closures);
    RecordChange(
        repos, now, actor.user.id, "closures.updated", "programme", std::to_string(programme.value),
        Snapshot{{"flemish_holiday", before_flemish ? "true" : "false"}, {"closures", std::to_string(before_count)}},
        Snapshot{{"flemish_holiday", closures.flemish_holiday ? "true" : "false"},
                 {"closures", std::to_string(closures.closures.size())}});
    return {};
  });
  if (!written) return written.error();
  return closures;
}

Status AddProgrammeStaff(const AppContext& ctx, const std::optional<Actor>& actor, ProgrammeId programme, UserId user) {
  if (actor) {
    if (Status allowed = Authorize(policy::kImportCurriculum, actor); !allowed) return allowed;
  }
  const Timestamp now = ctx.clock.Now();
  std::optional<UserId> by;
  if (actor) by = actor->user.id;
  return ctx.store.Write([&](Repositories& repos) -> Status {
    if (!repos.Programmes().ById(programme)) return ProgrammeNotFound();
    if (actor) {
      if (Status ok = AuthorizeForProgramme(repos, *actor, programme, {Role::kProgrammeLead, Role::kAdmin}); !ok)
        return ok;
    }
    std::optional<domain::User> staff = repos.Users().ById(user);
    if (!staff) return InvalidField("user_id", "Deze gebruiker bestaat niet.");
    if (!staff->roles.Intersects(policy::kStaffRoles)) {
      return InvalidField(
          "user_id", "Alleen een werkplekbegeleider, werkplekcoördinator of opleidingscoördinator kan personeel zijn.");
    }
    if (repos.Programmes().IsStaff(programme, user)) return {};
    repos.Programmes().AddStaff(programme, user);
    RecordChange(repos, now, by, "programme.staff_added", "programme", std::to_string(programme.value), std::nullopt,
                 Snapshot{{"user", std::to_string(user.value)}, {"name", staff->name}});
    return {};
  });
}

}  // namespace leerplek::app
