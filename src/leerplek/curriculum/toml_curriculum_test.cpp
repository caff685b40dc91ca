#include "leerplek/curriculum/toml_curriculum.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <ostream>
#include <string>

#ifndef LEERPLEK_SOURCE_DIR
#error "LEERPLEK_SOURCE_DIR must name the repository root: these tests read the files in curricula/."
#endif

namespace leerplek::curriculum {

// So a failing comparison shows the problems rather than their bytes.
void PrintTo(const CurriculumProblem& p, std::ostream* out) { *out << p.line << ": " << p.field << ": " << p.message; }

namespace {

using domain::Curriculum;
using domain::Module;

std::filesystem::path CurriculaDir() { return std::filesystem::path(LEERPLEK_SOURCE_DIR) / "curricula"; }

// Fails the test with every problem printed when the file does not load.
Curriculum MustLoad(const std::filesystem::path& path) {
  auto result = LoadCurriculumFile(path);
  if (auto* problems = std::get_if<std::vector<CurriculumProblem>>(&result)) {
    ADD_FAILURE() << FormatProblems(*problems, path.filename().string());
    return {};
  }
  return std::get<Curriculum>(std::move(result));
}

std::vector<CurriculumProblem> ProblemsOf(const CurriculumOrProblems& result) {
  if (const auto* problems = std::get_if<std::vector<CurriculumProblem>>(&result)) return *problems;
  ADD_FAILURE() << "expected problems, but the curriculum loaded";
  return {};
}

std::vector<CurriculumProblem> ProblemsInFixture(std::string_view name) {
  return ProblemsOf(LoadCurriculumFile(CurriculaDir() / "tests" / name));
}

std::vector<CurriculumProblem> ProblemsInText(std::string_view text) {
  return ProblemsOf(ParseCurriculumToml(text, "test.toml"));
}

// A valid file whose lines the inline tests below refer to.
constexpr std::string_view kSmallFile = R"(format = 1
[programme]
code = "boekhouden"
name = "Graduaat Boekhouden"
institution = "Hogeschool Voorbeeld"
version = "1"
phases = 2

[[course_units]]
name = "Boekhouden 1"
kind = "knowledge_frame"
phase = 1
semester = 1

[[modules]]
code = "kennismaking"
name = "Kennismaking"
phase = 1
quarters = [1]
required_days = 8
goals = [
  "Beschrijft de taken van een boekhoudkantoor.",
  "Boekt eenvoudige aankoopfacturen.",
]
)";

// A rubric for the small file's module: default levels, descriptions inline and as a table.
constexpr std::string_view kRubricPart = R"(
[modules.rubric]
knock_out_cap = 9
rounding = "integer"

[modules.rubric.attendance]
mandatory = 2
penalty_per_missed = 1
fail_below_ratio = 0.5

[[modules.rubric.criteria]]
code = "taken"
title = "Beschrijft de taken van het kantoor"
goal = 1
weight = 2
descriptions = { O = "Benoemt de taken niet.", V = "Benoemt de hoofdtaken.", G = "Legt ze uit.", ZG = "Legt het verband." }

[[modules.rubric.criteria]]
code = "discretie"
title = "Gaat discreet om met klantgegevens"
weight = 1.5
knock_out = true

[modules.rubric.criteria.descriptions]
O = "Deelt gegevens van klanten met wie ze niet mag zien."
V = "Houdt gegevens van klanten voor zich."
G = "Houdt gegevens voor zich en vraagt bij twijfel wat mag."
ZG = "Bewaakt ook de discretie van anderen, tactvol."
)";

std::string WithRubric() { return std::string(kSmallFile) + std::string(kRubricPart); }

std::string Replace(std::string_view text, std::string_view from, std::string_view to) {
  std::string out(text);
  const auto at = out.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) out.replace(at, from.size(), to);
  return out;
}

