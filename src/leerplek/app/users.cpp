#include "leerplek/app/users.hpp"

#include "leerplek/app/accounts.hpp"
#include "leerplek/app/audit.hpp"
#include "leerplek/app/policy.hpp"

namespace leerplek::app {
namespace {

Result<domain::RoleSet> ParseRoles(const std::vector<std::string>& codes) {
  domain::RoleSet roles;
  for (const std::string& code : codes) {
    auto role = domain::ParseRole(code);
    if (!role) return InvalidField("roles", "Onbekende rol: " + code.substr(0, 40) + ".");
    roles.Add(*role);
  }
  if (roles.Empty()) return InvalidField("roles", "Kies minstens één rol.");
  return roles;
}

Error UserNotFound() { return MakeError(ErrorCode::kNotFound, "Deze gebruiker bestaat niet."); }

// Validates the fields of a new account and reports every problem at once.
Result<domain::User> NewUserFrom(const std::string& email_in, const std::string& name,
                                 const std::vector<std::string>& role_codes) {
  FieldErrors errors;
  domain::User user;
  user.email = domain::NormaliseEmail(email_in);
  user.name = name;
  if (!domain::EmailAddressIsWellFormed(user.email)) errors.Add("email", "Vul een geldig e-mailadres in.");
  if (Status ok = domain::NameIsValid(name); !ok) errors.Add("name", ok.error().message);
  Result<domain::RoleSet> roles = ParseRoles(role_codes);
  if (roles) {
    user.roles = *roles;
  } else {
    errors.Add("roles", roles.error().message);
  }
  if (!errors.Empty()) return errors.ToError();
  return user;
}

Status InsertNewUser(Repositories& repos, domain::User& user, Timestamp now) {
  if (repos.Users().ByEmail(user.email)) {
    Error e = InvalidField("email", "Er bestaat al een account met dit e-mailadres.");
    e.code = ErrorCode::kAlreadyExists;
    return e;
  }
  user.id = repos.Users().Insert(user, now);
  return {};
}

}  // namespace

Result<std::vector<domain::User>> ListUsers(const AppContext& ctx, const Actor& actor) {
  if (Status allowed = Authorize(policy::kManageUsers, actor); !allowed) return allowed.error();
  std::vector<domain::User> users;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    users = repos.Users().List();
    return {};
  });
  if (!read) return read.error();
  return users;
}

Result<domain::User> GetUser(const AppContext& ctx, const Actor& actor, UserId id) {
  if (Status allowed = Authorize(policy::kManageUsers, actor); !allowed) return allowed.error();
  std::optional<domain::User> user;
  Status read = ctx.store.Read([&](Repositories& repos) -> Status {
    user = repos.Users().ById(id);
    return {};
  });
  if (!read) return read.error();
  if (!user) return UserNotFound();
  return *user;
}

Result<domain::User> CreateUser(const AppContext& ctx, const Actor& actor, const CreateUserCommand& command) {
  if (Status allowed = Authorize(policy::kManageUsers, actor); !allowed) return allowed.error();
  Result<domain::User> user = NewUserFrom(command.email, command.name, command.roles);
  if (!user) return user.error();
  const Timestamp now = ctx.clock.Now();
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    if (Status inserted = InsertNewUser(repos, *user, now); !inserted) return inserted;
    RecordChange(repos, now, actor.user.id, "user.created", "user", std::to_string(user->id.value), std::nullopt,
                 SnapshotOf(*user));
    if (command.send_invitation) {
      IssueOneTimeLink(ctx, repos, *user, domain::TokenPurpose::kInvitation);
      RecordChange(repos, now, actor.user.id, "invitation.sent", "user", std::to_string(user->id.value), std::nullopt,
                   std::nullopt);
    }
    return {};
  });
  if (!written) return written.error();
  return user;
}

Result<domain::User> UpdateUser(const AppContext& ctx, const Actor& actor, const UpdateUserCommand& command) {
  if (Status allowed = Authorize(policy::kManageUsers, actor); !allowed) return allowed.error();
  if (!command.name && !command.roles && !command.active) {
    return InvalidField("body", "Geef minstens één veld om te wijzigen: name, roles of active.");
  }
  FieldErrors errors;
  std::optional<domain::RoleSet> roles;
  if (command.name) {
    if (Status ok = domain::NameIsValid(*command.name); !ok) errors.Add("name", ok.error().message);
  }
  if (command.roles) {
    Result<domain::RoleSet> parsed = ParseRoles(*command.roles);
    if (parsed) {
      roles = *parsed;
    } else {
      errors.Add("roles", parsed.error().message);
    }
  }
  if (command.id == actor.user.id) {
    // An administrator cannot lock themselves out.
    if (command.active && !*command.active) errors.Add("active", "Je kan je eigen account niet blokkeren.");
    if (roles && !roles->Has(domain::Role::kAdmin)) errors.Add("roles", "Je kan je eigen beheerdersrol niet afnemen.");
  }
  if (!errors.Empty()) return errors.ToError();

  const Timestamp now = ctx.clock.Now();
  domain::User updated;
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    std::optional<domain::User> before = repos.Users().ById(command.id);
    if (!before) return UserNotFound();
    updated = *before;
    if (command.name) updated.name = *command.name;
    if (roles) updated.roles = *roles;
    if (command.active) updated.active = *command.active;
    repos.Users().Update(updated);
    if (!updated.active) repos.Sessions().DeleteForUser(updated.id);
    RecordChange(repos, now, actor.user.id, "user.updated", "user", std::to_string(updated.id.value),
                 SnapshotOf(*before), SnapshotOf(updated));
    return {};
  });
  if (!written) return written.error();
  return updated;
}

Status SendInvitation(const AppContext& ctx, const Actor& actor, UserId id) {
  if (Status allowed = Authorize(policy::kManageUsers, actor); !allowed) return allowed;
  const Timestamp now = ctx.clock.Now();
  return ctx.store.Write([&](Repositories& repos) -> Status {
    std::optional<domain::User> user = repos.Users().ById(id);
    if (!user) return UserNotFound();
    if (!user->active) {
      return MakeError(ErrorCode::kFailedPrecondition, "Dit account is geblokkeerd; deblokkeer het eerst.");
    }
    IssueOneTimeLink(ctx, repos, *user, domain::TokenPurpose::kInvitation);
    RecordChange(repos, now, actor.user.id, "invitation.sent", "user", std::to_string(id.value), std::nullopt,
                 std::nullopt);
    return {};
  });
}

Result<domain::User> AddUserWithPassword(const AppContext& ctx, const AddUserWithPasswordCommand& command) {
  Result<domain::User> user = NewUserFrom(command.email, command.name, command.roles);
  if (!user) return user.error();
  if (Status strong = domain::PasswordIsStrongEnough(command.password); !strong) return strong.error();
  const std::string hash = ctx.crypto.HashPassword(command.password);
  const Timestamp now = ctx.clock.Now();
  Status written = ctx.store.Write([&](Repositories& repos) -> Status {
    if (Status inserted = InsertNewUser(repos, *user, now); !inserted) return inserted;
    repos.Users().SetPasswordHash(user->id, hash);
    user->has_password = true;
    RecordChange(repos, now, std::nullopt, "user.created", "user", std::to_string(user->id.value), std::nullopt,
                 SnapshotOf(*user));
    return {};
  });
  if (!written) return written.error();
  return user;
}

}  // namespace leerplek::app
