// SQLite engine adapter: the only file set that includes <sqlite3.h>.
#pragma once

#include <memory>
#include <string>

#include "leerplek/storage/sql/connection.hpp"

namespace leerplek::storage::sqlite {

struct SqliteOptions {
  // FULL survives a power cut after commit; NORMAL is faster but may lose the last commits (docs/operations.md).
  bool synchronous_full = true;
  int busy_timeout_ms = 5000;
};

// Opens (and creates) a database file with WAL, foreign keys and the chosen durability.
std::unique_ptr<Connection> OpenSqlite(const std::string& path, const SqliteOptions& options = {});

}  // namespace leerplek::storage::sqlite
