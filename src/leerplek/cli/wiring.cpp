#include "leerplek/cli/wiring.hpp"

#include <date/tz.h>

#include <filesystem>

#include "leerplek/storage/postgres/pg_connection.hpp"
#include "leerplek/storage/sql/migrations.hpp"
#include "leerplek/storage/sqlite/sqlite_connection.hpp"

namespace leerplek::cli {

bool IsPostgresUrl(const std::string& target) {
  return target.starts_with("postgresql://") || target.starts_with("postgres://");
}

std::unique_ptr<storage::Database> OpenDatabase(const std::string& target, const DatabaseOptions& options) {
  storage::ConnectionOpener open;
  if (IsPostgresUrl(target)) {
    open = [target] { return storage::postgres::OpenPostgres(target); };
  } else {
    const std::filesystem::path parent = std::filesystem::path(target).parent_path();
    if (!parent.empty()) std::filesystem::create_directories(parent);
    storage::sqlite::SqliteOptions sqlite_options;
    sqlite_options.synchronous_full = options.sqlite_synchronous_full;
    open = [target, sqlite_options] { return storage::sqlite::OpenSqlite(target, sqlite_options); };
  }
  // Migrate on a connection of its own before the pool opens, so every pooled connection sees the schema.
  {
    auto connection = open();
    storage::Migrate(*connection);
  }
  return std::make_unique<storage::Database>(open, options.readers);
}

app::Timestamp SystemClock::Now() const {
  return std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now());
}

}  // namespace leerplek::cli

namespace leerplek::cli {

app::LocalTime BrusselsTime(app::Timestamp at) {
  const auto local = date::make_zoned("Europe/Brussels", at).get_local_time();
  const auto days = std::chrono::floor<std::chrono::days>(local.time_since_epoch());
  const auto minutes = std::chrono::floor<std::chrono::minutes>(local.time_since_epoch() - days);
  return {domain::Date(std::chrono::sys_days(days)), static_cast<int>(minutes.count())};
}

domain::Date SystemClock::Today() const { return BrusselsTime(Now()).date; }

}  // namespace leerplek::cli
