// Cohorts: creating them, their contacts (R24), and their students and mentors (one by one or from CSV).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "leerplek/app/context.hpp"

namespace leerplek::app {

struct CohortView {
  domain::Cohort cohort;
  ProgrammeRecord programme;
  std::optional<VersionInfo> version;
  std::vector<domain::CohortContact> contacts;
  MemberCounts counts;
};

Result<std::vector<CohortView>> ListCohorts(const AppContext& ctx, const Actor& actor);
Result<CohortView> GetCohort(const AppContext& ctx, const Actor& actor, domain::CohortId id);

struct CreateCohortCommand {
  domain::ProgrammeId programme;
  std::string name;
  std::string academic_year;
};
// On the programme's current curriculum version; the cohort stays on it when newer versions come.
Result<CohortView> CreateCohort(const AppContext& ctx, const Actor& actor, const CreateCohortCommand& command);

struct UpdateCohortCommand {
  domain::CohortId id;
  std::optional<std::string> name;
  std::optional<std::vector<domain::CohortContact>> contacts;
};
Result<CohortView> UpdateCohort(const AppContext& ctx, const Actor& actor, const UpdateCohortCommand& command);

Result<std::vector<CohortMember>> ListMembers(const AppContext& ctx, const Actor& actor, domain::CohortId id);

struct AddMemberCommand {
  domain::CohortId cohort;
  std::string email;
  std::string name;
  std::string role;  // "student" or "mentor"
  std::string student_number;
};
// A new address gets an account with that role and an invitation; an existing account gets the role.
Result<CohortMember> AddCohortMember(const AppContext& ctx, const Actor& actor, const AddMemberCommand& command);

// Inside a write: makes the person a member with `role` — an account created and invited when the address
// is new, the role added when missing; an existing membership is simply returned.
Result<CohortMember> JoinCohort(const AppContext& ctx, Repositories& repos, const Actor& actor,
                                const domain::Cohort& cohort, const std::string& email, const std::string& name,
                                domain::MemberRole role);

enum class ImportRowStatus { kNew, kExisting, kMember, kError };
struct ImportRow {
  int line = 0;
  std::string name;
  std::string email;
  std::string student_number;
  ImportRowStatus status = ImportRowStatus::kError;
  std::vector<FieldError> errors;
};
struct StudentImport {
  std::vector<ImportRow> rows;
  int valid = 0;
  int invalid = 0;
};

// Reads and checks a CSV of students against the cohort without saving anything.
Result<StudentImport> PreviewStudentImport(const AppContext& ctx, const Actor& actor, domain::CohortId cohort,
                                           std::string_view csv);
// Imports all rows in one transaction, or nothing when any row has an error (the error then carries
// the rows in `import` of the returned pair's second).
struct StudentImportOutcome {
  StudentImport import;
  bool saved = false;
};
Result<StudentImportOutcome> ImportStudents(const AppContext& ctx, const Actor& actor, domain::CohortId cohort,
                                            std::string_view csv);

}  // namespace leerplek::app