TEST(HrSupportCurriculum, LoadsWithItsEightModulesInOrder) {
  const Curriculum c = MustLoad(CurriculaDir() / "hr-support.toml");
  EXPECT_EQ(c.programme_code, "hr-support");
  EXPECT_EQ(c.programme_name, "Graduaat HR-support");
  EXPECT_EQ(c.institution, "Thomas More");
  EXPECT_EQ(c.phases, 2);
  EXPECT_FALSE(c.notes.empty());
  ASSERT_EQ(c.modules.size(), 8U);
  const std::vector<std::string> codes = {"expeditie-hr",   "digitaal-vaardig", "instroom",   "payroll",
                                          "hr-permanentie", "welzijn",          "hr-boetiek", "hr-support"};
  const std::vector<int> days = {12, 3, 14, 14, 20, 4, 4, 50};
  const std::vector<std::vector<int>> quarters = {{1}, {2}, {3}, {4}, {5, 6}, {7}, {7, 8}, {7, 8}};
  const std::vector<std::size_t> goal_counts = {5, 7, 8, 6, 5, 10, 4, 5};
  for (std::size_t i = 0; i < c.modules.size(); ++i) {
    EXPECT_EQ(c.modules[i].code, codes[i]);
    EXPECT_EQ(c.modules[i].required_days, days[i]) << codes[i];
    EXPECT_EQ(c.modules[i].quarters, quarters[i]) << codes[i];
    EXPECT_EQ(c.modules[i].goals.size(), goal_counts[i]) << codes[i];
    EXPECT_EQ(c.modules[i].phase, i < 4 ? 1 : 2) << codes[i];
  }
}

TEST(HrSupportCurriculum, HrSupportMayShareAWorkplaceWithInstroomPayrollAndHrPermanentie) {
  const Curriculum c = MustLoad(CurriculaDir() / "hr-support.toml");
  const Module* hr_support = FindModule(c, "hr-support");
  ASSERT_NE(hr_support, nullptr);
  EXPECT_EQ(hr_support->may_share_workplace_with, (std::vector<std::string>{"instroom", "payroll", "hr-permanentie"}));
  for (const Module& m : c.modules) {
    if (m.code != "hr-support") {
      EXPECT_TRUE(m.may_share_workplace_with.empty()) << m.code;
    }
  }
}

TEST(HrSupportCurriculum, TheCutOffGoalOfDigitaalVaardigIsCompleted) {
  const Curriculum c = MustLoad(CurriculaDir() / "hr-support.toml");
  const Module* m = FindModule(c, "digitaal-vaardig");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->goals.back(),
            "Stuurt het eigen gedrag constructief bij op basis van feedback van anderen en opgedane reflecties.");
}

TEST(HrSupportCurriculum, HrPermanentieDescribesTheSevenDomainsOfItsTaskList) {
  const Curriculum c = MustLoad(CurriculaDir() / "hr-support.toml");
  const Module* m = FindModule(c, "hr-permanentie");
  ASSERT_NE(m, nullptr);
  for (std::string_view domain : {"Rekrutering en selectie", "Opleiding", "Uitstroom", "Payroll",
                                  "Competenties/Talenten", "Prestatiemanagement", "Welzijn"}) {
    EXPECT_NE(m->description.find("\n" + std::string(domain) + "\n"), std::string::npos) << domain;
  }
}

TEST(HrSupportCurriculum, ListsEveryCourseUnitOfTheGuidePerPhaseAndSemester) {
  const Curriculum c = MustLoad(CurriculaDir() / "hr-support.toml");
  auto count = [&](int phase, int semester, domain::CourseUnitKind kind) {
    return std::count_if(c.course_units.begin(), c.course_units.end(), [&](const domain::CourseUnit& u) {
      return u.phase == phase && u.semester == semester && u.kind == kind;
    });
  };
  using enum domain::CourseUnitKind;
  EXPECT_EQ(count(1, 1, kProfessionalRole), 4);
  EXPECT_EQ(count(1, 1, kKnowledgeFrame), 2);
  EXPECT_EQ(count(1, 1, kWorkplaceLearning), 2);
  EXPECT_EQ(count(1, 2, kProfessionalRole), 3);
  EXPECT_EQ(count(1, 2, kKnowledgeFrame), 2);
  EXPECT_EQ(count(1, 2, kWorkplaceLearning), 2);
  EXPECT_EQ(count(2, 1, kProfessionalRole), 4);
  EXPECT_EQ(count(2, 1, kKnowledgeFrame), 1);
  EXPECT_EQ(count(2, 1, kWorkplaceLearning), 1);  // HR permanentie; Welzijn moved to semester 2 (see notes)
  EXPECT_EQ(count(2, 2, kProfessionalRole), 4);
  EXPECT_EQ(count(2, 2, kKnowledgeFrame), 0);
  EXPECT_EQ(count(2, 2, kWorkplaceLearning), 3);
}

