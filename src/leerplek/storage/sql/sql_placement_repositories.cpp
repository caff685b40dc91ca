// Placements with their tasks and history, uploaded documents, and Dimona records.
#include <map>

#include "leerplek/storage/sql/sql_support.hpp"
#include "leerplek/storage/sql/sql_workplace_repositories.hpp"

namespace leerplek::storage {
namespace {

using domain::Placement;
using domain::PlacementId;

Value OptDate(const std::optional<domain::Date>& d) {
  if (!d) return nullptr;
  return domain::IsoDate(*d);
}
std::optional<domain::Date> ToOptDate(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  return ToDate(*text);
}

class SqlPlacements final : public app::PlacementRepository {
 public:
  explicit SqlPlacements(Connection& c) : c_(c) {}

  PlacementId Insert(const Placement& p) override {
    std::vector<Value> values = Values(p);
    values.emplace_back(Seconds(p.created_at));
    Rows rows = c_.Query(
        "INSERT INTO placements (cohort_id, student_id, module_code, organisation_id, proposed_organisation_name, "
        "proposed_organisation_city, mentor_id, proposed_mentor_name, proposed_mentor_email, proposed_mentor_phone, "
        "supervisor_id, status, motivation, reuse_override_reason, signed_by_student, signed_by_organisation, "
        "signed_by_school, agreement_document_id, updated_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
        "$10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) RETURNING id",
        values);
    const PlacementId id{rows.at(0).Int(0)};
    WriteTasks(id, p.tasks);
    return id;
  }

  void Update(const Placement& p) override {
    std::vector<Value> values = Values(p);
    values.emplace_back(p.id.value);
    c_.Query(
        "UPDATE placements SET cohort_id = $1, student_id = $2, module_code = $3, organisation_id = $4, "
        "proposed_organisation_name = $5, proposed_organisation_city = $6, mentor_id = $7, proposed_mentor_name = $8, "
        "proposed_mentor_email = $9, proposed_mentor_phone = $10, supervisor_id = $11, status = $12, motivation = $13, "
        "reuse_override_reason = $14, signed_by_student = $15, signed_by_organisation = $16, signed_by_school = $17, "
        "agreement_document_id = $18, updated_at = $19 WHERE id = $20",
        values);
    c_.Query("DELETE FROM placement_tasks WHERE placement_id = $1", {p.id.value});
    WriteTasks(p.id, p.tasks);
  }

  std::optional<Placement> ById(PlacementId id) override {
    auto list = Many(" WHERE id = $1", {id.value});
    if (list.empty()) return std::nullopt;
    return list.front();
  }

  std::vector<Placement> Find(const app::PlacementFilter& f) override {
    std::string where;
    std::vector<Value> params;
    const auto add = [&](const std::string& condition) { where += (where.empty() ? " WHERE " : " AND ") + condition; };
    if (!f.cohorts.empty()) {
      add("cohort_id IN (" + Placeholders(1, f.cohorts.size()) + ")");
      params = IdValues(f.cohorts);
    }
    const auto equals = [&](const char* column, std::int64_t value) {
      params.emplace_back(value);
      add(std::string(column) + " = $" + std::to_string(params.size()));
    };
    if (!f.students.empty()) {
      add("student_id IN (" + Placeholders(params.size() + 1, f.students.size()) + ")");
      for (const auto& id : f.students) params.emplace_back(id.value);
    }
    if (f.mentor) equals("mentor_id", f.mentor->value);
    if (f.supervisor) equals("supervisor_id", f.supervisor->value);
    if (f.organisation) equals("organisation_id", f.organisation->value);
    return Many(where, params);
  }

  void AppendEvent(PlacementId id, const app::PlacementEvent& e) override {
    c_.Query("INSERT INTO placement_events (placement_id, at, actor_id, action, comment) VALUES ($1, $2, $3, $4, $5)",
             {id.value, Seconds(e.at), OptId(e.actor), e.action, e.comment});
  }

