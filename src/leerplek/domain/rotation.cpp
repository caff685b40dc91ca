#include "leerplek/domain/rotation.hpp"

#include <algorithm>
#include <bit>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <numeric>
#include <set>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "leerplek/domain/text.hpp"

namespace leerplek::domain {
namespace {

// How the planner reaches the optimum (R14), in three steps.
//
// 1. What to visit. Let B be the number of blocks, S the number of settings, n the number of students.
//    A student sees at most U = min(B, S) settings, and setting s can be seen by at most
//    K_s = min(n, capacity_s * B) students (it hosts capacity_s per block). So the number of
//    (student, setting) pairs is at most T = min(n * U, sum K_s), and the smallest per-student count is
//    at most floor(T / n). Both bounds are met at once: give the first T mod n students floor(T/n) + 1
//    settings and the others floor(T/n), give each setting a number of visitors t_s <= K_s summing to T,
//    and build the 0/1 student×setting matrix by bipartite Havel–Hakimi (each student takes the settings
//    with the most visitors still to place). Gale–Ryser guarantees that this never gets stuck: all row
//    sums are ≤ U ≤ S and every t_s ≤ n.
// 2. Filling the blocks. Each student has B blocks; the ones not used for a new setting are spent at a
//    setting already visited, within that setting's capacity_s * B block places. That always fits
//    (total places ≥ n * B because sum capacity ≥ n), and never needs an unvisited setting, else the
//    pair count would exceed T.
// 3. Which block is which. Split setting s into ceil(visits_s / B) "seats", each taking at most B of its
//    visits (≤ capacity_s seats). Students now have exactly B visits and seats at most B, so by König's
//    theorem the visits can be coloured with B colours, no two visits of a student or of a seat sharing
//    a colour. Colour = block: each student is somewhere in every block and a setting hosts at most its
//    number of seats, i.e. at most its capacity.

std::string Students(std::int64_t count) { return std::to_string(count) + (count == 1 ? " student" : " studenten"); }

int BlockCount(const RotationRequest& request) {
  const auto days = static_cast<int>(request.days.size());
  return (days + request.block_days - 1) / request.block_days;
}

// Step 3: a proper edge colouring of a bipartite multigraph with `colours` colours, where no vertex has
// more than `colours` edges. Kempe-chain recolouring: when the two ends have no free colour in common,
// swap the two colours along the alternating path from one end, which in a bipartite graph never
// reaches the other end.
class EdgeColouring {
 public:
  EdgeColouring(int vertices, int colours)
      : colours_(colours),
        words_((static_cast<std::size_t>(colours) + 63) / 64),
        at_(static_cast<std::size_t>(vertices) * static_cast<std::size_t>(colours), -1),
        free_(static_cast<std::size_t>(vertices) * words_, 0) {
    for (int v = 0; v < vertices; ++v) {
      for (int c = 0; c < colours; ++c) SetFree(v, c, true);
    }
  }

  void Add(int u, int v) {
    int common = -1;
    for (std::size_t w = 0; w < words_ && common < 0; ++w) {
      const std::uint64_t both = free_[Word(u, w)] & free_[Word(v, w)];
      if (both != 0) common = static_cast<int>(w * 64) + std::countr_zero(both);
    }
    if (common >= 0) {
      Connect(u, v, common);
      return;
    }
    const int a = FirstFree(u);
    const int b = FirstFree(v);
    assert(a >= 0 && b >= 0);  // both ends have fewer than `colours` edges so far
    // The path from v alternates a, b, a, …; after the swap a is free at v and still free at u.
    path_.clear();
    for (int x = v, c = a; At(x, c) >= 0; c = (c == a ? b : a)) {
      const int y = At(x, c);
      path_.push_back({x, y, c});
      x = y;
    }
    for (const Step& step : path_) Disconnect(step.from, step.to, step.colour);
    for (const Step& step : path_) Connect(step.from, step.to, step.colour == a ? b : a);
    Connect(u, v, a);
  }

  [[nodiscard]] int At(int vertex, int colour) const {
    return at_[static_cast<std::size_t>(vertex) * static_cast<std::size_t>(colours_) +
               static_cast<std::size_t>(colour)];
  }

 private:
  struct Step {
    int from;
    int to;
    int colour;
  };

