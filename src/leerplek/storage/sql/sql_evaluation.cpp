// The evaluation (issue 6): rubric versions, assessments with their versions, growth points, the
// tripartite meeting and the finalised score.
#include "leerplek/storage/sql/sql_support.hpp"
#include "leerplek/storage/sql/sql_workplace_repositories.hpp"

namespace leerplek::storage {
namespace {

using domain::Assessment;
using domain::AssessmentId;
using domain::PlacementId;
using domain::RubricId;

std::int64_t Flag(bool b) { return b ? 1 : 0; }

constexpr const char* kRubricColumns =
    "r.id, r.programme_id, r.module_code, r.version, r.knock_out_cap, r.mandatory_moments, r.penalty_per_missed, "
    "r.fail_below_ratio, r.rounding, r.origin, r.created_by, r.created_at, r.updated_at, "
    "EXISTS (SELECT 1 FROM assessments a WHERE a.rubric_id = r.id)";

app::RubricRecord RubricFrom(const Row& row) {
  app::RubricRecord r;
  r.id = RubricId{row.Int(0)};
  r.programme = domain::ProgrammeId{row.Int(1)};
  r.module = row.Text(2);
  r.version = static_cast<int>(row.Int(3));
  r.rubric.knock_out_cap = row.Real(4);
  r.rubric.attendance.mandatory = static_cast<int>(row.Int(5));
  r.rubric.attendance.penalty_per_missed = row.Real(6);
  r.rubric.attendance.fail_below_ratio = row.Real(7);
  r.rubric.rounding = row.Text(8) == "half" ? domain::ScoreRounding::kHalf : domain::ScoreRounding::kInteger;
  r.origin = row.Text(9);
  if (auto by = row.OptInt(10)) r.created_by = domain::UserId{*by};
  r.created_at = ToTime(row.Int(11));
  r.updated_at = ToTime(row.Int(12));
  // EXISTS is a boolean on PostgreSQL ("t"/"f") and an integer on SQLite.
  const std::string used = row.Text(13);
  r.used = used == "1" || used == "t" || used == "true";
  return r;
}

constexpr const char* kAssessmentColumns =
    "id, placement_id, kind, rubric_id, moment_date, state, comment, situation, task, action, result, reflection, "
    "version, author_id, updated_by, updated_at, submitted_at";

Assessment AssessmentFrom(const Row& r) {
  Assessment a;
  a.id = AssessmentId{r.Int(0)};
  a.placement = PlacementId{r.Int(1)};
  a.kind = domain::ParseAssessmentKind(r.Text(2)).value_or(domain::AssessmentKind::kFinal);
  a.rubric = RubricId{r.Int(3)};
  if (auto d = r.OptText(4)) a.moment = ToDate(*d);
  a.state = domain::ParseAssessmentState(r.Text(5)).value_or(domain::AssessmentState::kDraft);
  a.comment = r.Text(6);
  a.reflection = {r.Text(7), r.Text(8), r.Text(9), r.Text(10), r.Text(11)};
  a.version = static_cast<int>(r.Int(12));
  a.author = domain::UserId{r.Int(13)};
  a.updated_by = domain::UserId{r.Int(14)};
  a.updated_at = ToTime(r.Int(15));
  if (auto t = r.OptInt(16)) a.submitted_at = ToTime(*t);
  return a;
}

class SqlEvaluation final : public app::EvaluationRepository {
 public:
  explicit SqlEvaluation(Connection& c) : c_(c) {}

  // --- rubrics

  RubricId InsertRubric(const app::RubricRecord& r) override {
    const domain::Rubric& x = r.rubric;
    Rows rows = c_.Query(
        "INSERT INTO rubrics (programme_id, module_code, version, knock_out_cap, mandatory_moments, "
        "penalty_per_missed, fail_below_ratio, rounding, origin, created_by, created_at, updated_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        {r.programme.value, r.module, std::int64_t{r.version}, x.knock_out_cap, std::int64_t{x.attendance.mandatory},
         x.attendance.penalty_per_missed, x.attendance.fail_below_ratio, Rounding(x), r.origin, OptId(r.created_by),
         Seconds(r.created_at), Seconds(r.updated_at)});
    const RubricId id{rows.at(0).Int(0)};
    InsertContent(id, x);
    return id;
  }

