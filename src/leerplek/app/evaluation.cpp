#include "leerplek/app/evaluation.hpp"

#include <algorithm>
#include <set>

#include "leerplek/app/audit.hpp"
#include "leerplek/app/guidance.hpp"
#include "leerplek/app/logbook.hpp"
#include "leerplek/app/mail_templates.hpp"
#include "leerplek/app/policy.hpp"
#include "leerplek/domain/guidance.hpp"
#include "leerplek/domain/organisation.hpp"
#include "leerplek/domain/text.hpp"

namespace leerplek::app {
namespace {

using domain::Assessment;
using domain::AssessmentKind;
using domain::AssessmentState;
using domain::Placement;
using domain::PlacementId;
using domain::Role;

const domain::RoleSet kProgrammeLead{Role::kProgrammeLead};

Error NoRubric() {
  return MakeError(ErrorCode::kFailedPrecondition,
                   "Er is nog geen rubric voor deze module; de opleidingscoördinator maakt ze eerst.");
}

bool IsSupervisorOf(const Actor& actor, const Placement& p) {
  return actor.user.roles.Has(Role::kSupervisor) && p.supervisor && *p.supervisor == actor.user.id;
}

std::string Joined(const std::vector<domain::CriterionRating>& ratings) {
  std::string out;
  for (const domain::CriterionRating& r : ratings) {
    if (!out.empty()) out += "; ";
    out += r.criterion + "=" + (r.level.empty() ? "-" : r.level);
    if (!r.comment.empty()) out += " (" + r.comment + ")";
  }
  return out;
}

Snapshot SnapshotOf(const Assessment& a) {
  Snapshot s{{"placement", std::to_string(a.placement.value)},
             {"kind", std::string(domain::AssessmentKindCode(a.kind))},
             {"rubric", std::to_string(a.rubric.value)},
             {"state", std::string(domain::AssessmentStateCode(a.state))},
             {"version", std::to_string(a.version)},
             {"ratings", Joined(a.ratings)},
             {"comment", a.comment}};
  if (a.moment) s["moment"] = domain::IsoDate(*a.moment);
  if (a.kind == AssessmentKind::kSelf) {
    s["situation"] = a.reflection.situation;
    s["task"] = a.reflection.task;
    s["action"] = a.reflection.action;
    s["result"] = a.reflection.result;
    s["reflection"] = a.reflection.reflection;
  }
  return s;
}

Snapshot SnapshotOf(const RubricRecord& r) {
  std::string criteria;
  for (const domain::RubricCriterion& c : r.rubric.criteria) {
    if (!criteria.empty()) criteria += "; ";
    criteria += c.code + " ×" + domain::DutchDecimal(c.weight, 2) + (c.knock_out ? " knock-out" : "");
  }
  std::string levels;
  for (const domain::RubricLevel& l : r.rubric.levels) {
    if (!levels.empty()) levels += "; ";
    levels += l.code + "=" + domain::DutchDecimal(l.points, 2);
  }
  return {{"programme", std::to_string(r.programme.value)},
          {"module", r.module},
          {"version", std::to_string(r.version)},
          {"levels", levels},
          {"criteria", criteria},
          {"knock_out_cap", domain::DutchDecimal(r.rubric.knock_out_cap, 2)},
          {"mandatory_moments", std::to_string(r.rubric.attendance.mandatory)},
          {"rounding", r.rubric.rounding == domain::ScoreRounding::kHalf ? "half" : "integer"}};
}

Snapshot SnapshotOf(const MeetingRecord& m) {
  return {{"placement", std::to_string(m.placement.value)},
          {"date", domain::IsoDate(m.date)},
          {"start", domain::ClockTime(m.start_minutes)},
          {"place", m.place},
          {"notes", m.notes},
          {"held", m.held ? "true" : "false"}};
}

// Everything of one placement's evaluation, loaded in a fixed number of queries.
struct Loaded {
  Placement placement;
  domain::Cohort cohort;
  std::optional<RubricRecord> rubric;
  std::vector<Assessment> assessments;
};

// The rubric a placement is rated on: the version its first rating used, else the module's latest (R18).
std::optional<RubricRecord> RubricFor(Repositories& repos, const domain::Cohort& cohort, const Placement& p,
                                      const std::vector<Assessment>& assessments) {
  if (!assessments.empty()) return repos.Evaluation().Rubric(assessments.front().rubric);
  return repos.Evaluation().LatestRubric(cohort.programme, p.module_code);
}

Result<Loaded> Load(Repositories& repos, const Actor& actor, PlacementId id) {
  auto readable = LoadReadablePlacement(repos, actor, id);
  if (!readable) return readable.error();
  Loaded out{std::move(readable->first), std::move(readable->second), std::nullopt, {}};
  out.assessments = repos.Evaluation().AssessmentsOf({id});
  out.rubric = RubricFor(repos, out.cohort, out.placement, out.assessments);
  return out;
}

std::optional<Assessment> OneOf(const std::vector<Assessment>& all, AssessmentKind kind) {
  for (const Assessment& a : all)
    if (a.kind == kind) return a;
  return std::nullopt;
}

std::optional<ScoreRecord> ScoreOf(Repositories& repos, PlacementId id) {
  std::vector<ScoreRecord> scores = repos.Evaluation().Scores({id});
  if (scores.empty()) return std::nullopt;
  return std::move(scores.front());
}

// A new or changed assessment with its next version, stored with the version and the audit trail.
void StoreAssessment(Repositories& repos, Assessment& a, const std::optional<Assessment>& before,
                     const std::string& action, const std::string& reason,
                     const std::map<std::string, std::string>& reasons, const Actor& actor, Timestamp now) {
  a.version += 1;
  a.updated_by = actor.user.id;
  a.updated_at = now;
  if (a.id.value == 0) {
    a.id = repos.Evaluation().InsertAssessment(a);
  } else {
    repos.Evaluation().UpdateAssessment(a);
  }
  repos.Evaluation().AppendAssessmentVersion(a, action, reason, reasons, actor.user.id, now);
  std::optional<Snapshot> old;
  if (before) old = SnapshotOf(*before);
  Snapshot after = SnapshotOf(a);
  if (!reason.empty()) after["reason"] = reason;
  RecordChange(repos, now, actor.user.id, "assessment." + action, "assessment", std::to_string(a.id.value), old, after);
}

Assessment NewAssessment(const Loaded& l, AssessmentKind kind, const Actor& actor) {
  Assessment a;
  a.placement = l.placement.id;
  a.kind = kind;
  a.rubric = l.rubric->id;
  a.author = actor.user.id;
  return a;
}

// The ratings in the rubric's order, without the criteria left blank.
std::vector<domain::CriterionRating> Ordered(const domain::Rubric& rubric,
                                             const std::vector<domain::CriterionRating>& ratings) {
  std::vector<domain::CriterionRating> out;
  for (const domain::RubricCriterion& c : rubric.criteria) {
    for (const domain::CriterionRating& r : ratings) {
      if (r.criterion != c.code) continue;
      domain::CriterionRating t{r.criterion, r.level, std::string(domain::Trimmed(r.comment))};
      if (!t.level.empty() || !t.comment.empty()) out.push_back(std::move(t));
    }
  }
  return out;
}

EvaluationView ViewOf(const AppContext& ctx, Repositories& repos, const Actor& actor, const Loaded& l) {
  EvaluationView v;
  v.placement = PlacementViews(repos, ctx.clock.Local(ctx.clock.Now()).date, {l.placement}).front();
  v.rubric = l.rubric;
  v.is_student = IsStudentOf(actor, l.placement);
  v.is_mentor = IsMentorOf(actor, l.placement);
  v.is_supervisor = IsSupervisorOf(actor, l.placement);
  const bool staff = !v.is_student && !v.is_mentor;
  std::set<std::int64_t> people;
  for (const Assessment& a : l.assessments) {
    if (a.kind == AssessmentKind::kInterim) v.interim.push_back(a);
    if (a.kind == AssessmentKind::kFinal && (!v.is_student || a.state == AssessmentState::kSubmitted))
      v.final_rating = a;
    if (a.kind == AssessmentKind::kSelf && (v.is_student || a.state == AssessmentState::kSubmitted)) v.self = a;
  }
  for (const Assessment& a : l.assessments) {
    people.insert(a.author.value);
    people.insert(a.updated_by.value);
  }
  if (v.self) v.growth_points = repos.Evaluation().GrowthPoints(l.placement.id);
  if (v.rubric && v.final_rating) v.empty_criteria = domain::EmptyCriteria(v.rubric->rubric, v.final_rating->ratings);
  if (v.rubric && v.final_rating && v.self)
    v.comparison = domain::CompareRatings(v.rubric->rubric, v.final_rating->ratings, v.self->ratings);
  v.meeting = repos.Evaluation().Meeting(l.placement.id);
  std::optional<ScoreRecord> score = ScoreOf(repos, l.placement.id);
  if (score && (staff || score->released_at)) {
    v.score = std::move(score);
    people.insert(v.score->finalised_by.value);
  }
  v.attended =
      domain::AttendedMandatory(AttendanceOf(repos, l.placement.cohort, l.placement.student, l.placement.module_code));
  if (staff && v.rubric && v.final_rating && v.empty_criteria.empty()) {
    Result<domain::ScoreResult> preview = domain::CalculateScore(domain::SchemeOf(v.rubric->rubric),
                                                                 domain::LevelsOf(v.final_rating->ratings), v.attended);
    if (preview) v.preview = *preview;
  }
  std::vector<UserId> ids;
  for (std::int64_t id : people) ids.push_back(UserId{id});
  for (const domain::User& u : repos.Users().ByIds(ids)) v.names[u.id.value] = u.name;
  return v;
}

// Runs `change` on the placement's evaluation in one unit of work and answers the evaluation as it is after.
Result<EvaluationView> Change(const AppContext& ctx, const Actor& actor, PlacementId id,
                              const std::function<Status(Repositories&, Loaded&, Timestamp)>& change) {
  const Timestamp now = ctx.clock.Now();
  std::optional<EvaluationView> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    Result<Loaded> loaded = Load(repos, actor, id);
    if (!loaded) return loaded.error();
    if (!loaded->rubric) return NoRubric();
    if (Status done = change(repos, *loaded, now); !done) return done;
    loaded->assessments = repos.Evaluation().AssessmentsOf({id});
    out = ViewOf(ctx, repos, actor, *loaded);
    return {};
  });
  if (!written) return written.error();
  return *out;
}

