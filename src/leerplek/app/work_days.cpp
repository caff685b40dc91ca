#include "leerplek/app/work_days.hpp"

#include "leerplek/app/policy.hpp"

namespace leerplek::app {

Result<domain::WorkDayEvaluation> EvaluateWorkDay(const Actor& actor, const domain::WorkDayInput& day) {
  if (Status allowed = Authorize(policy::kAnyUser, actor); !allowed) return allowed.error();
  return domain::EvaluateWorkDay(day);
}

}  // namespace leerplek::app
