#include "leerplek/app/policy.hpp"

namespace leerplek::app {

Status Authorize(const Access& access, const std::optional<Actor>& actor) {
  if (access.kind == Access::Kind::kPublic) return {};
  if (!actor) return MakeError(ErrorCode::kUnauthenticated, "Meld je eerst aan.");
  if (access.kind == Access::Kind::kAnyUser) return {};
  if (actor->user.roles.Intersects(access.roles)) return {};
  return MakeError(ErrorCode::kPermissionDenied, "Je hebt geen toegang tot deze gegevens.");
}

}  // namespace leerplek::app