// The placement's evaluation page, for e-mails.
std::string EvaluationLink(const AppContext& ctx, PlacementId id) {
  return ctx.settings.base_url + "/evaluatie/" + std::to_string(id.value);
}

Error NotTheMentor() {
  return MakeError(ErrorCode::kPermissionDenied, "Alleen de mentor van deze werkplek beoordeelt de student.");
}
Error NotTheSupervisor() {
  return MakeError(ErrorCode::kPermissionDenied, "Alleen de werkplekbegeleider van deze werkplek doet dit.");
}

}  // namespace

Result<domain::ScoreResult> PreviewScore(const domain::ScoringScheme& scheme,
                                         const std::map<std::string, std::string>& ratings, int attended) {
  return domain::CalculateScore(scheme, ratings, attended);
}

// --- rubrics

namespace {

struct ModuleFacts {
  std::string name;
  std::vector<std::string> goals;
};

// The modules of the programme's latest curriculum, by code.
std::map<std::string, ModuleFacts> ModulesOf(Repositories& repos, domain::ProgrammeId programme) {
  std::map<std::string, ModuleFacts> out;
  std::optional<VersionInfo> latest = repos.Curricula().Latest(programme);
  if (!latest) return out;
  std::optional<domain::Curriculum> curriculum = repos.Curricula().Load(latest->id);
  if (!curriculum) return out;
  for (const domain::Module& m : curriculum->modules) out[m.code] = {m.name, m.goals};
  return out;
}

Result<RubricView> RubricViewOf(Repositories& repos, domain::ProgrammeId programme, const std::string& module) {
  std::map<std::string, ModuleFacts> modules = ModulesOf(repos, programme);
  auto m = modules.find(module);
  if (m == modules.end()) return MakeError(ErrorCode::kNotFound, "Deze module staat niet in het curriculum.");
  RubricView v{module, m->second.name, m->second.goals, repos.Evaluation().LatestRubric(programme, module),
               repos.Evaluation().RubricVersions(programme, module)};
  return v;
}

}  // namespace

