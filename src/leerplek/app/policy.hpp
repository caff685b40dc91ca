// Who may do what: the one place where access is decided. Routes and use cases
// both name an Access from here; the route × role test walks all of them.
#pragma once

#include <optional>
#include <string_view>

#include "leerplek/app/context.hpp"
#include "leerplek/domain/role.hpp"

namespace leerplek::app {

struct Access {
  enum class Kind { kPublic, kAnyUser, kRoles };
  Kind kind = Kind::kRoles;
  domain::RoleSet roles;
  std::string_view name;  // for docs and test output
};

namespace policy {
using domain::Role;
inline const Access kPublic{Access::Kind::kPublic, {}, "public"};
inline const Access kAnyUser{Access::Kind::kAnyUser, {}, "any_user"};
inline const Access kManageUsers{Access::Kind::kRoles, {Role::kAdmin}, "manage_users"};
inline const Access kReadAuditTrail{Access::Kind::kRoles, {Role::kCoordinator, Role::kAdmin}, "read_audit_trail"};
}  // namespace policy

// kUnauthenticated without an actor (for non-public access), kPermissionDenied without a fitting role.
Status Authorize(const Access& access, const std::optional<Actor>& actor);

}  // namespace leerplek::app
