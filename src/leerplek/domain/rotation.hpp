// R14: the Expeditie HR rotation (doorschuifsysteem) — who is at which work setting on which day.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "leerplek/domain/calendar.hpp"
#include "leerplek/domain/result.hpp"

namespace leerplek::domain {

inline constexpr int kMaxRotationDays = 366;
inline constexpr int kMaxRotationBlockDays = 366;
inline constexpr int kMaxRotationSettings = 500;  // keeps the planner's work bounded; a cohort has a few dozen
inline constexpr int kMaxRotationSettingCapacity = 1000;
inline constexpr int kMaxRotationStudents = 5000;

struct RotationSetting {
  std::string id;
  int capacity = 1;  // students it can host on one day
};

// `days` are the module's calendar days (sorted, distinct). Consecutive days of that list form a block of
// `block_days` days (the last block may be shorter); a student stays at one setting for a whole block.
struct RotationRequest {
  std::vector<Date> days;
  int block_days = 1;
  std::vector<RotationSetting> settings;
  std::vector<std::string> students;
  std::map<std::string, std::string> student_names = {};  // for messages only
};

struct RotationAssignment {
  std::string student;
  Date date;
  std::string setting;
  bool operator==(const RotationAssignment&) const = default;
};

struct RotationPlan {
  std::vector<RotationAssignment> assignments;  // by date, then by the students' order in the request
  int min_distinct_settings = 0;                // the fewest different settings any student sees
  int total_distinct = 0;                       // distinct (student, setting) pairs
  bool operator==(const RotationPlan&) const = default;
};

// The shape of a request, every problem at once. Fields: "days", "days[i]", "block_days", "settings",
// "settings[i].id", "settings[i].capacity", "students", "students[i]".
Status RotationRequestIsValid(const RotationRequest& request);

// R14: a plan in which every student is at one setting per block, no setting hosts more students on a
// day than its capacity, and students see as many settings as possible: first the smallest number of
// distinct settings any student sees is as large as it can be, then the number of (student, setting)
// pairs. Deterministic. Refuses (field "settings") when the settings cannot host every student on a day.
Result<RotationPlan> PlanRotation(const RotationRequest& request);

// The two figures a plan is judged by, counted from its assignments.
struct DistinctSettings {
  int min_per_student = 0;
  int total = 0;
};
DistinctSettings CountDistinctSettings(const RotationRequest& request,
                                       const std::vector<RotationAssignment>& assignments);

// For a hand-adjusted plan: the request is valid, every student has exactly one known setting on every
// day of the request and nothing else, keeps it for the whole block, and no setting is over capacity.
// Fields: "assignments", "assignments[i].student", "assignments[i].date", "assignments[i].setting".
Status RotationPlanRespectsRules(const RotationRequest& request, const RotationPlan& plan);

}  // namespace leerplek::domain
