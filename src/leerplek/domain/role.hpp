// The roles a person can hold in Leerplek (PRODUCT.md, "Who uses it").
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace leerplek::domain {

enum class Role { kStudent, kMentor, kSupervisor, kCoordinator, kProgrammeLead, kOmbuds, kAdmin };

inline constexpr std::array kAllRoles = {Role::kStudent,       Role::kMentor, Role::kSupervisor, Role::kCoordinator,
                                         Role::kProgrammeLead, Role::kOmbuds, Role::kAdmin};

std::string_view RoleCode(Role role);
std::string_view RoleDutchName(Role role);
std::optional<Role> ParseRole(std::string_view code);

// A set of roles, kept small and ordered like kAllRoles.
class RoleSet {
 public:
  RoleSet() = default;
  RoleSet(std::initializer_list<Role> roles);
  void Add(Role role) { bits_ |= Bit(role); }
  [[nodiscard]] bool Has(Role role) const { return (bits_ & Bit(role)) != 0; }
  [[nodiscard]] bool Intersects(RoleSet other) const { return (bits_ & other.bits_) != 0; }
  [[nodiscard]] bool Empty() const { return bits_ == 0; }
  [[nodiscard]] std::vector<Role> ToVector() const;
  bool operator==(const RoleSet&) const = default;

 private:
  static unsigned Bit(Role role) { return 1U << static_cast<unsigned>(role); }
  unsigned bits_ = 0;
};

}  // namespace leerplek::domain
