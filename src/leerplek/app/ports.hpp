// The app's view of the outside world: repositories, the store that runs them
// in transactions, the clock, crypto and mail. Adapters implement these.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "leerplek/domain/account.hpp"
#include "leerplek/domain/ids.hpp"
#include "leerplek/domain/result.hpp"
#include "leerplek/domain/time.hpp"

namespace leerplek::app {

using domain::Timestamp;
using domain::UserId;

class Clock {
 public:
  virtual ~Clock() = default;
  [[nodiscard]] virtual Timestamp Now() const = 0;
};

class Crypto {
 public:
  virtual ~Crypto() = default;
  [[nodiscard]] virtual std::string HashPassword(const std::string& password) const = 0;
  [[nodiscard]] virtual bool VerifyPassword(const std::string& hash, const std::string& password) const = 0;
  // A fresh unguessable token, URL-safe.
  [[nodiscard]] virtual std::string RandomToken() const = 0;
  // A one-way digest of a token: only digests are stored, so a database leak opens no session.
  [[nodiscard]] virtual std::string DigestToken(const std::string& token) const = 0;
};

struct StoredSession {
  std::string digest;
  UserId user;
  std::string csrf_token;
  Timestamp created_at;
  Timestamp last_seen_at;
};

struct OneTimeToken {
  std::string digest;
  UserId user;
  domain::TokenPurpose purpose = domain::TokenPurpose::kInvitation;
  Timestamp created_at;
  Timestamp expires_at;
  std::optional<Timestamp> used_at;
};

// A snapshot of an entity for the audit trail: field → value, as text.
using Snapshot = std::map<std::string, std::string>;

struct AuditEvent {
  std::int64_t id = 0;
  Timestamp at;
  std::optional<UserId> actor;
  std::string actor_name;  // filled when read
  std::string action;      // e.g. "user.created"
  std::string entity;      // e.g. "user"
  std::string entity_id;
  std::optional<Snapshot> before;
  std::optional<Snapshot> after;
};

struct OutgoingMail {
  std::int64_t id = 0;
  std::string to;
  std::string subject;
  std::string body;  // plain text, UTF-8
  int attempts = 0;
  Timestamp next_attempt_at;
};

struct FailureCount {
  int count = 0;
  std::optional<Timestamp> oldest;
};

class UserRepository {
 public:
  virtual ~UserRepository() = default;
  virtual std::optional<domain::User> ById(UserId id) = 0;
  virtual std::optional<domain::User> ByEmail(const std::string& normalised_email) = 0;
  virtual std::optional<std::string> PasswordHash(UserId id) = 0;
  virtual UserId Insert(const domain::User& user, Timestamp now) = 0;
  virtual void Update(const domain::User& user) = 0;  // name, active, roles
  virtual void SetPasswordHash(UserId id, const std::string& hash) = 0;
  virtual std::vector<domain::User> List() = 0;
  virtual std::int64_t Count() = 0;
};

class SessionRepository {
 public:
  virtual ~SessionRepository() = default;
  virtual void Insert(const StoredSession& session) = 0;
  virtual std::optional<StoredSession> Find(const std::string& digest) = 0;
  virtual void Touch(const std::string& digest, Timestamp at) = 0;
  virtual void Delete(const std::string& digest) = 0;
  virtual void DeleteForUser(UserId user) = 0;
};

class OneTimeTokenRepository {
 public:
  virtual ~OneTimeTokenRepository() = default;
  virtual void Insert(const OneTimeToken& token) = 0;
  virtual std::optional<OneTimeToken> Find(const std::string& digest) = 0;
  virtual void MarkUsed(const std::string& digest, Timestamp at) = 0;
  // Earlier links of the same purpose stop working when a new one is sent.
  virtual void ExpireOpen(UserId user, domain::TokenPurpose purpose, Timestamp at) = 0;
};

class LoginAttemptRepository {
 public:
  virtual ~LoginAttemptRepository() = default;
  virtual void RecordFailure(const std::string& key, Timestamp at) = 0;
  virtual FailureCount FailuresSince(const std::string& key, Timestamp since) = 0;
  virtual void Clear(const std::string& key) = 0;
};

// Append-only: there is no update or delete.
class AuditTrail {
 public:
  virtual ~AuditTrail() = default;
  virtual void Append(const AuditEvent& event) = 0;
  virtual std::vector<AuditEvent> Page(std::optional<std::int64_t> before_id, int limit) = 0;
};

class Outbox {
 public:
  virtual ~Outbox() = default;
  virtual void Enqueue(const OutgoingMail& mail, Timestamp now) = 0;
  virtual std::vector<OutgoingMail> Due(Timestamp now, int limit) = 0;
  virtual void MarkSent(std::int64_t id, Timestamp at) = 0;
  virtual void MarkFailed(std::int64_t id, int attempts, std::optional<Timestamp> next_attempt_at,
                          const std::string& last_error) = 0;
};

struct DemoProgramme {
  std::string programme_code;
  std::string programme_name;
  std::string cohort_name;
  std::string academic_year;
};

class ProgrammeRepository {
 public:
  virtual ~ProgrammeRepository() = default;
  // Returns false when the programme exists already.
  virtual bool InsertProgrammeWithCohort(const DemoProgramme& programme, Timestamp now) = 0;
};

// The repositories of one unit of work, all on the same connection and transaction.
class Repositories {
 public:
  virtual ~Repositories() = default;
  virtual UserRepository& Users() = 0;
  virtual SessionRepository& Sessions() = 0;
  virtual OneTimeTokenRepository& Tokens() = 0;
  virtual LoginAttemptRepository& LoginAttempts() = 0;
  virtual AuditTrail& Audit() = 0;
  virtual Outbox& Mail() = 0;
  virtual ProgrammeRepository& Programmes() = 0;
};

// Runs a unit of work: reads on a pooled read connection, writes in one
// transaction on the single writer (committed only when the work succeeds).
class Store {
 public:
  virtual ~Store() = default;
  virtual Status Read(const std::function<Status(Repositories&)>& work) = 0;
  virtual Status Write(const std::function<Status(Repositories&)>& work) = 0;
  virtual bool Ping() = 0;
};

}  // namespace leerplek::app

namespace leerplek::app {

// Hands one message to the mail server; an error means "try again later".
class MailTransport {
 public:
  virtual ~MailTransport() = default;
  virtual Status Send(const OutgoingMail& mail) = 0;
};

}  // namespace leerplek::app
