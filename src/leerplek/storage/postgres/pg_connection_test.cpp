#include "leerplek/storage/postgres/pg_connection.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <memory>
#include <string>

namespace leerplek::storage::postgres {
namespace {

constexpr const char* kUrlVariable = "LEERPLEK_TEST_PG_URL";

// A missing server must fail the run: a skipped PostgreSQL suite would let the
// adapter rot while the build stays green.
void Connect(std::unique_ptr<Connection>* out) {
  const char* url = std::getenv(kUrlVariable);
  if (url == nullptr || *url == '\0') {
    GTEST_FAIL() << kUrlVariable << " is not set. Start a scratch server with "
                 << "`scripts/pg-scratch.sh start /tmp/lp-pg 55432` and export its URL, e.g. " << kUrlVariable
                 << "=postgresql://postgres@127.0.0.1:55432/leerplek_test";
  }
  *out = OpenPostgres(url);
}

// Temp tables vanish with the session; the name still differs per test and per
// process so that parallel runs and leftovers can never collide.
std::string TableName() {
  std::string name = "t_";
  for (const char c : std::string(::testing::UnitTest::GetInstance()->current_test_info()->name())) {
    name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return name + "_" + std::to_string(::getpid());
}

DbError::Kind KindOfFailure(Connection& db, const std::string& sql, const std::vector<Value>& params) {
  try {
    db.Query(sql, params);
  } catch (const DbError& error) {
    return error.kind();
  }
  ADD_FAILURE() << "expected DbError from: " << sql;
  return DbError::Kind::kInternal;
}

TEST(PgConnection, ParametersOfEveryKindRoundTripIncludingNull) {
  std::unique_ptr<Connection> db;
  ASSERT_NO_FATAL_FAILURE(Connect(&db));
  const std::string table = TableName();
  db->ExecuteScript("CREATE TEMP TABLE " + table + " (n bigint, x double precision, s text, z text)");

  const std::int64_t big = std::numeric_limits<std::int64_t>::min();
  const double tenth = 0.1;
  const std::string text = "Zoë's \"werkplek\" \\ ✓";
  db->Query("INSERT INTO " + table + " (n, x, s, z) VALUES ($1, $2, $3, $4)", {big, tenth, text, nullptr});

  const Rows rows = db->Query("SELECT n, x, s, z FROM " + table + " WHERE n = $1", {big});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].Int(0), big);
  EXPECT_EQ(rows[0].Real(1), tenth);  // %.17g must not lose the last bit
  EXPECT_EQ(rows[0].Text(2), text);
  EXPECT_TRUE(rows[0].IsNull(3));
  EXPECT_EQ(rows[0].OptText(3), std::nullopt);
  EXPECT_FALSE(rows[0].IsNull(2));

  // A NULL parameter is NULL, not the text "".
  const Rows null_check = db->Query("SELECT $1::text IS NULL, $2::text IS NULL", {nullptr, std::string()});
  ASSERT_EQ(null_check.size(), 1u);
  EXPECT_EQ(null_check[0].Text(0), "t");
  EXPECT_EQ(null_check[0].Text(1), "f");
}

TEST(PgConnection, QueryReturnsEveryRow) {
  std::unique_ptr<Connection> db;
  ASSERT_NO_FATAL_FAILURE(Connect(&db));
  const Rows rows = db->Query("SELECT g FROM generate_series(1, $1::int) AS g ORDER BY g", {std::int64_t{5}});
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0].Int(0), 1);
  EXPECT_EQ(rows[4].Int(0), 5);
}

TEST(PgConnection, UniqueViolationIsAConstraintError) {
  std::unique_ptr<Connection> db;
  ASSERT_NO_FATAL_FAILURE(Connect(&db));
  const std::string table = TableName();
  db->ExecuteScript("CREATE TEMP TABLE " + table + " (email text PRIMARY KEY)");
  db->Query("INSERT INTO " + table + " (email) VALUES ($1)", {std::string("a@example.nl")});

  EXPECT_EQ(KindOfFailure(*db, "INSERT INTO " + table + " (email) VALUES ($1)", {std::string("a@example.nl")}),
            DbError::Kind::kConstraint);
  // The failed statement leaves the session usable.
  EXPECT_EQ(db->Query("SELECT count(*) FROM " + table, {})[0].Int(0), 1);
}

TEST(PgConnection, SyntaxErrorIsAnInternalErrorWithSqlStateInText) {
  std::unique_ptr<Connection> db;
  ASSERT_NO_FATAL_FAILURE(Connect(&db));
  try {
    db->Query("SELEC 1", {});
    ADD_FAILURE() << "expected DbError";
  } catch (const DbError& error) {
    EXPECT_EQ(error.kind(), DbError::Kind::kInternal);
    EXPECT_NE(std::string(error.what()).find("42601"), std::string::npos) << error.what();
  }
}

