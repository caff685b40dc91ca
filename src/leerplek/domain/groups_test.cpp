#include "leerplek/domain/groups.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace leerplek::domain {
namespace {

std::vector<std::string> Names(std::string_view prefix, int count) {
  std::vector<std::string> out;
  for (int i = 0; i < count; ++i) out.push_back(std::string(prefix) + std::to_string(i + 1));
  return out;
}

std::vector<GroupCompany> Companies(const std::vector<int>& capacities) {
  std::vector<GroupCompany> out;
  for (std::size_t c = 0; c < capacities.size(); ++c)
    out.push_back({"bedrijf-" + std::to_string(c + 1), capacities[c]});
  return out;
}

std::vector<int> SortedSizes(const std::vector<StudentGroup>& groups) {
  std::vector<int> sizes;
  for (const StudentGroup& group : groups) sizes.push_back(static_cast<int>(group.students.size()));
  std::sort(sizes.begin(), sizes.end(), std::greater<>());
  return sizes;
}

int Places(const GroupingRequest& request) {
  int places = 0;
  for (const GroupCompany& company : request.companies) places += company.capacity;
  return places;
}

// The rules of R15 checked from scratch, independently of GroupingRespectsRules.
void ExpectFollowsTheRules(const GroupingRequest& request, const Grouping& grouping) {
  std::map<std::string, std::size_t> position;
  for (std::size_t i = 0; i < request.students.size(); ++i) position[request.students[i]] = i;
  std::map<std::string, int> capacity;
  for (const GroupCompany& company : request.companies) capacity[company.id] = company.capacity;

  std::map<std::string, int> times_seen;
  std::map<std::string, int> groups_at;
  int honoured = 0;
  for (const StudentGroup& group : grouping.groups) {
    ASSERT_TRUE(capacity.contains(group.company)) << group.company;
    ++groups_at[group.company];
    for (std::size_t k = 0; k < group.students.size(); ++k) {
      const std::string& student = group.students[k];
      ASSERT_TRUE(position.contains(student)) << student;
      ++times_seen[student];
      if (k > 0) {
        EXPECT_LT(position[group.students[k - 1]], position[student]) << "request order in a group";
      }
      const auto preference = request.preferences.find(student);
      if (preference != request.preferences.end() && preference->second == group.company) ++honoured;
    }
  }
  for (const std::string& student : request.students) EXPECT_EQ(times_seen[student], 1) << student;
  for (const auto& [company, count] : groups_at) EXPECT_LE(count, capacity[company]) << company;
  EXPECT_EQ(SortedSizes(grouping.groups), GroupSizes(static_cast<int>(request.students.size())));
  EXPECT_EQ(grouping.preferences_honoured, honoured);
  EXPECT_EQ(CountPreferencesHonoured(request, grouping.groups), honoured);
}

std::vector<int> PreferredBy(const GroupingRequest& request) {
  std::map<std::string, int> index;
  for (std::size_t c = 0; c < request.companies.size(); ++c) index[request.companies[c].id] = static_cast<int>(c);
  std::vector<int> count(request.companies.size(), 0);
  for (const auto& [student, company] : request.preferences) ++count[static_cast<std::size_t>(index[company])];
  return count;
}

// The most preferences any grouping honours, by dynamic programming over the companies: a company with
// groups of `seats` seats in all honours min(preferred, seats) (fill it with its own students first).
int OptimumByDynamicProgramming(const GroupingRequest& request) {
  const std::vector<int> sizes = GroupSizes(static_cast<int>(request.students.size()));
  const auto specials = static_cast<int>(std::count_if(sizes.begin(), sizes.end(), [](int s) { return s != 3; }));
  const int special_size = specials > 0 ? (sizes.front() != 3 ? sizes.front() : sizes.back()) : 3;
  const int threes = static_cast<int>(sizes.size()) - specials;
  const std::vector<int> preferred = PreferredBy(request);
  constexpr int kImpossible = -1;
  // best[t][u]: threes and specials placed so far.
  std::vector<std::vector<int>> best(static_cast<std::size_t>(threes) + 1,
                                     std::vector<int>(static_cast<std::size_t>(specials) + 1, kImpossible));
  best[0][0] = 0;
  for (std::size_t c = 0; c < request.companies.size(); ++c) {
    auto next = best;
    for (int t = 0; t <= threes; ++t) {
      for (int u = 0; u <= specials; ++u) {
        if (best[static_cast<std::size_t>(t)][static_cast<std::size_t>(u)] == kImpossible) continue;
        for (int m = 0; u + m <= specials; ++m) {
          for (int k = 0; t + k <= threes && k + m <= request.companies[c].capacity; ++k) {
            if (k + m == 0) continue;
            const int gain = std::min(preferred[c], 3 * k + m * special_size);
            int& cell = next[static_cast<std::size_t>(t + k)][static_cast<std::size_t>(u + m)];
            cell = std::max(cell, best[static_cast<std::size_t>(t)][static_cast<std::size_t>(u)] + gain);
          }
        }
      }
    }
    best = std::move(next);
  }
  return best[static_cast<std::size_t>(threes)][static_cast<std::size_t>(specials)];
}

// The most preferences any grouping honours, by trying every student → company map whose head counts per
// company can be made of the groups of GroupSizes within the capacities. Tiny requests only.
int OptimumByExhaustiveSearch(const GroupingRequest& request) {
  const auto n = static_cast<int>(request.students.size());
  const auto companies = static_cast<int>(request.companies.size());
  const std::vector<int> sizes = GroupSizes(n);
  // Every group → company map within capacity, as the head count it gives each company.
  std::set<std::vector<int>> head_counts;
  std::vector<int> home(sizes.size(), 0);
  for (;;) {
    std::vector<int> groups(static_cast<std::size_t>(companies), 0);
    std::vector<int> heads(static_cast<std::size_t>(companies), 0);
    for (std::size_t g = 0; g < sizes.size(); ++g) {
      ++groups[static_cast<std::size_t>(home[g])];
      heads[static_cast<std::size_t>(home[g])] += sizes[g];
    }
    bool fits = true;
    for (int c = 0; c < companies; ++c) {
      fits = fits && groups[static_cast<std::size_t>(c)] <= request.companies[static_cast<std::size_t>(c)].capacity;
    }
    if (fits) head_counts.insert(heads);
    std::size_t k = 0;
    while (k < home.size() && ++home[k] == companies) home[k++] = 0;
    if (k == home.size()) break;
  }
  std::map<std::string, int> index;
  for (int c = 0; c < companies; ++c) index[request.companies[static_cast<std::size_t>(c)].id] = c;
  std::vector<int> wants(static_cast<std::size_t>(n), -1);
  for (int i = 0; i < n; ++i) {
    const auto found = request.preferences.find(request.students[static_cast<std::size_t>(i)]);
    if (found != request.preferences.end()) wants[static_cast<std::size_t>(i)] = index[found->second];
  }
  int best = -1;
  std::vector<int> at(static_cast<std::size_t>(n), 0);
  for (;;) {
    std::vector<int> heads(static_cast<std::size_t>(companies), 0);
    int honoured = 0;
    for (int i = 0; i < n; ++i) {
      ++heads[static_cast<std::size_t>(at[static_cast<std::size_t>(i)])];
      if (wants[static_cast<std::size_t>(i)] == at[static_cast<std::size_t>(i)]) ++honoured;
    }
    if (head_counts.contains(heads)) best = std::max(best, honoured);
    int k = 0;
    while (k < n && ++at[static_cast<std::size_t>(k)] == companies) at[static_cast<std::size_t>(k++)] = 0;
    if (k == n) break;
  }
  return best;
}

std::vector<FieldError> ErrorsOf(const Status& status) {
  if (status.has_value()) return {};
  EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
  return status.error().fields;
}

std::vector<std::string> FieldsOf(const Status& status) {
  std::vector<std::string> out;
  for (const FieldError& error : ErrorsOf(status)) out.push_back(error.field);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// The remainder rule

TEST(GroupSizes, R15_ThreesWithTheRemainderInFoursAndOnlyOneSmallerGroupWhenThatCannotBe) {
  const std::vector<std::vector<int>> expected{
      {},                  // 0
      {1},                 // 1
      {2},                 // 2
      {3},                 // 3
      {4},                 // 4
      {3, 2},              // 5
      {3, 3},              // 6
      {4, 3},              // 7
      {4, 4},              // 8
      {3, 3, 3},           // 9
      {4, 3, 3},           // 10
      {4, 4, 3},           // 11
      {3, 3, 3, 3},        // 12
      {4, 3, 3, 3},        // 13
      {4, 4, 3, 3},        // 14
      {3, 3, 3, 3, 3},     // 15
      {4, 3, 3, 3, 3},     // 16
      {4, 4, 3, 3, 3},     // 17
      {3, 3, 3, 3, 3, 3},  // 18
      {4, 3, 3, 3, 3, 3},  // 19
      {4, 4, 3, 3, 3, 3},  // 20
  };
  for (int n = 0; n <= 20; ++n) EXPECT_EQ(GroupSizes(n), expected[static_cast<std::size_t>(n)]) << n << " students";
}

TEST(GroupSizes, R15_SizesAddUpAndAtMostTwoGroupsAreNotThreesUpToTheLimit) {
  std::vector<int> counts{kMaxGroupStudents - 2, kMaxGroupStudents - 1, kMaxGroupStudents};
  for (int n = 1; n <= 600; ++n) counts.push_back(n);
  for (int n : counts) {
    const std::vector<int> sizes = GroupSizes(n);
    int total = 0;
    int others = 0;
    for (int size : sizes) {
      total += size;
      if (size != 3) ++others;
      if (n >= 6 || n == 3 || n == 4) {
        ASSERT_TRUE(size == 3 || size == 4) << n;
      }
    }
    ASSERT_EQ(total, n);
    ASSERT_LE(others, 2) << n;
  }
}

TEST(GroupFormation, R15_FormsGroupsOfTheRulesSizesForZeroToTwentyStudents) {
  for (int n = 0; n <= 20; ++n) {
    const GroupingRequest request{Names("s", n), Companies({2, 2, 3}), {}};
    const auto grouping = FormGroups(request);
    if (n == 0) {
      ASSERT_FALSE(grouping.has_value());
      EXPECT_EQ(grouping.error().fields, (std::vector<FieldError>{{"students", "Voeg minstens één student toe."}}));
      continue;
    }
    ASSERT_TRUE(grouping.has_value()) << n;
    ExpectFollowsTheRules(request, *grouping);
    EXPECT_EQ(SortedSizes(grouping->groups), GroupSizes(n)) << n << " students";
  }
}

// ---------------------------------------------------------------------------------------------------------
// Hand examples

TEST(GroupFormation, R15_EveryStudentIsInExactlyOneGroupLinkedToACompany) {
  const GroupingRequest request{{"an", "bo", "cas", "dirk", "eva", "fien", "gust", "hind", "ilse"},
                                {{"payflow", 1}, {"skillsync", 1}, {"hrbot", 1}},
                                {}};
  const auto grouping = FormGroups(request);
  ASSERT_TRUE(grouping.has_value());
  ExpectFollowsTheRules(request, *grouping);
  ASSERT_EQ(grouping->groups.size(), 3U);
  EXPECT_EQ(grouping->groups[0], (StudentGroup{{"an", "bo", "cas"}, "payflow"}));
  EXPECT_EQ(grouping->groups[1], (StudentGroup{{"dirk", "eva", "fien"}, "skillsync"}));
  EXPECT_EQ(grouping->groups[2], (StudentGroup{{"gust", "hind", "ilse"}, "hrbot"}));
  EXPECT_EQ(grouping->preferences_honoured, 0);
}

TEST(GroupFormation, R15_StudentsWhoPreferACompanyAreGroupedThere) {
  const GroupingRequest request{{"an", "bo", "cas", "dirk", "eva", "fien"},
                                {{"payflow", 2}, {"skillsync", 2}},
                                {{"an", "skillsync"}, {"dirk", "skillsync"}, {"fien", "skillsync"}, {"bo", "payflow"}}};
  const auto grouping = FormGroups(request);
  ASSERT_TRUE(grouping.has_value());
  ExpectFollowsTheRules(request, *grouping);
  EXPECT_EQ(grouping->groups,
            (std::vector<StudentGroup>{{{"bo", "cas", "eva"}, "payflow"}, {{"an", "dirk", "fien"}, "skillsync"}}));
  EXPECT_EQ(grouping->preferences_honoured, 4);
}

TEST(GroupFormation, R15_ACompanyFullOfPreferencesTakesTheFirstStudentsInTheRequest) {
  // Everyone wants payflow, which takes one group: three preferences can be honoured.
  GroupingRequest request{Names("s", 6), {{"payflow", 1}, {"skillsync", 1}}, {}};
  for (const std::string& student : request.students) request.preferences[student] = "payflow";
  const auto grouping = FormGroups(request);
  ASSERT_TRUE(grouping.has_value());
  ExpectFollowsTheRules(request, *grouping);
  EXPECT_EQ(grouping->preferences_honoured, 3);
  EXPECT_EQ(grouping->groups[0], (StudentGroup{{"s1", "s2", "s3"}, "payflow"}));
}

TEST(GroupFormation, R15_TheGroupOfFourGoesWhereItHonoursAFourthPreference) {
  // Seven students: a four and a three. Four want payflow, one wants skillsync (one group). Greedily giving
  // payflow a second group of three for its fourth student would leave skillsync's student out.
  const GroupingRequest request{
      Names("s", 7),
      {{"payflow", 2}, {"skillsync", 1}},
      {{"s1", "payflow"}, {"s3", "payflow"}, {"s5", "payflow"}, {"s7", "payflow"}, {"s2", "skillsync"}}};
  const auto grouping = FormGroups(request);
  ASSERT_TRUE(grouping.has_value());
  ExpectFollowsTheRules(request, *grouping);
  EXPECT_EQ(grouping->preferences_honoured, 5);
  EXPECT_EQ(grouping->groups,
            (std::vector<StudentGroup>{{{"s1", "s3", "s5", "s7"}, "payflow"}, {{"s2", "s4", "s6"}, "skillsync"}}));
}

TEST(GroupFormation, R15_TwoGroupsOfFourCanGoToTwoCompanies) {
  GroupingRequest request{Names("s", 8), {{"payflow", 1}, {"skillsync", 1}}, {}};
  for (int i = 0; i < 8; ++i) {
    request.preferences[request.students[static_cast<std::size_t>(i)]] = i % 2 == 0 ? "payflow" : "skillsync";
  }
  const auto grouping = FormGroups(request);
  ASSERT_TRUE(grouping.has_value());
  ExpectFollowsTheRules(request, *grouping);
  EXPECT_EQ(grouping->preferences_honoured, 8);
}

TEST(GroupFormation, R15_GroupsNobodyPrefersAreSpreadOverTheCompanies) {
  const GroupingRequest request{Names("s", 12), Companies({4, 4, 4}), {}};
  const auto grouping = FormGroups(request);
  ASSERT_TRUE(grouping.has_value());
  ExpectFollowsTheRules(request, *grouping);
  std::map<std::string, int> groups_at;
  for (const StudentGroup& group : grouping->groups) ++groups_at[group.company];
  EXPECT_EQ(groups_at, (std::map<std::string, int>{{"bedrijf-1", 2}, {"bedrijf-2", 1}, {"bedrijf-3", 1}}));
}

TEST(GroupFormation, R15_StudentsInAGroupKeepTheOrderOfTheRequest) {
  const GroupingRequest request{{"zoë", "an", "mo", "bo"}, {{"payflow", 1}}, {{"bo", "payflow"}}};
  const auto grouping = FormGroups(request);
  ASSERT_TRUE(grouping.has_value());
  EXPECT_EQ(grouping->groups, (std::vector<StudentGroup>{{{"zoë", "an", "mo", "bo"}, "payflow"}}));
  EXPECT_EQ(grouping->preferences_honoured, 1);
}

TEST(GroupFormation, R15_TheSameRequestGivesTheSameGroups) {
  GroupingRequest request{Names("s", 29), Companies({3, 1, 4, 1, 5}), {}};
  for (int i = 0; i < 29; i += 2) {
    request.preferences[request.students[static_cast<std::size_t>(i)]] = "bedrijf-" + std::to_string(i % 5 + 1);
  }
  const auto first = FormGroups(request);
  const auto second = FormGroups(request);
  ASSERT_TRUE(first.has_value() && second.has_value());
  EXPECT_EQ(*first, *second);
}

TEST(GroupFormation, R15_TooFewPlacesSaysHowManyGroupsAndHowManyPlaces) {
  const auto grouping = FormGroups({Names("s", 15), Companies({2, 2}), {}});
  ASSERT_FALSE(grouping.has_value());
  EXPECT_EQ(grouping.error().code, ErrorCode::kInvalidArgument);
  const std::string message =
      "Er moeten 5 groepen geplaatst worden (15 studenten), maar de bedrijven hebben samen plaats voor 4 groepen "
      "(1 te weinig).";
  EXPECT_EQ(grouping.error().message, message);
  EXPECT_EQ(grouping.error().fields, (std::vector<FieldError>{{"companies", message}}));
}

TEST(GroupFormation, R15_OnePlaceSaysOneGroup) {
  const auto grouping = FormGroups({Names("s", 6), Companies({1}), {}});
  ASSERT_FALSE(grouping.has_value());
  EXPECT_EQ(grouping.error().message,
            "Er moeten 2 groepen geplaatst worden (6 studenten), maar de bedrijven hebben samen plaats voor 1 groep "
            "(1 te weinig).");
}

TEST(GroupFormation, R15_ExactlyEnoughPlacesIsEnough) {
  // Fourteen students make four groups (4, 4, 3, 3).
  const GroupingRequest request{Names("s", 14), Companies({1, 3}), {}};
  const auto grouping = FormGroups(request);
  ASSERT_TRUE(grouping.has_value());
  ExpectFollowsTheRules(request, *grouping);
}

// ---------------------------------------------------------------------------------------------------------
// Properties over many generated requests

GroupingRequest RandomRequest(std::mt19937& rng, int max_students, int max_companies) {
  auto pick = [&rng](int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng); };
  GroupingRequest request;
  const int students = pick(1, max_students);
  const int companies = pick(1, max_companies);
  request.students = Names("student-", students);
  // Some tight, some generous: capacities around groups / companies.
  const int typical = std::max(1, static_cast<int>(GroupSizes(students).size()) / companies);
  std::vector<int> capacities;
  for (int c = 0; c < companies; ++c) capacities.push_back(pick(1, typical * 2));
  request.companies = Companies(capacities);
  // Popular companies first: the smaller of two draws, so preferences crowd some companies.
  const int with_preference = pick(0, 100);
  for (const std::string& student : request.students) {
    if (pick(1, 100) > with_preference) continue;
    const int c = std::min(pick(0, companies - 1), pick(0, companies - 1));
    request.preferences[student] = request.companies[static_cast<std::size_t>(c)].id;
  }
  return request;
}

TEST(GroupFormation, R15_FiveHundredGeneratedRequestsFollowTheRulesAndHonourTheMostPreferences) {
  std::mt19937 rng(20270201);
  int formed = 0;
  int refused = 0;
  for (int round = 0; round < 500; ++round) {
    const GroupingRequest request = RandomRequest(rng, 60, 12);
    const auto grouping = FormGroups(request);
    if (Places(request) < static_cast<int>(GroupSizes(static_cast<int>(request.students.size())).size())) {
      ASSERT_FALSE(grouping.has_value()) << "round " << round;
      EXPECT_EQ(FieldsOf(Status(grouping.error())), (std::vector<std::string>{"companies"}));
      ++refused;
      continue;
    }
    ASSERT_TRUE(grouping.has_value()) << "round " << round;
    ExpectFollowsTheRules(request, *grouping);
    EXPECT_TRUE(GroupingRespectsRules(request, *grouping).has_value()) << "round " << round;
    EXPECT_EQ(grouping->preferences_honoured, OptimumByDynamicProgramming(request)) << "round " << round;
    const auto again = FormGroups(request);
    ASSERT_TRUE(again.has_value());
    EXPECT_EQ(*grouping, *again) << "round " << round;
    ++formed;
  }
  // The generator exercises both outcomes.
  EXPECT_GT(formed, 300);
  EXPECT_GT(refused, 10);
}

TEST(GroupFormation, R15_TinyRequestsHonourAsManyPreferencesAsAnExhaustiveSearch) {
  std::mt19937 rng(15);
  auto pick = [&rng](int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng); };
  int compared = 0;
  while (compared < 200) {
    const int students = pick(1, 9);
    const int companies = pick(1, 3);
    std::vector<int> capacities;
    for (int c = 0; c < companies; ++c) capacities.push_back(pick(1, 3));
    GroupingRequest request{Names("s", students), Companies(capacities), {}};
    if (Places(request) < static_cast<int>(GroupSizes(students).size())) continue;
    for (const std::string& student : request.students) {
      if (const int c = pick(-1, companies - 1); c >= 0) {
        request.preferences[student] = request.companies[static_cast<std::size_t>(c)].id;
      }
    }
    const auto grouping = FormGroups(request);
    ASSERT_TRUE(grouping.has_value());
    ExpectFollowsTheRules(request, *grouping);
    EXPECT_EQ(grouping->preferences_honoured, OptimumByExhaustiveSearch(request))
        << students << " students, capacities " << ::testing::PrintToString(capacities) << ", preferences "
        << ::testing::PrintToString(request.preferences);
    ++compared;
  }
}

