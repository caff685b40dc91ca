// The PDF report renderer on cairo (a PDF surface) and pango (text layout with Unicode shaping).
#pragma once

#include <string>

#include "leerplek/app/report.hpp"

namespace leerplek::pdf {

// A4 portrait, 2 cm margins, DejaVu Sans (Debian's fonts-dejavu-core; fontconfig substitutes another sans
// when it is missing). Every text wraps; paragraphs and table rows flow onto new pages (a table repeats its
// header row there, a row taller than a page is split); each page ends with the report's footer and
// "Pagina n van m".
//
// Stateless and safe to call from several threads at once: each call makes its own pango font map,
// context, layouts and cairo surface. What calls share are fontconfig's configuration, cairo's font cache
// and HarfBuzz, which lock internally.
class CairoReportRenderer final : public app::ReportRenderer {
 public:
  [[nodiscard]] Result<std::string> RenderPdf(const app::Report& report) const override;
};

}  // namespace leerplek::pdf
