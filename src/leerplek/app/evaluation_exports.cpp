#include "leerplek/app/evaluation_exports.hpp"

#include <set>

#include "leerplek/app/appeal_file.hpp"
#include "leerplek/app/evaluation.hpp"
#include "leerplek/app/guidance.hpp"
#include "leerplek/app/logbook.hpp"
#include "leerplek/app/policy.hpp"
#include "leerplek/app/score_export.hpp"
#include "leerplek/domain/guidance.hpp"
#include "leerplek/domain/text.hpp"

namespace leerplek::app {
namespace {

using domain::Assessment;
using domain::AssessmentKind;

std::string NameOf(const std::map<std::int64_t, std::string>& names, UserId id) {
  auto it = names.find(id.value);
  return it == names.end() ? std::string() : it->second;
}

// The versions of the mentor's final rating that count for the file: submissions, reopenings and meeting
// changes (drafts before a submission are the mentor's own work), each criterion with its previous level.
std::vector<AppealRatingVersion> RatingVersions(const std::vector<AssessmentVersion>& versions) {
  std::vector<AppealRatingVersion> out;
  std::map<std::string, std::string> last;  // criterion → level in the last version on file
  for (const AssessmentVersion& v : versions) {
    AppealRatingVersion a;
    if (v.action == "submitted") {
      a.action = AppealRatingVersion::Action::kSubmitted;
    } else if (v.action == "reopened") {
      a.action = AppealRatingVersion::Action::kReopened;
    } else if (v.action == "meeting") {
      a.action = AppealRatingVersion::Action::kChangedInMeeting;
    } else {
      continue;
    }
    a.version = v.version;
    a.by = v.actor_name;
    a.at = v.at;
    a.reason = v.reason;
    if (a.action != AppealRatingVersion::Action::kReopened) {
      for (const VersionRating& r : v.ratings) {
        AppealRating rating{r.rating.criterion, r.rating.level, r.rating.comment, "", r.reason};
        auto before = last.find(r.rating.criterion);
        if (!out.empty() && before != last.end() && before->second != r.rating.level)
          rating.previous_level = before->second;
        a.ratings.push_back(std::move(rating));
      }
      last.clear();
      for (const VersionRating& r : v.ratings) last[r.rating.criterion] = r.rating.level;
    }
    out.push_back(std::move(a));
  }
  return out;
}

AppealGuidanceMoment MomentOf(const domain::AttendanceLine& l) {
  AppealGuidanceMoment m;
  m.date = l.date;
  m.kind =
      l.kind == "intervision" ? AppealGuidanceMoment::Kind::kIntervision : AppealGuidanceMoment::Kind::kSupervision;
  m.title = l.title;
  m.mandatory = l.mandatory;
  m.reason = l.reason;
  if (l.status) {
    switch (*l.status) {
      case domain::AttendanceStatus::kPresent: m.attendance = AppealGuidanceMoment::Attendance::kPresent; break;
      case domain::AttendanceStatus::kExcused: m.attendance = AppealGuidanceMoment::Attendance::kExcused; break;
      case domain::AttendanceStatus::kAbsent: m.attendance = AppealGuidanceMoment::Attendance::kAbsent; break;
    }
  }
  return m;
}

std::string FileSafe(std::string text) {
  for (char& c : text) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '-';
  }
  return text;
}

}  // namespace