TEST(GroupFormation, R15_TheLimitsAreFormed) {
  GroupingRequest request{
      Names("s", kMaxGroupStudents), Companies(std::vector<int>(static_cast<std::size_t>(kMaxGroupCompanies), 4)), {}};
  for (std::size_t i = 0; i < request.students.size(); i += 3) {
    request.preferences[request.students[i]] = request.companies[i % 7].id;
  }
  const auto grouping = FormGroups(request);
  ASSERT_TRUE(grouping.has_value());
  EXPECT_TRUE(GroupingRespectsRules(request, *grouping).has_value());
  // Seven companies are wanted by far more students than their four groups hold: 7 × 4 × 3 seats, and
  // the two groups of four (5000 = 3 × 1664 + 8) add one seat each.
  EXPECT_EQ(grouping->preferences_honoured, 7 * 4 * 3 + 2);
}

// ---------------------------------------------------------------------------------------------------------
// Validation

TEST(GroupingRequestValidation, R15_AValidRequestPasses) {
  EXPECT_TRUE(GroupingRequestIsValid({{"an"}, Companies({1}), {{"an", "bedrijf-1"}}}).has_value());
}

TEST(GroupingRequestValidation, R15_EverythingMissingIsReportedAtOnce) {
  EXPECT_EQ(ErrorsOf(GroupingRequestIsValid({})),
            (std::vector<FieldError>{{"students", "Voeg minstens één student toe."},
                                     {"companies", "Voeg minstens één HR-technologiebedrijf toe."}}));
}

