// Placements: the student's request with the tasks on offer (R12), the coordinator's decision with the
// reuse rule (R13), supervisors, and what must be on file before day one (R17).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "leerplek/app/context.hpp"
#include "leerplek/domain/placement.hpp"

namespace leerplek::app {

struct PlacementView {
  domain::Placement placement;
  std::string cohort_name;
  std::string academic_year;
  std::string student_name;
  std::string module_name;
  std::string organisation_name;  // the register's name, or the proposed one
  std::string mentor_name;        // the account's name, or the proposed one
  std::string mentor_email;
  std::string supervisor_name;
  domain::PlacementStatus shown_status = domain::PlacementStatus::kRequested;
  std::vector<domain::Blocker> blockers;  // R17, for approved placements
  int domains_covered = 0;                // R12
  // R13: modules of this student at the same organisation that this module may not share it with.
  std::vector<std::string> reuse_conflicts;
  std::optional<domain::Date> first_day;
  std::optional<domain::Date> last_day;
  int planned_days = 0;
  std::optional<DimonaRecord> dimona;
  std::optional<DocumentRecord> agreement;  // detail only
  std::optional<domain::Date> risk_analysis_valid_until;
  bool risk_analysis_on_file = false;
  std::vector<PlacementEvent> events;  // detail only
};

struct PlacementListQuery {
  std::optional<domain::CohortId> cohort;
  bool caseload_only = false;  // a supervisor's own students
};
// Students see their own placements, mentors theirs, programme staff those of their programmes' cohorts.
Result<std::vector<PlacementView>> ListPlacements(const AppContext& ctx, const Actor& actor,
                                                  const PlacementListQuery& query);
// With documents and history; for the student, the mentor, and staff of the programme.
Result<PlacementView> GetPlacement(const AppContext& ctx, const Actor& actor, domain::PlacementId id);

// A student asks for themself; the coordinator may ask for any student of the cohort. `request` carries
// cohort, student (ignored for students), module, organisation or proposal, mentor or proposal, tasks.
Result<PlacementView> RequestPlacement(const AppContext& ctx, const Actor& actor, domain::Placement request);
// Changes a waiting or sent-back request; it waits for the coordinator again.
Result<PlacementView> ChangePlacementRequest(const AppContext& ctx, const Actor& actor, domain::Placement request);

struct DecideCommand {
  domain::PlacementId id;
  domain::PlacementDecision decision = domain::PlacementDecision::kApprove;
  std::string comment;
  std::optional<domain::OrganisationId> organisation;  // the coordinator's choice from the register
  std::optional<UserId> mentor;                        // an existing mentor account
  bool invite_proposed_mentor = false;                 // or: invite the mentor the student proposed
  std::string override_reason;                         // R13: allows a refused reuse when written
};
Result<PlacementView> DecidePlacement(const AppContext& ctx, const Actor& actor, const DecideCommand& command);

Result<PlacementView> AssignSupervisor(const AppContext& ctx, const Actor& actor, domain::PlacementId id,
                                       std::optional<UserId> supervisor);
Result<PlacementView> RecordSignatures(const AppContext& ctx, const Actor& actor, domain::PlacementId id,
                                       const domain::AgreementSignatures& signatures);
Result<PlacementView> CancelPlacement(const AppContext& ctx, const Actor& actor, domain::PlacementId id,
                                      const std::string& reason);
Result<PlacementView> CompletePlacement(const AppContext& ctx, const Actor& actor, domain::PlacementId id);

struct Upload {
  std::string file_name;
  std::string bytes;
};
struct Download {
  std::string file_name;
  std::string bytes;
};
// The signed agreement: uploaded by the coordinator or the placement's student; read by whoever may read
// the placement.
Result<PlacementView> UploadAgreement(const AppContext& ctx, const Actor& actor, domain::PlacementId id,
                                      const Upload& upload);
Result<Download> DownloadAgreement(const AppContext& ctx, const Actor& actor, domain::PlacementId id);

// The organisation's risk analysis with its end of validity: uploaded by the coordinator; read by programme
// staff and by students and mentors with a placement there.
Result<domain::Organisation> UploadRiskAnalysis(const AppContext& ctx, const Actor& actor, domain::OrganisationId id,
                                                domain::Date valid_until, const Upload& upload);
Result<Download> DownloadRiskAnalysis(const AppContext& ctx, const Actor& actor, domain::OrganisationId id);

// R17: the coordinator records the school's Dimona (STG) for a student and academic year.
Result<DimonaRecord> RecordDimona(const AppContext& ctx, const Actor& actor, UserId student,
                                  const std::string& academic_year, const std::string& reference);

struct SupervisorLoad {
  domain::User supervisor;
  int placements = 0;  // not cancelled, rejected or completed
};
// The programme's supervisors with their caseload, for assigning one (coordinator).
Result<std::vector<SupervisorLoad>> ListSupervisors(const AppContext& ctx, const Actor& actor, domain::CohortId cohort);

// For the use cases built on placements (the logbook, absences): the views of several placements with a
// fixed number of queries, and one placement with its cohort when the actor may read it (its student,
// mentor or supervisor, or staff of the programme).
std::vector<PlacementView> PlacementViews(Repositories& repos, domain::Date today,
                                          const std::vector<domain::Placement>& placements);
Result<std::pair<domain::Placement, domain::Cohort>> LoadReadablePlacement(Repositories& repos, const Actor& actor,
                                                                           domain::PlacementId id);
// The placement's page, for e-mails.
std::string PlacementLinkFor(const AppContext& ctx, domain::PlacementId id);

}  // namespace leerplek::app
