#include "leerplek/storage/sql/sql_programme_repositories.hpp"

#include <nlohmann/json.hpp>

#include "leerplek/storage/sql/sql_support.hpp"

namespace leerplek::storage {
namespace {

using app::Timestamp;
using domain::CohortId;
using domain::ProgrammeId;
using domain::UserId;
using nlohmann::json;

class SqlProgrammes final : public app::ProgrammeRepository {
 public:
  explicit SqlProgrammes(Connection& c) : c_(c) {}
  std::optional<app::ProgrammeRecord> ById(ProgrammeId id) override {
    return One(c_.Query(std::string(kSelect) + " WHERE id = $1", {id.value}));
  }
  std::optional<app::ProgrammeRecord> ByCode(const std::string& code) override {
    return One(c_.Query(std::string(kSelect) + " WHERE code = $1", {code}));
  }
  ProgrammeId Insert(const app::ProgrammeRecord& p, Timestamp now) override {
    Rows rows = c_.Query(
        "INSERT INTO programmes (code, name, institution, flemish_holiday, created_at) VALUES ($1, $2, $3, $4, $5) "
        "RETURNING id",
        {p.code, p.name, p.institution, std::int64_t{p.flemish_holiday ? 1 : 0}, Seconds(now)});
    return ProgrammeId{rows.at(0).Int(0)};
  }
  void Update(const app::ProgrammeRecord& p) override {
    c_.Query("UPDATE programmes SET name = $1, institution = $2, flemish_holiday = $3 WHERE id = $4",
             {p.name, p.institution, std::int64_t{p.flemish_holiday ? 1 : 0}, p.id.value});
  }
  std::vector<app::ProgrammeRecord> List() override {
    std::vector<app::ProgrammeRecord> out;
    for (const Row& r : c_.Query(std::string(kSelect) + " ORDER BY name, id", {})) out.push_back(FromRow(r));
    return out;
  }
  std::vector<ProgrammeId> StaffOf(UserId user) override {
    std::vector<ProgrammeId> out;
    for (const Row& r :
         c_.Query("SELECT programme_id FROM programme_staff WHERE user_id = $1 ORDER BY programme_id", {user.value})) {
      out.push_back(ProgrammeId{r.Int(0)});
    }
    return out;
  }
  std::vector<UserId> Staff(ProgrammeId programme) override {
    std::vector<UserId> out;
    for (const Row& r :
         c_.Query("SELECT user_id FROM programme_staff WHERE programme_id = $1 ORDER BY user_id", {programme.value})) {
      out.push_back(UserId{r.Int(0)});
    }
    return out;
  }
  bool IsStaff(ProgrammeId programme, UserId user) override {
    return !c_.Query("SELECT 1 FROM programme_staff WHERE programme_id = $1 AND user_id = $2",
                     {programme.value, user.value})
                .empty();
  }
  void AddStaff(ProgrammeId programme, UserId user) override {
    if (IsStaff(programme, user)) return;
    c_.Query("INSERT INTO programme_staff (programme_id, user_id) VALUES ($1, $2)", {programme.value, user.value});
  }
  std::vector<domain::ClosurePeriod> Closures(ProgrammeId programme) override {
    std::vector<domain::ClosurePeriod> out;
    for (const Row& r : c_.Query("SELECT from_date, to_date, name FROM programme_closures WHERE programme_id = $1 "
                                 "ORDER BY from_date, id",
                                 {programme.value})) {
      out.push_back({ToDate(r.Text(0)), ToDate(r.Text(1)), r.Text(2)});
    }
    return out;
  }
  void ReplaceClosures(ProgrammeId programme, const std::vector<domain::ClosurePeriod>& closures) override {
    c_.Query("DELETE FROM programme_closures WHERE programme_id = $1", {programme.value});
    for (const auto& c : closures) {
      c_.Query("INSERT INTO programme_closures (programme_id, from_date, to_date, name) VALUES ($1, $2, $3, $4)",
               {programme.value, domain::IsoDate(c.from), domain::IsoDate(c.to), c.name});
    }
  }

