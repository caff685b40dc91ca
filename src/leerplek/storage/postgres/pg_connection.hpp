// PostgreSQL implementation of storage::Connection on top of libpq.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "leerplek/storage/sql/connection.hpp"

// libpq's PGconn, left opaque so that only pg_connection.cpp includes <libpq-fe.h>.
struct pg_conn;

namespace leerplek::storage::postgres {

class PgConnection final : public Connection {
 public:
  // url is a libpq URI or key=value string, e.g. postgresql://user@127.0.0.1:55432/leerplek.
  // Throws DbError kUnavailable when the server cannot be reached.
  explicit PgConnection(const std::string& url);
  ~PgConnection() override;

  // One PGconn has one owner; copying would double-PQfinish it.
  PgConnection(const PgConnection&) = delete;
  PgConnection& operator=(const PgConnection&) = delete;

  [[nodiscard]] Dialect dialect() const override { return Dialect::kPostgres; }
  Rows Query(std::string_view sql, const std::vector<Value>& params) override;
  void ExecuteScript(std::string_view script) override;
  void Begin() override;
  void Commit() override;
  void Rollback() override;
  bool InTransaction() override;
  bool Ping() override;

 private:
  // Settings that live in the server session and so must be set again after PQreset.
  void ConfigureSession();

  pg_conn* conn_ = nullptr;
};

// Factory with the ConnectionFactory signature, so main can pick the engine from config.
std::unique_ptr<Connection> OpenPostgres(const std::string& url);

}  // namespace leerplek::storage::postgres
