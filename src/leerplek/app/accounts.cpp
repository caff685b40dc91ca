#include "leerplek/app/accounts.hpp"

#include <chrono>

#include "leerplek/app/audit.hpp"
#include "leerplek/app/mail_templates.hpp"

namespace leerplek::app {
namespace {

using domain::TokenPurpose;

constexpr auto kTouchInterval = std::chrono::minutes(5);

Error WrongCredentials() {
  return MakeError(ErrorCode::kUnauthenticated, "Dit e-mailadres en wachtwoord horen niet bij elkaar.");
}

Error Throttled(Timestamp allowed_from, Timestamp now) {
  const auto wait = std::chrono::ceil<std::chrono::minutes>(allowed_from - now).count();
  return MakeError(ErrorCode::kRateLimited, "Te veel mislukte aanmeldpogingen. Probeer het opnieuw over " +
                                                std::to_string(wait) + (wait == 1 ? " minuut." : " minuten."));
}

Error LinkNotUsable() {
  return MakeError(ErrorCode::kNotFound, "Deze link is ongeldig, al gebruikt of verlopen. Vraag een nieuwe link aan.");
}

// A hash of a password nobody has, so an unknown address costs as much time as a known one.
const std::string& DummyHash(const Crypto& crypto) {
  static const std::string hash = crypto.HashPassword("leerplek-dummy-password-for-timing");
  return hash;
}

std::optional<Timestamp> ThrottledUntil(Repositories& repos, const std::string& key,
                                        const domain::ThrottlePolicy& policy, Timestamp now) {
  const FailureCount failures = repos.LoginAttempts().FailuresSince(key, now - policy.window);
  return domain::LoginIsThrottledAfterRepeatedFailures(failures.count, failures.oldest, now, policy);
}

}  // namespace

Result<LogInResult> LogIn(const AppContext& ctx, const LogInCommand& command) {
  FieldErrors errors;
  const std::string email = domain::NormaliseEmail(command.email);
  if (email.empty()) errors.Add("email", "Vul je e-mailadres in.");
  if (command.password.empty()) errors.Add("password", "Vul je wachtwoord in.");
  if (!errors.Empty()) return errors.ToError();

  const Timestamp now = ctx.clock.Now();
  const std::string account_key = "account:" + email;
  const std::string address_key = "address:" + command.remote_address;

  std::optional<domain::User> user;
  std::optional<std::string> hash;
  std::optional<Timestamp> blocked_until;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    blocked_until = ThrottledUntil(repos, account_key, ctx.settings.account_throttle, now);
    if (!blocked_until) blocked_until = ThrottledUntil(repos, address_key, ctx.settings.address_throttle, now);
    if (blocked_until) return {};
    user = repos.Users().ByEmail(email);
    if (user) hash = repos.Users().PasswordHash(user->id);
    return {};
  });
  if (!read) return read.error();
  if (blocked_until) return Throttled(*blocked_until, now);

  // Hashing runs outside any transaction: it is slow on purpose.
  const bool password_ok = ctx.crypto.VerifyPassword(hash ? *hash : DummyHash(ctx.crypto), command.password);
  if (!user || !hash || !password_ok || !user->active) {
    Status recorded = ctx.store.Write([&](Repositories& repos) -> Status {
      repos.LoginAttempts().RecordFailure(account_key, now);
      repos.LoginAttempts().RecordFailure(address_key, now);
      return {};
    });
    if (!recorded) return recorded.error();
    if (user && hash && password_ok && !user->active) {
      return MakeError(ErrorCode::kPermissionDenied, "Dit account is geblokkeerd. Neem contact op met de beheerder.");
    }
    return WrongCredentials();
  }

  LogInResult result{*user, ctx.crypto.RandomToken(), ctx.crypto.RandomToken()};
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    repos.Sessions().Insert(
        StoredSession{ctx.crypto.DigestToken(result.session_token), user->id, result.csrf_token, now, now});
    repos.LoginAttempts().Clear(account_key);
    RecordChange(repos, now, user->id, "session.created", "user", std::to_string(user->id.value), std::nullopt,
                 std::nullopt);
    return {};
  });
  if (!written) return written.error();
  return result;
}

Status LogOut(const AppContext& ctx, const Actor& actor) {
  const Timestamp now = ctx.clock.Now();
  return ctx.store.Write([&](Repositories& repos) -> Status {
    repos.Sessions().Delete(actor.session_digest);
    RecordChange(repos, now, actor.user.id, "session.ended", "user", std::to_string(actor.user.id.value), std::nullopt,
                 std::nullopt);
    return {};
  });
}