 private:
  static constexpr const char* kSelect = "SELECT id, code, name, institution, flemish_holiday FROM programmes";
  static app::ProgrammeRecord FromRow(const Row& r) {
    return {ProgrammeId{r.Int(0)}, r.Text(1), r.Text(2), r.Text(3), r.Int(4) != 0};
  }
  static std::optional<app::ProgrammeRecord> One(const Rows& rows) {
    if (rows.empty()) return std::nullopt;
    return FromRow(rows.front());
  }
  Connection& c_;
};

class SqlCurricula final : public app::CurriculumRepository {
 public:
  explicit SqlCurricula(Connection& c) : c_(c) {}

  app::VersionInfo InsertVersion(ProgrammeId programme, const domain::Curriculum& cur, const std::string& origin,
                                 std::optional<UserId> by, Timestamp now) override {
    const std::int64_t number =
        c_.Query("SELECT COALESCE(MAX(number), 0) + 1 FROM curriculum_versions WHERE programme_id = $1",
                 {programme.value})
            .at(0)
            .Int(0);
    Value by_value = nullptr;
    if (by) by_value = by->value;
    Rows rows = c_.Query(
        "INSERT INTO curriculum_versions (programme_id, number, label, phases, notes, origin, created_at, created_by) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        {programme.value, number, cur.version_label, std::int64_t{cur.phases}, cur.notes, origin, Seconds(now),
         by_value});
    const std::int64_t version = rows.at(0).Int(0);
    for (std::size_t i = 0; i < cur.course_units.size(); ++i) {
      const domain::CourseUnit& u = cur.course_units[i];
      Value module = nullptr;
      if (!u.module_code.empty()) module = u.module_code;
      c_.Query(
          "INSERT INTO course_units (version_id, position, name, kind, phase, semester, module_code) "
          "VALUES ($1, $2, $3, $4, $5, $6, $7)",
          {version, static_cast<std::int64_t>(i), u.name, std::string(domain::CourseUnitKindCode(u.kind)),
           std::int64_t{u.phase}, std::int64_t{u.semester}, module});
    }
    for (std::size_t i = 0; i < cur.modules.size(); ++i) {
      const domain::Module& m = cur.modules[i];
      Rows module_rows = c_.Query(
          "INSERT INTO modules (version_id, position, code, name, phase, quarters, required_days, description, "
          "may_share_workplace_with) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
          {version, static_cast<std::int64_t>(i), m.code, m.name, std::int64_t{m.phase}, JoinInts(m.quarters),
           std::int64_t{m.required_days}, m.description, json(m.may_share_workplace_with).dump()});
      const std::int64_t module_id = module_rows.at(0).Int(0);
      for (std::size_t g = 0; g < m.goals.size(); ++g) {
        c_.Query("INSERT INTO module_goals (module_id, position, text) VALUES ($1, $2, $3)",
                 {module_id, static_cast<std::int64_t>(g), m.goals[g]});
      }
    }
    return *Info(version);
  }

  std::optional<app::VersionInfo> Info(std::int64_t version_id) override {
    return One(c_.Query(std::string(kSelect) + " WHERE id = $1", {version_id}));
  }
  std::optional<app::VersionInfo> Latest(ProgrammeId programme) override {
    return One(
        c_.Query(std::string(kSelect) + " WHERE programme_id = $1 ORDER BY number DESC LIMIT 1", {programme.value}));
  }
  std::vector<app::VersionInfo> Versions(ProgrammeId programme) override {
    std::vector<app::VersionInfo> out;
    for (const Row& r :
         c_.Query(std::string(kSelect) + " WHERE programme_id = $1 ORDER BY number DESC", {programme.value})) {
      out.push_back(FromRow(r));
    }
    return out;
  }

