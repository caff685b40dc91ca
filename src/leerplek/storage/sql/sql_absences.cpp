// Absences: sickness reports (R8), catch-up requests (R9) and work accidents (R10).
#include "leerplek/storage/sql/sql_support.hpp"
#include "leerplek/storage/sql/sql_workplace_repositories.hpp"

namespace leerplek::storage {
namespace {

using app::AbsenceFilter;
using app::AccidentRecord;
using app::CatchUpRequest;
using app::SicknessRecord;

// Each kind's "open" condition; the partial indexes of migration 0007 use the same words.
constexpr const char* kSicknessOpen =
    "(certificate_document_id IS NULL OR original_received_at IS NULL OR timing = 'late')";
constexpr const char* kCatchUpOpen = "state = 'proposed'";
constexpr const char* kAccidentOpen = "status <> 'closed'";

// " WHERE …" for a filter, and its parameters; `nothing` is set when no placement can match.
struct Where {
  std::string sql;
  std::vector<Value> params;
  bool nothing = false;
};
Where WhereOf(const AbsenceFilter& filter, const char* open_condition) {
  Where w;
  std::vector<std::string> terms;
  if (filter.placements) {
    if (filter.placements->empty()) {
      w.nothing = true;
      return w;
    }
    w.params = IdValues(*filter.placements);
    terms.push_back("placement_id IN (" + Placeholders(1, filter.placements->size()) + ")");
  }
  if (filter.open_only) terms.emplace_back(open_condition);
  for (std::size_t i = 0; i < terms.size(); ++i) w.sql += (i == 0 ? " WHERE " : " AND ") + terms[i];
  return w;
}

Value OptInt(const std::optional<int>& v) {
  if (!v) return nullptr;
  return std::int64_t{*v};
}
std::optional<int> OptMinutes(const Row& r, std::size_t column) {
  if (auto v = r.OptInt(column)) return static_cast<int>(*v);
  return std::nullopt;
}

// --- R8

constexpr const char* kSicknessColumns =
    "id, placement_id, first_day, last_day, called_workplace_minutes, called_coordinator_minutes, note, timing, "
    "reported_by, reported_at, certificate_document_id, original_received_by, original_received_at";

SicknessRecord SicknessFrom(const Row& r) {
  SicknessRecord s;
  s.id = domain::SicknessReportId{r.Int(0)};
  s.placement = domain::PlacementId{r.Int(1)};
  s.report.first_day = ToDate(r.Text(2));
  s.report.last_day = ToDate(r.Text(3));
  s.report.called_workplace_minutes = OptMinutes(r, 4);
  s.report.called_coordinator_minutes = OptMinutes(r, 5);
  s.report.note = r.Text(6);
  s.timing = r.Text(7) == "late" ? domain::ReportTiming::kLate : domain::ReportTiming::kOnTime;
  s.reported_by = domain::UserId{r.Int(8)};
  s.reported_at = ToTime(r.Int(9));
  if (auto d = r.OptInt(10)) s.certificate = domain::DocumentId{*d};
  if (auto by = r.OptInt(11)) s.original_received_by = domain::UserId{*by};
  if (auto t = r.OptInt(12)) s.original_received_at = ToTime(*t);
  return s;
}

std::vector<Value> SicknessValues(const SicknessRecord& s) {
  return {s.placement.value,
          domain::IsoDate(s.report.first_day),
          domain::IsoDate(s.report.last_day),
          OptInt(s.report.called_workplace_minutes),
          OptInt(s.report.called_coordinator_minutes),
          s.report.note,
          std::string(domain::ReportTimingCode(s.timing)),
          s.reported_by.value,
          Seconds(s.reported_at),
          OptId(s.certificate),
          OptId(s.original_received_by),
          OptSeconds(s.original_received_at)};
}

// --- R9

constexpr const char* kCatchUpColumns =
    "id, placement_id, catch_up_date, note, state, proposed_by, proposed_at, decided_by, decided_at, "
    "decision_comment";

CatchUpRequest CatchUpFrom(const Row& r) {
  CatchUpRequest c;
  c.id = domain::CatchUpRequestId{r.Int(0)};
  c.placement = domain::PlacementId{r.Int(1)};
  c.date = ToDate(r.Text(2));
  c.note = r.Text(3);
  c.state = domain::ParseCatchUpState(r.Text(4)).value_or(domain::CatchUpState::kProposed);
  c.proposed_by = domain::UserId{r.Int(5)};
  c.proposed_at = ToTime(r.Int(6));
  if (auto by = r.OptInt(7)) c.decided_by = domain::UserId{*by};
  if (auto t = r.OptInt(8)) c.decided_at = ToTime(*t);
  c.decision_comment = r.Text(9);
  return c;
}

std::vector<Value> CatchUpValues(const CatchUpRequest& c) {
  return {c.placement.value,
          domain::IsoDate(c.date),
          c.note,
          std::string(domain::CatchUpStateCode(c.state)),
          c.proposed_by.value,
          Seconds(c.proposed_at),
          OptId(c.decided_by),
          OptSeconds(c.decided_at),
          c.decision_comment};
}

// --- R10

constexpr const char* kAccidentColumns =
    "id, placement_id, accident_date, time_minutes, place, on_the_way, what_happened, injuries, witnesses, "
    "first_aid, status, status_reason, reported_by, reported_at, declared_at, closed_at, updated_by, updated_at";

AccidentRecord AccidentFrom(const Row& r) {
  AccidentRecord a;
  a.id = domain::AccidentId{r.Int(0)};
  a.placement = domain::PlacementId{r.Int(1)};
  a.report.date = ToDate(r.Text(2));
  a.report.time_minutes = static_cast<int>(r.Int(3));
  a.report.place = r.Text(4);
  a.report.on_the_way = r.Int(5) != 0;
  a.report.what_happened = r.Text(6);
  a.report.injuries = r.Text(7);
  a.report.witnesses = r.Text(8);
  a.report.first_aid = r.Text(9);
  a.status = domain::ParseAccidentStatus(r.Text(10)).value_or(domain::AccidentStatus::kOpen);
  a.status_reason = r.Text(11);
  a.reported_by = domain::UserId{r.Int(12)};
  a.reported_at = ToTime(r.Int(13));
  if (auto t = r.OptInt(14)) a.declared_at = ToTime(*t);
  if (auto t = r.OptInt(15)) a.closed_at = ToTime(*t);
  a.updated_by = domain::UserId{r.Int(16)};
  a.updated_at = ToTime(r.Int(17));
  return a;
}

std::vector<Value> AccidentValues(const AccidentRecord& a) {
  return {a.placement.value,
          domain::IsoDate(a.report.date),
          std::int64_t{a.report.time_minutes},
          a.report.place,
          std::int64_t{a.report.on_the_way ? 1 : 0},
          a.report.what_happened,
          a.report.injuries,
          a.report.witnesses,
          a.report.first_aid,
          std::string(domain::AccidentStatusCode(a.status)),
          a.status_reason,
          a.reported_by.value,
          Seconds(a.reported_at),
          OptSeconds(a.declared_at),
          OptSeconds(a.closed_at),
          a.updated_by.value,
          Seconds(a.updated_at)};
}

class SqlAbsences final : public app::AbsenceRepository {
 public:
  explicit SqlAbsences(Connection& c) : c_(c) {}

