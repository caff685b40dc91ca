// The app's view of the outside world: repositories, the store that runs them
// in transactions, the clock, crypto and mail. Adapters implement these.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "leerplek/domain/absence.hpp"
#include "leerplek/domain/account.hpp"
#include "leerplek/domain/assessment.hpp"
#include "leerplek/domain/calendar.hpp"
#include "leerplek/domain/cohort.hpp"
#include "leerplek/domain/curriculum.hpp"
#include "leerplek/domain/groups.hpp"
#include "leerplek/domain/guidance.hpp"
#include "leerplek/domain/ids.hpp"
#include "leerplek/domain/logbook.hpp"
#include "leerplek/domain/organisation.hpp"
#include "leerplek/domain/placement.hpp"
#include "leerplek/domain/result.hpp"
#include "leerplek/domain/rotation.hpp"
#include "leerplek/domain/time.hpp"

namespace leerplek::app {

using domain::Timestamp;
using domain::UserId;

// A moment as the clock on the wall shows it where the programme is (Europe/Brussels).
struct LocalTime {
  domain::Date date;
  int minutes = 0;  // since local midnight, 0..1439
};

class Clock {
 public:
  virtual ~Clock() = default;
  [[nodiscard]] virtual Timestamp Now() const = 0;
  // Today's date where the programme is (Europe/Brussels).
  [[nodiscard]] virtual domain::Date Today() const = 0;
  // The local date and time of day of `at` in Europe/Brussels (summer time included).
  [[nodiscard]] virtual LocalTime Local(Timestamp at) const = 0;
};

class Crypto {
 public:
  virtual ~Crypto() = default;
  [[nodiscard]] virtual std::string HashPassword(const std::string& password) const = 0;
  [[nodiscard]] virtual bool VerifyPassword(const std::string& hash, const std::string& password) const = 0;
  // A fresh unguessable token, URL-safe.
  [[nodiscard]] virtual std::string RandomToken() const = 0;
  // A one-way digest of a token: only digests are stored, so a database leak opens no session.
  [[nodiscard]] virtual std::string DigestToken(const std::string& token) const = 0;
};

struct StoredSession {
  std::string digest;
  UserId user;
  std::string csrf_token;
  Timestamp created_at;
  Timestamp last_seen_at;
};

struct OneTimeToken {
  std::string digest;
  UserId user;
  domain::TokenPurpose purpose = domain::TokenPurpose::kInvitation;
  Timestamp created_at;
  Timestamp expires_at;
  std::optional<Timestamp> used_at;
};

// A snapshot of an entity for the audit trail: field → value, as text.
using Snapshot = std::map<std::string, std::string>;

struct AuditEvent {
  std::int64_t id = 0;
  Timestamp at;
  std::optional<UserId> actor;
  std::string actor_name;  // filled when read
  std::string action;      // e.g. "user.created"
  std::string entity;      // e.g. "user"
  std::string entity_id;
  std::optional<Snapshot> before;
  std::optional<Snapshot> after;
};

// One file sent with an e-mail (a visit's iCalendar invitation, R22).
struct MailAttachment {
  std::string file_name;     // "werkplekbezoek.ics"
  std::string content_type;  // "text/calendar; method=REQUEST"
  std::string content;       // text, UTF-8
  bool operator==(const MailAttachment&) const = default;
};

struct OutgoingMail {
  std::int64_t id = 0;
  std::string to;
  std::string subject;
  std::string body;  // plain text, UTF-8
  int attempts = 0;
  Timestamp next_attempt_at;
  std::optional<MailAttachment> attachment = {};
};

struct FailureCount {
  int count = 0;
  std::optional<Timestamp> oldest;
};

class UserRepository {
 public:
  virtual ~UserRepository() = default;
  virtual std::optional<domain::User> ById(UserId id) = 0;
  virtual std::optional<domain::User> ByEmail(const std::string& normalised_email) = 0;
  virtual std::optional<std::string> PasswordHash(UserId id) = 0;
  virtual UserId Insert(const domain::User& user, Timestamp now) = 0;
  virtual void Update(const domain::User& user) = 0;  // name, active, roles
  virtual void SetPasswordHash(UserId id, const std::string& hash) = 0;
  virtual std::vector<domain::User> List() = 0;
  virtual std::vector<domain::User> ByIds(const std::vector<UserId>& ids) = 0;
  virtual std::int64_t Count() = 0;
};

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;
  virtual void Insert(const StoredSession& session) = 0;
  virtual std::optional<StoredSession> Find(const std::string& digest) = 0;
  virtual void Touch(const std::string& digest, Timestamp at) = 0;
  virtual void Delete(const std::string& digest) = 0;
  virtual void DeleteForUser(UserId user) = 0;
};

