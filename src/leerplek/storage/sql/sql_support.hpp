// Small helpers shared by the SQL repositories: time and date columns, IN lists.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "leerplek/app/ports.hpp"
#include "leerplek/storage/sql/connection.hpp"

namespace leerplek::storage {

inline std::int64_t Seconds(app::Timestamp t) { return t.time_since_epoch().count(); }
inline app::Timestamp ToTime(std::int64_t s) { return app::Timestamp(std::chrono::seconds(s)); }

// A time column that may be empty.
Value OptSeconds(const std::optional<app::Timestamp>& t);

// An id column that may be empty.
template <typename IdT>
Value OptId(const std::optional<IdT>& id) {
  if (!id) return nullptr;
  return id->value;
}

// Small lists of numbers as "1,3,7" text.
std::string JoinInts(const std::vector<int>& values);
std::vector<int> SplitInts(const std::string& text);

// Dates are stored as 'YYYY-MM-DD' text on both engines, so they sort and compare as dates.
domain::Date ToDate(const std::string& text);

// "$first, $first+1, …" for `count` parameters, for WHERE x IN (…).
std::string Placeholders(std::size_t first, std::size_t count);

template <typename IdT>
std::vector<Value> IdValues(const std::vector<IdT>& ids) {
  std::vector<Value> out;
  out.reserve(ids.size());
  for (const IdT& id : ids) out.emplace_back(id.value);
  return out;
}

}  // namespace leerplek::storage
