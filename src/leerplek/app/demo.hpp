// Demo data: a programme, a cohort and one account per role, for a first look.
#pragma once

#include <string>
#include <vector>

#include "leerplek/app/context.hpp"

namespace leerplek::app {

struct DemoAccount {
  std::string role;
  std::string email;
  std::string password;
};

// Creates what is missing and gives every demo account a fresh password, so running it twice is safe.
Result<std::vector<DemoAccount>> SeedDemo(const AppContext& ctx);

}  // namespace leerplek::app