class OneTimeTokenRepository {
 public:
  virtual ~OneTimeTokenRepository() = default;
  virtual void Insert(const OneTimeToken& token) = 0;
  virtual std::optional<OneTimeToken> Find(const std::string& digest) = 0;
  virtual void MarkUsed(const std::string& digest, Timestamp at) = 0;
  // Earlier links of the same purpose stop working when a new one is sent.
  virtual void ExpireOpen(UserId user, domain::TokenPurpose purpose, Timestamp at) = 0;
};

class LoginAttemptRepository {
 public:
  virtual ~LoginAttemptRepository() = default;
  virtual void RecordFailure(const std::string& key, Timestamp at) = 0;
  virtual FailureCount FailuresSince(const std::string& key, Timestamp since) = 0;
  virtual void Clear(const std::string& key) = 0;
};

// Append-only: there is no update or delete.
class AuditTrail {
 public:
  virtual ~AuditTrail() = default;
  virtual void Append(const AuditEvent& event) = 0;
  virtual std::vector<AuditEvent> Page(std::optional<std::int64_t> before_id, int limit) = 0;
};

class Outbox {
 public:
  virtual ~Outbox() = default;
  virtual void Enqueue(const OutgoingMail& mail, Timestamp now) = 0;
  virtual std::vector<OutgoingMail> Due(Timestamp now, int limit) = 0;
  virtual void MarkSent(std::int64_t id, Timestamp at) = 0;
  virtual void MarkFailed(std::int64_t id, int attempts, std::optional<Timestamp> next_attempt_at,
                          const std::string& last_error) = 0;
};

struct ProgrammeRecord {
  domain::ProgrammeId id;
  std::string code;
  std::string name;
  std::string institution;
  bool flemish_holiday = true;
};

struct VersionInfo {
  std::int64_t id = 0;
  domain::ProgrammeId programme;
  int number = 0;
  std::string label;
  Timestamp created_at;
  std::string origin;  // "import" or "editor"
};

class ProgrammeRepository {
 public:
  virtual ~ProgrammeRepository() = default;
  virtual std::optional<ProgrammeRecord> ById(domain::ProgrammeId id) = 0;
  virtual std::optional<ProgrammeRecord> ByCode(const std::string& code) = 0;
  virtual domain::ProgrammeId Insert(const ProgrammeRecord& programme, Timestamp now) = 0;
  virtual void Update(const ProgrammeRecord& programme) = 0;  // name, institution, flemish_holiday
  virtual std::vector<ProgrammeRecord> List() = 0;
  virtual std::vector<domain::ProgrammeId> StaffOf(UserId user) = 0;
  virtual bool IsStaff(domain::ProgrammeId programme, UserId user) = 0;
  virtual std::vector<UserId> Staff(domain::ProgrammeId programme) = 0;
  virtual void AddStaff(domain::ProgrammeId programme, UserId user) = 0;
  virtual std::vector<domain::ClosurePeriod> Closures(domain::ProgrammeId programme) = 0;
  virtual void ReplaceClosures(domain::ProgrammeId programme, const std::vector<domain::ClosurePeriod>& closures) = 0;
};

struct ModuleSize {
  int required_days = 0;
  int goals = 0;
};