TEST(HrSupportCurriculum, EveryModuleHasExactlyOneWorkplaceLearningUnitInTheSemesterOfItsQuarters) {
  const Curriculum c = MustLoad(CurriculaDir() / "hr-support.toml");
  for (const Module& m : c.modules) {
    const auto units = std::count_if(c.course_units.begin(), c.course_units.end(),
                                     [&](const domain::CourseUnit& u) { return u.module_code == m.code; });
    EXPECT_EQ(units, 1) << m.code;
    for (const domain::CourseUnit& u : c.course_units) {
      if (u.module_code != m.code) continue;
      EXPECT_EQ(u.phase, m.phase) << m.code;
      // A module may run into the next semester, but it starts in the semester its unit belongs to.
      EXPECT_EQ(u.semester, domain::SemesterOfQuarter(m.quarters.front())) << m.code;
    }
  }
}

TEST(MiniProgramme, AnotherGraduaatLoadsFromItsOwnFile) {
  const Curriculum c = MustLoad(CurriculaDir() / "tests" / "mini-programme.toml");
  EXPECT_EQ(c.programme_code, "boekhouden");
  EXPECT_EQ(c.programme_name, "Graduaat Boekhouden");
  ASSERT_EQ(c.modules.size(), 2U);
  EXPECT_EQ(c.modules[0].code, "kennismaking-kantoor");
  EXPECT_EQ(c.modules[1].quarters, (std::vector<int>{5, 6}));
  EXPECT_EQ(c.modules[1].required_days, 30);
  EXPECT_EQ(c.modules[1].may_share_workplace_with, std::vector<std::string>{"kennismaking-kantoor"});
  ASSERT_EQ(c.course_units.size(), 4U);
  EXPECT_EQ(c.course_units[2].kind, domain::CourseUnitKind::kWorkplaceLearning);
  EXPECT_EQ(c.course_units[2].module_code, "kennismaking-kantoor");
}

TEST(CurriculumFile, AMissingFieldIsReportedAtItsTable) {
  const auto problems = ProblemsInFixture("invalid-missing-field.toml");
  EXPECT_EQ(problems, (std::vector<CurriculumProblem>{{18, "modules[0].required_days", "Verplicht veld ontbreekt."}}));
}

TEST(CurriculumFile, AWrongTypeIsReportedAtItsLine) {
  const auto problems = ProblemsInFixture("invalid-wrong-type.toml");
  EXPECT_EQ(problems,
            (std::vector<CurriculumProblem>{{23, "modules[0].required_days", "Moet een geheel getal zijn."}}));
}

TEST(CurriculumFile, NegativeDaysAreReportedAtTheirLine) {
  const auto problems = ProblemsInFixture("invalid-negative-days.toml");
  EXPECT_EQ(problems, (std::vector<CurriculumProblem>{
                          {23, "modules[0].required_days", "Het aantal dagen moet tussen 1 en 366 liggen."}}));
}

TEST(CurriculumFile, ADuplicateModuleCodeIsReportedAtTheSecondCode) {
  const auto problems = ProblemsInFixture("invalid-duplicate-module-code.toml");
  EXPECT_EQ(problems,
            (std::vector<CurriculumProblem>{{27, "modules[1].code", "Deze modulecode komt al voor (modules[0])."}}));
}

TEST(CurriculumFile, AnUnknownKeyIsAProblemWithASuggestionNotSilentlyIgnored) {
  const auto problems = ProblemsInFixture("invalid-unknown-key.toml");
  EXPECT_EQ(problems, (std::vector<CurriculumProblem>{
                          {18, "modules[0].required_days", "Verplicht veld ontbreekt."},
                          {23, "modules[0].requierd_days", "Onbekend veld. Bedoel je 'required_days'?"}}));
}

TEST(CurriculumFile, ASyntaxErrorIsReportedAtItsLine) {
  const auto problems = ProblemsInFixture("invalid-syntax.toml");
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_EQ(problems[0].line, 6);
  EXPECT_EQ(problems[0].field, "");
  EXPECT_TRUE(problems[0].message.starts_with("Ongeldige TOML-syntaxis in kolom ")) << problems[0].message;
}

