#include "leerplek/domain/cohort.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>

#include "leerplek/domain/account.hpp"

namespace leerplek::domain {

std::string_view ContactRoleCode(ContactRole role) {
  switch (role) {
    case ContactRole::kCoordinator: return "coordinator";
    case ContactRole::kProgrammeLead: return "programme_lead";
  }
  return "";
}

std::optional<ContactRole> ParseContactRole(std::string_view code) {
  if (code == "coordinator") return ContactRole::kCoordinator;
  if (code == "programme_lead") return ContactRole::kProgrammeLead;
  return std::nullopt;
}

std::string_view MemberRoleCode(MemberRole role) {
  switch (role) {
    case MemberRole::kStudent: return "student";
    case MemberRole::kMentor: return "mentor";
  }
  return "";
}

std::optional<MemberRole> ParseMemberRole(std::string_view code) {
  if (code == "student") return MemberRole::kStudent;
  if (code == "mentor") return MemberRole::kMentor;
  return std::nullopt;
}

bool AcademicYearIsWellFormed(std::string_view year) {
  if (year.size() != 9 || year[4] != '-') return false;
  int first = 0;
  int second = 0;
  if (std::from_chars(year.data(), year.data() + 4, first).ptr != year.data() + 4) return false;
  if (std::from_chars(year.data() + 5, year.data() + 9, second).ptr != year.data() + 9) return false;
  return first >= 1900 && second <= 2100 && second == first + 1;
}

Status CohortIsValid(const Cohort& cohort) {
  FieldErrors errors;
  if (Status name = NameIsValid(cohort.name); !name) errors.Add("name", name.error().message);
  if (!AcademicYearIsWellFormed(cohort.academic_year)) {
    errors.Add("academic_year", "Schrijf het academiejaar als 2026-2027 (twee opeenvolgende jaren).");
  }
  if (!errors.Empty()) return errors.ToError();
  return {};
}

Status ContactsAreValid(const std::vector<CohortContact>& contacts) {
  FieldErrors errors;
  if (contacts.size() > 10) errors.Add("contacts", "Hoogstens 10 contactpersonen.");
  for (std::size_t i = 0; i < contacts.size(); ++i) {
    const std::string at = "contacts[" + std::to_string(i) + "].";
    const CohortContact& c = contacts[i];
    if (Status name = NameIsValid(c.name); !name) errors.Add(at + "name", name.error().message);
    if (!EmailAddressIsWellFormed(NormaliseEmail(c.email))) errors.Add(at + "email", "Vul een geldig e-mailadres in.");
    const bool phone_ok =
        !c.phone.empty() && c.phone.size() <= 30 &&
        std::all_of(c.phone.begin(), c.phone.end(),
                    [](unsigned char ch) {
                      return std::isdigit(ch) != 0 ||
                             std::string_view(" +()/.-").find(static_cast<char>(ch)) != std::string_view::npos;
                    }) &&
        std::count_if(c.phone.begin(), c.phone.end(), [](unsigned char ch) { return std::isdigit(ch); }) >= 6;
    if (!phone_ok) errors.Add(at + "phone", "Vul een telefoonnummer in, bv. +32 3 241 08 01.");
  }
  if (!errors.Empty()) return errors.ToError();
  return {};
}

}  // namespace leerplek::domain
