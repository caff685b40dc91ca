#include "leerplek/domain/placement_rules.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace leerplek::domain {
namespace {

Date D(std::string_view iso) {
  const auto date = ParseIsoDate(iso);
  EXPECT_TRUE(date.has_value()) << iso;
  return date.value_or(Date{});
}

std::vector<std::string> Codes(const std::vector<Blocker>& blockers) {
  std::vector<std::string> out;
  for (const Blocker& blocker : blockers) out.push_back(blocker.code);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// R12: diversity of the offered tasks

TEST(HrDomains, R12_SevenDomainsWithCodesAndDutchNames) {
  ASSERT_EQ(kAllHrDomains.size(), 7U);
  const std::vector<std::pair<std::string, std::string>> expected{{"recruitment_selection", "Rekrutering en selectie"},
                                                                  {"training", "Opleiding"},
                                                                  {"outflow", "Uitstroom"},
                                                                  {"payroll", "Payroll"},
                                                                  {"competences_talent", "Competenties/talenten"},
                                                                  {"performance_management", "Prestatiemanagement"},
                                                                  {"wellbeing", "Welzijn"}};
  for (std::size_t i = 0; i < kAllHrDomains.size(); ++i) {
    EXPECT_EQ(HrDomainCode(kAllHrDomains[i]), expected[i].first);
    EXPECT_EQ(HrDomainDutchName(kAllHrDomains[i]), expected[i].second);
    EXPECT_EQ(ParseHrDomain(expected[i].first), kAllHrDomains[i]);
  }
}

TEST(HrDomains, R12_UnknownCodesAreNotParsed) {
  EXPECT_EQ(ParseHrDomain(""), std::nullopt);
  EXPECT_EQ(ParseHrDomain("Payroll"), std::nullopt);
  EXPECT_EQ(ParseHrDomain("Welzijn"), std::nullopt);
}

TEST(TaskDiversity, R12_NoTasksCoverNoDomain) { EXPECT_EQ(DomainsCovered({}), 0); }

TEST(TaskDiversity, R12_ADomainCountsOnceWhateverTheNumberOfTasks) {
  EXPECT_EQ(DomainsCovered({{HrDomain::kPayroll, "Loonbrieven nakijken"},
                            {HrDomain::kPayroll, "Dimona-aangiftes voorbereiden"},
                            {HrDomain::kPayroll, "Vakantiegeld berekenen"}}),
            1);
}

TEST(TaskDiversity, R12_EveryDomainWithATaskCounts) {
  std::vector<OfferedTask> tasks;
  for (HrDomain domain : kAllHrDomains) {
    tasks.push_back({domain, "Een taak in " + std::string(HrDomainDutchName(domain))});
    EXPECT_EQ(DomainsCovered(tasks), static_cast<int>(tasks.size()));
  }
  EXPECT_EQ(DomainsCovered(tasks), 7);
}

TEST(TaskDiversity, R12_ATaskWithoutTextIsNoTask) {
  EXPECT_EQ(DomainsCovered({{HrDomain::kTraining, ""}, {HrDomain::kOutflow, "  \t"}, {HrDomain::kWellbeing, "x"}}), 1);
}

// ---------------------------------------------------------------------------------------------------------
// R13: reusing a workplace

const std::vector<std::string> kHrSupportMayShare{"instroom", "payroll", "hr-permanentie"};

TEST(WorkplaceReuse, R13_AFirstModuleAtAnOrganisationIsAllowed) {
  EXPECT_TRUE(WorkplaceReuseIsAllowed("expeditie-hr", {}, {}, false, "").has_value());
}

TEST(WorkplaceReuse, R13_HrSupportMayFollowInstroomPayrollAndHrPermanentie) {
  EXPECT_TRUE(WorkplaceReuseIsAllowed("hr-support", kHrSupportMayShare, {"instroom"}, false, "").has_value());
  EXPECT_TRUE(
      WorkplaceReuseIsAllowed("hr-support", kHrSupportMayShare, {"payroll", "hr-permanentie"}, false, "").has_value());
}

TEST(WorkplaceReuse, R13_AnyOtherEarlierModuleIsRefusedAndNamed) {
  const Status status =
      WorkplaceReuseIsAllowed("hr-support", kHrSupportMayShare, {"payroll", "expeditie-hr"}, false, "");
  ASSERT_FALSE(status.has_value());
  EXPECT_EQ(status.error().code, ErrorCode::kFailedPrecondition);
  EXPECT_EQ(status.error().message,
            "De student liep bij deze organisatie al de module expeditie-hr. Module hr-support vindt op een andere "
            "werkplek plaats, tenzij de coördinator dit met een reden toestaat.");
  ASSERT_EQ(status.error().fields.size(), 1U);
  EXPECT_EQ(status.error().fields[0].field, "override_reason");
}

TEST(WorkplaceReuse, R13_SeveralEarlierModulesAreAllNamedOnce) {
  const Status status =
      WorkplaceReuseIsAllowed("payroll", {}, {"instroom", "expeditie-hr", "instroom", "digitaal-vaardig"}, false, "");
  ASSERT_FALSE(status.has_value());
  EXPECT_NE(status.error().message.find("al de modules instroom, expeditie-hr en digitaal-vaardig."), std::string::npos)
      << status.error().message;
}

TEST(WorkplaceReuse, R13_SharingIsNotMutualUnlessTheOtherModuleSaysSo) {
  // HR Support lists payroll, but payroll's own list is empty: payroll after HR Support is refused.
  EXPECT_FALSE(WorkplaceReuseIsAllowed("payroll", {}, {"hr-support"}, false, "").has_value());
}

TEST(WorkplaceReuse, R13_TheSameModuleAgainAtTheSameOrganisationIsRefused) {
  EXPECT_FALSE(WorkplaceReuseIsAllowed("instroom", {}, {"instroom"}, false, "").has_value());
}

TEST(WorkplaceReuse, R13_TheCoordinatorOverridesWithAReasonOfTenCharacters) {
  EXPECT_TRUE(WorkplaceReuseIsAllowed("instroom", {}, {"payroll"}, true, "0123456789").has_value());
  EXPECT_TRUE(WorkplaceReuseIsAllowed("instroom", {}, {"payroll"}, true, "coördinatr").has_value());  // 10, 11 bytes
}

TEST(WorkplaceReuse, R13_AnOverrideWithAShorterReasonNamesTheField) {
  const std::vector<FieldError> expected{
      {"override_reason", "Geef een reden van minstens 10 tekens om deze werkplek toch toe te staan."}};
  for (std::string_view reason : {"", "012345678", "   012345678   ", "coördina"}) {
    const Status status = WorkplaceReuseIsAllowed("instroom", {}, {"payroll"}, true, reason);
    ASSERT_FALSE(status.has_value()) << reason;
    EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
    EXPECT_EQ(status.error().fields, expected);
  }
}

TEST(WorkplaceReuse, R13_AnOverrideIsNotNeededWhenReuseIsAllowed) {
  EXPECT_TRUE(WorkplaceReuseIsAllowed("hr-support", kHrSupportMayShare, {"instroom"}, true, "").has_value());
}

// ---------------------------------------------------------------------------------------------------------
// R17: readiness before the first day

ReadinessFacts Ready() {
  ReadinessFacts facts;
  facts.agreement_signed_by_student = D("2026-09-01");
  facts.agreement_signed_by_organisation = D("2026-09-02");
  facts.agreement_signed_by_school = D("2026-09-03");
  facts.agreement_pdf_on_file = true;
  facts.risk_analysis_valid_until = D("2027-06-30");
  facts.dimona_stg_recorded_for_year = true;
  facts.first_day = D("2026-10-05");
  facts.last_day = D("2027-05-28");
  return facts;
}

TEST(PlacementReadiness, R17_EverythingPresentIsReady) {
  EXPECT_TRUE(PlacementBlockers(Ready()).empty());
  EXPECT_TRUE(PlacementIsReady(Ready()));
}

TEST(PlacementReadiness, R17_NothingPresentGivesEveryBlockerInOrder) {
  const ReadinessFacts nothing;
  EXPECT_EQ(PlacementBlockers(nothing),
            (std::vector<Blocker>{
                {"agreement_missing", "De werkplekleerovereenkomst zit nog niet in het dossier."},
                {"agreement_unsigned",
                 "De werkplekleerovereenkomst is nog niet ondertekend door de student, de organisatie en de school."},
                {"risk_analysis_missing", "De risicoanalyse van de werkplek ontbreekt."},
                {"dimona_missing", "De Dimona-aangifte (type STG) voor dit academiejaar ontbreekt."}}));
  EXPECT_FALSE(PlacementIsReady(nothing));
}

TEST(PlacementReadiness, R17_TheAgreementFileMustBeThere) {
  ReadinessFacts facts = Ready();
  facts.agreement_pdf_on_file = false;
  EXPECT_EQ(Codes(PlacementBlockers(facts)), (std::vector<std::string>{"agreement_missing"}));
  EXPECT_FALSE(PlacementIsReady(facts));
}

TEST(PlacementReadiness, R17_EachMissingSignatureIsNamed) {
  ReadinessFacts facts = Ready();
  facts.agreement_signed_by_organisation.reset();
  EXPECT_EQ(PlacementBlockers(facts),
            (std::vector<Blocker>{
                {"agreement_unsigned", "De werkplekleerovereenkomst is nog niet ondertekend door de organisatie."}}));
  facts = Ready();
  facts.agreement_signed_by_student.reset();
  facts.agreement_signed_by_school.reset();
  EXPECT_EQ(PlacementBlockers(facts).front().message,
            "De werkplekleerovereenkomst is nog niet ondertekend door de student en de school.");
}

TEST(PlacementReadiness, R17_TheRiskAnalysisMustExist) {
  ReadinessFacts facts = Ready();
  facts.risk_analysis_valid_until.reset();
  EXPECT_EQ(Codes(PlacementBlockers(facts)), (std::vector<std::string>{"risk_analysis_missing"}));
}

TEST(PlacementReadiness, R17_ARiskAnalysisValidUntilExactlyTheLastDayIsFine) {
  ReadinessFacts facts = Ready();
  facts.risk_analysis_valid_until = D("2027-05-28");
  EXPECT_TRUE(PlacementIsReady(facts));
}

TEST(PlacementReadiness, R17_ARiskAnalysisEndingTheDayBeforeTheLastDayBlocks) {
  ReadinessFacts facts = Ready();
  facts.risk_analysis_valid_until = D("2027-05-27");
  EXPECT_EQ(PlacementBlockers(facts),
            (std::vector<Blocker>{{"risk_analysis_expires",
                                   "De risicoanalyse is geldig tot 27/05/2027, maar de laatste werkplekdag is "
                                   "28/05/2027."}}));
}

TEST(PlacementReadiness, R17_WithNoDaysPlannedTheRiskAnalysisMustSimplyExist) {
  ReadinessFacts facts = Ready();
  facts.first_day.reset();
  facts.last_day.reset();
  facts.risk_analysis_valid_until = D("2000-01-01");
  EXPECT_TRUE(PlacementIsReady(facts));
  facts.risk_analysis_valid_until.reset();
  EXPECT_EQ(Codes(PlacementBlockers(facts)), (std::vector<std::string>{"risk_analysis_missing"}));
}

TEST(PlacementReadiness, R17_WithOnlyAFirstDayTheRiskAnalysisMustCoverIt) {
  ReadinessFacts facts = Ready();
  facts.last_day.reset();
  facts.risk_analysis_valid_until = D("2026-10-05");
  EXPECT_TRUE(PlacementIsReady(facts));
  facts.risk_analysis_valid_until = D("2026-10-04");
  EXPECT_EQ(PlacementBlockers(facts),
            (std::vector<Blocker>{{"risk_analysis_expires",
                                   "De risicoanalyse is geldig tot 04/10/2026, maar de eerste werkplekdag is "
                                   "05/10/2026."}}));
}

TEST(PlacementReadiness, R17_TheDimonaForTheYearMustBeRecorded) {
  ReadinessFacts facts = Ready();
  facts.dimona_stg_recorded_for_year = false;
  EXPECT_EQ(Codes(PlacementBlockers(facts)), (std::vector<std::string>{"dimona_missing"}));
}

}  // namespace
}  // namespace leerplek::domain