TEST(CurriculumFile, AQuarterOutsideTheModulePhaseIsReportedAtItsLine) {
  const auto problems = ProblemsInFixture("invalid-quarter-outside-phase.toml");
  EXPECT_EQ(problems, (std::vector<CurriculumProblem>{
                          {22, "modules[0].quarters[1]", "Kwartaal 5 hoort niet bij fase 1 (kwartalen 1–4)."}}));
}

TEST(CurriculumFile, AWorkplaceLearningUnitNamingAnUnknownModuleIsReportedAtItsLine) {
  const auto problems = ProblemsInFixture("invalid-unknown-module.toml");
  EXPECT_EQ(problems,
            (std::vector<CurriculumProblem>{{16, "course_units[0].module", "Er is geen module met code 'stage'."}}));
}

TEST(CurriculumFile, TheSmallFileIsValid) {
  const auto result = ParseCurriculumToml(kSmallFile, "test.toml");
  EXPECT_TRUE(std::holds_alternative<Curriculum>(result))
      << FormatProblems(std::get<std::vector<CurriculumProblem>>(result), "test.toml");
}

TEST(CurriculumFile, EveryProblemIsReportedAtOnceInLineOrder) {
  std::string text = Replace(kSmallFile, "phases = 2", "phases = 2\nnaam = \"x\"");  // shifts later lines by one
  text = Replace(text, "semester = 1", "semester = 3");
  text = Replace(text, "code = \"kennismaking\"", "code = \"Kennismaking\"");
  text = Replace(text, "required_days = 8", "required_days = 0");
  text = Replace(text, "\"Boekt eenvoudige aankoopfacturen.\"", "12");
  const auto problems = ProblemsInText(text);
  ASSERT_EQ(problems.size(), 5U) << FormatProblems(problems, "test.toml");
  EXPECT_EQ(problems[0].line, 8);
  EXPECT_EQ(problems[0].field, "programme.naam");
  EXPECT_EQ(problems[1].line, 14);
  EXPECT_EQ(problems[1].field, "course_units[0].semester");
  EXPECT_EQ(problems[2].line, 17);
  EXPECT_EQ(problems[2].field, "modules[0].code");
  EXPECT_EQ(problems[3].line, 21);
  EXPECT_EQ(problems[3].field, "modules[0].required_days");
  EXPECT_EQ(problems[4].line, 24);
  EXPECT_EQ(problems[4].field, "modules[0].goals[1]");
  EXPECT_EQ(problems[4].message, "Moet tekst zijn.");
}

TEST(CurriculumFile, AWrongTypeIsNotReportedASecondTimeByTheDomainRules) {
  // Without the integer the domain would also see 0 days; one problem per mistake is enough.
  const auto problems = ProblemsInText(Replace(kSmallFile, "required_days = 8", "required_days = 8.5"));
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_EQ(problems[0].message, "Moet een geheel getal zijn.");
}

TEST(CurriculumFile, AnUnreadableModulePhaseDoesNotMakeItsQuartersWrong) {
  const auto problems = ProblemsInText(Replace(kSmallFile, "phase = 1\nquarters", "phase = \"een\"\nquarters"));
  EXPECT_EQ(problems, (std::vector<CurriculumProblem>{{18, "modules[0].phase", "Moet een geheel getal zijn."}}));
}

TEST(CurriculumFile, AnUnknownCourseUnitKindNamesTheChoices) {
  const auto problems = ProblemsInText(Replace(kSmallFile, "knowledge_frame", "kenniskader"));
  EXPECT_EQ(problems,
            (std::vector<CurriculumProblem>{
                {11, "course_units[0].kind",
                 "Onbekende soort 'kenniskader': kies professional_role, knowledge_frame of workplace_learning."}}));
}

TEST(CurriculumFile, AnotherFormatVersionIsRefused) {
  const auto problems = ProblemsInText(Replace(kSmallFile, "format = 1", "format = 2"));
  EXPECT_EQ(problems,
            (std::vector<CurriculumProblem>{{1, "format", "Onbekende formaatversie 2; Leerplek leest formaat 1."}}));
}

