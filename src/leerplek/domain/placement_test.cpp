#include "leerplek/domain/placement.hpp"

#include <gtest/gtest.h>

#include <string>

namespace leerplek::domain {
namespace {

Date D(std::string_view iso) { return ParseIsoDate(iso).value_or(Date{}); }

Placement ValidRequest() {
  Placement p;
  p.module_code = "instroom";
  p.organisation = OrganisationId{1};
  p.mentor = UserId{2};
  p.tasks = {{HrDomain::kRecruitmentSelection, "Cv-screening"}};
  return p;
}

std::string FieldsOf(const Status& s) {
  std::string out;
  if (s) return out;
  for (const auto& f : s.error().fields) out += (out.empty() ? "" : ",") + f.field;
  return out;
}

TEST(PlacementStatus, CodesRoundTripAndHaveDutchNames) {
  for (auto s :
       {PlacementStatus::kRequested, PlacementStatus::kSentBack, PlacementStatus::kRejected, PlacementStatus::kApproved,
        PlacementStatus::kReady, PlacementStatus::kRunning, PlacementStatus::kCompleted, PlacementStatus::kCancelled}) {
    EXPECT_EQ(ParsePlacementStatus(PlacementStatusCode(s)), s);
    EXPECT_FALSE(PlacementStatusDutchName(s).empty());
  }
  EXPECT_EQ(ParsePlacementStatus("klaar"), std::nullopt);
}

TEST(PlacementStatus, R17ApprovedBecomesReadyOnlyWithoutBlockersAndRunningFromTheFirstDay) {
  const Date first = D("2027-02-01");
  EXPECT_EQ(ShownStatus(PlacementStatus::kApproved, false, D("2027-02-05"), first), PlacementStatus::kApproved);
  EXPECT_EQ(ShownStatus(PlacementStatus::kApproved, true, D("2027-01-31"), first), PlacementStatus::kReady);
  EXPECT_EQ(ShownStatus(PlacementStatus::kApproved, true, D("2027-02-01"), first), PlacementStatus::kRunning);
  EXPECT_EQ(ShownStatus(PlacementStatus::kApproved, true, D("2027-02-01"), std::nullopt), PlacementStatus::kReady);
  EXPECT_EQ(ShownStatus(PlacementStatus::kRequested, true, D("2027-02-05"), first), PlacementStatus::kRequested);
  EXPECT_EQ(ShownStatus(PlacementStatus::kCompleted, true, D("2027-02-05"), first), PlacementStatus::kCompleted);
}

TEST(PlacementRequest, AValidRequestPasses) { EXPECT_TRUE(PlacementRequestIsValid(ValidRequest())); }

TEST(PlacementRequest, ProposedOrganisationAndMentorNeedNameCityAndAddress) {
  Placement p = ValidRequest();
  p.organisation.reset();
  p.mentor.reset();
  p.proposed_mentor.email = "geen-adres";
  EXPECT_EQ(FieldsOf(PlacementRequestIsValid(p)),
            "new_organisation.name,new_organisation.city,new_mentor.name,new_mentor.email");
  p.proposed_organisation = {"HR Partners", "Mechelen"};
  p.proposed_mentor = {"An Wouters", "an.wouters@hrpartners.be", ""};
  EXPECT_TRUE(PlacementRequestIsValid(p));
}

TEST(PlacementRequest, R12AtLeastOneTaskWithTextAndLengthsAtTheirBoundaries) {
  Placement p = ValidRequest();
  p.tasks = {{HrDomain::kPayroll, "   "}};
  EXPECT_EQ(FieldsOf(PlacementRequestIsValid(p)), "tasks");
  p.tasks = {{HrDomain::kPayroll, std::string(kMaxTaskLength, 'x')}};
  EXPECT_TRUE(PlacementRequestIsValid(p));
  p.tasks.push_back({HrDomain::kPayroll, std::string(kMaxTaskLength + 1, 'x')});
  EXPECT_EQ(FieldsOf(PlacementRequestIsValid(p)), "tasks[1].text");
  p = ValidRequest();
  p.tasks.assign(kMaxOfferedTasks + 1, {HrDomain::kTraining, "Opleiding"});
  EXPECT_EQ(FieldsOf(PlacementRequestIsValid(p)), "tasks");
  p = ValidRequest();
  p.motivation = std::string(kMaxMotivationLength, 'a');
  EXPECT_TRUE(PlacementRequestIsValid(p));
  p.motivation += "é";
  EXPECT_EQ(FieldsOf(PlacementRequestIsValid(p)), "motivation");
}

TEST(PlacementRequest, R12EveryDomainHasExampleTasksFromTheGuide) {
  for (HrDomain d : kAllHrDomains) EXPECT_FALSE(ExampleTasks(d).empty()) << HrDomainCode(d);
  EXPECT_EQ(ExampleTasks(HrDomain::kRecruitmentSelection).size(), 6U);
}

TEST(PlacementDecision, OnlyAWaitingRequestIsDecided) {
  Placement p = ValidRequest();
  EXPECT_TRUE(DecisionIsAllowed(p, PlacementDecision::kApprove, ""));
  for (auto s : {PlacementStatus::kSentBack, PlacementStatus::kApproved, PlacementStatus::kRejected}) {
    p.status = s;
    const Status st = DecisionIsAllowed(p, PlacementDecision::kApprove, "");
    ASSERT_FALSE(st);
    EXPECT_EQ(st.error().code, ErrorCode::kFailedPrecondition);
  }
}

TEST(PlacementDecision, ApprovalNeedsRegisteredOrganisationAndMentorAccount) {
  Placement p = ValidRequest();
  p.organisation.reset();
  p.mentor.reset();
  EXPECT_EQ(FieldsOf(DecisionIsAllowed(p, PlacementDecision::kApprove, "")), "organisation_id,mentor_id");
}

TEST(PlacementDecision, RejectAndSendBackNeedACommentOfFiveCharacters) {
  const Placement p = ValidRequest();
  EXPECT_EQ(FieldsOf(DecisionIsAllowed(p, PlacementDecision::kReject, " abcd ")), "comment");
  EXPECT_TRUE(DecisionIsAllowed(p, PlacementDecision::kReject, "abcdé"));
  EXPECT_EQ(FieldsOf(DecisionIsAllowed(p, PlacementDecision::kSendBack, "")), "comment");
  EXPECT_EQ(ParsePlacementDecision("send_back"), PlacementDecision::kSendBack);
  EXPECT_EQ(ParsePlacementDecision("ok"), std::nullopt);
}

TEST(PlacementLifecycle, ChangesCancelAndComplete) {
  EXPECT_TRUE(RequestMayChange(PlacementStatus::kRequested));
  EXPECT_TRUE(RequestMayChange(PlacementStatus::kSentBack));
  EXPECT_FALSE(RequestMayChange(PlacementStatus::kApproved));
  EXPECT_TRUE(MayCancel(PlacementStatus::kApproved, "Student stopt"));
  EXPECT_EQ(FieldsOf(MayCancel(PlacementStatus::kApproved, "")), "reason");
  EXPECT_FALSE(MayCancel(PlacementStatus::kCompleted, "Student stopt"));
  EXPECT_FALSE(MayCancel(PlacementStatus::kCancelled, "Student stopt"));
  EXPECT_TRUE(MayComplete(PlacementStatus::kRunning));
  EXPECT_FALSE(MayComplete(PlacementStatus::kReady));
}

TEST(AgreementSignatures, R17NoSignatureInTheFuture) {
  const Date today = D("2026-11-28");
  EXPECT_TRUE(SignaturesAreValid({today, D("2026-11-01"), std::nullopt}, today));
  EXPECT_EQ(FieldsOf(SignaturesAreValid({D("2026-11-29"), today, D("2027-01-01")}, today)), "student,school");
}

TEST(DocumentIsPdf, R17ChecksContentNotName) {
  EXPECT_TRUE(DocumentIsPdf("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n"));
  EXPECT_EQ(FieldsOf(DocumentIsPdf("")), "file");
  EXPECT_EQ(FieldsOf(DocumentIsPdf("\x89PNG\r\n\x1a\n....%%EOF")), "file");
  EXPECT_EQ(FieldsOf(DocumentIsPdf("%PDF-1.4 but cut off")), "file");
}

TEST(DocumentIsPdf, R17SizeLimitAtItsBoundary) {
  std::string pdf = "%PDF-1.7\n";
  pdf.resize(kMaxDocumentBytes - 6, ' ');
  pdf += "%%EOF\n";
  EXPECT_EQ(pdf.size(), kMaxDocumentBytes);
  EXPECT_TRUE(DocumentIsPdf(pdf));
  pdf += " ";
  EXPECT_EQ(FieldsOf(DocumentIsPdf(pdf)), "file");
}

}  // namespace
}  // namespace leerplek::domain
