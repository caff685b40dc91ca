// Routes for the evaluation (issue 6, R18–R21): the score preview of the contract, rubrics, ratings, the
// self-assessment and the tripartite meeting.
#include "leerplek/app/evaluation.hpp"
#include "leerplek/app/evaluation_exports.hpp"
#include "leerplek/domain/organisation.hpp"
#include "leerplek/domain/text.hpp"
#include "leerplek/http/evaluation_json.hpp"
#include "leerplek/http/handler_support.hpp"
#include "leerplek/http/json_body.hpp"
#include "leerplek/http/logbook_json.hpp"

namespace leerplek::http {
namespace {

namespace policy = app::policy;

// Contract: {"scheme":{…},"ratings":{"<criterion>":"<level>"},"attended":N} → {"score","raw","steps"}.
Response PreviewScoreHandler(const app::AppContext&, RouteContext& rc) {
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  JsonBody& b = *parsed;
  FieldErrors errors;
  const domain::ScoringScheme scheme = SchemeFromJson(b.Raw("scheme"), "scheme", errors);
  const std::map<std::string, std::string> ratings = LevelsFromJson(b.Raw("ratings"), "ratings", errors);
  int attended = 0;
  const json* a = b.Raw("attended");
  if (a == nullptr) {
    errors.Add("attended", "Vul het aantal bijgewoonde verplichte momenten in.");
  } else if (!a->is_number_integer() || a->get<std::int64_t>() > 1000 || a->get<std::int64_t>() < -1000) {
    errors.Add("attended", "Het aantal bijgewoonde momenten is een geheel getal.");
  } else {
    attended = static_cast<int>(a->get<std::int64_t>());
  }
  if (Status ok = b.Check(); !ok)
    for (const FieldError& f : ok.error().fields) errors.Add(f.field, f.message);
  if (!errors.Empty()) return ErrorResponse(errors.ToError());
  return Respond<domain::ScoreResult>(app::PreviewScore(scheme, ratings, attended), 200, ScoreResultJson);
}

// --- rubrics

json RubricRecordJson(const app::RubricRecord& r, bool content) {
  json out{{"id", r.id.value},
           {"version", r.version},
           {"origin", r.origin},
           {"used", r.used},
           {"created_at", IsoTime(r.created_at)},
           {"updated_at", IsoTime(r.updated_at)}};
  if (content) out["rubric"] = RubricJson(r.rubric);
  return out;
}

json RubricViewJson(const app::RubricView& v) {
  json versions = json::array();
  for (const app::RubricRecord& r : v.versions) versions.push_back(RubricRecordJson(r, false));
  return {{"module", {{"code", v.module}, {"name", v.module_name}, {"goals", v.goals}}},
          {"current", v.current ? RubricRecordJson(*v.current, true) : json(nullptr)},
          {"versions", versions},
          {"default_levels", RubricJson(domain::Rubric{domain::DefaultRubricLevels(), {}, 9, {}, {}})["levels"]}};
}

Response ListRubricsHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::ProgrammeId> programme = RecordParam<domain::ProgrammeId>(rc, "Deze opleiding bestaat niet.");
  if (!programme) return ErrorResponse(programme.error());
  return Respond<std::vector<app::RubricSummary>>(
      app::ListRubrics(ctx, *rc.actor, *programme), 200, [](const std::vector<app::RubricSummary>& list) {
        json items = json::array();
        for (const app::RubricSummary& s : list) {
          items.push_back({{"module", {{"code", s.module}, {"name", s.module_name}}},
                           {"latest", s.latest ? RubricRecordJson(*s.latest, false) : json(nullptr)}});
        }
        return json{{"items", items}};
      });
}

Response GetRubricHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::ProgrammeId> programme = RecordParam<domain::ProgrammeId>(rc, "Deze opleiding bestaat niet.");
  if (!programme) return ErrorResponse(programme.error());
  return Respond<app::RubricView>(app::GetRubric(ctx, *rc.actor, *programme, rc.params.at("module")), 200,
                                  RubricViewJson);
}

