// Demo data: the HR-support programme and curriculum, a cohort with contacts, members and workplace
// days, and one account per role, for a first look.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "leerplek/app/context.hpp"

namespace leerplek::app {

struct DemoAccount {
  std::string role;
  std::string email;
  std::string password;
};

// Creates what is missing and gives every demo account a fresh password, so running it twice is safe.
// `curriculum_toml` is the curriculum file to load for the demo programme (needs ctx.curriculum_parser).
Result<std::vector<DemoAccount>> SeedDemo(const AppContext& ctx, std::string_view curriculum_toml);

}  // namespace leerplek::app
