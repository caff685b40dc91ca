#include "leerplek/domain/groups.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "leerplek/domain/text.hpp"

namespace leerplek::domain {
namespace {

// How FormGroups reaches the optimum (R15), in three steps.
//
// 1. What counts. Say company j gets groups with S_j seats in all, and d_j students prefer j. At most
//    min(d_j, S_j) of them can be in a group at j, and that many can: fill j's groups with the students
//    who prefer j first, then seat everyone else in the seats left (there are exactly as many seats as
//    students). So the best grouping maximises sum_j min(d_j, S_j); who sits with whom only matters
//    through the seats each company gets.
// 2. Threes. With k_j groups of three, S_j = 3 k_j and k ↦ min(d_j, 3k) is concave, so the sum over the
//    companies, subject to k_j ≤ capacity_j and sum k_j = G, is maximised by taking the G largest
//    marginal gains (greedy on a separable concave objective). A company's gains are 3, …, 3, then
//    d_j mod 3, then 0, …, so taking them by value (3, then 2, then 1, then 0) always takes a prefix of
//    each company's gains, i.e. a valid k_j.
// 3. The other groups. The remainder rule adds at most two groups of one other size s (two fours, one
//    four, or for 1, 2 or 5 students one smaller group). For every way to place them (at one company, at
//    two companies, or both at one) the rest is step 2 with company j starting from m_j groups and
//    m_j·s seats. Its further gains again take the values 3, 2, 1 and 0, so a placement is scored in
//    O(1) from the number of gains of each value; all O(companies²) placements are scored and the first
//    best one is kept.

std::string Students(std::int64_t count) { return std::to_string(count) + (count == 1 ? " student" : " studenten"); }
std::string Groups(std::int64_t count) { return std::to_string(count) + (count == 1 ? " groep" : " groepen"); }

// "2 groepen van 4 en 3 groepen van 3", from size → number of groups.
std::string DescribeSizes(const std::map<int, int, std::greater<>>& sizes) {
  std::string out;
  std::size_t done = 0;
  for (const auto& [size, count] : sizes) {
    if (done > 0) out += done + 1 == sizes.size() ? " en " : ", ";
    out += Groups(count) + " van " + std::to_string(size);
    ++done;
  }
  return out.empty() ? "geen groepen" : out;
}

std::map<int, int, std::greater<>> CountSizes(const std::vector<int>& sizes) {
  std::map<int, int, std::greater<>> counts;
  for (int size : sizes) ++counts[size];
  return counts;
}

// How many of a company's further gains have the value 3, 2 and 1 (the rest are 0).
struct GainCounts {
  int threes = 0;
  int twos = 0;
  int ones = 0;
  GainCounts& operator+=(const GainCounts& other) {
    threes += other.threes;
    twos += other.twos;
    ones += other.ones;
    return *this;
  }
  GainCounts& operator-=(const GainCounts& other) {
    threes -= other.threes;
    twos -= other.twos;
    ones -= other.ones;
    return *this;
  }
  [[nodiscard]] int Of(int value) const { return value == 3 ? threes : value == 2 ? twos : ones; }
};

// The sum of the `take` largest gains.
int BestGains(const GainCounts& gains, int take) {
  const int threes = std::min(gains.threes, take);
  take -= threes;
  const int twos = std::min(gains.twos, take);
  take -= twos;
  const int ones = std::min(gains.ones, take);
  return 3 * threes + 2 * twos + ones;
}

// A company holding `specials` groups of the other size: the students it honours with those alone, and
// the gains of each group of three it takes on top.
struct CompanyStart {
  bool possible = false;
  int honoured = 0;
  GainCounts gains;
};

CompanyStart StartWith(int preferred, int capacity, int specials, int special_size) {
  CompanyStart start;
  if (specials > capacity) return start;
  start.possible = true;
  const int seats = specials * special_size;
  start.honoured = std::min(preferred, seats);
  const int wanting = preferred - start.honoured;
  const int threes_left = capacity - specials;
  start.gains.threes = std::min(threes_left, wanting / kGroupSize);
  if (start.gains.threes < threes_left) {
    if (wanting % kGroupSize == 2) start.gains.twos = 1;
    if (wanting % kGroupSize == 1) start.gains.ones = 1;
  }
  return start;
}

}  // namespace

std::vector<int> GroupSizes(int students) {
  if (students <= 0) return {};
  if (students <= 2) return {students};
  if (students == 5) return {3, 2};
  // Threes, and the one or two students left over each join a group, making it a four.
  const int fours = students % kGroupSize;
  std::vector<int> sizes(static_cast<std::size_t>(fours), kGroupSize + 1);
  sizes.resize(static_cast<std::size_t>(fours + (students - fours * (kGroupSize + 1)) / kGroupSize), kGroupSize);
  return sizes;
}

Status GroupingRequestIsValid(const GroupingRequest& request) {
  FieldErrors errors;
  std::set<std::string_view> students;
  if (request.students.empty()) {
    errors.Add("students", "Voeg minstens één student toe.");
  } else if (request.students.size() > static_cast<std::size_t>(kMaxGroupStudents)) {
    errors.Add("students", "Een groepsindeling telt hoogstens " + std::to_string(kMaxGroupStudents) + " studenten.");
  } else {
    for (std::size_t i = 0; i < request.students.size(); ++i) {
      if (IsBlank(request.students[i])) {
        errors.Add(Indexed("students", i), "Vul de student in.");
      } else if (!students.insert(request.students[i]).second) {
        errors.Add(Indexed("students", i), "Deze student staat al eerder in de lijst.");
      }
    }
  }

  std::set<std::string_view> companies;
  if (request.companies.empty()) {
    errors.Add("companies", "Voeg minstens één HR-technologiebedrijf toe.");
  } else if (request.companies.size() > static_cast<std::size_t>(kMaxGroupCompanies)) {
    errors.Add("companies", "Een groepsindeling telt hoogstens " + std::to_string(kMaxGroupCompanies) + " bedrijven.");
  } else {
    for (std::size_t i = 0; i < request.companies.size(); ++i) {
      const GroupCompany& company = request.companies[i];
      const std::string prefix = Indexed("companies", i);
      if (IsBlank(company.id)) {
        errors.Add(prefix + ".id", "Vul de code van het bedrijf in.");
      } else if (!companies.insert(company.id).second) {
        errors.Add(prefix + ".id", "Dit bedrijf staat al eerder in de lijst.");
      }
      if (company.capacity < 1 || company.capacity > kMaxGroupCompanyCapacity) {
        errors.Add(prefix + ".capacity",
                   "De capaciteit is een aantal groepen van 1 tot " + std::to_string(kMaxGroupCompanyCapacity) + ".");
      }
    }
  }

  if (request.preferences.size() > static_cast<std::size_t>(kMaxGroupStudents)) {
    // One per student at most; a longer list is not worth reading entry by entry.
    errors.Add("preferences",
               "Een groepsindeling telt hoogstens " + std::to_string(kMaxGroupStudents) + " voorkeuren.");
  } else {
    for (const auto& [student, company] : request.preferences) {
      const std::string field = "preferences." + student;
      if (!students.contains(student)) {
        errors.Add(field, "Deze student staat niet in de lijst van studenten.");
      } else if (IsBlank(company)) {
        errors.Add(field, "Kies een bedrijf of laat de voorkeur weg.");
      } else if (!companies.contains(company)) {
        errors.Add(field, "Dit bedrijf staat niet in de lijst van bedrijven.");
      }
    }
  }
  if (!errors.Empty()) return errors.ToError();
  return {};
}

Result<Grouping> FormGroups(const GroupingRequest& request) {
  if (Status valid = GroupingRequestIsValid(request); !valid) return valid.error();

  const auto n = static_cast<int>(request.students.size());
  const auto company_count = static_cast<int>(request.companies.size());
  const std::vector<int> sizes = GroupSizes(n);
  const auto group_count = static_cast<int>(sizes.size());
  std::int64_t places = 0;
  for (const GroupCompany& company : request.companies) places += company.capacity;
  if (places < group_count) {
    return InvalidField("companies", std::string(group_count == 1 ? "Er moet " : "Er moeten ") + Groups(group_count) +
                                         " geplaatst worden (" + Students(n) +
                                         "), maar de bedrijven hebben samen plaats voor " + Groups(places) + " (" +
                                         std::to_string(group_count - places) + " te weinig).");
  }

  // The groups of another size than three (at most two, all of one size).
  const auto specials =
      static_cast<int>(std::count_if(sizes.begin(), sizes.end(), [](int s) { return s != kGroupSize; }));
  const int special_size = specials > 0 ? (sizes.front() != kGroupSize ? sizes.front() : sizes.back()) : kGroupSize;
  assert(specials <= 2);

  std::unordered_map<std::string_view, int> company_index;
  for (int c = 0; c < company_count; ++c) company_index.emplace(request.companies[static_cast<std::size_t>(c)].id, c);
  std::vector<int> preferred_company(static_cast<std::size_t>(n), -1);
  std::vector<int> preferred_by(static_cast<std::size_t>(company_count), 0);
  for (int i = 0; i < n; ++i) {
    const auto found = request.preferences.find(request.students[static_cast<std::size_t>(i)]);
    if (found == request.preferences.end()) continue;
    const int c = company_index.at(found->second);
    preferred_company[static_cast<std::size_t>(i)] = c;
    ++preferred_by[static_cast<std::size_t>(c)];
  }

  // Step 3: every placement of the special groups, scored in O(1).
  std::vector<std::array<CompanyStart, 3>> starts(static_cast<std::size_t>(company_count));
  GainCounts all_plain;
  for (int c = 0; c < company_count; ++c) {
    for (int m = 0; m <= 2; ++m) {
      starts[static_cast<std::size_t>(c)][static_cast<std::size_t>(m)] =
          StartWith(preferred_by[static_cast<std::size_t>(c)], request.companies[static_cast<std::size_t>(c)].capacity,
                    m, special_size);
    }
    all_plain += starts[static_cast<std::size_t>(c)][0].gains;
  }
  const int threes = group_count - specials;
  const auto start_of = [&](int c, int m) -> const CompanyStart& {
    return starts[static_cast<std::size_t>(c)][static_cast<std::size_t>(m)];
  };
  // Score with company a holding m_a specials and b holding m_b (b = -1: nobody else).
  const auto score = [&](int a, int m_a, int b, int m_b) {
    GainCounts gains = all_plain;
    int honoured = 0;
    for (const auto& [c, m] : {std::pair{a, m_a}, std::pair{b, m_b}}) {
      if (c < 0) continue;
      gains -= start_of(c, 0).gains;
      gains += start_of(c, m).gains;
      honoured += start_of(c, m).honoured;
    }
    return honoured + BestGains(gains, threes);
  };
  std::vector<int> holding(static_cast<std::size_t>(company_count), 0);  // specials per company
  int best = specials == 0 ? score(-1, 0, -1, 0) : -1;
  if (specials > 0) {
    int best_a = -1;
    int best_b = -1;  // -1: company a holds every special
    const auto consider = [&](int a, int b) {
      const int value = specials == 1 ? score(a, 1, -1, 0) : b < 0 ? score(a, 2, -1, 0) : score(a, 1, b, 1);
      if (value > best) {
        best = value;
        best_a = a;
        best_b = b;
      }
    };
    for (int a = 0; a < company_count; ++a) {
      if (specials == 1 || start_of(a, 2).possible) consider(a, -1);
      for (int b = a + 1; specials == 2 && b < company_count; ++b) consider(a, b);
    }
    assert(best_a >= 0);  // every company can take one group, and there are places for all groups
    holding[static_cast<std::size_t>(best_a)] = best_b < 0 ? specials : 1;
    if (best_b >= 0) holding[static_cast<std::size_t>(best_b)] = 1;
  }

  // Step 2 for the chosen placement: groups of three by gain, then the rest spread evenly.
  std::vector<int> taken = holding;  // groups per company
  int left = threes;
  for (int value : {3, 2, 1}) {
    for (int c = 0; c < company_count && left > 0; ++c) {
      const int take = std::min(left, start_of(c, holding[static_cast<std::size_t>(c)]).gains.Of(value));
      taken[static_cast<std::size_t>(c)] += take;
      left -= take;
    }
  }
  for (; left > 0; --left) {
    // Groups nobody prefers go where there are fewest groups yet, so more companies take part.
    int emptiest = -1;
    for (int c = 0; c < company_count; ++c) {
      if (taken[static_cast<std::size_t>(c)] == request.companies[static_cast<std::size_t>(c)].capacity) continue;
      if (emptiest < 0 || taken[static_cast<std::size_t>(c)] < taken[static_cast<std::size_t>(emptiest)]) emptiest = c;
    }
    assert(emptiest >= 0);  // places ≥ groups
    ++taken[static_cast<std::size_t>(emptiest)];
  }

  // The groups, company by company; larger groups first within a company.
  std::vector<int> group_size;
  std::vector<int> group_company;
  std::vector<std::size_t> first_group(static_cast<std::size_t>(company_count) + 1, 0);
  for (int c = 0; c < company_count; ++c) {
    const int own_specials = holding[static_cast<std::size_t>(c)];
    std::vector<int> own(static_cast<std::size_t>(taken[static_cast<std::size_t>(c)] - own_specials), kGroupSize);
    own.insert(special_size > kGroupSize ? own.begin() : own.end(), static_cast<std::size_t>(own_specials),
               special_size);
    for (int size : own) {
      group_size.push_back(size);
      group_company.push_back(c);
    }
    first_group[static_cast<std::size_t>(c) + 1] = group_size.size();
  }
  assert(static_cast<int>(group_size.size()) == group_count);

  // Step 1: the students who prefer a company first, then everyone else in the seats left.
  std::vector<std::vector<int>> members(group_size.size());
  std::vector<bool> seated(static_cast<std::size_t>(n), false);
  std::vector<std::size_t> filling(first_group.begin(), first_group.end() - 1);  // per company
  int honoured = 0;
  for (int i = 0; i < n; ++i) {
    const int c = preferred_company[static_cast<std::size_t>(i)];
    if (c < 0) continue;
    std::size_t& g = filling[static_cast<std::size_t>(c)];
    while (g < first_group[static_cast<std::size_t>(c) + 1] && static_cast<int>(members[g].size()) == group_size[g]) {
      ++g;
    }
    if (g == first_group[static_cast<std::size_t>(c) + 1]) continue;  // its seats are taken
    members[g].push_back(i);
    seated[static_cast<std::size_t>(i)] = true;
    ++honoured;
  }
  assert(honoured == best);  // step 1
  std::size_t g = 0;
  for (int i = 0; i < n; ++i) {
    if (seated[static_cast<std::size_t>(i)]) continue;
    while (static_cast<int>(members[g].size()) == group_size[g]) ++g;
    members[g].push_back(i);
  }

  Grouping grouping;
  grouping.preferences_honoured = honoured;
  grouping.groups.reserve(members.size());
  for (std::size_t k = 0; k < members.size(); ++k) {
    std::sort(members[k].begin(), members[k].end());
    StudentGroup group;
    group.company = request.companies[static_cast<std::size_t>(group_company[k])].id;
    for (int i : members[k]) group.students.push_back(request.students[static_cast<std::size_t>(i)]);
    grouping.groups.push_back(std::move(group));
  }
  return grouping;
}

int CountPreferencesHonoured(const GroupingRequest& request, const std::vector<StudentGroup>& groups) {
  int honoured = 0;
  for (const StudentGroup& group : groups) {
    for (const std::string& student : group.students) {
      const auto found = request.preferences.find(student);
      if (found != request.preferences.end() && found->second == group.company) ++honoured;
    }
  }
  return honoured;
}

Status GroupingRespectsRules(const GroupingRequest& request, const Grouping& grouping) {
  if (Status valid = GroupingRequestIsValid(request); !valid) return valid.error();
  CappedProblems problems("groups", "De groepsindeling volgt de regels niet.");
  const auto report = [&](std::string field, std::string message) {
    problems.Add(std::move(field), std::move(message));
  };

  std::unordered_map<std::string_view, std::size_t> student_index;
  std::unordered_map<std::string_view, std::size_t> company_index;
  for (std::size_t i = 0; i < request.students.size(); ++i) student_index.emplace(request.students[i], i);
  for (std::size_t c = 0; c < request.companies.size(); ++c) company_index.emplace(request.companies[c].id, c);

  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  std::vector<std::size_t> group_of(request.students.size(), kNone);
  std::vector<int> groups_at(request.companies.size(), 0);
  std::vector<std::size_t> first_over(request.companies.size(), kNone);  // the first group beyond capacity
  bool membership_is_right = true;
  for (std::size_t k = 0; k < grouping.groups.size(); ++k) {
    const StudentGroup& group = grouping.groups[k];
    const std::string prefix = Indexed("groups", k);
    for (const std::string& student : group.students) {
      const auto found = student_index.find(student);
      if (found == student_index.end()) {
        report(prefix + ".students",
               DisplayName(request.student_names, student) + " staat niet in de lijst van studenten.");
        membership_is_right = false;
        continue;
      }
      std::size_t& home = group_of[found->second];
      if (home == k) {
        report(prefix + ".students", DisplayName(request.student_names, student) + " staat twee keer in deze groep.");
        membership_is_right = false;
      } else if (home != kNone) {
        report(prefix + ".students",
               DisplayName(request.student_names, student) + " zit ook in groep " + std::to_string(home + 1) + ".");
        membership_is_right = false;
      } else {
        home = k;
      }
    }
    if (IsBlank(group.company)) {
      report(prefix + ".company", "Kies een bedrijf voor deze groep.");
    } else if (const auto found = company_index.find(group.company); found == company_index.end()) {
      report(prefix + ".company", "Dit bedrijf staat niet in de lijst van bedrijven.");
    } else if (++groups_at[found->second] == request.companies[found->second].capacity + 1) {
      first_over[found->second] = k;
    }
  }
  for (std::size_t i = 0; i < request.students.size(); ++i) {
    if (group_of[i] == kNone) {
      report("groups", DisplayName(request.student_names, request.students[i]) + " zit in geen groep.");
      membership_is_right = false;
    }
  }

  if (membership_is_right) {
    const auto n = static_cast<int>(request.students.size());
    const auto expected = CountSizes(GroupSizes(n));
    const std::string rule = "bij " + Students(n) + " horen " + DescribeSizes(expected);
    std::vector<int> actual;
    bool every_size_occurs = true;
    for (std::size_t k = 0; k < grouping.groups.size(); ++k) {
      const auto size = static_cast<int>(grouping.groups[k].students.size());
      actual.push_back(size);
      if (!expected.contains(size)) {
        report(Indexed("groups", k) + ".students", "Deze groep telt " + Students(size) + "; " + rule + ".");
        every_size_occurs = false;
      }
    }
    if (every_size_occurs && CountSizes(actual) != expected) {
      std::string message = rule + ", niet " + DescribeSizes(CountSizes(actual)) + ".";
      message.front() = 'B';
      report("groups", std::move(message));
    }
  }

  // Ordered by the group, as a reader goes down the list.
  std::vector<std::pair<std::size_t, std::size_t>> over;  // group, company
  for (std::size_t c = 0; c < request.companies.size(); ++c) {
    if (first_over[c] != kNone) over.emplace_back(first_over[c], c);
  }
  std::sort(over.begin(), over.end());
  for (const auto& [k, c] : over) {
    report(Indexed("groups", k) + ".company", DisplayName(request.company_names, request.companies[c].id) + " krijgt " +
                                                  Groups(groups_at[c]) + ", maar heeft plaats voor " +
                                                  Groups(request.companies[c].capacity) + ".");
  }

  if (problems.Empty()) return {};
  return problems.ToError();
}

}  // namespace leerplek::domain
