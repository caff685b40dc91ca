// JSON shapes shared by the logbook routes and the absence routes (R5–R10).
#pragma once

#include <nlohmann/json.hpp>

#include "leerplek/app/absences.hpp"
#include "leerplek/app/placements.hpp"

namespace leerplek::http {

// Who and where, enough for a logbook's header and the lists (logbook_routes.cpp).
nlohmann::json PlacementSummaryJson(const app::PlacementView& v);

// A sickness report (R8) and a catch-up request (R9), each with its placement summary (absence_routes.cpp).
nlohmann::json SicknessReportJson(const app::SicknessView& v);
nlohmann::json CatchUpRequestJson(const app::CatchUpView& v);

}  // namespace leerplek::http
