#include "leerplek/storage/sql/sql_repositories.hpp"

#include "leerplek/storage/sql/sql_programme_repositories.hpp"
#include "leerplek/storage/sql/sql_support.hpp"
#include "leerplek/storage/sql/sql_workplace_repositories.hpp"

#include <nlohmann/json.hpp>

#include <map>

namespace leerplek::storage {
namespace {

using app::Timestamp;
using domain::User;
using domain::UserId;

std::optional<Timestamp> ToOptTime(const std::optional<std::int64_t>& s) {
  if (!s) return std::nullopt;
  return ToTime(*s);
}

std::string PurposeCode(domain::TokenPurpose purpose) {
  switch (purpose) {
    case domain::TokenPurpose::kInvitation: return "invitation";
    case domain::TokenPurpose::kPasswordReset: return "password_reset";
  }
  return "";
}
domain::TokenPurpose ParsePurpose(const std::string& code) {
  return code == "invitation" ? domain::TokenPurpose::kInvitation : domain::TokenPurpose::kPasswordReset;
}

std::string SnapshotJson(const app::Snapshot& snapshot) { return nlohmann::json(snapshot).dump(); }
std::optional<app::Snapshot> ParseSnapshot(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  return nlohmann::json::parse(*text).get<app::Snapshot>();
}

class SqlUsers final : public app::UserRepository {
 public:
  explicit SqlUsers(Connection& c) : c_(c) {}

  std::optional<User> ById(UserId id) override {
    return One(c_.Query(
        "SELECT id, email, name, active, CASE WHEN password_hash IS NULL THEN 0 ELSE 1 END FROM users WHERE id = $1",
        {id.value}));
  }
  std::optional<User> ByEmail(const std::string& email) override {
    return One(c_.Query(
        "SELECT id, email, name, active, CASE WHEN password_hash IS NULL THEN 0 ELSE 1 END FROM users WHERE email = $1",
        {email}));
  }
  std::optional<std::string> PasswordHash(UserId id) override {
    Rows rows = c_.Query("SELECT password_hash FROM users WHERE id = $1", {id.value});
    if (rows.empty()) return std::nullopt;
    return rows.front().OptText(0);
  }
  UserId Insert(const User& user, Timestamp now) override {
    Rows rows = c_.Query("INSERT INTO users (email, name, active, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
                         {user.email, user.name, std::int64_t{user.active ? 1 : 0}, Seconds(now)});
    const UserId id{rows.at(0).Int(0)};
    WriteRoles(id, user.roles);
    return id;
  }
  void Update(const User& user) override {
    c_.Query("UPDATE users SET name = $1, active = $2 WHERE id = $3",
             {user.name, std::int64_t{user.active ? 1 : 0}, user.id.value});
    c_.Query("DELETE FROM user_roles WHERE user_id = $1", {user.id.value});
    WriteRoles(user.id, user.roles);
  }
  void SetPasswordHash(UserId id, const std::string& hash) override {
    c_.Query("UPDATE users SET password_hash = $1 WHERE id = $2", {hash, id.value});
  }
  std::vector<User> List() override { return Many("", {}); }
  std::vector<User> ByIds(const std::vector<UserId>& ids) override {
    if (ids.empty()) return {};
    return Many(" WHERE id IN (" + Placeholders(1, ids.size()) + ")", IdValues(ids));
  }
  std::int64_t Count() override { return c_.Query("SELECT COUNT(*) FROM users", {}).at(0).Int(0); }

