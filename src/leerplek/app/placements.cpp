#include "leerplek/app/placements.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "leerplek/app/audit.hpp"
#include "leerplek/app/cohorts.hpp"
#include "leerplek/app/mail_templates.hpp"
#include "leerplek/app/policy.hpp"
#include "leerplek/domain/text.hpp"

namespace leerplek::app {
namespace {

using domain::CohortId;
using domain::Placement;
using domain::PlacementId;
using domain::PlacementStatus;
using domain::Role;

Error PlacementNotFound() { return MakeError(ErrorCode::kNotFound, "Deze werkplekaanvraag bestaat niet."); }

const domain::RoleSet kCoordinatorOnly{Role::kCoordinator};

bool Closed(PlacementStatus s) {
  return s == PlacementStatus::kRejected || s == PlacementStatus::kCancelled || s == PlacementStatus::kCompleted;
}

// May read this placement: its student, its mentor, its supervisor, or staff of the cohort's programme.
Status MayRead(Repositories& repos, const Actor& actor, const Placement& p, const domain::Cohort& cohort) {
  const domain::User& u = actor.user;
  if (u.id == p.student && u.roles.Has(Role::kStudent)) return {};
  if (p.mentor && u.id == *p.mentor && u.roles.Has(Role::kMentor)) return {};
  if (p.supervisor && u.id == *p.supervisor && u.roles.Has(Role::kSupervisor)) return {};
  if (AuthorizeForProgramme(repos, actor, cohort.programme, policy::kStaffRoles)) return {};
  return MakeError(ErrorCode::kPermissionDenied, "Deze werkplek hoort niet bij jou.");
}

struct Loaded {
  Placement placement;
  domain::Cohort cohort;
};

enum class Need { kRead, kCoordinate };

Result<Loaded> Load(Repositories& repos, const Actor& actor, PlacementId id, Need need) {
  std::optional<Placement> p = repos.Placements().ById(id);
  if (!p) return PlacementNotFound();
  std::optional<domain::Cohort> cohort = repos.Cohorts().ById(p->cohort);
  if (!cohort) return PlacementNotFound();
  const Status ok = need == Need::kRead ? MayRead(repos, actor, *p, *cohort)
                                        : AuthorizeForProgramme(repos, actor, cohort->programme, kCoordinatorOnly);
  if (!ok) return ok.error();
  return Loaded{std::move(*p), std::move(*cohort)};
}

// Everything the views of several placements need, loaded with a fixed number of queries.
std::vector<PlacementView> Views(Repositories& repos, domain::Date today, const std::vector<Placement>& placements) {
  std::map<std::int64_t, domain::Cohort> cohorts;
  std::map<std::int64_t, domain::Curriculum> curricula;                           // by cohort
  std::map<std::int64_t, std::map<std::string, std::vector<domain::Date>>> days;  // by cohort
  std::set<std::int64_t> user_ids;
  std::set<std::int64_t> student_ids;
  for (const Placement& p : placements) {
    if (!cohorts.contains(p.cohort.value)) {
      if (auto c = repos.Cohorts().ById(p.cohort)) {
        if (c->curriculum_version) {
          if (auto cur = repos.Curricula().Load(*c->curriculum_version)) curricula[c->id.value] = std::move(*cur);
        }
        days[c->id.value] = repos.Calendars().Days(c->id);
        cohorts[c->id.value] = std::move(*c);
      }
    }
    user_ids.insert(p.student.value);
    student_ids.insert(p.student.value);
    if (p.mentor) user_ids.insert(p.mentor->value);
    if (p.supervisor) user_ids.insert(p.supervisor->value);
  }
  std::vector<UserId> users_wanted;
  for (auto id : user_ids) users_wanted.push_back(UserId{id});
  std::map<std::int64_t, domain::User> users;
  for (domain::User& u : repos.Users().ByIds(users_wanted)) users[u.id.value] = std::move(u);
  std::map<std::int64_t, domain::Organisation> organisations;
  for (domain::Organisation& o : repos.Organisations().List()) organisations[o.id.value] = std::move(o);
  std::vector<UserId> students;
  for (auto id : student_ids) students.push_back(UserId{id});
  std::map<std::pair<std::int64_t, std::string>, DimonaRecord> dimona;
  for (DimonaRecord& d : repos.Dimona().ForStudents(students)) {
    dimona[{d.student.value, d.academic_year}] = std::move(d);
  }
  // Every placement of these students, for the reuse rule (R13).
  std::vector<Placement> all_of_students;
  if (!students.empty()) all_of_students = repos.Placements().Find(PlacementFilter{{}, students, {}, {}, {}});

  std::vector<PlacementView> out;
  for (const Placement& p : placements) {
    PlacementView v;
    v.placement = p;
    const domain::Cohort& cohort = cohorts[p.cohort.value];
    v.cohort_name = cohort.name;
    v.academic_year = cohort.academic_year;
    v.student_name = users[p.student.value].name;
    const domain::Curriculum& curriculum = curricula[p.cohort.value];
    const domain::Module* module = domain::FindModule(curriculum, p.module_code);
    v.module_name = module ? module->name : p.module_code;
    const domain::Organisation* org = nullptr;
    if (p.organisation && organisations.contains(p.organisation->value)) org = &organisations[p.organisation->value];
    v.organisation_name = org ? org->name : p.proposed_organisation.name;
    if (p.mentor) {
      v.mentor_name = users[p.mentor->value].name;
      v.mentor_email = users[p.mentor->value].email;
    } else {
      v.mentor_name = p.proposed_mentor.name;
      v.mentor_email = p.proposed_mentor.email;
    }
    if (p.supervisor) v.supervisor_name = users[p.supervisor->value].name;
    v.domains_covered = domain::DomainsCovered(p.tasks);
    const std::vector<domain::Date>& module_days = days[p.cohort.value][p.module_code];
    v.planned_days = static_cast<int>(module_days.size());
    if (!module_days.empty()) {
      v.first_day = *std::min_element(module_days.begin(), module_days.end());
      v.last_day = *std::max_element(module_days.begin(), module_days.end());
    }
    if (auto it = dimona.find({p.student.value, cohort.academic_year}); it != dimona.end()) v.dimona = it->second;
    if (org) {
      v.risk_analysis_on_file = org->risk_analysis_document.has_value();
      v.risk_analysis_valid_until = org->risk_analysis_valid_until;
      std::vector<std::string> earlier;
      for (const Placement& q : all_of_students) {
        if (q.id != p.id && q.student == p.student && q.organisation == p.organisation && !Closed(q.status) &&
            q.status != PlacementStatus::kSentBack) {
          earlier.push_back(q.module_code);
        }
      }
      v.reuse_conflicts =
          domain::ReuseConflicts(domain::ModulesSharingWorkplaceWith(curriculum, p.module_code), earlier);
    }
    domain::ReadinessFacts facts;
    facts.agreement_pdf_on_file = p.agreement_document.has_value();
    facts.agreement_signed_by_student = p.signatures.student;
    facts.agreement_signed_by_organisation = p.signatures.organisation;
    facts.agreement_signed_by_school = p.signatures.school;
    if (v.risk_analysis_on_file) facts.risk_analysis_valid_until = v.risk_analysis_valid_until;
    facts.dimona_stg_recorded_for_year = v.dimona.has_value();
    facts.first_day = v.first_day;
    facts.last_day = v.last_day;
    if (p.status == PlacementStatus::kApproved) v.blockers = domain::PlacementBlockers(facts);
    v.shown_status = domain::ShownStatus(p.status, v.blockers.empty(), today, v.first_day);
    out.push_back(std::move(v));
  }
  return out;
}

PlacementView ViewOf(Repositories& repos, domain::Date today, const Placement& p, bool detail) {
  PlacementView v = Views(repos, today, {p}).front();
  if (detail) {
    v.events = repos.Placements().Events(p.id);
    if (p.agreement_document) v.agreement = repos.Documents().ById(*p.agreement_document);
  }
  return v;
}

Snapshot SnapshotOf(const Placement& p) {
  Snapshot s{{"cohort", std::to_string(p.cohort.value)},
             {"student", std::to_string(p.student.value)},
             {"module", p.module_code},
             {"status", std::string(domain::PlacementStatusCode(p.status))},
             {"organisation", p.organisation ? std::to_string(p.organisation->value) : p.proposed_organisation.name},
             {"mentor", p.mentor ? std::to_string(p.mentor->value) : p.proposed_mentor.email},
             {"supervisor", p.supervisor ? std::to_string(p.supervisor->value) : ""},
             {"tasks", std::to_string(p.tasks.size())},
             {"domains_covered", std::to_string(domain::DomainsCovered(p.tasks))}};
  if (!p.reuse_override_reason.empty()) s["reuse_override_reason"] = p.reuse_override_reason;
  const auto date = [](const std::optional<domain::Date>& d) { return d ? domain::IsoDate(*d) : std::string(); };
  if (p.signatures.student || p.signatures.organisation || p.signatures.school) {
    s["signed"] =
        date(p.signatures.student) + " / " + date(p.signatures.organisation) + " / " + date(p.signatures.school);
  }
  if (p.agreement_document) s["agreement_document"] = std::to_string(p.agreement_document->value);
  return s;
}

// One change of a placement: stored, in its history, and in the audit trail, in the caller's transaction.
void Record(Repositories& repos, Timestamp now, const Actor& actor, const std::string& action,
            const std::string& comment, const std::optional<Placement>& before, Placement& after) {
  after.updated_at = now;
  repos.Placements().Update(after);
  repos.Placements().AppendEvent(after.id, {now, actor.user.id, "", action, comment});
  std::optional<Snapshot> before_snapshot;
  if (before) before_snapshot = SnapshotOf(*before);
  Snapshot after_snapshot = SnapshotOf(after);
  if (!comment.empty()) after_snapshot["comment"] = comment;
  RecordChange(repos, now, actor.user.id, "placement." + action, "placement", std::to_string(after.id.value),
               before_snapshot, after_snapshot);
}

PlacementSummary DecisionSubject(const PlacementView& v) {
  return {v.student_name, v.module_name, v.organisation_name};
}

std::string PlacementLink(const AppContext& ctx, PlacementId id) {
  return ctx.settings.base_url + "/plaatsingen/" + std::to_string(id.value);
}

// Checks the references of a request against the cohort: the student and module exist there, a picked
// organisation is in the register, a picked mentor has a mentor account.
Status ReferencesAreKnown(Repositories& repos, const Placement& r, const domain::Cohort& cohort) {
  FieldErrors errors;
  const auto roles = repos.Cohorts().RolesOf(cohort.id, r.student);
  if (std::find(roles.begin(), roles.end(), domain::MemberRole::kStudent) == roles.end())
    errors.Add("student_id", "Deze student hoort niet bij de cohorte.");
  std::optional<domain::Curriculum> curriculum;
  if (cohort.curriculum_version) curriculum = repos.Curricula().Load(*cohort.curriculum_version);
  if (!curriculum || !domain::FindModule(*curriculum, r.module_code))
    errors.Add("module", "Deze module bestaat niet in het curriculum van de cohorte.");
  if (r.organisation && !repos.Organisations().ById(*r.organisation))
    errors.Add("organisation_id", "Deze werkplek staat niet in het register.");
  if (r.mentor) {
    std::optional<domain::User> mentor = repos.Users().ById(*r.mentor);
    if (!mentor || !mentor->roles.Has(Role::kMentor) || !mentor->active)
      errors.Add("mentor_id", "Deze mentor bestaat niet.");
  }
  if (!errors.Empty()) return errors.ToError();
  return {};
}

// May ask for (or change) a request for this student: the student themself, or a coordinator of the programme.
Status MayRequestFor(Repositories& repos, const Actor& actor, const domain::Cohort& cohort, UserId student) {
  if (actor.user.id == student && actor.user.roles.Has(Role::kStudent)) return {};
  return AuthorizeForProgramme(repos, actor, cohort.programme, kCoordinatorOnly);
}

void MailCoordinators(const AppContext& ctx, Repositories& repos, const domain::Cohort& cohort, const PlacementView& v,
                      Timestamp now) {
  const auto contacts = repos.Cohorts().Contacts({cohort.id});
  auto it = contacts.find(cohort.id.value);
  if (it == contacts.end()) return;
  for (const domain::CohortContact& c : it->second) {
    if (c.role != domain::ContactRole::kCoordinator) continue;
    repos.Mail().Enqueue(
        PlacementRequestedMail(c.name, c.email, DecisionSubject(v), PlacementLink(ctx, v.placement.id)), now);
  }
}

}  // namespace

Result<std::vector<PlacementView>> ListPlacements(const AppContext& ctx, const Actor& actor,
                                                  const PlacementListQuery& query) {
  std::vector<PlacementView> out;
  const domain::Date today = ctx.clock.Today();
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    std::vector<CohortId> staff_cohorts;
    const bool staff = actor.user.roles.Intersects(policy::kStaffRoles);
    if (staff) {
      for (const domain::Cohort& c : repos.Cohorts().OfProgrammes(repos.Programmes().StaffOf(actor.user.id))) {
        if (!query.cohort || c.id == *query.cohort) staff_cohorts.push_back(c.id);
      }
    }
    std::map<std::int64_t, Placement> found;
    const auto take = [&](const PlacementFilter& filter) {
      for (Placement& p : repos.Placements().Find(filter)) {
        if (!query.cohort || p.cohort == *query.cohort) found.emplace(p.id.value, std::move(p));
      }
    };
    if (staff && !staff_cohorts.empty()) {
      PlacementFilter f{staff_cohorts, {}, {}, {}, {}};
      if (query.caseload_only) f.supervisor = actor.user.id;
      take(f);
    }
    if (!query.caseload_only) {
      if (actor.user.roles.Has(Role::kStudent)) take(PlacementFilter{{}, {actor.user.id}, {}, {}, {}});
      if (actor.user.roles.Has(Role::kMentor)) take(PlacementFilter{{}, {}, actor.user.id, {}, {}});
    }
    std::vector<Placement> list;
    for (auto& [id, p] : found) list.push_back(std::move(p));
    out = Views(repos, today, list);
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<PlacementView> GetPlacement(const AppContext& ctx, const Actor& actor, PlacementId id) {
  std::optional<PlacementView> out;
  const domain::Date today = ctx.clock.Today();
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    Result<Loaded> loaded = Load(repos, actor, id, Need::kRead);
    if (!loaded) return loaded.error();
    out = ViewOf(repos, today, loaded->placement, true);
    return {};
  });
  if (!read) return read.error();
  return *out;
}