class CurriculumRepository {
 public:
  virtual ~CurriculumRepository() = default;
  // Stores a whole curriculum as the programme's next version number.
  virtual VersionInfo InsertVersion(domain::ProgrammeId programme, const domain::Curriculum& curriculum,
                                    const std::string& origin, std::optional<UserId> by, Timestamp now) = 0;
  virtual std::optional<VersionInfo> Info(std::int64_t version_id) = 0;
  virtual std::optional<VersionInfo> Latest(domain::ProgrammeId programme) = 0;
  virtual std::vector<VersionInfo> Versions(domain::ProgrammeId programme) = 0;  // newest first
  virtual std::optional<domain::Curriculum> Load(std::int64_t version_id) = 0;
  // A module's required days and number of learning goals, without loading the whole version.
  virtual std::optional<ModuleSize> SizeOfModule(std::int64_t version_id, const std::string& code) = 0;
};

struct CohortMember {
  domain::User user;
  domain::MemberRole role = domain::MemberRole::kStudent;
  std::string student_number;
};

struct MemberCounts {
  int students = 0;
  int mentors = 0;
};

class CohortRepository {
 public:
  virtual ~CohortRepository() = default;
  virtual domain::CohortId Insert(const domain::Cohort& cohort, Timestamp now) = 0;
  virtual void Update(const domain::Cohort& cohort) = 0;  // name
  virtual std::optional<domain::Cohort> ById(domain::CohortId id) = 0;
  virtual std::optional<domain::Cohort> Find(domain::ProgrammeId programme, const std::string& academic_year,
                                             const std::string& name) = 0;
  virtual std::vector<domain::Cohort> List() = 0;
  virtual std::vector<domain::Cohort> OfProgrammes(const std::vector<domain::ProgrammeId>& programmes) = 0;
  virtual std::vector<domain::Cohort> OfMember(UserId user) = 0;
  virtual std::map<std::int64_t, std::vector<domain::CohortContact>> Contacts(
      const std::vector<domain::CohortId>& ids) = 0;
  virtual void ReplaceContacts(domain::CohortId id, const std::vector<domain::CohortContact>& contacts) = 0;
  virtual std::vector<CohortMember> Members(domain::CohortId id) = 0;
  virtual std::map<std::int64_t, MemberCounts> Counts(const std::vector<domain::CohortId>& ids) = 0;
  virtual std::vector<domain::MemberRole> RolesOf(domain::CohortId id, UserId user) = 0;
  virtual void AddMember(domain::CohortId id, UserId user, domain::MemberRole role,
                         const std::string& student_number) = 0;
};

class CalendarRepository {
 public:
  virtual ~CalendarRepository() = default;
  virtual std::map<std::string, domain::CalendarRule> Rules(domain::CohortId cohort) = 0;
  virtual std::map<std::string, std::vector<domain::Date>> Days(domain::CohortId cohort) = 0;
  // One module's days, by date (the logbook's hot path needs no more).
  virtual std::vector<domain::Date> ModuleDays(domain::CohortId cohort, const std::string& module) = 0;
  // Replaces the rule and the explicit days of one module.
  virtual void Save(domain::CohortId cohort, const std::string& module, const domain::CalendarRule& rule,
                    const std::vector<domain::Date>& days, std::optional<UserId> by, Timestamp now) = 0;
  virtual std::optional<std::pair<std::string, Timestamp>> Feed(UserId user) = 0;  // token, created
  virtual void SetFeed(UserId user, const std::string& token, Timestamp now) = 0;
  virtual void DeleteFeed(UserId user) = 0;
  virtual std::optional<UserId> FeedOwner(const std::string& token) = 0;
};

class OrganisationRepository {
 public:
  virtual ~OrganisationRepository() = default;
  virtual domain::OrganisationId Insert(const domain::Organisation& organisation, Timestamp now) = 0;
  // Replaces every field and the closures.
  virtual void Update(const domain::Organisation& organisation) = 0;
  virtual std::optional<domain::Organisation> ById(domain::OrganisationId id) = 0;
  virtual std::vector<domain::Organisation> List() = 0;  // by name, with their closures
};

