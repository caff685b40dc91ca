// Accounts: who a person is in Leerplek and the rules for creating and securing them.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "leerplek/domain/ids.hpp"
#include "leerplek/domain/result.hpp"
#include "leerplek/domain/role.hpp"
#include "leerplek/domain/time.hpp"

namespace leerplek::domain {

struct User {
  UserId id;
  std::string email;  // stored normalised (trimmed, lower case)
  std::string name;
  RoleSet roles;
  bool active = true;
  bool has_password = false;  // false until an invitation is accepted
};

inline constexpr std::size_t kMinPasswordLength = 10;
inline constexpr std::size_t kMaxPasswordLength = 200;
inline constexpr std::size_t kMaxNameLength = 120;
inline constexpr std::size_t kMaxEmailLength = 254;

// Trims and lower-cases an address, so the same person is found however it is typed.
std::string NormaliseEmail(std::string_view email);

// An e-mail address is one local part, one @ and a domain with a dot, no spaces.
bool EmailAddressIsWellFormed(std::string_view email);

// A password has 10 to 200 characters and is not only spaces.
Status PasswordIsStrongEnough(std::string_view password, std::string_view field = "password");

// A name is required, at most 120 characters, without control characters.
Status NameIsValid(std::string_view name, std::string_view field = "name");

// Login throttling: after too many failures within the window, further
// attempts are refused until the window has passed since the oldest counted failure.
struct ThrottlePolicy {
  int max_failures = 5;
  seconds window = minutes(15);
};

// Returns the moment from which a new attempt is allowed, or nothing when it is allowed now.
std::optional<Timestamp> LoginIsThrottledAfterRepeatedFailures(int failures_in_window,
                                                               std::optional<Timestamp> oldest_failure_in_window,
                                                               Timestamp now, const ThrottlePolicy& policy);

// One-time links (invitation, password reset) work once and only before they expire.
enum class TokenPurpose { kInvitation, kPasswordReset };
inline constexpr seconds kInvitationLifetime = hours(24 * 7);
inline constexpr seconds kPasswordResetLifetime = hours(1);
seconds TokenLifetime(TokenPurpose purpose);
bool OneTimeTokenIsUsable(Timestamp expires_at, std::optional<Timestamp> used_at, Timestamp now);

// A session ends after this long without use, and in any case after the absolute limit.
inline constexpr seconds kSessionIdleTimeout = hours(8);
inline constexpr seconds kSessionAbsoluteLifetime = hours(24 * 7);
bool SessionIsAlive(Timestamp created_at, Timestamp last_seen_at, Timestamp now);

}  // namespace leerplek::domain
