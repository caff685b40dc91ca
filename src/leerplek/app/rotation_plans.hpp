// Planning the Expeditie HR rotation (R14): who goes to which work setting on which day.
#pragma once

#include "leerplek/app/context.hpp"
#include "leerplek/domain/rotation.hpp"

namespace leerplek::app {

// A plan from days, block length, settings and students, without saving anything (coordinator).
Result<domain::RotationPlan> PreviewRotationPlan(const Actor& actor, const domain::RotationRequest& request);

}  // namespace leerplek::app
