// The spreadsheet renderer on libxlsxwriter: a Workbook as an .xlsx file.
#pragma once

#include <string>
#include <vector>

#include "leerplek/app/report.hpp"

namespace leerplek::xlsx {

// Tab names as Excel accepts them, one per wanted name, in order: invalid UTF-8 replaced, the characters
// Excel refuses ([ ] : * ? / \ and control characters) removed, no apostrophe or space at either end, at
// most 31 characters (UTF-16 units, as Excel counts), never "History" (Excel keeps it for itself), and
// unique as Excel compares them (ignoring case, for ASCII and the accented letters of Latin-1): a repeat
// gets " (2)", " (3)", … within the 31. An empty name becomes "Blad n", n its position from 1.
std::vector<std::string> SheetNames(const std::vector<std::string>& wanted);

// Header row bold, frozen and with filters; numbers as numbers (whole ones shown as "0", others as "0.0#",
// which Excel shows with the reader's decimal comma); text always as a shared string, so "=SUM(A1)" from a
// user stays text: libxlsxwriter's worksheet_write_string never writes a formula. Text is made valid for
// Excel: invalid UTF-8 becomes U+FFFD, a literal "_xHHHH_" is escaped so Excel does not decode it, and a
// cell longer than Excel's 32 767 characters is cut there and ends in "…".
//
// libxlsxwriter 1.1.4 (Debian 12) writes only to files, so each call works in a private temporary folder
// (mode 0700) that holds the library's own temporary files too, reads the file back and removes the
// folder. Calls share nothing; several may run at once.
class XlsxWorkbookRenderer final : public app::SpreadsheetRenderer {
 public:
  [[nodiscard]] Result<std::string> RenderXlsx(const app::Workbook& workbook) const override;
};

}  // namespace leerplek::xlsx
