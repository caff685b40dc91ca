#include "leerplek/pdf/cairo_report.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <glib-object.h>
#include <glib.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <exception>
#include <functional>
#include <memory>
#include <string_view>
#include <utility>
#include <vector>

namespace leerplek::pdf {
namespace {

// Lengths in PDF points (1/72 inch); the pango context runs at 72 dpi so font sizes are points too.
constexpr double kPointsPerCm = 72.0 / 2.54;
constexpr double kPageWidth = 21.0 * kPointsPerCm;  // A4 portrait
constexpr double kPageHeight = 29.7 * kPointsPerCm;
constexpr double kMargin = 2.0 * kPointsPerCm;
constexpr double kContentWidth = kPageWidth - 2 * kMargin;
constexpr double kPageNumberWidth = 110.0;  // "Pagina 999 van 999" at the footer's size, with room to spare
constexpr double kFooterGap = 10.0;         // between the body and the footer
constexpr double kKeepWithHeading = 45.0;   // a heading moves to the next page unless ~3 lines fit after it
constexpr double kSectionGap = 14.0;
constexpr double kBlockGap = 6.0;
constexpr double kBorderGrey = 0.55;
constexpr double kHeaderFillGrey = 0.88;

struct GObjectUnref {
  void operator()(gpointer object) const { g_object_unref(object); }
};
struct FontDescriptionFree {
  void operator()(PangoFontDescription* font) const { pango_font_description_free(font); }
};
struct CairoDestroy {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};
struct SurfaceDestroy {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
using FontMapPtr = std::unique_ptr<PangoFontMap, GObjectUnref>;
using ContextPtr = std::unique_ptr<PangoContext, GObjectUnref>;
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;
using FontPtr = std::unique_ptr<PangoFontDescription, FontDescriptionFree>;

struct Fonts {
  FontPtr title{pango_font_description_from_string("DejaVu Sans Bold 18")};
  FontPtr subtitle{pango_font_description_from_string("DejaVu Sans 11")};
  FontPtr heading{pango_font_description_from_string("DejaVu Sans Bold 13")};
  FontPtr body{pango_font_description_from_string("DejaVu Sans 10")};
  FontPtr body_bold{pango_font_description_from_string("DejaVu Sans Bold 10")};
  FontPtr cell{pango_font_description_from_string("DejaVu Sans 9")};
  FontPtr cell_bold{pango_font_description_from_string("DejaVu Sans Bold 9")};
  FontPtr footer{pango_font_description_from_string("DejaVu Sans 8")};
};

// Pango warns and mangles invalid UTF-8; stored text should be valid, but a PDF must not depend on it.
std::string ValidUtf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    const gchar* end = nullptr;
    if (g_utf8_validate(text.data(), static_cast<gssize>(text.size()), &end)) {
      out.append(text);
      break;
    }
    const auto valid = static_cast<std::size_t>(end - text.data());
    out.append(text.substr(0, valid));
    out += "\xEF\xBF\xBD";  // U+FFFD REPLACEMENT CHARACTER (also for a NUL byte)
    text.remove_prefix(valid + 1);
  }
  return out;
}

// One line of a laid-out text, positioned relative to the top of its layout.
struct LineBox {
  PangoLayoutLine* line = nullptr;  // owned by the layout
  double x = 0;
  double height = 0;
  double ascent = 0;  // from the top of the line to its baseline
};

struct Block {
  LayoutPtr layout;
  std::vector<LineBox> lines = {};
  [[nodiscard]] double Height() const {
    double h = 0;
    for (const auto& l : lines) h += l.height;
    return h;
  }
};

// Wrapped at word boundaries, inside a word only when the word alone is wider than `width`.
// A negative width means no wrapping (to measure a natural width).
Block Lay(PangoContext* context, std::string_view text, const PangoFontDescription* font, double width,
          PangoAlignment alignment = PANGO_ALIGN_LEFT) {
  Block block{LayoutPtr(pango_layout_new(context))};
  PangoLayout* layout = block.layout.get();
  pango_layout_set_font_description(layout, font);
  pango_layout_set_width(layout, width < 0 ? -1 : pango_units_from_double(width));
  pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment(layout, alignment);
  const std::string valid = ValidUtf8(text);
  pango_layout_set_text(layout, valid.data(), static_cast<int>(valid.size()));
  PangoLayoutIter* iter = pango_layout_get_iter(layout);
  do {
    PangoRectangle logical{};
    pango_layout_iter_get_line_extents(iter, nullptr, &logical);
    block.lines.push_back({pango_layout_iter_get_line_readonly(iter), pango_units_to_double(logical.x),
                           pango_units_to_double(logical.height),
                           pango_units_to_double(pango_layout_iter_get_baseline(iter) - logical.y)});
  } while (pango_layout_iter_next_line(iter));
  pango_layout_iter_free(iter);
  return block;
}

double NaturalWidth(const Block& block) {
  PangoRectangle logical{};
  pango_layout_get_extents(block.layout.get(), nullptr, &logical);
  return pango_units_to_double(logical.width);
}

// Where the typesetter's output goes: a first pass only counts pages (for "van m"), the second draws.
class Sink {
 public:
  virtual ~Sink() = default;
  virtual void Rect(double x, double y, double width, double height, bool fill) = 0;
  virtual void Line(const LineBox& line, double x, double baseline, double grey) = 0;
  virtual void EndPage() = 0;
};

class PageCounter final : public Sink {
 public:
  void Rect(double /*x*/, double /*y*/, double /*width*/, double /*height*/, bool /*fill*/) override {}
  void Line(const LineBox& /*line*/, double /*x*/, double /*baseline*/, double /*grey*/) override {}
  void EndPage() override { ++pages_; }
  [[nodiscard]] int Pages() const { return pages_; }

