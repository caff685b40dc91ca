// Guidance: supervision and intervision moments with their participants and attendance (R20), and workplace
// visits (R22).
#include <algorithm>
#include <map>

#include "leerplek/storage/sql/sql_repositories.hpp"
#include "leerplek/storage/sql/sql_support.hpp"

namespace leerplek::storage {
namespace {

using app::AttendanceRecord;
using app::GuidanceMomentFilter;
using app::GuidanceMomentRecord;
using app::VisitFilter;
using app::VisitRecord;

// " WHERE a AND b …" of the terms given, or "".
std::string WhereOf(const std::vector<std::string>& terms) {
  std::string sql;
  for (std::size_t i = 0; i < terms.size(); ++i) sql += (i == 0 ? " WHERE " : " AND ") + terms[i];
  return sql;
}

constexpr const char* kMomentColumns =
    "id, cohort_id, module_code, kind, moment_date, start_minutes, duration_minutes, title, place, mandatory, "
    "planned_by, planned_at, updated_by, updated_at";

GuidanceMomentRecord MomentFrom(const Row& r) {
  GuidanceMomentRecord g;
  domain::GuidanceMoment& m = g.moment;
  m.id = domain::GuidanceMomentId{r.Int(0)};
  m.cohort = domain::CohortId{r.Int(1)};
  m.module_code = r.Text(2);
  m.kind = domain::ParseGuidanceKind(r.Text(3)).value_or(domain::GuidanceKind::kSupervision);
  m.date = ToDate(r.Text(4));
  m.start_minutes = static_cast<int>(r.Int(5));
  m.duration_minutes = static_cast<int>(r.Int(6));
  m.title = r.Text(7);
  m.place = r.Text(8);
  m.mandatory = r.Int(9) != 0;
  g.planned_by = domain::UserId{r.Int(10)};
  g.planned_at = ToTime(r.Int(11));
  g.updated_by = domain::UserId{r.Int(12)};
  g.updated_at = ToTime(r.Int(13));
  return g;
}

std::vector<Value> MomentValues(const GuidanceMomentRecord& g) {
  const domain::GuidanceMoment& m = g.moment;
  return {m.cohort.value,
          m.module_code,
          std::string(domain::GuidanceKindCode(m.kind)),
          domain::IsoDate(m.date),
          std::int64_t{m.start_minutes},
          std::int64_t{m.duration_minutes},
          m.title,
          m.place,
          std::int64_t{m.mandatory ? 1 : 0},
          g.planned_by.value,
          Seconds(g.planned_at),
          g.updated_by.value,
          Seconds(g.updated_at)};
}

constexpr const char* kVisitColumns =
    "id, placement_id, uid, visit_date, start_minutes, duration_minutes, with_whom, place, state, sequence, report, "
    "planned_by, planned_at, reported_by, reported_at, cancel_reason, cancelled_at, updated_by, updated_at";

VisitRecord VisitFrom(const Row& r) {
  VisitRecord v;
  v.id = domain::VisitId{r.Int(0)};
  v.placement = domain::PlacementId{r.Int(1)};
  v.uid = r.Text(2);
  v.date = ToDate(r.Text(3));
  v.start_minutes = static_cast<int>(r.Int(4));
  v.duration_minutes = static_cast<int>(r.Int(5));
  v.with_whom = r.Text(6);
  v.place = r.Text(7);
  v.state = domain::ParseVisitState(r.Text(8)).value_or(domain::VisitState::kPlanned);
  v.sequence = static_cast<int>(r.Int(9));
  v.report = r.Text(10);
  v.planned_by = domain::UserId{r.Int(11)};
  v.planned_at = ToTime(r.Int(12));
  if (auto by = r.OptInt(13)) v.reported_by = domain::UserId{*by};
  if (auto t = r.OptInt(14)) v.reported_at = ToTime(*t);
  v.cancel_reason = r.Text(15);
  if (auto t = r.OptInt(16)) v.cancelled_at = ToTime(*t);
  v.updated_by = domain::UserId{r.Int(17)};
  v.updated_at = ToTime(r.Int(18));
  return v;
}

// Every column but id, placement and uid, in the order of kVisitColumns.
std::vector<Value> VisitValues(const VisitRecord& v) {
  return {domain::IsoDate(v.date),
          std::int64_t{v.start_minutes},
          std::int64_t{v.duration_minutes},
          v.with_whom,
          v.place,
          std::string(domain::VisitStateCode(v.state)),
          std::int64_t{v.sequence},
          v.report,
          v.planned_by.value,
          Seconds(v.planned_at),
          OptId(v.reported_by),
          OptSeconds(v.reported_at),
          v.cancel_reason,
          OptSeconds(v.cancelled_at),
          v.updated_by.value,
          Seconds(v.updated_at)};
}

class SqlGuidance final : public app::GuidanceRepository {
 public:
  explicit SqlGuidance(Connection& c) : c_(c) {}

