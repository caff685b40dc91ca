#include "leerplek/app/score_export.hpp"

#include <gtest/gtest.h>

#include <variant>

#include "leerplek/app/testing_clock.hpp"

namespace leerplek::app {
namespace {

using std::chrono::hours;
using std::chrono::minutes;

// 30 June 2026, 22:30 UTC: already 1 July in Brussels (summer time, UTC+2).
const Timestamp kLateJune = std::chrono::sys_days{std::chrono::year{2026} / 6 / 30} + hours(22) + minutes(30);
const OffsetClock kBrussels(kLateJune, hours(2));

ScoreLine Line(std::string student, std::string number, std::string code, std::string module,
               std::optional<double> final_score) {
  return ScoreLine{.student_name = std::move(student),
                   .student_number = std::move(number),
                   .module_code = std::move(code),
                   .module_name = std::move(module),
                   .organisation = "HR Partners",
                   .mentor_name = "Sofie Claes",
                   .supervisor_name = "Jan Peeters",
                   .calculated = final_score,
                   .final_score = final_score,
                   .state = final_score ? "vastgelegd" : "niet beoordeeld"};
}

std::string Text(const SheetCell& cell) {
  return std::holds_alternative<std::string>(cell) ? std::get<std::string>(cell) : "?";
}
double Number(const SheetCell& cell) { return std::holds_alternative<double>(cell) ? std::get<double>(cell) : -1; }
bool Blank(const SheetCell& cell) {
  return std::holds_alternative<std::string>(cell) && std::get<std::string>(cell).empty();
}

std::vector<ScoreLine> Cohort() {
  ScoreLine zoe = Line("Zoë Peeters", "r0901234", "instroom", "Instroom", 13.5);
  zoe.calculated = 12;
  zoe.override_reason = "Extra opdracht rond onthaal goed afgewerkt.";
  zoe.state = "vrijgegeven";
  zoe.finalised_at = kLateJune;
  zoe.released_at = kLateJune + hours(48);
  return {zoe, Line("René Maes", "r0905678", "instroom", "Instroom", 9),
          Line("Zoë Peeters", "r0901234", "payroll", "Payroll", 10),
          Line("René Maes", "r0905678", "payroll", "Payroll", std::nullopt)};
}

TEST(ScoresWorkbook, HasAnOverviewAndASheetPerModule) {
  const Workbook book = ScoresWorkbook("HR-support 2025–2026", Cohort(), kBrussels);
  EXPECT_EQ(book.title, "Scores — HR-support 2025–2026");
  ASSERT_EQ(book.sheets.size(), 3U);
  EXPECT_EQ(book.sheets[0].name, "Overzicht");
  EXPECT_EQ(book.sheets[1].name, "Instroom");
  EXPECT_EQ(book.sheets[2].name, "Payroll");
}

TEST(ScoresWorkbook, OverviewShowsFinalScoresPerModuleAndCountsThePassedOnes) {
  const Sheet overview = ScoresWorkbook("HR", Cohort(), kBrussels).sheets[0];
  EXPECT_EQ(overview.headings, (std::vector<std::string>{"Student", "Studentennummer", "Instroom", "Payroll",
                                                         "Geslaagde modules (≥ 10)"}));
  ASSERT_EQ(overview.rows.size(), 2U) << "one row per student";
  const auto& zoe = overview.rows[0];
  EXPECT_EQ(Text(zoe[0]), "Zoë Peeters");
  EXPECT_EQ(Text(zoe[1]), "r0901234");
  EXPECT_EQ(Number(zoe[2]), 13.5);
  EXPECT_EQ(Number(zoe[3]), 10);
  EXPECT_EQ(Number(zoe[4]), 2) << "10 passes";
  const auto& rene = overview.rows[1];
  EXPECT_EQ(Text(rene[0]), "René Maes");
  EXPECT_EQ(Number(rene[2]), 9);
  EXPECT_TRUE(Blank(rene[3])) << "no final score yet";
  EXPECT_EQ(Number(rene[4]), 0);
}

TEST(ScoresWorkbook, ModuleSheetHasEveryFieldWithDatesInBrussels) {
  const Sheet instroom = ScoresWorkbook("HR", Cohort(), kBrussels).sheets[1];
  EXPECT_EQ(instroom.headings, (std::vector<std::string>{"Student", "Studentennummer", "Werkplek", "Mentor",
                                                         "Werkplekbegeleider", "Status", "Berekende score", "Eindscore",
                                                         "Reden van aanpassing", "Vastgelegd op", "Vrijgegeven op"}));
  ASSERT_EQ(instroom.rows.size(), 2U);
  const auto& zoe = instroom.rows[0];
  EXPECT_EQ(Text(zoe[2]), "HR Partners");
  EXPECT_EQ(Text(zoe[3]), "Sofie Claes");
  EXPECT_EQ(Text(zoe[4]), "Jan Peeters");
  EXPECT_EQ(Text(zoe[5]), "vrijgegeven");
  EXPECT_EQ(Number(zoe[6]), 12);
  EXPECT_EQ(Number(zoe[7]), 13.5);
  EXPECT_EQ(Text(zoe[8]), "Extra opdracht rond onthaal goed afgewerkt.");
  EXPECT_EQ(Text(zoe[9]), "01/07/2026") << "22:30 UTC on 30 June is 1 July in Brussels";
  EXPECT_EQ(Text(zoe[10]), "03/07/2026");
  const auto& rene = instroom.rows[1];
  EXPECT_TRUE(Blank(rene[9]));
  EXPECT_TRUE(Blank(rene[10]));
}

TEST(ScoresWorkbook, StudentsWithoutANumberAreKeptApartByName) {
  const Sheet overview = ScoresWorkbook("HR",
                                        {Line("An", "", "instroom", "Instroom", 12), Line("Bo", "", "instroom", "", 8),
                                         Line("An", "", "payroll", "", 14)},
                                        kBrussels)
                             .sheets[0];
  ASSERT_EQ(overview.rows.size(), 2U);
  EXPECT_EQ(overview.headings[3], "payroll") << "the module code when it has no name";
  EXPECT_EQ(Number(overview.rows[0][4]), 2);
  EXPECT_EQ(Number(overview.rows[1][4]), 0);
}

TEST(ScoresWorkbook, AnEmptyCohortStillHasItsOverview) {
  const Workbook book = ScoresWorkbook("HR", {}, kBrussels);
  ASSERT_EQ(book.sheets.size(), 1U);
  EXPECT_TRUE(book.sheets[0].rows.empty());
}

}  // namespace
}  // namespace leerplek::app