Result<PlacementView> RequestPlacement(const AppContext& ctx, const Actor& actor, Placement request) {
  if (!actor.user.roles.Has(Role::kCoordinator) || request.student.value == 0) request.student = actor.user.id;
  request.proposed_mentor.email = domain::NormaliseEmail(request.proposed_mentor.email);
  if (Status valid = domain::PlacementRequestIsValid(request); !valid) return valid.error();
  const Timestamp now = ctx.clock.Now();
  std::optional<PlacementView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    std::optional<domain::Cohort> cohort = repos.Cohorts().ById(request.cohort);
    if (!cohort) return InvalidField("cohort_id", "Deze cohorte bestaat niet.");
    if (Status ok = MayRequestFor(repos, actor, *cohort, request.student); !ok) return ok.error();
    if (Status known = ReferencesAreKnown(repos, request, *cohort); !known) return known.error();
    for (const Placement& other :
         repos.Placements().Find(PlacementFilter{{cohort->id}, {request.student}, {}, {}, {}})) {
      if (other.module_code == request.module_code && !Closed(other.status)) {
        return MakeError(ErrorCode::kAlreadyExists,
                         "Er loopt al een aanvraag voor deze module; pas die aan in plaats van een nieuwe te maken.");
      }
    }
    request.status = PlacementStatus::kRequested;
    request.supervisor.reset();
    request.reuse_override_reason.clear();
    request.signatures = {};
    request.agreement_document.reset();
    request.created_at = now;
    request.updated_at = now;
    request.id = repos.Placements().Insert(request);
    repos.Placements().AppendEvent(request.id, {now, actor.user.id, "", "requested", ""});
    RecordChange(repos, now, actor.user.id, "placement.requested", "placement", std::to_string(request.id.value),
                 std::nullopt, SnapshotOf(request));
    out = ViewOf(repos, ctx.clock.Today(), request, true);
    MailCoordinators(ctx, repos, *cohort, *out, now);
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<PlacementView> ChangePlacementRequest(const AppContext& ctx, const Actor& actor, Placement request) {
  request.proposed_mentor.email = domain::NormaliseEmail(request.proposed_mentor.email);
  const Timestamp now = ctx.clock.Now();
  std::optional<PlacementView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    std::optional<Placement> before = repos.Placements().ById(request.id);
    if (!before) return PlacementNotFound();
    std::optional<domain::Cohort> cohort = repos.Cohorts().ById(before->cohort);
    if (!cohort) return PlacementNotFound();
    if (Status ok = MayRequestFor(repos, actor, *cohort, before->student); !ok) return ok.error();
    if (Status may = domain::RequestMayChange(before->status); !may) return may.error();
    Placement after = *before;
    after.module_code = request.module_code;
    after.organisation = request.organisation;
    after.proposed_organisation = request.proposed_organisation;
    after.mentor = request.mentor;
    after.proposed_mentor = request.proposed_mentor;
    after.tasks = request.tasks;
    after.motivation = request.motivation;
    after.status = PlacementStatus::kRequested;
    if (Status valid = domain::PlacementRequestIsValid(after); !valid) return valid.error();
    if (Status known = ReferencesAreKnown(repos, after, *cohort); !known) return known.error();
    Record(repos, now, actor, before->status == PlacementStatus::kSentBack ? "resubmitted" : "changed", "", before,
           after);
    out = ViewOf(repos, ctx.clock.Today(), after, true);
    if (before->status == PlacementStatus::kSentBack) MailCoordinators(ctx, repos, *cohort, *out, now);
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<PlacementView> DecidePlacement(const AppContext& ctx, const Actor& actor, const DecideCommand& command) {
  const Timestamp now = ctx.clock.Now();
  std::optional<PlacementView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    Result<Loaded> loaded = Load(repos, actor, command.id, Need::kCoordinate);
    if (!loaded) return loaded.error();
    const Placement before = loaded->placement;
    Placement after = before;
    const bool approve = command.decision == domain::PlacementDecision::kApprove;
    if (approve) {
      if (command.organisation) after.organisation = command.organisation;
      if (command.mentor) after.mentor = command.mentor;
      if (after.organisation && !repos.Organisations().ById(*after.organisation))
        return InvalidField("organisation_id", "Deze werkplek staat niet in het register.");
      if (after.mentor) {
        std::optional<domain::User> mentor = repos.Users().ById(*after.mentor);
        if (!mentor || !mentor->roles.Has(Role::kMentor)) return InvalidField("mentor_id", "Deze mentor bestaat niet.");
      }
    }
    // The proposed mentor gets an account (or their existing one is linked) and joins the cohort; should a
    // check below refuse the decision, the transaction takes that back with everything else.
    const bool invite = approve && !after.mentor && command.invite_proposed_mentor &&
                        domain::EmailAddressIsWellFormed(after.proposed_mentor.email);
    if (invite) {
      Result<CohortMember> mentor = JoinCohort(ctx, repos, actor, loaded->cohort, after.proposed_mentor.email,
                                               after.proposed_mentor.name, domain::MemberRole::kMentor);
      if (!mentor) return mentor.error();
      after.mentor = mentor->user.id;
    }
    if (Status allowed = domain::DecisionIsAllowed(after, command.decision, command.comment); !allowed)
      return allowed.error();
    if (approve) {
      PlacementView view = Views(repos, ctx.clock.Today(), {after}).front();
      // The refusal names the modules the way people know them.
      std::optional<domain::Curriculum> curriculum;
      if (loaded->cohort.curriculum_version) curriculum = repos.Curricula().Load(*loaded->cohort.curriculum_version);
      const auto name_of = [&](const std::string& code) {
        const domain::Module* m = curriculum ? domain::FindModule(*curriculum, code) : nullptr;
        return m ? m->name : code;
      };
      std::vector<std::string> conflict_names;
      for (const std::string& code : view.reuse_conflicts) conflict_names.push_back(name_of(code));
      if (Status reuse = domain::WorkplaceReuseIsAllowed(name_of(after.module_code), {}, conflict_names,
                                                         !command.override_reason.empty(), command.override_reason);
          !reuse) {
        return reuse.error();
      }
      if (!view.reuse_conflicts.empty()) after.reuse_override_reason = command.override_reason;
      if (std::optional<domain::User> mentor = repos.Users().ById(*after.mentor); mentor && !invite) {
        // The mentor sees the cohort's calendar as a member of it.
        Result<CohortMember> joined =
            JoinCohort(ctx, repos, actor, loaded->cohort, mentor->email, mentor->name, domain::MemberRole::kMentor);
        if (!joined) return joined.error();
      }
      after.status = PlacementStatus::kApproved;
    } else {
      after.status = command.decision == domain::PlacementDecision::kReject ? PlacementStatus::kRejected
                                                                            : PlacementStatus::kSentBack;
    }
    const std::string action = approve                                                  ? "approved"
                               : command.decision == domain::PlacementDecision::kReject ? "rejected"
                                                                                        : "sent_back";
    Record(repos, now, actor, action, command.comment, before, after);
    if (!after.reuse_override_reason.empty() && before.reuse_override_reason != after.reuse_override_reason) {
      RecordChange(repos, now, actor.user.id, "placement.reuse_overridden", "placement", std::to_string(after.id.value),
                   std::nullopt,
                   Snapshot{{"organisation", std::to_string(after.organisation->value)},
                            {"reason", after.reuse_override_reason}});
    }
    out = ViewOf(repos, ctx.clock.Today(), after, true);
    std::optional<domain::User> student = repos.Users().ById(after.student);
    const std::string link = PlacementLink(ctx, after.id);
    if (student) {
      repos.Mail().Enqueue(
          PlacementDecisionMail(student->name, student->email, action, DecisionSubject(*out), command.comment, link),
          now);
    }
    if (!out->mentor_email.empty()) {
      repos.Mail().Enqueue(PlacementDecisionMail(out->mentor_name, out->mentor_email, action, DecisionSubject(*out),
                                                 command.comment, link),
                           now);
    }
    return {};
  });
  if (!written) return written.error();
  return *out;
}