class MentorProfileRepository {
 public:
  virtual ~MentorProfileRepository() = default;
  virtual std::optional<domain::MentorProfile> Get(UserId user) = 0;
  virtual void Put(UserId user, const domain::MentorProfile& profile, Timestamp now) = 0;
};

// One step in a placement's history, as its people see it.
struct PlacementEvent {
  Timestamp at;
  std::optional<UserId> actor;
  std::string actor_name;  // filled when read
  std::string action;      // "requested", "resubmitted", "approved", "rejected", "sent_back", …
  std::string comment;
};

// Which placements: every given condition holds (an empty cohort list means any cohort).
struct PlacementFilter {
  std::vector<domain::CohortId> cohorts;
  std::vector<UserId> students;  // empty: any student
  std::optional<UserId> mentor;
  std::optional<UserId> supervisor;
  std::optional<domain::OrganisationId> organisation;
};

class PlacementRepository {
 public:
  virtual ~PlacementRepository() = default;
  virtual domain::PlacementId Insert(const domain::Placement& placement) = 0;
  virtual void Update(const domain::Placement& placement) = 0;  // every field, the tasks included
  virtual std::optional<domain::Placement> ById(domain::PlacementId id) = 0;
  virtual std::vector<domain::Placement> Find(const PlacementFilter& filter) = 0;  // with tasks, oldest first
  virtual void AppendEvent(domain::PlacementId id, const PlacementEvent& event) = 0;
  virtual std::vector<PlacementEvent> Events(domain::PlacementId id) = 0;  // oldest first
};

struct DocumentRecord {
  domain::DocumentId id;
  std::string kind;         // "agreement", "risk_analysis"
  std::string storage_key;  // generated; the file's name in the document store
  std::string file_name;    // the uploader's name for it
  std::int64_t size_bytes = 0;
  UserId uploaded_by;
  Timestamp uploaded_at;
};

class DocumentRepository {
 public:
  virtual ~DocumentRepository() = default;
  virtual domain::DocumentId Insert(const DocumentRecord& document) = 0;
  virtual std::optional<DocumentRecord> ById(domain::DocumentId id) = 0;
};

// R17: the school's Dimona (type STG) for a student and academic year.
struct DimonaRecord {
  UserId student;
  std::string academic_year;
  std::string reference;
  UserId recorded_by;
  Timestamp recorded_at;
};

class DimonaRepository {
 public:
  virtual ~DimonaRepository() = default;
  virtual void Put(const DimonaRecord& record) = 0;  // replaces the student's record for that year
  virtual std::vector<DimonaRecord> ForStudents(const std::vector<UserId>& students) = 0;
};

// R14: a work setting of a saved rotation: its id is its name, shown to students.
struct RotationSettingRecord {
  std::string id;
  int capacity = 1;
  std::optional<domain::OrganisationId> organisation;
  std::optional<UserId> mentor;  // the mentor who receives students there; sees their days
};

// A module's saved rotation (R14). Students are user ids written as text, as in the planner.
struct SavedRotationPlan {
  domain::CohortId cohort;
  std::string module;
  int block_days = 1;
  std::vector<RotationSettingRecord> settings;
  std::vector<domain::RotationAssignment> assignments;
  std::optional<Timestamp> published_at;
  UserId updated_by;
  Timestamp updated_at;
};

// A module's saved groups (R15). Companies are organisation ids written as text.
struct SavedGrouping {
  domain::CohortId cohort;
  std::string module;
  std::vector<domain::GroupCompany> companies;
  std::map<std::string, std::string> preferences;
  std::vector<domain::StudentGroup> groups;
  std::optional<Timestamp> published_at;
  UserId updated_by;
  Timestamp updated_at;
};

