// SQL repositories for the workplace register and mentors' profiles.
#pragma once

#include <memory>

#include "leerplek/app/ports.hpp"
#include "leerplek/storage/sql/connection.hpp"

namespace leerplek::storage {

std::unique_ptr<app::OrganisationRepository> MakeSqlOrganisations(Connection& connection);
std::unique_ptr<app::MentorProfileRepository> MakeSqlMentorProfiles(Connection& connection);

}  // namespace leerplek::storage