namespace {

// A coordinator's change to an existing placement, in one transaction with its history and audit.
Result<PlacementView> Change(const AppContext& ctx, const Actor& actor, PlacementId id, Need need,
                             const std::function<Result<std::string>(Repositories&, const Loaded&, Placement&)>& change,
                             const std::string& action) {
  const Timestamp now = ctx.clock.Now();
  std::optional<PlacementView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    Result<Loaded> loaded = Load(repos, actor, id, need);
    if (!loaded) return loaded.error();
    Placement after = loaded->placement;
    Result<std::string> comment = change(repos, *loaded, after);
    if (!comment) return comment.error();
    Record(repos, now, actor, action, *comment, loaded->placement, after);
    out = ViewOf(repos, ctx.clock.Today(), after, true);
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Status MustBeApproved(const Placement& p) {
  if (p.status == PlacementStatus::kApproved) return {};
  return MakeError(ErrorCode::kFailedPrecondition, "Dit kan pas wanneer de aanvraag goedgekeurd is.");
}

// The document store keeps the bytes under a generated key; the database keeps what they are.
Result<DocumentRecord> StoreDocument(const AppContext& ctx, const Actor& actor, const std::string& kind,
                                     const Upload& upload) {
  if (Status pdf = domain::DocumentIsPdf(upload.bytes); !pdf) return pdf.error();
  if (!ctx.documents) return MakeError(ErrorCode::kUnavailable, "Bestanden opladen kan hier niet.");
  DocumentRecord d;
  d.kind = kind;
  d.storage_key = ctx.crypto.RandomToken() + ".pdf";
  std::string name = upload.file_name;
  name.erase(
      std::remove_if(name.begin(), name.end(),
                     [](char c) { return c == '/' || c == '\\' || c == '"' || static_cast<unsigned char>(c) < 32; }),
      name.end());
  d.file_name = name.empty() ? kind + ".pdf" : name.substr(0, 200);
  d.size_bytes = static_cast<std::int64_t>(upload.bytes.size());
  d.uploaded_by = actor.user.id;
  d.uploaded_at = ctx.clock.Now();
  if (Status saved = ctx.documents->Save(d.storage_key, upload.bytes); !saved) return saved.error();
  return d;
}

Result<Download> ReadDocument(const AppContext& ctx, const std::optional<DocumentRecord>& record) {
  if (!record) return MakeError(ErrorCode::kNotFound, "Er is nog geen document opgeladen.");
  if (!ctx.documents) return MakeError(ErrorCode::kUnavailable, "Bestanden lezen kan hier niet.");
  std::optional<std::string> bytes = ctx.documents->Load(record->storage_key);
  if (!bytes) return MakeError(ErrorCode::kInternal, "Het document is niet meer leesbaar; laad het opnieuw op.");
  return Download{record->file_name, std::move(*bytes)};
}

}  // namespace

Result<PlacementView> AssignSupervisor(const AppContext& ctx, const Actor& actor, PlacementId id,
                                       std::optional<UserId> supervisor) {
  return Change(
      ctx, actor, id, Need::kCoordinate,
      [&](Repositories& repos, const Loaded& l, Placement& p) -> Result<std::string> {
        if (Closed(p.status)) return MakeError(ErrorCode::kFailedPrecondition, "Deze werkplek is afgesloten.");
        if (supervisor) {
          std::optional<domain::User> u = repos.Users().ById(*supervisor);
          if (!u || !u->roles.Has(Role::kSupervisor) || !repos.Programmes().IsStaff(l.cohort.programme, *supervisor))
            return InvalidField("supervisor_id", "Kies een werkplekbegeleider van deze opleiding.");
          p.supervisor = supervisor;
          return u->name;
        }
        p.supervisor.reset();
        return std::string();
      },
      "supervisor_assigned");
}

Result<PlacementView> RecordSignatures(const AppContext& ctx, const Actor& actor, PlacementId id,
                                       const domain::AgreementSignatures& signatures) {
  if (Status valid = domain::SignaturesAreValid(signatures, ctx.clock.Today()); !valid) return valid.error();
  return Change(
      ctx, actor, id, Need::kCoordinate,
      [&](Repositories&, const Loaded&, Placement& p) -> Result<std::string> {
        if (Status ok = MustBeApproved(p); !ok) return ok.error();
        p.signatures = signatures;
        return std::string();
      },
      "agreement_signed");
}

Result<PlacementView> CancelPlacement(const AppContext& ctx, const Actor& actor, PlacementId id,
                                      const std::string& reason) {
  return Change(
      ctx, actor, id, Need::kCoordinate,
      [&](Repositories&, const Loaded&, Placement& p) -> Result<std::string> {
        if (Status ok = domain::MayCancel(p.status, reason); !ok) return ok.error();
        p.status = PlacementStatus::kCancelled;
        return reason;
      },
      "cancelled");
}

Result<PlacementView> CompletePlacement(const AppContext& ctx, const Actor& actor, PlacementId id) {
  const domain::Date today = ctx.clock.Today();
  return Change(
      ctx, actor, id, Need::kCoordinate,
      [&](Repositories& repos, const Loaded&, Placement& p) -> Result<std::string> {
        if (Status ok = domain::MayComplete(Views(repos, today, {p}).front().shown_status); !ok) return ok.error();
        p.status = PlacementStatus::kCompleted;
        return std::string();
      },
      "completed");
}

Result<PlacementView> UploadAgreement(const AppContext& ctx, const Actor& actor, PlacementId id, const Upload& upload) {
  // Who may upload is checked before anything is stored.
  Status allowed = ctx.store.Read([&](Repositories& repos) -> Status {
    Result<Loaded> l = Load(repos, actor, id, Need::kRead);
    if (!l) return l.error();
    if (actor.user.id == l->placement.student && actor.user.roles.Has(Role::kStudent)) return {};
    return AuthorizeForProgramme(repos, actor, l->cohort.programme, kCoordinatorOnly);
  });
  if (!allowed) return allowed.error();
  Result<DocumentRecord> stored = StoreDocument(ctx, actor, "agreement", upload);
  if (!stored) return stored.error();
  return Change(
      ctx, actor, id, Need::kRead,
      [&](Repositories& repos, const Loaded&, Placement& p) -> Result<std::string> {
        if (Status ok = MustBeApproved(p); !ok) return ok.error();
        p.agreement_document = repos.Documents().Insert(*stored);
        return stored->file_name;
      },
      "agreement_uploaded");
}

Result<Download> DownloadAgreement(const AppContext& ctx, const Actor& actor, PlacementId id) {
  std::optional<DocumentRecord> record;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    Result<Loaded> l = Load(repos, actor, id, Need::kRead);
    if (!l) return l.error();
    if (l->placement.agreement_document) record = repos.Documents().ById(*l->placement.agreement_document);
    return {};
  });
  if (!read) return read.error();
  return ReadDocument(ctx, record);
}

