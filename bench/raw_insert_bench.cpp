// The raw durable single-row insert rate of the app's SQLite settings: the ceiling for any request that
// commits one write transaction. A benchmark, not a test.
//
// It opens the file with the app's own connection (storage::sqlite::OpenSqlite with default
// SqliteOptions, as `leerplek serve` does: WAL, synchronous=FULL, foreign keys, busy timeout 5 s), creates
// a table shaped like logbook_entries (same columns, UNIQUE (placement_id, entry_date) and the state
// index; no foreign keys, so no parent rows are needed) and, from one thread like the app's single
// writer, runs one transaction per row — BEGIN IMMEDIATE, one INSERT … RETURNING id, COMMIT — for the
// given number of seconds. It prints the count, the elapsed time and the rate in inserts/s.
//
// Untimed transactions first (default 2 s) warm up: the write-ahead log grows to its steady size and is
// checkpointed, as it long has in a running server (while a file still grows, each fdatasync must also
// journal the new size, which made a fresh file's commits slower here), and the disk settles from idle
// into sustained writing (on the shared development machine fsync is several times faster for a few
// hundred commits after a quiet spell). Run again on the same file, it carries on after its rows.
//
// Built by CMake next to `leerplek` (build/release/raw_insert_bench); bench/run.sh runs it on a file in
// the same directory as the server's database.
// Usage: raw_insert_bench DB-FILE [seconds, default 10] [warm-up seconds, default 2]
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <memory>
#include <string>
#include <vector>

#include "leerplek/storage/sqlite/sqlite_connection.hpp"

namespace {

using leerplek::storage::Connection;
using leerplek::storage::Value;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS bench_entries (
  id INTEGER PRIMARY KEY,
  placement_id INTEGER NOT NULL,
  entry_date TEXT NOT NULL,
  start_minutes INTEGER NOT NULL,
  end_minutes INTEGER NOT NULL,
  break_minutes INTEGER NOT NULL,
  activities TEXT NOT NULL,
  goals TEXT NOT NULL,
  state TEXT NOT NULL,
  review_comment TEXT NOT NULL,
  catch_up INTEGER NOT NULL,
  version INTEGER NOT NULL,
  updated_by INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  submitted_at INTEGER,
  reviewed_by INTEGER,
  reviewed_at INTEGER,
  UNIQUE (placement_id, entry_date)
) STRICT;
CREATE INDEX IF NOT EXISTS bench_entries_by_state ON bench_entries(state, placement_id);
)sql";

// The same statement text the app's logbook repository uses for an insert.
constexpr const char* kInsert =
    "INSERT INTO bench_entries (placement_id, entry_date, start_minutes, end_minutes, break_minutes, "
    "activities, goals, state, review_comment, catch_up, version, updated_by, updated_at, submitted_at, "
    "reviewed_by, reviewed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) "
    "RETURNING id";

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s DB-FILE [seconds] [warm-up seconds]\n", argv[0]);
    return 2;
  }
  const std::string path = argv[1];
  const double seconds = argc > 2 ? std::atof(argv[2]) : 10.0;
  const double warmup = argc > 3 ? std::atof(argv[3]) : 2.0;
  try {
    std::unique_ptr<Connection> db = leerplek::storage::sqlite::OpenSqlite(path);
    db->ExecuteScript(kSchema);
    long long n = db->Query("SELECT COALESCE(MAX(id), 0) FROM bench_entries", {}).at(0).Int(0);
    const std::int64_t now =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    // One durable transaction with one new row: a new (placement, day) each time, as a student writing a
    // new day, with a text that varies like a real entry.
    const auto insert_one = [&] {
      const std::int64_t placement = 1 + n / 100000;
      const std::string date = "D" + std::to_string(n % 100000);
      const std::vector<Value> row = {placement,
                                      date,
                                      std::int64_t{8 * 60 + 30},
                                      std::int64_t{16 * 60 + 30},
                                      std::int64_t{30},
                                      "Bench dag " + std::to_string(n) + ": vacatures nagelezen, screening voorbereid.",
                                      std::string("1,3"),
                                      std::string("submitted"),
                                      std::string(),
                                      std::int64_t{0},
                                      std::int64_t{1},
                                      std::int64_t{1},
                                      now,
                                      now,
                                      nullptr,
                                      nullptr};
      db->Begin();
      db->Query(kInsert, row);
      db->Commit();
      ++n;
    };
    using Clock = std::chrono::steady_clock;
    const auto after = [](Clock::time_point t, double s) {
      return t + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(s));
    };
    for (const auto warm_until = after(Clock::now(), warmup); Clock::now() < warm_until;) insert_one();
    const auto start = Clock::now();
    const auto until = after(start, seconds);
    long long count = 0;
    while (Clock::now() < until) {
      insert_one();
      ++count;
    }
    const double elapsed = std::chrono::duration<double>(Clock::now() - start).count();
    std::printf("%lld %.3f %.1f\n", count, elapsed, static_cast<double>(count) / elapsed);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "raw_insert_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
