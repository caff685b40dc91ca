#include "leerplek/storage/sqlite/sqlite_connection.hpp"

#include <sqlite3.h>

#include <cctype>

namespace leerplek::storage::sqlite {
namespace {

DbError ToDbError(sqlite3* db, int rc, std::string_view what) {
  const int primary = rc & 0xff;
  DbError::Kind kind = DbError::Kind::kInternal;
  switch (primary) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED: kind = DbError::Kind::kBusy; break;
    case SQLITE_CONSTRAINT: kind = DbError::Kind::kConstraint; break;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY: kind = DbError::Kind::kUnavailable; break;
    default: break;
  }
  std::string detail(what);
  detail += ": ";
  detail += db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  return DbError(kind, detail);
}

// $1..$n → ?1..?n; our SQL never puts '$' inside string literals.
std::string TranslatePlaceholders(std::string_view sql) {
  std::string out(sql);
  for (std::size_t i = 0; i + 1 < out.size(); ++i) {
    if (out[i] == '$' && std::isdigit(static_cast<unsigned char>(out[i + 1])) != 0) out[i] = '?';
  }
  return out;
}

class SqliteConnection final : public Connection {
 public:
  SqliteConnection(const std::string& path, const SqliteOptions& options) {
    const int rc =
        sqlite3_open_v2(path.c_str(), &db_, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK) {
      DbError error = ToDbError(db_, rc, "open");
      sqlite3_close(db_);
      db_ = nullptr;
      throw DbError(DbError::Kind::kUnavailable, error.what());
    }
    sqlite3_busy_timeout(db_, options.busy_timeout_ms);
    sqlite3_extended_result_codes(db_, 1);
    ExecuteScript("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON;");
    ExecuteScript(options.synchronous_full ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;");
  }
  ~SqliteConnection() override { sqlite3_close_v2(db_); }
  SqliteConnection(const SqliteConnection&) = delete;
  SqliteConnection& operator=(const SqliteConnection&) = delete;

  [[nodiscard]] Dialect dialect() const override { return Dialect::kSqlite; }

  Rows Query(std::string_view sql, const std::vector<Value>& params) override {
    const std::string translated = TranslatePlaceholders(sql);
    sqlite3_stmt* raw = nullptr;
    int rc = sqlite3_prepare_v2(db_, translated.c_str(), static_cast<int>(translated.size()), &raw, nullptr);
    if (rc != SQLITE_OK) throw ToDbError(db_, rc, "prepare");
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> stmt(raw, &sqlite3_finalize);
    for (std::size_t i = 0; i < params.size(); ++i) Bind(stmt.get(), static_cast<int>(i + 1), params[i]);
    Rows rows;
    while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
      const int n = sqlite3_column_count(stmt.get());
      std::vector<Value> columns;
      columns.reserve(static_cast<std::size_t>(n));
      for (int c = 0; c < n; ++c) columns.push_back(Column(stmt.get(), c));
      rows.emplace_back(std::move(columns));
    }
    if (rc != SQLITE_DONE) throw ToDbError(db_, rc, "step");
    return rows;
  }

  void ExecuteScript(std::string_view script) override {
    const std::string text(script);
    char* message = nullptr;
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
      std::string detail = message != nullptr ? message : sqlite3_errstr(rc);
      sqlite3_free(message);
      DbError base = ToDbError(nullptr, rc, "exec");
      throw DbError(base.kind(), "exec: " + detail);
    }
  }

  // IMMEDIATE takes the write lock at once, so a writer never fails half-way on a busy upgrade.
  void Begin() override { ExecuteScript("BEGIN IMMEDIATE"); }
  void Commit() override { ExecuteScript("COMMIT"); }
  void Rollback() override {
    if (sqlite3_get_autocommit(db_) == 0) ExecuteScript("ROLLBACK");
  }
  bool InTransaction() override { return sqlite3_get_autocommit(db_) == 0; }
  bool Ping() override {
    try {
      Query("SELECT 1", {});
      return true;
    } catch (const DbError&) {
      return false;
    }
  }

 private:
  void Bind(sqlite3_stmt* stmt, int index, const Value& value) {
    int rc = SQLITE_OK;
    if (std::holds_alternative<std::nullptr_t>(value)) {
      rc = sqlite3_bind_null(stmt, index);
    } else if (const auto* n = std::get_if<std::int64_t>(&value)) {
      rc = sqlite3_bind_int64(stmt, index, *n);
    } else if (const auto* d = std::get_if<double>(&value)) {
      rc = sqlite3_bind_double(stmt, index, *d);
    } else if (const auto* s = std::get_if<std::string>(&value)) {
      rc = sqlite3_bind_text(stmt, index, s->data(), static_cast<int>(s->size()), SQLITE_TRANSIENT);
    }
    if (rc != SQLITE_OK) throw ToDbError(db_, rc, "bind");
  }

  static Value Column(sqlite3_stmt* stmt, int c) {
    switch (sqlite3_column_type(stmt, c)) {
      case SQLITE_NULL: return nullptr;
      case SQLITE_INTEGER: return static_cast<std::int64_t>(sqlite3_column_int64(stmt, c));
      case SQLITE_FLOAT: return sqlite3_column_double(stmt, c);
      default: {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
        return std::string(text != nullptr ? text : "", static_cast<std::size_t>(sqlite3_column_bytes(stmt, c)));
      }
    }
  }

  sqlite3* db_ = nullptr;
};

}  // namespace

std::unique_ptr<Connection> OpenSqlite(const std::string& path, const SqliteOptions& options) {
  return std::make_unique<SqliteConnection>(path, options);
}

}  // namespace leerplek::storage::sqlite
