// Shared test parts: a fixed clock, fresh databases on both engines, environment lookups.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "leerplek/app/ports.hpp"
#include "leerplek/cli/wiring.hpp"
#include "leerplek/storage/sql/database.hpp"

namespace leerplek::testing {

enum class Engine { kSqlite, kPostgres };
std::string EngineName(Engine engine);
// Names the parameterised test instances after the engine.
std::string EngineTestName(const ::testing::TestParamInfo<Engine>& info);

// Stands still until told to move; tells local time in Europe/Brussels like the real clock.
class FixedClock final : public app::Clock {
 public:
  explicit FixedClock(app::Timestamp now) : now_(now) {}
  [[nodiscard]] app::Timestamp Now() const override { return now_; }
  [[nodiscard]] domain::Date Today() const override { return cli::BrusselsTime(now_).date; }
  [[nodiscard]] app::LocalTime Local(app::Timestamp at) const override { return cli::BrusselsTime(at); }
  void Advance(std::chrono::seconds by) { now_ += by; }
  void Set(app::Timestamp now) { now_ = now; }

 private:
  app::Timestamp now_;
};

// 2026-09-21 08:00:00 UTC, the first week of the academic year.
app::Timestamp StartOfTerm();

// A migrated, empty database: a new SQLite file, or a PostgreSQL database reset to an empty schema.
// `name` keeps test binaries apart (each gets its own PostgreSQL database).
std::unique_ptr<storage::Database> FreshDatabase(Engine engine, const std::string& name);

// An environment variable the test run must provide; fails the test loudly when missing.
std::string RequiredEnv(const char* name);

}  // namespace leerplek::testing
