#include "leerplek/domain/rubric.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace leerplek::domain {
namespace {

constexpr int kGoals = 4;  // the module the example rubric belongs to has four learning goals

// Gives every criterion a description for every level of the rubric.
void DescribeEveryLevel(Rubric& rubric) {
  for (RubricCriterion& c : rubric.criteria) {
    c.descriptions.clear();
    for (const RubricLevel& l : rubric.levels) c.descriptions[l.code] = "Wat '" + l.name + "' hier inhoudt.";
  }
}

// The default four levels, two criteria (the second a knock-out), two mandatory moments.
Rubric ValidRubric() {
  Rubric r;
  r.levels = DefaultRubricLevels();
  r.criteria.push_back({"samenwerken", "Werkt samen met het team", 2, 2, false, {}});
  r.criteria.push_back({"discretie", "Gaat discreet om met personeelsgegevens", 0, 1, true, {}});
  DescribeEveryLevel(r);
  r.knock_out_cap = 9;
  r.attendance = {2, 1, 0.5};
  r.rounding = ScoreRounding::kInteger;
  return r;
}

std::vector<FieldError> Problems(const Rubric& r, const std::string& prefix = "rubric") {
  const Status s = RubricIsValid(r, kGoals, prefix);
  if (s.has_value()) return {};
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
  return s.error().fields;
}

// The message for `field`, or "" when that field has no problem.
std::string MessageFor(const Rubric& r, std::string_view field) {
  for (const FieldError& f : Problems(r)) {
    if (f.field == field) return f.message;
  }
  return "";
}

bool Valid(const Rubric& r) { return RubricIsValid(r, kGoals).has_value(); }

std::vector<RubricLevel> Levels(std::size_t count) {
  std::vector<RubricLevel> out;
  for (std::size_t i = 0; i < count; ++i) {
    out.push_back({"N" + std::to_string(i + 1), "niveau " + std::to_string(i + 1), static_cast<double>(i)});
  }
  return out;
}

TEST(R18Rubric, TheDefaultLevelsAreOVGZGAndAllVoldoendeIsHalfTheMaximum) {
  const std::vector<RubricLevel> levels = DefaultRubricLevels();
  ASSERT_EQ(levels.size(), 4U);
  EXPECT_EQ(levels[0].code, "O");
  EXPECT_EQ(levels[0].name, "onvoldoende");
  EXPECT_EQ(levels[1].code, "V");
  EXPECT_EQ(levels[1].name, "voldoende");
  EXPECT_EQ(levels[2].code, "G");
  EXPECT_EQ(levels[3].code, "ZG");
  EXPECT_EQ(levels[3].name, "zeer goed");
  EXPECT_DOUBLE_EQ(levels[0].points, 0);
  EXPECT_DOUBLE_EQ(levels[1].points * 2, levels[3].points);
}

TEST(R18Rubric, TheExampleIsValid) { EXPECT_TRUE(Valid(ValidRubric())); }

TEST(R18Rubric, TwoAndSixLevelsAreFineOneAndSevenAreNot) {
  for (std::size_t count : {2U, 6U}) {
    Rubric r = ValidRubric();
    r.levels = Levels(count);
    DescribeEveryLevel(r);
    EXPECT_TRUE(Valid(r)) << count;
  }
  for (std::size_t count : {1U, 7U}) {
    Rubric r = ValidRubric();
    r.levels = Levels(count);
    DescribeEveryLevel(r);
    EXPECT_EQ(MessageFor(r, "rubric.levels"), "Een rubric heeft 2 tot 6 niveaus (nu " + std::to_string(count) + ").");
  }
  Rubric r = ValidRubric();
  r.levels.clear();
  DescribeEveryLevel(r);
  EXPECT_EQ(MessageFor(r, "rubric.levels"), "Een rubric heeft 2 tot 6 niveaus (nu 0).");
}

TEST(R18Rubric, LevelCodesAreOneToFourCapitalsOrDigits) {
  for (std::string code : {"A", "ZG", "N1", "ABCD", "4"}) {
    Rubric r = ValidRubric();
    r.levels[3].code = code;
    DescribeEveryLevel(r);
    EXPECT_TRUE(Valid(r)) << code;
  }
  for (std::string code : {"zg", "ABCDE", "Z G", "Z-G", "É"}) {
    Rubric r = ValidRubric();
    r.levels[3].code = code;
    DescribeEveryLevel(r);
    EXPECT_EQ(MessageFor(r, "rubric.levels[3].code"),
              "Een niveaucode bestaat uit 1 tot 4 hoofdletters of cijfers (bv. 'ZG').")
        << code;
  }
  Rubric r = ValidRubric();
  r.levels[3].code = "";
  EXPECT_EQ(MessageFor(r, "rubric.levels[3].code"), "Vul een code in.");
}

TEST(R18Rubric, LevelCodesAreDistinctAndLevelsHaveNames) {
  Rubric r = ValidRubric();
  r.levels[2].code = "V";
  r.levels[1].name = " ";
  DescribeEveryLevel(r);
  EXPECT_EQ(MessageFor(r, "rubric.levels[2].code"), "Deze niveaucode komt al voor (rubric.levels[1]).");
  EXPECT_EQ(MessageFor(r, "rubric.levels[1].name"), "Vul een naam in.");
}

TEST(R18Rubric, PointsRiseStrictlyFromALowestLevelOfZeroOrMore) {
  Rubric r = ValidRubric();
  r.levels[2].points = 2;  // same as V
  EXPECT_EQ(MessageFor(r, "rubric.levels[2].points"),
            "De punten stijgen van het laagste naar het hoogste niveau: geef meer dan de 2 punten van 'V'.");
  r = ValidRubric();
  r.levels[3].points = 2.5;  // below G
  EXPECT_NE(MessageFor(r, "rubric.levels[3].points"), "");
  r = ValidRubric();
  r.levels[1].points = 0.5;
  r.levels[2].points = 2.25;
  EXPECT_TRUE(Valid(r));
  r.levels[0].points = -1;
  EXPECT_EQ(MessageFor(r, "rubric.levels[0].points"), "Het laagste niveau is 0 of meer punten waard.");
  r = ValidRubric();
  r.levels[3].points = std::numeric_limits<double>::quiet_NaN();
  EXPECT_NE(MessageFor(r, "rubric.levels[3].points"), "");
  r.levels[3].points = std::numeric_limits<double>::infinity();
  EXPECT_NE(MessageFor(r, "rubric.levels[3].points"), "");
  r = ValidRubric();
  r.levels[1].points = std::numeric_limits<double>::quiet_NaN();  // reported once, not again at the next level
  EXPECT_NE(MessageFor(r, "rubric.levels[1].points"), "");
  EXPECT_EQ(MessageFor(r, "rubric.levels[2].points"), "");
}

TEST(R18Rubric, ARubricHasAtLeastOneCriterion) {
  Rubric r = ValidRubric();
  r.criteria.clear();
  EXPECT_EQ(MessageFor(r, "rubric.criteria"), "Geef minstens één criterium op.");
}

TEST(R18Rubric, CriterionCodesFollowTheModuleCodeRuleAndAreDistinct) {
  for (std::string code : {"a", "professionele-houding", "doel-3"}) {
    Rubric r = ValidRubric();
    r.criteria[0].code = code;
    EXPECT_TRUE(Valid(r)) << code;
  }
  for (const std::string& code :
       std::vector<std::string>{"Discretie", "disc_retie", "-x", "x-", "a--b", "é", std::string(41, 'a')}) {
    Rubric r = ValidRubric();
    r.criteria[0].code = code;
    EXPECT_EQ(MessageFor(r, "rubric.criteria[0].code"),
              "Een criteriumcode bestaat uit kleine letters, cijfers en losse koppeltekens ertussen, hoogstens 40 "
              "tekens (bv. 'professionele-houding').")
        << code;
  }
  Rubric r = ValidRubric();
  r.criteria[1].code = r.criteria[0].code;
  r.criteria[0].title = "";
  EXPECT_EQ(MessageFor(r, "rubric.criteria[1].code"), "Deze criteriumcode komt al voor (rubric.criteria[0]).");
  EXPECT_EQ(MessageFor(r, "rubric.criteria[0].title"), "Vul een titel in.");
  r.criteria[1].code = "";
  EXPECT_EQ(MessageFor(r, "rubric.criteria[1].code"), "Vul een code in.");
}

TEST(R20Scheme, AWeightIsAboveZero) {
  Rubric r = ValidRubric();
  r.criteria[0].weight = 0.5;
  EXPECT_TRUE(Valid(r));
  for (double weight : {0.0, -1.0, std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity()}) {
    r.criteria[0].weight = weight;
    EXPECT_EQ(MessageFor(r, "rubric.criteria[0].weight"), "Een gewicht is een getal groter dan 0.") << weight;
  }
}

TEST(R18Rubric, EveryLevelHasADescriptionForEveryCriterion) {
  Rubric r = ValidRubric();
  r.criteria[1].descriptions.erase("ZG");
  r.criteria[0].descriptions["O"] = " \n";
  const auto problems = Problems(r);
  ASSERT_EQ(problems.size(), 2U);
  EXPECT_EQ(problems[0], (FieldError{"rubric.criteria[0].descriptions.O",
                                     "Beschrijf wat niveau 'O' (onvoldoende) voor dit criterium inhoudt."}));
  EXPECT_EQ(problems[1], (FieldError{"rubric.criteria[1].descriptions.ZG",
                                     "Beschrijf wat niveau 'ZG' (zeer goed) voor dit criterium inhoudt."}));
}

TEST(R18Rubric, ADescriptionForALevelThatIsNotThereIsRefused) {
  Rubric r = ValidRubric();
  r.criteria[0].descriptions["Z"] = "Een tikfout voor ZG.";
  EXPECT_EQ(MessageFor(r, "rubric.criteria[0].descriptions.Z"), "Er is geen niveau met code 'Z' in deze rubric.");
}

TEST(R18Rubric, WithABrokenLevelCodeOnlyTheLevelIsReported) {
  Rubric r = ValidRubric();
  r.levels[3].code = "zg";  // the descriptions still say "ZG": one mistake, one problem
  const auto problems = Problems(r);
  ASSERT_EQ(problems.size(), 1U);
  EXPECT_EQ(problems[0].field, "rubric.levels[3].code");
}

TEST(R18Rubric, ADescriptionIsAtMostAThousandCharactersAsAReaderCountsThem) {
  Rubric r = ValidRubric();
  std::string text;
  for (std::size_t i = 0; i < kMaxRubricText; ++i) text += "é";  // 2 bytes each
  r.criteria[0].descriptions["G"] = text;
  EXPECT_TRUE(Valid(r));
  r.criteria[0].descriptions["G"] = text + "e";
  EXPECT_EQ(MessageFor(r, "rubric.criteria[0].descriptions.G"),
            "Een beschrijving mag hoogstens 1000 tekens lang zijn (nu 1001).");
}

TEST(R18Rubric, AGoalIsZeroOrOneOfTheModulesGoals) {
  Rubric r = ValidRubric();
  for (int goal : {0, 1, kGoals}) {
    r.criteria[0].goal = goal;
    EXPECT_TRUE(Valid(r)) << goal;
  }
  for (int goal : {-1, kGoals + 1}) {
    r.criteria[0].goal = goal;
    EXPECT_EQ(MessageFor(r, "rubric.criteria[0].goal"),
              "De module heeft 4 doelstellingen: kies er een van 1 tot 4, of 0 als het criterium bij geen "
              "doelstelling hoort.")
        << goal;
  }
  r.criteria[0].goal = 1;
  const Status none = RubricIsValid(r, 0);
  ASSERT_FALSE(none.has_value());
  EXPECT_EQ(none.error().fields.at(0).message,
            "De module heeft geen doelstellingen: kies 0 als het criterium bij geen doelstelling hoort.");
}

TEST(R20Scheme, TheKnockOutCapLiesBetweenZeroAndTwenty) {
  Rubric r = ValidRubric();
  for (double cap : {0.0, 9.5, 20.0}) {
    r.knock_out_cap = cap;
    EXPECT_TRUE(Valid(r)) << cap;
  }
  for (double cap : {-0.5, 20.5, std::numeric_limits<double>::quiet_NaN()}) {
    r.knock_out_cap = cap;
    EXPECT_EQ(MessageFor(r, "rubric.knock_out_cap"), "Het plafond bij een knock-out ligt tussen 0 en 20.") << cap;
  }
}

TEST(R20Scheme, TheAttendanceRatioRunsFromZeroToOne) {
  Rubric r = ValidRubric();
  for (double ratio : {0.0, 1.0}) {
    r.attendance.fail_below_ratio = ratio;
    EXPECT_TRUE(Valid(r)) << ratio;
  }
  for (double ratio : {1.01, -0.01}) {
    r.attendance.fail_below_ratio = ratio;
    EXPECT_EQ(MessageFor(r, "rubric.attendance.fail_below_ratio"),
              "De ondergrens voor aanwezigheid is een deel van de verplichte momenten: een getal van 0 tot 1 (bv. "
              "0,5 voor de helft).")
        << ratio;
  }
}

TEST(R20Scheme, MandatoryMomentsAndThePenaltyAreNotNegative) {
  Rubric r = ValidRubric();
  r.attendance = {0, 0, 0};
  EXPECT_TRUE(Valid(r));
  r.attendance = {-1, -0.5, 0};
  EXPECT_EQ(MessageFor(r, "rubric.attendance.mandatory"),
            "Het aantal verplichte begeleidingsmomenten kan niet negatief zijn.");
  EXPECT_EQ(MessageFor(r, "rubric.attendance.penalty_per_missed"),
            "De aftrek per gemist moment ligt tussen 0 en 20 punten.");
}

TEST(R18Rubric, EveryProblemIsReportedAtOnceUnderThePrefix) {
  Rubric r = ValidRubric();
  r.levels[1].points = 0;
  r.criteria[0].weight = 0;
  r.criteria[1].descriptions.erase("V");
  r.knock_out_cap = 25;
  std::vector<std::string> fields;
  for (const FieldError& f : Problems(r, "modules[3].rubric")) fields.push_back(f.field);
  EXPECT_EQ(fields, (std::vector<std::string>{
                        "modules[3].rubric.levels[1].points", "modules[3].rubric.criteria[0].weight",
                        "modules[3].rubric.criteria[1].descriptions.V", "modules[3].rubric.knock_out_cap"}));
  const Status s = RubricIsValid(r, kGoals, "modules[3].rubric");
  ASSERT_FALSE(s.has_value());
  EXPECT_EQ(s.error().message, "Controleer de gemarkeerde velden.");
}

TEST(R18Rubric, TwoRubricsAreEqualOnlyWhenEverythingIsEqual) {
  const Rubric base = ValidRubric();
  EXPECT_EQ(base, ValidRubric());
  std::vector<Rubric> changed(12, base);
  changed[0].levels[1].code = "VO";
  changed[1].levels[1].name = "net voldoende";
  changed[2].levels[1].points = 2.5;
  changed[3].criteria[0].code = "team";
  changed[4].criteria[0].title = "Werkt samen";
  changed[5].criteria[0].goal = 1;
  changed[6].criteria[0].weight = 3;
  changed[7].criteria[0].knock_out = true;
  changed[8].criteria[0].descriptions["G"] += " Ook onder druk.";
  changed[9].knock_out_cap = 8;
  changed[10].attendance.penalty_per_missed = 0.5;
  changed[11].rounding = ScoreRounding::kHalf;
  for (std::size_t i = 0; i < changed.size(); ++i) EXPECT_FALSE(changed[i] == base) << i;
  Rubric fewer = base;
  fewer.criteria.pop_back();
  EXPECT_FALSE(fewer == base);
  EXPECT_FALSE(base == fewer);
  Rubric attendance = base;
  attendance.attendance.mandatory = 3;
  EXPECT_FALSE(attendance == base);
  attendance = base;
  attendance.attendance.fail_below_ratio = 0.25;
  EXPECT_FALSE(attendance == base);
}

TEST(R18RubricSave, TheFirstRubricOfAModuleIsItsFirstVersion) {
  EXPECT_EQ(RubricSaveFor(nullptr, false, ValidRubric()), RubricSave::kFirstVersion);
}

TEST(R18RubricSave, TheSameContentStoresNothingEvenWhenUsed) {
  const Rubric latest = ValidRubric();
  EXPECT_EQ(RubricSaveFor(&latest, false, ValidRubric()), RubricSave::kUnchanged);
  EXPECT_EQ(RubricSaveFor(&latest, true, ValidRubric()), RubricSave::kUnchanged);
}

TEST(R18RubricSave, AVersionNeverUsedToRateIsUpdatedInPlace) {
  const Rubric latest = ValidRubric();
  Rubric proposed = ValidRubric();
  proposed.criteria[0].weight = 3;
  EXPECT_EQ(RubricSaveFor(&latest, false, proposed), RubricSave::kUpdateInPlace);
}

TEST(R18RubricSave, AVersionUsedToRateNeverChangesAChangeMakesANewVersion) {
  const Rubric latest = ValidRubric();
  Rubric proposed = ValidRubric();
  proposed.criteria[1].descriptions["O"] = "Deelt vertrouwelijke gegevens met wie ze niet mag zien.";
  EXPECT_EQ(RubricSaveFor(&latest, true, proposed), RubricSave::kNewVersion);
}

TEST(R20Scheme, SchemeOfCarriesPointsWeightsKnockOutsAttendanceAndRounding) {
  Rubric r = ValidRubric();
  r.rounding = ScoreRounding::kHalf;
  const ScoringScheme s = SchemeOf(r);
  ASSERT_EQ(s.levels.size(), 4U);
  EXPECT_EQ(s.levels[3].code, "ZG");
  EXPECT_DOUBLE_EQ(s.levels[3].points, 4);
  ASSERT_EQ(s.criteria.size(), 2U);
  EXPECT_EQ(s.criteria[0].code, "samenwerken");
  EXPECT_DOUBLE_EQ(s.criteria[0].weight, 2);
  EXPECT_FALSE(s.criteria[0].knock_out);
  EXPECT_TRUE(s.criteria[1].knock_out);
  EXPECT_DOUBLE_EQ(s.knock_out_cap, 9);
  EXPECT_EQ(s.attendance.mandatory, 2);
  EXPECT_DOUBLE_EQ(s.attendance.penalty_per_missed, 1);
  EXPECT_DOUBLE_EQ(s.attendance.fail_below_ratio, 0.5);
  EXPECT_EQ(s.rounding, ScoreRounding::kHalf);
}

TEST(R20Scheme, AllVoldoendeWithTheDefaultLevelsGivesTen) {
  const Rubric r = ValidRubric();
  Result<ScoreResult> score = CalculateScore(SchemeOf(r), {{"samenwerken", "V"}, {"discretie", "V"}}, 2);
  ASSERT_TRUE(score);
  EXPECT_DOUBLE_EQ(score->score, 10);
}

TEST(R20Scheme, TheLowestLevelOnAKnockOutCriterionCapsTheScore) {
  const Rubric r = ValidRubric();
  Result<ScoreResult> score = CalculateScore(SchemeOf(r), {{"samenwerken", "ZG"}, {"discretie", "O"}}, 2);
  ASSERT_TRUE(score);
  EXPECT_DOUBLE_EQ(score->raw, 20.0 * 8 / 12);
  EXPECT_DOUBLE_EQ(score->score, 9);
}

}  // namespace
}  // namespace leerplek::domain
