// Strong ids: one struct per kind, so a UserId never passes for a CohortId.
#pragma once

#include <compare>
#include <cstdint>

namespace leerplek::domain {

template <typename Tag>
struct Id {
  std::int64_t value = 0;
  auto operator<=>(const Id&) const = default;
};

using UserId = Id<struct UserTag>;
using ProgrammeId = Id<struct ProgrammeTag>;
using CohortId = Id<struct CohortTag>;
using DocumentId = Id<struct DocumentTag>;

}  // namespace leerplek::domain
