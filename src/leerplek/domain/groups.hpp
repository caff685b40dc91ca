// R15: Digitaal vaardig — students in groups of three, each group linked to an HR-technology company.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "leerplek/domain/result.hpp"

namespace leerplek::domain {

inline constexpr int kGroupSize = 3;
inline constexpr int kMaxGroupStudents = 5000;  // keeps the work bounded; a module has a few dozen
inline constexpr int kMaxGroupCompanies = 500;
inline constexpr int kMaxGroupCompanyCapacity = 1000;

struct GroupCompany {
  std::string id;
  int capacity = 1;  // groups it can take
};

struct GroupingRequest {
  std::vector<std::string> students;
  std::vector<GroupCompany> companies;
  std::map<std::string, std::string> preferences;  // student → company id; a student may have none
  // Names for messages only (ids of students and of companies may look alike, so two maps).
  std::map<std::string, std::string> student_names = {};
  std::map<std::string, std::string> company_names = {};
};

struct StudentGroup {
  std::vector<std::string> students;  // in the order of the request
  std::string company;
  bool operator==(const StudentGroup&) const = default;
};

struct Grouping {
  std::vector<StudentGroup> groups;  // by company in the order of the request
  int preferences_honoured = 0;      // students whose group goes to the company they prefer
  bool operator==(const Grouping&) const = default;
};

// R15's remainder rule: the sizes of the groups for `students` students, largest first. Groups of three;
// one remaining student makes one group of four, two remaining make two groups of four. Only 1, 2 and 5
// students cannot be split into threes and fours: one group of 1, one of 2, and a three and a two.
std::vector<int> GroupSizes(int students);

// The shape of a request, every problem at once. Fields: "students", "students[i]", "companies",
// "companies[i].id", "companies[i].capacity", "preferences", "preferences.<student>".
Status GroupingRequestIsValid(const GroupingRequest& request);

// R15: groups with the sizes of GroupSizes, each linked to a company, no company over its capacity, and as
// many students as possible in a group that goes to the company they prefer (the proven optimum).
// Deterministic. Refuses (field "companies") when the companies cannot take all the groups.
Result<Grouping> FormGroups(const GroupingRequest& request);

// Students of `groups` whose group goes to the company they prefer.
int CountPreferencesHonoured(const GroupingRequest& request, const std::vector<StudentGroup>& groups);

// For a coordinator's hand edit: the request is valid, every student is in exactly one group, the group
// sizes are those of GroupSizes (in any order; checked once the membership is right), every group has a
// known company and no company has more groups than its capacity. Fields: "groups", "groups[i].students",
// "groups[i].company".
Status GroupingRespectsRules(const GroupingRequest& request, const Grouping& grouping);

}  // namespace leerplek::domain
