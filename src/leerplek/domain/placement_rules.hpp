// Rules a placement request must meet: diversity of tasks (R12), workplace reuse (R13), readiness (R17).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "leerplek/domain/calendar.hpp"
#include "leerplek/domain/result.hpp"

namespace leerplek::domain {

// R12: the HR domains of the guide's list for HR Permanentie.
enum class HrDomain {
  kRecruitmentSelection,
  kTraining,
  kOutflow,
  kPayroll,
  kCompetencesTalent,
  kPerformanceManagement,
  kWellbeing,
};

inline constexpr std::array kAllHrDomains = {HrDomain::kRecruitmentSelection,
                                             HrDomain::kTraining,
                                             HrDomain::kOutflow,
                                             HrDomain::kPayroll,
                                             HrDomain::kCompetencesTalent,
                                             HrDomain::kPerformanceManagement,
                                             HrDomain::kWellbeing};

std::string_view HrDomainCode(HrDomain domain);       // "recruitment_selection", …, "wellbeing"
std::string_view HrDomainDutchName(HrDomain domain);  // "Rekrutering en selectie", …, "Welzijn"
std::optional<HrDomain> ParseHrDomain(std::string_view code);

struct OfferedTask {
  HrDomain domain = HrDomain::kRecruitmentSelection;
  std::string text;  // what the student would do, in the organisation's words
};

// R12: how many domains the offer covers. A domain counts once it has a task; a task whose text is
// blank (an empty row left in the form) is no task.
int DomainsCovered(const std::vector<OfferedTask>& tasks);

// R13: may `module_code` take place at an organisation where the student already did
// `earlier_modules_at_same_organisation`? Yes when there were none, or each is one this module may share a
// workplace with (curriculum data; HR Support: instroom, payroll, hr-permanentie). Otherwise refused
// (kFailedPrecondition on field "override_reason", naming the earlier modules) unless the coordinator
// overrides with a written reason of at least kMinOverrideReasonLength characters (else kInvalidArgument on
// "override_reason"). Modules are named as given: pass names to have names in the message.
inline constexpr std::size_t kMinOverrideReasonLength = 10;
// R13: the earlier modules that conflict (in their order, once each); empty when reuse is allowed.
std::vector<std::string> ReuseConflicts(const std::vector<std::string>& may_share_workplace_with,
                                        const std::vector<std::string>& earlier_modules_at_same_organisation);
Status WorkplaceReuseIsAllowed(const std::string& module_code, const std::vector<std::string>& may_share_workplace_with,
                               const std::vector<std::string>& earlier_modules_at_same_organisation,
                               bool coordinator_override, std::string_view override_reason);

// R17: what the coordinator must have before the first day.
struct ReadinessFacts {
  std::optional<Date> agreement_signed_by_student;
  std::optional<Date> agreement_signed_by_organisation;
  std::optional<Date> agreement_signed_by_school;
  bool agreement_pdf_on_file = false;
  std::optional<Date> risk_analysis_valid_until;
  bool dimona_stg_recorded_for_year = false;
  std::optional<Date> first_day;  // unset while no days are planned
  std::optional<Date> last_day;
};

struct Blocker {
  std::string code;     // "agreement_missing", "agreement_unsigned", "risk_analysis_missing",
                        // "risk_analysis_expires", "dimona_missing"
  std::string message;  // Dutch, for the coordinator
  bool operator==(const Blocker&) const = default;
};

// R17: everything that still blocks the placement, in the order above. The risk analysis must be valid
// through the last planned day (or the first, while only that is known); with no days planned it must
// simply exist.
std::vector<Blocker> PlacementBlockers(const ReadinessFacts& facts);
bool PlacementIsReady(const ReadinessFacts& facts);

}  // namespace leerplek::domain
