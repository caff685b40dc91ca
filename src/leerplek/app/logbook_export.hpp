// A placement's logbook as a file for the student's records: PDF (through the ReportRenderer) and CSV
// (UTF-8 with BOM, ';', as spreadsheets in Flanders open it).
#pragma once

#include <string>

#include "leerplek/app/context.hpp"
#include "leerplek/domain/logbook.hpp"

namespace leerplek::app {

struct ExportFile {
  std::string file_name;
  std::string content_type;
  std::string bytes;
};

// For whoever may read the logbook.
Result<ExportFile> ExportLogbookCsv(const AppContext& ctx, const Actor& actor, domain::PlacementId id);
Result<ExportFile> ExportLogbookPdf(const AppContext& ctx, const Actor& actor, domain::PlacementId id);

}  // namespace leerplek::app
