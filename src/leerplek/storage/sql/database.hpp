// The Store over any engine: a small pool of read connections and one writer.
#pragma once

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "leerplek/app/ports.hpp"
#include "leerplek/storage/sql/connection.hpp"

namespace leerplek::storage {

using ConnectionOpener = std::function<std::unique_ptr<Connection>()>;

class Database final : public app::Store {
 public:
  // Opens `readers` read connections and one write connection with `open`.
  Database(const ConnectionOpener& open, int readers);
  ~Database() override;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Status Read(const std::function<Status(app::Repositories&)>& work) override;
  Status Write(const std::function<Status(app::Repositories&)>& work) override;
  bool Ping() override;

  // Runs each piece of work in its own savepoint of one transaction and commits once: a piece that fails
  // leaves no trace, the others are committed together. Write queues its work for the next such batch.
  std::vector<Status> WriteEach(const std::vector<const std::function<Status(app::Repositories&)>*>& works);

  // For migrations and tests: the writer connection, exclusively.
  void WithWriter(const std::function<void(Connection&)>& work);

 private:
  struct Pending;
  std::unique_ptr<Connection> AcquireReader();
  void ReleaseReader(std::unique_ptr<Connection> connection);

  std::mutex readers_mutex_;
  std::condition_variable reader_available_;
  std::vector<std::unique_ptr<Connection>> idle_readers_;
  std::mutex writer_mutex_;
  std::unique_ptr<Connection> writer_;
  // Group commit (ADR 0003): writes wait here while a leader runs the batch before them.
  std::mutex queue_mutex_;
  std::condition_variable batch_done_;
  std::vector<Pending*> queue_;
  bool leader_active_ = false;
};

// The one place where driver errors become the app's error codes.
Error ToAppError(const DbError& error);

}  // namespace leerplek::storage
