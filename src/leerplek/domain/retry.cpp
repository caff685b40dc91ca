#include "leerplek/domain/retry.hpp"

#include <algorithm>

namespace leerplek::domain {

std::optional<seconds> RetryDelayAfterFailedAttempt(int failed_attempts) {
  if (failed_attempts < 1 || failed_attempts >= kMaxMailAttempts) return std::nullopt;
  const seconds delay = minutes(1) * (1 << std::min(failed_attempts - 1, 6));
  return std::min<seconds>(delay, hours(1));
}

}  // namespace leerplek::domain
