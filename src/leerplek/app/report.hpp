// Exports: a small document model with a renderer port (PDF), a workbook model with its renderer port (XLSX),
// and CSV text as spreadsheets here open it.
#pragma once

#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "leerplek/domain/result.hpp"

namespace leerplek::app {

// The header row (bold, grey) is repeated on every page the table runs onto. Without headings there is no
// header row and the longest row gives the number of columns.
struct ReportTable {
  std::vector<std::string> headings = {};
  std::vector<double> widths = {};                  // relative column widths, one per column; empty = equal widths
  std::vector<std::vector<std::string>> rows = {};  // at most one cell per column; missing cells are blank
};

struct ReportFact {
  std::string label = {};
  std::string value = {};
};

// Rendered in this order: heading, facts (label: value), paragraphs, table. Any part may be empty.
struct ReportSection {
  std::string heading = {};
  std::vector<std::string> paragraphs = {};
  std::vector<ReportFact> facts = {};
  std::optional<ReportTable> table = {};
};

struct Report {
  std::string title = {};
  std::string subtitle = {};
  std::vector<ReportSection> sections = {};
  std::string footer = {};  // on every page beside "Pagina n van m", e.g. "Afgedrukt op 28/11/2026"
};

// Turns a report into a document. All text is plain UTF-8 (no markup); it wraps and flows onto as many
// pages as it needs, never cut off.
class ReportRenderer {
 public:
  virtual ~ReportRenderer() = default;
  // The bytes of a PDF file. Fails with kInvalidArgument when a table does not fit its own headings
  // (widths or a row with more cells than headings) or the footer would take over a third of the page,
  // with kInternal when the PDF library fails.
  [[nodiscard]] virtual Result<std::string> RenderPdf(const Report& report) const = 0;
};

// A spreadsheet cell: text, always kept as text (never read as a formula or a number), or a number, kept
// as a real number so the reader can sort, sum and filter on it.
using SheetCell = std::variant<std::string, double>;

// One tab of a workbook. The header row is bold, stays in view when scrolling and carries the filters.
// Without headings there is no header row. Rows hold at most one cell per column (missing cells are blank).
struct Sheet {
  std::string name = {};  // the tab; made to fit Excel's rules by the renderer (≤ 31 characters, none of
                          // []:*?/\, unique in the workbook), so any text will do
  std::vector<std::string> headings = {};
  std::vector<std::vector<SheetCell>> rows = {};
  std::vector<double> widths = {};  // column widths in characters, one per column; empty = fitted to the text
};

struct Workbook {
  std::string title = {};  // the file's document title (File › Properties), e.g. "Scores — HR-support 2025–2026"
  std::vector<Sheet> sheets = {};
};

// Turns a workbook into a spreadsheet file.
class SpreadsheetRenderer {
 public:
  virtual ~SpreadsheetRenderer() = default;
  // The bytes of an .xlsx file. Fails with kInvalidArgument when a sheet does not fit its own headings
  // (widths, or a row with more cells than headings), holds a number that is not finite, or is larger than
  // a spreadsheet can hold; with kInternal when the library or the file system fails.
  [[nodiscard]] virtual Result<std::string> RenderXlsx(const Workbook& workbook) const = 0;
};

// CSV text as Excel and LibreOffice open it in Flanders (a double click, no import dialog): UTF-8 with a
// byte-order mark (else Excel reads it as Windows-1252), ';' between fields (the list separator of the
// nl-BE locale, where ',' is the decimal comma), CRLF after every line, including the last. A field is
// quoted when it contains ';', '"', CR or LF, with its quotes doubled. Empty headings mean no header line;
// rows are written as given (no padding).
//
// Formula injection: a cell starting with '=', '+', '-', '@', TAB or CR would be evaluated by the
// spreadsheet (OWASP "CSV injection"), so it gets a leading apostrophe and is shown as text, apostrophe
// included. Plain numbers are exempt so that negative amounts stay numbers: an optional sign, digits and
// at most one decimal separator ("-3", "-1,5", "+2.25"), which a spreadsheet can only read as a number.
std::string CsvDocument(const std::vector<std::string>& headings, const std::vector<std::vector<std::string>>& rows);

}  // namespace leerplek::app