Result<std::vector<RubricSummary>> ListRubrics(const AppContext& ctx, const Actor& actor,
                                               domain::ProgrammeId programme) {
  std::vector<RubricSummary> out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    if (!repos.Programmes().ById(programme)) return MakeError(ErrorCode::kNotFound, "Deze opleiding bestaat niet.");
    if (Status ok = AuthorizeForProgramme(repos, actor, programme, policy::kStaffRoles); !ok) return ok;
    std::map<std::string, RubricRecord> latest;
    for (RubricRecord& r : repos.Evaluation().LatestRubrics(programme)) latest.emplace(r.module, std::move(r));
    for (auto& [code, facts] : ModulesOf(repos, programme)) {
      RubricSummary s{code, facts.name, std::nullopt};
      if (auto it = latest.find(code); it != latest.end()) s.latest = it->second;
      out.push_back(std::move(s));
    }
    return {};
  });
  if (!read) return read.error();
  return out;
}

Result<RubricView> GetRubric(const AppContext& ctx, const Actor& actor, domain::ProgrammeId programme,
                             const std::string& module) {
  std::optional<RubricView> out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    if (!repos.Programmes().ById(programme)) return MakeError(ErrorCode::kNotFound, "Deze opleiding bestaat niet.");
    if (Status ok = AuthorizeForProgramme(repos, actor, programme, policy::kStaffRoles); !ok) return ok;
    Result<RubricView> v = RubricViewOf(repos, programme, module);
    if (!v) return v.error();
    out = std::move(*v);
    return {};
  });
  if (!read) return read.error();
  return *out;
}

