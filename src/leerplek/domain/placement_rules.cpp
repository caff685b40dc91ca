#include "leerplek/domain/placement_rules.hpp"

#include <algorithm>
#include <cstddef>
#include <utility>

#include "leerplek/domain/text.hpp"

namespace leerplek::domain {

std::string_view HrDomainCode(HrDomain domain) {
  switch (domain) {
    case HrDomain::kRecruitmentSelection: return "recruitment_selection";
    case HrDomain::kTraining: return "training";
    case HrDomain::kOutflow: return "outflow";
    case HrDomain::kPayroll: return "payroll";
    case HrDomain::kCompetencesTalent: return "competences_talent";
    case HrDomain::kPerformanceManagement: return "performance_management";
    case HrDomain::kWellbeing: return "wellbeing";
  }
  return "";  // unreachable: every enumerator is handled above
}

std::string_view HrDomainDutchName(HrDomain domain) {
  switch (domain) {
    case HrDomain::kRecruitmentSelection: return "Rekrutering en selectie";
    case HrDomain::kTraining: return "Opleiding";
    case HrDomain::kOutflow: return "Uitstroom";
    case HrDomain::kPayroll: return "Payroll";
    case HrDomain::kCompetencesTalent: return "Competenties/talenten";
    case HrDomain::kPerformanceManagement: return "Prestatiemanagement";
    case HrDomain::kWellbeing: return "Welzijn";
  }
  return "";  // unreachable: every enumerator is handled above
}

std::optional<HrDomain> ParseHrDomain(std::string_view code) {
  for (HrDomain domain : kAllHrDomains) {
    if (HrDomainCode(domain) == code) return domain;
  }
  return std::nullopt;
}

int DomainsCovered(const std::vector<OfferedTask>& tasks) {
  std::array<bool, kAllHrDomains.size()> covered{};
  for (const OfferedTask& task : tasks) {
    if (!Trimmed(task.text).empty()) covered[static_cast<std::size_t>(task.domain)] = true;
  }
  return static_cast<int>(std::count(covered.begin(), covered.end(), true));
}

std::vector<std::string> ReuseConflicts(const std::vector<std::string>& may_share_workplace_with,
                                        const std::vector<std::string>& earlier_modules_at_same_organisation) {
  std::vector<std::string> conflicts;
  for (const std::string& earlier : earlier_modules_at_same_organisation) {
    const bool shareable = std::find(may_share_workplace_with.begin(), may_share_workplace_with.end(), earlier) !=
                           may_share_workplace_with.end();
    // The same module again counts as a conflict too: the policy wants a new workplace for new learning.
    if (!shareable && std::find(conflicts.begin(), conflicts.end(), earlier) == conflicts.end()) {
      conflicts.push_back(earlier);
    }
  }
  return conflicts;
}

Status WorkplaceReuseIsAllowed(const std::string& module_code, const std::vector<std::string>& may_share_workplace_with,
                               const std::vector<std::string>& earlier_modules_at_same_organisation,
                               bool coordinator_override, std::string_view override_reason) {
  const std::vector<std::string> conflicts =
      ReuseConflicts(may_share_workplace_with, earlier_modules_at_same_organisation);
  if (conflicts.empty()) return {};
  if (!coordinator_override) {
    // Named on "override_reason": that is the field that lets the coordinator allow it anyway.
    Error refused =
        InvalidField("override_reason", "De student liep bij deze organisatie al " +
                                            std::string(conflicts.size() == 1 ? "de module " : "de modules ") +
                                            DutchList(conflicts) + ". Module " + module_code +
                                            " vindt op een andere werkplek plaats, tenzij de coördinator "
                                            "dit met een reden toestaat.");
    refused.code = ErrorCode::kFailedPrecondition;
    return refused;
  }
  if (CodePoints(Trimmed(override_reason)) < kMinOverrideReasonLength) {
    return InvalidField("override_reason", "Geef een reden van minstens 10 tekens om deze werkplek toch toe te staan.");
  }
  return {};
}

std::vector<Blocker> PlacementBlockers(const ReadinessFacts& facts) {
  std::vector<Blocker> blockers;
  if (!facts.agreement_pdf_on_file) {
    blockers.push_back({"agreement_missing", "De werkplekleerovereenkomst zit nog niet in het dossier."});
  }
  std::vector<std::string> unsigned_by;
  if (!facts.agreement_signed_by_student) unsigned_by.emplace_back("de student");
  if (!facts.agreement_signed_by_organisation) unsigned_by.emplace_back("de organisatie");
  if (!facts.agreement_signed_by_school) unsigned_by.emplace_back("de school");
  if (!unsigned_by.empty()) {
    blockers.push_back({"agreement_unsigned",
                        "De werkplekleerovereenkomst is nog niet ondertekend door " + DutchList(unsigned_by) + "."});
  }
  if (!facts.risk_analysis_valid_until) {
    blockers.push_back({"risk_analysis_missing", "De risicoanalyse van de werkplek ontbreekt."});
  } else if (const std::optional<Date> through = facts.last_day ? facts.last_day : facts.first_day;
             through && *facts.risk_analysis_valid_until < *through) {
    blockers.push_back({"risk_analysis_expires",
                        "De risicoanalyse is geldig tot " + DutchDate(*facts.risk_analysis_valid_until) + ", maar de " +
                            (facts.last_day ? "laatste" : "eerste") + " werkplekdag is " + DutchDate(*through) + "."});
  }
  if (!facts.dimona_stg_recorded_for_year) {
    blockers.push_back({"dimona_missing", "De Dimona-aangifte (type STG) voor dit academiejaar ontbreekt."});
  }
  return blockers;
}

bool PlacementIsReady(const ReadinessFacts& facts) { return PlacementBlockers(facts).empty(); }

}  // namespace leerplek::domain
