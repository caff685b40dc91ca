#include "leerplek/domain/retry.hpp"

#include <gtest/gtest.h>

namespace leerplek::domain {
namespace {

TEST(MailRetry, DelaysDoubleFromOneMinute) {
  EXPECT_EQ(RetryDelayAfterFailedAttempt(1), minutes(1));
  EXPECT_EQ(RetryDelayAfterFailedAttempt(2), minutes(2));
  EXPECT_EQ(RetryDelayAfterFailedAttempt(3), minutes(4));
  EXPECT_EQ(RetryDelayAfterFailedAttempt(7), minutes(60));
}

TEST(MailRetry, GivesUpAfterEightFailedAttempts) {
  EXPECT_TRUE(RetryDelayAfterFailedAttempt(kMaxMailAttempts - 1));
  EXPECT_FALSE(RetryDelayAfterFailedAttempt(kMaxMailAttempts));
  EXPECT_FALSE(RetryDelayAfterFailedAttempt(0));
}

}  // namespace
}  // namespace leerplek::domain