namespace {

// Stores `rubric` as the module's latest version the way R18 says; the outcome says how.
domain::RubricSave StoreRubric(Repositories& repos, domain::ProgrammeId programme, const std::string& module,
                               const domain::Rubric& rubric, const std::string& origin, std::optional<UserId> by,
                               Timestamp now) {
  std::optional<RubricRecord> latest = repos.Evaluation().LatestRubric(programme, module);
  const domain::RubricSave outcome =
      domain::RubricSaveFor(latest ? &latest->rubric : nullptr, latest && latest->used, rubric);
  RubricRecord record;
  record.programme = programme;
  record.module = module;
  record.rubric = rubric;
  record.origin = origin;
  record.created_by = by;
  record.created_at = now;
  record.updated_at = now;
  switch (outcome) {
    case domain::RubricSave::kUnchanged: return outcome;
    case domain::RubricSave::kUpdateInPlace:
      record.id = latest->id;
      record.version = latest->version;
      record.created_by = latest->created_by;
      record.created_at = latest->created_at;
      repos.Evaluation().ReplaceRubric(record);
      RecordChange(repos, now, by, "rubric.changed", "rubric", std::to_string(record.id.value), SnapshotOf(*latest),
                   SnapshotOf(record));
      return outcome;
    case domain::RubricSave::kFirstVersion:
    case domain::RubricSave::kNewVersion:
      record.version = latest ? latest->version + 1 : 1;
      record.id = repos.Evaluation().InsertRubric(record);
      RecordChange(repos, now, by, "rubric.created", "rubric", std::to_string(record.id.value), std::nullopt,
                   SnapshotOf(record));
      return outcome;
  }
  return outcome;
}

}  // namespace

Result<SavedRubric> SaveRubric(const AppContext& ctx, const Actor& actor, domain::ProgrammeId programme,
                               const std::string& module, const domain::Rubric& rubric) {
  const Timestamp now = ctx.clock.Now();
  std::optional<SavedRubric> out;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    if (!repos.Programmes().ById(programme)) return MakeError(ErrorCode::kNotFound, "Deze opleiding bestaat niet.");
    if (Status ok = AuthorizeForProgramme(repos, actor, programme, kProgrammeLead); !ok) return ok;
    Result<RubricView> before = RubricViewOf(repos, programme, module);
    if (!before) return before.error();
    if (Status valid = domain::RubricIsValid(rubric, static_cast<int>(before->goals.size())); !valid) return valid;
    const domain::RubricSave outcome = StoreRubric(repos, programme, module, rubric, "editor", actor.user.id, now);
    Result<RubricView> after = RubricViewOf(repos, programme, module);
    if (!after) return after.error();
    out = SavedRubric{std::move(*after), outcome};
    return {};
  });
  if (!written) return written.error();
  return *out;
}

