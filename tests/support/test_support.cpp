#include "support/test_support.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "leerplek/cli/wiring.hpp"
#include "leerplek/storage/postgres/pg_connection.hpp"

namespace leerplek::testing {

std::string EngineName(Engine engine) { return engine == Engine::kSqlite ? "SQLite" : "PostgreSQL"; }

std::string EngineTestName(const ::testing::TestParamInfo<Engine>& info) { return EngineName(info.param); }

app::Timestamp StartOfTerm() { return app::Timestamp(std::chrono::seconds(1789977600)); }

std::string RequiredEnv(const char* name) {
  const char* v = std::getenv(name);
  if (v == nullptr || *v == '\0') {
    throw std::runtime_error(std::string(name) +
                             " is not set: run the tests through scripts/test.sh, which starts PostgreSQL and SMTP");
  }
  return v;
}

std::unique_ptr<storage::Database> FreshDatabase(Engine engine, const std::string& name) {
  if (engine == Engine::kSqlite) {
    const auto dir = std::filesystem::temp_directory_path() / "leerplek-tests";
    std::filesystem::create_directories(dir);
    const auto file = dir / (name + "-" + std::to_string(::getpid()) + ".db");
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(file.string() + suffix);
    return cli::OpenDatabase(file.string(), {2, false});
  }
  const std::string server = RequiredEnv("LEERPLEK_TEST_PG_URL");  // postgresql://user@host:port/db
  const std::string base = server.substr(0, server.rfind('/') + 1);
  {
    auto admin = storage::postgres::OpenPostgres(server);
    if (admin->Query("SELECT 1 FROM pg_database WHERE datname = $1", {name}).empty()) {
      admin->ExecuteScript("CREATE DATABASE " + name);
    }
  }
  {
    auto reset = storage::postgres::OpenPostgres(base + name);
    reset->ExecuteScript("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  }
  return cli::OpenDatabase(base + name, {2, true});
}

}  // namespace leerplek::testing