// Plans are read and written whole: one per cohort, module and kind.
class ModulePlanRepository {
 public:
  virtual ~ModulePlanRepository() = default;
  virtual std::optional<SavedRotationPlan> Rotation(domain::CohortId cohort, const std::string& module) = 0;
  virtual void PutRotation(const SavedRotationPlan& plan) = 0;
  virtual std::optional<SavedGrouping> Grouping(domain::CohortId cohort, const std::string& module) = 0;
  virtual void PutGrouping(const SavedGrouping& grouping) = 0;
  virtual std::vector<SavedRotationPlan> PublishedRotations(const std::vector<domain::CohortId>& cohorts) = 0;
  virtual std::vector<SavedGrouping> PublishedGroupings(const std::vector<domain::CohortId>& cohorts) = 0;
};

// One step in a logbook entry's life (R7): the entry as it stood after it, who did it and when.
struct LogbookEntryVersion {
  std::string action;  // "saved", "submitted", "approved", "returned"
  domain::LogbookEntry entry;
  UserId actor;
  std::string actor_name;  // filled when read
  Timestamp at;
};

class LogbookRepository {
 public:
  virtual ~LogbookRepository() = default;
  virtual domain::LogbookEntryId Insert(const domain::LogbookEntry& entry) = 0;
  virtual void Update(const domain::LogbookEntry& entry) = 0;
  virtual std::optional<domain::LogbookEntry> OnDay(domain::PlacementId placement, domain::Date date) = 0;
  virtual std::vector<domain::LogbookEntry> ByIds(const std::vector<domain::LogbookEntryId>& ids) = 0;
  // By placement and date; only entries in `state` when given.
  virtual std::vector<domain::LogbookEntry> ForPlacements(const std::vector<domain::PlacementId>& placements,
                                                          std::optional<domain::EntryState> state) = 0;
  // Stores the entry as it is now as version entry.version.
  virtual void AppendVersion(const domain::LogbookEntry& entry, const std::string& action, UserId actor,
                             Timestamp at) = 0;
  virtual std::vector<LogbookEntryVersion> Versions(domain::LogbookEntryId id) = 0;  // oldest first
  // Reminders (R6): who got one of `kind` on `day`, and noting one.
  virtual std::vector<UserId> RemindedOn(const std::string& kind, domain::Date day) = 0;
  virtual void RecordReminder(UserId user, const std::string& kind, domain::Date day) = 0;
};

// R8: a sickness report as stored, with its timing and what happened to the certificate.
struct SicknessRecord {
  domain::SicknessReportId id;
  domain::PlacementId placement;
  domain::SicknessReport report;
  domain::ReportTiming timing = domain::ReportTiming::kOnTime;
  UserId reported_by;
  Timestamp reported_at;
  std::optional<domain::DocumentId> certificate;  // the copy the student uploaded
  std::optional<UserId> original_received_by;     // the ombudsdienst, for the original
  std::optional<Timestamp> original_received_at;
};

// R9: a proposed catch-up day and the coordinator's decision on it.
struct CatchUpRequest {
  domain::CatchUpRequestId id;
  domain::PlacementId placement;
  domain::Date date;
  std::string note;
  domain::CatchUpState state = domain::CatchUpState::kProposed;
  UserId proposed_by;
  Timestamp proposed_at;
  std::optional<UserId> decided_by;
  std::optional<Timestamp> decided_at;
  std::string decision_comment;
};

// R10: a work accident with what the insurer needs, and how far its declaration is.
struct AccidentRecord {
  domain::AccidentId id;
  domain::PlacementId placement;
  domain::AccidentReport report;
  domain::AccidentStatus status = domain::AccidentStatus::kOpen;
  std::string status_reason;  // the coordinator's, with the last change of status
  UserId reported_by;
  Timestamp reported_at;
  std::optional<Timestamp> declared_at;
  std::optional<Timestamp> closed_at;
  UserId updated_by;
  Timestamp updated_at;
};

