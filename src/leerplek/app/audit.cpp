#include "leerplek/app/audit.hpp"

#include "leerplek/app/policy.hpp"

namespace leerplek::app {

void RecordChange(Repositories& repos, Timestamp at, std::optional<UserId> actor, std::string action,
                  std::string entity, std::string entity_id, std::optional<Snapshot> before,
                  std::optional<Snapshot> after) {
  AuditEvent event;
  event.at = at;
  event.actor = actor;
  event.action = std::move(action);
  event.entity = std::move(entity);
  event.entity_id = std::move(entity_id);
  event.before = std::move(before);
  event.after = std::move(after);
  repos.Audit().Append(event);
}

Snapshot SnapshotOf(const domain::User& user) {
  std::string roles;
  for (domain::Role r : user.roles.ToVector()) {
    if (!roles.empty()) roles += ",";
    roles += domain::RoleCode(r);
  }
  return Snapshot{
      {"email", user.email}, {"name", user.name}, {"roles", roles}, {"active", user.active ? "true" : "false"}};
}

Result<AuditPage> ListAuditEvents(const AppContext& ctx, const Actor& actor, const ListAuditEventsQuery& query) {
  if (Status allowed = Authorize(policy::kReadAuditTrail, actor); !allowed) return allowed.error();
  if (query.limit < 1 || query.limit > 200) return InvalidField("limit", "Kies een aantal tussen 1 en 200.");
  AuditPage page;
  Status status = ctx.store.Read([&](Repositories& repos) -> Status {
    page.items = repos.Audit().Page(query.before_id, query.limit + 1);
    return {};
  });
  if (!status) return status.error();
  if (static_cast<int>(page.items.size()) > query.limit) {
    page.items.pop_back();
    page.next_before = page.items.back().id;
  }
  return page;
}

}  // namespace leerplek::app
