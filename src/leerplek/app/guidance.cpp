#include "leerplek/app/guidance.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include "leerplek/app/audit.hpp"
#include "leerplek/app/icalendar_text.hpp"
#include "leerplek/app/logbook.hpp"
#include "leerplek/app/policy.hpp"
#include "leerplek/domain/organisation.hpp"
#include "leerplek/domain/text.hpp"

namespace leerplek::app {
namespace {

using domain::AttendanceStatus;
using domain::Placement;
using domain::Role;
using domain::VisitState;

const domain::RoleSet kSupervisorOnly{Role::kSupervisor};
const domain::RoleSet kProgrammeReaders{Role::kCoordinator, Role::kProgrammeLead};

Error CohortNotFound() { return MakeError(ErrorCode::kNotFound, "Deze cohorte bestaat niet."); }
Error MomentNotFound() { return MakeError(ErrorCode::kNotFound, "Dit begeleidingsmoment bestaat niet."); }
Error PlacementNotFound() { return MakeError(ErrorCode::kNotFound, "Deze werkplek bestaat niet."); }
Error VisitNotFound() { return MakeError(ErrorCode::kNotFound, "Dit werkplekbezoek bestaat niet."); }

std::string Trim(const std::string& text) { return std::string(domain::Trimmed(text)); }

std::string JoinIds(const std::vector<UserId>& ids) {
  std::string out;
  for (UserId id : ids) out += (out.empty() ? "" : ",") + std::to_string(id.value);
  return out;
}

std::map<std::int64_t, std::string> NamesOf(Repositories& repos, const std::set<std::int64_t>& ids) {
  std::vector<UserId> wanted;
  for (std::int64_t id : ids) wanted.push_back(UserId{id});
  std::map<std::int64_t, std::string> out;
  if (wanted.empty()) return out;
  for (const domain::User& u : repos.Users().ByIds(wanted)) out[u.id.value] = u.name;
  return out;
}

std::string NameIn(const std::map<std::int64_t, std::string>& names, std::int64_t id) {
  auto it = names.find(id);
  return it == names.end() ? std::string() : it->second;
}

// --- moments

Snapshot SnapshotOf(const domain::GuidanceMoment& m) {
  return {{"cohort", std::to_string(m.cohort.value)},
          {"module", m.module_code},
          {"kind", std::string(domain::GuidanceKindCode(m.kind))},
          {"date", domain::IsoDate(m.date)},
          {"start", domain::ClockTime(m.start_minutes)},
          {"duration_minutes", std::to_string(m.duration_minutes)},
          {"title", m.title},
          {"place", m.place},
          {"mandatory", m.mandatory ? "true" : "false"},
          {"student_ids", JoinIds(m.participants)}};
}

// Attendance as "student:<id>" → "present", "absent" or "excused: <reason>".
Snapshot SnapshotOf(const std::vector<AttendanceRecord>& records) {
  Snapshot out;
  for (const AttendanceRecord& a : records) {
    std::string value(domain::AttendanceStatusCode(a.status));
    if (a.status == AttendanceStatus::kExcused) value += ": " + a.reason;
    out["student:" + std::to_string(a.student.value)] = value;
  }
  return out;
}

Result<domain::Cohort> LoadCohort(Repositories& repos, domain::CohortId id) {
  std::optional<domain::Cohort> cohort = repos.Cohorts().ById(id);
  if (!cohort) return CohortNotFound();
  return *cohort;
}

// The modules of the cohort's curriculum version (the programme's latest when the cohort has none).
std::vector<domain::Module> ModulesOf(Repositories& repos, const domain::Cohort& cohort) {
  std::optional<std::int64_t> version = cohort.curriculum_version;
  if (!version) {
    if (auto latest = repos.Curricula().Latest(cohort.programme)) version = latest->id;
  }
  if (!version) return {};
  std::optional<domain::Curriculum> curriculum = repos.Curricula().Load(*version);
  return curriculum ? curriculum->modules : std::vector<domain::Module>{};
}

std::vector<UserId> CohortStudents(Repositories& repos, domain::CohortId cohort) {
  std::vector<UserId> out;
  for (const CohortMember& m : repos.Cohorts().Members(cohort)) {
    if (m.role == domain::MemberRole::kStudent) out.push_back(m.user.id);
  }
  return out;
}

Status CheckMoment(Repositories& repos, const domain::GuidanceMoment& moment, const domain::Cohort& cohort,
                   domain::Date today) {
  std::vector<std::string> codes;
  for (const domain::Module& m : ModulesOf(repos, cohort)) codes.push_back(m.code);
  return domain::GuidanceMomentIsValid(moment, today, codes, CohortStudents(repos, cohort.id));
}

// Views of moments of one cohort; with `only` just that student's attendance line.
std::vector<GuidanceMomentView> MomentViews(Repositories& repos, const domain::Cohort& cohort,
                                            const std::vector<GuidanceMomentRecord>& records,
                                            std::optional<UserId> only, bool may_edit) {
  std::vector<GuidanceMomentView> out;
  if (records.empty()) return out;
  std::map<std::string, std::string> module_names;
  for (const domain::Module& m : ModulesOf(repos, cohort)) module_names[m.code] = m.name;
  std::vector<domain::GuidanceMomentId> ids;
  std::set<std::int64_t> people;
  for (const GuidanceMomentRecord& r : records) {
    ids.push_back(r.moment.id);
    people.insert(r.planned_by.value);
    for (UserId s : r.moment.participants) people.insert(s.value);
  }
  std::map<std::pair<std::int64_t, std::int64_t>, AttendanceRecord> attendance;
  for (AttendanceRecord& a : repos.Guidance().Attendance(ids)) {
    people.insert(a.recorded_by.value);
    attendance.emplace(std::pair{a.moment.value, a.student.value}, std::move(a));
  }
  const auto names = NamesOf(repos, people);
  for (const GuidanceMomentRecord& r : records) {
    GuidanceMomentView v;
    v.record = r;
    v.cohort_name = cohort.name;
    v.module_name =
        module_names.contains(r.moment.module_code) ? module_names[r.moment.module_code] : r.moment.module_code;
    v.planned_by_name = NameIn(names, r.planned_by.value);
    v.may_edit = may_edit;
    for (UserId s : r.moment.participants) {
      if (only && *only != s) continue;
      AttendanceView a;
      a.student = s;
      a.student_name = NameIn(names, s.value);
      if (auto it = attendance.find({r.moment.id.value, s.value}); it != attendance.end()) {
        a.status = it->second.status;
        a.reason = it->second.reason;
        a.recorded_at = it->second.recorded_at;
        a.recorded_by_name = NameIn(names, it->second.recorded_by.value);
      }
      v.attendance.push_back(std::move(a));
    }
    std::sort(v.attendance.begin(), v.attendance.end(),
              [](const AttendanceView& a, const AttendanceView& b) { return a.student_name < b.student_name; });
    if (only) v.record.moment.participants = {*only};  // a student does not see who else takes part
    out.push_back(std::move(v));
  }
  return out;
}

// A moment with its cohort, for a supervisor of the cohort's programme.
struct LedMoment {
  GuidanceMomentRecord record;
  domain::Cohort cohort;
};
Result<LedMoment> LoadLedMoment(Repositories& repos, const Actor& actor, domain::GuidanceMomentId id) {
  std::optional<GuidanceMomentRecord> record = repos.Guidance().Moment(id);
  if (!record) return MomentNotFound();
  Result<domain::Cohort> cohort = LoadCohort(repos, record->moment.cohort);
  if (!cohort) return cohort.error();
  if (Status ok = AuthorizeForProgramme(repos, actor, cohort->programme, kSupervisorOnly); !ok) return ok.error();
  return LedMoment{std::move(*record), std::move(*cohort)};
}

domain::GuidanceMoment WithTrimmedTexts(domain::GuidanceMoment moment) {
  moment.title = Trim(moment.title);
  moment.place = Trim(moment.place);
  return moment;
}

// --- visits

Snapshot SnapshotOf(const VisitRecord& v) {
  return {{"placement", std::to_string(v.placement.value)},
          {"date", domain::IsoDate(v.date)},
          {"start", domain::ClockTime(v.start_minutes)},
          {"duration_minutes", std::to_string(v.duration_minutes)},
          {"with_whom", v.with_whom},
          {"place", v.place},
          {"state", std::string(domain::VisitStateCode(v.state))},
          {"sequence", std::to_string(v.sequence)},
          {"report", v.report},
          {"cancel_reason", v.cancel_reason}};
}

bool IsSupervisorOf(const Actor& actor, const Placement& p) {
  return actor.user.roles.Has(Role::kSupervisor) && p.supervisor == actor.user.id;
}

Status MayReadVisits(Repositories& repos, const Actor& actor, const Placement& p, const domain::Cohort& cohort) {
  if (IsStudentOf(actor, p) || IsMentorOf(actor, p) || IsSupervisorOf(actor, p)) return {};
  if (AuthorizeForProgramme(repos, actor, cohort.programme, kProgrammeReaders)) return {};
  return MakeError(ErrorCode::kPermissionDenied, "De bezoeken aan deze werkplek zijn niet voor jou.");
}

Status MayLeadVisits(const Actor& actor, const Placement& p) {
  if (IsSupervisorOf(actor, p)) return {};
  return MakeError(ErrorCode::kPermissionDenied,
                   "Alleen de werkplekbegeleider van deze student plant en beheert "
                   "de bezoeken aan deze werkplek.");
}

Result<std::pair<Placement, domain::Cohort>> LoadPlacement(Repositories& repos, domain::PlacementId id,
                                                           const Error& not_found) {
  std::optional<Placement> p = repos.Placements().ById(id);
  if (!p) return not_found;
  std::optional<domain::Cohort> cohort = repos.Cohorts().ById(p->cohort);
  if (!cohort) return not_found;
  return std::pair{std::move(*p), std::move(*cohort)};
}

struct LoadedVisit {
  VisitRecord record;
  Placement placement;
  domain::Cohort cohort;
};
Result<LoadedVisit> LoadVisit(Repositories& repos, domain::VisitId id) {
  std::optional<VisitRecord> record = repos.Guidance().Visit(id);
  if (!record) return VisitNotFound();
  auto placement = LoadPlacement(repos, record->placement, VisitNotFound());
  if (!placement) return placement.error();
  return LoadedVisit{std::move(*record), std::move(placement->first), std::move(placement->second)};
}

std::vector<VisitView> VisitViews(Repositories& repos, const Actor& actor, const std::vector<VisitRecord>& records,
                                  const std::map<std::int64_t, PlacementView>& placements) {
  std::set<std::int64_t> people;
  for (const VisitRecord& r : records) {
    people.insert(r.planned_by.value);
    if (r.reported_by) people.insert(r.reported_by->value);
  }
  const auto names = NamesOf(repos, people);
  std::vector<VisitView> out;
  for (const VisitRecord& r : records) {
    auto p = placements.find(r.placement.value);
    if (p == placements.end()) continue;
    VisitView v;
    v.record = r;
    v.placement = p->second;
    v.planned_by_name = NameIn(names, r.planned_by.value);
    if (r.reported_by) v.reported_by_name = NameIn(names, r.reported_by->value);
    v.may_edit = IsSupervisorOf(actor, p->second.placement);
    out.push_back(std::move(v));
  }
  return out;
}

VisitView OneVisitView(Repositories& repos, const Actor& actor, domain::Date today, const VisitRecord& record,
                       const Placement& p) {
  std::map<std::int64_t, PlacementView> views;
  for (PlacementView& v : PlacementViews(repos, today, {p})) views.emplace(v.placement.id.value, std::move(v));
  return VisitViews(repos, actor, {record}, views).front();
}

std::string AddressOf(const domain::Organisation& o) {
  std::string out = o.street;
  const std::string town = Trim(o.postcode + " " + o.city);
  if (!town.empty()) out += (out.empty() ? "" : ", ") + town;
  return out.empty() ? o.name : o.name + ", " + out;
}

std::string When(const VisitRecord& v) {
  return domain::DutchDate(v.date) + " van " + domain::ClockTime(v.start_minutes) + " tot " +
         domain::ClockTime(v.start_minutes + v.duration_minutes);
}

enum class InvitationKind { kNew, kChanged, kCancelled };

// R22: the invitation (or its update or cancellation) to the placement's student and mentor, each an e-mail with
// the .ics attached; the supervisor is the organiser.
void SendInvitations(const AppContext& ctx, Repositories& repos, const Actor& actor, const VisitView& view,
                     InvitationKind kind, Timestamp now) {
  const VisitRecord& v = view.record;
  const PlacementView& p = view.placement;
  VisitInvitation ics;
  ics.uid = v.uid;
  ics.sequence = v.sequence;
  ics.cancelled = kind == InvitationKind::kCancelled;
  ics.stamp = now;
  ics.date = v.date;
  ics.start_minutes = v.start_minutes;
  ics.duration_minutes = v.duration_minutes;
  ics.summary = "Werkplekbezoek " + p.student_name + " (" + p.organisation_name + ")";
  ics.description = "Werkplekbezoek van " + actor.user.name + " (werkplekbegeleider) voor " + p.student_name + ", " +
                    p.module_name + ". Met: " + v.with_whom + ".";
  ics.location = v.place;
  ics.organizer = {actor.user.name, actor.user.email};
  std::vector<IcalPerson> invitees;
  if (std::optional<domain::User> student = repos.Users().ById(p.placement.student))
    invitees.push_back({student->name, student->email});
  if (!p.mentor_email.empty()) invitees.push_back({p.mentor_name, p.mentor_email});
  ics.attendees = invitees;
  const MailAttachment attachment{"werkplekbezoek.ics",
                                  ics.cancelled ? "text/calendar; method=CANCEL" : "text/calendar; method=REQUEST",
                                  VisitCalendar(ics)};
  const std::string what = kind == InvitationKind::kNew       ? "gepland"
                           : kind == InvitationKind::kChanged ? "gewijzigd"
                                                              : "geannuleerd";
  for (const IcalPerson& to : invitees) {
    OutgoingMail mail;
    mail.to = to.email;
    mail.subject = "Werkplekbezoek " + what + ": " + domain::DutchDate(v.date) + " om " +
                   domain::ClockTime(v.start_minutes) + " (" + p.student_name + ")";
    mail.body = "Beste " + to.name + ",\n\n";
    if (kind == InvitationKind::kCancelled) {
      mail.body += "Het werkplekbezoek van " + actor.user.name + " (werkplekbegeleider) bij " + p.student_name + " (" +
                   p.module_name + ", " + p.organisation_name + ") op " + When(v) + " gaat niet door.\n";
      if (!v.cancel_reason.empty()) mail.body += "Reden: " + v.cancel_reason + "\n";
      mail.body += "\nDe bijlage haalt het bezoek uit je agenda.\n";
    } else {
      mail.body += actor.user.name + " (werkplekbegeleider) " +
                   (kind == InvitationKind::kNew ? "plant een werkplekbezoek" : "wijzigde het werkplekbezoek") +
                   " bij " + p.student_name + " (" + p.module_name + ", " + p.organisation_name + ").\n\n" +
                   "Wanneer: " + When(v) + "\nWaar: " + v.place + "\nMet: " + v.with_whom +
                   "\n\nDe bijlage (werkplekbezoek.ics) zet het bezoek in je agenda.\n";
    }
    mail.body += "\nBekijk de werkplek in Leerplek:\n\n" + PlacementLinkFor(ctx, p.placement.id) +
                 "\n\nMet vriendelijke groeten,\nLeerplek\n";
    mail.attachment = attachment;
    repos.Mail().Enqueue(mail, now);
  }
}

domain::VisitPlan TrimmedPlan(domain::VisitPlan plan) {
  plan.with_whom = Trim(plan.with_whom);
  plan.place = Trim(plan.place);
  return plan;
}

// The one flow of a change to a visit the actor leads: load it, let `change` check and change the record (it
// answers the audit action), store it with its audit event, and send what `invite` asks for, given whether the
// visit was and is still to come.
using VisitChange = std::function<Result<std::string>(VisitRecord&, domain::Date today, Timestamp now)>;
using InviteAfter = std::function<std::optional<InvitationKind>(bool was_upcoming, bool is_upcoming)>;
Result<VisitView> ChangeLedVisit(const AppContext& ctx, const Actor& actor, domain::VisitId id,
                                 const VisitChange& change, const InviteAfter& invite) {
  if (Status ok = Authorize(policy::kLeadGuidance, actor); !ok) return ok.error();
  const Timestamp now = ctx.clock.Now();
  const domain::Date today = ctx.clock.Today();
  std::optional<VisitView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    Result<LoadedVisit> loaded = LoadVisit(repos, id);
    if (!loaded) return loaded.error();
    VisitRecord& v = loaded->record;
    if (Status ok = MayLeadVisits(actor, loaded->placement); !ok) return ok.error();
    const Snapshot before = SnapshotOf(v);
    const bool was_upcoming = domain::VisitIsUpcoming(v.date, today);
    Result<std::string> action = change(v, today, now);
    if (!action) return action.error();
    v.updated_by = actor.user.id;
    v.updated_at = now;
    repos.Guidance().UpdateVisit(v);
    RecordChange(repos, now, actor.user.id, *action, "visit", std::to_string(id.value), before, SnapshotOf(v));
    VisitView view = OneVisitView(repos, actor, today, v, loaded->placement);
    if (std::optional<InvitationKind> kind = invite(was_upcoming, domain::VisitIsUpcoming(v.date, today)))
      SendInvitations(ctx, repos, actor, view, *kind, now);
    out = std::move(view);
    return {};
  });
  if (!written) return written.error();
  return *out;
}

}  // namespace

