// The workplace register (R11) kept by the coordinator, and mentors' profiles (R16).
#pragma once

#include <vector>

#include "leerplek/app/context.hpp"

namespace leerplek::app {

Result<std::vector<domain::Organisation>> ListOrganisations(const AppContext& ctx, const Actor& actor);
Result<domain::Organisation> GetOrganisation(const AppContext& ctx, const Actor& actor, domain::OrganisationId id);
Result<domain::Organisation> RegisterOrganisation(const AppContext& ctx, const Actor& actor,
                                                  domain::Organisation organisation);
// Replaces every field, its closure days included; audited with before and after.
Result<domain::Organisation> UpdateOrganisation(const AppContext& ctx, const Actor& actor,
                                                domain::Organisation organisation);

// A mentor reads and corrects their own profile; school staff read it, the coordinator may correct it.
Result<domain::MentorProfile> GetMentorProfile(const AppContext& ctx, const Actor& actor, UserId mentor);
Result<domain::MentorProfile> UpdateMentorProfile(const AppContext& ctx, const Actor& actor, UserId mentor,
                                                  const domain::MentorProfile& profile);

}  // namespace leerplek::app