 private:
  int pages_ = 0;
};

class CairoSink final : public Sink {
 public:
  CairoSink(cairo_t* cr, PangoContext* context, const Fonts& fonts, const Block& footer, double footer_top, int pages)
      : cr_(cr), context_(context), fonts_(fonts), footer_(footer), footer_top_(footer_top), pages_(pages) {}

  void Rect(double x, double y, double width, double height, bool fill) override {
    cairo_rectangle(cr_, x, y, width, height);
    if (fill) {
      cairo_set_source_rgb(cr_, kHeaderFillGrey, kHeaderFillGrey, kHeaderFillGrey);
      cairo_fill_preserve(cr_);
    }
    cairo_set_source_rgb(cr_, kBorderGrey, kBorderGrey, kBorderGrey);
    cairo_set_line_width(cr_, 0.5);
    cairo_stroke(cr_);
  }

  void Line(const LineBox& line, double x, double baseline, double grey) override {
    cairo_set_source_rgb(cr_, grey, grey, grey);
    cairo_move_to(cr_, x + line.x, baseline);
    pango_cairo_show_layout_line(cr_, line.line);
  }

  void EndPage() override {
    ++page_;
    const double rule = footer_top_ - kFooterGap / 2;
    cairo_move_to(cr_, kMargin, rule);
    cairo_line_to(cr_, kPageWidth - kMargin, rule);
    cairo_set_source_rgb(cr_, kBorderGrey, kBorderGrey, kBorderGrey);
    cairo_set_line_width(cr_, 0.5);
    cairo_stroke(cr_);
    double y = footer_top_;
    for (const auto& line : footer_.lines) {
      Line(line, kMargin, y + line.ascent, 0.3);
      y += line.height;
    }
    const Block number = Lay(context_, "Pagina " + std::to_string(page_) + " van " + std::to_string(pages_),
                             fonts_.footer.get(), kPageNumberWidth, PANGO_ALIGN_RIGHT);
    const auto& line = number.lines.front();
    Line(line, kPageWidth - kMargin - kPageNumberWidth, footer_top_ + line.ascent, 0.3);
    cairo_show_page(cr_);
  }

 private:
  cairo_t* cr_;
  PangoContext* context_;
  const Fonts& fonts_;
  const Block& footer_;
  double footer_top_;
  int pages_;
  int page_ = 0;
};

struct Column {
  double x = 0;
  double width = 0;
};

struct RowStyle {
  double pad_x = 0;
  double pad_y = 0;
  bool border = false;
  bool fill = false;
};

struct Cell {
  Block block;
  std::size_t next = 0;  // the first line not yet placed
};

// Places blocks top to bottom on pages of the body area, breaking pages between lines.
class Typesetter {
 public:
  Typesetter(PangoContext* context, const Fonts& fonts, double bottom, Sink& sink)
      : context_(context), fonts_(fonts), bottom_(bottom), sink_(sink) {}