// --- R20 moments

Result<GuidanceMomentView> PlanGuidanceMoment(const AppContext& ctx, const Actor& actor,
                                              const domain::GuidanceMoment& command) {
  if (Status ok = Authorize(policy::kLeadGuidance, actor); !ok) return ok.error();
  const Timestamp now = ctx.clock.Now();
  const domain::Date today = ctx.clock.Today();
  const domain::GuidanceMoment moment = WithTrimmedTexts(command);
  std::optional<GuidanceMomentView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    Result<domain::Cohort> cohort = LoadCohort(repos, moment.cohort);
    if (!cohort) return cohort.error();
    if (Status ok = AuthorizeForProgramme(repos, actor, cohort->programme, kSupervisorOnly); !ok) return ok.error();
    if (Status valid = CheckMoment(repos, moment, *cohort, today); !valid) return valid.error();
    GuidanceMomentRecord record{moment, actor.user.id, now, actor.user.id, now};
    record.moment.id = repos.Guidance().InsertMoment(record);
    RecordChange(repos, now, actor.user.id, "guidance_moment.planned", "guidance_moment",
                 std::to_string(record.moment.id.value), std::nullopt, SnapshotOf(record.moment));
    out = MomentViews(repos, *cohort, {record}, std::nullopt, true).front();
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<GuidanceMomentView> ChangeGuidanceMoment(const AppContext& ctx, const Actor& actor,
                                                const domain::GuidanceMoment& command) {
  if (Status ok = Authorize(policy::kLeadGuidance, actor); !ok) return ok.error();
  const Timestamp now = ctx.clock.Now();
  const domain::Date today = ctx.clock.Today();
  std::optional<GuidanceMomentView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    Result<LedMoment> led = LoadLedMoment(repos, actor, command.id);
    if (!led) return led.error();
    auto& [record, cohort] = *led;
    domain::GuidanceMoment moment = WithTrimmedTexts(command);
    moment.cohort = record.moment.cohort;  // a moment stays in its cohort
    if (Status valid = CheckMoment(repos, moment, cohort, today); !valid) return valid.error();
    std::vector<UserId> recorded;
    for (const AttendanceRecord& a : repos.Guidance().Attendance({moment.id})) recorded.push_back(a.student);
    if (Status ok = domain::ParticipantsMayChange(recorded, moment.participants); !ok) return ok.error();
    const Snapshot before = SnapshotOf(record.moment);
    record.moment = moment;
    record.updated_by = actor.user.id;
    record.updated_at = now;
    repos.Guidance().UpdateMoment(record);
    RecordChange(repos, now, actor.user.id, "guidance_moment.changed", "guidance_moment",
                 std::to_string(moment.id.value), before, SnapshotOf(record.moment));
    out = MomentViews(repos, cohort, {record}, std::nullopt, true).front();
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<GuidanceMomentView> RecordAttendance(const AppContext& ctx, const Actor& actor, domain::GuidanceMomentId id,
                                            const std::vector<domain::AttendanceMark>& marks) {
  if (Status ok = Authorize(policy::kLeadGuidance, actor); !ok) return ok.error();
  const Timestamp now = ctx.clock.Now();
  const domain::Date today = ctx.clock.Today();
  std::vector<domain::AttendanceMark> cleaned = marks;
  for (domain::AttendanceMark& m : cleaned) m.reason = m.status == AttendanceStatus::kExcused ? Trim(m.reason) : "";
  std::optional<GuidanceMomentView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    Result<LedMoment> led = LoadLedMoment(repos, actor, id);
    if (!led) return led.error();
    auto& [record, cohort] = *led;
    if (Status valid = domain::AttendanceIsValid(cleaned, record.moment.participants, record.moment.date, today);
        !valid) {
      return valid.error();
    }
    const Snapshot before = SnapshotOf(repos.Guidance().Attendance({id}));
    std::vector<AttendanceRecord> records;
    for (const domain::AttendanceMark& m : cleaned)
      records.push_back({id, m.student, m.status, m.reason, actor.user.id, now});
    repos.Guidance().PutAttendance(id, records);
    RecordChange(repos, now, actor.user.id, "guidance_moment.attendance_recorded", "guidance_moment",
                 std::to_string(id.value), before, SnapshotOf(repos.Guidance().Attendance({id})));
    out = MomentViews(repos, cohort, {record}, std::nullopt, true).front();
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<std::vector<GuidanceMomentView>> ListGuidanceMoments(const AppContext& ctx, const Actor& actor,
                                                            domain::CohortId cohort_id,
                                                            const std::optional<std::string>& module) {
  if (Status ok = Authorize(policy::kReadGuidanceMoments, actor); !ok) return ok.error();
  std::vector<GuidanceMomentView> out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    Result<domain::Cohort> cohort = LoadCohort(repos, cohort_id);
    if (!cohort) return cohort.error();
    GuidanceMomentFilter filter{{cohort_id}, std::nullopt, module, std::nullopt};
    std::optional<UserId> only;
    if (!AuthorizeForProgramme(repos, actor, cohort->programme, policy::kStaffRoles)) {
      const auto roles = repos.Cohorts().RolesOf(cohort_id, actor.user.id);
      const bool student = actor.user.roles.Has(Role::kStudent) &&
                           std::find(roles.begin(), roles.end(), domain::MemberRole::kStudent) != roles.end();
      if (!student) return MakeError(ErrorCode::kPermissionDenied, "Je hoort niet bij deze cohorte.");
      filter.participant = only = actor.user.id;
    }
    const bool may_edit = AuthorizeForProgramme(repos, actor, cohort->programme, kSupervisorOnly).has_value();
    out = MomentViews(repos, *cohort, repos.Guidance().Moments(filter), only, may_edit);
    return {};
  });
  if (!read) return read.error();
  return out;
}

std::vector<AttendanceLine> AttendanceOf(Repositories& repos, domain::CohortId cohort, UserId student,
                                         const std::string& module) {
  const std::vector<GuidanceMomentRecord> moments =
      repos.Guidance().Moments(GuidanceMomentFilter{{cohort}, student, module, std::nullopt});
  std::vector<domain::GuidanceMomentId> ids;
  for (const GuidanceMomentRecord& m : moments) ids.push_back(m.moment.id);
  std::map<std::int64_t, AttendanceRecord> mine;
  for (AttendanceRecord& a : repos.Guidance().Attendance(ids)) {
    if (a.student == student) mine.emplace(a.moment.value, std::move(a));
  }
  std::vector<AttendanceLine> out;
  for (const GuidanceMomentRecord& m : moments) {
    AttendanceLine line;
    line.date = m.moment.date;
    line.kind = std::string(domain::GuidanceKindCode(m.moment.kind));
    line.title = m.moment.title;
    line.mandatory = m.moment.mandatory;
    if (auto it = mine.find(m.moment.id.value); it != mine.end()) {
      line.status = it->second.status;
      line.reason = it->second.reason;
    }
    out.push_back(std::move(line));
  }
  return out;
}

Result<PlacementAttendance> GetPlacementAttendance(const AppContext& ctx, const Actor& actor, domain::PlacementId id) {
  if (Status ok = Authorize(policy::kReadGuidanceMoments, actor); !ok) return ok.error();
  const domain::Date today = ctx.clock.Today();
  std::optional<PlacementAttendance> out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    auto loaded = LoadPlacement(repos, id, PlacementNotFound());
    if (!loaded) return loaded.error();
    const auto& [p, cohort] = *loaded;
    if (!IsStudentOf(actor, p) && !AuthorizeForProgramme(repos, actor, cohort.programme, policy::kStaffRoles))
      return MakeError(ErrorCode::kPermissionDenied, "De aanwezigheden van deze student zijn niet voor jou.");
    PlacementAttendance a;
    a.placement = PlacementViews(repos, today, {p}).front();
    a.lines = AttendanceOf(repos, cohort.id, p.student, p.module_code);
    a.attended_mandatory = domain::AttendedMandatory(a.lines);
    a.mandatory = domain::MandatoryMoments(a.lines);
    out = std::move(a);
    return {};
  });
  if (!read) return read.error();
  return *out;
}

