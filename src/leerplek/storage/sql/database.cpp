#include "leerplek/storage/sql/database.hpp"

#include <spdlog/spdlog.h>

#include "leerplek/storage/sql/sql_repositories.hpp"

namespace leerplek::storage {

Error ToAppError(const DbError& error) {
  Error out;
  out.detail = error.what();
  switch (error.kind()) {
    case DbError::Kind::kUnavailable:
      out.code = ErrorCode::kUnavailable;
      out.message = "De databank is tijdelijk niet bereikbaar. Probeer het zo meteen opnieuw.";
      break;
    case DbError::Kind::kBusy:
      out.code = ErrorCode::kUnavailable;
      out.message = "Het is even erg druk. Probeer het zo meteen opnieuw.";
      break;
    case DbError::Kind::kConstraint:
      out.code = ErrorCode::kConflict;
      out.message = "Dit botst met gegevens die intussen gewijzigd zijn. Laad de pagina opnieuw.";
      break;
    case DbError::Kind::kInternal:
      out.code = ErrorCode::kInternal;
      out.message = "Er liep iets mis aan onze kant. Probeer het later opnieuw.";
      break;
  }
  return out;
}

namespace {

// Runs work and turns an escaping driver error into a value, logging its detail.
Status Guard(const std::function<Status()>& work) {
  try {
    return work();
  } catch (const DbError& e) {
    spdlog::error("database: {}", e.what());
    return ToAppError(e);
  } catch (const std::exception& e) {
    spdlog::error("storage: {}", e.what());
    return ToAppError(DbError(DbError::Kind::kInternal, e.what()));
  }
}

}  // namespace

Database::Database(const ConnectionOpener& open, int readers) : writer_(open()) {
  for (int i = 0; i < readers; ++i) idle_readers_.push_back(open());
}

Database::~Database() = default;

std::unique_ptr<Connection> Database::AcquireReader() {
  std::unique_lock lock(readers_mutex_);
  reader_available_.wait(lock, [this] { return !idle_readers_.empty(); });
  auto connection = std::move(idle_readers_.back());
  idle_readers_.pop_back();
  return connection;
}

void Database::ReleaseReader(std::unique_ptr<Connection> connection) {
  {
    std::lock_guard lock(readers_mutex_);
    idle_readers_.push_back(std::move(connection));
  }
  reader_available_.notify_one();
}

Status Database::Read(const std::function<Status(app::Repositories&)>& work) {
  auto connection = AcquireReader();
  Status result = Guard([&] {
    SqlRepositories repos(*connection);
    return work(repos);
  });
  ReleaseReader(std::move(connection));
  return result;
}

struct Database::Pending {
  const std::function<Status(app::Repositories&)>* work = nullptr;
  Status result;
  bool done = false;
};

// Group commit: the first writer to find no batch running becomes the leader and runs everything queued
// so far as one batch (WriteEach); the others wait for it. A lone writer is a batch of one, so nothing
// waits that would not have waited for the writer lock before. Nobody hears a result before the batch is
// committed (or has failed).
Status Database::Write(const std::function<Status(app::Repositories&)>& work) {
  Pending me;
  me.work = &work;
  std::unique_lock lock(queue_mutex_);
  queue_.push_back(&me);
  while (!me.done) {
    if (leader_active_) {
      batch_done_.wait(lock);
      continue;
    }
    leader_active_ = true;
    std::vector<Pending*> batch;
    batch.swap(queue_);
    lock.unlock();
    std::vector<const std::function<Status(app::Repositories&)>*> works;
    works.reserve(batch.size());
    for (const Pending* p : batch) works.push_back(p->work);
    std::vector<Status> results = WriteEach(works);
    lock.lock();
    for (std::size_t i = 0; i < batch.size(); ++i) {
      batch[i]->result = std::move(results[i]);
      batch[i]->done = true;
    }
    leader_active_ = false;
    batch_done_.notify_all();
  }
  return me.result;
}

std::vector<Status> Database::WriteEach(const std::vector<const std::function<Status(app::Repositories&)>*>& works) {
  std::lock_guard writer_lock(writer_mutex_);
  std::vector<Status> results(works.size());
  const auto fail_all = [&](const Error& error) {
    for (Status& r : results) r = error;
  };
  if (Status begun = Guard([&]() -> Status {
        writer_->Begin();
        return {};
      });
      !begun) {
    fail_all(begun.error());
    return results;
  }
  bool transaction_lost = false;
  for (std::size_t i = 0; i < works.size() && !transaction_lost; ++i) {
    results[i] = Guard([&]() -> Status {
      writer_->ExecuteScript("SAVEPOINT one_write");
      try {
        SqlRepositories repos(*writer_);
        Status result = (*works[i])(repos);
        writer_->ExecuteScript(result.has_value() ? "RELEASE one_write" : "ROLLBACK TO one_write; RELEASE one_write");
        return result;
      } catch (...) {
        // PostgreSQL needs this after any failed statement; when the engine ended the transaction, it
        // fails and the check below notices.
        try {
          writer_->ExecuteScript("ROLLBACK TO one_write; RELEASE one_write");
        } catch (const DbError& e) {
          spdlog::error("database rollback to savepoint: {}", e.what());
        }
        throw;
      }
    });
    // Some failures (an I/O error, a full disk) end the whole transaction: then nothing of the batch is
    // stored, and the rest must not run outside a transaction.
    transaction_lost = !writer_->InTransaction();
  }
  if (transaction_lost) {
    spdlog::error("database: the transaction ended during a batch of {} writes; all of them failed", works.size());
    fail_all(ToAppError(DbError(DbError::Kind::kUnavailable, "transaction ended by the engine")));
    try {
      writer_->Rollback();
    } catch (const DbError& e) {
      spdlog::error("database rollback: {}", e.what());
    }
    return results;
  }
  if (Status committed = Guard([&]() -> Status {
        writer_->Commit();
        return {};
      });
      !committed) {
    try {
      writer_->Rollback();
    } catch (const DbError& e) {
      spdlog::error("database rollback: {}", e.what());
    }
    for (Status& r : results) {
      if (r.has_value()) r = committed.error();
    }
  }
  return results;
}

bool Database::Ping() {
  auto connection = AcquireReader();
  const bool ok = connection->Ping();
  ReleaseReader(std::move(connection));
  return ok;
}

void Database::WithWriter(const std::function<void(Connection&)>& work) {
  std::lock_guard lock(writer_mutex_);
  work(*writer_);
}

}  // namespace leerplek::storage