TEST(GroupingRequestValidation, R15_StudentsAreFilledInUniqueAndAtMost5000) {
  EXPECT_EQ(ErrorsOf(GroupingRequestIsValid({{"an", " ", "an"}, Companies({1}), {}})),
            (std::vector<FieldError>{{"students[1]", "Vul de student in."},
                                     {"students[2]", "Deze student staat al eerder in de lijst."}}));
  EXPECT_TRUE(GroupingRequestIsValid({Names("s", kMaxGroupStudents), Companies({1}), {}}).has_value());
  EXPECT_EQ(ErrorsOf(GroupingRequestIsValid({Names("s", kMaxGroupStudents + 1), Companies({1}), {}})),
            (std::vector<FieldError>{{"students", "Een groepsindeling telt hoogstens 5000 studenten."}}));
}

TEST(GroupingRequestValidation, R15_CompaniesHaveAUniqueIdAndACapacityFromOneTo1000Groups) {
  EXPECT_EQ(
      ErrorsOf(GroupingRequestIsValid({{"an"}, {{"payflow", 1000}, {"", 1}, {"payflow", 0}, {"hrbot", 1001}}, {}})),
      (std::vector<FieldError>{{"companies[1].id", "Vul de code van het bedrijf in."},
                               {"companies[2].id", "Dit bedrijf staat al eerder in de lijst."},
                               {"companies[2].capacity", "De capaciteit is een aantal groepen van 1 tot 1000."},
                               {"companies[3].capacity", "De capaciteit is een aantal groepen van 1 tot 1000."}}));
  EXPECT_TRUE(GroupingRequestIsValid({{"an"}, Companies(std::vector<int>(kMaxGroupCompanies, 1)), {}}).has_value());
  EXPECT_EQ(ErrorsOf(GroupingRequestIsValid({{"an"}, Companies(std::vector<int>(kMaxGroupCompanies + 1, 1)), {}})),
            (std::vector<FieldError>{{"companies", "Een groepsindeling telt hoogstens 500 bedrijven."}}));
}