// Which absence records: those of these placements (every placement when `placements` is not given), and
// only the open ones when asked: a sickness report without certificate copy, without the original received,
// or reported late; a catch-up day still proposed; an accident not closed.
struct AbsenceFilter {
  std::optional<std::vector<domain::PlacementId>> placements;
  bool open_only = false;
};

class AbsenceRepository {
 public:
  virtual ~AbsenceRepository() = default;
  virtual domain::SicknessReportId InsertSickness(const SicknessRecord& record) = 0;
  virtual void UpdateSickness(const SicknessRecord& record) = 0;  // certificate and original received
  virtual std::optional<SicknessRecord> Sickness(domain::SicknessReportId id) = 0;
  virtual std::vector<SicknessRecord> SicknessReports(const AbsenceFilter& filter) = 0;  // by placement, first day

  virtual domain::CatchUpRequestId InsertCatchUp(const CatchUpRequest& request) = 0;
  virtual void UpdateCatchUp(const CatchUpRequest& request) = 0;  // state and decision
  virtual std::optional<CatchUpRequest> CatchUp(domain::CatchUpRequestId id) = 0;
  virtual std::vector<CatchUpRequest> CatchUpRequests(const AbsenceFilter& filter) = 0;  // by placement, date

  virtual domain::AccidentId InsertAccident(const AccidentRecord& record) = 0;
  virtual void UpdateAccident(const AccidentRecord& record) = 0;  // status, reason and their times
  virtual std::optional<AccidentRecord> Accident(domain::AccidentId id) = 0;
  virtual std::vector<AccidentRecord> Accidents(const AbsenceFilter& filter) = 0;  // by placement, date
};

// R18: one version of a module's rubric, with its scoring scheme (R20).
struct RubricRecord {
  domain::RubricId id;
  domain::ProgrammeId programme;
  std::string module;
  int version = 0;
  domain::Rubric rubric;
  std::string origin;  // "import" or "editor"
  std::optional<UserId> created_by;
  Timestamp created_at;
  Timestamp updated_at;
  bool used = false;  // filled when read: some rating is made on it, so it never changes
};

// One criterion's rating as a version holds it, with why its level changed in the meeting (R19).
struct VersionRating {
  domain::CriterionRating rating;
  std::string reason;
};

// One step in an assessment's life: what it said after the step, who did it and when (R19).
struct AssessmentVersion {
  int version = 0;
  std::string action;  // "saved", "submitted", "reopened", "meeting"
  std::string reason;  // the supervisor's, for a reopening
  domain::AssessmentState state = domain::AssessmentState::kDraft;
  std::string comment;
  std::vector<VersionRating> ratings;
  UserId actor;
  std::string actor_name;  // filled when read
  Timestamp at;
};

// R19: the tripartite meeting of a placement.
struct MeetingRecord {
  domain::PlacementId placement;
  domain::Date date;
  int start_minutes = 0;
  std::string place;
  std::string notes;
  bool held = false;
  UserId updated_by;
  Timestamp updated_at;
};

// R20: a finalised score with the calculation it came from, and when it was released to the student.
struct ScoreRecord {
  domain::PlacementId placement;
  domain::RubricId rubric;
  int attended = 0;
  domain::ScoreResult calculation;
  domain::FinalScore final_score;
  UserId finalised_by;
  Timestamp finalised_at;
  std::optional<UserId> released_by;
  std::optional<Timestamp> released_at;
};

class EvaluationRepository {
 public:
  virtual ~EvaluationRepository() = default;
  virtual domain::RubricId InsertRubric(const RubricRecord& record) = 0;
  // Replaces the content of a version no one rated on (R18), with its updated_at.
  virtual void ReplaceRubric(const RubricRecord& record) = 0;
  virtual std::optional<RubricRecord> Rubric(domain::RubricId id) = 0;
  virtual std::optional<RubricRecord> LatestRubric(domain::ProgrammeId programme, const std::string& module) = 0;
  // Every version of one module's rubric, newest first, without content (rubric left empty).
  virtual std::vector<RubricRecord> RubricVersions(domain::ProgrammeId programme, const std::string& module) = 0;
  // The latest version of each module's rubric of the programme, without content, by module.
  virtual std::vector<RubricRecord> LatestRubrics(domain::ProgrammeId programme) = 0;

