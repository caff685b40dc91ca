#include "leerplek/storage/postgres/pg_connection.hpp"

#include <libpq-fe.h>

#include <cmath>
#include <cstdio>
#include <optional>
#include <type_traits>
#include <utility>

namespace leerplek::storage::postgres {
namespace {

struct ResultDeleter {
  void operator()(PGresult* result) const { PQclear(result); }
};
using ResultPtr = std::unique_ptr<PGresult, ResultDeleter>;

// The wire protocol counts parameters in a 16-bit field.
constexpr std::size_t kMaxParams = 65535;
// Enough SQL in a log line to find the statement, not a whole migration.
constexpr std::size_t kMaxSqlInMessage = 200;

// Notices (e.g. "table does not exist, skipping") would otherwise go to stderr,
// around the structured log.
void IgnoreNotice(void* /*arg*/, const char* /*message*/) {}

bool Succeeded(const PGresult* result) {
  if (result == nullptr) return false;
  const ExecStatusType status = PQresultStatus(result);
  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY;
}

// The one place that turns a libpq failure into a DbError. The text holds the
// SQLSTATE and libpq's message for the log; the kind tells the caller what to do.
DbError ToDbError(PGconn* conn, const PGresult* result, std::string_view what) {
  const bool connection_ok = conn != nullptr && PQstatus(conn) == CONNECTION_OK;
  const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  const std::string_view sqlstate = state != nullptr ? state : "";

  std::string message = result != nullptr ? PQresultErrorMessage(result) : "";
  if (message.empty() && conn != nullptr) message = PQerrorMessage(conn);
  if (message.empty() && result != nullptr) {
    message = std::string("unexpected result status ") + PQresStatus(PQresultStatus(result));
  }
  while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();

  DbError::Kind kind = DbError::Kind::kInternal;
  if (!connection_ok || sqlstate.starts_with("08") || sqlstate == "57P01" || sqlstate == "57P02" ||
      sqlstate == "57P03") {
    kind = DbError::Kind::kUnavailable;  // server gone or going: retry elsewhere or later
  } else if (sqlstate.starts_with("23")) {
    kind = DbError::Kind::kConstraint;  // integrity constraint: the data, not the server
  } else if (sqlstate == "40001" || sqlstate == "40P01" || sqlstate == "55P03") {
    kind = DbError::Kind::kBusy;  // serialization, deadlock, lock not available: retry
  }

  std::string detail = "postgres: ";
  detail += what.substr(0, kMaxSqlInMessage);
  if (what.size() > kMaxSqlInMessage) detail += "...";
  detail += " [SQLSTATE ";
  detail += sqlstate.empty() ? std::string_view("none") : sqlstate;
  detail += "]: ";
  detail += message;
  return DbError(kind, detail);
}

// Text format for every parameter: the server casts it to the column's type,
// which keeps one code path for all types. Null pointer means SQL NULL.
std::optional<std::string> ParamText(const Value& value, std::size_t index) {
  return std::visit(
      [index](const auto& v) -> std::optional<std::string> {
        using T = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<T, std::nullptr_t>) {
          return std::nullopt;
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          return std::to_string(v);
        } else if constexpr (std::is_same_v<T, double>) {
          // glibc prints "nan"/"-nan"/"inf"; spell them the way float8in documents.
          if (std::isnan(v)) return std::string("NaN");
          if (std::isinf(v)) return std::string(v > 0 ? "Infinity" : "-Infinity");
          char buffer[32];
          std::snprintf(buffer, sizeof buffer, "%.17g", v);
          return std::string(buffer);
        } else {
          // libpq passes C strings; a NUL would silently cut the value short.
          if (v.find('\0') != std::string::npos) {
            throw DbError(DbError::Kind::kInternal,
                          "postgres: parameter $" + std::to_string(index + 1) + " contains a NUL byte");
          }
          return v;
        }
      },
      value);
}

ResultPtr Exec(PGconn* conn, const char* sql) {
  ResultPtr result(PQexec(conn, sql));
  if (!Succeeded(result.get())) throw ToDbError(conn, result.get(), sql);
  return result;
}

bool SelectOne(PGconn* conn) {
  const ResultPtr result(PQexec(conn, "SELECT 1"));
  return result != nullptr && PQresultStatus(result.get()) == PGRES_TUPLES_OK;
}

}  // namespace

PgConnection::PgConnection(const std::string& url) {
  // libpq with no target would fall back to PGHOST or the local socket and could
  // reach some other server; an empty setting is a configuration error.
  if (url.empty()) throw DbError(DbError::Kind::kUnavailable, "postgres: connect: no URL configured");

  // Entries before dbname are defaults the URL may override; entries after it win.
  // client_encoding is a connection option so that PQreset keeps it.
  const char* const keywords[] = {"connect_timeout", "application_name", "dbname", "client_encoding", nullptr};
  const char* const values[] = {"10", "leerplek", url.c_str(), "UTF8", nullptr};
  conn_ = PQconnectdbParams(keywords, values, /*expand_dbname=*/1);
  if (conn_ == nullptr) throw DbError(DbError::Kind::kUnavailable, "postgres: connect: out of memory");
  try {
    // The URL is left out of the message: it may carry a password.
    if (PQstatus(conn_) != CONNECTION_OK) throw ToDbError(conn_, nullptr, "connect");
    PQsetNoticeProcessor(conn_, IgnoreNotice, nullptr);
    ConfigureSession();
  } catch (...) {
    PQfinish(conn_);  // the destructor does not run for a constructor that throws
    throw;
  }
}

