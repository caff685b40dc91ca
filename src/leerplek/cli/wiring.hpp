// Wiring shared by main and the tests: which engine a database target means, and the clock.
#pragma once

#include <memory>
#include <string>

#include "leerplek/app/ports.hpp"
#include "leerplek/storage/sql/database.hpp"

namespace leerplek::cli {

struct DatabaseOptions {
  int readers = 4;
  bool sqlite_synchronous_full = true;
};

bool IsPostgresUrl(const std::string& target);

// Opens the pool for a SQLite path (parent folder created) or a postgresql:// URL and migrates it.
// Throws storage::DbError when the database cannot be opened or migrated.
std::unique_ptr<storage::Database> OpenDatabase(const std::string& target, const DatabaseOptions& options);

// The date and time of day of `at` in Europe/Brussels (the tz database: summer time included). Also used by
// the tests' fixed clock, so both tell local time the same way.
app::LocalTime BrusselsTime(app::Timestamp at);

class SystemClock final : public app::Clock {
 public:
  [[nodiscard]] app::Timestamp Now() const override;
  [[nodiscard]] domain::Date Today() const override;  // in Europe/Brussels
  [[nodiscard]] app::LocalTime Local(app::Timestamp at) const override { return BrusselsTime(at); }
};

}  // namespace leerplek::cli