// --- R22 visits

Result<VisitView> PlanVisit(const AppContext& ctx, const Actor& actor, domain::PlacementId id,
                            const domain::VisitPlan& command) {
  if (Status ok = Authorize(policy::kLeadGuidance, actor); !ok) return ok.error();
  const Timestamp now = ctx.clock.Now();
  const domain::Date today = ctx.clock.Today();
  domain::VisitPlan plan = TrimmedPlan(command);
  const std::string uid = "visit-" + ctx.crypto.RandomToken() + "@leerplek";
  std::optional<VisitView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    auto loaded = LoadPlacement(repos, id, PlacementNotFound());
    if (!loaded) return loaded.error();
    const Placement& p = loaded->first;
    if (Status ok = MayLeadVisits(actor, p); !ok) return ok.error();
    if (p.status != domain::PlacementStatus::kApproved) {
      return MakeError(ErrorCode::kFailedPrecondition,
                       "Een werkplekbezoek plan je bij een goedgekeurde werkplek die nog loopt.");
    }
    if (plan.place.empty() && p.organisation) {
      if (std::optional<domain::Organisation> o = repos.Organisations().ById(*p.organisation))
        plan.place = AddressOf(*o);
    }
    if (Status valid = domain::VisitPlanIsValid(plan, today); !valid) return valid.error();
    VisitRecord v;
    v.placement = p.id;
    v.uid = uid;
    v.date = plan.date;
    v.start_minutes = plan.start_minutes;
    v.duration_minutes = plan.duration_minutes;
    v.with_whom = plan.with_whom;
    v.place = plan.place;
    v.state = VisitState::kPlanned;
    v.planned_by = v.updated_by = actor.user.id;
    v.planned_at = v.updated_at = now;
    v.id = repos.Guidance().InsertVisit(v);
    RecordChange(repos, now, actor.user.id, "visit.planned", "visit", std::to_string(v.id.value), std::nullopt,
                 SnapshotOf(v));
    VisitView view = OneVisitView(repos, actor, today, v, p);
    if (domain::VisitIsUpcoming(v.date, today)) SendInvitations(ctx, repos, actor, view, InvitationKind::kNew, now);
    out = std::move(view);
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<VisitView> ChangeVisit(const AppContext& ctx, const Actor& actor, domain::VisitId id,
                              const domain::VisitPlan& command) {
  domain::VisitPlan plan = TrimmedPlan(command);
  return ChangeLedVisit(
      ctx, actor, id,
      [&](VisitRecord& v, domain::Date today, Timestamp) -> Result<std::string> {
        if (Status ok = domain::VisitMayChange(v.state); !ok) return ok.error();
        if (plan.place.empty()) plan.place = v.place;
        if (Status valid = domain::VisitPlanIsValid(plan, today); !valid) return valid.error();
        v.date = plan.date;
        v.start_minutes = plan.start_minutes;
        v.duration_minutes = plan.duration_minutes;
        v.with_whom = plan.with_whom;
        v.place = plan.place;
        ++v.sequence;
        return std::string("visit.changed");
      },
      [](bool was_upcoming, bool is_upcoming) -> std::optional<InvitationKind> {
        // An invitee already holding the event gets the update even when the visit moved into the past.
        if (was_upcoming) return InvitationKind::kChanged;
        if (is_upcoming) return InvitationKind::kNew;
        return std::nullopt;
      });
}

Result<VisitView> CancelVisit(const AppContext& ctx, const Actor& actor, domain::VisitId id,
                              const std::string& reason) {
  const std::string trimmed = Trim(reason);
  return ChangeLedVisit(
      ctx, actor, id,
      [&](VisitRecord& v, domain::Date, Timestamp now) -> Result<std::string> {
        if (Status ok = domain::VisitMayBeCancelled(v.state, trimmed); !ok) return ok.error();
        v.state = VisitState::kCancelled;
        v.cancel_reason = trimmed;
        v.cancelled_at = now;
        ++v.sequence;
        return std::string("visit.cancelled");
      },
      [](bool was_upcoming, bool) -> std::optional<InvitationKind> {
        if (was_upcoming) return InvitationKind::kCancelled;
        return std::nullopt;
      });
}

Result<VisitView> ReportVisit(const AppContext& ctx, const Actor& actor, domain::VisitId id,
                              const std::string& report) {
  const std::string trimmed = Trim(report);
  return ChangeLedVisit(
      ctx, actor, id,
      [&](VisitRecord& v, domain::Date today, Timestamp now) -> Result<std::string> {
        if (Status ok = domain::VisitReportIsValid(v.state, v.date, today, trimmed); !ok) return ok.error();
        v.state = VisitState::kReported;
        v.report = trimmed;
        v.reported_by = actor.user.id;
        v.reported_at = now;
        return std::string("visit.reported");
      },
      [](bool, bool) -> std::optional<InvitationKind> { return std::nullopt; });
}

Result<std::vector<VisitView>> ListVisits(const AppContext& ctx, const Actor& actor, domain::PlacementId id) {
  if (Status ok = Authorize(policy::kReadVisits, actor); !ok) return ok.error();
  const domain::Date today = ctx.clock.Today();
  std::vector<VisitView> out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    auto loaded = LoadPlacement(repos, id, PlacementNotFound());
    if (!loaded) return loaded.error();
    if (Status ok = MayReadVisits(repos, actor, loaded->first, loaded->second); !ok) return ok.error();
    std::map<std::int64_t, PlacementView> views;
    for (PlacementView& v : PlacementViews(repos, today, {loaded->first}))
      views.emplace(v.placement.id.value, std::move(v));
    out = VisitViews(repos, actor, VisitsOf(repos, id), views);
    return {};
  });
  if (!read) return read.error();
  return out;
}

