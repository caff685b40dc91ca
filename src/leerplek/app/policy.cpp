#include "leerplek/app/policy.hpp"

#include "leerplek/app/ports.hpp"

namespace leerplek::app {

Status Authorize(const Access& access, const std::optional<Actor>& actor) {
  if (access.kind == Access::Kind::kPublic) return {};
  if (!actor) return MakeError(ErrorCode::kUnauthenticated, "Meld je eerst aan.");
  if (access.kind == Access::Kind::kAnyUser) return {};
  if (actor->user.roles.Intersects(access.roles)) return {};
  return MakeError(ErrorCode::kPermissionDenied, "Je hebt geen toegang tot deze gegevens.");
}

namespace {
Error NotYourProgramme() {
  return MakeError(ErrorCode::kPermissionDenied, "Je werkt niet voor deze opleiding of hebt er die rol niet.");
}
}  // namespace

Status AuthorizeForProgramme(Repositories& repos, const Actor& actor, domain::ProgrammeId programme,
                             const domain::RoleSet& roles) {
  if (roles.Has(domain::Role::kAdmin) && actor.user.roles.Has(domain::Role::kAdmin)) return {};
  domain::RoleSet staff_roles;
  for (domain::Role r : roles.ToVector()) {
    if (policy::kStaffRoles.Has(r)) staff_roles.Add(r);
  }
  if (!actor.user.roles.Intersects(staff_roles)) return NotYourProgramme();
  if (!repos.Programmes().IsStaff(programme, actor.user.id)) return NotYourProgramme();
  return {};
}

Status AuthorizeCohortReader(Repositories& repos, const Actor& actor, const domain::Cohort& cohort) {
  if (AuthorizeForProgramme(repos, actor, cohort.programme, policy::kStaffRoles)) return {};
  for (domain::MemberRole role : repos.Cohorts().RolesOf(cohort.id, actor.user.id)) {
    const domain::Role needed = role == domain::MemberRole::kStudent ? domain::Role::kStudent : domain::Role::kMentor;
    if (actor.user.roles.Has(needed)) return {};
  }
  return MakeError(ErrorCode::kPermissionDenied, "Je hoort niet bij deze cohorte.");
}

}  // namespace leerplek::app