  [[nodiscard]] std::size_t Word(int vertex, std::size_t word) const {
    return static_cast<std::size_t>(vertex) * words_ + word;
  }
  void SetFree(int vertex, int colour, bool is_free) {
    const std::uint64_t bit = std::uint64_t{1} << (colour % 64);
    std::uint64_t& word = free_[Word(vertex, static_cast<std::size_t>(colour / 64))];
    word = is_free ? (word | bit) : (word & ~bit);
  }
  [[nodiscard]] int FirstFree(int vertex) const {
    for (std::size_t w = 0; w < words_; ++w) {
      if (free_[Word(vertex, w)] != 0) return static_cast<int>(w * 64) + std::countr_zero(free_[Word(vertex, w)]);
    }
    return -1;
  }
  int& Slot(int vertex, int colour) {
    return at_[static_cast<std::size_t>(vertex) * static_cast<std::size_t>(colours_) +
               static_cast<std::size_t>(colour)];
  }
  void Connect(int u, int v, int colour) {
    assert(Slot(u, colour) < 0 && Slot(v, colour) < 0);
    Slot(u, colour) = v;
    Slot(v, colour) = u;
    SetFree(u, colour, false);
    SetFree(v, colour, false);
  }
  void Disconnect(int u, int v, int colour) {
    Slot(u, colour) = -1;
    Slot(v, colour) = -1;
    SetFree(u, colour, true);
    SetFree(v, colour, true);
  }