namespace {

// Programme staff (any programme: the register is shared) or a student or mentor placed at the organisation.
Status MayReadRiskAnalysis(Repositories& repos, const Actor& actor, domain::OrganisationId id) {
  if (actor.user.roles.Intersects(policy::kStaffRoles)) return {};
  PlacementFilter f;
  f.organisation = id;
  for (const Placement& p : repos.Placements().Find(f)) {
    if (p.status != PlacementStatus::kApproved && p.status != PlacementStatus::kCompleted) continue;
    if (p.student == actor.user.id && actor.user.roles.Has(Role::kStudent)) return {};
    if (p.mentor == actor.user.id && actor.user.roles.Has(Role::kMentor)) return {};
  }
  return MakeError(ErrorCode::kPermissionDenied, "Je hebt geen toegang tot de risicoanalyse van deze werkplek.");
}

}  // namespace

Result<domain::Organisation> UploadRiskAnalysis(const AppContext& ctx, const Actor& actor, domain::OrganisationId id,
                                                domain::Date valid_until, const Upload& upload) {
  if (Status allowed = Authorize(policy::kKeepWorkplaceRegister, actor); !allowed) return allowed.error();
  Result<DocumentRecord> stored = StoreDocument(ctx, actor, "risk_analysis", upload);
  if (!stored) return stored.error();
  const Timestamp now = ctx.clock.Now();
  std::optional<domain::Organisation> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    std::optional<domain::Organisation> before = repos.Organisations().ById(id);
    if (!before) return MakeError(ErrorCode::kNotFound, "Deze werkplek bestaat niet.");
    domain::Organisation after = *before;
    after.risk_analysis_document = repos.Documents().Insert(*stored);
    after.risk_analysis_valid_until = valid_until;
    repos.Organisations().Update(after);
    RecordChange(
        repos, now, actor.user.id, "organisation.risk_analysis_uploaded", "organisation", std::to_string(id.value),
        Snapshot{{"risk_analysis_valid_until",
                  before->risk_analysis_valid_until ? domain::IsoDate(*before->risk_analysis_valid_until) : ""}},
        Snapshot{{"risk_analysis_valid_until", domain::IsoDate(valid_until)},
                 {"document", std::to_string(after.risk_analysis_document->value)},
                 {"file_name", stored->file_name}});
    out = std::move(after);
    return {};
  });
  if (!written) return written.error();
  return *out;
}