TEST(GroupingRequestValidation, R15_PreferencesNameAKnownStudentAndAKnownCompany) {
  EXPECT_EQ(ErrorsOf(GroupingRequestIsValid(
                {{"an", "bo"}, Companies({1}), {{"an", " "}, {"bo", "payflow"}, {"zoë", "bedrijf-1"}}})),
            (std::vector<FieldError>{{"preferences.an", "Kies een bedrijf of laat de voorkeur weg."},
                                     {"preferences.bo", "Dit bedrijf staat niet in de lijst van bedrijven."},
                                     {"preferences.zoë", "Deze student staat niet in de lijst van studenten."}}));
  GroupingRequest flood{{"an"}, Companies({1}), {}};
  for (const std::string& name : Names("x", kMaxGroupStudents + 1)) flood.preferences[name] = "bedrijf-1";
  EXPECT_EQ(FieldsOf(GroupingRequestIsValid(flood)), (std::vector<std::string>{"preferences"}));
}

TEST(GroupingRequestValidation, R15_FormingAnInvalidRequestReportsTheFieldsNotTheCapacity) {
  const auto grouping = FormGroups({Names("s", 30), {{"payflow", 0}}, {}});
  ASSERT_FALSE(grouping.has_value());
  EXPECT_EQ(FieldsOf(Status(grouping.error())), (std::vector<std::string>{"companies[0].capacity"}));
}