Response SaveRubricHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::ProgrammeId> programme = RecordParam<domain::ProgrammeId>(rc, "Deze opleiding bestaat niet.");
  if (!programme) return ErrorResponse(programme.error());
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  FieldErrors errors;
  const json* body = parsed->Raw("rubric");
  const domain::Rubric rubric = RubricFromJson(body, "rubric", errors);
  if (!errors.Empty()) return ErrorResponse(errors.ToError());
  return Respond<app::SavedRubric>(
      app::SaveRubric(ctx, *rc.actor, *programme, rc.params.at("module"), rubric), 200, [](const app::SavedRubric& s) {
        static const char* const kOutcome[] = {"first_version", "unchanged", "updated_in_place", "new_version"};
        json out = RubricViewJson(s.view);
        out["outcome"] = kOutcome[static_cast<int>(s.outcome)];
        return out;
      });
}

// --- a placement's evaluation

json RatingsJson(const std::vector<domain::CriterionRating>& ratings) {
  json out = json::array();
  for (const domain::CriterionRating& r : ratings)
    out.push_back({{"criterion", r.criterion}, {"level", r.level}, {"comment", r.comment}});
  return out;
}

json Person(const std::map<std::int64_t, std::string>& names, domain::UserId id) {
  auto it = names.find(id.value);
  return {{"id", id.value}, {"name", it == names.end() ? "" : it->second}};
}

json AssessmentJson(const domain::Assessment& a, const std::map<std::int64_t, std::string>& names) {
  json out{{"id", a.id.value},
           {"kind", domain::AssessmentKindCode(a.kind)},
           {"state", domain::AssessmentStateCode(a.state)},
           {"version", a.version},
           {"author", Person(names, a.author)},
           {"updated_at", IsoTime(a.updated_at)},
           {"submitted_at", a.submitted_at ? json(IsoTime(*a.submitted_at)) : json(nullptr)},
           {"comment", a.comment},
           {"ratings", RatingsJson(a.ratings)}};
  if (a.moment) out["date"] = domain::IsoDate(*a.moment);
  if (a.kind == domain::AssessmentKind::kSelf) {
    out["reflection"] = {{"situation", a.reflection.situation},
                         {"task", a.reflection.task},
                         {"action", a.reflection.action},
                         {"result", a.reflection.result},
                         {"reflection", a.reflection.reflection}};
  }
  return out;
}

json StepsJson(const std::vector<domain::ScoreStep>& steps) {
  json out = json::array();
  for (const domain::ScoreStep& s : steps) out.push_back({{"label", s.label}, {"value", s.value}});
  return out;
}

json EvaluationJson(const app::EvaluationView& v) {
  json interim = json::array();
  for (const domain::Assessment& a : v.interim) interim.push_back(AssessmentJson(a, v.names));
  json growth = json::array();
  for (const domain::GrowthPoint& g : v.growth_points)
    growth.push_back({{"action", g.action}, {"due", domain::IsoDate(g.due)}});
  json comparison = json::array();
  for (const domain::ComparisonRow& c : v.comparison) {
    comparison.push_back({{"criterion", c.criterion},
                          {"mentor", c.mentor_level},
                          {"self", c.self_level},
                          {"difference", c.difference ? json(*c.difference) : json(nullptr)}});
  }
  json out{{"placement", PlacementSummaryJson(v.placement)},
           {"rubric", v.rubric ? RubricRecordJson(*v.rubric, true) : json(nullptr)},
           {"viewer", {{"student", v.is_student}, {"mentor", v.is_mentor}, {"supervisor", v.is_supervisor}}},
           {"interim", interim},
           {"final", v.final_rating ? AssessmentJson(*v.final_rating, v.names) : json(nullptr)},
           {"self", v.self ? AssessmentJson(*v.self, v.names) : json(nullptr)},
           {"growth_points", growth},
           {"empty_criteria", v.empty_criteria},
           {"comparison", comparison},
           {"meeting", nullptr},
           {"score", nullptr},
           {"preview", v.preview ? ScoreResultJson(*v.preview) : json(nullptr)},
           {"attended", v.attended}};
  if (v.meeting) {
    out["meeting"] = {{"date", domain::IsoDate(v.meeting->date)},
                      {"start", domain::ClockTime(v.meeting->start_minutes)},
                      {"place", v.meeting->place},
                      {"notes", v.meeting->notes},
                      {"held", v.meeting->held}};
  }
  if (v.score) {
    const app::ScoreRecord& s = *v.score;
    out["score"] = {{"calculated", s.final_score.calculated},
                    {"final", s.final_score.final_score},
                    {"override_reason", s.final_score.override_reason},
                    {"raw", s.calculation.raw},
                    {"steps", StepsJson(s.calculation.steps)},
                    {"attended", s.attended},
                    {"passed", domain::ScorePasses(s.final_score.final_score)},
                    {"finalised_by", Person(v.names, s.finalised_by)},
                    {"finalised_at", IsoTime(s.finalised_at)},
                    {"released_at", s.released_at ? json(IsoTime(*s.released_at)) : json(nullptr)}};
  }
  return out;
}

