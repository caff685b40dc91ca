// The evaluation as files: the appeal file of one student and module (R23, PDF) and the scores of a cohort
// for the school's records (XLSX).
#pragma once

#include "leerplek/app/context.hpp"
#include "leerplek/app/logbook_export.hpp"

namespace leerplek::app {

// R23: the whole evaluation file — the programme's staff at any time, the student once the score is released.
Result<ExportFile> ExportAppealFile(const AppContext& ctx, const Actor& actor, domain::PlacementId placement);

// The cohort's scores per module (programme staff).
Result<ExportFile> ExportCohortScores(const AppContext& ctx, const Actor& actor, domain::CohortId cohort);

}  // namespace leerplek::app