  std::optional<domain::Curriculum> Load(std::int64_t version_id) override {
    Rows head = c_.Query(
        "SELECT p.code, p.name, p.institution, v.label, v.phases, v.notes FROM curriculum_versions v "
        "JOIN programmes p ON p.id = v.programme_id WHERE v.id = $1",
        {version_id});
    if (head.empty()) return std::nullopt;
    domain::Curriculum cur;
    const Row& h = head.front();
    cur.programme_code = h.Text(0);
    cur.programme_name = h.Text(1);
    cur.institution = h.Text(2);
    cur.version_label = h.Text(3);
    cur.phases = static_cast<int>(h.Int(4));
    cur.notes = h.Text(5);
    for (const Row& r : c_.Query("SELECT name, kind, phase, semester, module_code FROM course_units "
                                 "WHERE version_id = $1 ORDER BY position",
                                 {version_id})) {
      domain::CourseUnit u;
      u.name = r.Text(0);
      u.kind = domain::ParseCourseUnitKind(r.Text(1)).value_or(domain::CourseUnitKind::kProfessionalRole);
      u.phase = static_cast<int>(r.Int(2));
      u.semester = static_cast<int>(r.Int(3));
      u.module_code = r.OptText(4).value_or("");
      cur.course_units.push_back(std::move(u));
    }
    std::map<std::int64_t, std::size_t> index;
    for (const Row& r : c_.Query("SELECT id, code, name, phase, quarters, required_days, description, "
                                 "may_share_workplace_with FROM modules WHERE version_id = $1 ORDER BY position",
                                 {version_id})) {
      domain::Module m;
      m.code = r.Text(1);
      m.name = r.Text(2);
      m.phase = static_cast<int>(r.Int(3));
      m.quarters = SplitInts(r.Text(4));
      m.required_days = static_cast<int>(r.Int(5));
      m.description = r.Text(6);
      m.may_share_workplace_with = json::parse(r.Text(7)).get<std::vector<std::string>>();
      index[r.Int(0)] = cur.modules.size();
      cur.modules.push_back(std::move(m));
    }
    for (const Row& r : c_.Query("SELECT g.module_id, g.text FROM module_goals g JOIN modules m ON m.id = g.module_id "
                                 "WHERE m.version_id = $1 ORDER BY g.module_id, g.position",
                                 {version_id})) {
      cur.modules[index.at(r.Int(0))].goals.push_back(r.Text(1));
    }
    return cur;
  }

  std::optional<app::ModuleSize> SizeOfModule(std::int64_t version_id, const std::string& code) override {
    Rows rows = c_.Query(
        "SELECT m.required_days, (SELECT COUNT(*) FROM module_goals g WHERE g.module_id = m.id) FROM modules m "
        "WHERE m.version_id = $1 AND m.code = $2",
        {version_id, code});
    if (rows.empty()) return std::nullopt;
    return app::ModuleSize{static_cast<int>(rows[0].Int(0)), static_cast<int>(rows[0].Int(1))};
  }