Response Answer(const Result<app::EvaluationView>& result, int status = 200) {
  return Respond<app::EvaluationView>(result, status, EvaluationJson);
}

// {"<criterion>":{"level":"G","comment":"…","reason":"…"}}; reasons only where `reasons` is given.
std::vector<domain::CriterionRating> ReadRatings(JsonBody& b, std::map<std::string, std::string>* reasons) {
  std::vector<domain::CriterionRating> out;
  const json* ratings = b.Raw("ratings");
  if (ratings == nullptr) return out;
  if (!ratings->is_object()) {
    b.Add("ratings", "Geef de beoordeling per criterium.");
    return out;
  }
  for (const auto& [code, value] : ratings->items()) {
    const std::string field = "ratings." + code;
    if (!value.is_object()) {
      b.Add(field, "Geef een niveau en eventueel een toelichting.");
      continue;
    }
    domain::CriterionRating r{code, "", ""};
    const auto text = [&](const char* name, std::string& into) {
      auto it = value.find(name);
      if (it == value.end() || it->is_null()) return;
      if (it->is_string()) {
        into = it->get<std::string>();
      } else {
        b.Add(field + "." + name, "Dit is tekst.");
      }
    };
    text("level", r.level);
    text("comment", r.comment);
    if (reasons != nullptr) {
      std::string why;
      text("reason", why);
      if (!why.empty()) (*reasons)[code] = why;
    }
    out.push_back(std::move(r));
  }
  return out;
}

Response InterimHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::PlacementId> id = PlacementOfPath(rc);
  if (!id) return ErrorResponse(id.error());
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  JsonBody& b = *parsed;
  const std::optional<domain::Date> date = b.Date("date", true);
  app::RatingInput input{ReadRatings(b, nullptr), b.String("comment", true).value_or("")};
  if (Status ok = b.Check(); !ok) return ErrorResponse(ok.error());
  return Answer(app::AddInterimFeedback(ctx, *rc.actor, *id, *date, input), 201);
}

Response FinalHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::PlacementId> id = PlacementOfPath(rc);
  if (!id) return ErrorResponse(id.error());
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  JsonBody& b = *parsed;
  app::RatingInput input{ReadRatings(b, nullptr), b.String("comment", false).value_or("")};
  const bool submit = b.Bool("submit", false).value_or(false);
  if (Status ok = b.Check(); !ok) return ErrorResponse(ok.error());
  return Answer(app::SaveFinalRating(ctx, *rc.actor, *id, input, submit));
}

Response ReopenHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::PlacementId> id = PlacementOfPath(rc);
  if (!id) return ErrorResponse(id.error());
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  const std::string reason = parsed->String("reason", false).value_or("");
  if (Status ok = parsed->Check(); !ok) return ErrorResponse(ok.error());
  return Answer(app::ReopenFinalRating(ctx, *rc.actor, *id, reason));
}