PgConnection::~PgConnection() { PQfinish(conn_); }

void PgConnection::ConfigureSession() {
  // Timestamps are stored and compared in UTC; the server's default zone is
  // whatever its host says.
  Exec(conn_, "SET TIME ZONE 'UTC'");
}

Rows PgConnection::Query(std::string_view sql, const std::vector<Value>& params) {
  const std::string statement(sql);
  if (params.size() > kMaxParams) {
    throw DbError(DbError::Kind::kInternal,
                  "postgres: too many parameters for: " + statement.substr(0, kMaxSqlInMessage));
  }
  // texts owns the strings; pointers are taken only after it is fully built.
  std::vector<std::optional<std::string>> texts;
  texts.reserve(params.size());
  for (std::size_t i = 0; i < params.size(); ++i) texts.push_back(ParamText(params[i], i));
  std::vector<const char*> values;
  values.reserve(texts.size());
  for (const auto& text : texts) values.push_back(text ? text->c_str() : nullptr);

  const ResultPtr result(PQexecParams(conn_, statement.c_str(), static_cast<int>(values.size()),
                                      /*paramTypes=*/nullptr, values.data(), /*paramLengths=*/nullptr,
                                      /*paramFormats=*/nullptr, /*resultFormat=*/0));
  if (!Succeeded(result.get())) throw ToDbError(conn_, result.get(), statement);

  const int row_count = PQntuples(result.get());
  const int column_count = PQnfields(result.get());
  Rows rows;
  rows.reserve(static_cast<std::size_t>(row_count));
  for (int r = 0; r < row_count; ++r) {
    std::vector<Value> columns;
    columns.reserve(static_cast<std::size_t>(column_count));
    for (int c = 0; c < column_count; ++c) {
      if (PQgetisnull(result.get(), r, c) != 0) {
        columns.emplace_back(nullptr);
      } else {
        columns.emplace_back(
            std::string(PQgetvalue(result.get(), r, c), static_cast<std::size_t>(PQgetlength(result.get(), r, c))));
      }
    }
    rows.emplace_back(std::move(columns));
  }
  return rows;
}

void PgConnection::ExecuteScript(std::string_view script) {
  // PQexec would hand back only the last result; sending and draining each one
  // lets every statement's outcome be checked and leaves the connection idle.
  const std::string text(script);
  if (PQsendQuery(conn_, text.c_str()) == 0) throw ToDbError(conn_, nullptr, text);
  std::optional<DbError> first_error;
  while (PGresult* raw = PQgetResult(conn_)) {
    const ResultPtr result(raw);
    const ExecStatusType status = PQresultStatus(raw);
    if (status == PGRES_COPY_IN) {
      // No data to send; ending with an error makes the server fail the COPY.
      PQputCopyEnd(conn_, "COPY FROM STDIN is not supported in scripts");
    } else if (status == PGRES_COPY_OUT) {
      char* buffer = nullptr;
      while (PQgetCopyData(conn_, &buffer, /*async=*/0) > 0) PQfreemem(buffer);
    } else if (!Succeeded(raw) && !first_error) {
      first_error = ToDbError(conn_, raw, text);
    }
  }
  if (!first_error && PQstatus(conn_) != CONNECTION_OK) first_error = ToDbError(conn_, nullptr, text);
  if (first_error) throw *first_error;
}

void PgConnection::Begin() { Exec(conn_, "BEGIN"); }

void PgConnection::Commit() {
  const ResultPtr result = Exec(conn_, "COMMIT");
  // In a transaction that already failed, PostgreSQL answers COMMIT with a
  // ROLLBACK tag and no error; the caller must not believe its writes landed.
  if (std::string_view(PQcmdStatus(result.get())) == "ROLLBACK") {
    throw DbError(DbError::Kind::kInternal, "postgres: COMMIT rolled back: the transaction had already failed");
  }
}

void PgConnection::Rollback() { Exec(conn_, "ROLLBACK"); }

bool PgConnection::InTransaction() { return PQtransactionStatus(conn_) == PQTRANS_INTRANS; }

bool PgConnection::Ping() {
  if (SelectOne(conn_)) return true;
  // The server answered with an error: reachable, but this session is not usable.
  if (PQstatus(conn_) == CONNECTION_OK) return false;
  PQreset(conn_);
  if (PQstatus(conn_) != CONNECTION_OK) return false;
  try {
    ConfigureSession();
  } catch (const DbError&) {
    return false;
  }
  return SelectOne(conn_);
}

std::unique_ptr<Connection> OpenPostgres(const std::string& url) { return std::make_unique<PgConnection>(url); }

}  // namespace leerplek::storage::postgres
