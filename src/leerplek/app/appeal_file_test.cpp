#include "leerplek/app/appeal_file.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <stdexcept>

#include "leerplek/app/testing_clock.hpp"

namespace leerplek::app {
namespace {

using std::chrono::hours;
using std::chrono::minutes;
using std::chrono::sys_days;
using namespace std::chrono_literals;

Timestamp Utc(domain::Date date, int hour, int minute) { return sys_days{date} + hours(hour) + minutes(minute); }

// Summer time: Brussels is UTC+2.
const OffsetClock kBrussels(Utc(2026y / 6 / 30, 22, 30), hours(2));

domain::Rubric Instroom() {
  domain::Rubric r;
  r.levels = {{"O", "onvoldoende", 0}, {"V", "voldoende", 2}, {"G", "goed", 3}, {"ZG", "zeer goed", 4}};
  r.criteria = {
      {.code = "onthaal",
       .title = "Onthaal van nieuwe medewerkers",
       .goal = 1,
       .weight = 2,
       .knock_out = true,
       .descriptions = {{"O", "Vergeet het onthaal."},
                        {"V", "Volgt de checklist."},
                        {"G", "Past het onthaal aan."},
                        {"ZG", "Verbetert de checklist."}}},
      {.code = "dossier",
       .title = "Personeelsdossier",
       .goal = 2,
       .weight = 1.5,
       .descriptions = {{"O", "Onvolledig."}, {"V", "Volledig."}, {"G", "Correct."}, {"ZG", "Voorbeeldig."}}}};
  r.attendance = {.mandatory = 4, .penalty_per_missed = 1, .fail_below_ratio = 0.75};
  r.rounding = domain::ScoreRounding::kHalf;
  return r;
}

AppealFile Zoe() {
  AppealFile f;
  f.student_name = "Zoë Peeters";
  f.student_number = "r0901234";
  f.programme_name = "Graduaat HR-support";
  f.cohort_name = "2025–2026";
  f.module_name = "Instroom";
  f.organisation_name = "Café De Reünie";
  f.mentor_name = "Sofie Claes";
  f.supervisor_name = "Jan Peeters";
  f.first_day = 2026y / 2 / 2;
  f.last_day = 2026y / 5 / 29;
  f.required_days = 14;
  f.progress = {.planned_days = 14, .approved_days = 12.5, .pending_days = 1, .missed_days = 2, .catch_up_open = 1};
  f.catch_up_days = 1;
  f.rubric_version = 3;
  f.rubric = Instroom();
  f.ratings = {{.version = 1,
                .action = AppealRatingVersion::Action::kSubmitted,
                .by = "Sofie Claes",
                .at = Utc(2026y / 6 / 2, 13, 5),
                .ratings = {{.criterion = "onthaal", .level = "V", .comment = "Volgt de checklist nauwgezet."},
                            {.criterion = "dossier", .level = "G", .comment = "Correct."}}},
               {.version = 2,
                .action = AppealRatingVersion::Action::kReopened,
                .by = "Jan Peeters",
                .at = Utc(2026y / 6 / 3, 7, 0),
                .reason = "Het onthaal van 12/05 ontbreekt in de beoordeling."},
               {.version = 3,
                .action = AppealRatingVersion::Action::kChangedInMeeting,
                .by = "Sofie Claes",
                .at = Utc(2026y / 6 / 10, 22, 15),
                .ratings = {{.criterion = "onthaal",
                             .level = "G",
                             .comment = "Past het onthaal aan.",
                             .previous_level = "V",
                             .change_reason = "Onthaal van 12/05 besproken."},
                            {.criterion = "dossier", .level = "G", .comment = "Correct.", .previous_level = "G"}}}};
  f.feedback = {{.date = 2026y / 3 / 16,
                 .by = "Sofie Claes",
                 .comment = "Goede start.",
                 .levels = {{"dossier", "V"}, {"onthaal", "G"}}}};
  f.self_assessment = {{.criterion = "onthaal", .level = "ZG", .justification = "Ik heb de checklist verbeterd."}};
  f.reflection = AppealReflection{.situation = "Drie starters op één dag.",
                                  .task = "Het onthaal voorbereiden.",
                                  .action = "Een planning gemaakt.",
                                  .result = "Iedereen had een badge.",
                                  .reflection = "Volgende keer vroeger beginnen."};
  f.growth_points = {{.text = "Vroeger plannen.", .due = 2026y / 9 / 30}, {.text = "Feedback vragen."}};
  f.meeting = AppealMeeting{.date = 2026y / 6 / 10,
                            .start_minutes = 14 * 60,
                            .place = "Café De Reünie, Gent",
                            .participants = {"Zoë Peeters", "Sofie Claes", "Jan Peeters"},
                            .notes = "Het onthaal werd besproken."};
  f.visits = {{.date = 2026y / 4 / 20, .start_minutes = 10 * 60 + 30, .with_whom = "Sofie Claes", .report = "Vlot."}};
  using G = AppealGuidanceMoment;
  f.guidance = {{.date = 2026y / 2 / 10,
                 .kind = G::Kind::kSupervision,
                 .title = "Start",
                 .mandatory = true,
                 .attendance = G::Attendance::kPresent},
                {.date = 2026y / 3 / 10,
                 .kind = G::Kind::kIntervision,
                 .title = "Casus",
                 .mandatory = true,
                 .attendance = G::Attendance::kExcused,
                 .reason = "ziek, attest"},
                {.date = 2026y / 4 / 10,
                 .kind = G::Kind::kIntervision,
                 .title = "Casus 2",
                 .mandatory = true,
                 .attendance = G::Attendance::kAbsent},
                {.date = 2026y / 5 / 10,
                 .kind = G::Kind::kSupervision,
                 .title = "Extra",
                 .mandatory = false,
                 .attendance = G::Attendance::kNotRecorded}};
  f.steps = {{"Ruwe score: 20 × 10,50 / 14,00 gewogen punten", 15.0},
             {"1 gemiste verplichte momenten × 1,00 punten aftrek", 14.0},
             {"Begrensd tussen 0 en 20", 14.0},
             {"Afgerond op een halve punt", 14.0}};
  f.calculated = 14;
  f.final_score = 13.5;
  f.override_reason = "Het verslag kwam te laat.";
  f.finalised_by = "Jan Peeters";
  f.finalised_at = Utc(2026y / 6 / 15, 9, 0);
  f.released_at = Utc(2026y / 6 / 30, 22, 30);
  return f;
}

const ReportSection& Section(const Report& report, const std::string& heading) {
  const auto it = std::find_if(report.sections.begin(), report.sections.end(),
                               [&](const ReportSection& s) { return s.heading == heading; });
  if (it == report.sections.end()) throw std::runtime_error("no section " + heading);
  return *it;
}

std::string Fact(const ReportSection& section, const std::string& label) {
  for (const auto& f : section.facts) {
    if (f.label == label) return f.value;
  }
  return "<no fact " + label + ">";
}

TEST(AppealReport, HasEverySectionInOrder) {
  const Report report = AppealReport(Zoe(), Utc(2026y / 6 / 30, 22, 30), kBrussels);
  std::vector<std::string> headings;
  for (const auto& s : report.sections) headings.push_back(s.heading);
  EXPECT_EQ(headings,
            (std::vector<std::string>{
                "Gegevens", "Logboek", "Rubric (versie 3)", "Beoordeling door de mentor, versie 1",
                "Beoordeling door de mentor, versie 2", "Beoordeling door de mentor, versie 3", "Tussentijdse feedback",
                "Zelfevaluatie en reflectie", "Reflectie (STARR)", "Groeipunten", "Driehoeksgesprek",
                "Werkplekbezoeken", "Begeleidingsmomenten", "Berekening van de score", "Eindscore"}));
  EXPECT_EQ(report.title, "Evaluatiedossier — Zoë Peeters");
  EXPECT_EQ(report.subtitle, "Instroom · Graduaat HR-support · 2025–2026");
  EXPECT_EQ(report.footer, "Afgedrukt op 01/07/2026") << "22:30 UTC on 30 June is 1 July in Brussels";
}

TEST(AppealReport, GegevensAndLogboek) {
  const Report report = AppealReport(Zoe(), Utc(2026y / 6 / 30, 12, 0), kBrussels);
  const auto& about = Section(report, "Gegevens");
  EXPECT_EQ(Fact(about, "Student"), "Zoë Peeters");
  EXPECT_EQ(Fact(about, "Studentennummer"), "r0901234");
  EXPECT_EQ(Fact(about, "Werkplekbegeleider"), "Jan Peeters");
  EXPECT_EQ(Fact(about, "Periode"), "02/02/2026 – 29/05/2026");
  EXPECT_EQ(Fact(about, "Vereiste dagen"), "14");
  const auto& logbook = Section(report, "Logboek");
  EXPECT_EQ(Fact(logbook, "Goedgekeurd"), "12,5 van 14 dagen");
  EXPECT_EQ(Fact(logbook, "Wacht op de mentor"), "1");
  EXPECT_EQ(Fact(logbook, "Gemiste dagen"), "2");
  EXPECT_EQ(Fact(logbook, "Inhaaldagen goedgekeurd"), "1");
  EXPECT_EQ(Fact(logbook, "Nog in te halen"), "1");
}

TEST(AppealReport, RubricShowsWeightsKnockOutsAndEveryLevelDescription) {
  const Report report = AppealReport(Zoe(), Utc(2026y / 6 / 30, 12, 0), kBrussels);
  const auto& rubric = Section(report, "Rubric (versie 3)");
  ASSERT_TRUE(rubric.table.has_value());
  EXPECT_EQ(rubric.table->headings, (std::vector<std::string>{"Criterium", "Gewicht", "Knock-out", "onvoldoende",
                                                              "voldoende", "goed", "zeer goed"}));
  EXPECT_EQ(rubric.table->rows[0],
            (std::vector<std::string>{"Onthaal van nieuwe medewerkers", "2", "ja", "Vergeet het onthaal.",
                                      "Volgt de checklist.", "Past het onthaal aan.", "Verbetert de checklist."}));
  EXPECT_EQ(rubric.table->rows[1][1], "1,5");
  EXPECT_EQ(rubric.table->rows[1][2], "nee");
  EXPECT_EQ(Fact(rubric, "Afronding"), "op een halve punt");
  EXPECT_EQ(Fact(rubric, "Plafond bij knock-out"), "9");
  EXPECT_EQ(Fact(rubric, "Begeleidingsmomenten"),
            "4 verplichte momenten; 1 punten aftrek per gemist moment; onder 75 % aanwezigheid hoogstens het plafond");
}

TEST(AppealReport, EveryVersionOfTheMentorsRatingWithWhoWhenAndWhatChanged) {
  const Report report = AppealReport(Zoe(), Utc(2026y / 6 / 30, 12, 0), kBrussels);
  const auto& v1 = Section(report, "Beoordeling door de mentor, versie 1");
  EXPECT_EQ(v1.paragraphs, (std::vector<std::string>{"Ingediend door Sofie Claes op 02/06/2026 om 15:05."}));
  ASSERT_TRUE(v1.table.has_value());
  EXPECT_EQ(v1.table->headings, (std::vector<std::string>{"Criterium", "Niveau", "Opmerking", "Wijziging"}));
  EXPECT_EQ(v1.table->rows[0], (std::vector<std::string>{"Onthaal van nieuwe medewerkers", "voldoende",
                                                         "Volgt de checklist nauwgezet.", ""}));

  const auto& v2 = Section(report, "Beoordeling door de mentor, versie 2");
  EXPECT_EQ(v2.paragraphs, (std::vector<std::string>{"Heropend door Jan Peeters op 03/06/2026 om 09:00: Het onthaal "
                                                     "van 12/05 ontbreekt in de beoordeling."}));
  EXPECT_FALSE(v2.table.has_value());

  const auto& v3 = Section(report, "Beoordeling door de mentor, versie 3");
  EXPECT_EQ(
      v3.paragraphs,
      (std::vector<std::string>{"Aangepast tijdens het driehoeksgesprek door Sofie Claes op 11/06/2026 om 00:15."}));
  ASSERT_TRUE(v3.table.has_value());
  EXPECT_EQ(v3.table->rows[0][3], "voldoende → goed: Onthaal van 12/05 besproken.");
  EXPECT_EQ(v3.table->rows[1][3], "") << "the same level is no change";
}

TEST(AppealReport, FeedbackSelfAssessmentReflectionAndGrowthPoints) {
  const Report report = AppealReport(Zoe(), Utc(2026y / 6 / 30, 12, 0), kBrussels);
  const auto& feedback = Section(report, "Tussentijdse feedback");
  ASSERT_TRUE(feedback.table.has_value());
  EXPECT_EQ(feedback.table->rows[0],
            (std::vector<std::string>{"16/03/2026", "Sofie Claes", "Goede start.",
                                      "Onthaal van nieuwe medewerkers: goed; Personeelsdossier: voldoende"}))
      << "levels in the rubric's order";

  const auto& self = Section(report, "Zelfevaluatie en reflectie");
  ASSERT_TRUE(self.table.has_value());
  EXPECT_EQ(self.table->headings,
            (std::vector<std::string>{"Criterium", "Eigen niveau", "Niveau mentor", "Verantwoording"}));
  EXPECT_EQ(self.table->rows[0], (std::vector<std::string>{"Onthaal van nieuwe medewerkers", "zeer goed", "goed",
                                                           "Ik heb de checklist verbeterd."}))
      << "beside the mentor's latest level (R21)";

  const auto& starr = Section(report, "Reflectie (STARR)");
  EXPECT_EQ(Fact(starr, "Situatie"), "Drie starters op één dag.");
  EXPECT_EQ(Fact(starr, "Taak"), "Het onthaal voorbereiden.");
  EXPECT_EQ(Fact(starr, "Actie"), "Een planning gemaakt.");
  EXPECT_EQ(Fact(starr, "Resultaat"), "Iedereen had een badge.");
  EXPECT_EQ(Fact(starr, "Reflectie"), "Volgende keer vroeger beginnen.");

  const auto& growth = Section(report, "Groeipunten");
  ASSERT_TRUE(growth.table.has_value());
  EXPECT_EQ(growth.table->rows[0], (std::vector<std::string>{"Vroeger plannen.", "30/09/2026"}));
  EXPECT_EQ(growth.table->rows[1], (std::vector<std::string>{"Feedback vragen.", ""}));
}

TEST(AppealReport, MeetingVisitsAndAttendance) {
  const Report report = AppealReport(Zoe(), Utc(2026y / 6 / 30, 12, 0), kBrussels);
  const auto& meeting = Section(report, "Driehoeksgesprek");
  EXPECT_EQ(Fact(meeting, "Datum"), "10/06/2026 om 14:00");
  EXPECT_EQ(Fact(meeting, "Plaats"), "Café De Reünie, Gent");
  EXPECT_EQ(Fact(meeting, "Deelnemers"), "Zoë Peeters, Sofie Claes en Jan Peeters");
  EXPECT_EQ(meeting.paragraphs, (std::vector<std::string>{"Het onthaal werd besproken."}));

  const auto& visits = Section(report, "Werkplekbezoeken");
  ASSERT_TRUE(visits.table.has_value());
  EXPECT_EQ(visits.table->rows[0], (std::vector<std::string>{"20/04/2026", "10:30", "Sofie Claes", "Vlot."}));

  const auto& guidance = Section(report, "Begeleidingsmomenten");
  EXPECT_EQ(guidance.paragraphs, (std::vector<std::string>{"Verplichte momenten: 3; aanwezig 1, gewettigd afwezig 1, "
                                                           "afwezig 1, niet geregistreerd 0."}));
  ASSERT_TRUE(guidance.table.has_value());
  EXPECT_EQ(guidance.table->rows[0], (std::vector<std::string>{"10/02/2026", "supervisie", "Start", "ja", "aanwezig"}));
  EXPECT_EQ(guidance.table->rows[1][4], "gewettigd afwezig (ziek, attest)");
  EXPECT_EQ(guidance.table->rows[2][4], "afwezig");
  EXPECT_EQ(guidance.table->rows[3],
            (std::vector<std::string>{"10/05/2026", "supervisie", "Extra", "nee", "niet geregistreerd"}));
}

TEST(AppealReport, CalculationStepsWithDecimalCommaThenTheFinalScore) {
  const Report report = AppealReport(Zoe(), Utc(2026y / 6 / 30, 12, 0), kBrussels);
  const auto& calculation = Section(report, "Berekening van de score");
  ASSERT_TRUE(calculation.table.has_value());
  ASSERT_EQ(calculation.table->rows.size(), 4U);
  EXPECT_EQ(calculation.table->rows[0],
            (std::vector<std::string>{"Ruwe score: 20 × 10,50 / 14,00 gewogen punten", "15,00"}));
  const auto& result = Section(report, "Eindscore");
  EXPECT_EQ(Fact(result, "Berekende score"), "14 op 20");
  EXPECT_EQ(Fact(result, "Eindscore"), "13,5 op 20");
  EXPECT_EQ(Fact(result, "Reden van aanpassing"), "Het verslag kwam te laat.");
  EXPECT_EQ(Fact(result, "Vastgelegd"), "door Jan Peeters op 15/06/2026 om 11:00");
  EXPECT_EQ(Fact(result, "Vrijgegeven"), "op 01/07/2026 om 00:30");
}

TEST(AppealReport, AnEmptyFileSaysWhatIsMissingInsteadOfLeavingItOut) {
  const Report report = AppealReport(AppealFile{.student_name = "An"}, Utc(2026y / 6 / 30, 12, 0), kBrussels);
  EXPECT_EQ(Section(report, "Gegevens").facts.size(), 10U);
  EXPECT_EQ(Fact(Section(report, "Gegevens"), "Periode"), "nog niet gepland");
  EXPECT_EQ(Fact(Section(report, "Gegevens"), "Werkplekbegeleider"), "niet toegewezen");
  EXPECT_EQ(Section(report, "Beoordeling door de mentor").paragraphs.front(),
            "De mentor heeft (nog) geen eindbeoordeling ingediend.");
  for (const char* heading :
       {"Tussentijdse feedback", "Zelfevaluatie en reflectie", "Reflectie (STARR)", "Groeipunten", "Driehoeksgesprek",
        "Werkplekbezoeken", "Begeleidingsmomenten", "Berekening van de score"}) {
    const auto& s = Section(report, heading);
    EXPECT_EQ(s.paragraphs.size(), 1U) << heading;
    EXPECT_FALSE(s.table.has_value()) << heading;
  }
  const auto& result = Section(report, "Eindscore");
  EXPECT_EQ(Fact(result, "Eindscore"), "nog niet vastgelegd");
  EXPECT_EQ(Fact(result, "Vrijgegeven"), "nog niet");
  EXPECT_EQ(Fact(result, "Reden van aanpassing"), "<no fact Reden van aanpassing>") << "no override, no reason";
}

}  // namespace
}  // namespace leerplek::app