Result<Download> DownloadRiskAnalysis(const AppContext& ctx, const Actor& actor, domain::OrganisationId id) {
  std::optional<DocumentRecord> record;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    std::optional<domain::Organisation> org = repos.Organisations().ById(id);
    if (!org) return MakeError(ErrorCode::kNotFound, "Deze werkplek bestaat niet.");
    if (Status ok = MayReadRiskAnalysis(repos, actor, id); !ok) return ok.error();
    if (org->risk_analysis_document) record = repos.Documents().ById(*org->risk_analysis_document);
    return {};
  });
  if (!read) return read.error();
  return ReadDocument(ctx, record);
}

Result<DimonaRecord> RecordDimona(const AppContext& ctx, const Actor& actor, UserId student,
                                  const std::string& academic_year, const std::string& reference) {
  FieldErrors errors;
  if (!domain::AcademicYearIsWellFormed(academic_year))
    errors.Add("academic_year", "Schrijf het academiejaar als 2026-2027.");
  if (domain::Trimmed(reference).empty() || reference.size() > 60)
    errors.Add("reference", "Vul het nummer van de Dimona-aangifte in (hoogstens 60 tekens).");
  if (!errors.Empty()) return errors.ToError();
  const Timestamp now = ctx.clock.Now();
  DimonaRecord record{student, academic_year, std::string(domain::Trimmed(reference)), actor.user.id, now};
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    // The coordinator of a programme in which the student has a cohort of that academic year.
    bool allowed = false;
    for (const domain::Cohort& c : repos.Cohorts().OfMember(student)) {
      const auto roles = repos.Cohorts().RolesOf(c.id, student);
      const bool is_student = std::find(roles.begin(), roles.end(), domain::MemberRole::kStudent) != roles.end();
      if (is_student && c.academic_year == academic_year &&
          AuthorizeForProgramme(repos, actor, c.programme, kCoordinatorOnly)) {
        allowed = true;
      }
    }
    if (!allowed)
      return MakeError(ErrorCode::kPermissionDenied,
                       "Je bent geen werkplekcoördinator van een cohorte van deze student in dat academiejaar.");
    std::vector<DimonaRecord> existing = repos.Dimona().ForStudents({student});
    std::optional<Snapshot> before;
    for (const DimonaRecord& d : existing) {
      if (d.academic_year == academic_year) before = Snapshot{{"reference", d.reference}};
    }
    repos.Dimona().Put(record);
    RecordChange(repos, now, actor.user.id, "dimona.recorded", "user", std::to_string(student.value), before,
                 Snapshot{{"academic_year", academic_year}, {"reference", record.reference}});
    return {};
  });
  if (!written) return written.error();
  return record;
}