  void ReplaceRubric(const app::RubricRecord& r) override {
    const domain::Rubric& x = r.rubric;
    c_.Query(
        "UPDATE rubrics SET knock_out_cap = $1, mandatory_moments = $2, penalty_per_missed = $3, "
        "fail_below_ratio = $4, rounding = $5, origin = $6, updated_at = $7 WHERE id = $8",
        {x.knock_out_cap, std::int64_t{x.attendance.mandatory}, x.attendance.penalty_per_missed,
         x.attendance.fail_below_ratio, Rounding(x), r.origin, Seconds(r.updated_at), r.id.value});
    for (const char* table : {"rubric_levels", "rubric_criteria", "rubric_descriptions"})
      c_.Query(std::string("DELETE FROM ") + table + " WHERE rubric_id = $1", {r.id.value});
    InsertContent(r.id, x);
  }

  std::optional<app::RubricRecord> Rubric(RubricId id) override {
    Rows rows = c_.Query(std::string("SELECT ") + kRubricColumns + " FROM rubrics r WHERE r.id = $1", {id.value});
    if (rows.empty()) return std::nullopt;
    return WithContent(RubricFrom(rows.front()));
  }

  std::optional<app::RubricRecord> LatestRubric(domain::ProgrammeId programme, const std::string& module) override {
    Rows rows = c_.Query(std::string("SELECT ") + kRubricColumns +
                             " FROM rubrics r WHERE r.programme_id = $1 AND r.module_code = $2 "
                             "ORDER BY r.version DESC LIMIT 1",
                         {programme.value, module});
    if (rows.empty()) return std::nullopt;
    return WithContent(RubricFrom(rows.front()));
  }

  std::vector<app::RubricRecord> RubricVersions(domain::ProgrammeId programme, const std::string& module) override {
    std::vector<app::RubricRecord> out;
    for (const Row& r : c_.Query(std::string("SELECT ") + kRubricColumns +
                                     " FROM rubrics r WHERE r.programme_id = $1 AND r.module_code = $2 "
                                     "ORDER BY r.version DESC",
                                 {programme.value, module}))
      out.push_back(RubricFrom(r));
    return out;
  }

  std::vector<app::RubricRecord> LatestRubrics(domain::ProgrammeId programme) override {
    std::vector<app::RubricRecord> out;
    for (const Row& r :
         c_.Query(std::string("SELECT ") + kRubricColumns +
                      " FROM rubrics r WHERE r.programme_id = $1 AND r.version = (SELECT MAX(v.version) FROM rubrics v "
                      "WHERE v.programme_id = r.programme_id AND v.module_code = r.module_code) ORDER BY r.module_code",
                  {programme.value}))
      out.push_back(RubricFrom(r));
    return out;
  }

  // --- assessments

  AssessmentId InsertAssessment(const Assessment& a) override {
    Rows rows = c_.Query(
        "INSERT INTO assessments (placement_id, kind, rubric_id, moment_date, state, comment, situation, task, "
        "action, result, reflection, version, author_id, updated_by, updated_at, submitted_at) VALUES ($1, $2, $3, "
        "$4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING id",
        Values(a));
    const AssessmentId id{rows.at(0).Int(0)};
    InsertRatings(id, a.ratings);
    return id;
  }

  void UpdateAssessment(const Assessment& a) override {
    std::vector<Value> values = Values(a);
    values.emplace_back(a.id.value);
    c_.Query(
        "UPDATE assessments SET placement_id = $1, kind = $2, rubric_id = $3, moment_date = $4, state = $5, "
        "comment = $6, situation = $7, task = $8, action = $9, result = $10, reflection = $11, version = $12, "
        "author_id = $13, updated_by = $14, updated_at = $15, submitted_at = $16 WHERE id = $17",
        values);
    c_.Query("DELETE FROM assessment_ratings WHERE assessment_id = $1", {a.id.value});
    InsertRatings(a.id, a.ratings);
  }

  std::optional<Assessment> AssessmentById(AssessmentId id) override {
    std::vector<Assessment> found = Many(" WHERE id = $1", {id.value});
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
  }

  std::vector<Assessment> AssessmentsOf(const std::vector<PlacementId>& placements) override {
    if (placements.empty()) return {};
    return Many(" WHERE placement_id IN (" + Placeholders(1, placements.size()) + ")", IdValues(placements));
  }