TEST(PgConnection, RollbackDiscardsWritesAndCommitKeepsThem) {
  std::unique_ptr<Connection> db;
  ASSERT_NO_FATAL_FAILURE(Connect(&db));
  const std::string table = TableName();
  db->ExecuteScript("CREATE TEMP TABLE " + table + " (n bigint)");

  db->Begin();
  db->Query("INSERT INTO " + table + " VALUES ($1)", {std::int64_t{1}});
  db->Rollback();
  EXPECT_EQ(db->Query("SELECT count(*) FROM " + table, {})[0].Int(0), 0);

  db->Begin();
  db->Query("INSERT INTO " + table + " VALUES ($1)", {std::int64_t{2}});
  db->Commit();
  EXPECT_EQ(db->Query("SELECT count(*) FROM " + table, {})[0].Int(0), 1);
}

TEST(PgConnection, CommitOfAFailedTransactionThrowsInsteadOfSilentlyRollingBack) {
  std::unique_ptr<Connection> db;
  ASSERT_NO_FATAL_FAILURE(Connect(&db));
  const std::string table = TableName();
  db->ExecuteScript("CREATE TEMP TABLE " + table + " (n bigint PRIMARY KEY)");

  db->Begin();
  db->Query("INSERT INTO " + table + " VALUES ($1)", {std::int64_t{1}});
  EXPECT_EQ(KindOfFailure(*db, "INSERT INTO " + table + " VALUES ($1)", {std::int64_t{1}}), DbError::Kind::kConstraint);
  EXPECT_THROW(db->Commit(), DbError);
  EXPECT_EQ(db->Query("SELECT count(*) FROM " + table, {})[0].Int(0), 0);
}

TEST(PgConnection, UnreachableServerIsUnavailable) {
  // Port 1 on loopback refuses at once; no server is needed for this test.
  for (const std::string url : {"postgresql://postgres@127.0.0.1:1/leerplek", "postgresql://[::1", ""}) {
    try {
      OpenPostgres(url);
      ADD_FAILURE() << "expected DbError for '" << url << "'";
    } catch (const DbError& error) {
      EXPECT_EQ(error.kind(), DbError::Kind::kUnavailable) << url << ": " << error.what();
    }
  }
}

TEST(PgConnection, ScriptRunsEveryStatement) {
  std::unique_ptr<Connection> db;
  ASSERT_NO_FATAL_FAILURE(Connect(&db));
  const std::string table = TableName();
  db->ExecuteScript("CREATE TEMP TABLE " + table + " (n bigint);\nINSERT INTO " + table + " VALUES (1), (2);");
  EXPECT_EQ(db->Query("SELECT count(*) FROM " + table, {})[0].Int(0), 2);
}

TEST(PgConnection, ScriptStopsAtFirstFailingStatementAndReportsIt) {
  std::unique_ptr<Connection> db;
  ASSERT_NO_FATAL_FAILURE(Connect(&db));
  const std::string table = TableName();
  db->ExecuteScript("CREATE TEMP TABLE " + table + " (n bigint PRIMARY KEY)");
  try {
    db->ExecuteScript("INSERT INTO " + table + " VALUES (1); INSERT INTO " + table + " VALUES (1); INSERT INTO " +
                      table + " VALUES (3);");
    ADD_FAILURE() << "expected DbError";
  } catch (const DbError& error) {
    EXPECT_EQ(error.kind(), DbError::Kind::kConstraint) << error.what();
  }
  // A multi-statement script is one implicit transaction: nothing of it stays.
  EXPECT_EQ(db->Query("SELECT count(*) FROM " + table, {})[0].Int(0), 0);
}

TEST(PgConnection, SessionUsesUtcAndUtf8) {
  std::unique_ptr<Connection> db;
  ASSERT_NO_FATAL_FAILURE(Connect(&db));
  const Rows rows = db->Query("SELECT current_setting('TimeZone'), current_setting('client_encoding')", {});
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].Text(0), "UTC");
  EXPECT_EQ(rows[0].Text(1), "UTF8");
}

TEST(PgConnection, PingSucceedsAndReconnectsAfterTheBackendIsKilled) {
  std::unique_ptr<Connection> db;
  ASSERT_NO_FATAL_FAILURE(Connect(&db));
  EXPECT_TRUE(db->Ping());

  // Terminating our own backend is what a server restart looks like to the client.
  EXPECT_EQ(KindOfFailure(*db, "SELECT pg_terminate_backend(pg_backend_pid())", {}), DbError::Kind::kUnavailable);
  EXPECT_TRUE(db->Ping());
  const Rows rows = db->Query("SELECT current_setting('TimeZone')", {});
  EXPECT_EQ(rows[0].Text(0), "UTC");  // session settings come back with the reconnect
}

}  // namespace
}  // namespace leerplek::storage::postgres