  domain::GuidanceMomentId InsertMoment(const GuidanceMomentRecord& g) override {
    Rows rows = c_.Query(
        "INSERT INTO guidance_moments (cohort_id, module_code, kind, moment_date, start_minutes, duration_minutes, "
        "title, place, mandatory, planned_by, planned_at, updated_by, updated_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id",
        MomentValues(g));
    const domain::GuidanceMomentId id{rows.at(0).Int(0)};
    WriteParticipants(id, g.moment.participants);
    return id;
  }

  void UpdateMoment(const GuidanceMomentRecord& g) override {
    std::vector<Value> values = MomentValues(g);
    values.emplace_back(g.moment.id.value);
    c_.Query(
        "UPDATE guidance_moments SET cohort_id = $1, module_code = $2, kind = $3, moment_date = $4, "
        "start_minutes = $5, duration_minutes = $6, title = $7, place = $8, mandatory = $9, planned_by = $10, "
        "planned_at = $11, updated_by = $12, updated_at = $13 WHERE id = $14",
        values);
    // Attendance refers to participants: only those without attendance may go (the app checks it first).
    c_.Query(
        "DELETE FROM guidance_participants WHERE moment_id = $1 AND student_id NOT IN "
        "(SELECT student_id FROM guidance_attendance WHERE moment_id = $1)",
        {g.moment.id.value});
    std::vector<domain::UserId> kept;
    for (const Row& r :
         c_.Query("SELECT student_id FROM guidance_participants WHERE moment_id = $1", {g.moment.id.value})) {
      kept.push_back(domain::UserId{r.Int(0)});
    }
    std::vector<domain::UserId> added;
    for (domain::UserId id : g.moment.participants) {
      if (std::find(kept.begin(), kept.end(), id) == kept.end()) added.push_back(id);
    }
    WriteParticipants(g.moment.id, added);
  }

  std::optional<GuidanceMomentRecord> Moment(domain::GuidanceMomentId id) override {
    std::vector<GuidanceMomentRecord> found = Many(" WHERE id = $1", {id.value});
    if (found.empty()) return std::nullopt;
    return std::move(found.front());
  }

  std::vector<GuidanceMomentRecord> Moments(const GuidanceMomentFilter& f) override {
    std::vector<std::string> terms;
    std::vector<Value> params;
    if (!f.cohorts.empty()) {
      terms.push_back("cohort_id IN (" + Placeholders(params.size() + 1, f.cohorts.size()) + ")");
      for (Value& v : IdValues(f.cohorts)) params.push_back(std::move(v));
    }
    if (f.participant) {
      params.emplace_back(f.participant->value);
      terms.push_back("id IN (SELECT moment_id FROM guidance_participants WHERE student_id = $" +
                      std::to_string(params.size()) + ")");
    }
    if (f.module) {
      params.emplace_back(*f.module);
      terms.push_back("module_code = $" + std::to_string(params.size()));
    }
    if (f.from) {
      params.emplace_back(domain::IsoDate(*f.from));
      terms.push_back("moment_date >= $" + std::to_string(params.size()));
    }
    return Many(WhereOf(terms), params);
  }

  void PutAttendance(domain::GuidanceMomentId moment, const std::vector<AttendanceRecord>& records) override {
    for (const AttendanceRecord& a : records) {
      c_.Query("DELETE FROM guidance_attendance WHERE moment_id = $1 AND student_id = $2",
               {moment.value, a.student.value});
      c_.Query(
          "INSERT INTO guidance_attendance (moment_id, student_id, status, reason, recorded_by, recorded_at) "
          "VALUES ($1, $2, $3, $4, $5, $6)",
          {moment.value, a.student.value, std::string(domain::AttendanceStatusCode(a.status)), a.reason,
           a.recorded_by.value, Seconds(a.recorded_at)});
    }
  }

  std::vector<AttendanceRecord> Attendance(const std::vector<domain::GuidanceMomentId>& moments) override {
    std::vector<AttendanceRecord> out;
    if (moments.empty()) return out;
    for (const Row& r :
         c_.Query("SELECT moment_id, student_id, status, reason, recorded_by, recorded_at FROM guidance_attendance "
                  "WHERE moment_id IN (" +
                      Placeholders(1, moments.size()) + ") ORDER BY moment_id, student_id",
                  IdValues(moments))) {
      AttendanceRecord a;
      a.moment = domain::GuidanceMomentId{r.Int(0)};
      a.student = domain::UserId{r.Int(1)};
      a.status = domain::ParseAttendanceStatus(r.Text(2)).value_or(domain::AttendanceStatus::kAbsent);
      a.reason = r.Text(3);
      a.recorded_by = domain::UserId{r.Int(4)};
      a.recorded_at = ToTime(r.Int(5));
      out.push_back(std::move(a));
    }
    return out;
  }

