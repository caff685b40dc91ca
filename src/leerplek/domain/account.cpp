#include "leerplek/domain/account.hpp"

#include <algorithm>
#include <cctype>

namespace leerplek::domain {

std::string NormaliseEmail(std::string_view email) {
  auto is_space = [](unsigned char c) { return std::isspace(c) != 0; };
  while (!email.empty() && is_space(email.front())) email.remove_prefix(1);
  while (!email.empty() && is_space(email.back())) email.remove_suffix(1);
  std::string out(email);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool EmailAddressIsWellFormed(std::string_view email) {
  if (email.empty() || email.size() > kMaxEmailLength) return false;
  const auto at = email.find('@');
  if (at == std::string_view::npos || at == 0 || email.find('@', at + 1) != std::string_view::npos) return false;
  const auto domain = email.substr(at + 1);
  const auto dot = domain.find('.');
  if (dot == std::string_view::npos || dot == 0 || domain.back() == '.') return false;
  return std::none_of(email.begin(), email.end(), [](unsigned char c) { return std::isspace(c) != 0 || c < 0x20; });
}

Status PasswordIsStrongEnough(std::string_view password, std::string_view field) {
  if (password.size() < kMinPasswordLength) {
    return InvalidField(std::string(field), "Het wachtwoord moet minstens 10 tekens lang zijn.");
  }
  if (password.size() > kMaxPasswordLength) {
    return InvalidField(std::string(field), "Het wachtwoord mag hoogstens 200 tekens lang zijn.");
  }
  if (std::all_of(password.begin(), password.end(), [](unsigned char c) { return std::isspace(c) != 0; })) {
    return InvalidField(std::string(field), "Het wachtwoord mag niet enkel uit spaties bestaan.");
  }
  return {};
}

Status NameIsValid(std::string_view name, std::string_view field) {
  const bool blank = std::all_of(name.begin(), name.end(), [](unsigned char c) { return std::isspace(c) != 0; });
  if (name.empty() || blank) return InvalidField(std::string(field), "Vul een naam in.");
  if (name.size() > kMaxNameLength)
    return InvalidField(std::string(field), "De naam mag hoogstens 120 tekens lang zijn.");
  if (std::any_of(name.begin(), name.end(), [](unsigned char c) { return c < 0x20 || c == 0x7f; })) {
    return InvalidField(std::string(field), "De naam bevat ongeldige tekens.");
  }
  return {};
}

std::optional<Timestamp> LoginIsThrottledAfterRepeatedFailures(int failures_in_window,
                                                               std::optional<Timestamp> oldest_failure_in_window,
                                                               Timestamp now, const ThrottlePolicy& policy) {
  if (failures_in_window < policy.max_failures || !oldest_failure_in_window) return std::nullopt;
  const Timestamp allowed_from = *oldest_failure_in_window + policy.window;
  if (allowed_from <= now) return std::nullopt;
  return allowed_from;
}

seconds TokenLifetime(TokenPurpose purpose) {
  switch (purpose) {
    case TokenPurpose::kInvitation: return kInvitationLifetime;
    case TokenPurpose::kPasswordReset: return kPasswordResetLifetime;
  }
  return seconds(0);
}

bool OneTimeTokenIsUsable(Timestamp expires_at, std::optional<Timestamp> used_at, Timestamp now) {
  return !used_at && now < expires_at;
}

bool SessionIsAlive(Timestamp created_at, Timestamp last_seen_at, Timestamp now) {
  return now < last_seen_at + kSessionIdleTimeout && now < created_at + kSessionAbsoluteLifetime;
}

}  // namespace leerplek::domain
