// Times the R14 rotation planner on a realistic cohort and at the request limits. A benchmark, not a test.
//
// Build and run from the repository root:
//   g++ -O2 -std=c++20 -Isrc src/leerplek/domain/rotation.cpp src/leerplek/domain/calendar.cpp
//       bench/rotation_bench.cpp -o /tmp/rotation_bench && /tmp/rotation_bench
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "leerplek/domain/rotation.hpp"

namespace {

using leerplek::domain::Date;
using leerplek::domain::RotationRequest;

RotationRequest MakeRequest(int students, int settings, int capacity, int days, int block_days) {
  RotationRequest request;
  const std::chrono::sys_days first{std::chrono::year{2026} / std::chrono::October / 5};
  for (int d = 0; d < days; ++d) request.days.push_back(Date{first + std::chrono::days{d}});
  request.block_days = block_days;
  for (int s = 0; s < settings; ++s) request.settings.push_back({"setting-" + std::to_string(s + 1), capacity});
  for (int i = 0; i < students; ++i) request.students.push_back("r" + std::to_string(1000000 + i));
  return request;
}

// Median wall time in milliseconds of `runs` calls; `sink` keeps the optimiser from dropping the work.
template <typename Work>
double MedianMs(int runs, Work work, long long& sink) {
  std::vector<double> times;
  for (int r = 0; r < runs; ++r) {
    const auto start = std::chrono::steady_clock::now();
    sink += work();
    times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

void Measure(const char* label, const RotationRequest& request, int runs) {
  long long sink = 0;
  const double validate_ms = MedianMs(
      runs, [&] { return static_cast<long long>(leerplek::domain::RotationRequestIsValid(request).has_value()); },
      sink);
  int min_distinct = 0;
  const double plan_ms = MedianMs(
      runs,
      [&] {
        const auto plan = leerplek::domain::PlanRotation(request);
        min_distinct = plan->min_distinct_settings;
        return static_cast<long long>(plan->assignments.size());
      },
      sink);
  const auto plan = leerplek::domain::PlanRotation(request);
  const double check_ms = MedianMs(
      runs,
      [&] { return static_cast<long long>(leerplek::domain::RotationPlanRespectsRules(request, *plan).has_value()); },
      sink);
  std::printf("%s\n", label);
  std::printf("  validate only (baseline)  %9.3f ms\n", validate_ms);
  std::printf("  PlanRotation              %9.3f ms  (%.0f× baseline, %zu assignments, min_distinct_settings %d)\n",
              plan_ms, plan_ms / validate_ms, plan->assignments.size(), min_distinct);
  std::printf("  RotationPlanRespectsRules %9.3f ms\n", check_ms);
  if (sink == 42) std::printf(" ");
}

}  // namespace

int main() {
  std::printf("median of the runs, wall time, one thread\n");
  Measure("300 students, 25 settings × 12 places, 12 days, block_days 2", MakeRequest(300, 25, 12, 12, 2), 21);
  Measure("limits: 5000 students, 25 settings × 200 places, 366 days, block_days 1", MakeRequest(5000, 25, 200, 366, 1),
          5);
  return 0;
}