// ---------------------------------------------------------------------------------------------------------
// Checking a coordinator's hand edit

class HandEditedGrouping : public ::testing::Test {
 protected:
  // Eight students: two groups of four.
  GroupingRequest request_{{"an", "bo", "cas", "dirk", "eva", "fien", "gust", "hind"},
                           {{"payflow", 1}, {"skillsync", 1}, {"hrbot", 1}},
                           {{"an", "skillsync"}, {"eva", "payflow"}}};
  Grouping grouping_ = FormGroups(request_).value();

  Status Check() const { return GroupingRespectsRules(request_, grouping_); }
};

TEST_F(HandEditedGrouping, R15_TheFormedGroupsPass) {
  ASSERT_EQ(grouping_.groups.size(), 2U);
  EXPECT_TRUE(Check().has_value());
}

TEST_F(HandEditedGrouping, R15_SwappingTwoStudentsOrMovingAGroupToAFreeCompanyPasses) {
  std::swap(grouping_.groups[0].students[0], grouping_.groups[1].students[0]);
  ASSERT_NE(grouping_.groups[0].company, "hrbot");  // nobody prefers it, so it was left free
  grouping_.groups[1].company = "hrbot";
  EXPECT_TRUE(Check().has_value());
}

TEST_F(HandEditedGrouping, R15_AnUnknownStudentIsNamedAndTheOneReplacedIsMissing) {
  const std::string replaced = grouping_.groups[0].students[1];
  grouping_.groups[0].students[1] = "zoë";
  EXPECT_EQ(ErrorsOf(Check()),
            (std::vector<FieldError>{{"groups[0].students", "zoë staat niet in de lijst van studenten."},
                                     {"groups", replaced + " zit in geen groep."}}));
}

