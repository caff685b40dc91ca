#include "leerplek/domain/curriculum.hpp"

#include <gtest/gtest.h>

namespace leerplek::domain {
namespace {

// A small, valid two-phase curriculum that each test breaks in one place.
Curriculum ValidCurriculum() {
  Curriculum c;
  c.programme_code = "boekhouden";
  c.programme_name = "Graduaat Boekhouden";
  c.institution = "Hogeschool Voorbeeld";
  c.version_label = "2026-1";
  c.phases = 2;
  c.modules.push_back(Module{"kennismaking", "Kennismaking", 1, {1, 2}, 10, "", {"Observeert gericht."}, {}});
  c.modules.push_back(Module{"afsluiting", "Afsluiting", 2, {7, 8}, 40, "", {"Werkt zelfstandig."}, {"kennismaking"}});
  c.course_units.push_back(CourseUnit{"Boekhouden 1", CourseUnitKind::kKnowledgeFrame, 1, 1, ""});
  c.course_units.push_back(
      CourseUnit{"Werkplekleren: Kennismaking", CourseUnitKind::kWorkplaceLearning, 1, 1, "kennismaking"});
  return c;
}

std::vector<FieldError> Problems(const Curriculum& c) {
  const Status s = CurriculumIsValid(c);
  if (s.has_value()) return {};
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
  return s.error().fields;
}

// The message for `field`, or "" when that field has no problem.
std::string MessageFor(const Curriculum& c, std::string_view field) {
  for (const FieldError& f : Problems(c)) {
    if (f.field == field) return f.message;
  }
  return "";
}

bool Valid(const Curriculum& c) { return CurriculumIsValid(c).has_value(); }

TEST(Quarters, FourQuartersMakeAPhaseAndTwoASemester) {
  EXPECT_EQ(PhaseOfQuarter(1), 1);
  EXPECT_EQ(PhaseOfQuarter(4), 1);
  EXPECT_EQ(PhaseOfQuarter(5), 2);
  EXPECT_EQ(PhaseOfQuarter(8), 2);
  EXPECT_EQ(PhaseOfQuarter(9), 3);
  EXPECT_EQ(SemesterOfQuarter(1), 1);
  EXPECT_EQ(SemesterOfQuarter(2), 1);
  EXPECT_EQ(SemesterOfQuarter(3), 2);
  EXPECT_EQ(SemesterOfQuarter(4), 2);
  EXPECT_EQ(SemesterOfQuarter(5), 1);
  EXPECT_EQ(SemesterOfQuarter(7), 2);
  EXPECT_EQ(SemesterOfQuarter(8), 2);
}

TEST(Quarters, ZeroAndNegativeBelongToNoPhase) {
  EXPECT_EQ(PhaseOfQuarter(0), 0);
  EXPECT_EQ(PhaseOfQuarter(-3), 0);
  EXPECT_EQ(SemesterOfQuarter(0), 0);
}

TEST(CourseUnitKinds, CodesRoundTripAndUnknownCodesAreRefused) {
  for (CourseUnitKind kind :
       {CourseUnitKind::kProfessionalRole, CourseUnitKind::kKnowledgeFrame, CourseUnitKind::kWorkplaceLearning}) {
    EXPECT_EQ(ParseCourseUnitKind(CourseUnitKindCode(kind)), kind);
  }
  EXPECT_EQ(CourseUnitKindCode(CourseUnitKind::kWorkplaceLearning), "workplace_learning");
  EXPECT_FALSE(ParseCourseUnitKind("").has_value());
  EXPECT_FALSE(ParseCourseUnitKind("Professional_role").has_value());
  EXPECT_FALSE(ParseCourseUnitKind("stage").has_value());
}

TEST(Curriculum, TheExampleIsValid) { EXPECT_TRUE(Valid(ValidCurriculum())); }

TEST(Curriculum, ProgrammeCodeMustBeWellFormed) {
  for (std::string code : {"a", "hr-support", "hr-2-support", "2026"}) {
    Curriculum c = ValidCurriculum();
    c.programme_code = code;
    EXPECT_TRUE(Valid(c)) << code;
  }
  for (std::string code : {"", "HR-support", "hr_support", "-hr", "hr-", "hr--support", "hr support", "hé"}) {
    Curriculum c = ValidCurriculum();
    c.programme_code = code;
    EXPECT_NE(MessageFor(c, "programme.code"), "") << code;
  }
}

TEST(Curriculum, CodesAreAtMostFortyCharacters) {
  Curriculum c = ValidCurriculum();
  c.programme_code = std::string(40, 'a');
  EXPECT_TRUE(Valid(c));
  c.programme_code = std::string(41, 'a');
  EXPECT_EQ(MessageFor(c, "programme.code"), "Een code mag hoogstens 40 tekens lang zijn.");
}

TEST(Curriculum, NamesMustBePresent) {
  Curriculum c = ValidCurriculum();
  c.programme_name = "  ";
  c.modules[1].name = "";
  c.course_units[0].name = "\t";
  EXPECT_EQ(MessageFor(c, "programme.name"), "Vul een naam in.");
  EXPECT_EQ(MessageFor(c, "modules[1].name"), "Vul een naam in.");
  EXPECT_EQ(MessageFor(c, "course_units[0].name"), "Vul een naam in.");
}

TEST(Curriculum, PhasesRunFromOneToFour) {
  Curriculum c = ValidCurriculum();
  c.phases = 4;
  EXPECT_TRUE(Valid(c));
  c.phases = 5;
  EXPECT_EQ(MessageFor(c, "programme.phases"), "Het aantal fasen moet tussen 1 en 4 liggen.");
  c.phases = 0;
  EXPECT_EQ(MessageFor(c, "programme.phases"), "Het aantal fasen moet tussen 1 en 4 liggen.");
}

TEST(Curriculum, AModulePhaseLiesWithinTheProgramme) {
  Curriculum c = ValidCurriculum();
  c.modules[1].phase = 3;
  c.modules[1].quarters = {9};
  EXPECT_EQ(MessageFor(c, "modules[1].phase"), "De fase moet tussen 1 en 2 liggen.");
  c.modules[1].phase = 0;
  EXPECT_EQ(MessageFor(c, "modules[1].phase"), "De fase moet tussen 1 en 2 liggen.");
  c.phases = 3;
  c.modules[1].phase = 3;
  EXPECT_TRUE(Valid(c));
}

TEST(Curriculum, QuartersLieInsideTheModulePhase) {
  Curriculum c = ValidCurriculum();
  c.modules[0].quarters = {1, 4};
  EXPECT_TRUE(Valid(c));
  c.modules[0].quarters = {4, 5};
  EXPECT_EQ(MessageFor(c, "modules[0].quarters[1]"), "Kwartaal 5 hoort niet bij fase 1 (kwartalen 1–4).");
  c.modules[0].quarters = {0, 1};
  EXPECT_EQ(MessageFor(c, "modules[0].quarters[0]"), "Kwartaal 0 hoort niet bij fase 1 (kwartalen 1–4).");
  c.modules[1].quarters = {4};
  EXPECT_EQ(MessageFor(c, "modules[1].quarters[0]"), "Kwartaal 4 hoort niet bij fase 2 (kwartalen 5–8).");
  c.modules[1].quarters = {5, 8};
  EXPECT_EQ(MessageFor(c, "modules[1].quarters[0]"), "");
}

TEST(Curriculum, QuartersAreNotEmptyAscendingAndDistinct) {
  Curriculum c = ValidCurriculum();
  c.modules[0].quarters = {};
  EXPECT_EQ(MessageFor(c, "modules[0].quarters"), "Geef minstens één kwartaal op.");
  c.modules[0].quarters = {2, 2};
  EXPECT_EQ(MessageFor(c, "modules[0].quarters[1]"), "Kwartaal 2 staat er twee keer in.");
  c.modules[0].quarters = {3, 2};
  EXPECT_EQ(MessageFor(c, "modules[0].quarters[1]"), "Zet de kwartalen in oplopende volgorde: 2 staat na 3.");
}

TEST(Curriculum, RequiredDaysRunFromOneTo366) {
  Curriculum c = ValidCurriculum();
  c.modules[0].required_days = 1;
  c.modules[1].required_days = 366;
  EXPECT_TRUE(Valid(c));
  c.modules[0].required_days = 0;
  c.modules[1].required_days = 367;
  EXPECT_EQ(MessageFor(c, "modules[0].required_days"), "Het aantal dagen moet tussen 1 en 366 liggen.");
  EXPECT_EQ(MessageFor(c, "modules[1].required_days"), "Het aantal dagen moet tussen 1 en 366 liggen.");
  c.modules[0].required_days = -12;
  EXPECT_EQ(MessageFor(c, "modules[0].required_days"), "Het aantal dagen moet tussen 1 en 366 liggen.");
}

TEST(Curriculum, ModuleCodesAreWellFormedAndUnique) {
  Curriculum c = ValidCurriculum();
  c.modules[1].code = "kennismaking";
  EXPECT_EQ(MessageFor(c, "modules[1].code"), "Deze modulecode komt al voor (modules[0]).");
  EXPECT_EQ(MessageFor(c, "modules[0].code"), "");
  c.modules[1].code = "Afsluiting";
  EXPECT_NE(MessageFor(c, "modules[1].code"), "");
  c.modules[1].code = "";
  EXPECT_EQ(MessageFor(c, "modules[1].code"), "Vul een code in.");
}

TEST(Curriculum, AModuleHasAtLeastOneGoal) {
  Curriculum c = ValidCurriculum();
  c.modules[0].goals = {};
  EXPECT_EQ(MessageFor(c, "modules[0].goals"), "Geef minstens één doelstelling op.");
}

TEST(Curriculum, GoalsAreNotEmpty) {
  Curriculum c = ValidCurriculum();
  c.modules[0].goals = {"Observeert gericht.", " "};
  EXPECT_EQ(MessageFor(c, "modules[0].goals[1]"), "Een doelstelling mag niet leeg zijn.");
}

TEST(Curriculum, GoalsAreAtMost500CharactersCountedAsLettersNotBytes) {
  Curriculum c = ValidCurriculum();
  c.modules[0].goals = {std::string(500, 'a')};
  EXPECT_TRUE(Valid(c));
  std::string accented;
  for (int i = 0; i < 500; ++i) accented += "é";  // 1000 bytes, 500 letters
  c.modules[0].goals = {accented};
  EXPECT_TRUE(Valid(c));
  c.modules[0].goals = {std::string(501, 'a')};
  EXPECT_EQ(MessageFor(c, "modules[0].goals[0]"), "Een doelstelling mag hoogstens 500 tekens lang zijn (nu 501).");
}

TEST(Curriculum, MayShareWorkplaceWithNamesOtherExistingModules) {
  Curriculum c = ValidCurriculum();
  c.modules[1].may_share_workplace_with = {"kennismaking", "onbekend", "afsluiting"};
  EXPECT_EQ(MessageFor(c, "modules[1].may_share_workplace_with[0]"), "");
  EXPECT_EQ(MessageFor(c, "modules[1].may_share_workplace_with[1]"), "Er is geen module met code 'onbekend'.");
  EXPECT_EQ(MessageFor(c, "modules[1].may_share_workplace_with[2]"), "Een module kan niet naar zichzelf verwijzen.");
}

TEST(Curriculum, ACourseUnitPhaseLiesWithinTheProgramme) {
  Curriculum c = ValidCurriculum();
  c.course_units[0].phase = 2;
  EXPECT_TRUE(Valid(c));
  c.course_units[0].phase = 3;
  EXPECT_EQ(MessageFor(c, "course_units[0].phase"), "De fase moet tussen 1 en 2 liggen.");
  c.course_units[0].phase = 0;
  EXPECT_EQ(MessageFor(c, "course_units[0].phase"), "De fase moet tussen 1 en 2 liggen.");
}

TEST(Curriculum, ACourseUnitSemesterIsOneOrTwo) {
  Curriculum c = ValidCurriculum();
  c.course_units[0].semester = 2;
  EXPECT_TRUE(Valid(c));
  c.course_units[0].semester = 3;
  EXPECT_EQ(MessageFor(c, "course_units[0].semester"), "Het semester moet 1 of 2 zijn.");
  c.course_units[0].semester = 0;
  EXPECT_EQ(MessageFor(c, "course_units[0].semester"), "Het semester moet 1 of 2 zijn.");
}

TEST(Curriculum, AWorkplaceLearningUnitNamesAnExistingModule) {
  Curriculum c = ValidCurriculum();
  c.course_units[1].module_code = "";
  EXPECT_EQ(MessageFor(c, "course_units[1].module"), "Een onderdeel werkplekleren moet naar zijn module verwijzen.");
  c.course_units[1].module_code = "stage";
  EXPECT_EQ(MessageFor(c, "course_units[1].module"), "Er is geen module met code 'stage'.");
}

TEST(Curriculum, OnlyAWorkplaceLearningUnitNamesAModule) {
  Curriculum c = ValidCurriculum();
  c.course_units[0].module_code = "kennismaking";
  EXPECT_EQ(MessageFor(c, "course_units[0].module"), "Alleen een onderdeel werkplekleren verwijst naar een module.");
}

TEST(Curriculum, EveryProblemIsReportedAtOnce) {
  Curriculum c = ValidCurriculum();
  c.programme_code = "Boekhouden";
  c.modules[0].required_days = -1;
  c.modules[1].code = "kennismaking";
  c.modules[1].may_share_workplace_with = {};  // would now name itself
  c.course_units[0].semester = 5;
  const auto problems = Problems(c);
  ASSERT_EQ(problems.size(), 4U);
  EXPECT_EQ(problems[0].field, "programme.code");
  EXPECT_EQ(problems[1].field, "modules[0].required_days");
  EXPECT_EQ(problems[2].field, "modules[1].code");
  EXPECT_EQ(problems[3].field, "course_units[0].semester");
  EXPECT_EQ(CurriculumIsValid(c).error().message, "Controleer de gemarkeerde velden.");
}

TEST(Curriculum, ABrokenPhaseCountIsReportedOnceNotForEveryModule) {
  Curriculum c = ValidCurriculum();
  c.phases = 0;
  const auto problems = Problems(c);
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_EQ(problems[0].field, "programme.phases");
}

}  // namespace
}  // namespace leerplek::domain