  domain::SicknessReportId InsertSickness(const SicknessRecord& s) override {
    Rows rows = c_.Query(
        "INSERT INTO sickness_reports (placement_id, first_day, last_day, called_workplace_minutes, "
        "called_coordinator_minutes, note, timing, reported_by, reported_at, certificate_document_id, "
        "original_received_by, original_received_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) "
        "RETURNING id",
        SicknessValues(s));
    return domain::SicknessReportId{rows.at(0).Int(0)};
  }

  void UpdateSickness(const SicknessRecord& s) override {
    std::vector<Value> values = SicknessValues(s);
    values.emplace_back(s.id.value);
    c_.Query(
        "UPDATE sickness_reports SET placement_id = $1, first_day = $2, last_day = $3, called_workplace_minutes = $4, "
        "called_coordinator_minutes = $5, note = $6, timing = $7, reported_by = $8, reported_at = $9, "
        "certificate_document_id = $10, original_received_by = $11, original_received_at = $12 WHERE id = $13",
        values);
  }

  std::optional<SicknessRecord> Sickness(domain::SicknessReportId id) override {
    Rows rows =
        c_.Query(std::string("SELECT ") + kSicknessColumns + " FROM sickness_reports WHERE id = $1", {id.value});
    if (rows.empty()) return std::nullopt;
    return SicknessFrom(rows.front());
  }