 private:
  static constexpr const char* kSelect =
      "SELECT id, programme_id, number, label, created_at, origin FROM curriculum_versions";
  static app::VersionInfo FromRow(const Row& r) {
    return {r.Int(0), ProgrammeId{r.Int(1)}, static_cast<int>(r.Int(2)), r.Text(3), ToTime(r.Int(4)), r.Text(5)};
  }
  static std::optional<app::VersionInfo> One(const Rows& rows) {
    if (rows.empty()) return std::nullopt;
    return FromRow(rows.front());
  }
  Connection& c_;
};

class SqlCohorts final : public app::CohortRepository {
 public:
  explicit SqlCohorts(Connection& c) : c_(c) {}
  CohortId Insert(const domain::Cohort& cohort, Timestamp now) override {
    Value version = nullptr;
    if (cohort.curriculum_version) version = *cohort.curriculum_version;
    Rows rows = c_.Query(
        "INSERT INTO cohorts (programme_id, name, academic_year, curriculum_version_id, created_at) "
        "VALUES ($1, $2, $3, $4, $5) RETURNING id",
        {cohort.programme.value, cohort.name, cohort.academic_year, version, Seconds(now)});
    return CohortId{rows.at(0).Int(0)};
  }
  void Update(const domain::Cohort& cohort) override {
    Value version = nullptr;
    if (cohort.curriculum_version) version = *cohort.curriculum_version;
    c_.Query("UPDATE cohorts SET name = $1, curriculum_version_id = $2 WHERE id = $3",
             {cohort.name, version, cohort.id.value});
  }
  std::optional<domain::Cohort> ById(CohortId id) override {
    return One(c_.Query(std::string(kSelect) + " WHERE id = $1", {id.value}));
  }
  std::optional<domain::Cohort> Find(ProgrammeId programme, const std::string& year, const std::string& name) override {
    return One(c_.Query(std::string(kSelect) + " WHERE programme_id = $1 AND academic_year = $2 AND name = $3",
                        {programme.value, year, name}));
  }
  std::vector<domain::Cohort> List() override { return Many(c_.Query(std::string(kSelect) + kOrder, {})); }
  std::vector<domain::Cohort> OfProgrammes(const std::vector<ProgrammeId>& programmes) override {
    if (programmes.empty()) return {};
    return Many(
        c_.Query(std::string(kSelect) + " WHERE programme_id IN (" + Placeholders(1, programmes.size()) + ")" + kOrder,
                 IdValues(programmes)));
  }
  std::vector<domain::Cohort> OfMember(UserId user) override {
    return Many(c_.Query(
        std::string(kSelect) + " WHERE id IN (SELECT cohort_id FROM cohort_members WHERE user_id = $1)" + kOrder,
        {user.value}));
  }
  std::map<std::int64_t, std::vector<domain::CohortContact>> Contacts(const std::vector<CohortId>& ids) override {
    std::map<std::int64_t, std::vector<domain::CohortContact>> out;
    if (ids.empty()) return out;
    for (const Row& r :
         c_.Query("SELECT cohort_id, role, name, phone, email FROM cohort_contacts WHERE cohort_id IN (" +
                      Placeholders(1, ids.size()) + ") ORDER BY cohort_id, position",
                  IdValues(ids))) {
      out[r.Int(0)].push_back({domain::ParseContactRole(r.Text(1)).value_or(domain::ContactRole::kCoordinator),
                               r.Text(2), r.Text(3), r.Text(4)});
    }
    return out;
  }
  void ReplaceContacts(CohortId id, const std::vector<domain::CohortContact>& contacts) override {
    c_.Query("DELETE FROM cohort_contacts WHERE cohort_id = $1", {id.value});
    for (std::size_t i = 0; i < contacts.size(); ++i) {
      const auto& c = contacts[i];
      c_.Query(
          "INSERT INTO cohort_contacts (cohort_id, position, role, name, phone, email) "
          "VALUES ($1, $2, $3, $4, $5, $6)",
          {id.value, static_cast<std::int64_t>(i), std::string(domain::ContactRoleCode(c.role)), c.name, c.phone,
           c.email});
    }
  }
  std::vector<app::CohortMember> Members(CohortId id) override {
    Rows rows = c_.Query(
        "SELECT u.id, u.email, u.name, u.active, CASE WHEN u.password_hash IS NULL THEN 0 ELSE 1 END, m.member_role, "
        "m.student_number FROM cohort_members m JOIN users u ON u.id = m.user_id WHERE m.cohort_id = $1 "
        "ORDER BY m.member_role DESC, u.name, u.id",
        {id.value});
    std::vector<app::CohortMember> out;
    std::map<std::int64_t, std::vector<std::size_t>> by_user;
    for (const Row& r : rows) {
      app::CohortMember m;
      m.user.id = UserId{r.Int(0)};
      m.user.email = r.Text(1);
      m.user.name = r.Text(2);
      m.user.active = r.Int(3) != 0;
      m.user.has_password = r.Int(4) != 0;
      m.role = domain::ParseMemberRole(r.Text(5)).value_or(domain::MemberRole::kStudent);
      m.student_number = r.Text(6);
      by_user[r.Int(0)].push_back(out.size());
      out.push_back(std::move(m));
    }
    // Roles in one query for all members, not one per member.
    for (const Row& r : c_.Query("SELECT r.user_id, r.role FROM user_roles r JOIN cohort_members m "
                                 "ON m.user_id = r.user_id WHERE m.cohort_id = $1",
                                 {id.value})) {
      auto it = by_user.find(r.Int(0));
      if (it == by_user.end()) continue;
      if (auto role = domain::ParseRole(r.Text(1))) {
        for (std::size_t i : it->second) out[i].user.roles.Add(*role);
      }
    }
    return out;
  }
  std::map<std::int64_t, app::MemberCounts> Counts(const std::vector<CohortId>& ids) override {
    std::map<std::int64_t, app::MemberCounts> out;
    if (ids.empty()) return out;
    for (const Row& r : c_.Query("SELECT cohort_id, member_role, COUNT(*) FROM cohort_members WHERE cohort_id IN (" +
                                     Placeholders(1, ids.size()) + ") GROUP BY cohort_id, member_role",
                                 IdValues(ids))) {
      (r.Text(1) == "mentor" ? out[r.Int(0)].mentors : out[r.Int(0)].students) = static_cast<int>(r.Int(2));
    }
    return out;
  }
  std::vector<domain::MemberRole> RolesOf(CohortId id, UserId user) override {
    std::vector<domain::MemberRole> out;
    for (const Row& r : c_.Query("SELECT member_role FROM cohort_members WHERE cohort_id = $1 AND user_id = $2",
                                 {id.value, user.value})) {
      if (auto role = domain::ParseMemberRole(r.Text(0))) out.push_back(*role);
    }
    return out;
  }
  void AddMember(CohortId id, UserId user, domain::MemberRole role, const std::string& student_number) override {
    c_.Query("INSERT INTO cohort_members (cohort_id, user_id, member_role, student_number) VALUES ($1, $2, $3, $4)",
             {id.value, user.value, std::string(domain::MemberRoleCode(role)), student_number});
  }