TEST(CurriculumFile, MissingTopLevelPartsBelongToTheWholeFile) {
  const auto problems = ProblemsInText("format = 1\n");
  EXPECT_EQ(problems, (std::vector<CurriculumProblem>{{0, "programme", "Verplicht veld ontbreekt."},
                                                      {0, "modules", "Verplicht veld ontbreekt."}}));
}

TEST(CurriculumFile, ProgrammeAndModulesMustHaveTheirTableShape) {
  const auto problems = ProblemsInText("format = 1\nprogramme = \"hr\"\nmodules = [1]\n");
  EXPECT_EQ(problems, (std::vector<CurriculumProblem>{{2, "programme", "Moet een tabel zijn: schrijf [programme]."},
                                                      {3, "modules[0]", "Moet een tabel zijn: schrijf [[modules]]."}}));
}

TEST(CurriculumFile, ListsMustBeListsOfTheRightKind) {
  std::string text = Replace(kSmallFile, "quarters = [1]", "quarters = 1");
  text = Replace(text, "required_days = 8", "required_days = 8\nmay_share_workplace_with = \"payroll\"");
  const auto problems = ProblemsInText(text);
  EXPECT_EQ(problems, (std::vector<CurriculumProblem>{
                          {19, "modules[0].quarters", "Moet een lijst van gehele getallen zijn."},
                          {21, "modules[0].may_share_workplace_with", "Moet een lijst van teksten zijn."}}));
}

TEST(CurriculumFile, AMultiLineGoalListReportsTheLineOfTheBadGoal) {
  const auto problems = ProblemsInText(Replace(kSmallFile, "\"Boekt eenvoudige aankoopfacturen.\"", "\"  \""));
  EXPECT_EQ(problems,
            (std::vector<CurriculumProblem>{{23, "modules[0].goals[1]", "Een doelstelling mag niet leeg zijn."}}));
}

TEST(CurriculumFile, AnUnreadableFileIsOneProblem) {
  const auto problems = ProblemsOf(LoadCurriculumFile(CurriculaDir() / "tests" / "bestaat-niet.toml"));
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_EQ(problems[0].line, 0);
  EXPECT_NE(problems[0].message.find("kan niet gelezen worden"), std::string::npos);
}

TEST(CurriculumFile, ProblemsAreFormattedOnePerLineWithFileLineAndField) {
  const std::vector<CurriculumProblem> problems = {
      {12, "modules[1].required_days", "Het aantal dagen moet tussen 1 en 366 liggen."},
      {0, "modules", "Verplicht veld ontbreekt."},
      {3, "", "Ongeldige TOML-syntaxis in kolom 7 (x)."}};
  EXPECT_EQ(FormatProblems(problems, "hr-support.toml"),
            "hr-support.toml:12: modules[1].required_days: Het aantal dagen moet tussen 1 en 366 liggen.\n"
            "hr-support.toml: modules: Verplicht veld ontbreekt.\n"
            "hr-support.toml:3: Ongeldige TOML-syntaxis in kolom 7 (x).\n");
}

TEST(CurriculumFileRubric, AModuleWithoutRubricHasNone) {
  const auto result = ParseCurriculumToml(kSmallFile, "test.toml");
  ASSERT_TRUE(std::holds_alternative<Curriculum>(result));
  EXPECT_FALSE(std::get<Curriculum>(result).modules[0].rubric.has_value());
}