namespace leerplek::domain {
namespace {

// A module's rubric is checked with the module's own goals and reported under the module's path.
TEST(Curriculum, R18AModuleRubricIsCheckedAgainstItsGoals) {
  Curriculum c = ValidCurriculum();
  Rubric rubric;
  rubric.levels = DefaultRubricLevels();
  RubricCriterion criterion{"zelfstandig", "Werkt zelfstandig", 1, 1, false, {}};
  for (const RubricLevel& level : rubric.levels) criterion.descriptions[level.code] = "Zo ziet het eruit.";
  rubric.criteria.push_back(criterion);
  c.modules[1].rubric = rubric;
  EXPECT_TRUE(Valid(c));

  c.modules[1].rubric->criteria[0].goal = 2;  // the module has one goal
  c.modules[1].rubric->criteria[0].weight = 0;
  EXPECT_EQ(MessageFor(c, "modules[1].rubric.criteria[0].goal"),
            "De module heeft één doelstelling: kies 1, of 0 als het criterium bij geen doelstelling hoort.");
  EXPECT_EQ(MessageFor(c, "modules[1].rubric.criteria[0].weight"), "Een gewicht is een getal groter dan 0.");
  EXPECT_EQ(Problems(c).size(), 2U);
}

TEST(WorkplaceSharing, R13SharingIsReadInBothDirections) {
  Curriculum c = ValidCurriculum();
  c.modules.push_back(Module{"tussen", "Tussen", 1, {3}, 5, "", {"Doet mee."}, {}});
  EXPECT_EQ(ModulesSharingWorkplaceWith(c, "afsluiting"), std::vector<std::string>{"kennismaking"});
  EXPECT_EQ(ModulesSharingWorkplaceWith(c, "kennismaking"), std::vector<std::string>{"afsluiting"});
  EXPECT_TRUE(ModulesSharingWorkplaceWith(c, "tussen").empty());
  EXPECT_EQ(FindModule(c, "tussen")->name, "Tussen");
  EXPECT_EQ(FindModule(c, "onbekend"), nullptr);
}

}  // namespace
}  // namespace leerplek::domain
