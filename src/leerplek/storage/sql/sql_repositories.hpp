// The app's repositories written once in SQL, for every engine.
#pragma once

#include <memory>

#include "leerplek/app/ports.hpp"
#include "leerplek/storage/sql/connection.hpp"

namespace leerplek::storage {

class SqlRepositories final : public app::Repositories {
 public:
  explicit SqlRepositories(Connection& connection);
  ~SqlRepositories() override;
  app::UserRepository& Users() override;
  app::SessionRepository& Sessions() override;
  app::OneTimeTokenRepository& Tokens() override;
  app::LoginAttemptRepository& LoginAttempts() override;
  app::AuditTrail& Audit() override;
  app::Outbox& Mail() override;
  app::ProgrammeRepository& Programmes() override;
  app::CurriculumRepository& Curricula() override;
  app::CohortRepository& Cohorts() override;
  app::CalendarRepository& Calendars() override;
  app::OrganisationRepository& Organisations() override;
  app::MentorProfileRepository& MentorProfiles() override;
  app::PlacementRepository& Placements() override;
  app::DocumentRepository& Documents() override;
  app::DimonaRepository& Dimona() override;
  app::ModulePlanRepository& ModulePlans() override;
  app::LogbookRepository& Logbook() override;
  app::AbsenceRepository& Absences() override;
  app::EvaluationRepository& Evaluation() override;
  app::GuidanceRepository& Guidance() override;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Guidance moments with attendance and workplace visits (sql_guidance.cpp).
std::unique_ptr<app::GuidanceRepository> MakeSqlGuidance(Connection& connection);

}  // namespace leerplek::storage