void StoreCurriculumRubrics(Repositories& repos, domain::ProgrammeId programme, const domain::Curriculum& curriculum,
                            std::optional<UserId> by, Timestamp now) {
  for (const domain::Module& m : curriculum.modules) {
    if (m.rubric) StoreRubric(repos, programme, m.code, *m.rubric, "import", by, now);
  }
}

// --- one placement's evaluation

Result<EvaluationView> GetEvaluation(const AppContext& ctx, const Actor& actor, PlacementId placement) {
  std::optional<EvaluationView> out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    Result<Loaded> loaded = Load(repos, actor, placement);
    if (!loaded) return loaded.error();
    out = ViewOf(ctx, repos, actor, *loaded);
    return {};
  });
  if (!read) return read.error();
  return *out;
}

Result<EvaluationView> AddInterimFeedback(const AppContext& ctx, const Actor& actor, PlacementId placement,
                                          domain::Date day, const RatingInput& input) {
  const domain::Date today = ctx.clock.Local(ctx.clock.Now()).date;
  return Change(ctx, actor, placement, [&](Repositories& repos, Loaded& l, Timestamp now) -> Status {
    if (!IsMentorOf(actor, l.placement)) return NotTheMentor();
    FieldErrors errors;
    if (day > today) errors.Add("date", "Tussentijdse feedback gaat over een dag die al geweest is.");
    const std::string comment(domain::Trimmed(input.comment));
    if (comment.empty()) errors.Add("comment", "Schrijf je feedback.");
    if (domain::CodePoints(comment) > domain::kMaxRatingComment)
      errors.Add("comment", "Houd het korter: hoogstens 2000 tekens.");
    if (Status fits = domain::RatingsFitRubric(l.rubric->rubric, input.ratings); !fits)
      for (const FieldError& f : fits.error().fields) errors.Add(f.field, f.message);
    if (!errors.Empty()) return errors.ToError();
    Assessment a = NewAssessment(l, AssessmentKind::kInterim, actor);
    a.moment = day;
    a.state = AssessmentState::kSubmitted;
    a.submitted_at = now;
    a.ratings = Ordered(l.rubric->rubric, input.ratings);
    a.comment = comment;
    StoreAssessment(repos, a, std::nullopt, "saved", "", {}, actor, now);
    return {};
  });
}

Result<EvaluationView> SaveFinalRating(const AppContext& ctx, const Actor& actor, PlacementId placement,
                                       const RatingInput& input, bool submit) {
  return Change(ctx, actor, placement, [&](Repositories& repos, Loaded& l, Timestamp now) -> Status {
    if (!IsMentorOf(actor, l.placement)) return NotTheMentor();
    std::optional<Assessment> before = OneOf(l.assessments, AssessmentKind::kFinal);
    if (before) {
      if (Status editable = domain::MentorMayEdit(before->state); !editable) return editable;
    }
    if (Status fits = domain::RatingsFitRubric(l.rubric->rubric, input.ratings); !fits) return fits;
    if (domain::CodePoints(input.comment) > domain::kMaxRatingComment)
      return InvalidField("comment", "Houd het korter: hoogstens 2000 tekens.");
    Assessment a = before ? *before : NewAssessment(l, AssessmentKind::kFinal, actor);
    a.ratings = Ordered(l.rubric->rubric, input.ratings);
    a.comment = std::string(domain::Trimmed(input.comment));
    if (submit) {
      a.state = AssessmentState::kSubmitted;
      a.submitted_at = now;
    }
    StoreAssessment(repos, a, before, submit ? "submitted" : "saved", "", {}, actor, now);
    return {};
  });
}

Result<EvaluationView> ReopenFinalRating(const AppContext& ctx, const Actor& actor, PlacementId placement,
                                         const std::string& reason) {
  return Change(ctx, actor, placement, [&](Repositories& repos, Loaded& l, Timestamp now) -> Status {
    if (!IsSupervisorOf(actor, l.placement)) return NotTheSupervisor();
    std::optional<Assessment> before = OneOf(l.assessments, AssessmentKind::kFinal);
    if (!before) return MakeError(ErrorCode::kFailedPrecondition, "De mentor heeft nog geen eindbeoordeling gemaakt.");
    if (Status ok = domain::ReopenIsAllowed(before->state, reason, ScoreOf(repos, l.placement.id).has_value()); !ok)
      return ok;
    Assessment a = *before;
    a.state = AssessmentState::kDraft;
    a.submitted_at.reset();
    StoreAssessment(repos, a, before, "reopened", std::string(domain::Trimmed(reason)), {}, actor, now);
    return {};
  });
}