TEST(CurriculumFileRubric, R18AGoodRubricIsReadWithTheDefaultLevels) {
  const auto result = ParseCurriculumToml(WithRubric(), "test.toml");
  ASSERT_TRUE(std::holds_alternative<Curriculum>(result))
      << FormatProblems(std::get<std::vector<CurriculumProblem>>(result), "test.toml");
  const auto& rubric = std::get<Curriculum>(result).modules[0].rubric;
  ASSERT_TRUE(rubric.has_value());
  EXPECT_EQ(rubric->levels.size(), 4U);
  EXPECT_EQ(rubric->levels[3].code, "ZG");
  EXPECT_DOUBLE_EQ(rubric->knock_out_cap, 9);
  EXPECT_EQ(rubric->rounding, domain::ScoreRounding::kInteger);
  EXPECT_EQ(rubric->attendance.mandatory, 2);
  EXPECT_DOUBLE_EQ(rubric->attendance.penalty_per_missed, 1);
  EXPECT_DOUBLE_EQ(rubric->attendance.fail_below_ratio, 0.5);
  ASSERT_EQ(rubric->criteria.size(), 2U);
  const domain::RubricCriterion& taken = rubric->criteria[0];
  EXPECT_EQ(taken.code, "taken");
  EXPECT_EQ(taken.title, "Beschrijft de taken van het kantoor");
  EXPECT_EQ(taken.goal, 1);
  EXPECT_DOUBLE_EQ(taken.weight, 2);
  EXPECT_FALSE(taken.knock_out);
  EXPECT_EQ(taken.descriptions.at("V"), "Benoemt de hoofdtaken.");
  const domain::RubricCriterion& discretie = rubric->criteria[1];
  EXPECT_EQ(discretie.goal, 0);  // no goal given
  EXPECT_DOUBLE_EQ(discretie.weight, 1.5);
  EXPECT_TRUE(discretie.knock_out);
  EXPECT_EQ(discretie.descriptions.size(), 4U);
  EXPECT_EQ(discretie.descriptions.at("ZG"), "Bewaakt ook de discretie van anderen, tactvol.");
}

// The rubric file with two levels NB and B instead of the default four: `rounding_and_levels` replaces the
// rounding line, and every criterion describes NB and B only.
std::string WithTwoLevels(std::string_view rounding_and_levels) {
  std::string text = Replace(WithRubric(), "rounding = \"integer\"", rounding_and_levels);
  text = Replace(text, "O = \"Benoemt de taken niet.\", V = \"Benoemt de hoofdtaken.\", G = \"Legt ze uit.\", ZG",
                 "NB = \"Benoemt de taken niet.\", B");
  text = Replace(text, "O = \"Deelt gegevens van klanten met wie ze niet mag zien.\"\nV", "NB = \"Deelt.\"\nB");
  return Replace(text,
                 "G = \"Houdt gegevens voor zich en vraagt bij twijfel wat mag.\"\nZG = \"Bewaakt ook de discretie "
                 "van anderen, tactvol.\"\n",
                 "");
}

TEST(CurriculumFileRubric, R20OwnLevelsReplaceTheDefaultOnes) {
  const std::string text = WithTwoLevels(R"(rounding = "half"

[[modules.rubric.levels]]
code = "NB"
name = "niet behaald"
points = 0

[[modules.rubric.levels]]
code = "B"
name = "behaald"
points = 1.5)");
  const auto result = ParseCurriculumToml(text, "test.toml");
  ASSERT_TRUE(std::holds_alternative<Curriculum>(result))
      << FormatProblems(std::get<std::vector<CurriculumProblem>>(result), "test.toml");
  const domain::Rubric& rubric = *std::get<Curriculum>(result).modules[0].rubric;
  EXPECT_EQ(rubric.rounding, domain::ScoreRounding::kHalf);
  ASSERT_EQ(rubric.levels.size(), 2U);
  EXPECT_EQ(rubric.levels[1].code, "B");
  EXPECT_EQ(rubric.levels[1].name, "behaald");
  EXPECT_DOUBLE_EQ(rubric.levels[1].points, 1.5);
  EXPECT_EQ(rubric.criteria[0].descriptions.at("B"), "Legt het verband.");
}

TEST(CurriculumFileRubric, R18AMissingDescriptionIsReportedAtItsTable) {
  const auto problems =
      ProblemsInText(Replace(WithRubric(), "ZG = \"Bewaakt ook de discretie van anderen, tactvol.\"\n", ""));
  EXPECT_EQ(problems,
            (std::vector<CurriculumProblem>{{48, "modules[0].rubric.criteria[1].descriptions.ZG",
                                             "Beschrijf wat niveau 'ZG' (zeer goed) voor dit criterium inhoudt."}}));
}

TEST(CurriculumFileRubric, ADescriptionForALevelThatIsNotThereIsReportedAtItsLine) {
  const auto problems = ProblemsInText(Replace(WithRubric(), "ZG = \"Bewaakt", "Z = \"Bewaakt"));
  EXPECT_EQ(problems,
            (std::vector<CurriculumProblem>{{48, "modules[0].rubric.criteria[1].descriptions.ZG",
                                             "Beschrijf wat niveau 'ZG' (zeer goed) voor dit criterium inhoudt."},
                                            {52, "modules[0].rubric.criteria[1].descriptions.Z",
                                             "Er is geen niveau met code 'Z' in deze rubric."}}));
}

