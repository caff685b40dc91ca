// Writing to and reading the audit trail.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "leerplek/app/context.hpp"

namespace leerplek::app {

// Records one change inside the unit of work that makes it.
void RecordChange(Repositories& repos, Timestamp at, std::optional<UserId> actor, std::string action,
                  std::string entity, std::string entity_id, std::optional<Snapshot> before,
                  std::optional<Snapshot> after);

Snapshot SnapshotOf(const domain::User& user);

struct ListAuditEventsQuery {
  std::optional<std::int64_t> before_id;
  int limit = 50;
};
struct AuditPage {
  std::vector<AuditEvent> items;
  std::optional<std::int64_t> next_before;
};
Result<AuditPage> ListAuditEvents(const AppContext& ctx, const Actor& actor, const ListAuditEventsQuery& query);

}  // namespace leerplek::app