  void Document(const app::Report& report) {
    if (!report.title.empty()) Flow(Lay(context_, report.title, fonts_.title.get(), kContentWidth), 0.0);
    if (!report.subtitle.empty()) {
      Gap(3);
      Flow(Lay(context_, report.subtitle, fonts_.subtitle.get(), kContentWidth), 0.3);
    }
    for (const auto& section : report.sections) {
      Gap(kSectionGap);
      Section(section);
    }
    sink_.EndPage();
  }

 private:
  void Section(const app::ReportSection& section) {
    if (!section.heading.empty()) {
      Block heading = Lay(context_, section.heading, fonts_.heading.get(), kContentWidth);
      KeepRoom(heading.Height() + kKeepWithHeading);
      Flow(heading, 0.0);
      Gap(kBlockGap);
    }
    if (!section.facts.empty()) {
      Facts(section.facts);
      Gap(kBlockGap);
    }
    for (const auto& paragraph : section.paragraphs) {
      if (paragraph.empty()) continue;
      Flow(Lay(context_, paragraph, fonts_.body.get(), kContentWidth), 0.0);
      Gap(kBlockGap);
    }
    if (section.table) Table(*section.table);
  }

  void Facts(const std::vector<app::ReportFact>& facts) {
    constexpr double kGutter = 10.0;
    std::vector<std::string> labels;
    double widest = 0;
    for (const auto& fact : facts) {
      const bool colon = !fact.label.empty() && fact.label.back() != ':';
      labels.push_back(fact.label + (colon ? ":" : ""));
      widest = std::max(widest, NaturalWidth(Lay(context_, labels.back(), fonts_.body_bold.get(), -1)));
    }
    const double label_width = std::clamp(widest + kGutter, 0.2 * kContentWidth, 0.4 * kContentWidth);
    const std::vector<Column> columns{{0, label_width}, {label_width, kContentWidth - label_width}};
    const RowStyle style{0, 1.5, false, false};
    for (std::size_t i = 0; i < facts.size(); ++i) {
      std::vector<Cell> cells;
      cells.push_back({Lay(context_, labels[i], fonts_.body_bold.get(), label_width - kGutter)});
      cells.push_back({Lay(context_, facts[i].value, fonts_.body.get(), columns[1].width)});
      FlowRow(cells, columns, style, 0, [this] { NewPage(); });
    }
  }

  static std::vector<Column> Columns(const app::ReportTable& table, std::size_t count) {
    std::vector<double> weights = table.widths;
    if (weights.empty()) weights.assign(count, 1.0);
    double total = 0;
    for (const double w : weights) total += w;
    std::vector<Column> columns;
    double x = 0;
    for (const double w : weights) {
      columns.push_back({x, kContentWidth * w / total});
      x += columns.back().width;
    }
    return columns;
  }

  void Table(const app::ReportTable& table) {
    std::size_t count = table.headings.size();
    if (table.headings.empty()) {
      for (const auto& row : table.rows) count = std::max(count, row.size());
    }
    if (count == 0) return;
    const auto columns = Columns(table, count);
    const RowStyle style{4.0, 3.0, true, false};
    const RowStyle header_style{4.0, 3.0, true, true};
    auto lay_row = [&](const std::vector<std::string>& texts, const PangoFontDescription* font) {
      std::vector<Cell> cells;
      for (std::size_t c = 0; c < count; ++c) {
        cells.push_back({Lay(context_, c < texts.size() ? std::string_view(texts[c]) : std::string_view(), font,
                             columns[c].width - 2 * style.pad_x)});
      }
      return cells;
    };
    const bool has_header = !table.headings.empty();
    const double header_height = has_header ? RowHeight(lay_row(table.headings, fonts_.cell_bold.get()), style) : 0;
    auto header = [&] {
      if (!has_header) return;
      auto cells = lay_row(table.headings, fonts_.cell_bold.get());
      FlowRow(cells, columns, header_style, 0, [this] { NewPage(); });
      body_top_ = y_;
    };
    auto new_page = [&] {
      NewPage();
      header();
    };
    // The header row stays with the first row (with its first lines when that row is taller than a page).
    double first = 0;
    if (!table.rows.empty()) {
      const auto cells = lay_row(table.rows.front(), fonts_.cell.get());
      first = RowHeight(cells, style);
      if (first > bottom_ - kMargin - header_height) first = 2 * style.pad_y + cells.front().block.lines.front().height;
    }
    KeepRoom(header_height + first);
    header();
    for (const auto& row : table.rows) {
      auto cells = lay_row(row, fonts_.cell.get());
      FlowRow(cells, columns, style, header_height, new_page);
    }
    body_top_ = kMargin;
    Gap(kBlockGap);
  }