TEST_F(HandEditedGrouping, R15_AStudentInTwoGroupsIsRefused) {
  const std::string twice = grouping_.groups[0].students[0];
  grouping_.groups[1].students.push_back(twice);
  EXPECT_EQ(ErrorsOf(Check()), (std::vector<FieldError>{{"groups[1].students", twice + " zit ook in groep 1."}}));
}

TEST_F(HandEditedGrouping, R15_AStudentTwiceInOneGroupIsRefused) {
  const std::string twice = grouping_.groups[0].students[0];
  grouping_.groups[0].students.push_back(twice);
  EXPECT_EQ(ErrorsOf(Check()),
            (std::vector<FieldError>{{"groups[0].students", twice + " staat twee keer in deze groep."}}));
}

TEST_F(HandEditedGrouping, R15_AStudentInNoGroupIsRefused) {
  const std::string left_out = grouping_.groups[1].students.back();
  grouping_.groups[1].students.pop_back();
  EXPECT_EQ(ErrorsOf(Check()), (std::vector<FieldError>{{"groups", left_out + " zit in geen groep."}}));
}

TEST_F(HandEditedGrouping, R15_GroupSizesOutsideTheRuleAreRefused) {
  // A four and a four become a five and a three; eight students make two groups of four.
  grouping_.groups[1].students.push_back(grouping_.groups[0].students.back());
  grouping_.groups[0].students.pop_back();
  EXPECT_EQ(ErrorsOf(Check()),
            (std::vector<FieldError>{
                {"groups[0].students", "Deze groep telt 3 studenten; bij 8 studenten horen 2 groepen van 4."},
                {"groups[1].students", "Deze groep telt 5 studenten; bij 8 studenten horen 2 groepen van 4."}}));
}