 private:
  // Users and their roles in two queries, not one per user. `where` filters on the users' id column.
  std::vector<User> Many(const std::string& where, const std::vector<Value>& params) {
    Rows rows =
        c_.Query("SELECT id, email, name, active, CASE WHEN password_hash IS NULL THEN 0 ELSE 1 END FROM users" +
                     where + " ORDER BY name, id",
                 params);
    std::vector<User> users;
    std::map<std::int64_t, std::size_t> index;
    for (const Row& r : rows) {
      index[r.Int(0)] = users.size();
      users.push_back(FromRow(r));
    }
    std::string role_where = where;
    if (!role_where.empty()) role_where.replace(role_where.find("id IN"), 2, "user_id");
    for (const Row& r : c_.Query("SELECT user_id, role FROM user_roles" + role_where, params)) {
      auto it = index.find(r.Int(0));
      if (it == index.end()) continue;
      if (auto role = domain::ParseRole(r.Text(1))) users[it->second].roles.Add(*role);
    }
    return users;
  }
  static User FromRow(const Row& r) {
    User u;
    u.id = UserId{r.Int(0)};
    u.email = r.Text(1);
    u.name = r.Text(2);
    u.active = r.Int(3) != 0;
    u.has_password = r.Int(4) != 0;
    return u;
  }
  std::optional<User> One(const Rows& rows) {
    if (rows.empty()) return std::nullopt;
    User u = FromRow(rows.front());
    for (const Row& r : c_.Query("SELECT role FROM user_roles WHERE user_id = $1", {u.id.value})) {
      if (auto role = domain::ParseRole(r.Text(0))) u.roles.Add(*role);
    }
    return u;
  }
  void WriteRoles(UserId id, const domain::RoleSet& roles) {
    for (domain::Role role : roles.ToVector()) {
      c_.Query("INSERT INTO user_roles (user_id, role) VALUES ($1, $2)",
               {id.value, std::string(domain::RoleCode(role))});
    }
  }
  Connection& c_;
};

class SqlSessions final : public app::SessionRepository {
 public:
  explicit SqlSessions(Connection& c) : c_(c) {}
  void Insert(const app::StoredSession& s) override {
    c_.Query("INSERT INTO sessions (digest, user_id, csrf_token, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $5)",
             {s.digest, s.user.value, s.csrf_token, Seconds(s.created_at), Seconds(s.last_seen_at)});
  }
  std::optional<app::StoredSession> Find(const std::string& digest) override {
    Rows rows = c_.Query("SELECT digest, user_id, csrf_token, created_at, last_seen_at FROM sessions WHERE digest = $1",
                         {digest});
    if (rows.empty()) return std::nullopt;
    const Row& r = rows.front();
    return app::StoredSession{r.Text(0), UserId{r.Int(1)}, r.Text(2), ToTime(r.Int(3)), ToTime(r.Int(4))};
  }
  void Touch(const std::string& digest, Timestamp at) override {
    c_.Query("UPDATE sessions SET last_seen_at = $1 WHERE digest = $2", {Seconds(at), digest});
  }
  void Delete(const std::string& digest) override { c_.Query("DELETE FROM sessions WHERE digest = $1", {digest}); }
  void DeleteForUser(UserId user) override { c_.Query("DELETE FROM sessions WHERE user_id = $1", {user.value}); }

 private:
  Connection& c_;
};

class SqlTokens final : public app::OneTimeTokenRepository {
 public:
  explicit SqlTokens(Connection& c) : c_(c) {}
  void Insert(const app::OneTimeToken& t) override {
    c_.Query(
        "INSERT INTO one_time_tokens (digest, user_id, purpose, created_at, expires_at, used_at) "
        "VALUES ($1, $2, $3, $4, $5, $6)",
        {t.digest, t.user.value, PurposeCode(t.purpose), Seconds(t.created_at), Seconds(t.expires_at),
         OptSeconds(t.used_at)});
  }
  std::optional<app::OneTimeToken> Find(const std::string& digest) override {
    Rows rows = c_.Query(
        "SELECT digest, user_id, purpose, created_at, expires_at, used_at FROM one_time_tokens WHERE digest = $1",
        {digest});
    if (rows.empty()) return std::nullopt;
    const Row& r = rows.front();
    return app::OneTimeToken{r.Text(0),        UserId{r.Int(1)}, ParsePurpose(r.Text(2)),
                             ToTime(r.Int(3)), ToTime(r.Int(4)), ToOptTime(r.OptInt(5))};
  }
  void MarkUsed(const std::string& digest, Timestamp at) override {
    c_.Query("UPDATE one_time_tokens SET used_at = $1 WHERE digest = $2", {Seconds(at), digest});
  }
  void ExpireOpen(UserId user, domain::TokenPurpose purpose, Timestamp at) override {
    c_.Query(
        "UPDATE one_time_tokens SET expires_at = $1 WHERE user_id = $2 AND purpose = $3 AND used_at IS NULL "
        "AND expires_at > $1",
        {Seconds(at), user.value, PurposeCode(purpose)});
  }