  static double RowHeight(const std::vector<Cell>& cells, const RowStyle& style) {
    double h = 0;
    for (const auto& cell : cells) h = std::max(h, cell.block.Height());
    return h + 2 * style.pad_y;
  }

  // A row goes whole to the next page when it fits there; only a row taller than a page is split, each
  // part holding as many lines of every cell as fit.
  void FlowRow(std::vector<Cell>& cells, const std::vector<Column>& columns, const RowStyle& style,
               double header_height, const std::function<void()>& new_page) {
    const double whole = RowHeight(cells, style);
    const double capacity = bottom_ - kMargin - header_height;
    if (y_ + whole > bottom_ && whole <= capacity && !AtBodyTop()) new_page();
    auto lines_left = [&] {
      return std::any_of(cells.begin(), cells.end(), [](const Cell& c) { return c.next < c.block.lines.size(); });
    };
    while (lines_left()) {
      const double room = bottom_ - y_ - 2 * style.pad_y;
      std::vector<std::size_t> until(cells.size());
      double height = 0;
      bool any = false;
      for (std::size_t c = 0; c < cells.size(); ++c) {
        const auto& lines = cells[c].block.lines;
        double h = 0;
        std::size_t j = cells[c].next;
        while (j < lines.size() && h + lines[j].height <= room) h += lines[j++].height;
        until[c] = j;
        any = any || j > cells[c].next;
        height = std::max(height, h);
      }
      if (!any) {
        if (!AtBodyTop()) {
          new_page();
          continue;
        }
        // Not even one line fits on an empty page: place one anyway rather than loop forever.
        for (std::size_t c = 0; c < cells.size(); ++c) {
          if (cells[c].next < cells[c].block.lines.size()) {
            until[c] = cells[c].next + 1;
            height = cells[c].block.lines[cells[c].next].height;
            break;
          }
        }
      }
      for (std::size_t c = 0; c < cells.size(); ++c) {
        const double x = kMargin + columns[c].x;
        if (style.border) sink_.Rect(x, y_, columns[c].width, height + 2 * style.pad_y, style.fill);
        double top = y_ + style.pad_y;
        for (std::size_t j = cells[c].next; j < until[c]; ++j) {
          const auto& line = cells[c].block.lines[j];
          sink_.Line(line, x + style.pad_x, top + line.ascent, 0.0);
          top += line.height;
        }
        cells[c].next = until[c];
      }
      y_ += height + 2 * style.pad_y;
      if (lines_left()) new_page();
    }
  }

  void Flow(const Block& block, double grey) {
    for (const auto& line : block.lines) {
      if (y_ + line.height > bottom_ && !AtBodyTop()) NewPage();
      sink_.Line(line, kMargin, y_ + line.ascent, grey);
      y_ += line.height;
    }
  }

  void KeepRoom(double height) {
    if (y_ + height > bottom_ && !AtBodyTop()) NewPage();
  }

  void Gap(double height) {
    if (!AtBodyTop()) y_ += height;
  }

  [[nodiscard]] bool AtBodyTop() const { return y_ <= body_top_; }

  void NewPage() {
    sink_.EndPage();
    y_ = kMargin;
    body_top_ = kMargin;
  }

