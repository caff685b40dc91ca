#include "leerplek/domain/role.hpp"

namespace leerplek::domain {

std::string_view RoleCode(Role role) {
  switch (role) {
    case Role::kStudent: return "student";
    case Role::kMentor: return "mentor";
    case Role::kSupervisor: return "supervisor";
    case Role::kCoordinator: return "coordinator";
    case Role::kProgrammeLead: return "programme_lead";
    case Role::kOmbuds: return "ombuds";
    case Role::kAdmin: return "admin";
  }
  return "";
}

std::string_view RoleDutchName(Role role) {
  switch (role) {
    case Role::kStudent: return "Student";
    case Role::kMentor: return "Mentor";
    case Role::kSupervisor: return "Werkplekbegeleider";
    case Role::kCoordinator: return "Werkplekcoördinator";
    case Role::kProgrammeLead: return "Opleidingscoördinator";
    case Role::kOmbuds: return "Ombudsdienst";
    case Role::kAdmin: return "Beheerder";
  }
  return "";
}

std::optional<Role> ParseRole(std::string_view code) {
  for (Role r : kAllRoles) {
    if (RoleCode(r) == code) return r;
  }
  return std::nullopt;
}

RoleSet::RoleSet(std::initializer_list<Role> roles) {
  for (Role r : roles) Add(r);
}

std::vector<Role> RoleSet::ToVector() const {
  std::vector<Role> out;
  for (Role r : kAllRoles) {
    if (Has(r)) out.push_back(r);
  }
  return out;
}

}  // namespace leerplek::domain