  virtual domain::AssessmentId InsertAssessment(const domain::Assessment& assessment) = 0;
  virtual void UpdateAssessment(const domain::Assessment& assessment) = 0;  // with its ratings
  virtual std::optional<domain::Assessment> AssessmentById(domain::AssessmentId id) = 0;
  // By placement; interim feedback by day. One query for the lot.
  virtual std::vector<domain::Assessment> AssessmentsOf(const std::vector<domain::PlacementId>& placements) = 0;
  // Stores the assessment as it is now as version assessment.version; `reasons` by criterion (R19).
  virtual void AppendAssessmentVersion(const domain::Assessment& assessment, const std::string& action,
                                       const std::string& reason, const std::map<std::string, std::string>& reasons,
                                       UserId actor, Timestamp at) = 0;
  virtual std::vector<AssessmentVersion> AssessmentVersions(domain::AssessmentId id) = 0;  // oldest first

  virtual std::vector<domain::GrowthPoint> GrowthPoints(domain::PlacementId placement) = 0;
  virtual void ReplaceGrowthPoints(domain::PlacementId placement, const std::vector<domain::GrowthPoint>& points) = 0;

  virtual std::optional<MeetingRecord> Meeting(domain::PlacementId placement) = 0;
  virtual std::vector<MeetingRecord> Meetings(const std::vector<domain::PlacementId>& placements) = 0;
  virtual void SaveMeeting(const MeetingRecord& meeting) = 0;

  virtual std::vector<ScoreRecord> Scores(const std::vector<domain::PlacementId>& placements) = 0;  // with steps
  virtual void SaveScore(const ScoreRecord& score) = 0;  // inserts or replaces, with its steps
};

// --- Guidance: supervision and intervision moments with attendance (R20 "other agreements") and workplace
// visits (R22). SQL in storage/sql/sql_guidance.cpp, migration 0010.
struct GuidanceMomentRecord {
  domain::GuidanceMoment moment;
  UserId planned_by;
  Timestamp planned_at;
  UserId updated_by;
  Timestamp updated_at;
};

struct AttendanceRecord {
  domain::GuidanceMomentId moment;
  UserId student;
  domain::AttendanceStatus status = domain::AttendanceStatus::kPresent;
  std::string reason;  // the excuse, for kExcused
  UserId recorded_by;
  Timestamp recorded_at;
};

// Which moments: every given condition holds (an empty cohort list means any cohort).
struct GuidanceMomentFilter {
  std::vector<domain::CohortId> cohorts;
  std::optional<UserId> participant;
  std::optional<std::string> module;
  std::optional<domain::Date> from;  // on or after this day
};

// R22: a workplace visit of a placement's supervisor, from planning to its report.
struct VisitRecord {
  domain::VisitId id;
  domain::PlacementId placement;
  std::string uid;  // the iCalendar UID, stable over changes
  domain::Date date;
  int start_minutes = 0;  // local time, Europe/Brussels
  int duration_minutes = 0;
  std::string with_whom;
  std::string place;
  domain::VisitState state = domain::VisitState::kPlanned;
  int sequence = 0;  // the iCalendar SEQUENCE: one up with every change sent to the invitees
  std::string report;
  UserId planned_by;
  Timestamp planned_at;
  std::optional<UserId> reported_by;
  std::optional<Timestamp> reported_at;
  std::string cancel_reason;
  std::optional<Timestamp> cancelled_at;
  UserId updated_by;
  Timestamp updated_at;
};

// Which visits: of these placements (every placement when not given), from a day on, only planned ones.
struct VisitFilter {
  std::optional<std::vector<domain::PlacementId>> placements;
  std::optional<domain::Date> from;
  bool planned_only = false;
};