Result<Actor> Authenticate(const AppContext& ctx, const std::string& session_token) {
  const Error not_logged_in = MakeError(ErrorCode::kUnauthenticated, "Meld je eerst aan.");
  if (session_token.empty()) return not_logged_in;
  const std::string digest = ctx.crypto.DigestToken(session_token);
  const Timestamp now = ctx.clock.Now();
  std::optional<StoredSession> session;
  std::optional<domain::User> user;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    session = repos.Sessions().Find(digest);
    if (session) user = repos.Users().ById(session->user);
    return {};
  });
  if (!read) return read.error();
  if (!session || !user || !user->active || !domain::SessionIsAlive(session->created_at, session->last_seen_at, now)) {
    return not_logged_in;
  }
  // Refresh the idle timer now and then, not on every request.
  if (now - session->last_seen_at >= kTouchInterval) {
    Status touched = ctx.store.Write([&](Repositories& repos) -> Status {
      repos.Sessions().Touch(digest, now);
      return {};
    });
    if (!touched) return touched.error();
  }
  return Actor{*user, digest, session->csrf_token};
}

void IssueOneTimeLink(const AppContext& ctx, Repositories& repos, const domain::User& user, TokenPurpose purpose) {
  const Timestamp now = ctx.clock.Now();
  const std::string token = ctx.crypto.RandomToken();
  repos.Tokens().ExpireOpen(user.id, purpose, now);
  repos.Tokens().Insert(
      OneTimeToken{ctx.crypto.DigestToken(token), user.id, purpose, now, now + domain::TokenLifetime(purpose), {}});
  const std::string link = ctx.settings.base_url + "/wachtwoord-instellen#token=" + token;
  repos.Mail().Enqueue(
      purpose == TokenPurpose::kInvitation ? InvitationMail(user, link) : PasswordResetMail(user, link), now);
}

Status RequestPasswordReset(const AppContext& ctx, const RequestPasswordResetCommand& command) {
  const std::string email = domain::NormaliseEmail(command.email);
  if (!domain::EmailAddressIsWellFormed(email)) return InvalidField("email", "Vul een geldig e-mailadres in.");
  const Timestamp now = ctx.clock.Now();
  return ctx.store.Write([&](Repositories& repos) -> Status {
    std::optional<domain::User> user = repos.Users().ByEmail(email);
    if (!user || !user->active) return {};
    IssueOneTimeLink(ctx, repos, *user, TokenPurpose::kPasswordReset);
    RecordChange(repos, now, std::nullopt, "password_reset.requested", "user", std::to_string(user->id.value),
                 std::nullopt, std::nullopt);
    return {};
  });
}

Result<OneTimeLinkInfo> InspectOneTimeLink(const AppContext& ctx, const std::string& token) {
  if (token.empty() || token.size() > 200) return LinkNotUsable();
  const Timestamp now = ctx.clock.Now();
  std::optional<OneTimeToken> stored;
  std::optional<domain::User> user;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    stored = repos.Tokens().Find(ctx.crypto.DigestToken(token));
    if (stored) user = repos.Users().ById(stored->user);
    return {};
  });
  if (!read) return read.error();
  if (!stored || !user || !user->active || !domain::OneTimeTokenIsUsable(stored->expires_at, stored->used_at, now)) {
    return LinkNotUsable();
  }
  return OneTimeLinkInfo{stored->purpose, user->email, user->name};
}

Status SetPasswordWithLink(const AppContext& ctx, const SetPasswordWithLinkCommand& command) {
  if (Status strong = domain::PasswordIsStrongEnough(command.password); !strong) return strong;
  if (command.token.empty() || command.token.size() > 200) return LinkNotUsable();
  const std::string digest = ctx.crypto.DigestToken(command.token);
  const std::string hash = ctx.crypto.HashPassword(command.password);  // before the write lock: it is slow
  const Timestamp now = ctx.clock.Now();
  return ctx.store.Write([&](Repositories& repos) -> Status {
    std::optional<OneTimeToken> stored = repos.Tokens().Find(digest);
    if (!stored || !domain::OneTimeTokenIsUsable(stored->expires_at, stored->used_at, now)) return LinkNotUsable();
    std::optional<domain::User> user = repos.Users().ById(stored->user);
    if (!user || !user->active) return LinkNotUsable();
    repos.Tokens().MarkUsed(digest, now);
    repos.Users().SetPasswordHash(user->id, hash);
    repos.Sessions().DeleteForUser(user->id);
    RecordChange(repos, now, user->id,
                 stored->purpose == TokenPurpose::kInvitation ? "invitation.accepted" : "password.reset", "user",
                 std::to_string(user->id.value), std::nullopt, std::nullopt);
    return {};
  });
}

}  // namespace leerplek::app