Result<ExportFile> ExportAppealFile(const AppContext& ctx, const Actor& actor, domain::PlacementId placement) {
  if (!ctx.reports) return MakeError(ErrorCode::kUnavailable, "PDF's maken kan hier niet.");
  Result<EvaluationView> evaluation = GetEvaluation(ctx, actor, placement);
  if (!evaluation) return evaluation.error();
  const EvaluationView& e = *evaluation;
  if (e.is_mentor || (e.is_student && !(e.score && e.score->released_at))) {
    return MakeError(ErrorCode::kPermissionDenied, e.is_student
                                                       ? "Je evaluatiedossier komt er zodra je score vrijgegeven is."
                                                       : "Het evaluatiedossier is voor de student en de hogeschool.");
  }
  Result<LogbookView> logbook = GetLogbook(ctx, actor, placement);
  if (!logbook) return logbook.error();
  AppealFile file;
  const PlacementView& p = e.placement;
  file.student_name = p.student_name;
  file.cohort_name = p.cohort_name;
  file.module_name = p.module_name;
  file.organisation_name = p.organisation_name;
  file.mentor_name = p.mentor_name;
  file.supervisor_name = p.supervisor_name;
  file.first_day = p.first_day;
  file.last_day = p.last_day;
  file.required_days = logbook->days_facts.required_days;
  file.progress = logbook->progress;
  file.catch_up_days = static_cast<int>(logbook->days_facts.catch_up.size());
  std::vector<AssessmentVersion> versions;
  std::vector<domain::AttendanceLine> attendance;
  std::vector<VisitRecord> visits;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    if (auto cohort = repos.Cohorts().ById(p.placement.cohort)) {
      if (auto programme = repos.Programmes().ById(cohort->programme)) file.programme_name = programme->name;
      for (const CohortMember& m : repos.Cohorts().Members(cohort->id)) {
        if (m.user.id == p.placement.student) file.student_number = m.student_number;
      }
    }
    if (e.final_rating) versions = repos.Evaluation().AssessmentVersions(e.final_rating->id);
    attendance = AttendanceOf(repos, p.placement.cohort, p.placement.student, p.placement.module_code);
    visits = VisitsOf(repos, placement);
    return {};
  });
  if (!read) return read.error();
  if (e.rubric) {
    file.rubric_version = e.rubric->version;
    file.rubric = e.rubric->rubric;
  }
  file.ratings = RatingVersions(versions);
  for (const Assessment& a : e.interim) {
    AppealFeedback f{a.moment.value_or(domain::Date{}), NameOf(e.names, a.author), a.comment, {}};
    for (const domain::CriterionRating& r : a.ratings)
      if (!r.level.empty()) f.levels[r.criterion] = r.level;
    file.feedback.push_back(std::move(f));
  }
  if (e.self) {
    for (const domain::CriterionRating& r : e.self->ratings)
      file.self_assessment.push_back({r.criterion, r.level, r.comment});
    const domain::Reflection& r = e.self->reflection;
    file.reflection = AppealReflection{r.situation, r.task, r.action, r.result, r.reflection};
    for (const domain::GrowthPoint& g : e.growth_points) file.growth_points.push_back({g.action, g.due});
  }
  if (e.meeting) {
    file.meeting = AppealMeeting{e.meeting->date,
                                 e.meeting->start_minutes,
                                 e.meeting->place,
                                 {p.student_name, p.mentor_name, p.supervisor_name},
                                 e.meeting->notes};
  }
  for (const VisitRecord& v : visits) {
    if (v.state == domain::VisitState::kCancelled) continue;
    file.visits.push_back({v.date, v.start_minutes, v.with_whom, v.report});
  }
  for (const domain::AttendanceLine& l : attendance) file.guidance.push_back(MomentOf(l));
  if (e.score) {
    file.steps = e.score->calculation.steps;
    file.calculated = e.score->final_score.calculated;
    file.final_score = e.score->final_score.final_score;
    file.override_reason = e.score->final_score.override_reason;
    file.finalised_by = NameOf(e.names, e.score->finalised_by);
    file.finalised_at = e.score->finalised_at;
    file.released_at = e.score->released_at;
  } else if (e.preview) {
    file.steps = e.preview->steps;
    file.calculated = e.preview->score;
  }
  Result<std::string> bytes = ctx.reports->RenderPdf(AppealReport(file, ctx.clock.Now(), ctx.clock));
  if (!bytes) return bytes.error();
  return ExportFile{"evaluatiedossier-" + FileSafe(p.student_name) + "-" + p.placement.module_code + ".pdf",
                    "application/pdf", std::move(*bytes)};
}

Result<ExportFile> ExportCohortScores(const AppContext& ctx, const Actor& actor, domain::CohortId cohort_id) {
  if (!ctx.spreadsheets) return MakeError(ErrorCode::kUnavailable, "Rekenbladen maken kan hier niet.");
  std::vector<ScoreLine> lines;
  std::string cohort_name;
  const domain::Date today = ctx.clock.Local(ctx.clock.Now()).date;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    std::optional<domain::Cohort> cohort = repos.Cohorts().ById(cohort_id);
    if (!cohort) return MakeError(ErrorCode::kNotFound, "Deze groep bestaat niet.");
    if (Status ok = AuthorizeForProgramme(repos, actor, cohort->programme, policy::kStaffRoles); !ok) return ok;
    cohort_name = cohort->name;
    std::vector<domain::Placement> placements;
    for (domain::Placement& p : repos.Placements().Find(PlacementFilter{{cohort_id}, {}, {}, {}, {}})) {
      if (p.status == domain::PlacementStatus::kApproved || p.status == domain::PlacementStatus::kCompleted)
        placements.push_back(std::move(p));
    }
    std::vector<domain::PlacementId> ids;
    for (const domain::Placement& p : placements) ids.push_back(p.id);
    std::map<std::int64_t, ScoreRecord> scores;
    for (ScoreRecord& s : repos.Evaluation().Scores(ids)) scores.emplace(s.placement.value, std::move(s));
    std::set<std::int64_t> rated;
    for (const Assessment& a : repos.Evaluation().AssessmentsOf(ids)) {
      if (a.kind == AssessmentKind::kFinal && a.state == domain::AssessmentState::kSubmitted)
        rated.insert(a.placement.value);
    }
    std::map<std::int64_t, std::string> numbers;
    for (const CohortMember& m : repos.Cohorts().Members(cohort_id)) numbers[m.user.id.value] = m.student_number;
    for (const PlacementView& v : PlacementViews(repos, today, placements)) {
      ScoreLine line;
      line.student_name = v.student_name;
      line.student_number = numbers[v.placement.student.value];
      line.module_code = v.placement.module_code;
      line.module_name = v.module_name;
      line.organisation = v.organisation_name;
      line.mentor_name = v.mentor_name;
      line.supervisor_name = v.supervisor_name;
      line.state = rated.contains(v.placement.id.value) ? "beoordeeld" : "niet beoordeeld";
      if (auto s = scores.find(v.placement.id.value); s != scores.end()) {
        line.calculated = s->second.final_score.calculated;
        line.final_score = s->second.final_score.final_score;
        line.override_reason = s->second.final_score.override_reason;
        line.finalised_at = s->second.finalised_at;
        line.released_at = s->second.released_at;
        line.state = s->second.released_at ? "vrijgegeven" : "vastgelegd";
      }
      lines.push_back(std::move(line));
    }
    return {};
  });
  if (!read) return read.error();
  Result<std::string> bytes = ctx.spreadsheets->RenderXlsx(ScoresWorkbook(cohort_name, lines, ctx.clock));
  if (!bytes) return bytes.error();
  return ExportFile{"scores-" + FileSafe(cohort_name) + ".xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", std::move(*bytes)};
}

}  // namespace leerplek::app