  std::vector<app::PlacementEvent> Events(PlacementId id) override {
    std::vector<app::PlacementEvent> out;
    for (const Row& r :
         c_.Query("SELECT e.at, e.actor_id, COALESCE(u.name, ''), e.action, e.comment FROM placement_events e "
                  "LEFT JOIN users u ON u.id = e.actor_id WHERE e.placement_id = $1 ORDER BY e.id",
                  {id.value})) {
      app::PlacementEvent e;
      e.at = ToTime(r.Int(0));
      if (auto actor = r.OptInt(1)) e.actor = domain::UserId{*actor};
      e.actor_name = r.Text(2);
      e.action = r.Text(3);
      e.comment = r.Text(4);
      out.push_back(std::move(e));
    }
    return out;
  }

 private:
  static constexpr const char* kSelect =
      "SELECT id, cohort_id, student_id, module_code, organisation_id, proposed_organisation_name, "
      "proposed_organisation_city, mentor_id, proposed_mentor_name, proposed_mentor_email, proposed_mentor_phone, "
      "supervisor_id, status, motivation, reuse_override_reason, signed_by_student, signed_by_organisation, "
      "signed_by_school, agreement_document_id, created_at, updated_at FROM placements";

  // The columns in the order of the UPDATE's $1..$19.
  static std::vector<Value> Values(const Placement& p) {
    return {p.cohort.value,
            p.student.value,
            p.module_code,
            OptId(p.organisation),
            p.proposed_organisation.name,
            p.proposed_organisation.city,
            OptId(p.mentor),
            p.proposed_mentor.name,
            p.proposed_mentor.email,
            p.proposed_mentor.phone,
            OptId(p.supervisor),
            std::string(domain::PlacementStatusCode(p.status)),
            p.motivation,
            p.reuse_override_reason,
            OptDate(p.signatures.student),
            OptDate(p.signatures.organisation),
            OptDate(p.signatures.school),
            OptId(p.agreement_document),
            Seconds(p.updated_at)};
  }

  // Placements and all their tasks in two queries, not one per placement.
  std::vector<Placement> Many(const std::string& where, const std::vector<Value>& params) {
    std::vector<Placement> out;
    std::map<std::int64_t, std::size_t> index;
    for (const Row& r : c_.Query(std::string(kSelect) + where + " ORDER BY id", params)) {
      Placement p;
      p.id = PlacementId{r.Int(0)};
      p.cohort = domain::CohortId{r.Int(1)};
      p.student = domain::UserId{r.Int(2)};
      p.module_code = r.Text(3);
      if (auto v = r.OptInt(4)) p.organisation = domain::OrganisationId{*v};
      p.proposed_organisation = {r.Text(5), r.Text(6)};
      if (auto v = r.OptInt(7)) p.mentor = domain::UserId{*v};
      p.proposed_mentor = {r.Text(8), r.Text(9), r.Text(10)};
      if (auto v = r.OptInt(11)) p.supervisor = domain::UserId{*v};
      p.status = domain::ParsePlacementStatus(r.Text(12)).value_or(domain::PlacementStatus::kRequested);
      p.motivation = r.Text(13);
      p.reuse_override_reason = r.Text(14);
      p.signatures = {ToOptDate(r.OptText(15)), ToOptDate(r.OptText(16)), ToOptDate(r.OptText(17))};
      if (auto v = r.OptInt(18)) p.agreement_document = domain::DocumentId{*v};
      p.created_at = ToTime(r.Int(19));
      p.updated_at = ToTime(r.Int(20));
      index[p.id.value] = out.size();
      out.push_back(std::move(p));
    }
    if (out.empty()) return out;
    std::vector<PlacementId> ids;
    for (const Placement& p : out) ids.push_back(p.id);
    for (const Row& r : c_.Query("SELECT placement_id, domain, text FROM placement_tasks WHERE placement_id IN (" +
                                     Placeholders(1, ids.size()) + ") ORDER BY placement_id, position",
                                 IdValues(ids))) {
      auto domain = domain::ParseHrDomain(r.Text(1));
      auto it = index.find(r.Int(0));
      if (domain && it != index.end()) out[it->second].tasks.push_back({*domain, r.Text(2)});
    }
    return out;
  }

