// Who may do what: the one place where access is decided. Routes and use cases
// both name an Access from here; the route × role test walks all of them.
#pragma once

#include <optional>
#include <string_view>

#include "leerplek/app/context.hpp"
#include "leerplek/domain/cohort.hpp"
#include "leerplek/domain/role.hpp"

namespace leerplek::app {

struct Access {
  enum class Kind { kPublic, kAnyUser, kRoles };
  Kind kind = Kind::kRoles;
  domain::RoleSet roles;
  std::string_view name;  // for docs and test output
};

namespace policy {
using domain::Role;
inline const Access kPublic{Access::Kind::kPublic, {}, "public"};
inline const Access kAnyUser{Access::Kind::kAnyUser, {}, "any_user"};
inline const Access kManageUsers{Access::Kind::kRoles, {Role::kAdmin}, "manage_users"};
inline const Access kReadAuditTrail{Access::Kind::kRoles, {Role::kCoordinator, Role::kAdmin}, "read_audit_trail"};
// Route-level gates; the use cases then check the programme or cohort itself (see below).
inline const Access kImportCurriculum{Access::Kind::kRoles, {Role::kProgrammeLead, Role::kAdmin}, "import_curriculum"};
inline const Access kProgrammeStaff{Access::Kind::kRoles,
                                    {Role::kSupervisor, Role::kCoordinator, Role::kProgrammeLead, Role::kAdmin},
                                    "programme_staff"};
inline const Access kEditCurriculum{Access::Kind::kRoles, {Role::kProgrammeLead}, "edit_curriculum"};
inline const Access kManageCohorts{Access::Kind::kRoles, {Role::kProgrammeLead, Role::kCoordinator}, "manage_cohorts"};
inline const Access kStudentOnly{Access::Kind::kRoles, {Role::kStudent}, "student"};
inline const Access kPlanRotations{Access::Kind::kRoles, {Role::kCoordinator}, "plan_rotations"};
inline const Access kKeepWorkplaceRegister{Access::Kind::kRoles, {Role::kCoordinator}, "keep_workplace_register"};
inline const Access kReadWorkplaceRegister{
    Access::Kind::kRoles,
    {Role::kStudent, Role::kMentor, Role::kSupervisor, Role::kCoordinator, Role::kProgrammeLead},
    "read_workplace_register"};
inline const Access kMentorProfiles{Access::Kind::kRoles,
                                    {Role::kMentor, Role::kSupervisor, Role::kCoordinator, Role::kProgrammeLead},
                                    "mentor_profiles"};
inline const Access kReadPlacements{
    Access::Kind::kRoles,
    {Role::kStudent, Role::kMentor, Role::kSupervisor, Role::kCoordinator, Role::kProgrammeLead},
    "read_placements"};
inline const Access kRequestPlacements{Access::Kind::kRoles, {Role::kStudent, Role::kCoordinator},
                                       "request_placements"};
inline const Access kStudentsAndMentors{Access::Kind::kRoles, {Role::kStudent, Role::kMentor}, "students_and_mentors"};
inline const Access kReviewLogbook{Access::Kind::kRoles, {Role::kMentor}, "review_logbook"};
inline const Access kCoordinatePlacements{Access::Kind::kRoles, {Role::kCoordinator}, "coordinate_placements"};
// R8: sickness reports and their certificate copy: the student, the mentor, the coordinator (each for their own
// placements) and the ombudsdienst (school-wide, all reports).
inline const Access kReadSicknessReports{
    Access::Kind::kRoles, {Role::kStudent, Role::kMentor, Role::kCoordinator, Role::kOmbuds}, "read_sickness_reports"};
inline const Access kReceiveCertificates{Access::Kind::kRoles, {Role::kOmbuds}, "receive_certificates"};
// R10: accidents: the student and mentor of the placement and the coordinator of the programme.
inline const Access kReadAccidents{
    Access::Kind::kRoles, {Role::kStudent, Role::kMentor, Role::kCoordinator}, "read_accidents"};
// Issue 6: the score procedure (R20) for the school's staff; the placement's supervisor reopens ratings, holds
// the tripartite meeting (R19) and finalises the score.
inline const Access kCalculateScores{
    Access::Kind::kRoles, {Role::kSupervisor, Role::kCoordinator, Role::kProgrammeLead}, "calculate_scores"};
inline const Access kSupervise{Access::Kind::kRoles, {Role::kSupervisor}, "supervise"};
// R20, R22: guidance by the school. Supervisors plan moments (any supervisor of the programme) and visits (the
// placement's own supervisor); the use cases check the programme or the placement.
inline const Access kLeadGuidance{Access::Kind::kRoles, {Role::kSupervisor}, "lead_guidance"};
inline const Access kReadGuidanceMoments{Access::Kind::kRoles,
                                         {Role::kStudent, Role::kSupervisor, Role::kCoordinator, Role::kProgrammeLead},
                                         "read_guidance_moments"};
inline const Access kReadVisits{
    Access::Kind::kRoles,
    {Role::kStudent, Role::kMentor, Role::kSupervisor, Role::kCoordinator, Role::kProgrammeLead},
    "read_visits"};
inline const Access kMyGuidance{
    Access::Kind::kRoles, {Role::kStudent, Role::kMentor, Role::kSupervisor}, "my_guidance"};
// The roles that make someone programme staff when they are listed for the programme.
inline const domain::RoleSet kStaffRoles{Role::kSupervisor, Role::kCoordinator, Role::kProgrammeLead};
}  // namespace policy

class Repositories;

// Staff of this programme holding one of `roles` (admins only where `roles` includes admin: they are
// not programme staff). kPermissionDenied otherwise.
Status AuthorizeForProgramme(Repositories& repos, const Actor& actor, domain::ProgrammeId programme,
                             const domain::RoleSet& roles);

// May read a cohort: staff of its programme, or a student or mentor of the cohort itself.
Status AuthorizeCohortReader(Repositories& repos, const Actor& actor, const domain::Cohort& cohort);

// kUnauthenticated without an actor (for non-public access), kPermissionDenied without a fitting role.
Status Authorize(const Access& access, const std::optional<Actor>& actor);

}  // namespace leerplek::app
