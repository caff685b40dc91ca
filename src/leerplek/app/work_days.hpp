// The working-day rules (R3–R5) as a service for the logbook form: evaluate a day while it is typed.
#pragma once

#include "leerplek/app/context.hpp"
#include "leerplek/domain/work_day.hpp"

namespace leerplek::app {

// Any logged-in user; nothing is saved.
Result<domain::WorkDayEvaluation> EvaluateWorkDay(const Actor& actor, const domain::WorkDayInput& day);

}  // namespace leerplek::app