TEST(GroupingCheck, R15_AllowedSizesInTheWrongNumbersAreRefused) {
  // Nineteen students make one four and five threes, not four fours and a three.
  const GroupingRequest request{Names("s", 19), Companies({5}), {}};
  Grouping grouping;
  const std::vector<int> sizes{4, 4, 4, 4, 3};
  std::size_t next = 0;
  for (int size : sizes) {
    StudentGroup group{{}, "bedrijf-1"};
    for (int k = 0; k < size; ++k) group.students.push_back(request.students[next++]);
    grouping.groups.push_back(group);
  }
  EXPECT_EQ(ErrorsOf(GroupingRespectsRules(request, grouping)),
            (std::vector<FieldError>{{"groups",
                                      "Bij 19 studenten horen 1 groep van 4 en 5 groepen van 3, niet 4 groepen van 4 "
                                      "en 1 groep van 3."}}));
}

TEST_F(HandEditedGrouping, R15_AMissingOrUnknownCompanyIsRefused) {
  grouping_.groups[0].company = " ";
  grouping_.groups[1].company = "talentloop";
  EXPECT_EQ(ErrorsOf(Check()),
            (std::vector<FieldError>{{"groups[0].company", "Kies een bedrijf voor deze groep."},
                                     {"groups[1].company", "Dit bedrijf staat niet in de lijst van bedrijven."}}));
}

