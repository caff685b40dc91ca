// Workplaces (R11) and mentors' profiles (R16): who hosts students and who guides them there.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "leerplek/domain/calendar.hpp"
#include "leerplek/domain/ids.hpp"
#include "leerplek/domain/placement_rules.hpp"
#include "leerplek/domain/result.hpp"

namespace leerplek::domain {

using OrganisationId = Id<struct OrganisationTag>;

// R11: the kinds of organisation where HR-support students learn.
enum class OrganisationKind {
  kHrDepartmentPublic,
  kHrDepartmentPrivate,
  kRecruitmentAgency,
  kSocialSecretariat,
  kCareerCentre,
  kHrTechnology,
  kOther
};
std::string_view OrganisationKindCode(OrganisationKind kind);
std::string_view OrganisationKindDutchName(OrganisationKind kind);
std::optional<OrganisationKind> ParseOrganisationKind(std::string_view code);

struct Organisation {
  OrganisationId id;
  std::string name;
  OrganisationKind kind = OrganisationKind::kOther;
  std::string street;
  std::string postcode;
  std::string city;
  int start_minutes = 8 * 60 + 30;  // usual start of a working day (R8 measures sickness reports against it)
  std::optional<Date> risk_analysis_valid_until;
  std::vector<ClosurePeriod> closures;               // its own closure and replacement days (R2)
  std::optional<DocumentId> risk_analysis_document;  // the uploaded PDF (R17); kept when the fields are edited
};

// "HH:MM" ↔ minutes since midnight.
std::optional<int> ParseClockTime(std::string_view text);
std::string ClockTime(int minutes);

// R11: name and kind required; a Belgian postcode (4 digits, 1000–9992); a start time between 05:00
// and 12:00; at most 100 closures, each with from ≤ to and a name. Fields: "name", "postcode",
// "city", "start_time", "closures[i].to", "closures[i].name".
Status OrganisationIsValid(const Organisation& organisation);

// R16: the mentor is a domain expert with relevant experience.
struct MentorProfile {
  std::string job_title;
  int years_of_hr_experience = 0;
  std::vector<HrDomain> domains;
  std::string phone;
};

// Job title required (≤ 120 characters); 0–60 years of experience; domains distinct.
// Fields: "job_title", "years_of_hr_experience", "domains".
Status MentorProfileIsValid(const MentorProfile& profile);

}  // namespace leerplek::domain
