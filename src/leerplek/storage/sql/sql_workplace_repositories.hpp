// SQL repositories for the workplace register, mentors' profiles and placements.
#pragma once

#include <memory>

#include "leerplek/app/ports.hpp"
#include "leerplek/storage/sql/connection.hpp"

namespace leerplek::storage {

std::unique_ptr<app::OrganisationRepository> MakeSqlOrganisations(Connection& connection);
std::unique_ptr<app::MentorProfileRepository> MakeSqlMentorProfiles(Connection& connection);

// Placements, their documents and Dimona records (sql_placement_repositories.cpp).
std::unique_ptr<app::PlacementRepository> MakeSqlPlacements(Connection& connection);
std::unique_ptr<app::DocumentRepository> MakeSqlDocuments(Connection& connection);
std::unique_ptr<app::DimonaRepository> MakeSqlDimona(Connection& connection);
// Rotation plans and groupings (sql_module_plans.cpp).
std::unique_ptr<app::ModulePlanRepository> MakeSqlModulePlans(Connection& connection);
// The daily logbook (sql_logbook.cpp).
std::unique_ptr<app::LogbookRepository> MakeSqlLogbook(Connection& connection);
// Sickness reports, catch-up requests and work accidents (sql_absences.cpp).
std::unique_ptr<app::AbsenceRepository> MakeSqlAbsences(Connection& connection);
// Rubrics, assessments, meetings and scores (sql_evaluation.cpp).
std::unique_ptr<app::EvaluationRepository> MakeSqlEvaluation(Connection& connection);

}  // namespace leerplek::storage