Result<EvaluationView> SaveSelfAssessment(const AppContext& ctx, const Actor& actor, PlacementId placement,
                                          const SelfInput& input, bool submit) {
  return Change(ctx, actor, placement, [&](Repositories& repos, Loaded& l, Timestamp now) -> Status {
    if (!IsStudentOf(actor, l.placement))
      return MakeError(ErrorCode::kPermissionDenied, "Alleen de student zelf maakt de zelfevaluatie.");
    if (ScoreOf(repos, l.placement.id).has_value())
      return MakeError(ErrorCode::kFailedPrecondition, "De score is vastgelegd; de zelfevaluatie verandert niet meer.");
    std::optional<Assessment> before = OneOf(l.assessments, AssessmentKind::kSelf);
    Assessment a = before ? *before : NewAssessment(l, AssessmentKind::kSelf, actor);
    a.ratings = Ordered(l.rubric->rubric, input.ratings);
    const auto trim = [](const std::string& s) { return std::string(domain::Trimmed(s)); };
    a.reflection = {trim(input.reflection.situation), trim(input.reflection.task), trim(input.reflection.action),
                    trim(input.reflection.result), trim(input.reflection.reflection)};
    std::vector<domain::GrowthPoint> points;
    for (const domain::GrowthPoint& g : input.growth_points) points.push_back({trim(g.action), g.due});
    if (Status valid = domain::SelfAssessmentIsValid(l.rubric->rubric, a, points, submit); !valid) return valid;
    a.state = submit ? AssessmentState::kSubmitted : AssessmentState::kDraft;
    a.submitted_at = submit ? std::optional<Timestamp>(now) : std::nullopt;
    StoreAssessment(repos, a, before, submit ? "submitted" : "saved", "", {}, actor, now);
    repos.Evaluation().ReplaceGrowthPoints(l.placement.id, points);
    return {};
  });
}

Result<EvaluationView> SaveMeeting(const AppContext& ctx, const Actor& actor, PlacementId placement,
                                   const MeetingInput& input) {
  return Change(ctx, actor, placement, [&](Repositories& repos, Loaded& l, Timestamp now) -> Status {
    if (!IsSupervisorOf(actor, l.placement)) return NotTheSupervisor();
    FieldErrors errors;
    if (input.start_minutes < 0 || input.start_minutes >= 24 * 60)
      errors.Add("start", "Schrijf het uur als UU:MM, bv. 14:00.");
    if (domain::CodePoints(input.place) > 200) errors.Add("place", "Houd de plaats korter: hoogstens 200 tekens.");
    if (domain::CodePoints(input.notes) > domain::kMaxReflectionText)
      errors.Add("notes", "Houd de notities korter: hoogstens 4000 tekens.");
    if (!errors.Empty()) return errors.ToError();
    std::optional<MeetingRecord> before = repos.Evaluation().Meeting(l.placement.id);
    MeetingRecord m{l.placement.id,
                    input.date,
                    input.start_minutes,
                    std::string(domain::Trimmed(input.place)),
                    std::string(domain::Trimmed(input.notes)),
                    input.held,
                    actor.user.id,
                    now};
    repos.Evaluation().SaveMeeting(m);
    std::optional<Snapshot> old;
    if (before) old = SnapshotOf(*before);
    RecordChange(repos, now, actor.user.id, before ? "meeting.changed" : "meeting.planned", "meeting",
                 std::to_string(l.placement.id.value), old, SnapshotOf(m));
    return {};
  });
}