 private:
  Connection& c_;
};

class SqlLoginAttempts final : public app::LoginAttemptRepository {
 public:
  explicit SqlLoginAttempts(Connection& c) : c_(c) {}
  void RecordFailure(const std::string& key, Timestamp at) override {
    c_.Query("INSERT INTO login_failures (throttle_key, at) VALUES ($1, $2)", {key, Seconds(at)});
  }
  app::FailureCount FailuresSince(const std::string& key, Timestamp since) override {
    Rows rows = c_.Query("SELECT COUNT(*), MIN(at) FROM login_failures WHERE throttle_key = $1 AND at > $2",
                         {key, Seconds(since)});
    const Row& r = rows.at(0);
    return app::FailureCount{static_cast<int>(r.Int(0)), ToOptTime(r.OptInt(1))};
  }
  void Clear(const std::string& key) override { c_.Query("DELETE FROM login_failures WHERE throttle_key = $1", {key}); }

 private:
  Connection& c_;
};

class SqlAudit final : public app::AuditTrail {
 public:
  explicit SqlAudit(Connection& c) : c_(c) {}
  void Append(const app::AuditEvent& e) override {
    Value actor = nullptr;
    if (e.actor) actor = e.actor->value;
    Value before = nullptr;
    if (e.before) before = SnapshotJson(*e.before);
    Value after = nullptr;
    if (e.after) after = SnapshotJson(*e.after);
    c_.Query(
        "INSERT INTO audit_events (at, actor_id, action, entity, entity_id, before_json, after_json) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7)",
        {Seconds(e.at), actor, e.action, e.entity, e.entity_id, before, after});
  }
  std::vector<app::AuditEvent> Page(std::optional<std::int64_t> before_id, int limit) override {
    Rows rows = c_.Query(
        "SELECT a.id, a.at, a.actor_id, COALESCE(u.name, ''), a.action, a.entity, a.entity_id, a.before_json, "
        "a.after_json FROM audit_events a LEFT JOIN users u ON u.id = a.actor_id "
        "WHERE a.id < $1 ORDER BY a.id DESC LIMIT $2",
        {before_id.value_or(std::numeric_limits<std::int64_t>::max()), std::int64_t{limit}});
    std::vector<app::AuditEvent> out;
    out.reserve(rows.size());
    for (const Row& r : rows) {
      app::AuditEvent e;
      e.id = r.Int(0);
      e.at = ToTime(r.Int(1));
      if (auto actor = r.OptInt(2)) e.actor = UserId{*actor};
      e.actor_name = r.Text(3);
      e.action = r.Text(4);
      e.entity = r.Text(5);
      e.entity_id = r.Text(6);
      e.before = ParseSnapshot(r.OptText(7));
      e.after = ParseSnapshot(r.OptText(8));
      out.push_back(std::move(e));
    }
    return out;
  }

 private:
  Connection& c_;
};

class SqlOutbox final : public app::Outbox {
 public:
  explicit SqlOutbox(Connection& c) : c_(c) {}
  void Enqueue(const app::OutgoingMail& m, Timestamp now) override {
    Value name = nullptr;
    Value type = nullptr;
    Value content = nullptr;
    if (m.attachment) {
      name = m.attachment->file_name;
      type = m.attachment->content_type;
      content = m.attachment->content;
    }
    c_.Query(
        "INSERT INTO outbox (recipient, subject, body, created_at, attempts, next_attempt_at, attachment_name, "
        "attachment_type, attachment_content) VALUES ($1, $2, $3, $4, 0, $4, $5, $6, $7)",
        {m.to, m.subject, m.body, Seconds(now), name, type, content});
  }
  std::vector<app::OutgoingMail> Due(Timestamp now, int limit) override {
    Rows rows = c_.Query(
        "SELECT id, recipient, subject, body, attempts, next_attempt_at, attachment_name, attachment_type, "
        "attachment_content FROM outbox "
        "WHERE sent_at IS NULL AND next_attempt_at IS NOT NULL AND next_attempt_at <= $1 "
        "ORDER BY next_attempt_at, id LIMIT $2",
        {Seconds(now), std::int64_t{limit}});
    std::vector<app::OutgoingMail> out;
    for (const Row& r : rows) {
      app::OutgoingMail m{r.Int(0), r.Text(1), r.Text(2), r.Text(3), static_cast<int>(r.Int(4)), ToTime(r.Int(5))};
      if (auto name = r.OptText(6)) m.attachment = app::MailAttachment{*name, r.Text(7), r.Text(8)};
      out.push_back(std::move(m));
    }
    return out;
  }
  void MarkSent(std::int64_t id, Timestamp at) override {
    c_.Query("UPDATE outbox SET sent_at = $1, attempts = attempts + 1, last_error = NULL WHERE id = $2",
             {Seconds(at), id});
  }
  void MarkFailed(std::int64_t id, int attempts, std::optional<Timestamp> next_attempt_at,
                  const std::string& last_error) override {
    c_.Query("UPDATE outbox SET attempts = $1, next_attempt_at = $2, last_error = $3 WHERE id = $4",
             {std::int64_t{attempts}, OptSeconds(next_attempt_at), last_error, id});
  }