TEST(CurriculumFileRubric, R20ABadRoundingNamesTheChoices) {
  const auto problems = ProblemsInText(Replace(WithRubric(), "rounding = \"integer\"", "rounding = \"geheel\""));
  EXPECT_EQ(problems, (std::vector<CurriculumProblem>{
                          {28, "modules[0].rubric.rounding",
                           "Onbekende afronding 'geheel': kies integer (op een geheel getal) of half (op een halve "
                           "punt)."}}));
}

TEST(CurriculumFileRubric, UnknownKeysInARubricAreProblemsWithASuggestion) {
  std::string text = Replace(WithRubric(), "knock_out_cap = 9", "knock_out_cap = 9\nknockout_cap = 8");
  text = Replace(text, "mandatory = 2", "mandatroy = 2");
  text = Replace(text, "knock_out = true", "knock-out = true");
  const auto problems = ProblemsInText(text);
  EXPECT_EQ(problems, (std::vector<CurriculumProblem>{
                          {28, "modules[0].rubric.knockout_cap", "Onbekend veld. Bedoel je 'knock_out_cap'?"},
                          {31, "modules[0].rubric.attendance.mandatory", "Verplicht veld ontbreekt."},
                          {32, "modules[0].rubric.attendance.mandatroy", "Onbekend veld. Bedoel je 'mandatory'?"},
                          {47, "modules[0].rubric.criteria[1].knock-out", "Onbekend veld. Bedoel je 'knock_out'?"}}));
}

TEST(CurriculumFileRubric, WrongTypesAreReportedOnceAtTheirLines) {
  std::string text = Replace(WithRubric(), "weight = 2", "weight = \"twee\"");
  text = Replace(text, "knock_out = true", "knock_out = \"ja\"");
  text = Replace(text, "fail_below_ratio = 0.5", "fail_below_ratio = \"de helft\"");
  text = Replace(text, "descriptions = { O", "descriptions = \"zie hieronder\"\n#{ O");
  const auto problems = ProblemsInText(text);
  EXPECT_EQ(problems,
            (std::vector<CurriculumProblem>{
                {33, "modules[0].rubric.attendance.fail_below_ratio", "Moet een getal zijn."},
                {39, "modules[0].rubric.criteria[0].weight", "Moet een getal zijn."},
                {40, "modules[0].rubric.criteria[0].descriptions",
                 "Moet een tabel zijn: schrijf descriptions = { O = \"…\", V = \"…\", G = \"…\", ZG = \"…\" } of "
                 "[modules.rubric.criteria.descriptions]."},
                {47, "modules[0].rubric.criteria[1].knock_out", "Moet true of false zijn."}}));
}

TEST(CurriculumFileRubric, RequiredRubricKeysAreReportedAtTheirTable) {
  std::string text = Replace(WithRubric(), "knock_out_cap = 9\nrounding = \"integer\"\n", "");
  text = Replace(text, "weight = 1.5\n", "");
  const auto problems = ProblemsInText(text);
  EXPECT_EQ(problems, (std::vector<CurriculumProblem>{
                          {26, "modules[0].rubric.knock_out_cap", "Verplicht veld ontbreekt."},
                          {26, "modules[0].rubric.rounding", "Verplicht veld ontbreekt."},
                          {40, "modules[0].rubric.criteria[1].weight", "Verplicht veld ontbreekt."}}));
}

TEST(CurriculumFileRubric, TheDomainRulesAreReportedAtTheRightLine) {
  std::string text = Replace(WithRubric(), "goal = 1", "goal = 3");  // the module has two goals
  text = Replace(text, "knock_out_cap = 9", "knock_out_cap = 21");
  const auto problems = ProblemsInText(text);
  EXPECT_EQ(problems, (std::vector<CurriculumProblem>{
                          {27, "modules[0].rubric.knock_out_cap", "Het plafond bij een knock-out ligt tussen 0 en 20."},
                          {38, "modules[0].rubric.criteria[0].goal",
                           "De module heeft 2 doelstellingen: kies er een van 1 tot 2, of 0 als het criterium bij "
                           "geen doelstelling hoort."}}));
}

