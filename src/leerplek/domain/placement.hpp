// A placement: one student's workplace learning for one module at one organisation, with a mentor and a
// supervisor, from the request to completion (issue 4; rules R12, R13 and R17 in placement_rules.hpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "leerplek/domain/calendar.hpp"
#include "leerplek/domain/ids.hpp"
#include "leerplek/domain/organisation.hpp"
#include "leerplek/domain/placement_rules.hpp"
#include "leerplek/domain/result.hpp"
#include "leerplek/domain/time.hpp"

namespace leerplek::domain {

using PlacementId = Id<struct PlacementTag>;

// Stored: requested, sent_back, rejected, approved, completed, cancelled. Shown: an approved placement
// is "ready" once nothing blocks it (R17) and "running" from its first day; see ShownStatus.
enum class PlacementStatus { kRequested, kSentBack, kRejected, kApproved, kReady, kRunning, kCompleted, kCancelled };
std::string_view PlacementStatusCode(PlacementStatus status);       // "requested", …
std::string_view PlacementStatusDutchName(PlacementStatus status);  // "Aangevraagd", …
std::optional<PlacementStatus> ParsePlacementStatus(std::string_view code);

// What the people involved see: approved → ready when `ready`, → running when also today ≥ first_day.
PlacementStatus ShownStatus(PlacementStatus stored, bool ready, Date today, std::optional<Date> first_day);

// The request's proposal, as the student wrote it; the coordinator vets it before approving.
struct ProposedOrganisation {
  std::string name;
  std::string city;
};
struct ProposedMentor {
  std::string name;
  std::string email;  // normalised
  std::string phone;
};

struct AgreementSignatures {
  std::optional<Date> student;
  std::optional<Date> organisation;
  std::optional<Date> school;
  bool operator==(const AgreementSignatures&) const = default;
};

struct Placement {
  PlacementId id;
  CohortId cohort;
  UserId student;
  std::string module_code;
  std::optional<OrganisationId> organisation;  // set when the student picked one, or at approval
  ProposedOrganisation proposed_organisation;  // when the organisation is not in the register yet
  std::optional<UserId> mentor;
  ProposedMentor proposed_mentor;  // when the mentor has no account yet
  std::optional<UserId> supervisor;
  PlacementStatus status = PlacementStatus::kRequested;
  std::vector<OfferedTask> tasks;  // R12
  std::string motivation;
  std::string reuse_override_reason;  // R13: the coordinator's written reason, when reuse was allowed
  AgreementSignatures signatures;
  std::optional<DocumentId> agreement_document;
  Timestamp created_at{};
  Timestamp updated_at{};
};

inline constexpr std::size_t kMaxOfferedTasks = 60;
inline constexpr std::size_t kMaxTaskLength = 300;
inline constexpr std::size_t kMaxMotivationLength = 2000;
inline constexpr std::size_t kMinDecisionCommentLength = 5;

// The request itself: a module, an organisation (picked or proposed by name and city), a mentor (picked
// or proposed by name and a well-formed e-mail address), at least one task with text, each task and the
// motivation within their lengths. Fields: "module", "organisation_id", "new_organisation.name",
// "new_organisation.city", "mentor_id", "new_mentor.name", "new_mentor.email", "tasks", "tasks[i].text",
// "motivation".
Status PlacementRequestIsValid(const Placement& request);

// The guide's example tasks for each HR domain (HR Permanentie), to pick from in the request form.
const std::vector<std::string_view>& ExampleTasks(HrDomain domain);

enum class PlacementDecision { kApprove, kReject, kSendBack };
std::optional<PlacementDecision> ParsePlacementDecision(std::string_view code);  // approve, reject, send_back

// The coordinator decides on a request that is waiting (requested). Rejecting or sending back needs a
// comment of at least kMinDecisionCommentLength characters (field "comment"); approving needs an
// organisation from the register and a mentor with an account ("organisation_id", "mentor_id").
Status DecisionIsAllowed(const Placement& placement, PlacementDecision decision, std::string_view comment);

// The student (or coordinator) may change the request while it waits or was sent back.
Status RequestMayChange(PlacementStatus stored);

// Closing: cancelling is possible until completion; completing only once the placement is running.
Status MayCancel(PlacementStatus stored, std::string_view reason);
Status MayComplete(PlacementStatus shown);

// Signature dates: none in the future (`today`), fields "student", "organisation", "school".
Status SignaturesAreValid(const AgreementSignatures& signatures, Date today);

// Uploaded documents (R17): a PDF by its content (starts with "%PDF-", has "%%EOF" near its end), at most
// kMaxDocumentBytes. Field "file".
inline constexpr std::size_t kMaxDocumentBytes = 10 * 1024 * 1024;
Status DocumentIsPdf(std::string_view bytes);

}  // namespace leerplek::domain
