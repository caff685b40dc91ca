#include "leerplek/app/rotation_plans.hpp"

#include "leerplek/app/policy.hpp"

namespace leerplek::app {

Result<domain::RotationPlan> PreviewRotationPlan(const Actor& actor, const domain::RotationRequest& request) {
  if (Status allowed = Authorize(policy::kPlanRotations, actor); !allowed) return allowed.error();
  return domain::PlanRotation(request);
}

}  // namespace leerplek::app
