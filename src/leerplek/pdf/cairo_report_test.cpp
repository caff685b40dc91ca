#include "leerplek/pdf/cairo_report.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "leerplek/app/appeal_file.hpp"
#include "leerplek/app/testing_clock.hpp"

namespace leerplek::pdf {
namespace {

// The text poppler's pdftotext reads from the PDF, pages separated by form feeds.
std::string PdfToText(const std::string& pdf) {
  static std::atomic<int> counter{0};
  const auto path = std::filesystem::temp_directory_path() /
                    ("leerplek-report-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + ".pdf");
  {
    std::ofstream out(path, std::ios::binary);
    out.write(pdf.data(), static_cast<std::streamsize>(pdf.size()));
  }
  const std::string command = "pdftotext -layout '" + path.string() + "' - 2>&1";
  std::string text;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) text.append(buffer.data(), n);
    EXPECT_EQ(::pclose(pipe), 0) << "pdftotext failed (poppler-utils, scripts/install-deps.sh): " << text;
  } else {
    ADD_FAILURE() << "could not start pdftotext";
  }
  std::filesystem::remove(path);
  return text;
}

std::vector<std::string> Pages(const std::string& text) {
  std::vector<std::string> pages;
  std::size_t start = 0;
  for (std::size_t ff = text.find('\f'); ff != std::string::npos; ff = text.find('\f', start)) {
    pages.push_back(text.substr(start, ff - start));
    start = ff + 1;
  }
  return pages;
}

std::string Date(int row) {
  const int day = 2 + row % 27;
  const int month = 2 + row / 27;
  return (day < 10 ? "0" : "") + std::to_string(day) + "/0" + std::to_string(month) + "/2026";
}

app::Report Logbook() {
  app::Report report{.title = "Logboek — Lotte Peeters",
                     .subtitle = "Werkplekleren HR-ondersteuning, schooljaar 2025–2026",
                     .footer = "Afgedrukt op 28/11/2026"};
  app::ReportSection student{.heading = "Student en werkplek"};
  student.facts = {{"Student", "Lotte Peeters"},
                   {"Werkplek", "Café De Reünie, Naïeve Straat 12, 9000 Gent"},
                   {"Werkplekbegeleider", "Zoë Van den Broeck"},
                   {"Uren", "412,5 van 450"}};
  student.paragraphs = {
      "Dit logboek bevat alle ingediende en goedgekeurde werkdagen. Een dag telt mee wanneer de "
      "werkplekbegeleider ze heeft goedgekeurd; teruggestuurde dagen tellen niet mee tot ze opnieuw "
      "ingediend en goedgekeurd zijn."};
  report.sections.push_back(student);

  app::ReportSection days{.heading = "Werkdagen"};
  app::ReportTable table{.headings = {"Datum", "Uren", "Omschrijving", "Status"}, .widths = {2, 1, 6, 2}};
  for (int i = 0; i < 60; ++i) {
    table.rows.push_back({Date(i), "7,5",
                          "Onthaal van nieuwe medewerkers en coördinatie van de personeelsadministratie; "
                          "de patiënt werd geïnformeerd over de kosten (€ 12,50) en de naïeve vraag van "
                          "het café werd beantwoord. Overleg met de preventieadviseur over de risicoanalyse "
                          "van werkpost " +
                              std::to_string(i + 1) + ".",
                          i % 5 == 0 ? "Teruggestuurd" : "Goedgekeurd"});
  }
  table.rows.back()[3] = "Ingediend";
  days.table = table;
  report.sections.push_back(days);
  return report;
}

TEST(CairoReportRenderer, RendersADutchLogbookThatPdftotextReadsBack) {
  const auto pdf = CairoReportRenderer().RenderPdf(Logbook());
  ASSERT_TRUE(pdf.has_value()) << pdf.error().detail;
  ASSERT_EQ(pdf->substr(0, 5), "%PDF-");
  const auto text = PdfToText(*pdf);
  EXPECT_NE(text.find("Logboek — Lotte Peeters"), std::string::npos) << text;
  for (const char* word : {"Reünie", "Naïeve", "Zoë", "coördinatie", "patiënt", "geïnformeerd", "€ 12,50", "Café"}) {
    EXPECT_NE(text.find(word), std::string::npos) << word;
  }
  EXPECT_NE(text.find("Werkplekbegeleider:"), std::string::npos);
  EXPECT_NE(text.find("Ingediend"), std::string::npos) << "the last row's status";
  EXPECT_NE(text.find(Date(59)), std::string::npos) << "the last row's date";
  EXPECT_NE(text.find("Pagina 2 van"), std::string::npos) << "the table runs onto a second page";
  EXPECT_NE(text.find("Afgedrukt op 28/11/2026"), std::string::npos);

  const auto pages = Pages(text);
  ASSERT_GE(pages.size(), 2U);
  const std::string total = std::to_string(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    EXPECT_NE(pages[p].find("Pagina " + std::to_string(p + 1) + " van " + total), std::string::npos) << pages[p];
    bool has_rows = false;
    for (int i = 0; i < 60; ++i) has_rows = has_rows || pages[p].find(Date(i)) != std::string::npos;
    if (has_rows) {
      EXPECT_NE(pages[p].find("Omschrijving"), std::string::npos) << "header repeated on page " << p + 1;
    }
  }
  for (int i = 0; i < 60; ++i) EXPECT_NE(text.find(Date(i)), std::string::npos) << "row " << i;
}

TEST(CairoReportRenderer, RendersAnEmptyReportAsOnePage) {
  const auto pdf = CairoReportRenderer().RenderPdf(app::Report{});
  ASSERT_TRUE(pdf.has_value()) << pdf.error().detail;
  EXPECT_EQ(pdf->substr(0, 5), "%PDF-");
  const auto text = PdfToText(*pdf);
  EXPECT_NE(text.find("Pagina 1 van 1"), std::string::npos) << text;
  EXPECT_EQ(Pages(text).size(), 1U);
}

// Words w0001…wNNNN, each of which must come back from the PDF.
std::string NumberedWords(int count) {
  std::string text;
  for (int i = 1; i <= count; ++i) {
    const std::string n = std::to_string(i);
    text += "w" + std::string(4 - n.size(), '0') + n + (i % 40 == 0 ? "\n" : " ");
  }
  return text;
}

void ExpectNumberedWords(const std::string& text, int count) {
  for (int i = 1; i <= count; ++i) {
    const std::string n = std::to_string(i);
    EXPECT_NE(text.find("w" + std::string(4 - n.size(), '0') + n), std::string::npos) << "w" << n;
  }
}

TEST(CairoReportRenderer, TextTallerThanAPageFlowsOnAndIsNeverCutOff) {
  app::Report report{.title = "Beroepsdossier"};
  app::ReportSection section{.heading = "Verslag"};
  section.paragraphs = {NumberedWords(1500)};
  app::ReportTable table{.headings = {"Datum", "Verslag"}, .widths = {1, 4}};
  table.rows = {{"03/02/2026", NumberedWords(1200)}, {"04/02/2026", "kort"}};
  section.table = table;
  report.sections.push_back(section);

  const auto pdf = CairoReportRenderer().RenderPdf(report);
  ASSERT_TRUE(pdf.has_value()) << pdf.error().detail;
  const auto text = PdfToText(*pdf);
  ExpectNumberedWords(text, 1500);
  EXPECT_NE(text.find("04/02/2026"), std::string::npos);
  EXPECT_GE(Pages(text).size(), 4U);
}

TEST(CairoReportRenderer, ALongWordWrapsInsideANarrowColumn) {
  app::Report report{.title = "Smal"};
  app::ReportSection section{.heading = "Tabel"};
  section.table = app::ReportTable{.headings = {"a", "b"}, .widths = {1, 9}, .rows = {{std::string(300, 'x'), "y"}}};
  report.sections.push_back(section);
  const auto pdf = CairoReportRenderer().RenderPdf(report);
  ASSERT_TRUE(pdf.has_value()) << pdf.error().detail;
  const auto text = PdfToText(*pdf);
  std::size_t xs = 0;
  for (const char c : text) xs += c == 'x' ? 1 : 0;
  EXPECT_EQ(xs, 300U);
}

TEST(CairoReportRenderer, RefusesATableThatDoesNotFitItsHeadings) {
  app::Report too_many_cells;
  too_many_cells.sections.push_back(
      {.heading = "T", .table = app::ReportTable{.headings = {"a"}, .rows = {{"1", "2"}}}});
  const auto a = CairoReportRenderer().RenderPdf(too_many_cells);
  ASSERT_FALSE(a.has_value());
  EXPECT_EQ(a.error().code, ErrorCode::kInvalidArgument);

  app::Report bad_widths;
  bad_widths.sections.push_back({.heading = "T", .table = app::ReportTable{.headings = {"a", "b"}, .widths = {1}}});
  const auto b = CairoReportRenderer().RenderPdf(bad_widths);
  ASSERT_FALSE(b.has_value());
  EXPECT_EQ(b.error().code, ErrorCode::kInvalidArgument);
}

TEST(CairoReportRenderer, InvalidUtf8IsReplacedNotFatal) {
  app::Report report{.title = std::string("Caf\xE9 \0 ok", 9)};
  const auto pdf = CairoReportRenderer().RenderPdf(report);
  ASSERT_TRUE(pdf.has_value()) << pdf.error().detail;
  EXPECT_NE(PdfToText(*pdf).find("ok"), std::string::npos);
}

TEST(CairoReportRenderer, ConcurrentCallsShareNothing) {
  const auto report = Logbook();
  const CairoReportRenderer renderer;
  std::vector<std::string> pdfs(4);
  std::vector<std::thread> threads;
  for (auto& pdf : pdfs) {
    threads.emplace_back([&renderer, &report, &pdf] {
      const auto result = renderer.RenderPdf(report);
      if (result.has_value()) pdf = *result;
    });
  }
  for (auto& t : threads) t.join();
  const auto expected = Pages(PdfToText(*CairoReportRenderer().RenderPdf(report))).size();
  for (const auto& pdf : pdfs) {
    ASSERT_EQ(pdf.substr(0, 5), "%PDF-");
    EXPECT_EQ(Pages(PdfToText(pdf)).size(), expected);
  }
}

// R23: the appeal file as a real PDF, read back as a reader (or an appeal body) gets it.
TEST(CairoReportRenderer, PrintsAnAppealFileWithEverySectionInDutch) {
  using std::chrono::hours;
  using std::chrono::sys_days;
  using namespace std::chrono_literals;
  using G = app::AppealGuidanceMoment;
  const app::OffsetClock brussels(sys_days{2026y / 6 / 30} + hours(22), hours(2));  // summer time
  app::AppealFile file{.student_name = "Zoë Peeters",
                       .student_number = "r0901234",
                       .programme_name = "Graduaat HR-support",
                       .cohort_name = "2025–2026",
                       .module_name = "Instroom",
                       .organisation_name = "Café De Reünie",
                       .mentor_name = "Sofie Claes",
                       .supervisor_name = "Jan Peeters",
                       .required_days = 14};
  file.progress.approved_days = 12.5;
  file.rubric_version = 2;
  file.rubric.levels = {{"O", "onvoldoende", 0}, {"V", "voldoende", 2}, {"G", "goed", 3}, {"ZG", "zeer goed", 4}};
  file.rubric.criteria = {{.code = "onthaal",
                           .title = "Coördinatie",
                           .weight = 2,
                           .knock_out = true,
                           .descriptions = {{"O", "Geen."}, {"V", "Naïef."}, {"G", "Goed."}, {"ZG", "Uitstekend."}}}};
  file.ratings = {
      {.version = 1,
       .by = "Sofie Claes",
       .at = sys_days{2026y / 6 / 2} + hours(13),
       .ratings = {{.criterion = "onthaal", .level = "V", .comment = "De patiënt werd geïnformeerd."}}},
      {.version = 2,
       .action = app::AppealRatingVersion::Action::kReopened,
       .by = "Jan Peeters",
       .at = sys_days{2026y / 6 / 3} + hours(7),
       .reason = "Onthaal ontbreekt."},
      {.version = 3,
       .action = app::AppealRatingVersion::Action::kChangedInMeeting,
       .by = "Sofie Claes",
       .at = sys_days{2026y / 6 / 10} + hours(12),
       .ratings = {{.criterion = "onthaal", .level = "G", .previous_level = "V", .change_reason = "Besproken."}}}};
  file.guidance = {{.date = 2026y / 3 / 10,
                    .kind = G::Kind::kIntervision,
                    .title = "Casus",
                    .mandatory = true,
                    .attendance = G::Attendance::kExcused,
                    .reason = "ziek"}};
  file.steps = {{"Ruwe score: 20 × 6,00 / 8,00 gewogen punten", 15}, {"Afgerond op een halve punt", 15}};
  file.calculated = 15;
  file.final_score = 13.5;
  file.override_reason = "Het verslag kwam te laat.";

  const auto pdf = CairoReportRenderer().RenderPdf(app::AppealReport(file, brussels.Now(), brussels));
  ASSERT_TRUE(pdf.has_value()) << pdf.error().detail;
  const auto text = PdfToText(*pdf);
  for (const char* expected : {"Evaluatiedossier — Zoë Peeters",
                               "Gegevens",
                               "Café De Reünie",
                               "Logboek",
                               "12,5 van 14 dagen",
                               "Rubric (versie 2)",
                               "Coördinatie",
                               "Naïef.",
                               "Beoordeling door de mentor, versie 3",
                               "Ingediend door Sofie Claes op 02/06/2026 om 15:00.",
                               "Heropend door Jan Peeters op 03/06/2026 om 09:00",
                               "geïnformeerd",
                               "voldoende → goed",
                               "Tussentijdse feedback",
                               "Zelfevaluatie en reflectie",
                               "Driehoeksgesprek",
                               "Werkplekbezoeken",
                               "Begeleidingsmomenten",
                               "gewettigd afwezig (ziek)",
                               "Berekening van de score",
                               "15,00",
                               "13,5 op 20",
                               "Het verslag kwam te laat.",
                               "Afgedrukt op 01/07/2026",
                               "Pagina 1 van"}) {
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
  }
}

}  // namespace
}  // namespace leerplek::pdf