TEST(CurriculumFileRubric, UnreadableGoalsDoNotMakeTheCriteriaGoalsWrong) {
  const auto problems = ProblemsInText(Replace(WithRubric(), "goals = [", "goals = 3\nniet = ["));
  ASSERT_FALSE(problems.empty());
  for (const CurriculumProblem& p : problems) EXPECT_FALSE(p.field.ends_with(".goal")) << p.field;
}

TEST(CurriculumFileRubric, AnUnreadableLevelPointDoesNotMakeTheNextLevelWrong) {
  const std::string text = WithTwoLevels(R"(rounding = "integer"
levels = [
  { code = "NB", name = "niet behaald", points = "nul" },
  { code = "B", name = "behaald", points = 0 },
])");
  EXPECT_EQ(ProblemsInText(text),
            (std::vector<CurriculumProblem>{{30, "modules[0].rubric.levels[0].points", "Moet een getal zijn."}}));
}

TEST(HrSupportCurriculum, R18EveryModuleShipsACompleteRubric) {
  const Curriculum c = MustLoad(CurriculaDir() / "hr-support.toml");
  for (const Module& m : c.modules) {
    ASSERT_TRUE(m.rubric.has_value()) << m.code;
    const domain::Rubric& r = *m.rubric;
    EXPECT_EQ(r.levels.size(), 4U) << m.code;
    EXPECT_GE(r.criteria.size(), 4U) << m.code;
    EXPECT_LE(r.criteria.size(), 7U) << m.code;
    for (const domain::RubricCriterion& criterion : r.criteria) {
      EXPECT_GE(criterion.goal, 1) << m.code << " " << criterion.code;
      EXPECT_GE(criterion.weight, 1) << m.code << " " << criterion.code;
      EXPECT_LE(criterion.weight, 3) << m.code << " " << criterion.code;
    }
    // The guide: every module ends with reflection, a realistic self-image and visible actions.
    EXPECT_TRUE(std::any_of(r.criteria.begin(), r.criteria.end(), [](const domain::RubricCriterion& x) {
      return x.code.find("reflect") != std::string::npos;
    })) << m.code;
  }
}

TEST(HrSupportCurriculum, R20EverySchemeCapsKnockOutsAndCountsAttendance) {
  const Curriculum c = MustLoad(CurriculaDir() / "hr-support.toml");
  // Mandatory supervision and intervision moments grow with the module's length (notes, punt 8).
  const std::map<std::string, int> mandatory = {{"expeditie-hr", 3}, {"digitaal-vaardig", 2}, {"instroom", 3},
                                                {"payroll", 3},      {"hr-permanentie", 4},   {"welzijn", 2},
                                                {"hr-boetiek", 2},   {"hr-support", 4}};
  for (const Module& m : c.modules) {
    ASSERT_TRUE(m.rubric.has_value()) << m.code;
    const domain::Rubric& r = *m.rubric;
    const auto knock_outs = std::count_if(r.criteria.begin(), r.criteria.end(),
                                          [](const domain::RubricCriterion& x) { return x.knock_out; });
    EXPECT_GE(knock_outs, 1) << m.code;
    EXPECT_LE(knock_outs, 2) << m.code;
    EXPECT_DOUBLE_EQ(r.knock_out_cap, 9) << m.code;
    EXPECT_EQ(r.rounding, domain::ScoreRounding::kInteger) << m.code;
    EXPECT_EQ(r.attendance.mandatory, mandatory.at(m.code)) << m.code;
    EXPECT_DOUBLE_EQ(r.attendance.penalty_per_missed, 1) << m.code;
    EXPECT_DOUBLE_EQ(r.attendance.fail_below_ratio, 0.5) << m.code;
    // All "voldoende" with every mandatory moment attended passes with exactly 10.
    std::map<std::string, std::string> ratings;
    for (const domain::RubricCriterion& x : r.criteria) ratings[x.code] = "V";
    const auto score = domain::CalculateScore(domain::SchemeOf(r), ratings, r.attendance.mandatory);
    ASSERT_TRUE(score.has_value()) << m.code;
    EXPECT_DOUBLE_EQ(score->score, 10) << m.code;
  }
}

}  // namespace
}  // namespace leerplek::curriculum