  void AppendAssessmentVersion(const Assessment& a, const std::string& action, const std::string& reason,
                               const std::map<std::string, std::string>& reasons, domain::UserId actor,
                               app::Timestamp at) override {
    c_.Query(
        "INSERT INTO assessment_versions (assessment_id, version, action, reason, state, comment, actor_id, at) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {a.id.value, std::int64_t{a.version}, action, reason, std::string(domain::AssessmentStateCode(a.state)),
         a.comment, actor.value, Seconds(at)});
    for (std::size_t i = 0; i < a.ratings.size(); ++i) {
      const domain::CriterionRating& r = a.ratings[i];
      auto why = reasons.find(r.criterion);
      c_.Query(
          "INSERT INTO assessment_rating_versions (assessment_id, version, position, criterion_code, level_code, "
          "comment, reason) VALUES ($1, $2, $3, $4, $5, $6, $7)",
          {a.id.value, std::int64_t{a.version}, static_cast<std::int64_t>(i), r.criterion, r.level, r.comment,
           why == reasons.end() ? std::string() : why->second});
    }
  }

  std::vector<app::AssessmentVersion> AssessmentVersions(AssessmentId id) override {
    std::vector<app::AssessmentVersion> out;
    for (const Row& r :
         c_.Query("SELECT v.version, v.action, v.reason, v.state, v.comment, v.actor_id, COALESCE(u.name, ''), v.at "
                  "FROM assessment_versions v LEFT JOIN users u ON u.id = v.actor_id WHERE v.assessment_id = $1 "
                  "ORDER BY v.version",
                  {id.value})) {
      app::AssessmentVersion v;
      v.version = static_cast<int>(r.Int(0));
      v.action = r.Text(1);
      v.reason = r.Text(2);
      v.state = domain::ParseAssessmentState(r.Text(3)).value_or(domain::AssessmentState::kDraft);
      v.comment = r.Text(4);
      v.actor = domain::UserId{r.Int(5)};
      v.actor_name = r.Text(6);
      v.at = ToTime(r.Int(7));
      out.push_back(std::move(v));
    }
    std::map<int, std::size_t> index;
    for (std::size_t i = 0; i < out.size(); ++i) index[out[i].version] = i;
    for (const Row& r : c_.Query("SELECT version, criterion_code, level_code, comment, reason "
                                 "FROM assessment_rating_versions WHERE assessment_id = $1 ORDER BY version, position",
                                 {id.value})) {
      auto it = index.find(static_cast<int>(r.Int(0)));
      if (it == index.end()) continue;
      out[it->second].ratings.push_back({{r.Text(1), r.Text(2), r.Text(3)}, r.Text(4)});
    }
    return out;
  }

  // --- growth points, meeting, score

  std::vector<domain::GrowthPoint> GrowthPoints(PlacementId placement) override {
    std::vector<domain::GrowthPoint> out;
    for (const Row& r : c_.Query("SELECT action, due_date FROM growth_points WHERE placement_id = $1 ORDER BY position",
                                 {placement.value}))
      out.push_back({r.Text(0), ToDate(r.Text(1))});
    return out;
  }

  void ReplaceGrowthPoints(PlacementId placement, const std::vector<domain::GrowthPoint>& points) override {
    c_.Query("DELETE FROM growth_points WHERE placement_id = $1", {placement.value});
    for (std::size_t i = 0; i < points.size(); ++i) {
      c_.Query("INSERT INTO growth_points (placement_id, position, action, due_date) VALUES ($1, $2, $3, $4)",
               {placement.value, static_cast<std::int64_t>(i), points[i].action, domain::IsoDate(points[i].due)});
    }
  }

  std::optional<app::MeetingRecord> Meeting(PlacementId placement) override {
    std::vector<app::MeetingRecord> found = Meetings({placement});
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
  }

  std::vector<app::MeetingRecord> Meetings(const std::vector<PlacementId>& placements) override {
    std::vector<app::MeetingRecord> out;
    if (placements.empty()) return out;
    for (const Row& r : c_.Query("SELECT placement_id, meeting_date, start_minutes, place, notes, held, updated_by, "
                                 "updated_at FROM evaluation_meetings WHERE placement_id IN (" +
                                     Placeholders(1, placements.size()) + ") ORDER BY placement_id",
                                 IdValues(placements))) {
      out.push_back({PlacementId{r.Int(0)}, ToDate(r.Text(1)), static_cast<int>(r.Int(2)), r.Text(3), r.Text(4),
                     r.Int(5) != 0, domain::UserId{r.Int(6)}, ToTime(r.Int(7))});
    }
    return out;
  }

