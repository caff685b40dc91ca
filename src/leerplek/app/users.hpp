// Managing accounts and their roles (the administrator's work).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "leerplek/app/context.hpp"

namespace leerplek::app {

Result<std::vector<domain::User>> ListUsers(const AppContext& ctx, const Actor& actor);

Result<domain::User> GetUser(const AppContext& ctx, const Actor& actor, UserId id);

struct CreateUserCommand {
  std::string email;
  std::string name;
  std::vector<std::string> roles;  // role codes
  bool send_invitation = true;
};
Result<domain::User> CreateUser(const AppContext& ctx, const Actor& actor, const CreateUserCommand& command);

struct UpdateUserCommand {
  UserId id;
  std::optional<std::string> name;
  std::optional<std::vector<std::string>> roles;
  std::optional<bool> active;
};
Result<domain::User> UpdateUser(const AppContext& ctx, const Actor& actor, const UpdateUserCommand& command);

Status SendInvitation(const AppContext& ctx, const Actor& actor, UserId id);

// For `leerplek user add` and the demo: an account with a password, without a logged-in actor.
struct AddUserWithPasswordCommand {
  std::string email;
  std::string name;
  std::vector<std::string> roles;
  std::string password;
};
Result<domain::User> AddUserWithPassword(const AppContext& ctx, const AddUserWithPasswordCommand& command);

}  // namespace leerplek::app
