// Signing in and out, sessions, and the e-mailed one-time links (invitation, reset).
#pragma once

#include <optional>
#include <string>

#include "leerplek/app/context.hpp"

namespace leerplek::app {

struct LogInCommand {
  std::string email;
  std::string password;
  std::string remote_address;
};

struct LogInResult {
  domain::User user;
  std::string session_token;  // goes into the cookie, never stored
  std::string csrf_token;
};

Result<LogInResult> LogIn(const AppContext& ctx, const LogInCommand& command);
Status LogOut(const AppContext& ctx, const Actor& actor);

// Checks a session token from a cookie; kUnauthenticated when unknown, expired or the account is blocked.
Result<Actor> Authenticate(const AppContext& ctx, const std::string& session_token);

struct RequestPasswordResetCommand {
  std::string email;
};
// Always succeeds for a well-formed address, so nobody learns which accounts exist.
Status RequestPasswordReset(const AppContext& ctx, const RequestPasswordResetCommand& command);

struct OneTimeLinkInfo {
  domain::TokenPurpose purpose;
  std::string email;
  std::string name;
};
Result<OneTimeLinkInfo> InspectOneTimeLink(const AppContext& ctx, const std::string& token);

struct SetPasswordWithLinkCommand {
  std::string token;
  std::string password;
};
// Sets the password, uses up the link and ends the account's other sessions.
Status SetPasswordWithLink(const AppContext& ctx, const SetPasswordWithLinkCommand& command);

// Creates a one-time link for a user and queues the e-mail that carries it (inside a write).
void IssueOneTimeLink(const AppContext& ctx, Repositories& repos, const domain::User& user,
                      domain::TokenPurpose purpose);

}  // namespace leerplek::app