  std::vector<SicknessRecord> SicknessReports(const AbsenceFilter& filter) override {
    return Many<SicknessRecord>("sickness_reports", kSicknessColumns, WhereOf(filter, kSicknessOpen),
                                "placement_id, first_day, id", SicknessFrom);
  }

  domain::CatchUpRequestId InsertCatchUp(const CatchUpRequest& c) override {
    Rows rows = c_.Query(
        "INSERT INTO catch_up_requests (placement_id, catch_up_date, note, state, proposed_by, proposed_at, "
        "decided_by, decided_at, decision_comment) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
        CatchUpValues(c));
    return domain::CatchUpRequestId{rows.at(0).Int(0)};
  }

  void UpdateCatchUp(const CatchUpRequest& c) override {
    std::vector<Value> values = CatchUpValues(c);
    values.emplace_back(c.id.value);
    c_.Query(
        "UPDATE catch_up_requests SET placement_id = $1, catch_up_date = $2, note = $3, state = $4, proposed_by = $5, "
        "proposed_at = $6, decided_by = $7, decided_at = $8, decision_comment = $9 WHERE id = $10",
        values);
  }

  std::optional<CatchUpRequest> CatchUp(domain::CatchUpRequestId id) override {
    Rows rows =
        c_.Query(std::string("SELECT ") + kCatchUpColumns + " FROM catch_up_requests WHERE id = $1", {id.value});
    if (rows.empty()) return std::nullopt;
    return CatchUpFrom(rows.front());
  }

  std::vector<CatchUpRequest> CatchUpRequests(const AbsenceFilter& filter) override {
    return Many<CatchUpRequest>("catch_up_requests", kCatchUpColumns, WhereOf(filter, kCatchUpOpen),
                                "placement_id, catch_up_date, id", CatchUpFrom);
  }

  domain::AccidentId InsertAccident(const AccidentRecord& a) override {
    Rows rows = c_.Query(
        "INSERT INTO accidents (placement_id, accident_date, time_minutes, place, on_the_way, what_happened, "
        "injuries, witnesses, first_aid, status, status_reason, reported_by, reported_at, declared_at, closed_at, "
        "updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) "
        "RETURNING id",
        AccidentValues(a));
    return domain::AccidentId{rows.at(0).Int(0)};
  }

  void UpdateAccident(const AccidentRecord& a) override {
    std::vector<Value> values = AccidentValues(a);
    values.emplace_back(a.id.value);
    c_.Query(
        "UPDATE accidents SET placement_id = $1, accident_date = $2, time_minutes = $3, place = $4, on_the_way = $5, "
        "what_happened = $6, injuries = $7, witnesses = $8, first_aid = $9, status = $10, status_reason = $11, "
        "reported_by = $12, reported_at = $13, declared_at = $14, closed_at = $15, updated_by = $16, updated_at = $17 "
        "WHERE id = $18",
        values);
  }

  std::optional<AccidentRecord> Accident(domain::AccidentId id) override {
    Rows rows = c_.Query(std::string("SELECT ") + kAccidentColumns + " FROM accidents WHERE id = $1", {id.value});
    if (rows.empty()) return std::nullopt;
    return AccidentFrom(rows.front());
  }

  std::vector<AccidentRecord> Accidents(const AbsenceFilter& filter) override {
    return Many<AccidentRecord>("accidents", kAccidentColumns, WhereOf(filter, kAccidentOpen),
                                "placement_id, accident_date, id", AccidentFrom);
  }

 private:
  template <typename T>
  std::vector<T> Many(const char* table, const char* columns, const Where& where, const char* order,
                      T (*from)(const Row&)) {
    std::vector<T> out;
    if (where.nothing) return out;
    for (const Row& r : c_.Query(std::string("SELECT ") + columns + " FROM " + table + where.sql + " ORDER BY " + order,
                                 where.params)) {
      out.push_back(from(r));
    }
    return out;
  }

  Connection& c_;
};

}  // namespace

std::unique_ptr<app::AbsenceRepository> MakeSqlAbsences(Connection& c) { return std::make_unique<SqlAbsences>(c); }

}  // namespace leerplek::storage