class GuidanceRepository {
 public:
  virtual ~GuidanceRepository() = default;
  virtual domain::GuidanceMomentId InsertMoment(const GuidanceMomentRecord& record) = 0;
  virtual void UpdateMoment(const GuidanceMomentRecord& record) = 0;  // every field, the participants included
  virtual std::optional<GuidanceMomentRecord> Moment(domain::GuidanceMomentId id) = 0;
  virtual std::vector<GuidanceMomentRecord> Moments(const GuidanceMomentFilter& filter) = 0;  // by date, start, id
  // Replaces the attendance of these students at the moment (others stay as they are).
  virtual void PutAttendance(domain::GuidanceMomentId moment, const std::vector<AttendanceRecord>& records) = 0;
  virtual std::vector<AttendanceRecord> Attendance(const std::vector<domain::GuidanceMomentId>& moments) = 0;

  virtual domain::VisitId InsertVisit(const VisitRecord& record) = 0;
  virtual void UpdateVisit(const VisitRecord& record) = 0;  // every field but id, placement and uid
  virtual std::optional<VisitRecord> Visit(domain::VisitId id) = 0;
  virtual std::vector<VisitRecord> Visits(const VisitFilter& filter) = 0;  // by date, start, id
};

// The repositories of one unit of work, all on the same connection and transaction.
class Repositories {
 public:
  virtual ~Repositories() = default;
  virtual UserRepository& Users() = 0;
  virtual SessionRepository& Sessions() = 0;
  virtual OneTimeTokenRepository& Tokens() = 0;
  virtual LoginAttemptRepository& LoginAttempts() = 0;
  virtual AuditTrail& Audit() = 0;
  virtual Outbox& Mail() = 0;
  virtual ProgrammeRepository& Programmes() = 0;
  virtual CurriculumRepository& Curricula() = 0;
  virtual CohortRepository& Cohorts() = 0;
  virtual CalendarRepository& Calendars() = 0;
  virtual OrganisationRepository& Organisations() = 0;
  virtual MentorProfileRepository& MentorProfiles() = 0;
  virtual PlacementRepository& Placements() = 0;
  virtual DocumentRepository& Documents() = 0;
  virtual DimonaRepository& Dimona() = 0;
  virtual ModulePlanRepository& ModulePlans() = 0;
  virtual LogbookRepository& Logbook() = 0;
  virtual AbsenceRepository& Absences() = 0;
  virtual EvaluationRepository& Evaluation() = 0;
  virtual GuidanceRepository& Guidance() = 0;
};

// Runs a unit of work: reads on a pooled read connection, writes in one
// transaction on the single writer (committed only when the work succeeds).
class Store {
 public:
  virtual ~Store() = default;
  virtual Status Read(const std::function<Status(Repositories&)>& work) = 0;
  virtual Status Write(const std::function<Status(Repositories&)>& work) = 0;
  virtual bool Ping() = 0;
};

}  // namespace leerplek::app

namespace leerplek::app {

// One problem in a curriculum file: its line (0 when unknown), the field path and a Dutch message.
struct CurriculumProblem {
  int line = 0;
  std::string field;
  std::string message;
};

// Reads a curriculum file (TOML) into the model; all problems at once when it cannot.
class CurriculumParser {
 public:
  virtual ~CurriculumParser() = default;
  [[nodiscard]] virtual std::variant<domain::Curriculum, std::vector<CurriculumProblem>> Parse(
      std::string_view text) const = 0;
};

// Uploaded files, kept outside the web root; keys are generated by the app, never taken from a user.
class DocumentFiles {
 public:
  virtual ~DocumentFiles() = default;
  // Durable when it returns; an error means nothing usable was stored.
  virtual Status Save(const std::string& key, std::string_view bytes) = 0;
  virtual std::optional<std::string> Load(const std::string& key) = 0;
};

// Hands one message to the mail server; an error means "try again later".
class MailTransport {
 public:
  virtual ~MailTransport() = default;
  virtual Status Send(const OutgoingMail& mail) = 0;
};

}  // namespace leerplek::app
