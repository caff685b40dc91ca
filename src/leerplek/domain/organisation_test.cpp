#include "leerplek/domain/organisation.hpp"

#include <gtest/gtest.h>

namespace leerplek::domain {
namespace {

Organisation Valid() {
  Organisation o;
  o.name = "HR Partners Antwerpen";
  o.kind = OrganisationKind::kSocialSecretariat;
  o.street = "Meir 1";
  o.postcode = "2000";
  o.city = "Antwerpen";
  o.start_minutes = 8 * 60 + 30;
  return o;
}

TEST(Organisation, R11_EveryKindHasACodeAndADutchName) {
  for (OrganisationKind k :
       {OrganisationKind::kHrDepartmentPublic, OrganisationKind::kHrDepartmentPrivate,
        OrganisationKind::kRecruitmentAgency, OrganisationKind::kSocialSecretariat, OrganisationKind::kCareerCentre,
        OrganisationKind::kHrTechnology, OrganisationKind::kOther}) {
    EXPECT_EQ(ParseOrganisationKind(OrganisationKindCode(k)), k);
    EXPECT_FALSE(OrganisationKindDutchName(k).empty());
  }
  EXPECT_FALSE(ParseOrganisationKind("bank"));
}

TEST(Organisation, R11_AValidWorkplacePasses) { EXPECT_TRUE(OrganisationIsValid(Valid()).has_value()); }

TEST(Organisation, PostcodeIsBelgianFourDigits) {
  for (const char* bad : {"999", "0999", "9993", "20000", "20a0", ""}) {
    Organisation o = Valid();
    o.postcode = bad;
    Status s = OrganisationIsValid(o);
    ASSERT_FALSE(s.has_value()) << bad;
    EXPECT_EQ(s.error().fields[0].field, "postcode");
  }
  for (const char* good : {"1000", "9992", "3500"}) {
    Organisation o = Valid();
    o.postcode = good;
    EXPECT_TRUE(OrganisationIsValid(o).has_value()) << good;
  }
}

TEST(Organisation, R8_StartTimeBetweenFiveAndTwelve) {
  Organisation o = Valid();
  o.start_minutes = 5 * 60;
  EXPECT_TRUE(OrganisationIsValid(o).has_value());
  o.start_minutes = 12 * 60;
  EXPECT_TRUE(OrganisationIsValid(o).has_value());
  o.start_minutes = 12 * 60 + 1;
  EXPECT_EQ(OrganisationIsValid(o).error().fields[0].field, "start_time");
  o.start_minutes = 4 * 60 + 59;
  EXPECT_FALSE(OrganisationIsValid(o).has_value());
}

TEST(Organisation, R2_ClosuresNeedAnOrderAndAName) {
  Organisation o = Valid();
  const Date a{std::chrono::year{2027}, std::chrono::month{5}, std::chrono::day{7}};
  const Date b{std::chrono::year{2027}, std::chrono::month{5}, std::chrono::day{6}};
  o.closures = {{a, a, "Brugdag"}, {a, b, ""}};
  Status s = OrganisationIsValid(o);
  ASSERT_FALSE(s.has_value());
  ASSERT_EQ(s.error().fields.size(), 2U);
  EXPECT_EQ(s.error().fields[0].field, "closures[1].to");
  EXPECT_EQ(s.error().fields[1].field, "closures[1].name");
}

TEST(ClockTime, RoundTripsAndRefusesNonsense) {
  EXPECT_EQ(ParseClockTime("08:30"), 510);
  EXPECT_EQ(ClockTime(510), "08:30");
  EXPECT_EQ(ClockTime(0), "00:00");
  for (const char* bad : {"8:30", "24:00", "08:60", "0830", "ab:cd", ""}) EXPECT_FALSE(ParseClockTime(bad)) << bad;
}

TEST(MentorProfile, R16_NeedsAJobTitleAndSensibleExperience) {
  MentorProfile p{"HR business partner", 12, {HrDomain::kPayroll, HrDomain::kWellbeing}, "+32 3 123 45 67"};
  EXPECT_TRUE(MentorProfileIsValid(p).has_value());
  p.job_title = "  ";
  p.years_of_hr_experience = 61;
  p.domains = {HrDomain::kPayroll, HrDomain::kPayroll};
  Status s = MentorProfileIsValid(p);
  ASSERT_FALSE(s.has_value());
  ASSERT_EQ(s.error().fields.size(), 3U);
  EXPECT_EQ(s.error().fields[0].field, "job_title");
  EXPECT_EQ(s.error().fields[1].field, "years_of_hr_experience");
  EXPECT_EQ(s.error().fields[2].field, "domains");
  p = {"Payrollconsulent", 0, {}, ""};
  EXPECT_TRUE(MentorProfileIsValid(p).has_value()) << "a starting mentor with no domains yet is allowed";
}

}  // namespace
}  // namespace leerplek::domain
