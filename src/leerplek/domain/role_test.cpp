#include "leerplek/domain/role.hpp"

#include <gtest/gtest.h>

namespace leerplek::domain {
namespace {

TEST(Role, EveryRoleCodeParsesBackToItsRole) {
  for (Role r : kAllRoles) {
    auto parsed = ParseRole(RoleCode(r));
    ASSERT_TRUE(parsed) << RoleCode(r);
    EXPECT_EQ(*parsed, r);
  }
  EXPECT_FALSE(ParseRole("Student"));
  EXPECT_FALSE(ParseRole(""));
}

TEST(Role, CodesAreThoseOfTheProductBrief) {
  EXPECT_EQ(RoleCode(Role::kProgrammeLead), "programme_lead");
  EXPECT_EQ(RoleCode(Role::kOmbuds), "ombuds");
  EXPECT_EQ(RoleDutchName(Role::kSupervisor), "Werkplekbegeleider");
}

TEST(RoleSet, HoldsSeveralRolesInACanonicalOrder) {
  RoleSet set{Role::kAdmin, Role::kStudent};
  EXPECT_TRUE(set.Has(Role::kAdmin));
  EXPECT_FALSE(set.Has(Role::kMentor));
  EXPECT_EQ(set.ToVector(), (std::vector<Role>{Role::kStudent, Role::kAdmin}));
  EXPECT_TRUE(set.Intersects(RoleSet{Role::kStudent}));
  EXPECT_FALSE(set.Intersects(RoleSet{Role::kMentor, Role::kOmbuds}));
  EXPECT_TRUE(RoleSet{}.Empty());
}

}  // namespace
}  // namespace leerplek::domain