TEST_F(HandEditedGrouping, R15_ACompanyOverCapacityIsRefused) {
  grouping_.groups[1].company = grouping_.groups[0].company;
  EXPECT_EQ(ErrorsOf(Check()),
            (std::vector<FieldError>{{"groups[1].company", grouping_.groups[0].company +
                                                               " krijgt 2 groepen, maar heeft plaats voor 1 groep."}}));
}

TEST_F(HandEditedGrouping, R15_AnInvalidRequestIsReportedFirst) {
  request_.students.push_back("an");
  EXPECT_EQ(FieldsOf(Check()), (std::vector<std::string>{"students[8]"}));
}

TEST(GroupingCheck, R15_AnEmptyGroupingReportsTheFirstProblemsOnly) {
  const GroupingRequest request{Names("s", 60), Companies({20}), {}};
  const auto errors = ErrorsOf(GroupingRespectsRules(request, Grouping{}));
  ASSERT_EQ(errors.size(), 21U);
  EXPECT_EQ(errors.front(), (FieldError{"groups", "s1 zit in geen groep."}));
  EXPECT_EQ(errors.back(), (FieldError{"groups", "En nog 40 andere problemen."}));
}

TEST(GroupingCheck, R15_PreferencesHonouredAreCountedAfterAnEdit) {
  const GroupingRequest request{{"an", "bo", "cas"}, Companies({1, 1}), {{"an", "bedrijf-1"}, {"cas", "bedrijf-2"}}};
  EXPECT_EQ(CountPreferencesHonoured(request, {{{"an", "bo", "cas"}, "bedrijf-1"}}), 1);
  EXPECT_EQ(CountPreferencesHonoured(request, {{{"an", "bo", "cas"}, "bedrijf-2"}}), 1);
  EXPECT_EQ(CountPreferencesHonoured(request, {{{"bo"}, "bedrijf-2"}}), 0);
}

}  // namespace
}  // namespace leerplek::domain
