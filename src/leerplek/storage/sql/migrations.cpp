#include "leerplek/storage/sql/migrations.hpp"

namespace leerplek::storage {
namespace {

void EnsureVersionTable(Connection& connection) {
  connection.ExecuteScript(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, "
      "applied_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP)");
}

}  // namespace

int SchemaVersion(Connection& connection) {
  EnsureVersionTable(connection);
  Rows rows = connection.Query("SELECT COALESCE(MAX(version), 0) FROM schema_migrations", {});
  return static_cast<int>(rows.at(0).Int(0));
}

int Migrate(Connection& connection) {
  EnsureVersionTable(connection);
  int applied = 0;
  for (const Migration& m : EmbeddedMigrations(connection.dialect())) {
    connection.Begin();
    try {
      if (connection.dialect() == Dialect::kPostgres) {
        // Two servers starting at once must not both migrate.
        connection.Query("SELECT pg_advisory_xact_lock(7341001)", {});
      }
      Rows done = connection.Query("SELECT 1 FROM schema_migrations WHERE version = $1", {std::int64_t{m.version}});
      if (done.empty()) {
        connection.ExecuteScript(m.sql);
        connection.Query("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)",
                         {std::int64_t{m.version}, m.name});
        ++applied;
      }
      connection.Commit();
    } catch (...) {
      connection.Rollback();
      throw;
    }
  }
  return applied;
}

}  // namespace leerplek::storage