  void WriteTasks(PlacementId id, const std::vector<domain::OfferedTask>& tasks) {
    for (std::size_t i = 0; i < tasks.size(); ++i) {
      c_.Query(
          "INSERT INTO placement_tasks (placement_id, position, domain, text) VALUES ($1, $2, $3, $4)",
          {id.value, static_cast<std::int64_t>(i), std::string(domain::HrDomainCode(tasks[i].domain)), tasks[i].text});
    }
  }

  Connection& c_;
};

class SqlDocuments final : public app::DocumentRepository {
 public:
  explicit SqlDocuments(Connection& c) : c_(c) {}
  domain::DocumentId Insert(const app::DocumentRecord& d) override {
    Rows rows = c_.Query(
        "INSERT INTO documents (kind, storage_key, file_name, size_bytes, uploaded_by, uploaded_at) "
        "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        {d.kind, d.storage_key, d.file_name, d.size_bytes, d.uploaded_by.value, Seconds(d.uploaded_at)});
    return domain::DocumentId{rows.at(0).Int(0)};
  }
  std::optional<app::DocumentRecord> ById(domain::DocumentId id) override {
    Rows rows = c_.Query(
        "SELECT id, kind, storage_key, file_name, size_bytes, uploaded_by, uploaded_at FROM documents WHERE id = $1",
        {id.value});
    if (rows.empty()) return std::nullopt;
    const Row& r = rows.front();
    return app::DocumentRecord{domain::DocumentId{r.Int(0)}, r.Text(1),       r.Text(2), r.Text(3), r.Int(4),
                               domain::UserId{r.Int(5)},     ToTime(r.Int(6))};
  }

 private:
  Connection& c_;
};

class SqlDimona final : public app::DimonaRepository {
 public:
  explicit SqlDimona(Connection& c) : c_(c) {}
  void Put(const app::DimonaRecord& d) override {
    c_.Query("DELETE FROM dimona_records WHERE student_id = $1 AND academic_year = $2",
             {d.student.value, d.academic_year});
    c_.Query(
        "INSERT INTO dimona_records (student_id, academic_year, reference, recorded_by, recorded_at) "
        "VALUES ($1, $2, $3, $4, $5)",
        {d.student.value, d.academic_year, d.reference, d.recorded_by.value, Seconds(d.recorded_at)});
  }
  std::vector<app::DimonaRecord> ForStudents(const std::vector<domain::UserId>& students) override {
    std::vector<app::DimonaRecord> out;
    if (students.empty()) return out;
    for (const Row& r :
         c_.Query("SELECT student_id, academic_year, reference, recorded_by, recorded_at FROM dimona_records "
                  "WHERE student_id IN (" +
                      Placeholders(1, students.size()) + ") ORDER BY student_id, academic_year",
                  IdValues(students))) {
      out.push_back({domain::UserId{r.Int(0)}, r.Text(1), r.Text(2), domain::UserId{r.Int(3)}, ToTime(r.Int(4))});
    }
    return out;
  }

 private:
  Connection& c_;
};

}  // namespace

std::unique_ptr<app::PlacementRepository> MakeSqlPlacements(Connection& c) {
  return std::make_unique<SqlPlacements>(c);
}
std::unique_ptr<app::DocumentRepository> MakeSqlDocuments(Connection& c) { return std::make_unique<SqlDocuments>(c); }
std::unique_ptr<app::DimonaRepository> MakeSqlDimona(Connection& c) { return std::make_unique<SqlDimona>(c); }

}  // namespace leerplek::storage