  PangoContext* context_;
  const Fonts& fonts_;
  double bottom_;
  Sink& sink_;
  double y_ = kMargin;
  double body_top_ = kMargin;  // below a repeated table header, nothing placed yet
};

Status CheckTables(const app::Report& report) {
  for (const auto& section : report.sections) {
    if (!section.table) continue;
    const auto& table = *section.table;
    std::size_t count = table.headings.size();
    for (const auto& row : table.rows) {
      if (!table.headings.empty() && row.size() > count) {
        Error e = MakeError(ErrorCode::kInvalidArgument, "Een rij van de tabel heeft meer cellen dan kolommen.");
        e.detail = "report table '" + section.heading + "': a row has " + std::to_string(row.size()) + " cells for " +
                   std::to_string(count) + " headings";
        return e;
      }
      if (table.headings.empty()) count = std::max(count, row.size());
    }
    const bool bad_width =
        std::any_of(table.widths.begin(), table.widths.end(), [](double w) { return !std::isfinite(w) || w <= 0; });
    if ((!table.widths.empty() && table.widths.size() != count) || bad_width) {
      Error e = MakeError(ErrorCode::kInvalidArgument, "De kolombreedtes van de tabel kloppen niet.");
      e.detail = "report table '" + section.heading + "': " + std::to_string(table.widths.size()) +
                 " widths (all > 0 expected) for " + std::to_string(count) + " columns";
      return e;
    }
  }
  return {};
}

Error PdfError(std::string detail) {
  Error e = MakeError(ErrorCode::kInternal, "Het PDF-bestand kon niet gemaakt worden.");
  e.detail = "pdf: " + std::move(detail);
  return e;
}

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  try {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
  } catch (...) {  // never let an exception cross cairo's C frames
    return CAIRO_STATUS_WRITE_ERROR;
  }
}

Result<std::string> Render(const app::Report& report) {
  if (auto checked = CheckTables(report); !checked) return checked.error();

  // A font map of its own per call: nothing mutable is shared between threads (see the header).
  const FontMapPtr font_map(pango_cairo_font_map_new());
  const ContextPtr context(pango_font_map_create_context(font_map.get()));
  pango_cairo_context_set_resolution(context.get(), 72.0);
  // Unhinted metrics and positions: the layout measured is exactly the one drawn, at any zoom.
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(context.get(), options);  // copies
  cairo_font_options_destroy(options);
  pango_context_set_round_glyph_positions(context.get(), FALSE);
  pango_context_set_language(context.get(), pango_language_from_string("nl-be"));
  const Fonts fonts;

  const Block footer = Lay(context.get(), report.footer, fonts.footer.get(), kContentWidth - kPageNumberWidth - 12);
  const double footer_height = std::max(footer.Height(), footer.lines.front().height);
  const double footer_top = kPageHeight - kMargin - footer_height;
  const double bottom = footer_top - kFooterGap;
  if (bottom - kMargin < kPageHeight / 3) {
    Error e = MakeError(ErrorCode::kInvalidArgument, "De voettekst van het rapport is te lang.");
    e.detail = "report footer of " + std::to_string(report.footer.size()) + " bytes";
    return e;
  }

  PageCounter counter;
  Typesetter(context.get(), fonts, bottom, counter).Document(report);

  std::string bytes;
  const std::unique_ptr<cairo_surface_t, SurfaceDestroy> surface(
      cairo_pdf_surface_create_for_stream(AppendToString, &bytes, kPageWidth, kPageHeight));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    return PdfError(cairo_status_to_string(cairo_surface_status(surface.get())));
  }
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, ValidUtf8(report.title).c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Leerplek");
  {
    const std::unique_ptr<cairo_t, CairoDestroy> cr(cairo_create(surface.get()));
    CairoSink sink(cr.get(), context.get(), fonts, footer, footer_top, counter.Pages());
    Typesetter(context.get(), fonts, bottom, sink).Document(report);
    if (cairo_status(cr.get()) != CAIRO_STATUS_SUCCESS) return PdfError(cairo_status_to_string(cairo_status(cr.get())));
  }
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    return PdfError(cairo_status_to_string(cairo_surface_status(surface.get())));
  }
  return bytes;
}

}  // namespace

Result<std::string> CairoReportRenderer::RenderPdf(const app::Report& report) const {
  try {
    return Render(report);
  } catch (const std::exception& e) {  // std::bad_alloc, mostly: the adapter boundary
    return PdfError(e.what());
  }
}

}  // namespace leerplek::pdf
