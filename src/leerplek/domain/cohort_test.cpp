#include "leerplek/domain/cohort.hpp"

#include <gtest/gtest.h>

namespace leerplek::domain {
namespace {

TEST(Cohort, AcademicYearIsTwoConsecutiveYears) {
  EXPECT_TRUE(AcademicYearIsWellFormed("2026-2027"));
  EXPECT_FALSE(AcademicYearIsWellFormed("2026-2028"));
  EXPECT_FALSE(AcademicYearIsWellFormed("2026/2027"));
  EXPECT_FALSE(AcademicYearIsWellFormed("26-27"));
  EXPECT_FALSE(AcademicYearIsWellFormed("1899-1900"));
  EXPECT_FALSE(AcademicYearIsWellFormed("2100-2101"));
}

TEST(Cohort, NameAndYearAreCheckedTogether) {
  Status s = CohortIsValid(Cohort{{}, {}, "", "2026", {}});
  ASSERT_FALSE(s.has_value());
  ASSERT_EQ(s.error().fields.size(), 2U);
  EXPECT_EQ(s.error().fields[0].field, "name");
  EXPECT_EQ(s.error().fields[1].field, "academic_year");
}

TEST(Contacts, R24_AContactNeedsNameEmailAndPhone) {
  std::vector<CohortContact> ok = {
      {ContactRole::kCoordinator, "Didier Vercruysse", "+32 (0)494 57 51 19", "WPLHRSupport@thomasmore.be"},
      {ContactRole::kProgrammeLead, "Stéphanie Pattyn", "+32 3 241 08 01", "stephanie.pattyn@thomasmore.be"}};
  EXPECT_TRUE(ContactsAreValid(ok).has_value());
  std::vector<CohortContact> bad = {{ContactRole::kCoordinator, "", "bel me", "geen-adres"}};
  Status s = ContactsAreValid(bad);
  ASSERT_FALSE(s.has_value());
  ASSERT_EQ(s.error().fields.size(), 3U);
  EXPECT_EQ(s.error().fields[0].field, "contacts[0].name");
  EXPECT_EQ(s.error().fields[1].field, "contacts[0].email");
  EXPECT_EQ(s.error().fields[2].field, "contacts[0].phone");
}

TEST(Contacts, R24_APhoneNeedsAtLeastSixDigits) {
  EXPECT_FALSE(ContactsAreValid({{ContactRole::kCoordinator, "A", "12345", "a@b.be"}}).has_value());
  EXPECT_TRUE(ContactsAreValid({{ContactRole::kCoordinator, "A", "123456", "a@b.be"}}).has_value());
}

}  // namespace
}  // namespace leerplek::domain
