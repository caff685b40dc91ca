#include "leerplek/domain/organisation.hpp"

#include <algorithm>
#include <cctype>

#include "leerplek/domain/account.hpp"

namespace leerplek::domain {

std::string_view OrganisationKindCode(OrganisationKind kind) {
  switch (kind) {
    case OrganisationKind::kHrDepartmentPublic: return "hr_department_public";
    case OrganisationKind::kHrDepartmentPrivate: return "hr_department_private";
    case OrganisationKind::kRecruitmentAgency: return "recruitment_agency";
    case OrganisationKind::kSocialSecretariat: return "social_secretariat";
    case OrganisationKind::kCareerCentre: return "career_centre";
    case OrganisationKind::kHrTechnology: return "hr_technology";
    case OrganisationKind::kOther: return "other";
  }
  return "other";
}

std::string_view OrganisationKindDutchName(OrganisationKind kind) {
  switch (kind) {
    case OrganisationKind::kHrDepartmentPublic: return "Personeelsdienst (publieke sector)";
    case OrganisationKind::kHrDepartmentPrivate: return "Personeelsdienst (private sector)";
    case OrganisationKind::kRecruitmentAgency: return "Uitzend- of selectiekantoor";
    case OrganisationKind::kSocialSecretariat: return "Sociaal secretariaat";
    case OrganisationKind::kCareerCentre: return "Loopbaancentrum";
    case OrganisationKind::kHrTechnology: return "HR-technologiebedrijf";
    case OrganisationKind::kOther: return "Andere organisatie met HR-activiteiten";
  }
  return "";
}

std::optional<OrganisationKind> ParseOrganisationKind(std::string_view code) {
  for (OrganisationKind k :
       {OrganisationKind::kHrDepartmentPublic, OrganisationKind::kHrDepartmentPrivate,
        OrganisationKind::kRecruitmentAgency, OrganisationKind::kSocialSecretariat, OrganisationKind::kCareerCentre,
        OrganisationKind::kHrTechnology, OrganisationKind::kOther}) {
    if (OrganisationKindCode(k) == code) return k;
  }
  return std::nullopt;
}

std::optional<int> ParseClockTime(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  for (std::size_t i : {0U, 1U, 3U, 4U}) {
    if (std::isdigit(static_cast<unsigned char>(text[i])) == 0) return std::nullopt;
  }
  const int h = (text[0] - '0') * 10 + (text[1] - '0');
  const int m = (text[3] - '0') * 10 + (text[4] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  return h * 60 + m;
}

std::string ClockTime(int minutes_since_midnight) {
  const int h = minutes_since_midnight / 60;
  const int m = minutes_since_midnight % 60;
  return std::string{static_cast<char>('0' + h / 10), static_cast<char>('0' + h % 10), ':',
                     static_cast<char>('0' + m / 10), static_cast<char>('0' + m % 10)};
}

Status OrganisationIsValid(const Organisation& o) {
  FieldErrors errors;
  if (Status name = NameIsValid(o.name); !name) errors.Add("name", name.error().message);
  const bool postcode_ok =
      o.postcode.size() == 4 &&
      std::all_of(o.postcode.begin(), o.postcode.end(), [](unsigned char c) { return std::isdigit(c) != 0; }) &&
      o.postcode >= "1000" && o.postcode <= "9992";
  if (!postcode_ok) errors.Add("postcode", "Geef een Belgische postcode van 4 cijfers (1000–9992).");
  if (Status city = NameIsValid(o.city); !city) errors.Add("city", "Vul de gemeente in.");
  if (o.street.size() > 200) errors.Add("street", "Hoogstens 200 tekens.");
  if (o.start_minutes < 5 * 60 || o.start_minutes > 12 * 60) {
    errors.Add("start_time", "Een werkdag begint tussen 05:00 en 12:00.");
  }
  if (o.closures.size() > 100) errors.Add("closures", "Hoogstens 100 sluitingsdagen of -periodes.");
  for (std::size_t i = 0; i < o.closures.size() && i < 100; ++i) {
    const auto& c = o.closures[i];
    const std::string at = "closures[" + std::to_string(i) + "].";
    if (std::chrono::sys_days(c.to) < std::chrono::sys_days(c.from))
      errors.Add(at + "to", "De einddatum ligt vóór de begindatum.");
    if (Status name = NameIsValid(c.name); !name) errors.Add(at + "name", "Geef de sluiting een naam (bv. Brugdag).");
  }
  if (!errors.Empty()) return errors.ToError();
  return {};
}

Status MentorProfileIsValid(const MentorProfile& p) {
  FieldErrors errors;
  const bool blank =
      std::all_of(p.job_title.begin(), p.job_title.end(), [](unsigned char c) { return std::isspace(c) != 0; });
  if (blank) {
    errors.Add("job_title", "Vul je functie in.");
  } else if (p.job_title.size() > 120) {
    errors.Add("job_title", "Hoogstens 120 tekens.");
  }
  if (p.years_of_hr_experience < 0 || p.years_of_hr_experience > 60) {
    errors.Add("years_of_hr_experience", "Geef een aantal jaren tussen 0 en 60.");
  }
  std::vector<HrDomain> sorted = p.domains;
  std::sort(sorted.begin(), sorted.end());
  if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end())
    errors.Add("domains", "Elk domein maar één keer.");
  if (p.phone.size() > 30) errors.Add("phone", "Hoogstens 30 tekens.");
  if (!errors.Empty()) return errors.ToError();
  return {};
}

}  // namespace leerplek::domain
