// SQL repositories for programmes, curriculum versions, cohorts and calendars.
#pragma once

#include <memory>

#include "leerplek/app/ports.hpp"
#include "leerplek/storage/sql/connection.hpp"

namespace leerplek::storage {

std::unique_ptr<app::ProgrammeRepository> MakeSqlProgrammes(Connection& connection);
std::unique_ptr<app::CurriculumRepository> MakeSqlCurricula(Connection& connection);
std::unique_ptr<app::CohortRepository> MakeSqlCohorts(Connection& connection);
std::unique_ptr<app::CalendarRepository> MakeSqlCalendars(Connection& connection);

}  // namespace leerplek::storage