Result<EvaluationView> ReviseInMeeting(const AppContext& ctx, const Actor& actor, PlacementId placement,
                                       const std::vector<domain::CriterionRating>& ratings,
                                       const std::map<std::string, std::string>& reasons) {
  return Change(ctx, actor, placement, [&](Repositories& repos, Loaded& l, Timestamp now) -> Status {
    if (!IsSupervisorOf(actor, l.placement)) return NotTheSupervisor();
    std::optional<Assessment> before = OneOf(l.assessments, AssessmentKind::kFinal);
    if (!before)
      return MakeError(ErrorCode::kFailedPrecondition, "De mentor heeft nog geen eindbeoordeling ingediend.");
    if (ScoreOf(repos, l.placement.id).has_value())
      return MakeError(ErrorCode::kFailedPrecondition, "De score is vastgelegd; de beoordeling verandert niet meer.");
    Result<std::vector<domain::RatingChange>> changes =
        domain::MeetingChanges(l.rubric->rubric, before->state, before->ratings, ratings, reasons);
    if (!changes) return changes.error();
    if (changes->empty()) return {};
    Assessment a = *before;
    a.ratings = domain::ApplyChanges(l.rubric->rubric, before->ratings, *changes);
    std::map<std::string, std::string> why;
    for (const domain::RatingChange& c : *changes)
      if (!c.reason.empty()) why[c.criterion] = c.reason;
    StoreAssessment(repos, a, before, "meeting", "", why, actor, now);
    return {};
  });
}

Result<std::vector<AssessmentVersion>> RatingHistory(const AppContext& ctx, const Actor& actor, PlacementId placement) {
  std::vector<AssessmentVersion> out;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    Result<Loaded> loaded = Load(repos, actor, placement);
    if (!loaded) return loaded.error();
    std::optional<Assessment> final_rating = OneOf(loaded->assessments, AssessmentKind::kFinal);
    if (!final_rating) return {};
    const bool student = IsStudentOf(actor, loaded->placement);
    for (AssessmentVersion& v : repos.Evaluation().AssessmentVersions(final_rating->id)) {
      // The student follows the rating from its first submission on, not the mentor's drafts before it.
      if (student && out.empty() && v.state != AssessmentState::kSubmitted) continue;
      out.push_back(std::move(v));
    }
    return {};
  });
  if (!read) return read.error();
  return out;
}

// --- the score (R20)

namespace {

Snapshot SnapshotOf(const ScoreRecord& s) {
  return {{"placement", std::to_string(s.placement.value)},
          {"rubric", std::to_string(s.rubric.value)},
          {"attended", std::to_string(s.attended)},
          {"calculated", domain::DutchDecimal(s.final_score.calculated, 1)},
          {"final", domain::DutchDecimal(s.final_score.final_score, 1)},
          {"override_reason", s.final_score.override_reason},
          {"released", s.released_at ? "true" : "false"}};
}

Error AlreadyReleased() {
  return MakeError(ErrorCode::kFailedPrecondition,
                   "De score is al vrijgegeven aan de student; ze verandert niet meer.");
}

}  // namespace

Result<EvaluationView> FinaliseScore(const AppContext& ctx, const Actor& actor, PlacementId placement,
                                     std::optional<double> override_score, const std::string& reason) {
  return Change(ctx, actor, placement, [&](Repositories& repos, Loaded& l, Timestamp now) -> Status {
    if (!IsSupervisorOf(actor, l.placement)) return NotTheSupervisor();
    std::optional<Assessment> final_rating = OneOf(l.assessments, AssessmentKind::kFinal);
    if (!final_rating || final_rating->state != AssessmentState::kSubmitted)
      return MakeError(ErrorCode::kFailedPrecondition, "De mentor heeft de eindbeoordeling nog niet ingediend.");
    const std::vector<std::string> empty = domain::EmptyCriteria(l.rubric->rubric, final_rating->ratings);
    if (!empty.empty()) {
      return MakeError(
          ErrorCode::kFailedPrecondition,
          "Vul eerst elk criterium aan in het driehoeksgesprek; nog leeg: " + domain::DutchList(empty) + ".");
    }
    std::optional<ScoreRecord> before = ScoreOf(repos, l.placement.id);
    if (before && before->released_at) return AlreadyReleased();
    const int attended = domain::AttendedMandatory(
        AttendanceOf(repos, l.placement.cohort, l.placement.student, l.placement.module_code));
    Result<domain::ScoreResult> calculated =
        domain::CalculateScore(domain::SchemeOf(l.rubric->rubric), domain::LevelsOf(final_rating->ratings), attended);
    if (!calculated) return calculated.error();
    Result<domain::FinalScore> final_score = domain::FinaliseScore(calculated->score, override_score, reason);
    if (!final_score) return final_score.error();
    ScoreRecord s{l.placement.id, l.rubric->id, attended,     *calculated, *final_score,
                  actor.user.id,  now,          std::nullopt, std::nullopt};
    repos.Evaluation().SaveScore(s);
    std::optional<Snapshot> old;
    if (before) old = SnapshotOf(*before);
    RecordChange(repos, now, actor.user.id, "score.finalised", "score", std::to_string(l.placement.id.value), old,
                 SnapshotOf(s));
    return {};
  });
}