Response SelfHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::PlacementId> id = PlacementOfPath(rc);
  if (!id) return ErrorResponse(id.error());
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  JsonBody& b = *parsed;
  app::SelfInput input;
  input.ratings = ReadRatings(b, nullptr);
  std::map<std::string, std::string> r =
      b.Strings("reflection", {"situation", "task", "action", "result", "reflection"});
  input.reflection = {r["situation"], r["task"], r["action"], r["result"], r["reflection"]};
  if (const json* points = b.Raw("growth_points")) {
    if (!points->is_array()) {
      b.Add("growth_points", "Geef de groeipunten als lijst.");
    } else {
      for (std::size_t i = 0; i < points->size(); ++i) {
        const json& p = (*points)[i];
        const std::string field = domain::Indexed("growth_points", i);
        domain::GrowthPoint g;
        if (p.contains("action") && p["action"].is_string()) g.action = p["action"].get<std::string>();
        std::optional<domain::Date> due;
        if (p.contains("due") && p["due"].is_string()) due = domain::ParseIsoDate(p["due"].get<std::string>());
        if (!due) {
          b.Add(field + ".due", "Kies een datum (JJJJ-MM-DD) waarop je het gedaan hebt.");
        } else {
          g.due = *due;
        }
        input.growth_points.push_back(std::move(g));
      }
    }
  }
  const bool submit = b.Bool("submit", false).value_or(false);
  if (Status ok = b.Check(); !ok) return ErrorResponse(ok.error());
  return Answer(app::SaveSelfAssessment(ctx, *rc.actor, *id, input, submit));
}

Response MeetingHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::PlacementId> id = PlacementOfPath(rc);
  if (!id) return ErrorResponse(id.error());
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  JsonBody& b = *parsed;
  app::MeetingInput input;
  const std::optional<domain::Date> date = b.Date("date", true);
  const std::optional<std::string> start = b.String("start", true);
  if (start) {
    if (auto minutes = domain::ParseClockTime(*start)) {
      input.start_minutes = *minutes;
    } else {
      b.Add("start", "Schrijf het uur als UU:MM, bv. 14:00.");
    }
  }
  input.place = b.String("place", false).value_or("");
  input.notes = b.String("notes", false).value_or("");
  input.held = b.Bool("held", false).value_or(false);
  if (Status ok = b.Check(); !ok) return ErrorResponse(ok.error());
  input.date = *date;
  return Answer(app::SaveMeeting(ctx, *rc.actor, *id, input));
}

Response RevisionHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::PlacementId> id = PlacementOfPath(rc);
  if (!id) return ErrorResponse(id.error());
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  std::map<std::string, std::string> reasons;
  const std::vector<domain::CriterionRating> ratings = ReadRatings(*parsed, &reasons);
  if (Status ok = parsed->Check(); !ok) return ErrorResponse(ok.error());
  return Answer(app::ReviseInMeeting(ctx, *rc.actor, *id, ratings, reasons));
}

Response HistoryHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::PlacementId> id = PlacementOfPath(rc);
  if (!id) return ErrorResponse(id.error());
  return Respond<std::vector<app::AssessmentVersion>>(
      app::RatingHistory(ctx, *rc.actor, *id), 200, [](const std::vector<app::AssessmentVersion>& versions) {
        json items = json::array();
        for (const app::AssessmentVersion& v : versions) {
          json ratings = json::array();
          for (const app::VersionRating& r : v.ratings) {
            ratings.push_back({{"criterion", r.rating.criterion},
                               {"level", r.rating.level},
                               {"comment", r.rating.comment},
                               {"reason", r.reason}});
          }
          items.push_back({{"version", v.version},
                           {"action", v.action},
                           {"reason", v.reason},
                           {"state", domain::AssessmentStateCode(v.state)},
                           {"comment", v.comment},
                           {"ratings", ratings},
                           {"by", {{"id", v.actor.value}, {"name", v.actor_name}}},
                           {"at", IsoTime(v.at)}});
        }
        return json{{"items", items}};
      });
}

// {"final_score": x (optional: the calculation stands without it), "override_reason": "…"}.
Response ScoreHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::PlacementId> id = PlacementOfPath(rc);
  if (!id) return ErrorResponse(id.error());
  Result<JsonBody> parsed = JsonBody::Parse(rc.request.body);
  if (!parsed) return ErrorResponse(parsed.error());
  JsonBody& b = *parsed;
  std::optional<double> override_score;
  if (const json* v = b.Raw("final_score")) {
    if (v->is_number()) {
      override_score = v->get<double>();
    } else {
      b.Add("final_score", "Een score is een getal van 0 tot 20.");
    }
  }
  const std::string reason = b.String("override_reason", false).value_or("");
  if (Status ok = b.Check(); !ok) return ErrorResponse(ok.error());
  return Answer(app::FinaliseScore(ctx, *rc.actor, *id, override_score, reason));
}

Response ReleaseHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::PlacementId> id = PlacementOfPath(rc);
  if (!id) return ErrorResponse(id.error());
  return Answer(app::ReleaseScore(ctx, *rc.actor, *id));
}

