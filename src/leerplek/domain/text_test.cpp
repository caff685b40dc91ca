#include "leerplek/domain/text.hpp"

#include <gtest/gtest.h>

namespace leerplek::domain {
namespace {

TEST(DutchDecimal, UsesADecimalCommaAndRoundsHalfAwayFromZero) {
  EXPECT_EQ(DutchDecimal(1.0, 2), "1,00");
  EXPECT_EQ(DutchDecimal(210.0 / 450.0, 2), "0,47");
  EXPECT_EQ(DutchDecimal(3.5, 1), "3,5");
  EXPECT_EQ(DutchDecimal(0.125, 2), "0,13");
  EXPECT_EQ(DutchDecimal(14, 0), "14");
  EXPECT_EQ(DutchDecimal(-1.5, 1), "-1,5");
  EXPECT_EQ(DutchDecimal(0.05, 2), "0,05");
}

TEST(HoursAndMinutes, WritesHoursAndTwoDigitMinutes) {
  EXPECT_EQ(HoursAndMinutes(450), "7 u 30");
  EXPECT_EQ(HoursAndMinutes(45), "0 u 45");
  EXPECT_EQ(HoursAndMinutes(480), "8 u 00");
  EXPECT_EQ(HoursAndMinutes(5), "0 u 05");
}

TEST(DutchDate, WritesDayMonthYear) { EXPECT_EQ(DutchDate(*ParseIsoDate("2027-02-03")), "03/02/2027"); }

}  // namespace
}  // namespace leerplek::domain
