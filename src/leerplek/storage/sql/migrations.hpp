// Schema migrations: numbered SQL scripts per dialect, applied once each, in order.
#pragma once

#include <string>
#include <vector>

#include "leerplek/storage/sql/connection.hpp"

namespace leerplek::storage {

struct Migration {
  int version;
  std::string name;
  std::string sql;
};

// The scripts compiled into the binary from migrations/<dialect>/NNNN_name.sql.
const std::vector<Migration>& EmbeddedMigrations(Dialect dialect);

// Applies the missing migrations, each in its own transaction; returns how many ran. Throws DbError.
int Migrate(Connection& connection);

// The highest applied version, 0 on an empty database.
int SchemaVersion(Connection& connection);

}  // namespace leerplek::storage