std::vector<VisitRecord> VisitsOf(Repositories& repos, domain::PlacementId placement) {
  return repos.Guidance().Visits(VisitFilter{std::vector{placement}, std::nullopt, false});
}

Result<MyGuidanceView> MyGuidance(const AppContext& ctx, const Actor& actor) {
  if (Status ok = Authorize(policy::kMyGuidance, actor); !ok) return ok.error();
  const domain::Date today = ctx.clock.Today();
  MyGuidanceView out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    const domain::RoleSet& roles = actor.user.roles;
    // Moments: a student's own from today; a supervisor's planned ones from today.
    std::vector<GuidanceMomentRecord> moments;
    if (roles.Has(Role::kStudent)) moments = repos.Guidance().Moments({{}, actor.user.id, std::nullopt, today});
    if (roles.Has(Role::kSupervisor)) {
      std::vector<domain::CohortId> cohorts;
      for (const domain::Cohort& c : repos.Cohorts().OfProgrammes(repos.Programmes().StaffOf(actor.user.id)))
        cohorts.push_back(c.id);
      if (!cohorts.empty()) {
        for (GuidanceMomentRecord& m : repos.Guidance().Moments({cohorts, std::nullopt, std::nullopt, today})) {
          const bool known = std::any_of(moments.begin(), moments.end(),
                                         [&](const GuidanceMomentRecord& k) { return k.moment.id == m.moment.id; });
          if (m.planned_by == actor.user.id && !known) moments.push_back(std::move(m));
        }
      }
    }
    std::map<std::int64_t, std::vector<GuidanceMomentRecord>> by_cohort;
    for (GuidanceMomentRecord& m : moments) by_cohort[m.moment.cohort.value].push_back(std::move(m));
    for (auto& [cohort_id, list] : by_cohort) {
      std::optional<domain::Cohort> cohort = repos.Cohorts().ById(domain::CohortId{cohort_id});
      if (!cohort) continue;
      const bool staff = AuthorizeForProgramme(repos, actor, cohort->programme, kSupervisorOnly).has_value();
      for (GuidanceMomentView& v :
           MomentViews(repos, *cohort, list, staff ? std::nullopt : std::optional(actor.user.id), staff))
        out.moments.push_back(std::move(v));
    }
    std::sort(out.moments.begin(), out.moments.end(), [](const GuidanceMomentView& a, const GuidanceMomentView& b) {
      const auto& x = a.record.moment;
      const auto& y = b.record.moment;
      return std::tie(x.date, x.start_minutes) < std::tie(y.date, y.start_minutes);
    });

    // Visits: upcoming planned ones of the actor's placements; a supervisor also the past ones still to report.
    std::map<std::int64_t, Placement> placements;
    const auto take = [&](const PlacementFilter& f) {
      for (Placement& p : repos.Placements().Find(f)) placements.emplace(p.id.value, std::move(p));
    };
    if (roles.Has(Role::kStudent)) take(PlacementFilter{{}, {actor.user.id}, {}, {}, {}});
    if (roles.Has(Role::kMentor)) take(PlacementFilter{{}, {}, actor.user.id, {}, {}});
    if (roles.Has(Role::kSupervisor)) take(PlacementFilter{{}, {}, {}, actor.user.id, {}});
    std::vector<domain::PlacementId> ids;
    for (const auto& [pid, p] : placements) ids.push_back(p.id);
    std::vector<VisitRecord> visits;
    for (VisitRecord& v : repos.Guidance().Visits(VisitFilter{ids, std::nullopt, true})) {
      if (v.date >= today || IsSupervisorOf(actor, placements.at(v.placement.value))) visits.push_back(std::move(v));
    }
    std::vector<Placement> involved;
    std::set<std::int64_t> seen;
    for (const VisitRecord& v : visits) {
      if (seen.insert(v.placement.value).second) involved.push_back(placements.at(v.placement.value));
    }
    std::map<std::int64_t, PlacementView> views;
    for (PlacementView& v : PlacementViews(repos, today, involved)) views.emplace(v.placement.id.value, std::move(v));
    out.visits = VisitViews(repos, actor, visits, views);
    return {};
  });
  if (!read) return read.error();
  return out;
}

}  // namespace leerplek::app
