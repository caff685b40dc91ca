// Back-off for work that is retried, such as sending e-mail.
#pragma once

#include <optional>

#include "leerplek/domain/time.hpp"

namespace leerplek::domain {

inline constexpr int kMaxMailAttempts = 8;

// After the n-th failed attempt (n ≥ 1) wait 1, 2, 4, … minutes, at most an hour;
// after kMaxMailAttempts failures, give up (nothing).
std::optional<seconds> RetryDelayAfterFailedAttempt(int failed_attempts);

}  // namespace leerplek::domain
