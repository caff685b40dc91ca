// The coordinator's plans for a module of a cohort: the Expeditie HR rotation (R14) and the Digitaal vaardig
// groups (R15). Leerplek proposes one, the coordinator may adjust it (checked against the same rules), and
// publishing shows it to the students and mentors in it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "leerplek/app/context.hpp"

namespace leerplek::app {

// What a plan is made from and, once saved, the plan itself.
struct RotationPlanView {
  domain::CohortId cohort;
  std::string module;
  std::string module_name;
  std::vector<domain::Date> days;         // the module's calendar days
  std::vector<domain::User> students;     // the cohort's students
  std::optional<SavedRotationPlan> plan;  // none saved yet
  domain::DistinctSettings distinct;      // of the saved plan
};

struct SaveRotationCommand {
  domain::CohortId cohort;
  std::string module;
  int block_days = 1;
  std::vector<RotationSettingRecord> settings;
  // The coordinator's adjusted plan; without it Leerplek plans (R14).
  std::optional<std::vector<domain::RotationAssignment>> assignments;
};

// Programme staff read; the coordinator saves (as a draft: saving unpublishes) and publishes.
Result<RotationPlanView> GetRotationPlan(const AppContext& ctx, const Actor& actor, domain::CohortId cohort,
                                         const std::string& module);
Result<RotationPlanView> SaveRotationPlan(const AppContext& ctx, const Actor& actor,
                                          const SaveRotationCommand& command);
Result<RotationPlanView> PublishRotationPlan(const AppContext& ctx, const Actor& actor, domain::CohortId cohort,
                                             const std::string& module);

struct GroupingView {
  domain::CohortId cohort;
  std::string module;
  std::string module_name;
  std::vector<domain::User> students;
  std::optional<SavedGrouping> grouping;
  int preferences_honoured = 0;
};

struct SaveGroupingCommand {
  domain::CohortId cohort;
  std::string module;
  std::vector<domain::GroupCompany> companies;              // ids: organisations of the register
  std::map<std::string, std::string> preferences;           // student id → company id
  std::optional<std::vector<domain::StudentGroup>> groups;  // the coordinator's edit; without it Leerplek forms them
};

Result<GroupingView> GetGrouping(const AppContext& ctx, const Actor& actor, domain::CohortId cohort,
                                 const std::string& module);
Result<GroupingView> SaveGrouping(const AppContext& ctx, const Actor& actor, const SaveGroupingCommand& command);
Result<GroupingView> PublishGrouping(const AppContext& ctx, const Actor& actor, domain::CohortId cohort,
                                     const std::string& module);

// What a student or mentor sees of published plans.
struct MyRotationDay {
  std::string module;
  std::string module_name;
  domain::Date date;
  std::string setting;
  std::string organisation_name;
  std::string student_name;  // for a mentor: who comes
};
struct MyGroup {
  std::string module;
  std::string module_name;
  std::vector<std::string> members;  // names, the student included
  std::string company_name;
};
struct MyPlans {
  std::vector<MyRotationDay> days;  // by date
  std::vector<MyGroup> groups;
};
Result<MyPlans> GetMyPlans(const AppContext& ctx, const Actor& actor);

}  // namespace leerplek::app