 private:
  static constexpr const char* kSelect =
      "SELECT id, programme_id, name, academic_year, curriculum_version_id FROM cohorts";
  static constexpr const char* kOrder = " ORDER BY academic_year DESC, name, id";
  static domain::Cohort FromRow(const Row& r) {
    return {CohortId{r.Int(0)}, ProgrammeId{r.Int(1)}, r.Text(2), r.Text(3), r.OptInt(4)};
  }
  static std::optional<domain::Cohort> One(const Rows& rows) {
    if (rows.empty()) return std::nullopt;
    return FromRow(rows.front());
  }
  static std::vector<domain::Cohort> Many(const Rows& rows) {
    std::vector<domain::Cohort> out;
    out.reserve(rows.size());
    for (const Row& r : rows) out.push_back(FromRow(r));
    return out;
  }
  Connection& c_;
};

json RuleJson(const domain::CalendarRule& rule) {
  json patterns = json::array();
  for (const auto& p : rule.patterns) {
    patterns.push_back({{"from", domain::IsoDate(p.from)}, {"to", domain::IsoDate(p.to)}, {"weekdays", p.weekdays}});
  }
  json added = json::array();
  for (const auto& d : rule.added) added.push_back(domain::IsoDate(d));
  json removed = json::array();
  for (const auto& d : rule.removed) removed.push_back(domain::IsoDate(d));
  return {{"patterns", patterns}, {"added", added}, {"removed", removed}};
}

domain::CalendarRule RuleFromJson(const std::string& text) {
  const json j = json::parse(text);
  domain::CalendarRule rule;
  for (const auto& p : j.at("patterns")) {
    rule.patterns.push_back({ToDate(p.at("from")), ToDate(p.at("to")), p.at("weekdays").get<std::vector<int>>()});
  }
  for (const auto& d : j.at("added")) rule.added.push_back(ToDate(d));
  for (const auto& d : j.at("removed")) rule.removed.push_back(ToDate(d));
  return rule;
}

class SqlCalendars final : public app::CalendarRepository {
 public:
  explicit SqlCalendars(Connection& c) : c_(c) {}
  std::map<std::string, domain::CalendarRule> Rules(CohortId cohort) override {
    std::map<std::string, domain::CalendarRule> out;
    for (const Row& r :
         c_.Query("SELECT module_code, rule_json FROM module_calendars WHERE cohort_id = $1", {cohort.value})) {
      out[r.Text(0)] = RuleFromJson(r.Text(1));
    }
    return out;
  }
  std::vector<domain::Date> ModuleDays(CohortId cohort, const std::string& module) override {
    std::vector<domain::Date> out;
    for (const Row& r :
         c_.Query("SELECT day FROM workplace_days WHERE cohort_id = $1 AND module_code = $2 ORDER BY day",
                  {cohort.value, module})) {
      out.push_back(ToDate(r.Text(0)));
    }
    return out;
  }
  std::map<std::string, std::vector<domain::Date>> Days(CohortId cohort) override {
    std::map<std::string, std::vector<domain::Date>> out;
    for (const Row& r :
         c_.Query("SELECT module_code, day FROM workplace_days WHERE cohort_id = $1 ORDER BY day", {cohort.value})) {
      out[r.Text(0)].push_back(ToDate(r.Text(1)));
    }
    return out;
  }
  void Save(CohortId cohort, const std::string& module, const domain::CalendarRule& rule,
            const std::vector<domain::Date>& days, std::optional<UserId> by, Timestamp now) override {
    Value by_value = nullptr;
    if (by) by_value = by->value;
    c_.Query("DELETE FROM module_calendars WHERE cohort_id = $1 AND module_code = $2", {cohort.value, module});
    c_.Query(
        "INSERT INTO module_calendars (cohort_id, module_code, rule_json, updated_at, updated_by) "
        "VALUES ($1, $2, $3, $4, $5)",
        {cohort.value, module, RuleJson(rule).dump(), Seconds(now), by_value});
    c_.Query("DELETE FROM workplace_days WHERE cohort_id = $1 AND module_code = $2", {cohort.value, module});
    // One statement per chunk of days, not one per day.
    constexpr std::size_t kChunk = 200;
    for (std::size_t start = 0; start < days.size(); start += kChunk) {
      const std::size_t n = std::min(kChunk, days.size() - start);
      std::string sql = "INSERT INTO workplace_days (cohort_id, module_code, day) VALUES ";
      std::vector<Value> params = {cohort.value, module};
      for (std::size_t i = 0; i < n; ++i) {
        sql += (i == 0 ? "" : ", ") + std::string("($1, $2, $") + std::to_string(i + 3) + ")";
        params.emplace_back(domain::IsoDate(days[start + i]));
      }
      c_.Query(sql, params);
    }
  }
  std::optional<std::pair<std::string, Timestamp>> Feed(UserId user) override {
    Rows rows = c_.Query("SELECT token, created_at FROM calendar_feeds WHERE user_id = $1", {user.value});
    if (rows.empty()) return std::nullopt;
    return std::make_pair(rows.front().Text(0), ToTime(rows.front().Int(1)));
  }
  void SetFeed(UserId user, const std::string& token, Timestamp now) override {
    DeleteFeed(user);
    c_.Query("INSERT INTO calendar_feeds (user_id, token, created_at) VALUES ($1, $2, $3)",
             {user.value, token, Seconds(now)});
  }
  void DeleteFeed(UserId user) override { c_.Query("DELETE FROM calendar_feeds WHERE user_id = $1", {user.value}); }
  std::optional<UserId> FeedOwner(const std::string& token) override {
    Rows rows = c_.Query("SELECT user_id FROM calendar_feeds WHERE token = $1", {token});
    if (rows.empty()) return std::nullopt;
    return UserId{rows.front().Int(0)};
  }

 private:
  Connection& c_;
};

}  // namespace

std::unique_ptr<app::ProgrammeRepository> MakeSqlProgrammes(Connection& c) {
  return std::make_unique<SqlProgrammes>(c);
}
std::unique_ptr<app::CurriculumRepository> MakeSqlCurricula(Connection& c) { return std::make_unique<SqlCurricula>(c); }
std::unique_ptr<app::CohortRepository> MakeSqlCohorts(Connection& c) { return std::make_unique<SqlCohorts>(c); }
std::unique_ptr<app::CalendarRepository> MakeSqlCalendars(Connection& c) { return std::make_unique<SqlCalendars>(c); }

}  // namespace leerplek::storage