 private:
  Connection& c_;
};

}  // namespace

struct SqlRepositories::Impl {
  explicit Impl(Connection& c)
      : users(c),
        sessions(c),
        tokens(c),
        attempts(c),
        audit(c),
        outbox(c),
        programmes(MakeSqlProgrammes(c)),
        curricula(MakeSqlCurricula(c)),
        cohorts(MakeSqlCohorts(c)),
        calendars(MakeSqlCalendars(c)),
        organisations(MakeSqlOrganisations(c)),
        mentor_profiles(MakeSqlMentorProfiles(c)),
        placements(MakeSqlPlacements(c)),
        documents(MakeSqlDocuments(c)),
        dimona(MakeSqlDimona(c)),
        module_plans(MakeSqlModulePlans(c)),
        logbook(MakeSqlLogbook(c)),
        absences(MakeSqlAbsences(c)),
        evaluation(MakeSqlEvaluation(c)),
        guidance(MakeSqlGuidance(c)) {}
  SqlUsers users;
  SqlSessions sessions;
  SqlTokens tokens;
  SqlLoginAttempts attempts;
  SqlAudit audit;
  SqlOutbox outbox;
  std::unique_ptr<app::ProgrammeRepository> programmes;
  std::unique_ptr<app::CurriculumRepository> curricula;
  std::unique_ptr<app::CohortRepository> cohorts;
  std::unique_ptr<app::CalendarRepository> calendars;
  std::unique_ptr<app::OrganisationRepository> organisations;
  std::unique_ptr<app::MentorProfileRepository> mentor_profiles;
  std::unique_ptr<app::PlacementRepository> placements;
  std::unique_ptr<app::DocumentRepository> documents;
  std::unique_ptr<app::DimonaRepository> dimona;
  std::unique_ptr<app::ModulePlanRepository> module_plans;
  std::unique_ptr<app::LogbookRepository> logbook;
  std::unique_ptr<app::AbsenceRepository> absences;
  std::unique_ptr<app::EvaluationRepository> evaluation;
  std::unique_ptr<app::GuidanceRepository> guidance;
};

SqlRepositories::SqlRepositories(Connection& connection) : impl_(std::make_unique<Impl>(connection)) {}
SqlRepositories::~SqlRepositories() = default;
app::UserRepository& SqlRepositories::Users() { return impl_->users; }
app::SessionRepository& SqlRepositories::Sessions() { return impl_->sessions; }
app::OneTimeTokenRepository& SqlRepositories::Tokens() { return impl_->tokens; }
app::LoginAttemptRepository& SqlRepositories::LoginAttempts() { return impl_->attempts; }
app::AuditTrail& SqlRepositories::Audit() { return impl_->audit; }
app::Outbox& SqlRepositories::Mail() { return impl_->outbox; }
app::ProgrammeRepository& SqlRepositories::Programmes() { return *impl_->programmes; }
app::CurriculumRepository& SqlRepositories::Curricula() { return *impl_->curricula; }
app::CohortRepository& SqlRepositories::Cohorts() { return *impl_->cohorts; }
app::CalendarRepository& SqlRepositories::Calendars() { return *impl_->calendars; }
app::OrganisationRepository& SqlRepositories::Organisations() { return *impl_->organisations; }
app::MentorProfileRepository& SqlRepositories::MentorProfiles() { return *impl_->mentor_profiles; }
app::PlacementRepository& SqlRepositories::Placements() { return *impl_->placements; }
app::DocumentRepository& SqlRepositories::Documents() { return *impl_->documents; }
app::DimonaRepository& SqlRepositories::Dimona() { return *impl_->dimona; }
app::ModulePlanRepository& SqlRepositories::ModulePlans() { return *impl_->module_plans; }
app::LogbookRepository& SqlRepositories::Logbook() { return *impl_->logbook; }
app::AbsenceRepository& SqlRepositories::Absences() { return *impl_->absences; }
app::EvaluationRepository& SqlRepositories::Evaluation() { return *impl_->evaluation; }
app::GuidanceRepository& SqlRepositories::Guidance() { return *impl_->guidance; }

}  // namespace leerplek::storage