  domain::VisitId InsertVisit(const VisitRecord& v) override {
    std::vector<Value> values = {v.placement.value, v.uid};
    for (Value& x : VisitValues(v)) values.push_back(std::move(x));
    Rows rows = c_.Query(
        "INSERT INTO visits (placement_id, uid, visit_date, start_minutes, duration_minutes, with_whom, place, state, "
        "sequence, report, planned_by, planned_at, reported_by, reported_at, cancel_reason, cancelled_at, "
        "updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, "
        "$18) RETURNING id",
        values);
    return domain::VisitId{rows.at(0).Int(0)};
  }

  void UpdateVisit(const VisitRecord& v) override {
    std::vector<Value> values = VisitValues(v);
    values.emplace_back(v.id.value);
    c_.Query(
        "UPDATE visits SET visit_date = $1, start_minutes = $2, duration_minutes = $3, with_whom = $4, place = $5, "
        "state = $6, sequence = $7, report = $8, planned_by = $9, planned_at = $10, reported_by = $11, "
        "reported_at = $12, cancel_reason = $13, cancelled_at = $14, updated_by = $15, updated_at = $16 "
        "WHERE id = $17",
        values);
  }

  std::optional<VisitRecord> Visit(domain::VisitId id) override {
    Rows rows = c_.Query(std::string("SELECT ") + kVisitColumns + " FROM visits WHERE id = $1", {id.value});
    if (rows.empty()) return std::nullopt;
    return VisitFrom(rows.front());
  }

  std::vector<VisitRecord> Visits(const VisitFilter& f) override {
    std::vector<std::string> terms;
    std::vector<Value> params;
    if (f.placements) {
      if (f.placements->empty()) return {};
      params = IdValues(*f.placements);
      terms.push_back("placement_id IN (" + Placeholders(1, f.placements->size()) + ")");
    }
    if (f.from) {
      params.emplace_back(domain::IsoDate(*f.from));
      terms.push_back("visit_date >= $" + std::to_string(params.size()));
    }
    if (f.planned_only) terms.emplace_back("state = 'planned'");
    std::vector<VisitRecord> out;
    for (const Row& r : c_.Query(std::string("SELECT ") + kVisitColumns + " FROM visits" + WhereOf(terms) +
                                     " ORDER BY visit_date, start_minutes, id",
                                 params)) {
      out.push_back(VisitFrom(r));
    }
    return out;
  }

 private:
  void WriteParticipants(domain::GuidanceMomentId id, const std::vector<domain::UserId>& students) {
    for (domain::UserId s : students) {
      c_.Query("INSERT INTO guidance_participants (moment_id, student_id) VALUES ($1, $2)", {id.value, s.value});
    }
  }

  // Moments and their participants in two queries. `where` filters on guidance_moments' own columns.
  std::vector<GuidanceMomentRecord> Many(const std::string& where, const std::vector<Value>& params) {
    std::vector<GuidanceMomentRecord> out;
    std::map<std::int64_t, std::size_t> index;
    for (const Row& r : c_.Query(std::string("SELECT ") + kMomentColumns + " FROM guidance_moments" + where +
                                     " ORDER BY moment_date, start_minutes, id",
                                 params)) {
      index[r.Int(0)] = out.size();
      out.push_back(MomentFrom(r));
    }
    if (out.empty()) return out;
    std::vector<domain::GuidanceMomentId> ids;
    for (const GuidanceMomentRecord& g : out) ids.push_back(g.moment.id);
    for (const Row& r : c_.Query("SELECT moment_id, student_id FROM guidance_participants WHERE moment_id IN (" +
                                     Placeholders(1, ids.size()) + ") ORDER BY moment_id, student_id",
                                 IdValues(ids))) {
      if (auto it = index.find(r.Int(0)); it != index.end())
        out[it->second].moment.participants.push_back(domain::UserId{r.Int(1)});
    }
    return out;
  }

  Connection& c_;
};

}  // namespace

std::unique_ptr<app::GuidanceRepository> MakeSqlGuidance(Connection& c) { return std::make_unique<SqlGuidance>(c); }

}  // namespace leerplek::storage