Result<EvaluationView> ReleaseScore(const AppContext& ctx, const Actor& actor, PlacementId placement) {
  return Change(ctx, actor, placement, [&](Repositories& repos, Loaded& l, Timestamp now) -> Status {
    if (!IsSupervisorOf(actor, l.placement)) return NotTheSupervisor();
    std::optional<ScoreRecord> s = ScoreOf(repos, l.placement.id);
    if (!s) return MakeError(ErrorCode::kFailedPrecondition, "Leg de score eerst vast.");
    if (s->released_at) return AlreadyReleased();
    const Snapshot before = SnapshotOf(*s);
    s->released_by = actor.user.id;
    s->released_at = now;
    repos.Evaluation().SaveScore(*s);
    RecordChange(repos, now, actor.user.id, "score.released", "score", std::to_string(l.placement.id.value), before,
                 SnapshotOf(*s));
    const PlacementView v = PlacementViews(repos, ctx.clock.Local(now).date, {l.placement}).front();
    if (std::optional<domain::User> student = repos.Users().ById(l.placement.student)) {
      repos.Mail().Enqueue(ScoreReleasedMail(*student, {v.student_name, v.module_name, v.organisation_name},
                                             EvaluationLink(ctx, l.placement.id)),
                           now);
    }
    return {};
  });
}

Result<std::vector<CaseloadItem>> MyCaseload(const AppContext& ctx, const Actor& actor) {
  std::vector<CaseloadItem> out;
  const domain::Date today = ctx.clock.Local(ctx.clock.Now()).date;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    PlacementFilter f;
    f.supervisor = actor.user.id;
    std::vector<Placement> mine;
    for (Placement& p : repos.Placements().Find(f)) {
      if (p.status == domain::PlacementStatus::kApproved || p.status == domain::PlacementStatus::kCompleted)
        mine.push_back(std::move(p));
    }
    std::vector<PlacementId> ids;
    for (const Placement& p : mine) ids.push_back(p.id);
    std::map<std::int64_t, std::vector<Assessment>> assessments;
    for (Assessment& a : repos.Evaluation().AssessmentsOf(ids)) assessments[a.placement.value].push_back(std::move(a));
    std::map<std::int64_t, MeetingRecord> meetings;
    for (MeetingRecord& m : repos.Evaluation().Meetings(ids)) meetings.emplace(m.placement.value, std::move(m));
    std::map<std::int64_t, ScoreRecord> scores;
    for (ScoreRecord& s : repos.Evaluation().Scores(ids)) scores.emplace(s.placement.value, std::move(s));
    for (PlacementView& v : PlacementViews(repos, today, mine)) {
      CaseloadItem item;
      const std::int64_t id = v.placement.id.value;
      const std::vector<Assessment>& mine_a = assessments[id];
      if (auto f2 = OneOf(mine_a, AssessmentKind::kFinal)) item.final_state = f2->state;
      if (auto s2 = OneOf(mine_a, AssessmentKind::kSelf)) item.self_state = s2->state;
      if (auto m = meetings.find(id); m != meetings.end()) item.meeting = m->second;
      if (auto s = scores.find(id); s != scores.end()) item.score = s->second;
      item.due = domain::EvaluationSteps(item.final_state, item.self_state, item.meeting.has_value(),
                                         item.meeting && item.meeting->held, item.score.has_value(),
                                         item.score && item.score->released_at);
      item.placement = std::move(v);
      out.push_back(std::move(item));
    }
    return {};
  });
  if (!read) return read.error();
  // What needs something first: most steps due, then by student.
  std::stable_sort(out.begin(), out.end(), [](const CaseloadItem& a, const CaseloadItem& b) {
    if (a.due.empty() != b.due.empty()) return !a.due.empty();
    return a.placement.student_name < b.placement.student_name;
  });
  return out;
}

}  // namespace leerplek::app