Result<std::vector<SupervisorLoad>> ListSupervisors(const AppContext& ctx, const Actor& actor, CohortId cohort_id) {
  std::vector<SupervisorLoad> out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    std::optional<domain::Cohort> cohort = repos.Cohorts().ById(cohort_id);
    if (!cohort) return MakeError(ErrorCode::kNotFound, "Deze cohorte bestaat niet.");
    if (Status ok = AuthorizeForProgramme(repos, actor, cohort->programme, policy::kStaffRoles); !ok) return ok.error();
    std::vector<domain::CohortId> cohorts;
    for (const domain::Cohort& c : repos.Cohorts().OfProgrammes({cohort->programme})) cohorts.push_back(c.id);
    std::map<std::int64_t, int> load;
    for (const Placement& p : repos.Placements().Find(PlacementFilter{cohorts, {}, {}, {}, {}})) {
      if (p.supervisor && !Closed(p.status)) ++load[p.supervisor->value];
    }
    for (domain::User& u : repos.Users().ByIds(repos.Programmes().Staff(cohort->programme))) {
      if (!u.roles.Has(Role::kSupervisor) || !u.active) continue;
      const int n = load[u.id.value];
      out.push_back({std::move(u), n});
    }
    return {};
  });
  if (!read) return read.error();
  return out;
}

}  // namespace leerplek::app

namespace leerplek::app {

std::vector<PlacementView> PlacementViews(Repositories& repos, domain::Date today,
                                          const std::vector<domain::Placement>& placements) {
  return Views(repos, today, placements);
}

Result<std::pair<domain::Placement, domain::Cohort>> LoadReadablePlacement(Repositories& repos, const Actor& actor,
                                                                           domain::PlacementId id) {
  Result<Loaded> loaded = Load(repos, actor, id, Need::kRead);
  if (!loaded) return loaded.error();
  return std::pair{std::move(loaded->placement), std::move(loaded->cohort)};
}

std::string PlacementLinkFor(const AppContext& ctx, domain::PlacementId id) { return PlacementLink(ctx, id); }

}  // namespace leerplek::app