  int colours_;
  std::size_t words_;
  std::vector<int> at_;              // vertex × colour → the other end, or -1
  std::vector<std::uint64_t> free_;  // vertex × word → bit set of free colours
  std::vector<Step> path_;
};

// Steps 1 and 2: for every student, each setting visited and in how many blocks.
std::vector<std::vector<std::pair<int, int>>> ChooseVisits(const RotationRequest& request, int blocks) {
  const auto n = static_cast<std::int64_t>(request.students.size());
  const auto settings = static_cast<int>(request.settings.size());
  const std::int64_t most_per_student = std::min(blocks, settings);

  std::vector<std::int64_t> most_visitors(static_cast<std::size_t>(settings));
  for (int s = 0; s < settings; ++s) {
    most_visitors[static_cast<std::size_t>(s)] =
        std::min(n, static_cast<std::int64_t>(request.settings[static_cast<std::size_t>(s)].capacity) * blocks);
  }
  const std::int64_t pairs =
      std::min(n * most_per_student, std::accumulate(most_visitors.begin(), most_visitors.end(), std::int64_t{0}));

  // Visitors per setting, levelled so that every setting sees about as many students as it can.
  std::vector<std::int64_t> visitors_left(static_cast<std::size_t>(settings), 0);
  for (std::int64_t placed = 0; placed < pairs;) {
    for (int s = 0; s < settings && placed < pairs; ++s) {
      auto& left = visitors_left[static_cast<std::size_t>(s)];
      if (left < most_visitors[static_cast<std::size_t>(s)]) {
        ++left;
        ++placed;
      }
    }
  }

  std::vector<std::vector<std::pair<int, int>>> visits(static_cast<std::size_t>(n));
  std::vector<int> order(static_cast<std::size_t>(settings));
  // Students with one setting more come first, as Havel–Hakimi on rows of unequal length prefers.
  for (std::int64_t i = 0; i < n; ++i) {
    const int wanted = static_cast<int>(pairs / n + (i < pairs % n ? 1 : 0));
    // Ties go round the settings from a different start per student, so a cohort fans out like a rotation.
    const int start = static_cast<int>(i % settings);
    std::iota(order.begin(), order.end(), 0);
    std::partial_sort(order.begin(), order.begin() + wanted, order.end(), [&](int a, int b) {
      const auto left_a = visitors_left[static_cast<std::size_t>(a)];
      const auto left_b = visitors_left[static_cast<std::size_t>(b)];
      if (left_a != left_b) return left_a > left_b;
      return (a - start + settings) % settings < (b - start + settings) % settings;
    });
    auto& mine = visits[static_cast<std::size_t>(i)];
    for (int k = 0; k < wanted; ++k) {
      const int s = order[static_cast<std::size_t>(k)];
      assert(visitors_left[static_cast<std::size_t>(s)] > 0);  // Gale–Ryser: see step 1
      --visitors_left[static_cast<std::size_t>(s)];
      mine.push_back({s, 1});
    }
  }

  // Step 2: the remaining blocks, at a setting already visited with places to spare.
  std::vector<std::int64_t> places_left(static_cast<std::size_t>(settings));
  for (int s = 0; s < settings; ++s) {
    places_left[static_cast<std::size_t>(s)] =
        static_cast<std::int64_t>(request.settings[static_cast<std::size_t>(s)].capacity) * blocks;
  }
  for (const auto& mine : visits) {
    for (const auto& [s, count] : mine) places_left[static_cast<std::size_t>(s)] -= count;
  }
  for (auto& mine : visits) {
    int spare = blocks - static_cast<int>(mine.size());
    if (spare == 0) continue;
    std::vector<std::size_t> by_room(mine.size());
    std::iota(by_room.begin(), by_room.end(), std::size_t{0});
    std::stable_sort(by_room.begin(), by_room.end(), [&](std::size_t a, std::size_t b) {
      return places_left[static_cast<std::size_t>(mine[a].first)] >
             places_left[static_cast<std::size_t>(mine[b].first)];
    });
    for (std::size_t k : by_room) {
      auto& [s, count] = mine[k];
      const int taken = static_cast<int>(std::min<std::int64_t>(spare, places_left[static_cast<std::size_t>(s)]));
      count += taken;
      places_left[static_cast<std::size_t>(s)] -= taken;
      spare -= taken;
      if (spare == 0) break;
    }
    assert(spare == 0);  // see step 2
  }
  return visits;
}

}  // namespace

Status RotationRequestIsValid(const RotationRequest& request) {
  FieldErrors errors;
  if (request.days.empty()) {
    errors.Add("days", "Kies minstens één dag.");
  } else if (request.days.size() > static_cast<std::size_t>(kMaxRotationDays)) {
    // Per-day errors would only bury this one: the list has to shrink first.
    errors.Add("days", "Een rotatie telt hoogstens 366 dagen.");
  } else {
    for (std::size_t i = 0; i < request.days.size(); ++i) {
      if (!DateIsSupported(request.days[i])) {
        errors.Add(Indexed("days", i), "Geen geldige datum.");
      } else if (i > 0 && DateIsSupported(request.days[i - 1]) && request.days[i] <= request.days[i - 1]) {
        errors.Add(Indexed("days", i), "De dagen moeten in volgorde staan, elke dag één keer.");
      }
    }
  }
  if (request.block_days < 1 || request.block_days > kMaxRotationBlockDays) {
    errors.Add("block_days", "Een blok telt 1 tot 366 dagen.");
  }

  if (request.settings.empty()) {
    errors.Add("settings", "Voeg minstens één werkplek toe.");
  } else if (request.settings.size() > static_cast<std::size_t>(kMaxRotationSettings)) {
    errors.Add("settings", "Een rotatie telt hoogstens 500 werkplekken.");
  } else {
    std::set<std::string_view> seen;
    for (std::size_t i = 0; i < request.settings.size(); ++i) {
      const RotationSetting& setting = request.settings[i];
      const std::string prefix = Indexed("settings", i);
      if (IsBlank(setting.id)) {
        errors.Add(prefix + ".id", "Vul de code van de werkplek in.");
      } else if (!seen.insert(setting.id).second) {
        errors.Add(prefix + ".id", "Deze werkplek staat al eerder in de lijst.");
      }
      if (setting.capacity < 1 || setting.capacity > kMaxRotationSettingCapacity) {
        errors.Add(prefix + ".capacity", "De capaciteit is een getal van 1 tot 1000.");
      }
    }
  }

  if (request.students.empty()) {
    errors.Add("students", "Voeg minstens één student toe.");
  } else if (request.students.size() > static_cast<std::size_t>(kMaxRotationStudents)) {
    errors.Add("students", "Een rotatie telt hoogstens 5000 studenten.");
  } else {
    std::set<std::string_view> seen;
    for (std::size_t i = 0; i < request.students.size(); ++i) {
      if (IsBlank(request.students[i])) {
        errors.Add(Indexed("students", i), "Vul de student in.");
      } else if (!seen.insert(request.students[i]).second) {
        errors.Add(Indexed("students", i), "Deze student staat al eerder in de lijst.");
      }
    }
  }
  if (!errors.Empty()) return errors.ToError();
  return {};
}

Result<RotationPlan> PlanRotation(const RotationRequest& request) {
  if (Status valid = RotationRequestIsValid(request); !valid) return valid.error();

  const auto n = static_cast<int>(request.students.size());
  std::int64_t places = 0;
  for (const RotationSetting& setting : request.settings) places += setting.capacity;
  if (places < n) {
    // Capacities are the same every day, so the first day is the first one short.
    return InvalidField("settings", "Op " + DutchDate(request.days.front()) + " is er plaats voor " + Students(places) +
                                        ", maar er zijn er " + std::to_string(n) + " (" + std::to_string(n - places) +
                                        " te weinig).");
  }

  const int blocks = BlockCount(request);
  const auto visits = ChooseVisits(request, blocks);

  // Step 3: seats per setting, and the visit → seat edges.
  const auto settings = static_cast<int>(request.settings.size());
  std::vector<int> visits_at(static_cast<std::size_t>(settings), 0);
  for (const auto& mine : visits) {
    for (const auto& [s, count] : mine) visits_at[static_cast<std::size_t>(s)] += count;
  }
  std::vector<int> first_seat(static_cast<std::size_t>(settings) + 1, 0);
  for (int s = 0; s < settings; ++s) {
    const int seats = (visits_at[static_cast<std::size_t>(s)] + blocks - 1) / blocks;
    assert(seats <= request.settings[static_cast<std::size_t>(s)].capacity);
    first_seat[static_cast<std::size_t>(s) + 1] = first_seat[static_cast<std::size_t>(s)] + seats;
  }
  std::vector<int> setting_of_seat(static_cast<std::size_t>(first_seat.back()));
  for (int s = 0; s < settings; ++s) {
    for (int seat = first_seat[static_cast<std::size_t>(s)]; seat < first_seat[static_cast<std::size_t>(s) + 1];
         ++seat) {
      setting_of_seat[static_cast<std::size_t>(seat)] = s;
    }
  }

  // Vertices: students 0 … n-1, then the seats.
  EdgeColouring colouring(n + first_seat.back(), blocks);
  std::vector<int> handed_out(static_cast<std::size_t>(settings), 0);
  for (int i = 0; i < n; ++i) {
    for (const auto& [s, count] : visits[static_cast<std::size_t>(i)]) {
      const int seats = first_seat[static_cast<std::size_t>(s) + 1] - first_seat[static_cast<std::size_t>(s)];
      for (int k = 0; k < count; ++k) {
        // Round-robin over the seats keeps every seat at ≤ B visits.
        const int seat = first_seat[static_cast<std::size_t>(s)] + handed_out[static_cast<std::size_t>(s)]++ % seats;
        colouring.Add(i, n + seat);
      }
    }
  }

  RotationPlan plan;
  plan.assignments.reserve(request.days.size() * request.students.size());
  for (std::size_t d = 0; d < request.days.size(); ++d) {
    const int block = static_cast<int>(d) / request.block_days;
    for (int i = 0; i < n; ++i) {
      const int seat = colouring.At(i, block) - n;
      const int s = setting_of_seat[static_cast<std::size_t>(seat)];
      plan.assignments.push_back({request.students[static_cast<std::size_t>(i)], request.days[d],
                                  request.settings[static_cast<std::size_t>(s)].id});
    }
  }
  // Every setting in `visits` is visited at least once (count ≥ 1) and appears once per student.
  plan.min_distinct_settings = static_cast<int>(visits.front().size());
  for (const auto& mine : visits) {
    plan.min_distinct_settings = std::min(plan.min_distinct_settings, static_cast<int>(mine.size()));
    plan.total_distinct += static_cast<int>(mine.size());
  }
  return plan;
}

DistinctSettings CountDistinctSettings(const RotationRequest& request,
                                       const std::vector<RotationAssignment>& assignments) {
  std::unordered_map<std::string_view, std::size_t> student_index;
  for (std::size_t i = 0; i < request.students.size(); ++i) student_index.emplace(request.students[i], i);
  std::vector<std::set<std::string_view>> seen(request.students.size());
  for (const RotationAssignment& assignment : assignments) {
    const auto found = student_index.find(assignment.student);
    if (found != student_index.end()) seen[found->second].insert(assignment.setting);
  }
  DistinctSettings distinct;
  if (seen.empty()) return distinct;
  distinct.min_per_student = static_cast<int>(seen.front().size());
  for (const auto& settings : seen) {
    distinct.min_per_student = std::min(distinct.min_per_student, static_cast<int>(settings.size()));
    distinct.total += static_cast<int>(settings.size());
  }
  return distinct;
}

Status RotationPlanRespectsRules(const RotationRequest& request, const RotationPlan& plan) {
  if (Status valid = RotationRequestIsValid(request); !valid) return valid.error();
  CappedProblems problems("assignments", "Het rooster volgt de regels van de rotatie niet.");
  const auto report = [&](std::string field, std::string message) {
    problems.Add(std::move(field), std::move(message));
  };

  std::unordered_map<std::string_view, int> student_index;
  std::unordered_map<std::string_view, int> setting_index;
  for (std::size_t i = 0; i < request.students.size(); ++i) {
    student_index.emplace(request.students[i], static_cast<int>(i));
  }
  for (std::size_t s = 0; s < request.settings.size(); ++s) {
    setting_index.emplace(request.settings[s].id, static_cast<int>(s));
  }
  const std::size_t day_count = request.days.size();
  std::vector<int> grid(request.students.size() * day_count, -1);  // student × day → setting
  for (std::size_t a = 0; a < plan.assignments.size(); ++a) {
    const RotationAssignment& assignment = plan.assignments[a];
    const auto field = [a](std::string_view part) { return Indexed("assignments", a) + std::string(part); };
    // Plans usually come in the planner's order (by day, then student), so that guess is tried first.
    const std::size_t guess_student = a % request.students.size();
    const std::size_t guess_day = a / request.students.size();
    int student = -1;
    if (request.students[guess_student] == assignment.student) {
      student = static_cast<int>(guess_student);
    } else if (const auto found = student_index.find(assignment.student); found != student_index.end()) {
      student = found->second;
    }
    const auto day = guess_day < day_count && request.days[guess_day] == assignment.date
                         ? request.days.begin() + static_cast<std::ptrdiff_t>(guess_day)
                         : std::lower_bound(request.days.begin(), request.days.end(), assignment.date);
    const auto setting = setting_index.find(assignment.setting);
    bool known = true;
    if (student < 0) {
      report(field(".student"), "Deze student hoort niet bij de rotatie.");
      known = false;
    }
    if (day == request.days.end() || *day != assignment.date) {
      report(field(".date"), "Deze dag hoort niet bij de rotatie.");
      known = false;
    }
    if (setting == setting_index.end()) {
      report(field(".setting"), "Deze werkplek hoort niet bij de rotatie.");
      known = false;
    }
    if (!known) continue;
    int& cell =
        grid[static_cast<std::size_t>(student) * day_count + static_cast<std::size_t>(day - request.days.begin())];
    if (cell >= 0) {
      report(field(".date"), DisplayName(request.student_names, assignment.student) + " staat op " +
                                 DutchDate(assignment.date) + " al ingepland.");
    } else {
      cell = setting->second;
    }
  }

  const auto block_days = static_cast<std::size_t>(request.block_days);
  for (std::size_t i = 0; i < request.students.size(); ++i) {
    const std::string name = DisplayName(request.student_names, request.students[i]);
    const int* row = &grid[i * day_count];
    if (const auto gap = std::find(row, row + day_count, -1); gap != row + day_count) {
      report("assignments",
             name + " heeft op " + DutchDate(request.days[static_cast<std::size_t>(gap - row)]) + " geen werkplek.");
    }
    for (std::size_t block_start = 0; block_start < day_count; block_start += block_days) {
      const std::size_t block_end = std::min(block_start + block_days, day_count);
      int first = -1;
      for (std::size_t d = block_start; d < block_end; ++d) {
        if (row[d] < 0) continue;
        if (first < 0) first = row[d];
        if (row[d] != first) {
          report("assignments", name + " wisselt van werkplek binnen het blok van " +
                                    DutchDate(request.days[block_start]) + " tot " +
                                    DutchDate(request.days[block_end - 1]) + ".");
          break;
        }
      }
    }
  }

  for (std::size_t d = 0; d < day_count; ++d) {
    std::vector<int> hosted(request.settings.size(), 0);
    for (std::size_t i = 0; i < request.students.size(); ++i) {
      if (const int s = grid[i * day_count + d]; s >= 0) ++hosted[static_cast<std::size_t>(s)];
    }
    for (std::size_t s = 0; s < request.settings.size(); ++s) {
      const int capacity = request.settings[s].capacity;
      if (hosted[s] > capacity) {
        report("assignments", "Op " + DutchDate(request.days[d]) + " zijn er " + Students(hosted[s]) + " bij " +
                                  request.settings[s].id + ", maar er is plaats voor " + Students(capacity) + ".");
      }
    }
  }

  if (problems.Empty()) return {};
  return problems.ToError();
}

}  // namespace leerplek::domain