  void SaveMeeting(const app::MeetingRecord& m) override {
    c_.Query("DELETE FROM evaluation_meetings WHERE placement_id = $1", {m.placement.value});
    c_.Query(
        "INSERT INTO evaluation_meetings (placement_id, meeting_date, start_minutes, place, notes, held, updated_by, "
        "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        {m.placement.value, domain::IsoDate(m.date), std::int64_t{m.start_minutes}, m.place, m.notes, Flag(m.held),
         m.updated_by.value, Seconds(m.updated_at)});
  }

  std::vector<app::ScoreRecord> Scores(const std::vector<PlacementId>& placements) override {
    std::vector<app::ScoreRecord> out;
    if (placements.empty()) return out;
    const std::string in = " IN (" + Placeholders(1, placements.size()) + ")";
    for (const Row& r : c_.Query("SELECT placement_id, rubric_id, attended, raw, calculated, final_score, "
                                 "override_reason, finalised_by, finalised_at, released_by, released_at FROM scores "
                                 "WHERE placement_id" +
                                     in + " ORDER BY placement_id",
                                 IdValues(placements))) {
      app::ScoreRecord s;
      s.placement = PlacementId{r.Int(0)};
      s.rubric = RubricId{r.Int(1)};
      s.attended = static_cast<int>(r.Int(2));
      s.calculation.raw = r.Real(3);
      s.calculation.score = r.Real(4);
      s.final_score = {r.Real(4), r.Real(5), r.Text(6)};
      s.finalised_by = domain::UserId{r.Int(7)};
      s.finalised_at = ToTime(r.Int(8));
      if (auto by = r.OptInt(9)) s.released_by = domain::UserId{*by};
      if (auto t = r.OptInt(10)) s.released_at = ToTime(*t);
      out.push_back(std::move(s));
    }
    std::map<std::int64_t, std::size_t> index;
    for (std::size_t i = 0; i < out.size(); ++i) index[out[i].placement.value] = i;
    for (const Row& r : c_.Query("SELECT placement_id, label, value FROM score_steps WHERE placement_id" + in +
                                     " ORDER BY placement_id, "
                                     "position",
                                 IdValues(placements))) {
      if (auto it = index.find(r.Int(0)); it != index.end())
        out[it->second].calculation.steps.push_back({r.Text(1), r.Real(2)});
    }
    return out;
  }

  void SaveScore(const app::ScoreRecord& s) override {
    c_.Query("DELETE FROM score_steps WHERE placement_id = $1", {s.placement.value});
    c_.Query("DELETE FROM scores WHERE placement_id = $1", {s.placement.value});
    c_.Query(
        "INSERT INTO scores (placement_id, rubric_id, attended, raw, calculated, final_score, override_reason, "
        "finalised_by, finalised_at, released_by, released_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        {s.placement.value, s.rubric.value, std::int64_t{s.attended}, s.calculation.raw, s.calculation.score,
         s.final_score.final_score, s.final_score.override_reason, s.finalised_by.value, Seconds(s.finalised_at),
         OptId(s.released_by), OptSeconds(s.released_at)});
    for (std::size_t i = 0; i < s.calculation.steps.size(); ++i) {
      c_.Query("INSERT INTO score_steps (placement_id, position, label, value) VALUES ($1, $2, $3, $4)",
               {s.placement.value, static_cast<std::int64_t>(i), s.calculation.steps[i].label,
                s.calculation.steps[i].value});
    }
  }

 private:
  static std::string Rounding(const domain::Rubric& r) {
    return r.rounding == domain::ScoreRounding::kHalf ? "half" : "integer";
  }

  void InsertContent(RubricId id, const domain::Rubric& x) {
    for (std::size_t i = 0; i < x.levels.size(); ++i) {
      const domain::RubricLevel& l = x.levels[i];
      c_.Query("INSERT INTO rubric_levels (rubric_id, position, code, name, points) VALUES ($1, $2, $3, $4, $5)",
               {id.value, static_cast<std::int64_t>(i), l.code, l.name, l.points});
    }
    for (std::size_t i = 0; i < x.criteria.size(); ++i) {
      const domain::RubricCriterion& c = x.criteria[i];
      c_.Query(
          "INSERT INTO rubric_criteria (rubric_id, position, code, title, goal, weight, knock_out) "
          "VALUES ($1, $2, $3, $4, $5, $6, $7)",
          {id.value, static_cast<std::int64_t>(i), c.code, c.title, std::int64_t{c.goal}, c.weight, Flag(c.knock_out)});
      for (const auto& [level, text] : c.descriptions) {
        c_.Query(
            "INSERT INTO rubric_descriptions (rubric_id, criterion_code, level_code, text) VALUES ($1, $2, $3, $4)",
            {id.value, c.code, level, text});
      }
    }
  }

  app::RubricRecord WithContent(app::RubricRecord r) {
    for (const Row& row :
         c_.Query("SELECT code, name, points FROM rubric_levels WHERE rubric_id = $1 ORDER BY position", {r.id.value}))
      r.rubric.levels.push_back({row.Text(0), row.Text(1), row.Real(2)});
    for (const Row& row : c_.Query("SELECT code, title, goal, weight, knock_out FROM rubric_criteria "
                                   "WHERE rubric_id = $1 ORDER BY position",
                                   {r.id.value})) {
      domain::RubricCriterion c;
      c.code = row.Text(0);
      c.title = row.Text(1);
      c.goal = static_cast<int>(row.Int(2));
      c.weight = row.Real(3);
      c.knock_out = row.Int(4) != 0;
      r.rubric.criteria.push_back(std::move(c));
    }
    for (const Row& row : c_.Query(
             "SELECT criterion_code, level_code, text FROM rubric_descriptions WHERE rubric_id = $1", {r.id.value})) {
      for (domain::RubricCriterion& c : r.rubric.criteria)
        if (c.code == row.Text(0)) c.descriptions[row.Text(1)] = row.Text(2);
    }
    return r;
  }

  void InsertRatings(AssessmentId id, const std::vector<domain::CriterionRating>& ratings) {
    for (std::size_t i = 0; i < ratings.size(); ++i) {
      c_.Query(
          "INSERT INTO assessment_ratings (assessment_id, position, criterion_code, level_code, comment) "
          "VALUES ($1, $2, $3, $4, $5)",
          {id.value, static_cast<std::int64_t>(i), ratings[i].criterion, ratings[i].level, ratings[i].comment});
    }
  }

  static std::vector<Value> Values(const Assessment& a) {
    Value moment = nullptr;
    if (a.moment) moment = domain::IsoDate(*a.moment);
    return {a.placement.value,
            std::string(domain::AssessmentKindCode(a.kind)),
            a.rubric.value,
            moment,
            std::string(domain::AssessmentStateCode(a.state)),
            a.comment,
            a.reflection.situation,
            a.reflection.task,
            a.reflection.action,
            a.reflection.result,
            a.reflection.reflection,
            std::int64_t{a.version},
            a.author.value,
            a.updated_by.value,
            Seconds(a.updated_at),
            OptSeconds(a.submitted_at)};
  }

  std::vector<Assessment> Many(const std::string& where, const std::vector<Value>& params) {
    std::vector<Assessment> out;
    for (const Row& r : c_.Query(std::string("SELECT ") + kAssessmentColumns + " FROM assessments" + where +
                                     " ORDER BY placement_id, kind, moment_date, id",
                                 params))
      out.push_back(AssessmentFrom(r));
    if (out.empty()) return out;
    std::map<std::int64_t, std::size_t> index;
    for (std::size_t i = 0; i < out.size(); ++i) index[out[i].id.value] = i;
    std::vector<AssessmentId> ids;
    for (const Assessment& a : out) ids.push_back(a.id);
    for (const Row& r : c_.Query("SELECT assessment_id, criterion_code, level_code, comment FROM assessment_ratings "
                                 "WHERE assessment_id IN (" +
                                     Placeholders(1, ids.size()) + ") ORDER BY assessment_id, position",
                                 IdValues(ids))) {
      if (auto it = index.find(r.Int(0)); it != index.end())
        out[it->second].ratings.push_back({r.Text(1), r.Text(2), r.Text(3)});
    }
    return out;
  }

  Connection& c_;
};

}  // namespace

std::unique_ptr<app::EvaluationRepository> MakeSqlEvaluation(Connection& c) {
  return std::make_unique<SqlEvaluation>(c);
}

}  // namespace leerplek::storage
