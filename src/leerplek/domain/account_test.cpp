#include "leerplek/domain/account.hpp"

#include <gtest/gtest.h>

namespace leerplek::domain {
namespace {

Timestamp At(int seconds_since_epoch) { return Timestamp(seconds(seconds_since_epoch)); }

TEST(Email, NormalisingTrimsAndLowerCases) {
  EXPECT_EQ(NormaliseEmail("  Lotte.Peeters@Student.BE \t"), "lotte.peeters@student.be");
}

TEST(Email, WellFormedAddressesPassAndOthersFail) {
  EXPECT_TRUE(EmailAddressIsWellFormed("a@b.be"));
  EXPECT_TRUE(EmailAddressIsWellFormed("wplhrsupport@thomasmore.be"));
  EXPECT_FALSE(EmailAddressIsWellFormed(""));
  EXPECT_FALSE(EmailAddressIsWellFormed("geen-apenstaartje.be"));
  EXPECT_FALSE(EmailAddressIsWellFormed("@thomasmore.be"));
  EXPECT_FALSE(EmailAddressIsWellFormed("a@@b.be"));
  EXPECT_FALSE(EmailAddressIsWellFormed("a@b"));
  EXPECT_FALSE(EmailAddressIsWellFormed("a@.be"));
  EXPECT_FALSE(EmailAddressIsWellFormed("a@b."));
  EXPECT_FALSE(EmailAddressIsWellFormed("a b@c.be"));
  EXPECT_FALSE(EmailAddressIsWellFormed(std::string(250, 'a') + "@b.be"));
}

TEST(Password, TenCharactersIsTheMinimum) {
  EXPECT_FALSE(PasswordIsStrongEnough("123456789").has_value());
  EXPECT_TRUE(PasswordIsStrongEnough("1234567890").has_value());
}

TEST(Password, TwoHundredCharactersIsTheMaximum) {
  EXPECT_TRUE(PasswordIsStrongEnough(std::string(200, 'x')).has_value());
  EXPECT_FALSE(PasswordIsStrongEnough(std::string(201, 'x')).has_value());
}

TEST(Password, OnlySpacesIsRefusedWithTheFieldNamed) {
  Status s = PasswordIsStrongEnough("            ");
  ASSERT_FALSE(s.has_value());
  ASSERT_EQ(s.error().fields.size(), 1U);
  EXPECT_EQ(s.error().fields[0].field, "password");
  EXPECT_EQ(s.error().code, ErrorCode::kInvalidArgument);
}

TEST(Name, RequiredNotTooLongAndWithoutControlCharacters) {
  EXPECT_TRUE(NameIsValid("Stéphanie Pattyn").has_value());
  EXPECT_FALSE(NameIsValid("").has_value());
  EXPECT_FALSE(NameIsValid("   ").has_value());
  EXPECT_TRUE(NameIsValid(std::string(120, 'a')).has_value());
  EXPECT_FALSE(NameIsValid(std::string(121, 'a')).has_value());
  EXPECT_FALSE(NameIsValid("Lotte\nPeeters").has_value());
}

TEST(LoginThrottle, FourFailuresStillAllowAnAttempt) {
  const ThrottlePolicy policy{5, minutes(15)};
  EXPECT_FALSE(LoginIsThrottledAfterRepeatedFailures(4, At(1000), At(1010), policy));
}

TEST(LoginThrottle, FiveFailuresBlockUntilTheWindowHasPassedSinceTheOldest) {
  const ThrottlePolicy policy{5, minutes(15)};
  auto blocked = LoginIsThrottledAfterRepeatedFailures(5, At(1000), At(1010), policy);
  ASSERT_TRUE(blocked);
  EXPECT_EQ(*blocked, At(1000 + 15 * 60));
  EXPECT_TRUE(LoginIsThrottledAfterRepeatedFailures(5, At(1000), At(1000 + 15 * 60 - 1), policy));
  EXPECT_FALSE(LoginIsThrottledAfterRepeatedFailures(5, At(1000), At(1000 + 15 * 60), policy));
}

TEST(OneTimeToken, WorksBeforeExpiryAndOnlyOnce) {
  EXPECT_TRUE(OneTimeTokenIsUsable(At(100), std::nullopt, At(99)));
  EXPECT_FALSE(OneTimeTokenIsUsable(At(100), std::nullopt, At(100)));
  EXPECT_FALSE(OneTimeTokenIsUsable(At(100), At(50), At(60)));
}

TEST(OneTimeToken, InvitationLastsAWeekAndResetAnHour) {
  EXPECT_EQ(TokenLifetime(TokenPurpose::kInvitation), hours(24 * 7));
  EXPECT_EQ(TokenLifetime(TokenPurpose::kPasswordReset), hours(1));
}

TEST(Session, EndsAfterEightIdleHoursOrAWeekInAnyCase) {
  const Timestamp start = At(0);
  EXPECT_TRUE(SessionIsAlive(start, start, start + hours(8) - seconds(1)));
  EXPECT_FALSE(SessionIsAlive(start, start, start + hours(8)));
  const Timestamp recent = start + hours(24 * 7) - minutes(1);
  EXPECT_TRUE(SessionIsAlive(start, recent, start + hours(24 * 7) - seconds(1)));
  EXPECT_FALSE(SessionIsAlive(start, recent, start + hours(24 * 7)));
}

}  // namespace
}  // namespace leerplek::domain
