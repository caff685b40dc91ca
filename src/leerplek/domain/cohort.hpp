// Cohorts: a programme's students of one academic year, on one curriculum version, with their contacts (R24).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "leerplek/domain/ids.hpp"
#include "leerplek/domain/result.hpp"

namespace leerplek::domain {

enum class ContactRole { kCoordinator, kProgrammeLead };
std::string_view ContactRoleCode(ContactRole role);  // "coordinator", "programme_lead"
std::optional<ContactRole> ParseContactRole(std::string_view code);

// R24: who students and mentors of a cohort can call (werkplekcoördinator, opleidingscoördinator).
struct CohortContact {
  ContactRole role = ContactRole::kCoordinator;
  std::string name;
  std::string phone;
  std::string email;
};

enum class MemberRole { kStudent, kMentor };
std::string_view MemberRoleCode(MemberRole role);
std::optional<MemberRole> ParseMemberRole(std::string_view code);

struct Cohort {
  CohortId id;
  ProgrammeId programme;
  std::string name;
  std::string academic_year;  // "2026-2027"
  std::optional<std::int64_t> curriculum_version;
};

// An academic year is written "2026-2027": two consecutive years between 1900 and 2100.
bool AcademicYearIsWellFormed(std::string_view year);

// Checks a cohort's name and academic year (fields "name", "academic_year").
Status CohortIsValid(const Cohort& cohort);

// R24: at most 10 contacts, each with a name, a well-formed e-mail address and a phone number of
// digits, spaces and + ( ) / . - (fields "contacts[i].name", "contacts[i].email", "contacts[i].phone").
Status ContactsAreValid(const std::vector<CohortContact>& contacts);

}  // namespace leerplek::domain