Response AppealFileHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::PlacementId> id = PlacementOfPath(rc);
  if (!id) return ErrorResponse(id.error());
  return FileResponse(app::ExportAppealFile(ctx, *rc.actor, *id));
}

Response CohortScoresHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::CohortId> id = RecordParam<domain::CohortId>(rc, "Deze groep bestaat niet.");
  if (!id) return ErrorResponse(id.error());
  return FileResponse(app::ExportCohortScores(ctx, *rc.actor, *id));
}

std::string StateCode(const std::optional<domain::AssessmentState>& s) {
  return s ? std::string(domain::AssessmentStateCode(*s)) : "none";
}

Response CaseloadHandler(const app::AppContext& ctx, RouteContext& rc) {
  return Respond<std::vector<
      app::CaseloadItem>>(app::MyCaseload(ctx, *rc.actor), 200, [](const std::vector<app::CaseloadItem>& list) {
    json items = json::array();
    for (const app::CaseloadItem& c : list) {
      json item{{"placement", PlacementSummaryJson(c.placement)},
                {"final_state", StateCode(c.final_state)},
                {"self_state", StateCode(c.self_state)},
                {"meeting", nullptr},
                {"score", nullptr},
                {"due", c.due}};
      if (c.meeting) {
        item["meeting"] = {{"date", domain::IsoDate(c.meeting->date)},
                           {"start", domain::ClockTime(c.meeting->start_minutes)},
                           {"held", c.meeting->held}};
      }
      if (c.score)
        item["score"] = {{"final", c.score->final_score.final_score}, {"released", c.score->released_at.has_value()}};
      items.push_back(std::move(item));
    }
    return json{{"items", items}};
  });
}

Response EvaluationHandler(const app::AppContext& ctx, RouteContext& rc) {
  Result<domain::PlacementId> id = PlacementOfPath(rc);
  if (!id) return ErrorResponse(id.error());
  return Answer(app::GetEvaluation(ctx, *rc.actor, *id));
}

}  // namespace

std::vector<Route> EvaluationRoutes() {
  return {
      {"POST", "/api/v1/scores/preview", &policy::kCalculateScores, PreviewScoreHandler},
      {"GET", "/api/v1/programmes/{id}/rubrics", &policy::kProgrammeStaff, ListRubricsHandler},
      {"GET", "/api/v1/programmes/{id}/rubrics/{module}", &policy::kProgrammeStaff, GetRubricHandler},
      {"PUT", "/api/v1/programmes/{id}/rubrics/{module}", &policy::kEditCurriculum, SaveRubricHandler},
      {"GET", "/api/v1/placements/{id}/evaluation", &policy::kReadPlacements, EvaluationHandler},
      {"POST", "/api/v1/placements/{id}/evaluation/interim", &policy::kReviewLogbook, InterimHandler},
      {"PUT", "/api/v1/placements/{id}/evaluation/final", &policy::kReviewLogbook, FinalHandler},
      {"POST", "/api/v1/placements/{id}/evaluation/final/reopen", &policy::kSupervise, ReopenHandler},
      {"GET", "/api/v1/placements/{id}/evaluation/final/history", &policy::kReadPlacements, HistoryHandler},
      {"POST", "/api/v1/placements/{id}/evaluation/final/revisions", &policy::kSupervise, RevisionHandler},
      {"PUT", "/api/v1/placements/{id}/evaluation/self", &policy::kStudentOnly, SelfHandler},
      {"PUT", "/api/v1/placements/{id}/evaluation/meeting", &policy::kSupervise, MeetingHandler},
      {"POST", "/api/v1/placements/{id}/evaluation/score", &policy::kSupervise, ScoreHandler},
      {"POST", "/api/v1/placements/{id}/evaluation/score/release", &policy::kSupervise, ReleaseHandler},
      {"GET", "/api/v1/placements/{id}/evaluation/file.pdf", &policy::kReadPlacements, AppealFileHandler},
      {"GET", "/api/v1/cohorts/{id}/scores.xlsx", &policy::kProgrammeStaff, CohortScoresHandler},
      {"GET", "/api/v1/me/caseload", &policy::kSupervise, CaseloadHandler},
  };
}

}  // namespace leerplek::http
